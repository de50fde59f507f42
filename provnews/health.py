"""Per-site health of every run: measured from the crawl's counts, judged against the site's own
history (`provnews.alarms`), stored in `site_health` beside `run_sites`.

A crawl that "succeeds" with no new article, or whose bodies all came from the generic fallback,
is the failure nobody notices for weeks; recording the same few measures every run is what
lets the next run see that something changed.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Mapping

import sqlite_utils

from crawler.health_stats import list_causes, rule_levels_of

__all__ = ["SiteHealth", "measure", "assess", "record", "history", "latest", "recent", "overview", "STATES",
           "SEVERITY"]

STATES = ("healthy", "alarm", "failing", "skipped")
SEVERITY = ("failing", "alarm", "healthy", "skipped")
_STATUS_PREFIX = "downloader/response_status_count/"
_EXCEPTION_PREFIX = "downloader/exception_type_count/"


@dataclass
class SiteHealth:
    site: str
    at: str  # UTC, when the run started
    run_id: int | None = None
    state: str = "healthy"
    list_pages: int = 0
    list_entries: int = 0
    article_requests: int = 0
    new: int = 0
    changed: int = 0
    failed: int = 0
    pages: int = 0  # extracted articles (new or changed): the ones whose rules are counted
    rule_levels: dict[str, dict[str, int]] = field(default_factory=dict)
    date_only_share: float | None = None  # of the dated pages, the share without a time of day
    median_body: int | None = None  # characters
    statuses: dict[str, int] = field(default_factory=dict)  # "200", "403", "DNSLookupError", ...
    causes: dict[str, dict[str, int]] = field(default_factory=dict)  # list|article -> cause code -> n
    duration_s: float = 0.0
    alarms: list[dict[str, str]] = field(default_factory=list)  # {"code", "line"}

    # -- derived ----------------------------------------------------------------------------

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    @property
    def network_failures(self) -> int:
        return sum(n for key, n in self.statuses.items() if not key.isdigit())

    def answered(self, *codes: int) -> int:
        return sum(self.statuses.get(str(code), 0) for code in codes)

    @property
    def attempts(self) -> int:
        """List pages and articles tried (retries not counted)."""
        return self.article_requests + self.list_pages + sum(self.causes.get("list", {}).values())

    @property
    def failure_share(self) -> float:
        return self.failed / self.attempts if self.attempts else 0.0

    def level_share(self, field_name: str, level: str) -> float | None:
        counts = self.rule_levels.get(field_name) or {}
        return counts.get(level, 0) / self.pages if self.pages else None

    @property
    def lines(self) -> list[str]:
        """The alarm lines (a skipped site's reason is not an alarm)."""
        return [a["line"] for a in self.alarms if a["code"] != "skipped"]


def measure(site: str, at: str, stats: Mapping[str, Any]) -> SiteHealth:
    """A site's health from its `run_crawl` counts (with their raw `health` stats)."""
    raw = stats.get("health") or {}
    statuses: dict[str, int] = {}
    for key, value in raw.items():
        if key.startswith(_STATUS_PREFIX):
            statuses[key[len(_STATUS_PREFIX):]] = int(value)
        elif key.startswith(_EXCEPTION_PREFIX):
            name = key[len(_EXCEPTION_PREFIX):].rsplit(".", 1)[-1]
            statuses[name] = statuses.get(name, 0) + int(value)
    causes = {"list": dict(list_causes(raw)),
              "article": {key.rsplit("/", 1)[1]: int(v) for key, v in raw.items()
                          if key.startswith("provnews/cause/article/")}}
    pages = int(raw.get("provnews/health/pages", 0))
    dated = int(raw.get("provnews/health/dated", 0))
    lengths = raw.get("provnews/health/body_lengths") or []
    return SiteHealth(
        site=site, at=at, list_pages=int(stats.get("list_pages", 0)),
        list_entries=int(stats.get("list_entries", 0)), article_requests=int(stats.get("article_requests", 0)),
        new=int(stats.get("new", 0)), changed=int(stats.get("changed", 0)), failed=int(stats.get("failed", 0)),
        pages=pages, rule_levels=rule_levels_of(raw) if pages else {},
        date_only_share=round(int(raw.get("provnews/health/date_only", 0)) / dated, 3) if dated else None,
        median_body=int(statistics.median(lengths)) if lengths else None,
        statuses=statuses, causes=causes, duration_s=float(stats.get("duration_s", 0.0)),
    )


def assess(db_path: Any, run_id: int, stats_by_site: Mapping[str, Mapping[str, Any]]) -> dict[str, SiteHealth]:
    """Measure, judge and record each crawled site of run `run_id`; the sites' health by name."""
    from archive import Archive, transaction
    from crawler.siteconfig import load_sites
    from provnews.alarms import evaluate, state_of

    sites = load_sites()
    found: dict[str, SiteHealth] = {}
    with Archive(db_path) as archive, transaction(archive.db):
        at, = archive.db.execute("SELECT started_at FROM runs WHERE id = ?", [run_id]).fetchone()
        for name, stats in stats_by_site.items():
            now = measure(name, at, stats)
            now.run_id = run_id
            site = sites[name]
            if stats.get("skipped"):  # not crawled (no browser for a site that needs one): say why
                now.state, now.alarms = "skipped", [{"code": "skipped", "line": f"{name}: skipped: {stats['skipped']}"}]
            else:
                last_new_at, = archive.db.execute(
                    "SELECT max(at) FROM site_health WHERE site = ? AND new > 0 AND run_id < ?", [name, run_id]
                ).fetchone()
                past = history(archive.db, name, run_id, site.health.history_runs)
                now.alarms = evaluate(now, past, site, last_new_at)
                now.state = state_of(now)
            record(archive.db, now)
            found[name] = now
    return found


# -- the table ----------------------------------------------------------------------------

_JSON = ("rule_levels", "statuses", "causes", "alarms")


def record(db: sqlite_utils.Database, health: SiteHealth) -> None:
    row = asdict(health)
    for key in _JSON:
        row[key] = json.dumps(row[key], ensure_ascii=False, sort_keys=True)
    columns = ", ".join(row)
    db.execute(f"INSERT OR REPLACE INTO site_health ({columns}) VALUES ({', '.join('?' * len(row))})",
               list(row.values()))


def _rows(db: sqlite_utils.Database, where: str, params: Iterable[Any], limit: int) -> list[SiteHealth]:
    cursor = db.execute(f"SELECT * FROM site_health WHERE {where} ORDER BY run_id DESC LIMIT ?",
                        [*params, limit])
    names = [d[0] for d in cursor.description]
    found = []
    for values in cursor.fetchall():
        row = dict(zip(names, values))
        for key in _JSON:
            row[key] = json.loads(row[key] or ("[]" if key == "alarms" else "{}"))
        found.append(SiteHealth(**row))
    return found


def history(db: sqlite_utils.Database, site: str, before_run: int | None, limit: int) -> list[SiteHealth]:
    """The site's last `limit` healthy runs before `before_run` (newest first)."""
    if before_run is None:
        return _rows(db, "site = ? AND state = 'healthy'", [site], limit)
    return _rows(db, "site = ? AND state = 'healthy' AND run_id < ?", [site, before_run], limit)


def recent(db: sqlite_utils.Database, site: str, limit: int = 30) -> list[SiteHealth]:
    """The site's last `limit` runs, whatever their state (newest first)."""
    return _rows(db, "site = ?", [site], limit)


def latest(db: sqlite_utils.Database) -> dict[str, SiteHealth]:
    """Every site's newest row."""
    if "site_health" not in db.table_names():
        return {}
    sites = [s for (s,) in db.execute("SELECT DISTINCT site FROM site_health ORDER BY site").fetchall()]
    return {site: recent(db, site, 1)[0] for site in sites}


def overview(db: sqlite_utils.Database, sites: Mapping[str, Any]) -> list[SiteHealth]:
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
            rows.append(SiteHealth(site=name, at="", state="skipped", alarms=[{"code": "skipped", "line": why}]))
    return sorted(rows, key=lambda r: SEVERITY.index(r.state))  # worst first, then by name
