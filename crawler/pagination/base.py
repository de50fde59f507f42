"""What every pagination kind produces, and how list entries are read from an HTML fragment.

A pagination kind is pure: (site, fetched URL, decoded text, state) -> `ListPage`. It knows the
markup of a CMS's list pages and nothing of Scrapy, the archive or the incremental rules; the
spider decides whether to follow `ListPage.next`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from parsel import Selector

__all__ = ["ListPageError", "ListEntry", "ListRequest", "ListPage", "read_entries", "parse_list_date"]


class ListPageError(Exception):
    """A list response that is not what its kind expects (the message is one short line)."""


@dataclass(frozen=True)
class ListEntry:
    url: str  # absolute, in the fetch world (as linked from the fetched page)
    title: str | None = None
    date: dt.date | None = None
    # Taken by the list's structure (`structure.structural_entries`) where no link of the page matched
    # the site's article patterns: an article for the spider, and a note in the site's health.
    by_structure: bool = False


@dataclass
class ListRequest:
    """A further list page to fetch; `state` comes back to the kind with its response."""

    url: str
    page_no: int  # the list page number within its column (1 = first page of entries)
    method: str = "GET"
    formdata: dict[str, str] | None = None
    state: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] | None = None
    # The same page asked another way, tried when this request is refused (HTTP 400/404/405/501):
    # a jpage proxy that pages by GET `page=` only answers a POST with 405.
    fallback: ListRequest | None = None


@dataclass
class ListPage:
    entries: list[ListEntry]
    next: ListRequest | None = None
    # A page that only leads to the list (a jpaas shell) rather than holding entries itself.
    shell: bool = False
    # An API page still within the records the column page showed (the API walked from its page 1
    # after a column of another size): its entries are expected to repeat the column's.
    catching_up: bool = False


_DATE = re.compile(r"(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*(?:-|/|\.|月)\s*(\d{1,2})")


def parse_list_date(text: str | None) -> dt.date | None:
    """The first date written like 2026-11-20, 2026/11/20 or 2026年11月20日 in `text`."""
    if not text:
        return None
    match = _DATE.search(text)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


# Links hidden in script handlers (Tianjin's onclick="jumpToDetail('./…')"): the first quoted path.
_SCRIPT_URL = re.compile(r"""['"]((?:https?:)?[^'"\s]*?/?[^'"\s]*\.(?:s?html?|jsp|aspx?)(?:\?[^'"\s]*)?)['"]""")
_LINK_ATTRS = ("href", "onclick", "data-href", "data-url", "url")


def _attr_url(value: str, name: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    if name == "href" and not value.lower().startswith(("javascript:", "#", "mailto:")):
        return value
    match = _SCRIPT_URL.search(value)
    if match:
        return match.group(1)
    if name != "href" and "(" not in value and " " not in value and not value.startswith("#"):
        return value  # data-href="/a/b.html"
    return None


def _entry_url(anchor: Selector, attrs: tuple[str, ...] | list[str] = _LINK_ATTRS) -> str | None:
    """The entry's link: the first attribute (href, onclick, data-href…) that holds one."""
    for name in attrs:
        url = _attr_url(anchor.attrib.get(name, ""), name)
        if url:
            return url
    if anchor.root.tag != "a":  # an entry selector that names the <li>/<div>: its first link
        for inner in anchor.css("a, [onclick]"):
            if inner.root is not anchor.root and (url := _entry_url(inner, attrs)):
                return url
    return None


def _entry_date(anchor: Selector, date_selectors: list[str]) -> dt.date | None:
    # The date sits beside the link in the same entry (li/tr/...), in a span, b, or bare text.
    for container in anchor.xpath("ancestor::*[self::li or self::tr or self::dd or self::div or self::p][1]"):
        for selector in date_selectors:
            for text in container.css(selector).xpath("string()").getall():
                date = parse_list_date(text)
                if date:
                    return date
        return parse_list_date(" ".join(container.xpath(".//text()").getall()))
    return None


def _title(anchor: Selector) -> str | None:
    if anchor.root.tag != "a" and not anchor.attrib.get("title") and anchor.css("a"):
        anchor = anchor.css("a")[0]
    title = (anchor.attrib.get("title") or "").strip()
    if not title:
        title = " ".join(" ".join(anchor.xpath(".//text()").getall()).split())
    return title or None


def read_entries(html: str, page_url: str, site: Any, selectors: list[str] | None = None) -> list[ListEntry]:
    """Entries of a list page or fragment, in page order.

    The site's selectors, then the kind's defaults, are tried in order and the first that
    matches any link wins; when none matches, every link whose path matches the site's article
    patterns is taken. Off-site links are kept here so the spider can count them.
    """
    doc = Selector(text=html or "<html></html>")
    rules = site.lists
    anchors: list[Selector] = []
    for selector in [*rules.items, *(selectors or [])]:
        anchors = list(doc.css(selector))
        if anchors:
            break
    attrs = getattr(rules, "link_attrs", _LINK_ATTRS)
    if not anchors and rules.generic_fallback:
        anchors = [a for a in doc.css("a, [onclick]")
                   if (u := _entry_url(a, attrs)) and site.is_article_url(urljoin(page_url, u))]
    entries: list[ListEntry] = []
    for anchor in anchors:
        href = _entry_url(anchor, attrs)
        if not href:
            continue
        entries.append(ListEntry(urljoin(page_url, href), _title(anchor), _entry_date(anchor, rules.date)))
    return entries
