"""The held-out pairing sets (bench/data/pairing-heldout, the blind batch written later by
another engineer, bench/data/pairing-blind, and the third batch, bench/data/pairing-blind3,
written by yet another engineer once the second had been used for tuning) are well-formed.

Only the form is checked here: sites, urls, dates, labels, the sizes the sets were written to.
What pairing makes of them is measured by bench/pairing_heldout.py and never asserted, so that
the sets stay a measurement and not a target.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.siteconfig import load_sites

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
HELDOUT = DATA / "pairing-heldout"
BLIND = DATA / "pairing-blind"
BLIND3 = DATA / "pairing-blind3"
DIRECTORIES = (HELDOUT, BLIND, BLIND3)
SETS = sorted(path for directory in DIRECTORIES for path in directory.glob("*.json"))
FIELDS = {"url", "title", "published_at", "paragraphs"}


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _day(article: dict) -> dt.date:
    return dt.datetime.fromisoformat(article["published_at"]).date()


@pytest.mark.parametrize("directory", DIRECTORIES, ids=lambda d: d.name)
def test_there_are_at_least_six_sets_with_a_readme(directory):
    assert len(list(directory.glob("*.json"))) >= 6
    assert (directory / "README.md").is_file()


def test_set_names_are_unique_across_the_batches():
    """A blind set never shares its name (so its province and week) with a dev set."""
    stems = [path.stem for path in SETS]
    assert len(stems) == len(set(stems))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("path", SETS, ids=_id)
def test_set_names_two_configured_sites_of_one_province(path):
    data = _load(path)
    assert set(data) == {"set", "zh_site", "en_site", "zh", "en", "pairs"}
    assert data["set"] == path.stem
    sites = load_sites()
    zh, en = sites[data["zh_site"]], sites[data["en_site"]]
    assert (zh.lang, en.lang) == ("zh", "en")
    assert data["zh_site"].rsplit("-", 1)[0] == data["en_site"].rsplit("-", 1)[0]


@pytest.mark.parametrize("path", SETS, ids=_id)
def test_articles_are_complete_and_their_urls_are_the_sites_article_urls(path):
    data = _load(path)
    sites = load_sites()
    urls = []
    for lang in ("zh", "en"):
        site = sites[data[f"{lang}_site"]]
        for article in data[lang]:
            assert set(article) == FIELDS
            assert article["title"].strip()
            assert article["paragraphs"] and all(p.strip() for p in article["paragraphs"])
            parts = urlsplit(article["url"])
            assert parts.netloc in site.hosts
            assert any(re.search(p, parts.path) for p in site.article_url_patterns), article["url"]
            stamp = dt.datetime.fromisoformat(article["published_at"])
            assert stamp.utcoffset() == dt.timedelta(hours=8)   # China time, as the portals write it
            urls.append(article["url"])
    assert len(urls) == len(set(urls))


@pytest.mark.parametrize("path", SETS, ids=_id)
def test_pairs_join_an_english_article_to_an_earlier_chinese_one(path):
    data = _load(path)
    english = {a["url"]: a for a in data["en"]}
    chinese = {a["url"]: a for a in data["zh"]}
    assert set(data["pairs"]) <= set(english)
    assert set(data["pairs"].values()) <= set(chinese)
    assert len(set(data["pairs"].values())) == len(data["pairs"])   # one translation per original
    for en_url, zh_url in data["pairs"].items():
        days = (_day(english[en_url]) - _day(chinese[zh_url])).days
        assert 0 <= days <= 3, en_url


@pytest.mark.parametrize("path", SETS, ids=_id)
def test_sizes_are_those_of_a_day_window_of_an_english_edition(path):
    """12-16 English articles of which 3-5 translate one of the 15-30 Chinese ones."""
    data = _load(path)
    assert 12 <= len(data["en"]) <= 16
    assert 15 <= len(data["zh"]) <= 30
    assert 3 <= len(data["pairs"]) <= 5
