"""Precision first (issue 19): on an English edition where most articles have no Chinese original
(tests/pairs/unpaired_set.py: 4 translations among 16 English articles, the rest written by the
English desk about the same districts, topics and days), the parallel corpus exported by default
holds no wrong pair and still holds at least 3 of the 4 translations; weaker candidates are
suggestions, exported only with --with-suggestions."""

from __future__ import annotations

import json

from click.testing import CliRunner

from archive import Archive
from provnews.cli import cli
from tests.pairs.truth import precision_recall
from tests.pairs.unpaired_set import draw
from translations.pairing import propose, run_pairing, tier

SEEDS = range(12)


def test_strong_proposals_are_never_wrong_on_mostly_unpaired_editions():
    strong_found, every_found, right = {}, {}, {}
    for seed in SEEDS:
        chinese, english, truth = draw(seed)
        proposals = propose(english, chinese)
        # keys made unique across draws (ids restart at 1 in each)
        every_found.update({(seed, p["en_id"]): (seed, p["zh_id"]) for p in proposals})
        strong_found.update({(seed, p["en_id"]): (seed, p["zh_id"]) for p in proposals if p["tier"] == "strong"})
        right.update({(seed, e): (seed, z) for e, z in truth.items()})
    precision, recall = precision_recall(strong_found, right)
    assert precision == 1.0
    assert recall >= 0.75
    # What the tiers guard against: every English article gets some candidate above MIN_SCORE.
    assert precision_recall(every_found, right)[0] < 0.5


def test_tier_needs_lead_and_whole_or_distinctive_numbers():
    assert tier(0.5, {"whole": 0.5, "numbers": []}) == "strong"
    assert tier(0.6, {"whole": 0.3, "numbers": ["125"]}) == "suggestion"   # a lead alone is not enough
    assert tier(0.35, {"whole": 0.3, "numbers": ["125", "3.4"]}) == "strong"
    assert tier(0.25, {"whole": 0.6, "numbers": ["125", "3.4"]}) == "suggestion"


def _archive(path, seed: int) -> dict[str, str]:
    """One draw stored in a real archive; returns {English URL: Chinese URL} of its translations."""
    chinese, english, truth = draw(seed)
    by_id = {a["id"]: a for a in chinese + english}
    with Archive(path) as archive:
        for a in chinese + english:
            archive.store_article({"url": a["url"], "site": a["site"], "lang": a["lang"], "title": a["title"],
                                   "published_at": a["published_at"],
                                   "paragraphs": [{"text": t, "kind": "text"} for t in a["body"].split("\n")]})
        run_pairing(archive.db)
    return {by_id[e]["url"]: by_id[z]["url"] for e, z in truth.items()}


def _exported(path, *extra: str) -> set[tuple[str, str]]:
    result = CliRunner().invoke(cli, ["export", "--db", str(path), "--pairs", "--min-confidence", "0", *extra])
    assert result.exit_code == 0, result.output
    return {(row["en_url"], row["zh_url"]) for row in map(json.loads, result.output.splitlines())}


def test_default_export_has_no_wrong_pair_and_three_of_four_translations(tmp_path):
    path = tmp_path / "news.db"
    right = _archive(path, seed=0)
    default = _exported(path)
    assert default <= set(right.items())
    assert len(default) >= 3
    # Asked for, the suggestions come too: more pairs, and wrong ones among them.
    everything = _exported(path, "--with-suggestions")
    assert default < everything and not everything <= set(right.items())


def test_with_suggestions_needs_pairs(tmp_path):
    path = tmp_path / "news.db"
    Archive(path).close()
    result = CliRunner().invoke(cli, ["export", "--db", str(path), "--with-suggestions"])
    assert result.exit_code == 2 and "--with-suggestions goes with --pairs" in result.output
