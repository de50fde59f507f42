"""Hanweb JCMS column lists, in both of the CMS's generations.

* jpage (older): the column page embeds its first records as CDATA in
  `<script type="text/xml"><datastore>…</datastore></script>`; further records come from
  `POST {proxy}?startrecord=S&endrecord=E&perpage=P` with the column's form fields, answering the
  same XML; a proxy that refuses the POST is asked by `GET {proxy}?page=N&…` (its <nextgroup> form).
* jpaas (2025-): the column page is a shell with a loader `<script url=… querydata="{…}">`; pages
  come from `GET {url}?{querydata}&paramJson={"pageNo":N,"pageSize":M}` answering JSON whose
  `data.html` holds the `<li>` entries.

The column page says which one it is, and its own parameters (web id, column id, unit id, proxy
path, page size, total) win over the configuration, which is only a hint: Hanweb sites differ in
proxy paths and some encrypt the ids in the page.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from parsel import Selector

from . import numbered
from .base import ListPage, ListPageError, ListRequest, read_entries

__all__ = ["parse", "DEFAULT_ITEMS"]

# Record containers seen in jpage/jpaas fragments; the generic article-link fallback follows.
DEFAULT_ITEMS = ["li a"]

_DATASTORE = re.compile(r"<datastore\b.*?(?:</datastore>|$)", re.S | re.I)
_RECORD_CDATA = re.compile(r"<record\b[^>]*>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
_RECORD_PLAIN = re.compile(r"<record\b[^>]*>(.*?)</record>", re.S | re.I)
_NEXTGROUP = re.compile(r"<nextgroup\b[^>]*>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</nextgroup>", re.S | re.I)
_TOTAL = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>|\btotalRecord\b['\"]?\s*[:=]\s*['\"]?(\d+)", re.I)
_PERPAGE = re.compile(r"\bperPage\b['\"]?\s*[:=]\s*['\"]?(\d+)", re.I)
_PROXY = re.compile(r"['\"]([^'\"]*/dataproxy\.jsp)", re.I)
_FORM_KEYS = ("col", "appid", "webid", "path", "columnid", "unitid", "sourceContentType", "webname",
              "permissiontype")
_PARAM = re.compile(
    r"\b(" + "|".join(_FORM_KEYS) + r")\b['\"]?\s*[:=]\s*['\"]?([^'\"&,;}\s<>]*)", re.I)
_JPAAS_TOTAL = re.compile(r"\b(?:totalCount|totalRecord|total|count)\b['\"]?\s*[:=]\s*['\"]?(\d+)", re.I)


def parse(site: Any, url: str, text: str, state: dict[str, Any] | None = None) -> ListPage:
    state = state or {}
    step = state.get("step")
    if step == "jpage":
        return _parse_dataproxy(site, text, state)
    if step == "jpaas":
        return _parse_jpaas(site, text, state)
    return _parse_column(site, url, text, state)


# -- the column page -----------------------------------------------------------------------

def _parse_column(site: Any, url: str, text: str, state: dict[str, Any]) -> ListPage:
    if _DATASTORE.search(text):
        return _parse_jpage_column(site, url, text)
    loader = Selector(text=text).css("script[querydata]")
    if loader:
        return _jpaas_shell(site, url, loader[0])
    # Neither generation: a static list (some Hanweb columns render <li> lists directly), paged
    # by `?uid=…&pageNum=N` or its pager's next link.
    return numbered.walk(site, url, text, state, defaults=DEFAULT_ITEMS, first_numbered=2,
                         guess=site.pagination.page_template is not None)


def _records(xml: str) -> str:
    """The records' HTML joined; tolerant of junk such as a stray `<li style=<br/>` in a CDATA."""
    found = _RECORD_CDATA.findall(xml) or _RECORD_PLAIN.findall(xml)
    return "\n".join(found)


def _total(text: str) -> int | None:
    match = _TOTAL.search(text)
    return int(match.group(1) or match.group(2)) if match else None


def _page_params(text: str) -> dict[str, str]:
    """Form parameters the page itself states: the nextgroup link's query, then its scripts."""
    params: dict[str, str] = {}
    nextgroup = _NEXTGROUP.search(text)
    if nextgroup:
        href = Selector(text=nextgroup.group(1)).css("a::attr(href)").get()
        if href:
            params.update({k: v for k, v in parse_qsl(urlsplit(href).query, keep_blank_values=True)
                           if k in _FORM_KEYS})
    for key, value in _PARAM.findall(text):
        canonical = next(k for k in _FORM_KEYS if k.lower() == key.lower())
        if value and canonical not in params:
            params[canonical] = value
    return params


