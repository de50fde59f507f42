"""TRS WCM static lists: `index.html`, `index_1.html`, … with the page count from the pager script.

TRS writes its pager as `createPageHTML(COUNT, CURRENT, "index", "html")` (some templates put an
element id first); the same call on an article page, with the article's stem as prefix
(`createPageHTML(2, 0, "t20261120_88123456", "html")`), announces a multi-page article whose
further pages are `t20261120_88123456_1.html`, ….
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from .base import ListPage, ListRequest, read_entries

__all__ = ["parse", "pager", "article_page_urls", "DEFAULT_ITEMS"]

# Guizhou's list layouts (2019-, and 2024); others come from the site file or the generic fallback.
DEFAULT_ITEMS = ["div.right-list-box ul li a", ".PageMainBox.aBox a[target=_blank][title]"]

_CALL = re.compile(r"createPageHTML\s*\(([^)]*)\)", re.I)
_INT = re.compile(r"^\s*['\"]?(\d+)['\"]?\s*$")
_STR = re.compile(r"^\s*['\"]([^'\"]*)['\"]\s*$")
_NAME = re.compile(r"^\s*([A-Za-z_$][\w$]*)\s*$")
# Many TRS templates name the arguments first: `var countPage = 24; … createPageHTML(countPage, currentPage, …)`.
_VAR = re.compile(r"\b(?:var\s+|let\s+|const\s+)?([A-Za-z_$][\w$]*)\s*=\s*(['\"]?\d+['\"]?|['\"][^'\"]*['\"])\s*[;,\n]")


def _resolve(args: list[str], text: str) -> list[str]:
    """Arguments with variable names replaced by the literal the page assigns to them."""
    if not any(_NAME.match(a) for a in args):
        return args
    assigned = {name: value for name, value in _VAR.findall(text)}
    return [assigned.get(m.group(1), a) if (m := _NAME.match(a)) else a for a in args]


def pager(text: str) -> list[tuple[int, int, str, str]]:
    """Every pager call on the page as (count, current, prefix, extension)."""
    calls = []
    for match in _CALL.finditer(text):
        args = _resolve(match.group(1).split(","), text)
        numbers = [int(m.group(1)) for a in args if (m := _INT.match(a))]
        strings = [m.group(1) for a in args if not _INT.match(a) and (m := _STR.match(a))]
        if len(numbers) >= 2 and len(strings) >= 2:
            calls.append((numbers[0], numbers[1], strings[-2], strings[-1]))
    return calls


def parse(site: Any, url: str, text: str, state: dict[str, Any] | None = None) -> ListPage:
    state = state or {}
    entries = read_entries(text, url, site, DEFAULT_ITEMS)
    index = state.get("index", 0)
    list_pager = next(((c, p, e) for c, _, p, e in pager(text) if not re.match(r"t\d{8}_", p)), None)
    if list_pager is None:
        return ListPage(entries)
    count, prefix, ext = list_pager
    following = index + 1
    if following >= min(count, site.pagination.max_list_pages):
        return ListPage(entries)
    template = site.pagination.page_template or f"{prefix}_{{n}}.{ext}"
    next_url = urljoin(url, template.format(n=following))
    return ListPage(entries, ListRequest(next_url, following + 1, state={"index": following}))


def article_page_urls(url: str, text: str) -> list[str]:
    """Absolute URLs of an article's further pages (`_1` … `_{N-1}`), empty for a one-page article."""
    stem = urlsplit(url).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for count, _, prefix, ext in pager(text):
        if prefix == stem and count > 1:
            return [urljoin(url, f"{prefix}_{i}.{ext}") for i in range(1, count)]
    return []
