"""Article extraction: raw page bytes -> `Page` (title, date, paragraphs, ...).

One function serves the crawl, `provnews parse` and `bench/extraction.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from crawler.extract.model import LEVELS, ExtractionError, Page, Paragraph, rule_level

__all__ = ["LEVELS", "ExtractionError", "Page", "Paragraph", "extract_page", "merge_pages", "rule_level"]


def extract_page(body: bytes, url: str, headers: Mapping[str, str] | None = None, site: Any = None) -> Page:
    """Extract one article page; raises ExtractionError(reason) for anything that is not one."""
    from crawler.extract.pipeline import run

    return run(body, url, headers, site)


def merge_pages(pages: list[Page]) -> Page:
    """Join the pages of a multi-page article: paragraphs in order, metadata from the first page."""
    if not pages:
        raise ExtractionError("no pages to merge")
    first = pages[0]
    return replace(
        first,
        paragraphs=[p for page in pages for p in page.paragraphs],
        images=[i for page in pages for i in page.images],
        attachments=[a for page in pages for a in page.attachments],
        page_urls=[],
        lossy=any(page.lossy for page in pages),
        attachment_only=all(page.attachment_only for page in pages),
    )
