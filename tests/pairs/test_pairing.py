"""Pairing on the mirrors: every English article with a Chinese original found, nothing else
paired; reviewers' decisions survive later runs; runs are incremental."""

from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from archive import Archive, pairs
from provnews.cli import cli
from tests.pairs.conftest import (
    DEMO_ENGLISH,
    DEMO_PAIRS,
    TRUTH,
    article_id,
    pairs_by_mirror_id,
)
from tests.pairs.truth import precision_recall, truth
from translations.pairing import METHOD, MIN_SCORE, run_pairing


def _split(conn, split: str) -> tuple[dict[int, int], dict[int, int]]:
    """(pairs made for the split's English articles, its labelled truth); dev = the four original
    sites (gz, zj), mirrors = the 40 others."""
    dev = lambda site: site[:2] in ("gz", "zj")  # noqa: E731
    english = {i for i, site in conn.execute("SELECT id, site FROM articles WHERE lang = 'en'")
               if dev(site) == (split == "dev")}
    made = {e: z for e, z in conn.execute("SELECT en_id, zh_id FROM article_pairs WHERE status = 'machine'")
            if e in english}
    return made, truth(conn, split)


def test_the_demo_run_reports_its_pairs(demo_runs):
    # (the demo that built the archive was stopped by Ctrl-C first: the resumed run pairs it all)
    assert f"pairs: {DEMO_PAIRS} proposed for {DEMO_ENGLISH} English pages considered" in demo_runs["second"]["stdout"]


def test_demo_pairs_every_translation_and_nothing_else(demo_archive):
    conn = sqlite3.connect(demo_archive)
    made, right = _split(conn, "dev")
    assert precision_recall(made, right) == (1.0, 1.0)
    assert pairs_by_mirror_id(demo_archive).items() >= TRUTH.items()


def test_demo_pairs_the_44_site_mirrors_by_their_labelled_truth(demo_archive):
    """32 labelled pairs, written without the pairing code; one is missed (docs/pairing.md): the
    Chongqing report whose lead shares only "new energy vehicle" with a differently titled original."""
    conn = sqlite3.connect(demo_archive)
    made, right = _split(conn, "mirrors")
    titles = dict(conn.execute("SELECT id, title FROM articles"))
    assert len(right) == 32
    assert precision_recall(made, right) == (1.0, 31 / 32)
    assert [titles[e] for e in right if e not in made] == ["Chongqing's new energy vehicle output keeps rising"]


def test_evidence_is_stored_and_one_article_is_in_one_pair(demo_archive):
    conn = sqlite3.connect(demo_archive)
    rows = conn.execute("SELECT en_id, zh_id, score, method, evidence, decided_by FROM article_pairs").fetchall()
    conn.close()
    assert len({r[0] for r in rows}) == len({r[1] for r in rows}) == len(rows) == DEMO_PAIRS
    for _en, _zh, score, method, evidence, decided_by in rows:
        assert score >= MIN_SCORE and method == METHOD and decided_by == "machine"
        assert '"numbers"' in evidence and '"names"' in evidence
    tea = pairs_by_mirror_id(demo_archive)
    assert tea["1210011"] == "88123254"


def test_second_run_is_incremental_and_full_run_agrees(demo_copy):
    before = pairs_by_mirror_id(demo_copy)
    with Archive(demo_copy) as archive:
        assert run_pairing(archive.db).english_considered == 0
        stats = run_pairing(archive.db, full=True)
    assert stats.english_considered == DEMO_ENGLISH and stats.proposed == DEMO_PAIRS and stats.aligned == 0
    assert pairs_by_mirror_id(demo_copy) == before


def test_a_reviewers_decisions_survive_later_runs(demo_copy):
    tea_en, tea_zh = article_id(demo_copy, "1210011"), article_id(demo_copy, "88123254")
    rural_en, new_zh = article_id(demo_copy, "1209902"), article_id(demo_copy, "88123456")
    river_en, river_zh = article_id(demo_copy, "1209987"), article_id(demo_copy, "88123310")
    with Archive(demo_copy) as archive:
        db = archive.db
        pairs.reject(db, tea_en, tea_zh, "wang")
        pairs.set_pair(db, new_zh, rural_en, "wang")          # either order: the zh article first here
        pairs.confirm(db, river_en, river_zh, "li")
        run_pairing(db, full=True)
        rows = {(r["en_id"], r["zh_id"]): r for r in db.query("SELECT * FROM article_pairs")}
    assert rows[(tea_en, tea_zh)]["status"] == "rejected" and rows[(tea_en, tea_zh)]["decided_by"] == "person"
    assert not any(en == tea_en and r["status"] != "rejected" for (en, _), r in rows.items())
    assert rows[(rural_en, new_zh)]["status"] == "confirmed" and rows[(rural_en, new_zh)]["reviewer"] == "wang"
    assert rows[(river_en, river_zh)]["status"] == "confirmed"
    assert pairs_by_mirror_id(demo_copy, ("confirmed",)) == {"1209902": "88123456", "1209987": "88123310"}


