"""Raw pages: every fetched article response, kept as served, so the archive is evidence and can
be re-extracted without fetching anything again.

Bodies live once in `raw_blobs`, addressed by the SHA-256 of the bytes as served and compressed
with zstandard; an unchanged re-fetch therefore adds no blob and no `raw_pages` row. A
`raw_pages` row is one distinct response of one URL (headers, status and the time it was first
fetched) and names the article version it first produced. Which responses make up a given version
— a re-fetch or a re-extraction produces a new version from responses already stored — is kept
in `raw_page_versions`, one row per (article, version, page number).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils
import zstandard

from .clock import utc_now
from .db import inserted_id
from .errors import ArchiveError
from .period import article_filters

__all__ = [
    "RawPage", "RawPageError", "save_raw_pages", "save_failed_pages", "version_pages", "iter_raw_pages", "article_of_page",
    "compress", "decompress", "body_hash", "to_utc", "ZSTD_LEVEL",
    "raw_page", "latest_raw_page",
]

# Government article pages are 20-200 KB of mostly boilerplate. Level 9 stores them 4 % larger than
# level 19 at 25 times its speed, and smaller than gzip -6 (bench/archive_size.py, docs/raw-pages.md);
# decompression, which re-extraction pays, is as fast at any level.
ZSTD_LEVEL = 9

_compressor = zstandard.ZstdCompressor(level=ZSTD_LEVEL)
_decompressor = zstandard.ZstdDecompressor()


class RawPageError(ArchiveError):
    """A stored response cannot be read back (unknown codec, damaged blob)."""


@dataclass(frozen=True)
class RawPage:
    """One stored response; the body is decompressed when asked for, so pages can be handed to
    worker processes still compressed."""

    id: int
    url: str
    article_id: int | None
    article_version: int | None
    page_no: int
    status: int | None
    headers: dict[str, Any]
    fetched_at: str
    blob_hash: str
    codec: str
    data: bytes
    rendered: bool = False  # the DOM after the page's scripts ran, not the bytes as served

    @property
    def body(self) -> bytes:
        return decompress(self.codec, self.data)

    def as_fetched(self) -> dict[str, Any]:
        """The mapping `save_raw_pages` takes, to link this response to another version."""
        return {"url": self.url, "status": self.status, "headers": self.headers, "body": self.body,
                "fetched_at": self.fetched_at, "page_no": self.page_no, "rendered": self.rendered}


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def compress(body: bytes) -> tuple[str, bytes]:
    return "zstd", _compressor.compress(body)


def decompress(codec: str, data: bytes) -> bytes:
    try:
        if codec == "zstd":
            return _decompressor.decompress(data)
        if codec == "gzip":  # archives written by hand or by other tools
            return gzip.decompress(data)
    except (zstandard.ZstdError, OSError, EOFError) as exc:
        raise RawPageError(f"stored page is damaged ({codec}: {exc}): re-crawl it") from exc
    raise RawPageError(f"stored page uses unknown codec {codec!r}: upgrade provnews")


def _headers(raw: Mapping[Any, Any] | None) -> dict[str, Any]:
    """Plain JSON-able headers; Scrapy hands bytes and lists of values, a test hands str."""
    out: dict[str, Any] = {}
    for key, value in (raw or {}).items():
        name = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        values = value if isinstance(value, (list, tuple)) else [value]
        texts = [v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in values]
        # A repeated header (Set-Cookie) stays a list so the WARC export can repeat it as served.
        out[name] = texts[0] if len(texts) == 1 else texts
    return out


def to_utc(value: str) -> str:
    """A fetch time as UTC ISO seconds, so stored times sort and compare as text; a bare date or
    a naive time is taken as UTC already."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise ArchiveError(f"fetch time {value!r} is not an ISO 8601 time: pass e.g. 2024-05-01T08:00:00+08:00") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _store_blob(db: sqlite_utils.Database, body: bytes) -> str:
    digest = body_hash(body)
    if db.execute("SELECT 1 FROM raw_blobs WHERE hash = ?", [digest]).fetchone() is None:
        codec, data = compress(body)
        db.execute("INSERT INTO raw_blobs (hash, codec, size, data) VALUES (?, ?, ?, ?)",
                   [digest, codec, len(body), data])
    return digest


def save_raw_pages(db: sqlite_utils.Database, raw_pages: Iterable[Mapping[str, Any]], *,
                   article_id: int, article_version: int) -> int:
    """Keep the responses that produced `article_version`; return how many were not stored before.

    Called inside the caller's transaction (`Archive.store_article`), so an article and its raw
    pages are committed together or not at all. Each page is a mapping with "url", "status",
    "headers", "body" (bytes as served), "fetched_at" and "page_no" (1 for the first page).
    """
    added = 0
    linked: list[int] = []
    for position, page in enumerate(raw_pages, start=1):
        page_no = int(page.get("page_no") or position)
        raw_id, new = _raw_row(db, page, page_no, article_id, article_version)
        added += new
        db.execute(
            "INSERT OR REPLACE INTO raw_page_versions (article_id, article_version, page_no, raw_page_id)"
            " VALUES (?, ?, ?, ?)", [article_id, article_version, page_no, raw_id],
        )
        linked.append(page_no)
    if linked:
        # The latest fetch of this version is the whole of it: a page that is no longer part of
        # the article (a multi-page article that got shorter) stops being linked to it.
        db.execute(
            f"DELETE FROM raw_page_versions WHERE article_id = ? AND article_version = ?"
            f" AND page_no NOT IN ({', '.join('?' for _ in linked)})",
            [article_id, article_version, *linked],
        )
    return added


