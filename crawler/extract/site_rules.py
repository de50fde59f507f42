"""Read a site's extraction rules without depending on how SiteConfig stores them.

Only `site.name`, `site.lang` and `site.extract.{title,date,source,author,body,drop,title_suffixes}` are
used; a missing attribute (or no site at all) means no rule.
"""

from __future__ import annotations

import re
from typing import Any

import soupsieve
from bs4 import Tag
from cssselect import ExpressionError, HTMLTranslator, SelectorError
from lxml import etree
from soupsieve import SelectorSyntaxError

from crawler.extract.tree import Document, get_text

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


class _Translator(HTMLTranslator):
    """CSS -> XPath as cssselect does it, plus soupsieve's `:-soup-contains("text", ...)`."""

    def xpath__soup_contains_function(self, xpath, function):  # the name cssselect looks up
        values = [t.value for t in function.arguments if t.type in ("STRING", "IDENT")]
        if not values:
            raise ExpressionError(":-soup-contains() needs a string")
        return xpath.add_condition(" or ".join(f"contains(., {self.xpath_literal(v)})" for v in values))


_TRANSLATOR = _Translator()
# selector -> compiled XPath; "soup" where only soupsieve understands it; None where nothing does.
_COMPILED: dict[str, etree.XPath | str | None] = {}


def _compiled(selector: str) -> etree.XPath | str | None:
    if selector not in _COMPILED:
        try:
            _COMPILED[selector] = etree.XPath(_TRANSLATOR.css_to_xpath(selector), smart_strings=False)
        except (SelectorError, etree.XPathError, ValueError, NotImplementedError):
            try:
                soupsieve.compile(selector)
                _COMPILED[selector] = "soup"
            except (SelectorSyntaxError, ValueError, NotImplementedError, TypeError):
                _COMPILED[selector] = None
    return _COMPILED[selector]


def needs_soup(selectors: list[str]) -> bool:
    """Whether any of the selectors can only be answered by soupsieve on the full soup."""
    return any(_compiled(s) == "soup" for s in selectors if _META_SELECTOR.match(s.strip()) is None)


def _meta_lookup(doc: Document, selector: str) -> list[etree._Element] | None:
    match = _META_SELECTOR.match(selector.strip())
    if not match:
        return None
    attr, name, insensitive = match.groups()
    return [el for el in doc.metas if isinstance(el.get(attr), str) and (
        el.get(attr).strip().lower() == name.lower() if insensitive else el.get(attr).strip() == name)]


def _soup_select(doc: Document, selector: str) -> list[etree._Element]:
    paired = doc.paired_soup()
    if paired is None:
        return []  # the trees no longer pair up: the rule matches nothing rather than the wrong thing
    tags, els = paired
    position = {id(t): i for i, t in enumerate(tags)}
    soup = tags[0]
    while soup.parent is not None:
        soup = soup.parent
    matched = [els[position[id(t)]] for t in soup.select(selector) if id(t) in position]
    # The full soup still holds what the `drop` rules took out of the lxml tree: not a match.
    return [el for el in matched if el is doc.root or any(a is doc.root for a in el.iterancestors())]


def select_all(doc: Document, selectors: list[str], within: etree._Element | None = None) -> list[etree._Element]:
    """Elements matching the selectors, selector order first; a bad selector matches nothing.

    Selectors run against the whole page (so `#main .share` sees ancestors outside `within`);
    with `within`, only its descendants are kept, as soupsieve's `Tag.select` does.
    """
    found: list[etree._Element] = []
    for selector in selectors:
        matched = _meta_lookup(doc, selector)
        if matched is None:
            compiled = _compiled(selector)
            if compiled is None:
                continue
            matched = _soup_select(doc, selector) if isinstance(compiled, str) else compiled(doc.root)  # str: "soup"
        if within is not None:
            matched = [el for el in matched if el is not within and any(a is within for a in el.iterancestors())]
        found += [el for el in matched if el not in found]
    return found


def drop_in_soup(container: Tag, selectors: list[str]) -> None:
    """Remove the `drop` rules' elements from a body that exists only as soup (comment markers)."""
    for selector in selectors:
        try:
            doomed = container.select(selector)
        except (SelectorSyntaxError, ValueError, NotImplementedError):
            continue
        for el in doomed:
            el.decompose()


def value_of(el: etree._Element) -> str:
    """The text a selector points at: a <meta>'s content, otherwise the element's text."""
    if el.tag == "meta":
        content = el.get("content")
        return content if isinstance(content, str) else ""
    return get_text(el, " ")
