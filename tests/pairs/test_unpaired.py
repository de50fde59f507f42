"""Precision first (issue 19): on an English edition where most articles have no Chinese original
(tests/pairs/unpaired_set.py: 4 translations among 16 English articles, the rest written by the
English desk about the same districts, topics and days), the parallel corpus exported by default
holds no wrong pair and still holds at least 3 of the 4 translations; weaker candidates are
suggestions, exported only with --with-suggestions.

Each draw is checked on its own, as the held-out mirrors are: no wrong strong pair in any draw,
with and without the hardest decoys (the English of an event whose original is missing beside the
portal's article of the same kind of event, place and topic). At least 3 of 4 translations are
strong in most draws, not all: a translation whose lead holds no figure, only a date and names
(an official's visit to a district), shares them with the same week's stories of that district,
and stays a suggestion unless it is ahead of them or the titles agree (about 1 draw in 20,
docs/pairing.md)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from archive import Archive
from provnews.cli import cli
from tests.pairs.truth import precision_recall
from tests.pairs.unpaired_set import draw
from translations.pairing import propose, run_pairing, tier

# Sixty draws each way, spread over the seeds the tiers were set on (0-99) and the many drawn
# after (up to 7199, docs/pairing.md): the same every run, so the test is as reliable as it is wide.
SEEDS = range(0, 6000, 100)
# The share of draws with at least 3 of their 4 translations strong (measured: 0.94-0.98 over
# 1,600 draws with and without hard decoys; these seeds: see the test).
THREE_OF_FOUR = 0.85


@pytest.mark.parametrize("hard", [0.0, 1.0], ids=["same-topic decoys", "same-event-kind decoys"])
def test_strong_proposals_are_never_wrong_in_any_draw(hard):
    every_found, right, three_of_four = {}, {}, 0
    for seed in SEEDS:
        chinese, english, truth = draw(seed, hard=hard)
        proposals = propose(english, chinese)
        strong = {p["en_id"]: p["zh_id"] for p in proposals if p["tier"] == "strong"}
        wrong = {e: z for e, z in strong.items() if truth.get(e) != z}
        assert not wrong, f"draw {seed}: wrong strong pairs {wrong}"
        three_of_four += len(strong) >= 3
        # keys made unique across draws (ids restart at 1 in each)
        every_found.update({(seed, p["en_id"]): (seed, p["zh_id"]) for p in proposals})
        right.update({(seed, e): (seed, z) for e, z in truth.items()})
    assert three_of_four >= THREE_OF_FOUR * len(SEEDS)
    # What the tiers guard against: every English article gets some candidate above MIN_SCORE.
    assert precision_recall(every_found, right)[0] < 0.5


def _facts(en=(0, 0, 0, 0), zh=(0, 0, 0, 0), met=0.0) -> dict:
    """Evidence's facts: figures found and lacking, dates found and lacking, for each lead."""
    return {"en": {"met": met, "figures": list(en[:2]), "dates": list(en[2:])},
            "zh": {"met": met, "figures": list(zh[:2]), "dates": list(zh[2:])}}


BEST = {"margin": 0.1, "margin_zh": 0.1}


def test_tier_needs_lead_and_whole_or_distinctive_numbers():
    assert tier(0.5, {"whole": 0.5, "numbers": [], **BEST}) == "strong"
    assert tier(0.6, {"whole": 0.3, "numbers": ["125"], **BEST}) == "suggestion"   # a lead alone is not enough
    assert tier(0.35, {"whole": 0.3, "numbers": ["125", "3.4"], **BEST}) == "strong"
    assert tier(0.25, {"whole": 0.6, "numbers": ["125", "3.4"], **BEST}) == "suggestion"
    # Two-digit numbers recur by chance ("89 students", "89个街镇"): two of them are not two numbers.
    assert tier(0.35, {"whole": 0.3, "numbers": ["89", "125"], **BEST}) == "suggestion"


def test_tier_counts_facts_and_mutual_margins():
    # Two facts of a lead met in the other text: a big figure and two dates, or four small ones.
    assert tier(0.3, {"whole": 0.2, "numbers": [], **BEST, "title": 0.2,
                      "facts": _facts((1, 0, 2, 0), (1, 0, 2, 0), 2.0)}) == "strong"
    assert tier(0.3, {"whole": 0.2, "numbers": [], **BEST, "title": 0.2,
                      "facts": _facts((0, 0, 1, 0), (0, 0, 1, 0), 0.5)}) == "suggestion"
    # Each side's best by 0.2, with a lead of 0.3, every fact of the Chinese lead in the English.
    assert tier(0.3, {"whole": 0.2, "numbers": [], "margin": 0.2, "margin_zh": 0.2, "facts": _facts()}) == "strong"
    assert tier(0.3, {"whole": 0.2, "numbers": [], "margin": 0.25, "margin_zh": 0.15, "facts": _facts()}) \
        == "suggestion"
    assert tier(0.3, {"whole": 0.2, "numbers": [], "margin": 0.2, "margin_zh": 0.2,
                      "facts": _facts(zh=(0, 0, 0, 1))}) == "suggestion"


