"""JSON list APIs: Fujian's `fjdzapp/search` (POST), TRS IGS `/igs/front/search/list.html`, Guangdong's.

The start URL is the column page (its entries, if it shows any, are read as HTML); the API is
then asked page by page with the site's request template. Each answer's records are found at
`api.items` (a dotted path such as `page.content`; unset: the first list of objects in the
answer) and each record's link, title and date at `url_field`, `title_field`, `date_field`
(unset: the usual names: url/docpuburl/DOCPUBURL/link…). A date may be text or a Unix time in
seconds or milliseconds. A column page with a TRS page-count script is walked as static pages
instead (Fujian and Tianjin publish both). The walk ends at an answer without records, at `total_field` records or
`pages_field` pages, or at an answer that repeats the previous one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any
from urllib.parse import urljoin

from . import apirequest
from .base import ListEntry, ListPage, ListPageError, parse_list_date, read_entries
from .numbered import page_count, walk

__all__ = ["parse", "records", "field",
           "URL_FIELDS", "TITLE_FIELDS", "DATE_FIELDS", "TOTAL_FIELDS", "PAGES_FIELDS", "load"]

URL_FIELDS = ("url", "docpuburl", "DOCPUBURL", "docPubUrl", "link", "href", "puburl", "pubUrl", "URL",
              "docUrl", "articleUrl", "detailUrl")
TITLE_FIELDS = ("title", "doctitle", "DOCTITLE", "docTitle", "name", "articleTitle", "TITLE")
DATE_FIELDS = ("date", "docreltime", "DOCRELTIME", "docRelTime", "pubDate", "publishTime", "publishDate",
               "pubtime", "PUBDATE", "time", "releaseTime", "docpubtime", "DOCPUBTIME", "created_at")
TOTAL_FIELDS = ("total", "totalCount", "totalRecord", "totalElements", "count", "recordCount")
PAGES_FIELDS = ("totalPages", "pageCount", "totalPage", "pages")
_CHINA = dt.timezone(dt.timedelta(hours=8))
# A JSONP answer (`cb({...});`) holds the same JSON.
_JSONP = re.compile(r"^\s*[\w$.]+\s*\((.*)\)\s*;?\s*$", re.S)


def load(text: str) -> Any:
    jsonp = _JSONP.match(text)
    try:
        return json.loads(jsonp.group(1) if jsonp else text)
    except ValueError:
        raise ListPageError("API answer is not JSON") from None


def field(data: Any, path: str | None, names: tuple[str, ...] = ()) -> Any:
    """The value at a dotted path (`page.content`, `data.0.url`), or under the first of `names`."""
    if path:
        for part in path.split("."):
            if isinstance(data, list) and part.isdigit() and int(part) < len(data):
                data = data[int(part)]
            elif isinstance(data, dict) and part in data:
                data = data[part]
            else:
                return None
        return data
    if isinstance(data, dict):
        for name in names:
            if data.get(name) not in (None, ""):
                return data[name]
    return None


def _first_record_list(data: Any, depth: int = 0) -> list[dict] | None:
    if isinstance(data, list) and data and all(isinstance(x, dict) for x in data):
        return data
    if isinstance(data, dict) and depth < 4:
        for value in data.values():
            found = _first_record_list(value, depth + 1)
            if found is not None:
                return found
    return None


def records(answer: Any, path: str | None) -> list[dict]:
    found = field(answer, path) if path else _first_record_list(answer)
    return [r for r in found if isinstance(r, dict)] if isinstance(found, list) else []


def _date(value: Any) -> dt.date | None:
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit() and len(value) >= 10):
        seconds = float(value)
        if seconds > 1e11:  # milliseconds
            seconds /= 1000
        try:
            return dt.datetime.fromtimestamp(seconds, _CHINA).date()
        except (OverflowError, OSError, ValueError):
            return None
    return parse_list_date(str(value)) if value else None


def _number(answer: Any, path: str | None, names: tuple[str, ...]) -> int | None:
    candidates = [field(answer, path)] if path else [
        field(where, None, names) for where in (answer, *(v for v in answer.values() if isinstance(v, dict)))
    ] if isinstance(answer, dict) else []
    for value in candidates:
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            return int(value)
    return None


def parse(site: Any, url: str, text: str, state: dict[str, Any] | None = None) -> ListPage:
    state = state or {}
    api = site.pagination.api
    if state.get("step") == "static" or (not state.get("step") and page_count(text)[1] is not None):
        # A TRS column that also has static pages (`index_N.htm` and its count script): walk those.
        # A bare count (`pageCount: 9` among the API call's options) names no static pages.
        page = walk(site, url, text, state, defaults=[], first_numbered=1, guess=False)
        if page.next is not None:
            page.next.state["step"] = "static"
        return page
    if state.get("step") != "api":
        return apirequest.start(site, url, text, read_entries(text, url, site))
    answer = load(text)
    entries = []
    for record in records(answer, api.items):
        link = field(record, api.url_field, URL_FIELDS)
        if not isinstance(link, str) or not link.strip():
            continue
        title = field(record, api.title_field, TITLE_FIELDS)
        title = re.sub(r"<[^>]+>", "", title).strip() if isinstance(title, str) else None
        entries.append(ListEntry(urljoin(state["list_url"], link.strip()), title or None,
                                 _date(field(record, api.date_field, DATE_FIELDS))))
    if not entries:
        return ListPage([])
    repeated, digest = apirequest.same_as_before(state, [e.url for e in entries])
    if repeated:
        return ListPage([])
    total = _number(answer, api.total_field, TOTAL_FIELDS)
    pages = _number(answer, api.pages_field, PAGES_FIELDS)
    return ListPage(entries, apirequest.following(site, state, len(entries), digest, total, pages),
                    catching_up=apirequest.catching_up(state, len(entries)))
