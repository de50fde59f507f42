"""Alignment inside a pair: merges, splits and dropped units, with their confidence."""

from __future__ import annotations

import json
from pathlib import Path

from archive import Archive, pairs
from tests.pairs.conftest import article_id
from translations.align import align, split_english

DATA = Path(__file__).resolve().parents[2] / "provnews" / "mirror" / "data"


def _mirror(site: str) -> dict:
    return {a["id"]: a for a in json.loads((DATA / f"{site}.json").read_text(encoding="utf-8"))["articles"]}


def test_split_merge_and_an_english_only_paragraph():
    zh, en = _mirror("gz-zh"), _mirror("gz-en")
    beads = align(zh["88123377"]["paragraphs"], en["1210050"]["paragraphs"])
    assert [(b.zh, b.en) for b in beads] == [((0,), (0, 1)), ((1,), (2,)), ((2,), (3,)), ((), (4,))]
    assert all(b.confidence >= 0.6 for b in beads[:3]) and beads[3].confidence == 0
    merged = align(zh["88123254"]["paragraphs"], en["1210011"]["paragraphs"])
    assert [(b.zh, b.en) for b in merged] == [((0,), (0,)), ((1, 2), (1,))]


def test_unrelated_texts_align_with_low_confidence():
    zh, en = _mirror("gz-zh"), _mirror("gz-en")
    beads = align(zh["88123456"]["paragraphs"], en["1209902"]["paragraphs"])
    assert max(b.confidence for b in beads) < 0.4


def test_english_sentences():
    assert split_english('He said "Yes." Then No. 5 came. Growth was 3.5 percent. Mr. Li agreed!') == [
        'He said "Yes."', "Then No. 5 came.", "Growth was 3.5 percent.", "Mr. Li agreed!"]


def test_stored_alignment_keeps_unaligned_units_and_sentences(demo_archive):
    en_id, zh_id = article_id(demo_archive, "1210050"), article_id(demo_archive, "88123377")
    with Archive(demo_archive) as archive:
        beads = pairs.paragraph_beads(archive.db, en_id, zh_id)
        sentences = list(archive.db.query("SELECT * FROM pair_alignments WHERE en_id = ? AND level = 'sentence'"
                                          " ORDER BY seq", [en_id]))
    assert beads[-1]["zh_units"] == [] and beads[-1]["en_text"].startswith('"We welcome')
    assert sentences[0]["zh_units"] == "[-1]" and sentences[0]["en_text"] == "Guizhou's big data industry keeps growing"
    assert any("2026贵州大数据产业发展指数" in s["zh_text"] and "November 18" in s["en_text"] for s in sentences)


def test_global_assignment_keeps_the_pair_greedy_would_steal():
    """A weekly digest (expressways + tea expo) and the expressway report appear the same day; the
    English expressway article, which also mentions the expo, scores best against the digest, but
    the digest is the only original of the English tea article. Greedy pairs one, global both."""
    from translations.pairing import propose

    zh, en = _mirror("gz-zh"), _mirror("gz-en")

    def art(i, lang, title, paragraphs, day):
        return {"id": i, "lang": lang, "title": title, "body": "\n".join(paragraphs), "published_at": day,
                "title_translation": None}

    report = art(1, "zh", zh["88123190"]["title"], zh["88123190"]["paragraphs"], "2026-11-17")
    # Pairing reads the leads (title and first paragraph): the digest opens with both stories,
    # and so does the English expressway article.
    digest = art(2, "zh", "贵州交通和茶产业一周要闻",
                 [zh["88123190"]["paragraphs"][0] + zh["88123254"]["paragraphs"][0]]
                 + zh["88123190"]["paragraphs"][1:] + zh["88123254"]["paragraphs"][1:2], "2026-11-17")
    roads = art(11, "en", en["1209950"]["title"],
                [en["1209950"]["paragraphs"][0] + " " + en["1210011"]["paragraphs"][0]] + en["1209950"]["paragraphs"][1:],
                "2026-11-18")
    tea = art(12, "en", "Tea expo opens and tea gardens keep growing", en["1210011"]["paragraphs"], "2026-11-18")
    greedy = {(p["en_id"], p["zh_id"]) for p in propose([roads, tea], [report, digest], greedy=True)}
    assigned = {(p["en_id"], p["zh_id"]) for p in propose([roads, tea], [report, digest])}
    assert greedy == {(11, 2)}
    assert assigned == {(11, 1), (12, 2)}
