"""A small archive whose articles are built to trip short terms, tails, case and translations."""

from __future__ import annotations

import random

import pytest

from archive import Archive
from archive.hashing import text_hash

WORDS_ZH = ["会议", "省政府", "乡村振兴", "高质量发展", "工作", "推进", "省", "建设", "改革", "常务会议",
            "共同富裕", "召开", "[图]", "民生", "港口", "的", "和", "EU", "Rural"]
WORDS_EN = ["meeting", "Rural revitalization", "high-quality development", "EU", "port", "reform",
            "the", "and", "Province", "work"]


def _text(rng: random.Random, words: list[str], n: int, sep: str) -> str:
    return sep.join(rng.choice(words) for _ in range(n))


def make_pages(n: int = 90, seed: int = 5) -> list[dict]:
    """Chinese and English articles; titles sometimes end in a short term or are only one."""
    rng = random.Random(seed)
    pages = []
    for i in range(n):
        lang = "en" if i % 7 == 0 else "zh"
        words, sep = (WORDS_EN, " ") if lang == "en" else (WORDS_ZH, "")
        if i % 11 == 0:
            title = rng.choice(["会议", "省", "EU", "港口"])  # a whole column shorter than a trigram
        else:
            title = _text(rng, words, rng.randint(2, 5), sep)
        paragraphs = [{"text": _text(rng, words, rng.randint(3, 12), sep) + ("。" if lang == "zh" and rng.random() < .5 else ""),
                       "kind": rng.choice(["text", "text", "caption"])} for _ in range(rng.randint(1, 4))]
        published = None if i % 13 == 0 else f"2024-0{1 + i % 3}-{1 + i % 28:02d}" + ("T09:30:00+08:00" if i % 2 else "")
        pages.append({"url": f"https://www.example.gov.cn/art/{i}.html", "site": ("zj-zh", "gz-zh")[i % 2] if lang == "zh" else "zj-en",
                      "lang": lang, "title": title, "published_at": published, "source": "省政府办公厅",
                      "paragraphs": paragraphs})
    return pages


def translate(archive: Archive, article_id: int, seed: int, model: str = "test-model") -> None:
    """What the translation worker leaves behind: units, then the joined English on the article."""
    rng = random.Random(seed)
    title = archive.db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    units = [(-1, title)] + archive.db.execute(
        "SELECT idx, text FROM paragraphs WHERE article_id = ? ORDER BY idx", [article_id]).fetchall()
    english = {idx: _text(rng, WORDS_EN, rng.randint(2, 6), " ") for idx, _ in units}
    stamp = "2024-06-01T00:00:00+00:00"
    with archive.db.conn:
        archive.db.conn.executemany(
            "INSERT INTO translations (article_id, idx, source_hash, model, machine, translated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)", [(article_id, idx, text_hash(text), model, english[idx], stamp) for idx, text in units])
        archive.db.execute(
            "UPDATE articles SET title_translation = ?, body_translation = ?, translation_model = ?, translated_at = ?"
            " WHERE id = ?", [english[-1], "\n".join(english[idx] for idx, _ in units[1:]), model, stamp, article_id])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """An archive of make_pages(), two thirds of the Chinese articles translated, a few reviewed."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    build_corpus(path)
    yield path


def build_corpus(path) -> None:
    """The `corpus` archive at `path` (also for other test packages, which cannot see this fixture)."""
    with Archive(path) as archive:
        for page in make_pages():
            archive.store_article(page)
        ids = [r[0] for r in archive.db.execute("SELECT id FROM articles WHERE lang = 'zh' ORDER BY id")]
        for n, article_id in enumerate(ids):
            if n % 3:
                translate(archive, article_id, seed=article_id)
        with archive.db.conn:
            archive.db.execute("UPDATE translations SET edited = 'An edited [line] & <b>', state = 'reviewed',"
                               " reviewer = 'alice', edited_by = 'alice', reviewed_by = 'alice', reviewed_at = '2024-06-02T00:00:00+00:00', edited_at ="
                               " '2024-06-02T00:00:00+00:00' WHERE article_id IN (3, 4) AND idx = 0")
            archive.db.execute("UPDATE articles SET reviewed_by = 'alice', reviewed_at = '2024-06-02T00:00:00+00:00'"
                               " WHERE id = 3")


@pytest.fixture()
def archive_at(tmp_path):
    """A fresh, empty archive file, opened."""
    with Archive(tmp_path / "news.db") as archive:
        yield archive
