"""`SiteRun`: one site's part of one run, the one record the runner's summary, the health
judgement and the archive (`run_sites`, archive/health.py) share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

__all__ = ["SiteRun", "STATES", "SEVERITY", "SITE_HEALTH_FIELDS"]

STATES = ("healthy", "alarm", "failing", "skipped")
SEVERITY = ("failing", "alarm", "healthy", "skipped")
# The columns of the `site_health` view, in the order `provnews health --json` has always printed
# them (`duration_s` there is the crawl's seconds: `SiteRun.crawl_s`).
# The fields that are no column of `run_sites`: its key, the run's start, and what only the
# judgement of this run reads (it says it in an alarm line).
_NOT_STORED = ("site", "at", "run_id", "by_structure")
SITE_HEALTH_FIELDS = ("site", "at", "run_id", "state", "list_pages", "list_entries", "article_requests", "new",
                      "changed", "failed", "pages", "rule_levels", "date_only_share", "median_body", "statuses",
                      "causes", "duration_s", "alarms")


@dataclass
class SiteRun:
    site: str
    at: str = ""  # UTC, when the run started ("" until read back from the archive, or judged)
    run_id: int | None = None
    state: str | None = None  # one of STATES once judged; None: not judged (interrupted, not started)
    # -- what the crawl counted ---------------------------------------------------------------
    list_pages: int = 0
    list_entries: int = 0
    article_requests: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    pages: int = 0  # extracted articles (new or changed): the ones whose rules are counted
    rule_levels: dict[str, dict[str, int]] = field(default_factory=dict)
    date_only_share: float | None = None  # of the dated pages, the share without a time of day
    median_body: int | None = None  # characters
    statuses: dict[str, int] = field(default_factory=dict)  # "200", "403", "DNSLookupError", ...
    causes: dict[str, dict[str, int]] = field(default_factory=dict)  # list|article -> cause code -> n
    crawl_s: float = 0.0  # the crawl's seconds
    # list entries taken by the list's structure (their article links matched no pattern); judged
    # into an alarm line, not stored apart (`_NOT_STORED`)
    by_structure: int = 0
    # -- what the run did after the crawl -------------------------------------------------------
    translated: int = 0  # articles
    duration_s: float = 0.0  # crawl and translation
    # -- the verdict -----------------------------------------------------------------------------
    alarms: list[dict[str, str]] = field(default_factory=list)  # {"code", "line"}
    problems: list[str] = field(default_factory=list)  # why the run of this site fell short, one line each

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

    # -- its shapes outside -------------------------------------------------------------------

    def columns(self) -> dict[str, Any]:
        """The stored columns (`archive.health.COLUMNS`; the key is run_id and site, `at` is the run's)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _NOT_STORED}

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> SiteRun:
        """A stored row (archive.health), `at` included."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})

    def site_health(self) -> dict[str, Any]:
        """As a row of the `site_health` view (what `provnews health --json` prints)."""
        return {name: self.crawl_s if name == "duration_s" else getattr(self, name) for name in SITE_HEALTH_FIELDS}

    def summary(self) -> dict[str, Any]:
        """As the run's summary in `runs.summary` lists it (alarms as their lines)."""
        return {"site": self.site, "list_pages": self.list_pages, "new": self.new, "changed": self.changed,
                "unchanged": self.unchanged, "failed": self.failed, "translated": self.translated,
                "duration_s": self.duration_s, "problems": list(self.problems), "alarms": self.lines}