def save_failed_pages(db: sqlite_utils.Database, raw_pages: Iterable[Mapping[str, Any]]) -> list[int]:
    """Keep the responses of an article URL that could not be archived (no article yet): the
    evidence of what was served, and what `provnews reparse` retries. Returns their row ids."""
    return [_raw_row(db, page, int(page.get("page_no") or position), None, None)[0]
            for position, page in enumerate(raw_pages, start=1)]


def _raw_row(db: sqlite_utils.Database, page: Mapping[str, Any], page_no: int, article_id: int | None,
             article_version: int | None) -> tuple[int, bool]:
    """The `raw_pages` row of one response (url + body), inserted if new: (id, whether new).
    A response first kept for a failure is adopted by the article it later produces."""
    body = page["body"]
    if not isinstance(body, (bytes, bytearray, memoryview)):
        raise TypeError("raw page body must be the bytes as served, not decoded text")
    digest = _store_blob(db, bytes(body))
    row = db.execute("SELECT id, article_id FROM raw_pages WHERE url = ? AND blob_hash = ?",
                     [page["url"], digest]).fetchone()
    if row is not None:
        if row[1] is None and article_id is not None:
            db.execute("UPDATE raw_pages SET article_id = ?, article_version = ? WHERE id = ?",
                       [article_id, article_version, row[0]])
        return row[0], False
    cursor = db.execute(
        "INSERT INTO raw_pages (url, article_id, article_version, page_no, status, headers,"
        " fetched_at, blob_hash, rendered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [page["url"], article_id, article_version, page_no, page.get("status"),
         json.dumps(_headers(page.get("headers")), ensure_ascii=False),
         to_utc(page.get("fetched_at") or utc_now()), digest, int(bool(page.get("rendered")))],
    )
    return inserted_id(cursor), True


def raw_page(db: sqlite_utils.Database, raw_id: int) -> RawPage | None:
    row = db.execute(_SELECT.format(page_no="p.page_no") + " WHERE p.id = ?", [raw_id]).fetchone()
    return _row_to_page(row) if row else None


def latest_raw_page(db: sqlite_utils.Database, url: str) -> RawPage | None:
    """The newest stored response of a URL (the further pages of a failed multi-page article)."""
    row = db.execute(_SELECT.format(page_no="p.page_no") + " WHERE p.url = ? ORDER BY p.fetched_at DESC, p.id DESC"
                     " LIMIT 1", [url]).fetchone()
    return _row_to_page(row) if row else None


def article_of_page(db: sqlite_utils.Database, url: str) -> int | None:
    """The id of the archived article a stored response of this URL belongs to (the newest such
    response: a further page of a multi-page article has a URL of its own), or None."""
    row = db.execute("SELECT a.id FROM raw_pages p JOIN articles a ON a.id = p.article_id WHERE p.url = ?"
                     " ORDER BY p.id DESC LIMIT 1", [url]).fetchone()
    return row[0] if row else None


_SELECT = (
    "SELECT p.id, p.url, p.article_id, p.article_version, {page_no} AS page_no, p.status, p.headers,"
    " p.fetched_at, p.blob_hash, b.codec, b.data, p.rendered FROM raw_pages p JOIN raw_blobs b ON b.hash = p.blob_hash"
)


def _row_to_page(row: tuple) -> RawPage:
    (id_, url, article_id, article_version, page_no, status, headers, fetched_at, blob_hash,
     codec, data, rendered) = row
    return RawPage(id=id_, url=url, article_id=article_id, article_version=article_version,
                   page_no=page_no, status=status, headers=json.loads(headers or "{}"),
                   fetched_at=fetched_at, blob_hash=blob_hash, codec=codec, data=bytes(data),
                   rendered=bool(rendered))


def version_pages(db: sqlite_utils.Database, article_id: int, version: int | None = None) -> list[RawPage]:
    """The responses that produced one version of an article (the current one by default), in
    page order; empty when the article was crawled without raw pages."""
    if version is None:
        row = db.execute("SELECT version FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            return []
        version = row[0]
    # A version made by re-extraction without re-fetching is linked to the same responses as the
    # version before it, so the newest version at or below the one asked for is the right one.
    sql = (_SELECT.format(page_no="v.page_no")
           + " JOIN raw_page_versions v ON v.raw_page_id = p.id"
           " WHERE v.article_id = ? AND v.article_version = ("
           "   SELECT MAX(article_version) FROM raw_page_versions WHERE article_id = ? AND article_version <= ?)"
           " ORDER BY v.page_no")
    return [_row_to_page(r) for r in db.execute(sql, [article_id, article_id, version]).fetchall()]


def iter_raw_pages(db: sqlite_utils.Database, *, since: str | None = None, until: str | None = None,
                   site: str | None = None) -> Iterator[RawPage]:
    """Every stored response (of every version, and of the URLs that failed) in fetch order,
    optionally only those of one site or of the articles published within since..until (the
    archive-wide meaning of those bounds, archive/period.py; a failure has no publication date,
    so it is outside any such range)."""
    where, params = article_filters(None, None, since, until, prefix="a.")
    if site:
        # A failure's page has no article: its site is the failure's.
        where.append("COALESCE(a.site, (SELECT f.site FROM failures f WHERE f.raw_page_id = p.id LIMIT 1)) = ?")
        params.append(site)
    if since or until:
        where.append("a.id IS NOT NULL")
    sql = _SELECT.format(page_no="p.page_no") + " LEFT JOIN articles a ON a.id = p.article_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY p.fetched_at, p.id"
    for row in db.execute(sql, params):
        yield _row_to_page(row)
