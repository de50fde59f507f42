"""The one meaning of the article filters everywhere (search, browse, export, reparse):
--since/--until are the publication date, both ends inclusive; --site and --lang are exact."""

from __future__ import annotations

import datetime as dt

from .errors import ArchiveError

__all__ = ["FilterError", "check_date", "published_between", "article_filters"]


class FilterError(ArchiveError):
    """A filter value the archive cannot use (a date that is not a date, an unknown language)."""


def check_date(value: str | dt.date | None, name: str) -> str | None:
    """YYYY-MM-DD or None; anything else is refused, never ignored."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise FilterError(f"{name} must be a date like 2024-05-01, not {value!r}") from None


def published_between(column: str, since: str | dt.date | None, until: str | dt.date | None) -> tuple[list[str], list]:
    """SQL conditions (and their parameters) for `column` published within since..until.

    published_at is ISO 8601 at the page's precision (a datetime with its +08:00 offset,
    YYYY-MM-DD, YYYY-MM or YYYY), so it compares as text; a half-open range on it keeps its index
    usable. The date is the one printed on the page (local time), not UTC. A reduced-precision
    date counts as the first day of its month or year, which is also where it sorts. Rows without
    a date fall outside any range.
    """
    since, until = check_date(since, "since"), check_date(until, "until")
    where, params = [], []
    if since:
        where.append(f"{column} >= ?")
        params.append(_bound(since))
    if until:
        where.append(f"{column} < ?")
        params.append(_bound((dt.date.fromisoformat(until) + dt.timedelta(days=1)).isoformat()))
    return where, params


def _bound(day: str) -> str:
    """A day as the shortest text bound that puts '1998-03' (= 1998-03-01) and '1998'
    (= 1998-01-01) on the right side of it: text order alone would put '1998-03' before
    '1998-03-01'."""
    if day.endswith("-01-01"):
        return day[:4]
    if day.endswith("-01"):
        return day[:7]
    return day


def article_filters(site: str | None, lang: str | None, since: str | dt.date | None,
                    until: str | dt.date | None, *, prefix: str = "") -> tuple[list[str], list]:
    """SQL conditions (and parameters) on `articles` (aliased `prefix`, e.g. "a.") for the filters."""
    where: list[str] = []
    params: list = []
    if site:
        where.append(f"{prefix}site = ?")
        params.append(site)
    if lang:
        if lang not in ("zh", "en"):
            raise FilterError(f"lang must be zh or en, not {lang!r}")
        where.append(f"{prefix}lang = ?")
        params.append(lang)
    dates, date_params = published_between(f"{prefix}published_at", since, until)
    return where + dates, params + date_params