def test_set_pair_refuses_two_articles_of_one_language(demo_copy):
    import pytest

    with Archive(demo_copy) as archive:
        with pytest.raises(pairs.PairError, match="both en"):
            pairs.set_pair(archive.db, article_id(demo_copy, "1210011"), article_id(demo_copy, "1209902"), "wang")


def test_a_changed_article_is_realigned(demo_copy):
    en_id = article_id(demo_copy, "1209950")
    with Archive(demo_copy) as archive:
        page = dict(next(archive.db.query("SELECT * FROM articles WHERE id = ?", [en_id])))
        paragraphs = pairs.paragraph_texts(archive.db, en_id) + ["A third paragraph added later by the desk."]
        page["paragraphs"] = [{"text": t, "kind": "text"} for t in paragraphs]
        for key in ("images", "attachments"):
            page[key] = []
        assert archive.store_article(page) == "changed"
        stats = run_pairing(archive.db)
        beads = pairs.paragraph_beads(archive.db, en_id, article_id(demo_copy, "88123190"))
    assert stats.english_considered >= 1 and stats.aligned == 1
    assert [b["en_units"] for b in beads][-1] == [2] and beads[-1]["zh_units"] == []


def test_pair_command(demo_copy):
    result = CliRunner().invoke(cli, ["pair", "--db", str(demo_copy), "--full"])
    assert result.exit_code == 0, result.output
    assert f"paired {DEMO_PAIRS} of {DEMO_ENGLISH} English articles" in result.output
    assert "第十届贵州茶产业博览会开幕" in result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:4] == ["site", "province", "en", "zh"]
    assert any(line.startswith("gz-en  Guizhou 贵州  ") for line in lines)   # the province beside the site


def test_a_machine_title_is_one_more_signal(demo_copy):
    from tests.web.conftest import translate

    zh, en = article_id(demo_copy, "88123190"), article_id(demo_copy, "1209950")
    with Archive(demo_copy) as archive:
        translate(archive.db, zh, {-1: "New expressways open in Guizhou"})
        run_pairing(archive.db, full=True)
        row = pairs.pair_of(archive.db, en)
    assert row["zh_id"] == zh and row["evidence"]["title_mt"] == 0.75   # 3 of the 4 English title words


def test_an_original_archived_after_its_translation_is_paired_incrementally(tmp_path):
    """The English page is archived first; its Chinese original comes in a later crawl."""
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "provnews" / "mirror" / "data"

    def page(site: str, a: dict) -> dict:
        return {"url": f"https://{site}.example/{a['id']}.html", "site": site, "lang": site[-2:], "title": a["title"],
                "published_at": a["date"][:10], "paragraphs": [{"text": t, "kind": "text"} for t in a["paragraphs"]]}

    zh = {a["id"]: a for a in json.loads((data / "gz-zh.json").read_text(encoding="utf-8"))["articles"]}
    en = {a["id"]: a for a in json.loads((data / "gz-en.json").read_text(encoding="utf-8"))["articles"]}
    with Archive(tmp_path / "news.db") as archive:
        db = archive.db
        for a in en.values():
            archive.store_article(page("gz-en", a), fetched_at="2026-11-20T00:00:00+00:00")
        for key in ("88123377", "88123254", "88123310"):
            archive.store_article(page("gz-zh", zh[key]), fetched_at="2026-11-20T00:00:00+00:00")
        assert run_pairing(db).proposed == 3
        archive.store_article(page("gz-zh", zh["88123190"]), fetched_at="2026-11-21T00:00:00+00:00")
        stats = run_pairing(db)
        found = {e.split("/")[-1][:-5]: z.split("/")[-1][:-5] for e, z in db.execute(
            "SELECT e.url, z.url FROM article_pairs p JOIN articles e ON e.id = p.en_id"
            " JOIN articles z ON z.id = p.zh_id").fetchall()}
    assert found == {"1210050": "88123377", "1210011": "88123254", "1209987": "88123310", "1209950": "88123190"}
    assert stats.aligned == 1   # only the new pair was aligned


def test_an_english_article_dated_to_the_month_only_is_left_out_not_a_crash(tmp_path):
    """A page that prints only its month ("2026-11") has no day to pair on; the run goes on."""
    def page(site: str, n: int, date: str) -> dict:
        return {"url": f"https://{site}.example/{n}.html", "site": site, "lang": site[-2:], "title": f"Title {n}",
                "published_at": date, "paragraphs": [{"text": "Guizhou held a meeting in 2026.", "kind": "text"}]}

    with Archive(tmp_path / "news.db") as archive:
        archive.store_article(page("gz-zh", 1, "2026-11-05"), fetched_at="2026-11-20T00:00:00+00:00")
        archive.store_article(page("gz-en", 2, "2026-11-06"), fetched_at="2026-11-20T00:00:00+00:00")
        archive.store_article(page("gz-en", 3, "2026-11"), fetched_at="2026-11-20T00:00:00+00:00")
        stats = run_pairing(archive.db)
        month_only = archive.db.execute("SELECT id FROM articles WHERE published_at = '2026-11'").fetchone()[0]
    assert stats.english_considered == 1
    assert month_only not in {en for en, _, _ in stats.pairs}
