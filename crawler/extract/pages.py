"""Further pages of a multi-page TRS article, announced by its pager script."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

# createPageHTML(3, 0, "t20261120_88123456", "html"): 3 pages, this is page 0, the first.
_PAGER = re.compile(
    r"createPageHTML\(\s*(?P<count>\d+)\s*,\s*(?P<current>\d+)\s*,\s*[\"'](?P<stem>t\d{8}_\d+)[\"']\s*,\s*"
    r"[\"'](?P<ext>s?html?)[\"']")
# A sanity bound: a pager claiming thousands of pages is broken, not a long article.
MAX_PAGES = 100


def further_pages(html: str, url: str) -> list[str]:
    """Absolute URLs of pages 2..N, only when `url` is the first page of the article."""
    match = _PAGER.search(html)
    if not match or int(match["current"]) != 0:
        return []
    count = min(int(match["count"]), MAX_PAGES)
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    if name and not name.startswith(match["stem"] + "."):
        return []  # this page is itself a later page (…_1.html) or the pager is someone else's
    return [urljoin(url, f"{match['stem']}_{i}.{match['ext']}") for i in range(1, count)]