def _parse_jpage_column(site: Any, url: str, text: str) -> ListPage:
    hint = site.pagination
    page = _page_params(text)
    form = {
        "col": "1", "appid": "1", "webid": hint.webid or "", "path": "/", "columnid": hint.columnid or "",
        "unitid": hint.unitid or "", "sourceContentType": "3", "webname": hint.webname or "",
        "permissiontype": "0",
    }
    form.update(hint.form)
    form.update(page)
    proxy_match = _PROXY.search(text)  # the nextgroup link or the jpage script names the proxy
    proxy = proxy_match.group(1) if proxy_match else hint.proxy_path
    perpage_match = _PERPAGE.search(text)
    perpage = int(perpage_match.group(1)) if perpage_match else hint.perpage
    datastore = _DATASTORE.search(text)
    assert datastore is not None  # _parse_column sends only a page with a <datastore> here
    records = _records(datastore.group(0))
    entries = read_entries(records, url, site, DEFAULT_ITEMS)
    state = {"step": "jpage", "list_url": url, "proxy": urljoin(url, proxy), "form": form,
             "perpage": perpage, "total": _total(text), "seen": len(entries), "method": hint.jpage_method}
    return ListPage(entries, _next_jpage(state, page_no=2))


def _next_jpage(state: dict[str, Any], page_no: int) -> ListRequest | None:
    start = state["seen"] + 1
    if state["total"] is not None and start > state["total"]:
        return None
    end = start + state["perpage"] - 1
    # GET `dataproxy.jsp?page=N&…` with the form as query, as the page's <nextgroup> link writes it
    query = urlencode({"page": page_no, **state["form"]})
    by_page = ListRequest(f"{state['proxy']}?{query}", page_no, state=dict(state, page_no=page_no, method="GET"))
    if state.get("method") == "GET":
        return by_page
    query = urlencode({"startrecord": start, "endrecord": end, "perpage": state["perpage"]})
    return ListRequest(f"{state['proxy']}?{query}", page_no, method="POST", formdata=dict(state["form"]),
                       state=dict(state, page_no=page_no), fallback=by_page)


def _parse_dataproxy(site: Any, text: str, state: dict[str, Any]) -> ListPage:
    if not _DATASTORE.search(text):
        raise ListPageError("dataproxy answer holds no <datastore>")
    entries = read_entries(_records(text), state["list_url"], site, DEFAULT_ITEMS)
    if not entries:
        return ListPage([])
    total = _total(text)
    following = dict(state, seen=state["seen"] + len(entries), total=total if total is not None else state["total"])
    return ListPage(entries, _next_jpage(following, page_no=state["page_no"] + 1))


# -- jpaas -------------------------------------------------------------------------------------

def _querydata(raw: str) -> dict[str, str]:
    try:
        data = json.loads(raw.replace("'", '"'))
    except ValueError:
        data = dict(re.findall(r"""['"]?(\w+)['"]?\s*:\s*['"]([^'"]*)['"]""", raw))
    return {str(k): "" if v is None else str(v) for k, v in data.items()}


def _jpaas_shell(site: Any, url: str, loader: Selector) -> ListPage:
    hint = site.pagination
    query = _querydata(loader.attrib.get("querydata", "{}"))
    query.setdefault("parseType", "bulidstatic")
    if hint.webid:
        query.setdefault("webId", hint.webid)
    if hint.columnid:
        query.setdefault("pageId", hint.columnid)
    endpoint = urljoin(url, loader.attrib.get("url") or hint.jpaas_path)
    state = {"step": "jpaas", "list_url": url, "endpoint": endpoint, "query": query,
             "page_size": hint.perpage, "seen": 0, "total": None}
    return ListPage([], _next_jpaas(state, page_no=1), shell=True)


def _next_jpaas(state: dict[str, Any], page_no: int) -> ListRequest | None:
    if state["total"] is not None and state["seen"] >= state["total"]:
        return None
    param_json = json.dumps({"pageNo": page_no, "pageSize": state["page_size"]}, separators=(",", ":"))
    url = f"{state['endpoint']}?{urlencode({**state['query'], 'paramJson': param_json})}"
    return ListRequest(url, page_no, state=dict(state, page_no=page_no))


# A JSONP answer (`jQuery1234_5678({...});`) holds the same JSON.
_JSONP = re.compile(r"^\s*[\w$.]+\s*\((.*)\)\s*;?\s*$", re.S)


def _parse_jpaas(site: Any, text: str, state: dict[str, Any]) -> ListPage:
    jsonp = _JSONP.match(text)
    try:
        answer = json.loads(jsonp.group(1) if jsonp else text)
        data = answer.get("data") or {}
        html = data.get("html") if isinstance(data, dict) else None
    except (ValueError, AttributeError):
        raise ListPageError("jpaas answer is not the expected JSON") from None
    if answer.get("success") is False or not isinstance(html, str):
        if state.get("page_no", 1) > 1 and state.get("seen"):
            return ListPage([])  # past the last page some servers answer an error or no html
        raise ListPageError(f"jpaas answer without data.html ({str(answer.get('message') or '')[:60]})")
    entries = read_entries(html, state["list_url"], site, DEFAULT_ITEMS)
    if not entries:
        return ListPage([])
    total = next((int(where[k]) for where in (data, answer) for k in ("total", "totalCount", "totalRecord", "count")
                  if str(where.get(k, "")).isdigit()), None)
    if total is None:
        match = _JPAAS_TOTAL.search(html)
        total = int(match.group(1)) if match else state["total"]
    following = dict(state, seen=state["seen"] + len(entries), total=total)
    return ListPage(entries, _next_jpaas(following, page_no=state["page_no"] + 1))
