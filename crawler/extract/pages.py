"""Further pages of a multi-page article: announced by a TRS pager script, or linked by a pager of
plain links to the article's own file name with a page number (China Daily's `content_ID_2.htm`)."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

# createPageHTML(3, 0, "t20261120_88123456", "html"): 3 pages, this is page 0, the first.
_PAGER = re.compile(
    r"createPageHTML\(\s*(?P<count>\d+)\s*,\s*(?P<current>\d+)\s*,\s*[\"'](?P<stem>t\d{8}_\d+)[\"']\s*,\s*"
    r"[\"'](?P<ext>s?html?)[\"']")
# A sanity bound: a pager claiming thousands of pages is broken, not a long article.
MAX_PAGES = 100
_HREF = re.compile(r"""href\s*=\s*["']?([^"'\s>]+)""", re.I)


def further_pages(html: str, url: str) -> list[str]:
    """Absolute URLs of pages 2..N, only when `url` is the first page of the article."""
    match = _PAGER.search(html)
    if not match:
        return linked_pages(html, url)
    if int(match["current"]) != 0:
        return []
    count = min(int(match["count"]), MAX_PAGES)
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    if name and not name.startswith(match["stem"] + "."):
        return []  # this page is itself a later page (…_1.html) or the pager is someone else's
    return [urljoin(url, f"{match['stem']}_{i}.{match['ext']}") for i in range(1, count)]


def linked_pages(html: str, url: str) -> list[str]:
    """Pages linked as `<this file's stem>_<N>.<ext>` in this page's folder, in page order.

    Only links to the article's own name with a number count, so related-news links and
    list pagers never do; a later page (itself `…_N`) names no further pages of its own.
    """
    folder, _, name = urlsplit(url).path.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        return []
    own = re.compile(rf"{re.escape(stem)}_(\d{{1,3}})\.{re.escape(ext)}")
    numbered: dict[int, str] = {}
    mark = f"{stem}_"
    for href in _HREF.findall(html):
        if mark not in href:
            continue  # the joined name comes from the href itself: without the stem it cannot match
        target = urljoin(url, href)
        parts = urlsplit(target)
        page_folder, _, page_name = parts.path.rpartition("/")
        found = own.fullmatch(page_name)
        if found and page_folder == folder:  # any host: a mirror's pages may name the mirror
            numbered.setdefault(int(found[1]), target.split("#", 1)[0])
    return [numbered[n] for n in sorted(numbered)][:MAX_PAGES]

