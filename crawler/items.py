"""What the spider hands to the pipeline: an extracted article, or a page that could not be one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ArticleItem", "FailureItem"]


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
