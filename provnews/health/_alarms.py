"""Judge: the drift alarms of this run of a site against its own last healthy runs.

Each alarm is one line naming the site, what changed and what to do. One root cause raises one
alarm: a site that answers 403 everywhere also lists nothing and fails every article, but the
user needs to hear "blocked", not three lines; so the request-level alarm silences the ones that
follow from it, and an alarm on the body rule silences the body-length one.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from typing import TYPE_CHECKING

from crawler import causes
from crawler.health_stats import structure_line

from ._siterun import SiteRun

if TYPE_CHECKING:
    from crawler.siteconfig import HealthThresholds, SiteConfig

__all__ = ["evaluate", "state_of", "FALLBACK_NAMES"]

FALLBACK_NAMES = {"cms": "CMS convention", "generic": "generic fallback", "url": "URL date",
                  "derived": "derived value", "none": "nothing found"}
_FIELD_FIX = {"title": "the article layout may have changed", "date": "the date markup may have changed",
              "body": "the article layout may have changed"}


def _check(site: str) -> str:
    return f"check with `provnews sites --check {site}`"


def _alarm(code: str, line: str) -> dict[str, str]:
    return {"code": code, "line": line}


def _dominant_cause(now: SiteRun) -> causes.Cause | None:
    seen: Counter = Counter()
    for kind in ("list", "article"):
        seen.update(now.causes.get(kind, {}))
    if seen:
        return causes.cause(seen.most_common(1)[0][0])
    blocked = {code: now.statuses.get(str(code), 0) for code in (403, 412, 429)}
    if any(blocked.values()):
        code = max(blocked, key=blocked.get)
        return causes.from_status(code)
    return None


def _blocked(now: SiteRun, limits: HealthThresholds) -> dict[str, str] | None:
    refused = now.network_failures + now.answered(403, 412, 429)
    if not now.requests or refused / now.requests < limits.blocked_share:
        return None
    cause = _dominant_cause(now) or causes.CAUSES["network"]
    verb = "failed" if cause.network else "were refused"
    return _alarm("blocked", f"{now.site}: {refused} of {now.requests} requests {verb}, {cause.label}: {cause.fix}")


def _no_entries(now: SiteRun) -> dict[str, str] | None:
    if now.list_entries:
        return None
    seen = Counter(now.causes.get("list", {}))
    cause = causes.cause(seen.most_common(1)[0][0]) if seen else causes.CAUSES["no_entries"]
    if cause.code == "http_404":
        what = "the column page answered HTTP 404: the column has moved; update start_urls"
    elif cause.code == "no_entries":
        what = (f"no list entries ({now.list_pages} list page{'s' if now.list_pages != 1 else ''} answered"
                " but none gave an article link): the column moved or emptied, or the list selectors miss")
    else:
        what = f"no list entries, list page failed: {cause.label}: {cause.fix}"
    return _alarm("no_entries", f"{now.site}: {what}; {_check(now.site)}")


def _by_structure(now: SiteRun) -> dict[str, str] | None:
    """List entries taken by the list's structure: the portal changed its article URLs; the crawl
    went on, the configuration is behind."""
    return _alarm("list_structure", structure_line(now.site, now.by_structure)) if now.by_structure else None


def _hours(later: str, earlier: str) -> float:
    return (dt.datetime.fromisoformat(later) - dt.datetime.fromisoformat(earlier)).total_seconds() / 3600


def _no_new(now: SiteRun, past: list[SiteRun], limits: HealthThresholds,
            last_new_at: str | None) -> dict[str, str] | None:
    if now.new:
        return None
    times = sorted(h.at for h in past if h.new)
    if len(times) < 3:
        return None  # too little history to know the site's rhythm
    usual = statistics.median(_hours(b, a) for a, b in zip(times, times[1:]))
    since = _hours(now.at, max(times[-1], last_new_at or ""))
    if since <= max(limits.gap_factor * usual, limits.min_gap_hours):
        return None
    return _alarm("no_new", f"{now.site}: no new article for {since / 24:.1f} days (usually one every"
                  f" {usual / 24:.1f} days): the column may have stopped or moved; {_check(now.site)}")


def _rule(now: SiteRun, past: list[SiteRun], site: SiteConfig, field: str,
          limits: HealthThresholds) -> dict[str, str] | None:
    selectors = getattr(site.extract, field)
    share = now.level_share(field, "site")
    if not selectors or share is None or now.pages < limits.min_pages:
        return None
    usual_shares = [s for h in past if h.pages >= limits.min_pages
                    for s in [h.level_share(field, "site")] if s is not None]
    if not usual_shares:
        return None  # no history yet: nothing to have drifted from (`provnews sites --check` tells fit)
    usual = statistics.mean(usual_shares)
    if share > 0 and share >= usual * limits.rule_share_drop:
        return None
    if usual == 0:
        return None  # the site rule never matched: a configuration matter, not drift
    counts = Counter({level: n for level, n in (now.rule_levels.get(field) or {}).items() if level != "site"})
    fallback = FALLBACK_NAMES.get(counts.most_common(1)[0][0], "a fallback") if counts else "a fallback"
    matched = (now.rule_levels.get(field) or {}).get("site", 0)
    usually = f" (usually {usual:.0%})"
    return _alarm(f"rule_{field}", f"{now.site}: {field} selector {', '.join(selectors)} matched"
                  f" {matched} of {now.pages} pages{usually}, {fallback} used: {_FIELD_FIX[field]};"
                  f" {_check(now.site)}")


def _body_length(now: SiteRun, past: list[SiteRun], limits: HealthThresholds) -> dict[str, str] | None:
    if now.median_body is None or now.pages < limits.min_pages:
        return None
    medians = [h.median_body for h in past if h.median_body is not None and h.pages >= limits.min_pages]
    if not medians:
        return None
    usual = statistics.median(medians)
    if now.median_body >= usual * limits.body_drop:
        return None
    return _alarm("body_length", f"{now.site}: median body length fell to {now.median_body} characters"
                  f" (usually {usual:.0f}): bodies may be cut short by a layout change; {_check(now.site)}")


def _failure_share(now: SiteRun, past: list[SiteRun], limits: HealthThresholds) -> dict[str, str] | None:
    if now.attempts < limits.min_requests:
        return None
    shares = [h.failure_share for h in past if h.attempts >= limits.min_requests]
    usual = statistics.median(shares) if shares else 0.0
    if now.failure_share - usual < limits.failure_rise:
        return None
    cause = _dominant_cause(now)
    why = f", mostly {cause.label}: {cause.fix}" if cause else ": see `provnews health --site " + now.site + "`"
    return _alarm("failure_share", f"{now.site}: {now.failed} of {now.attempts} pages failed"
                  f" ({now.failure_share:.0%}, usually {usual:.0%}){why}")


def evaluate(now: SiteRun, past: list[SiteRun], site: SiteConfig,
             last_new_at: str | None = None) -> list[dict[str, str]]:
    """The alarms of this run; `past` are the site's last healthy runs (any order), `last_new_at`
    when any earlier run (healthy or not) last found a new article."""
    limits = site.health
    blocked = _blocked(now, limits)
    if blocked:
        return [blocked]
    empty = _no_entries(now)
    if empty:
        return [empty]
    found = [_by_structure(now), _no_new(now, past, limits, last_new_at)]
    rules = [_rule(now, past, site, field, limits) for field in ("title", "date", "body")]
    found += rules
    if not rules[2]:
        found.append(_body_length(now, past, limits))
    found.append(_failure_share(now, past, limits))
    return [alarm for alarm in found if alarm]


def state_of(now: SiteRun) -> str:
    """healthy, alarm, or failing (the run archived nothing because the site could not be read)."""
    if not now.alarms:
        return "healthy"
    if any(a["code"] in ("blocked", "no_entries") for a in now.alarms) and not (now.new or now.changed):
        return "failing"
    return "alarm"
