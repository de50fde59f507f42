"""The parsed page: one lxml tree for the whole-page stages, BeautifulSoup for the body alone.

BeautifulSoup makes a Python object of every node of the page, which cost about 12 ms on a 45 KB
portal page: more than all the extraction logic together. lxml builds the same tree with the same
parser (libxml2, which BeautifulSoup's "lxml" builder drives too) in well under 1 ms. So the stages
that look at the whole page (metas, title, body container, dates) read the lxml tree, and only the
element chosen as the body becomes BeautifulSoup, which the paragraph reader (`body.py`) is built on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeAlias

from bs4 import BeautifulSoup, Tag
from bs4.builder._lxml import LXMLTreeBuilder  # bs4.builder re-exports it at run time only
from lxml import etree

# The strings bs4's get_text() leaves out (scripts, styles, ruby annotations, template content),
# so text measured here is the text measured on the soup before.
_STRINGS = etree.XPath(
    "descendant::text()[not(parent::script or parent::style or parent::rt or parent::rp or ancestor::template)]",
    smart_strings=False)
_ALL_STRINGS = etree.XPath("descendant::text()", smart_strings=False)
_OWN_TEXT_TAGS = frozenset({"script", "style", "template", "rt", "rp"})
# Every text node with the element it sits in (smart strings know their element).
_TEXT_NODES = etree.XPath("descendant::text()")
# Attributes of the body's real parent that the paragraph reader looks at (caption centring).
_PARENT_ATTRS = ("align", "style")
# Attributes as bs4's tree builders take them.
_Attrs: TypeAlias = dict[str | bytes, str | bytes]


def parse(text: str) -> etree._Element | None:
    """The page's root element, or None when the text holds no element at all."""
    parser = etree.HTMLParser()  # recover, no network; fed like bs4 feeds it, so an XML declaration is fine
    parser.feed(text)
    return parser.close()


def get_text(el: etree._Element, separator: str = "") -> str:
    """The element's text as bs4's Tag.get_text(separator) gives it."""
    if el.tag in _OWN_TEXT_TAGS:  # asked directly, a script or style gives its own text
        return separator.join(_ALL_STRINGS(el))
    return separator.join(_STRINGS(el))


# What a browser does not show: an element hidden by its style or `hidden` attribute, and what
# is never rendered (template content, noscript fallbacks, scripts). Templates carry such blocks
# (a `display:none` "page not found" box beside every real article) for scripts to reveal.
_UNSHOWN_TAGS = frozenset({"template", "noscript", "script", "style"})
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def is_hidden(el: etree._Element) -> bool:
    """The element, or one of its ancestors, is not shown by a browser."""
    while el is not None:
        if el.tag in _UNSHOWN_TAGS or el.get("hidden") is not None or _HIDING_STYLE.search(el.get("style") or ""):
            return True
        el = el.getparent()
    return False


def visible_text(el: etree._Element) -> str:
    """The element's text less the text of hidden elements under it."""
    return "".join(text for text, holder in text_nodes(el) if not is_hidden(holder))


def text_length(el: etree._Element) -> int:
    """Characters of text, whitespace not counted."""
    return sum(map(len, get_text(el).split()))


def text_nodes(el: etree._Element):
    """(text, element holding it) for every text node under `el`, in document order."""
    for node in _TEXT_NODES(el):
        holder = node.getparent()
        if node.is_tail:
            holder = holder.getparent()
        if holder is not None:
            yield str(node), holder


def elements(el: etree._Element) -> list[etree._Element]:
    """`el` and its descendant elements (no comments), in document order."""
    return list(el.iter(etree.Element))


