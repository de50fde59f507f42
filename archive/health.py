"""A site's run as stored: one row per site and run in `run_sites` (migration
`0011_run_sites_hold_health`), with the counts of the run, the health measured and the verdict on
it; `site_health` is a view of the judged rows under their old columns. Also the few reads of the
runs dashboard (`provnews.web.dashboard`).

Rows are plain dicts: the JSON columns (`JSON_COLUMNS`) go in and come out as Python values, and
`at` (the run's start, UTC) is read from `runs`, never stored twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

__all__ = ["COLUMNS", "JSON_COLUMNS", "save_site_run", "run_started_at", "site_runs", "newest_site_runs",
           "last_new_at", "new_per_day", "recent_failures", "recent_articles"]

# The columns of `run_sites` besides its key (run_id, site), in the table's order.
COLUMNS = ("list_pages", "new", "changed", "unchanged", "failed", "translated", "duration_s", "state",
           "list_entries", "article_requests", "pages", "rule_levels", "date_only_share", "median_body",
           "statuses", "causes", "crawl_s", "alarms", "problems")
# JSON columns and the value of an empty one.
JSON_COLUMNS: dict[str, Any] = {"rule_levels": {}, "statuses": {}, "causes": {}, "alarms": [], "problems": []}

# A site's runs with the run's start; `state` is NULL for a run whose health was not judged (an
# interrupted crawl, a site that could not start).
_SELECT = "SELECT s.*, r.started_at AS at FROM run_sites s JOIN runs r ON r.id = s.run_id"


def save_site_run(db: sqlite_utils.Database, run_id: int, site: str, values: Mapping[str, Any]) -> None:
    """Insert the site's row of run `run_id`, or update the columns `values` names (the others are
    kept: the run's end adds what translation did to the health recorded after the crawl)."""
    unknown = set(values) - set(COLUMNS)
    if unknown:
        raise ValueError(f"run_sites has no column {sorted(unknown)[0]!r}: pass some of {', '.join(COLUMNS)}")
    names = list(values)
    params = [json.dumps(values[n], ensure_ascii=False, sort_keys=True) if n in JSON_COLUMNS else values[n]
              for n in names]
    update = ", ".join(f"{n} = excluded.{n}" for n in names)
    db.execute(f"INSERT INTO run_sites (run_id, site{''.join(', ' + n for n in names)})"
               f" VALUES (?, ?{', ?' * len(names)})"
               f" ON CONFLICT (run_id, site) DO {'UPDATE SET ' + update if names else 'NOTHING'}",
               [run_id, site, *params])


def run_started_at(db: sqlite_utils.Database, run_id: int) -> str:
    """When run `run_id` started (UTC)."""
    row = db.execute("SELECT started_at FROM runs WHERE id = ?", [run_id]).fetchone()
    if row is None:
        raise ValueError(f"no run {run_id} in the runs table")
    return row[0]


def _rows(db: sqlite_utils.Database, where: str, params: Iterable[Any], tail: str = "") -> list[dict[str, Any]]:
    cursor = db.execute(f"{_SELECT} WHERE {where} {tail}", list(params))
    names = [d[0] for d in cursor.description]
    found = []
    for values in cursor.fetchall():
        row = dict(zip(names, values))
        for name, empty in JSON_COLUMNS.items():
            row[name] = json.loads(row[name]) if row[name] else type(empty)()
        found.append(row)
    return found


def site_runs(db: sqlite_utils.Database, site: str, limit: int, *, state: str | None = None,
              before_run: int | None = None) -> list[dict[str, Any]]:
    """The site's last `limit` judged runs (newest first): in `state` only if given, before run
    `before_run` only if given."""
    where = "s.site = ? AND s.state IS NOT NULL"
    params: list[Any] = [site]
    if state is not None:
        where, params = where + " AND s.state = ?", [*params, state]
    if before_run is not None:
        where, params = where + " AND s.run_id < ?", [*params, before_run]
    return _rows(db, where, [*params, limit], "ORDER BY s.run_id DESC LIMIT ?")


def newest_site_runs(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every site's newest judged run, by site name."""
    return _rows(db, "s.state IS NOT NULL AND s.run_id = (SELECT max(run_id) FROM run_sites"
                     " WHERE site = s.site AND state IS NOT NULL)", [], "ORDER BY s.site")


def last_new_at(db: sqlite_utils.Database, site: str, before_run: int) -> str | None:
    """When a judged run of the site before `before_run` last found a new article."""
    at, = db.execute("SELECT max(r.started_at) FROM run_sites s JOIN runs r ON r.id = s.run_id"
                     " WHERE s.site = ? AND s.state IS NOT NULL AND s.new > 0 AND s.run_id < ?",
                     [site, before_run]).fetchone()
    return at


def new_per_day(db: sqlite_utils.Database, site: str, since: str) -> dict[str, int]:
    """{YYYY-MM-DD: new articles} of the site's judged runs that started on or after `since`."""
    return dict(db.execute("SELECT substr(r.started_at, 1, 10), sum(s.new) FROM run_sites s"
                           " JOIN runs r ON r.id = s.run_id WHERE s.site = ? AND s.state IS NOT NULL"
                           " AND r.started_at >= ? GROUP BY 1", [site, since]).fetchall())


def recent_failures(db: sqlite_utils.Database, site: str, limit: int = 20) -> list[dict[str, Any]]:
    """The site's last `limit` failures: url, reason, status, at, run_id (newest first)."""
    rows = db.execute("SELECT url, reason, http_status, at, run_id FROM failures WHERE site = ?"
                      " ORDER BY id DESC LIMIT ?", [site, limit]).fetchall()
    return [{"url": url, "reason": reason, "status": status, "at": at, "run_id": run_id}
            for url, reason, status, at, run_id in rows]


def recent_articles(db: sqlite_utils.Database, site: str, limit: int = 10) -> list[dict[str, Any]]:
    """The site's `limit` articles seen last: id, title, lang, published_at, first_seen_at, body_rule."""
    return list(db.query("SELECT id, title, lang, published_at, first_seen_at, body_rule FROM articles"
                         " WHERE site = ? ORDER BY first_seen_at DESC, id DESC LIMIT ?", [site, limit]))
