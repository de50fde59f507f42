"""What the spider hands to the pipeline: an extracted article, or a page that could not be one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ArticleItem", "FailureItem", "to_wire", "from_wire"]


@dataclass
class ArticleItem:
    page: dict[str, Any]  # Page.to_dict(), `url` canonical
    fetched_at: str  # UTC, ISO 8601
    # Every page of the article as fetched: {"url", "status", "headers", "body", "fetched_at", "page_no"}
    raw_pages: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class FailureItem:
    url: str  # canonical
    site: str
    reason: str  # one short line
    http_status: int | None = None
    # The responses fetched for this URL, as in ArticleItem.raw_pages (none for a network error)
    raw_pages: list[dict[str, Any]] = field(default_factory=list)


# -- on the wire: items a worker host sends the writer (JSON only; page bodies zstd + base64) --


def _pages_to_wire(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    import base64

    import zstandard

    compressor = zstandard.ZstdCompressor(level=3)
    return [{**page, "body": base64.b64encode(compressor.compress(bytes(page["body"]))).decode("ascii")}
            for page in pages]


def _pages_from_wire(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    import base64

    import zstandard

    decompressor = zstandard.ZstdDecompressor()
    return [{**page, "body": decompressor.decompress(base64.b64decode(page["body"]))} for page in pages]


def to_wire(item: ArticleItem | FailureItem, keep_raw: bool = True) -> dict[str, Any]:
    """The item as JSON-safe data (`from_wire` reverses it); without `keep_raw` no page bodies travel."""
    raw = _pages_to_wire(item.raw_pages) if keep_raw else []
    if isinstance(item, ArticleItem):
        return {"kind": "article", "page": item.page, "fetched_at": item.fetched_at, "raw_pages": raw}
    return {"kind": "failure", "url": item.url, "site": item.site, "reason": item.reason,
            "http_status": item.http_status, "raw_pages": raw}


def from_wire(data: dict[str, Any]) -> ArticleItem | FailureItem:
    raw = _pages_from_wire(data.get("raw_pages") or [])
    if data["kind"] == "article":
        return ArticleItem(data["page"], data["fetched_at"], raw)
    return FailureItem(data["url"], data["site"], data["reason"], data.get("http_status"), raw)
