"""One clock for every timestamp the archive writes (UTC, ISO 8601, seconds)."""

import datetime as dt


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
