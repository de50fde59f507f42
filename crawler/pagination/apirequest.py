"""The request side of list APIs and AJAX list fragments: a template filled page by page.

A site's `[pagination.api]` names the endpoint, method, query and form with placeholders; the
column page (fetched first, as the start URL) may carry the values the requests need (a block
id, a site id), read by `page_vars` regular expressions; values it does not show fall back to
`vars`. Beyond those, the page's own list call is read in whatever syntax it is written (a URL
query, assignments, an object literal, JSON: `scriptparams`): a value it gives a placeholder or a
configured parameter wins over the configured one, its page size (the parameter templated
`{perpage}`) replaces `perpage`, and with `send_page_params` every parameter it sends is sent.
When the column page shows another number of entries than an API page holds, the API is walked
from its page 1 (the spider passes over entries it has already scheduled) rather than from
`first_page`, so nothing between the two page sizes is skipped. Both `json_api` and `fragment`
walk an API this way and differ only in reading answers.
"""

from __future__ import annotations

import hashlib
import html
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from . import scriptparams
from .base import ListPage, ListPageError, ListRequest

__all__ = ["start", "following", "same_as_before", "request", "catching_up"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_PAGE_KEYS = {"n", "perpage", "start", "end"}


def _fill(template: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _placeholders(api: Any) -> set[str]:
    return {name for template in (api.url, *api.params.values(), *api.form.values())
            for name in _PLACEHOLDER.findall(template)}


def _page_controlled(template: str) -> bool:
    return bool(set(_PLACEHOLDER.findall(template)) & _PAGE_KEYS)


def _read_page(site: Any, column_text: str) -> dict[str, Any]:
    """What the column page says about its list call: placeholder values, parameters, page size."""
    api = site.pagination.api
    templates = {**api.params, **api.form}
    placeholders = _placeholders(api) - _PAGE_KEYS
    every, sent = scriptparams.call_params(column_text, api.url, placeholders | (set(templates) - _PAGE_KEYS))
    # the templated parameters the page gives whole (those the page number does not fill)
    given = {key: every[key] for key, template in templates.items() if key in every and not _page_controlled(template)}
    values = dict(api.vars)
    for key, value in given.items():
        values.update(scriptparams.template_values(templates[key], value))
    values.update({name: every[name] for name in placeholders if name in every})
    # a URL the script builds by concatenation reads as one literal, the variable left out (the
    # page parameter is filled in from the template)
    column_text = scriptparams.JS_CONCAT.sub("", column_text)
    for name, pattern in api.page_vars.items():
        match = re.search(pattern, column_text)
        if match:
            values[name] = html.unescape(match.group(1) if match.groups() else match.group(0))
    perpage = site.pagination.perpage
    for key, template in templates.items():
        size = every.get(key, "").strip()  # a string of digits is a number ('"pageSize":"2"')
        if "{perpage}" in template and size.isdigit() and int(size) > 0:
            perpage = int(size)
            break
    return {"values": values, "perpage": perpage, "given": given,
            "send": list(sent.items()) if api.send_page_params else []}


def _compose(templates: dict[str, str], values: dict[str, str], state: dict[str, Any]) -> dict[str, str]:
    """A request's parameters: the configured ones (the page's value where it gives one) and, with
    `send_page_params`, every other one the page's call sends, in the page's order."""
    given = state.get("given", {})
    filled = {k: given[k] if k in given and k in templates else _fill(v, values) for k, v in templates.items()}
    out = {k: filled.pop(k, v) for k, v in state.get("send", [])}
    out.update(filled)
    return out


def request(site: Any, state: dict[str, Any], page_no: int) -> ListRequest:
    """The API request for list page `page_no` (the first API page is `state["first"]`)."""
    api = site.pagination.api
    perpage = state.get("perpage", site.pagination.perpage)
    n = state.get("first", api.first_page) + state["api_index"]
    values = {**state["values"], "n": str(n), "perpage": str(perpage),
              "start": str((n - 1) * perpage + 1), "end": str(n * perpage)}
    url = urljoin(state["list_url"], _fill(api.url, values))
    post = api.method == "POST"
    params = _compose(api.params, values, state if not post else {**state, "send": []})
    if params:  # they replace keys of the same name in a query read from the page
        parts = urlsplit(url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
        url = urlunsplit(parts._replace(query=urlencode(query + list(params.items()))))
    form = _compose(api.form, values, state) if post else None
    return ListRequest(url, page_no, method=api.method, formdata=form, state=dict(state, page_no=page_no),
                       headers=dict(api.headers) or None)


def start(site: Any, url: str, text: str, entries: list) -> ListPage:
    """The column page: its own entries (if it shows any) and the first API request."""
    api = site.pagination.api
    page = _read_page(site, text)
    missing = sorted(_placeholders(api) - set(page["values"]) - _PAGE_KEYS)
    if missing:
        if entries:
            return ListPage(entries)
        raise ListPageError(f"the column page shows no value for {', '.join(missing)} (set [pagination.api.vars])")
    # `first_page` > 1 says the column page is the API's first page; where the column shows another
    # number of entries than an API page holds, it is not, and the API is walked from its page 1.
    first = api.first_page
    if first > 1 and not (entries and len(entries) == page["perpage"]):
        first = 1
    # Where the API starts at its page 1, its first records are the column's own, seen again.
    overlap = len(entries) if first <= 1 else 0
    state = {"step": "api", "list_url": url, **page, "first": first, "api_index": 0, "seen": 0, "last": None,
             "overlap": overlap}
    return ListPage(entries, request(site, state, page_no=2 if entries else 1), shell=not entries)


def catching_up(state: dict[str, Any], count: int) -> bool:
    """Whether an API page of `count` records still lies within those the column page showed."""
    return state["seen"] + count <= state.get("overlap", 0)


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
    if pages is not None and state.get("first", site.pagination.api.first_page) + index > pages:
        return None
    if state["page_no"] >= site.pagination.max_list_pages:
        return None
    return request(site, dict(state, seen=seen, api_index=index, last=digest), page_no=state["page_no"] + 1)
