"""RSS 2.0 and Atom feeds as a list (en.hubei.gov.cn `/rss/news.xml`): one page, no paging.

Each `<item>` gives its `<link>` (or `<guid isPermaLink>`), `<title>` and `<pubDate>`/`<dc:date>`;
an Atom `<entry>` its `<link href>`, `<title>` and `<published>`/`<updated>`. A feed that is not
XML (an HTML error page served with 200) is a list-page failure, not an empty list.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from .base import ListEntry, ListPage, ListPageError, parse_list_date

__all__ = ["parse"]

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def _local(tag: Any) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(el: etree._Element, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return email.utils.parsedate_to_datetime(text).date()  # RFC 822: "Fri, 20 Nov 2026 10:00:00 +0800"
    except (TypeError, ValueError, IndexError):
        return parse_list_date(text)


def parse(site: Any, url: str, text: str, state: dict[str, Any] | None = None) -> ListPage:
    try:
        root = etree.fromstring(_XML_DECL.sub("", text).strip().encode("utf-8"), _PARSER)
    except etree.XMLSyntaxError:
        root = None
    if root is None or _local(root.tag) not in ("rss", "feed", "rdf"):
        raise ListPageError("not an RSS or Atom feed")
    entries = []
    for item in root.iter():
        kind = _local(item.tag)
        if kind == "item":
            link = _child_text(item, "link") or _child_text(item, "guid")
            when = _child_text(item, "pubdate", "date", "published")
        elif kind == "entry":
            link = next((c.get("href") for c in item if _local(c.tag) == "link"
                         and c.get("rel", "alternate") == "alternate" and c.get("href")), None)
            when = _child_text(item, "published", "updated")
        else:
            continue
        if link:
            entries.append(ListEntry(urljoin(url, link.strip()), _child_text(item, "title"), _date(when)))
    return ListPage(entries)
