"""The request side of list APIs and AJAX list fragments: a template filled page by page.

A site's `[pagination.api]` names the endpoint, method, query and form with placeholders; the
column page (fetched first, as the start URL) may carry the values the requests need (a block
id, a site id), read by `page_vars` regular expressions; values it does not show fall back to
`vars`. Both `json_api` and `fragment` walk an API this way and differ only in reading answers.
"""

from __future__ import annotations

import hashlib
import html
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from .base import ListPage, ListPageError, ListRequest

__all__ = ["start", "following", "same_as_before", "request"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_PAGE_KEYS = {"n", "perpage", "start", "end"}


def _fill(template: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


# A URL a script builds by concatenation (`"…&pageIndex=" + pageIndex + "&catId=…"`) reads as one
# literal with the variable left out; the page parameter is filled in from the template.
_JS_CONCAT = re.compile(r"""['"]\s*\+\s*[\w$.]+(?:\([^()]*\))?\s*\+\s*['"]""")


def _values(site: Any, column_text: str) -> dict[str, str]:
    api = site.pagination.api
    column_text = _JS_CONCAT.sub("", column_text)
    values = dict(api.vars)
    for name, pattern in api.page_vars.items():
        match = re.search(pattern, column_text)
        if match:
            values[name] = html.unescape(match.group(1) if match.groups() else match.group(0))
    return values


def request(site: Any, state: dict[str, Any], page_no: int) -> ListRequest:
    """The API request for list page `page_no` (the first API page is `api.first_page`)."""
    api = site.pagination.api
    perpage = site.pagination.perpage
    n = api.first_page + state["api_index"]
    values = {**state["values"], "n": str(n), "perpage": str(perpage),
              "start": str((n - 1) * perpage + 1), "end": str(n * perpage)}
    url = urljoin(state["list_url"], _fill(api.url, values))
    params = {k: _fill(v, values) for k, v in api.params.items()}
    if params:  # they replace keys of the same name in a query read from the page
        parts = urlsplit(url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
        url = urlunsplit(parts._replace(query=urlencode(query + list(params.items()))))
    form = {k: _fill(v, values) for k, v in api.form.items()} if api.method == "POST" else None
    return ListRequest(url, page_no, method=api.method, formdata=form, state=dict(state, page_no=page_no),
                       headers=dict(api.headers) or None)


def start(site: Any, url: str, text: str, entries: list) -> ListPage:
    """The column page: its own entries (if it shows any) and the first API request."""
    api = site.pagination.api
    values = _values(site, text)
    missing = sorted({name for template in (api.url, *api.params.values(), *api.form.values())
                      for name in _PLACEHOLDER.findall(template)} - set(values) - _PAGE_KEYS)
    if missing:
        if entries:
            return ListPage(entries)
        raise ListPageError(f"the column page shows no value for {', '.join(missing)} (set [pagination.api.vars])")
    state = {"step": "api", "list_url": url, "values": values, "api_index": 0, "seen": 0, "last": None}
    return ListPage(entries, request(site, state, page_no=2 if entries else 1), shell=not entries)


def same_as_before(state: dict[str, Any], urls: list[str]) -> tuple[bool, str]:
    """Whether this answer repeats the previous one (servers that answer page 1 past the end)."""
    digest = hashlib.sha1("\n".join(urls).encode()).hexdigest()
    return digest == state.get("last"), digest


def following(site: Any, state: dict[str, Any], count: int, digest: str, total: int | None,
              pages: int | None) -> ListRequest | None:
    """The next API request, or None where the answer says the list has ended."""
    seen = state["seen"] + count
    index = state["api_index"] + 1
    if total is not None and seen >= total:
        return None
    if pages is not None and site.pagination.api.first_page + index > pages:
        return None
    if state["page_no"] >= site.pagination.max_list_pages:
        return None
    return request(site, dict(state, seen=seen, api_index=index, last=digest), page_no=state["page_no"] + 1)
