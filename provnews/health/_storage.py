"""Store: a site's runs in the archive (`archive.health`, table `run_sites`), as `SiteRun`s."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlite_utils

from archive import health as store

from ._siterun import SEVERITY, SiteRun

__all__ = ["record", "history", "recent", "latest", "overview"]


def record(db: sqlite_utils.Database, run: SiteRun) -> None:
    """Store the site's run (every column: the same call records the health after the crawl and
    the whole run at its end)."""
    if run.run_id is None:
        raise ValueError(f"{run.site}: a site's run is stored under its run_id, which is None")
    store.save_site_run(db, run.run_id, run.site, run.columns())


def history(db: sqlite_utils.Database, site: str, before_run: int | None, limit: int) -> list[SiteRun]:
    """The site's last `limit` healthy runs before `before_run` (newest first)."""
    return [SiteRun.from_row(row) for row in store.site_runs(db, site, limit, state="healthy", before_run=before_run)]


def recent(db: sqlite_utils.Database, site: str, limit: int = 30) -> list[SiteRun]:
    """The site's last `limit` judged runs, whatever their state (newest first)."""
    return [SiteRun.from_row(row) for row in store.site_runs(db, site, limit)]


def latest(db: sqlite_utils.Database) -> dict[str, SiteRun]:
    """Every site's newest judged run."""
    return {row["site"]: SiteRun.from_row(row) for row in store.newest_site_runs(db)}


def overview(db: sqlite_utils.Database, sites: Mapping[str, Any]) -> list[SiteRun]:
    """Every configured site (and any other site with history): its newest health, or a
    `skipped` placeholder for a site no run has crawled (disabled, or left out of the runs);
    failing sites first, then alarms, healthy and skipped ones."""
    newest = latest(db)
    rows = []
    for name in sorted(set(sites) | set(newest)):
        if name in newest:
            rows.append(newest[name])
        else:
            site = sites.get(name)
            why = "disabled in its site file" if site is not None and not site.enabled else "not crawled by any run yet"
            rows.append(SiteRun(site=name, state="skipped", alarms=[{"code": "skipped", "line": why}]))
    return sorted(rows, key=lambda r: SEVERITY.index(r.state))  # worst first, then by name
