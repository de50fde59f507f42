"""Measure, judge and store the sites of a run once its crawl is over (`provnews run`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import sqlite_utils

from archive import health as store

from ._alarms import evaluate, state_of
from ._measure import measure
from ._siterun import SiteRun
from ._storage import history, record

if TYPE_CHECKING:
    from crawler.siteconfig import SiteConfig

__all__ = ["judge", "assess"]


def judge(db: sqlite_utils.Database, now: SiteRun, site: SiteConfig, skipped: str | None = None) -> None:
    """Set the run's state and alarms against the site's own history (`skipped`: why the crawl
    did not crawl the site, which is said but is no alarm)."""
    if skipped:
        now.state, now.alarms = "skipped", [{"code": "skipped", "line": f"{now.site}: skipped: {skipped}"}]
        return
    past = history(db, now.site, now.run_id, site.health.history_runs)
    now.alarms = evaluate(now, past, site, store.last_new_at(db, now.site, now.run_id))
    now.state = state_of(now)


def assess(db_path: Any, run_id: int, stats_by_site: Mapping[str, Mapping[str, Any]]) -> dict[str, SiteRun]:
    """Measure, judge and record each crawled site of run `run_id` (its `run_crawl` counts); the
    sites' runs by name. One transaction: every site's health, or none."""
    from archive import Archive, transaction
    from crawler.siteconfig import load_sites

    sites = load_sites()
    found: dict[str, SiteRun] = {}
    with Archive(db_path) as archive, transaction(archive.db):
        at = store.run_started_at(archive.db, run_id)
        for name, stats in stats_by_site.items():
            now = measure(name, at, stats)
            now.run_id = run_id
            judge(archive.db, now, sites[name], stats.get("skipped"))
            record(archive.db, now)
            found[name] = now
    return found
