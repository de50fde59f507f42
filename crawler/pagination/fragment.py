"""AJAX list fragments: HTML pieces of a list fetched page by page (Hebei `blocks?page=N`,
Anhui `/site/label/8888?…&pageIndex=N`, Gansu `/common/search/{id}?…&page=N`).

The start URL is the column page; its entries (if any) are read, and the fragment endpoint is then
asked with the site's request template (`[pagination.api]`, ids read from the column page by
`page_vars`). An answer is HTML, the HTML as one JSON string, or JSON holding the HTML (at
`api.html_field`, else its longest string with markup). Entries are read as on any list page; the walk ends at a fragment without
entries, at a total or page count the answer states, or at a fragment that repeats the previous one.
"""

from __future__ import annotations

from typing import Any

from . import apirequest
from .base import ListPage, ListPageError, read_entries
from .jsonapi import PAGES_FIELDS, TOTAL_FIELDS, _number, field, load

__all__ = ["parse"]


def _longest_markup(data: Any, depth: int = 0) -> str | None:
    if isinstance(data, str):
        return data if "<" in data else None
    values = data.values() if isinstance(data, dict) else data if isinstance(data, list) else []
    found = [s for v in values if depth < 5 and (s := _longest_markup(v, depth + 1))]
    return max(found, key=len) if found else None


def _html(site: Any, text: str) -> tuple[str, Any]:
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[", '"')) and not (
            stripped[:1].isalpha() and "(" in stripped[:80] and "<" not in stripped[:80]):
        return text, None
    try:
        answer = load(text)
    except ListPageError:
        return text, None
    if isinstance(answer, str):  # the HTML sent as one JSON string (Hebei's blocks)
        return answer, None
    path = site.pagination.api.html_field
    html = field(answer, path) if path else _longest_markup(answer)
    return (html if isinstance(html, str) else ""), answer


def parse(site: Any, url: str, text: str, state: dict[str, Any] | None = None) -> ListPage:
    state = state or {}
    if state.get("step") != "api":
        return apirequest.start(site, url, text, read_entries(text, url, site))
    html, answer = _html(site, text)
    entries = read_entries(html, state["list_url"], site)
    if not entries:
        return ListPage([])
    repeated, digest = apirequest.same_as_before(state, [e.url for e in entries])
    if repeated:
        return ListPage([])
    api = site.pagination.api
    total = _number(answer, api.total_field, TOTAL_FIELDS) if answer is not None else None
    pages = _number(answer, api.pages_field, PAGES_FIELDS) if answer is not None else None
    return ListPage(entries, apirequest.following(site, state, len(entries), digest, total, pages),
                    catching_up=apirequest.catching_up(state, len(entries)))