def remove(el: etree._Element) -> None:
    """Take an element out of the tree, keeping the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


@dataclass
class Document:
    """A parsed page: the lxml root, the text it came from, and (only when needed) the full soup.

    The full soup is built only for site rules that lxml's CSS translation cannot express
    (soupsieve extensions such as `:-soup-contains()`) and for a body the fragment conversion
    cannot reproduce; it must be built before the tree is changed, so its elements still pair
    up with the lxml elements by document order.
    """

    root: etree._Element
    html: str
    metas: list[etree._Element] = field(default_factory=list)
    changed: bool = False
    _soup: tuple[list[Tag], list[etree._Element]] | None = None
    _text: list[tuple[str, etree._Element]] | None = None

    def __post_init__(self) -> None:
        self.metas = list(self.root.iter("meta"))

    def body_text(self) -> list[tuple[str, etree._Element]]:
        """(text, element holding it) for the non-blank text nodes of <body>, in document order.

        Several stages walk the page's text (body scoring, dates, source); they share one walk.
        """
        if self._text is None:
            body = self.root.find("body")
            self._text = [(t, h) for t, h in text_nodes(body if body is not None else self.root) if t.strip()]
        return self._text

    def paired_soup(self) -> tuple[list[Tag], list[etree._Element]] | None:
        """The soup's elements and the lxml elements, pairwise; None if they do not pair up."""
        if self._soup is None:
            if self.changed:
                return None
            soup = BeautifulSoup(self.html, "lxml")
            self._soup = (soup.find_all(True), elements(self.root))
        tags, els = self._soup
        if len(tags) != len(els) or any(t.name != e.tag for t, e in zip(tags, els)):
            return None
        return self._soup

    def soup_of(self, el: etree._Element) -> Tag | None:
        """The body element as BeautifulSoup: its own markup re-parsed, else the full soup's twin."""
        soup_el = _fragment_soup(el)
        if soup_el is not None:
            return soup_el
        paired = self.paired_soup()
        if paired is None:
            return None
        tags, els = paired
        return tags[els.index(el)] if el in els else None

    def drop(self, container: etree._Element, soup_container: Tag, doomed: list[etree._Element]) -> None:
        """Remove elements from the body in both trees (dropped furniture must not date the page)."""
        if not doomed:
            return
        els = elements(container)
        tags = [soup_container, *soup_container.find_all(True)]
        position = {id(e): i for i, e in enumerate(els)}
        doomed_ids = {id(e) for e in doomed}
        self.changed = True
        self._text = None
        for el in doomed:
            if any(id(a) in doomed_ids for a in el.iterancestors()):
                continue  # goes with its dropped ancestor
            index = position.get(id(el))
            if index is not None and len(tags) == len(els):
                tags[index].decompose()
            remove(el)


class _ElementBuilder(LXMLTreeBuilder):
    """bs4's lxml tree builder fed from an element lxml has already parsed.

    BeautifulSoup normally drives libxml2 over markup and builds its objects from the parser's
    callbacks. Serializing the body and parsing it again cost a parser, a serialization and
    libxml2's work per page; here the same callbacks (`start`, `data`, `end`, `comment`, so
    bs4's own attribute and string handling) are made from the element, which is then exactly
    the tree the rest of the pipeline read.
    """

    def __init__(self, el: etree._Element, outer: list[tuple[str, _Attrs]]) -> None:
        super().__init__()
        self._el, self._outer = el, outer

    def feed(self, markup: str | bytes) -> None:
        for tag, attrs in self._outer:
            self.start(tag, attrs)
        self._walk(self._el, top=True)
        for tag, _ in reversed(self._outer):
            self.end(tag)

    def _walk(self, el: etree._Element, top: bool = False) -> None:
        soup = self.soup
        assert soup is not None  # BeautifulSoup sets it before it calls feed()
        tag = el.tag
        if isinstance(tag, str):
            # items(), not attrib: a broken page can leave a control character in an attribute's
            # name, which lxml's mapping refuses to read back (ValueError) while items() reads it.
            attrs = el.items()
            if tag[:1] == "{" or any(k[:1] == "{" for k, _ in attrs):
                self.start(tag, dict(attrs))  # a namespaced name: bs4's namespace handling
            else:  # what `start` does for the plain names an HTML parser gives, without its lookups
                soup.handle_starttag(tag, None, None, self.attribute_dict_class(attrs),
                                     namespaces=self.active_namespace_prefixes[-1])
            if el.text:
                soup.handle_data(el.text)
            for child in el:
                self._walk(child)
            self.end(tag)
        elif tag is etree.Comment:
            self.comment(el.text or "")
        elif tag is etree.PI:
            self.pi(el.target, el.text or "")
        if el.tail and not top:
            soup.handle_data(el.tail)


def _fragment_soup(el: etree._Element) -> Tag | None:
    """The element as BeautifulSoup, inside a stand-in for its parent, in a soup of its own.

    The stand-in has the parent's tag and centring attributes (the reader checks whether a
    caption's block is centred); above it stand `html` and `body`, as a parsed fragment has.
    """
    parent = el.getparent()
    outer: list[tuple[str, _Attrs]] = [("html", {})] if el.tag != "html" else []
    if el.tag not in ("html", "body"):
        outer.append(("body", {}))
        if parent is not None and parent.tag not in ("html", "head", "body"):
            outer.append((parent.tag, {a: parent.get(a) for a in _PARENT_ATTRS if parent.get(a) is not None}))
    soup = BeautifulSoup("", builder=_ElementBuilder(el, outer))
    found: Tag | None = soup
    for _ in range(len(outer) + 1):
        found = _first_tag(found)
    return found


def _first_tag(node: Tag | None) -> Tag | None:
    return next((c for c in node.children if isinstance(c, Tag)), None) if node is not None else None

