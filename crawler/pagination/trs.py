"""TRS WCM static lists: `index.html`, `index_1.html`, … with the page count from the pager script.

TRS writes its pager as `createPageHTML(COUNT, CURRENT, "index", "html")` (some templates put an
element id first; others give the same call another name, Hubei's `pageControl(3, 0, "index", "shtml")`); the same call on an article page, with the article's stem as prefix
(`createPageHTML(2, 0, "t20261120_88123456", "html")`), announces a multi-page article whose
further pages are `t20261120_88123456_1.html`, …. The walk itself is the numbered one, with TRS's
numbering (the second page is `_1`) and no guessing unless the site names a template.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

from .base import ListPage
from .numbered import pager_calls, walk

__all__ = ["parse", "pager", "article_page_urls", "DEFAULT_ITEMS"]

# Guizhou's list layouts (2019-, and 2024); others come from the site file or the generic fallback.
DEFAULT_ITEMS = ["div.right-list-box ul li a", ".PageMainBox.aBox a[target=_blank][title]"]

pager = pager_calls


def parse(site: Any, url: str, text: str, state: dict[str, Any] | None = None) -> ListPage:
    return walk(site, url, text, state, defaults=DEFAULT_ITEMS, first_numbered=1,
                guess=site.pagination.page_template is not None)


def article_page_urls(url: str, text: str) -> list[str]:
    """Absolute URLs of an article's further pages (`_1` … `_{N-1}`), empty for a one-page article."""
    stem = urlsplit(url).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for count, _, prefix, ext in pager(text):
        if prefix == stem and count > 1:
            return [urljoin(url, f"{prefix}_{i}.{ext}") for i in range(1, count)]
    return []