def test_facts_met_weigh_against_facts_missed_and_need_titles_that_share_something():
    # Seed 7010: a three-digit figure recurs by chance and a second one is met (2.0), while the
    # English drops the Chinese lead's date and its 4.6 billion yuan (1.5), titles at 0.12.
    chance = {"en": {"met": 1.0, "missed": 0.0, "figures": [1, 0], "dates": [0, 0]},
              "zh": {"met": 2.0, "missed": 1.5, "figures": [2, 1], "dates": [0, 1]}}
    evidence = {"whole": 0.25, "numbers": ["159"], **BEST, "title": 0.3, "days": 1}
    assert tier(0.34, {**evidence, "facts": chance}) == "suggestion"
    # The same facts met with a date dropped only (missed 0.5, at most half of met): strong.
    dropped_date = {**chance, "zh": {"met": 2.0, "missed": 0.5, "figures": [2, 0], "dates": [0, 1]}}
    assert tier(0.34, {**evidence, "facts": dropped_date}) == "strong"
    # Every fact met, but titles sharing almost nothing: not strong by facts.
    every = _facts((1, 0, 2, 0), (1, 0, 2, 0), 2.0)
    assert tier(0.34, {**evidence, "title": 0.12, "facts": every}) == "suggestion"
    assert tier(0.34, {**evidence, "title": 0.2, "facts": every}) == "strong"


def test_a_dropped_date_costs_margin_where_the_titles_agree():
    dropped = _facts(zh=(0, 0, 0, 1))
    assert tier(0.26, {"whole": 0.1, "numbers": [], "margin": 0.21, "margin_zh": 0.22, "title": 0.32,
                       "facts": dropped, "days": 0}) == "strong"
    assert tier(0.26, {"whole": 0.1, "numbers": [], "margin": 0.17, "margin_zh": 0.22, "title": 0.32,
                       "facts": dropped, "days": 0}) == "suggestion"
    assert tier(0.26, {"whole": 0.1, "numbers": [], "margin": 0.17, "margin_zh": 0.22, "title": 0.32,
                       "facts": _facts(), "days": 0}) == "strong"
    assert tier(0.26, {"whole": 0.1, "numbers": [], "margin": 0.3, "margin_zh": 0.3, "title": 0.25,
                       "facts": _facts(zh=(0, 1, 0, 0), en=(1, 0, 0, 0)), "days": 0}) == "suggestion"


def test_margins_alone_need_an_english_published_on_or_after_its_original():
    evidence = {"whole": 0.1, "numbers": [], "margin": 0.4, "margin_zh": 0.4, "title": 0.5, "facts": _facts()}
    assert tier(0.3, {**evidence, "days": 0}) == "strong"
    assert tier(0.3, {**evidence, "days": -1}) == "suggestion"
    # Facts do not depend on the order: the English desk may publish first.
    assert tier(0.3, {**evidence, "days": -1, "facts": _facts((1, 0, 2, 0), (1, 0, 2, 0), 2.0)}) == "strong"


@pytest.mark.parametrize("missing", [{"persons": {"found": [], "lacking": ["吴伟"]}},
                                     {"places": {"found": ["浦东新区"], "lacking": ["闵行区"]}}],
                         ids=["person", "place"])
def test_a_person_or_place_the_english_never_names_is_never_strong(missing):
    assert tier(0.9, {"whole": 0.9, "numbers": ["125", "3.4"], "margin": 0.5, "margin_zh": 0.5,
                      "facts": _facts((1, 0, 1, 0), (1, 0, 1, 0), 1.5), **missing}) == "suggestion"


def test_a_place_the_chinese_never_names_vetoes_every_route():
    """Draw 9092 of the hard seeds: 'Hua Yuan inspects … Lingang Special Area' beside an article of
    the same official and day that names no 临港, titles at 0.33, each side's best by 0.18. A desk
    adds no place: the routes of facts and of whole texts are vetoed too (issue 19, class 6)."""
    lacking = {"places_en": {"found": [], "lacking": ["lingang"]}}
    titles = {"whole": 0.1, "numbers": [], "margin": 0.18, "margin_zh": 0.18, "title": 0.33,
              "facts": _facts(), "days": 0}
    assert tier(0.26, titles) == "strong"
    assert tier(0.26, {**titles, **lacking}) == "suggestion"
    margins = {"whole": 0.1, "numbers": [], "margin": 0.4, "margin_zh": 0.4, "title": 0.0, "facts": _facts(),
               "days": 0}
    assert tier(0.3, margins) == "strong"
    assert tier(0.3, {**margins, **lacking}) == "suggestion"
    facts = {**margins, "days": -1, "title": 0.2, "facts": _facts((1, 0, 2, 0), (1, 0, 2, 0), 2.0)}
    assert tier(0.3, facts) == "strong"
    assert tier(0.3, {**facts, **lacking}) == "suggestion"
    assert tier(0.5, {**margins, "whole": 0.5}) == "strong"
    assert tier(0.5, {**margins, "whole": 0.5, **lacking}) == "suggestion"


@pytest.mark.parametrize("facts", [
    _facts(en=(2, 1, 0, 0), met=2.0),    # the English lead holds a figure the Chinese lacks
    _facts(en=(2, 0, 0, 1), met=2.0),    # or a date
    _facts(zh=(1, 1, 0, 0), met=2.0),    # half the Chinese lead's figures are not in the English
], ids=["en figure", "en date", "zh figures"])
def test_a_contradicting_fact_is_never_strong(facts):
    assert tier(0.9, {"whole": 0.9, "numbers": ["125", "3.4"], "margin": 0.5, "margin_zh": 0.5,
                      "facts": facts}) == "suggestion"


def test_a_pair_that_is_not_each_sides_best_is_never_strong():
    assert tier(0.9, {"whole": 0.9, "numbers": [], "margin": 0.5, "margin_zh": -0.1}) == "suggestion"
    assert tier(0.9, {"whole": 0.9, "numbers": [], "margin": 0.5, "margin_zh": 0.01}) == "strong"


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
