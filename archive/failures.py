"""Failures whose fetched pages were kept, for re-extraction to retry, and marking them resolved.

Recording a failure, and which ones a crawl retries, is `archive.store.Archive`'s.
"""

from __future__ import annotations

import sqlite_utils

from .clock import utc_now

__all__ = ["unresolved_with_pages", "resolve"]


def unresolved_with_pages(db: sqlite_utils.Database, site: str | None = None) -> list[tuple[str, str, int]]:
    """(url, site, raw page id) of the latest unresolved failure of each URL not archived since,
    among the failures whose page was kept; in the order they were recorded."""
    sql = ("SELECT url, site, raw_page_id FROM failures WHERE id IN ("
           " SELECT MAX(id) FROM failures WHERE raw_page_id IS NOT NULL AND resolved_at IS NULL GROUP BY url)"
           " AND url NOT IN (SELECT url FROM articles)" + (" AND site = ?" if site else "") + " ORDER BY id")
    return db.execute(sql, [site] if site else []).fetchall()


def resolve(db: sqlite_utils.Database, url: str) -> None:
    """Mark the URL's open failures resolved now (it has been archived)."""
    db.execute("UPDATE failures SET resolved_at = ? WHERE url = ? AND resolved_at IS NULL", [utc_now(), url])
