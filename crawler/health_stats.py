"""What the crawl counts for a site's health, in Scrapy's stats under `provnews/health/…` and
`provnews/cause/…`; `provnews.health` reads them back after the crawl.

Counting happens where the facts are: the spider's errbacks know why a request failed, the
pipeline knows which extracted articles were new or changed and which rule gave each field.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Mapping

from crawler import causes
from crawler.extract import rule_level

__all__ = ["FIELDS", "level_of", "count_article", "count_failure", "rule_levels_of", "list_causes", "empty_list_cause",
           "PREFIX"]

# The fields whose rule provenance is recorded (Page.<field>_rule).
FIELDS = ("title", "date", "body", "source")
PREFIX = "provnews/health/"


def level_of(rule: str | None) -> str:
    return rule_level(rule) or "none"


def count_article(stats: Any, page: Mapping[str, Any], outcome: str) -> None:
    """One stored article: the rule level of each field, whether its date has a time, its length."""
    if outcome not in ("new", "changed"):
        return
    stats.inc_value(PREFIX + "pages")
    for field in FIELDS:
        stats.inc_value(f"{PREFIX}rule/{field}/{level_of(page.get(f'{field}_rule'))}")
    published = page.get("published_at")
    if published:
        stats.inc_value(PREFIX + "dated")
        if "T" not in published:
            stats.inc_value(PREFIX + "date_only")
    length = sum(len(p.get("text", "")) for p in page.get("paragraphs") or [])
    lengths = stats.get_value(PREFIX + "body_lengths") or []
    stats.set_value(PREFIX + "body_lengths", [*lengths, length])


def count_failure(stats: Any, kind: str, failure: Any) -> causes.Cause:
    """A failed list page or article request (`kind`: list | article), counted by its cause."""
    cause = causes.from_failure(failure)
    stats.inc_value(f"provnews/cause/{kind}/{cause.code}")
    return cause


def rule_levels_of(raw: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """{field: {level: count}} from the stats."""
    levels: dict[str, dict[str, int]] = {field: {} for field in FIELDS}
    for key, value in raw.items():
        if key.startswith(PREFIX + "rule/"):
            field, level = key[len(PREFIX + "rule/"):].split("/", 1)
            levels.setdefault(field, {})[level] = int(value)
    return levels


def list_causes(raw: Mapping[str, Any]) -> Counter:
    return Counter({key.rsplit("/", 1)[1]: int(value) for key, value in raw.items()
                    if key.startswith("provnews/cause/list/")})


def empty_list_cause(raw: Mapping[str, Any]) -> causes.Cause:
    """Why no list page gave an entry: the commonest cause of the failed list pages, else 200 with none."""
    seen = list_causes(raw)
    return causes.cause(seen.most_common(1)[0][0]) if seen else causes.CAUSES["no_entries"]
