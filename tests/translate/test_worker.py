import json
import subprocess
import sys
from pathlib import Path

import pytest

from archive import Archive
from archive.hashing import text_hash
from archive.translations import load_units, save_translations
from tests.fixtures.model import build_tiny_package
from translations.errors import ModelNotInstalled
from translations.packages import install_file
from translations.segment import split_sentences
from translations.worker import translate_pending

from .articles import BOILERPLATE, ZH_ARTICLES, page

ROOT = Path(__file__).resolve().parents[2]
MODEL = "argos/translate-zh_en@0.0.1"


def rows(path, sql, params=()):
    with Archive(path) as archive:
        return [dict(r) for r in archive.db.query(sql, params)]


def test_each_chinese_paragraph_gets_one_english_paragraph(archive_path, models_env, no_network):
    stats = translate_pending(archive_path)
    assert stats.articles == len(ZH_ARTICLES) and stats.model == MODEL
    for article in rows(archive_path, "SELECT * FROM articles WHERE lang = 'zh' ORDER BY id"):
        paragraphs = rows(archive_path, "SELECT idx, text FROM paragraphs WHERE article_id = ? ORDER BY idx",
                          [article["id"]])
        units = rows(archive_path, "SELECT * FROM translations WHERE article_id = ? ORDER BY idx", [article["id"]])
        assert [u["idx"] for u in units] == [-1] + [p["idx"] for p in paragraphs]
        sources = [article["title"]] + [p["text"] for p in paragraphs]
        assert [u["source_hash"] for u in units] == [text_hash(s) for s in sources]
        assert {(u["model"], u["state"]) for u in units} == {(MODEL, "machine")}
        assert article["title_translation"] == units[0]["machine"] != ""
        assert article["body_translation"].split("\n") == [u["machine"] for u in units[1:]]
        assert [bool(u["machine"]) for u in units[1:]] == [bool(p["text"]) for p in paragraphs]
        assert article["translation_model"] == MODEL and article["translated_at"]


def test_urls_emails_and_numbers_survive_into_the_archive(archive_path, models_env):
    translate_pending(archive_path)
    body = "\n".join(r["body_translation"] for r in rows(archive_path, "SELECT body_translation FROM articles"
                                                                    " WHERE lang = 'zh'"))
    for token in ("https://www.zj.gov.cn/art/2024/5/6/art_1229_63.html", "jyj_office@zj.gov.cn", "5.6%",
                  "3.14", "0571-87051234", "GDP", "Zhejiang University", "COVID-19"):
        assert token in body


def test_english_articles_are_never_translated(archive_path, models_env):
    translate_pending(archive_path, retranslate=True)
    english = rows(archive_path, "SELECT * FROM articles WHERE lang = 'en'")[0]
    assert english["translated_at"] is None and english["title_translation"] is None
    assert rows(archive_path, "SELECT * FROM translations WHERE article_id = ?", [english["id"]]) == []


def test_second_run_translates_nothing(archive_path, models_env):
    first = translate_pending(archive_path)
    second = translate_pending(archive_path)
    assert first.translated_sentences > 0
    assert (second.articles, second.sentences, second.translated_sentences) == (0, 0, 0)


def test_a_sentence_is_translated_once_however_often_it_occurs(archive_path, models_env):
    stats = translate_pending(archive_path)
    every = [s for title, paragraphs in ZH_ARTICLES for text in [title, *paragraphs] for s in split_sentences(text)]
    assert stats.sentences == len(every)
    assert stats.translated_sentences == len(set(every)) < len(every)
    assert stats.memory_hits == len(every) - len(set(every))
    memory = rows(archive_path, "SELECT * FROM translation_memory WHERE source = ?", [BOILERPLATE])
    assert len(memory) == 1 and memory[0]["model"] == MODEL


def test_a_changed_article_is_pending_and_only_new_sentences_are_translated(archive_path, models_env):
    translate_pending(archive_path)
    title, paragraphs = ZH_ARTICLES[1]
    revised = [paragraphs[0] + "另据统计，全年目标已提前完成。", *paragraphs[1:], "新增一段内容。"]
    with Archive(archive_path) as archive:
        assert archive.store_article(page("https://www.zj.gov.cn/art/1.html", "zj-zh", "zh", title, revised)) == "changed"
    assert [r["id"] for r in rows(archive_path, "SELECT id FROM articles WHERE translated_at IS NULL AND lang='zh'")] == [2]
    stats = translate_pending(archive_path)
    # The unchanged title and paragraphs keep their translations; the edited paragraph's first
    # sentence comes from memory; two sentences are new.
    assert stats.articles == 1
    assert stats.sentences == len(split_sentences(revised[0])) + 1
    assert stats.translated_sentences == 2
    article = rows(archive_path, "SELECT * FROM articles WHERE id = 2")[0]
    assert len(article["body_translation"].split("\n")) == len(revised)


