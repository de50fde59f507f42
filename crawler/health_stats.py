"""What the crawl counts for a site's health, in Scrapy's stats, and the one function that reads
those counts back (`read_counts` -> `HealthCounts`); `provnews.health` measures a run from them.

Counting happens where the facts are: the spider's errbacks know why a request failed, the
pipeline knows which extracted articles were new or changed and which rule gave each field.
Scrapy's stats are a flat dict of strings, so the keys are defined here, once, and parsed here,
once: everything after the crawl works on the typed `HealthCounts`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crawler import causes
from crawler.extract import rule_level

__all__ = ["FIELDS", "HealthCounts", "read_counts", "level_of", "count_article", "count_failure",
           "empty_list_cause", "structure_line", "PAGES", "BY_STRUCTURE", "DATED", "DATE_ONLY", "BODY_LENGTHS", "RULE", "CAUSE", "STATUS", "EXCEPTION"]

# The fields whose rule provenance is recorded (Page.<field>_rule).
FIELDS = ("title", "date", "body", "source")

# The keys in Scrapy's stats. Ours: ...
PAGES = "provnews/health/pages"  # extracted articles (new or changed)
DATED = "provnews/health/dated"  # ... with a date
DATE_ONLY = "provnews/health/date_only"  # ... whose date has no time of day
BODY_LENGTHS = "provnews/health/body_lengths"  # [characters of each body]
BY_STRUCTURE = "provnews/health/by_structure"  # article entries taken by the list's structure, not the patterns
RULE = "provnews/health/rule/"  # + FIELD/LEVEL
CAUSE = "provnews/cause/"  # + list|article/CAUSE CODE
# ... and Scrapy's own HTTP status and network exception counts.
STATUS = "downloader/response_status_count/"  # + status code
EXCEPTION = "downloader/exception_type_count/"  # + dotted exception class name


@dataclass(frozen=True)
class HealthCounts:
    """What the crawl of one site counted for its health."""

    pages: int = 0  # extracted articles (new or changed): the ones whose rules are counted
    dated: int = 0
    date_only: int = 0
    body_lengths: tuple[int, ...] = ()
    rule_levels: dict[str, dict[str, int]] = field(default_factory=dict)  # field -> level -> n
    causes: dict[str, dict[str, int]] = field(default_factory=lambda: {"list": {}, "article": {}})
    statuses: dict[str, int] = field(default_factory=dict)  # "200", "403", "DNSLookupError", ...
    # list entries taken by the list's structure: no link of their page matched the article patterns
    by_structure: int = 0


def read_counts(raw: Mapping[str, Any]) -> HealthCounts:
    """The health counts in a crawler's stats (`crawler.stats.get_stats()`)."""
    levels: dict[str, dict[str, int]] = {name: {} for name in FIELDS}
    found: dict[str, dict[str, int]] = {"list": {}, "article": {}}
    statuses: dict[str, int] = {}
    for key, value in raw.items():
        if key.startswith(RULE):
            name, level = key[len(RULE):].split("/", 1)
            levels.setdefault(name, {})[level] = int(value)
        elif key.startswith(CAUSE):
            kind, code = key[len(CAUSE):].split("/", 1)
            found.setdefault(kind, {})[code] = int(value)
        elif key.startswith(STATUS):
            statuses[key[len(STATUS):]] = int(value)
        elif key.startswith(EXCEPTION):
            name = key[len(EXCEPTION):].rsplit(".", 1)[-1]
            statuses[name] = statuses.get(name, 0) + int(value)
    return HealthCounts(pages=int(raw.get(PAGES, 0)), dated=int(raw.get(DATED, 0)),
                        date_only=int(raw.get(DATE_ONLY, 0)), body_lengths=tuple(raw.get(BODY_LENGTHS) or ()),
                        rule_levels=levels, causes=found, statuses=statuses,
                        by_structure=int(raw.get(BY_STRUCTURE, 0)))


def level_of(rule: str | None) -> str:
    return rule_level(rule) or "none"


def count_article(stats: Any, page: Mapping[str, Any], outcome: str) -> None:
    """One stored article: the rule level of each field, whether its date has a time, its length."""
    if outcome not in ("new", "changed"):
        return
    stats.inc_value(PAGES)
    for name in FIELDS:
        stats.inc_value(f"{RULE}{name}/{level_of(page.get(f'{name}_rule'))}")
    published = page.get("published_at")
    if published:
        stats.inc_value(DATED)
        if "T" not in published:
            stats.inc_value(DATE_ONLY)
    length = sum(len(p.get("text", "")) for p in page.get("paragraphs") or [])
    lengths = stats.get_value(BODY_LENGTHS) or []
    stats.set_value(BODY_LENGTHS, [*lengths, length])


def count_failure(stats: Any, kind: str, failure: Any) -> causes.Cause:
    """A failed list page or article request (`kind`: list | article), counted by its cause."""
    cause = causes.from_failure(failure)
    stats.inc_value(f"{CAUSE}{kind}/{cause.code}")
    return cause


def empty_list_cause(counts: HealthCounts) -> causes.Cause:
    """Why no list page gave an entry: the commonest cause of the failed list pages, else 200 with none."""
    seen = Counter(counts.causes.get("list", {}))
    return causes.cause(seen.most_common(1)[0][0]) if seen else causes.CAUSES["no_entries"]


def structure_line(site: str, taken: int) -> str:
    """What a crawl says when it took list entries by the list's structure (once per run)."""
    return (f"{site}: article links no longer match the configured pattern; {taken} taken by the list's"
            f" structure: update article_url_patterns (check with `provnews sites --check {site}`)")
