"""Reading articles: one row by id or URL, their paragraphs, titles and counts.

Storing them (new, changed, unchanged; revisions) is `archive.store.Archive`'s; these are the
plain reads the commands, re-extraction and pairing need.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from .period import article_filters

__all__ = ["article_ids", "article_by_id", "article_by_url", "is_archived", "current_version", "paragraphs_of",
           "titles_by_id", "sites_by_id", "revision_count", "article_count"]

# Ids per `IN (...)`: well under SQLite's limit on bound parameters.
_CHUNK = 500


def article_ids(db: sqlite_utils.Database, *, site: str | None = None, since: Any = None) -> list[int]:
    """Ids of the articles of a site (or all) published on or after `since`, in id order."""
    where, params = article_filters(site, None, since, None)
    sql = "SELECT id FROM articles" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
    return [id_ for (id_,) in db.execute(sql, params).fetchall()]


def article_by_id(db: sqlite_utils.Database, article_id: int) -> dict | None:
    """The article's row (current version), or None."""
    return next(db.query("SELECT * FROM articles WHERE id = ?", [article_id]), None)


def article_by_url(db: sqlite_utils.Database, url: str) -> dict | None:
    """The row of the article archived at this canonical URL, or None."""
    return next(db.query("SELECT * FROM articles WHERE url = ?", [url]), None)


def is_archived(db: sqlite_utils.Database, url: str) -> bool:
    return db.execute("SELECT 1 FROM articles WHERE url = ?", [url]).fetchone() is not None


def current_version(db: sqlite_utils.Database, article_id: int) -> int | None:
    """The article's version now (a crawl may have stored a newer one), or None once deleted."""
    row = db.execute("SELECT version FROM articles WHERE id = ?", [article_id]).fetchone()
    return None if row is None else row[0]


def paragraphs_of(db: sqlite_utils.Database, article_id: int) -> list[tuple[str, str]]:
    """(kind, text) of each paragraph of the current version, in order."""
    return db.execute("SELECT kind, text FROM paragraphs WHERE article_id = ? ORDER BY idx", [article_id]).fetchall()


def titles_by_id(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, str]:
    """{id: title} of these articles (ids not archived are left out)."""
    return _column_by_id(db, "title", ids)


def sites_by_id(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, str]:
    """{id: site} of these articles (ids not archived are left out)."""
    return _column_by_id(db, "site", ids)


def _column_by_id(db: sqlite_utils.Database, column: str, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted({int(i) for i in ids})
    values: dict[int, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        values.update(db.execute(f"SELECT id, {column} FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                                 chunk).fetchall())
    return values


def revision_count(db: sqlite_utils.Database, article_id: int) -> int:
    """How many earlier versions of the article are kept."""
    return db.execute("SELECT COUNT(*) FROM revisions WHERE article_id = ?", [article_id]).fetchone()[0]


def article_count(db: sqlite_utils.Database) -> int:
    """Articles in the archive; 0 in a file whose schema is not made yet."""
    if "articles" not in db.table_names():
        return 0
    return db.execute("SELECT count(*) FROM articles").fetchone()[0]