def test_limit_and_site_select_articles(archive_path, models_env):
    assert translate_pending(archive_path, site="js-zh").articles == 0
    assert translate_pending(archive_path, limit=1).articles == 1
    assert [r["id"] for r in rows(archive_path, "SELECT id FROM articles WHERE translated_at IS NOT NULL")] == [1]


def test_without_a_model_nothing_changes(archive_path, tmp_path, monkeypatch):
    monkeypatch.setenv("PROVNEWS_MODELS_DIR", str(tmp_path / "no-models"))
    with pytest.raises(ModelNotInstalled):
        translate_pending(archive_path)
    assert rows(archive_path, "SELECT count(*) AS n FROM translations")[0]["n"] == 0


@pytest.fixture(scope="module")
def newer_model_dir(tiny_model_package, tmp_path_factory):
    directory = tmp_path_factory.mktemp("models-v2")
    install_file(tiny_model_package, directory)
    install_file(build_tiny_package(tmp_path_factory.mktemp("v2"), version="0.0.2", seed=1), directory)
    return directory


def test_retranslate_uses_the_newer_model_and_keeps_human_edits(archive_path, models_env, newer_model_dir):
    translate_pending(archive_path)
    with Archive(archive_path) as archive:
        archive.db.execute("UPDATE translations SET edited = 'The meeting was chaired by the governor.',"
                           " state = 'edited', edited_at = '2024-05-07' WHERE article_id = 1 AND idx = 0")
        archive.db.execute("UPDATE translations SET state = 'reviewed', reviewer = 'li' WHERE article_id = 1 AND idx = 1")
    reviewed = rows(archive_path, "SELECT * FROM translations WHERE article_id = 1 AND idx = 1")[0]
    stats = translate_pending(archive_path, retranslate=True, models_dir=newer_model_dir)
    assert stats.model == "argos/translate-zh_en@0.0.2" and stats.articles == len(ZH_ARTICLES)
    units = rows(archive_path, "SELECT * FROM translations WHERE article_id = 1 ORDER BY idx")
    assert [u["model"] for u in units] == [stats.model, MODEL, MODEL] + [stats.model] * (len(units) - 3)
    assert units[2] == reviewed
    article = rows(archive_path, "SELECT * FROM articles WHERE id = 1")[0]
    lines = article["body_translation"].split("\n")
    assert lines[0] == "The meeting was chaired by the governor." and lines[1] == reviewed["machine"]
    assert article["translation_model"] == stats.model


def test_a_unit_whose_text_changed_meanwhile_is_not_saved(archive_path):
    with Archive(archive_path) as archive:
        [work] = load_units(archive.db, [2])
        title, paragraphs = ZH_ARTICLES[1]
        archive.store_article(page("https://www.zj.gov.cn/art/1.html", "zj-zh", "zh", title,
                                   ["改写后的第一段。", *paragraphs[1:]]))
        done = save_translations(archive.db, MODEL, memory=[], article_ids=[2],
                                 units=[(unit, f"english {unit.idx}") for unit in work.todo])
        assert done == []
        article = archive.db["articles"].get(2)
        assert article["translated_at"] is None
        stale = archive.db.execute("SELECT count(*) FROM translations WHERE article_id = 2 AND idx = 0").fetchone()[0]
        assert stale == 0


def test_a_reviewers_edit_made_meanwhile_wins(archive_path):
    with Archive(archive_path) as archive:
        [work] = load_units(archive.db, [3])
        unit = work.todo[1]
        archive.db.execute(
            "INSERT INTO translations (article_id, idx, source_hash, model, machine, translated_at, edited, state)"
            " VALUES (3, ?, ?, 'm', 'old', 'now', 'Edited by hand.', 'edited')", [unit.idx, unit.source_hash])
        done = save_translations(archive.db, MODEL, memory=[], article_ids=[3],
                                 units=[(u, "machine") for u in work.todo])
        assert done == [3]
        assert archive.db["articles"].get(3)["body_translation"].split("\n")[0] == "Edited by hand."


CHILD = """
import json, socket, sys
def refuse(*a, **k):
    raise OSError("network access attempted")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from translations.worker import translate_pending
stats = translate_pending(sys.argv[1])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "stanza", "spacy", "minisbd")
               or m.startswith("argostranslate") or m.startswith("ctranslate2.converters"))
print(json.dumps({"articles": stats.articles, "heavy": heavy}))
"""


def test_translation_imports_no_torch_stanza_or_spacy(archive_path, models_env):
    result = subprocess.run([sys.executable, "-c", CHILD, str(archive_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {"articles": len(ZH_ARTICLES), "heavy": []}
