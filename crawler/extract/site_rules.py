"""Read a site's extraction rules without depending on how SiteConfig stores them.

Only `site.name`, `site.lang` and `site.extract.{title,date,source,author,body,drop,title_suffixes}` are
used; a missing attribute (or no site at all) means no rule.
"""

from __future__ import annotations

import re
from typing import Any

from bs4 import Tag
from soupsieve import SelectorSyntaxError

RULE_FIELDS = ("title", "date", "source", "author", "body", "drop", "title_suffixes")


def rules(site: Any) -> dict[str, list[str]]:
    extract = getattr(site, "extract", None) if site is not None else None
    found: dict[str, list[str]] = {}
    for name in RULE_FIELDS:
        value = extract.get(name) if isinstance(extract, dict) else getattr(extract, name, None)
        if isinstance(value, str):
            value = [value]
        found[name] = [v for v in (value or []) if isinstance(v, str) and v]
    return found


def site_name(site: Any) -> str | None:
    name = getattr(site, "name", None) if site is not None else None
    return name if isinstance(name, str) else None


def site_lang(site: Any) -> str | None:
    lang = getattr(site, "lang", None) if site is not None else None
    return lang if lang in ("zh", "en") else None


# `meta[name=X]`, the most common site rule, answered without walking the tree.
_META_SELECTOR = re.compile(r"""^meta\[(name|property)\s*=\s*["']?([^\]"'\s]+)["']?(\s+i)?\]$""")


def _meta_lookup(root: Tag, selector: str) -> list[Tag] | None:
    match = _META_SELECTOR.match(selector.strip())
    index = getattr(root, "provnews_metas", None)
    if not match or index is None:
        return None
    attr, name, insensitive = match.groups()
    return [el for el in index if isinstance(el.get(attr), str) and (
        el[attr].strip().lower() == name.lower() if insensitive else el[attr].strip() == name)]


def index_metas(soup: Tag) -> None:
    """Remember the document's <meta> elements so meta selectors need no tree walk."""
    soup.provnews_metas = soup.find_all("meta")  # type: ignore[attr-defined]


def select_all(root: Tag, selectors: list[str]) -> list[Tag]:
    """Elements matching the selectors, selector order first; a bad selector matches nothing."""
    found: list[Tag] = []
    for selector in selectors:
        quick = _meta_lookup(root, selector)
        if quick is not None:
            found += [el for el in quick if el not in found]
            continue
        try:
            found += [el for el in root.select(selector) if el not in found]
        except (SelectorSyntaxError, ValueError, NotImplementedError):
            continue
    return found


def value_of(el: Tag) -> str:
    """The text a selector points at: a <meta>'s content, otherwise the element's text."""
    if el.name == "meta":
        content = el.get("content")
        return content if isinstance(content, str) else ""
    return el.get_text(" ")
