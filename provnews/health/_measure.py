"""Measure: a site's run from what its crawl counted (`run_crawl`'s per-site counts, with the
`crawler.health_stats.HealthCounts` of the crawl)."""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from typing import Any

from crawler.health_stats import HealthCounts

from ._siterun import SiteRun

__all__ = ["measure"]


def measure(site: str, at: str, stats: Mapping[str, Any]) -> SiteRun:
    """The site's run from its `run_crawl` counts; `at`: when the run started (UTC), or ""."""
    counts: HealthCounts = stats.get("health") or HealthCounts()
    lengths = counts.body_lengths
    levels = {name: dict(n) for name, n in counts.rule_levels.items()} if counts.pages else {}
    crawl_s = float(stats.get("duration_s", 0.0))
    return SiteRun(
        site=site, at=at, list_pages=int(stats.get("list_pages", 0)),
        list_entries=int(stats.get("list_entries", 0)), article_requests=int(stats.get("article_requests", 0)),
        new=int(stats.get("new", 0)), changed=int(stats.get("changed", 0)),
        unchanged=int(stats.get("unchanged", 0)), failed=int(stats.get("failed", 0)),
        pages=counts.pages, rule_levels=levels,
        date_only_share=round(counts.date_only / counts.dated, 3) if counts.dated else None,
        median_body=int(statistics.median(lengths)) if lengths else None,
        statuses=dict(counts.statuses),
        causes={"list": dict(counts.causes.get("list", {})), "article": dict(counts.causes.get("article", {}))},
        crawl_s=crawl_s, duration_s=crawl_s, by_structure=counts.by_structure,
    )
