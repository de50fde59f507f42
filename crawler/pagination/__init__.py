"""List pagination, one module per kind; `parse_list` picks the site's kind.

Every kind is pure: (site, fetched URL, decoded text, state) -> `ListPage(entries, next)`.
"""

from __future__ import annotations

from typing import Any

from . import fragment, hanweb, jsonapi, numbered, rss, trs
from .base import ListEntry, ListPage, ListPageError, ListRequest, parse_list_date, read_entries

__all__ = ["ListEntry", "ListPage", "ListRequest", "ListPageError", "parse_list", "parse_list_date",
           "read_entries", "KINDS"]

KINDS = {"hanweb": hanweb.parse, "trs_index": trs.parse, "numbered": numbered.parse, "json_api": jsonapi.parse,
         "fragment": fragment.parse, "rss": rss.parse}


def parse_list(site: Any, url: str, text: str, state: dict[str, Any] | None = None) -> ListPage:
    """Entries of one list response and the next list request, if any."""
    return KINDS[site.pagination.kind](site, url, text, state)
