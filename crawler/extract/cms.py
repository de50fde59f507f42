"""What the Chinese government CMSs (Hanweb JCMS, TRS WCM, Ucap) and China Daily put in every page.

The meta tags (standardised as GB/T 42147-2022) are the most reliable signal; body containers and
the ZJEG_RSS / TRS_Editor comment markers delimit the body exactly.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag
from lxml import etree

from crawler.extract.tree import Document, text_length

# meta name (lowercase) -> field; first listed wins.
TITLE_METAS = ("articletitle", "og:title", "citation_title", "dc.title")
DATE_METAS = (
    "pubdate", "publishdate", "firstpublishedtime", "article:published_time", "og:release_date",
    "citation_publication_date", "citation_date", "dcterms.issued", "dc.date.issued", "dc.date",
    "prism.publicationdate", "pubtime", "publish_time", "publishtime", "enpproperty",
)
AUTHOR_METAS = ("author", "citation_author", "dc.creator")

# Body containers of the CMS families, most specific first: ("id" | "class", value).
BODY_CONTAINERS: tuple[tuple[str, str], ...] = (
    ("id", "zoom"), ("class", "TRS_Editor"), ("class", "TRS_UEDITOR"), ("class", "trs_editor_view"),
    ("id", "Content"), ("id", "content_body"), ("class", "article-body"), ("class", "artile_zw"),
    ("class", "article-content"), ("class", "pages_content"), ("id", "UCAP-CONTENT"),
)
# Ucap (开普云) pages wrap title, body and date in tags of their own; the body tag is the most
# specific container there is (Hainan's `#zoom` holds it with the page's other lines).
UCAP_BODY_CONTAINERS = (("tag", "ucapcontent"), ("class", "cmsArticleContent"))
BODY_CONTAINERS = UCAP_BODY_CONTAINERS[:1] + BODY_CONTAINERS + UCAP_BODY_CONTAINERS[1:]
_RANK = {key: rank for rank, key in enumerate(BODY_CONTAINERS)}
# Elements that have the attribute are tested first: libxml2 is far slower testing every element.
_CANDIDATES = etree.XPath(
    "//*[@id][" + " or ".join(f"@id = '{value}'" for kind, value in BODY_CONTAINERS if kind == "id") + "]"
    " | //*[@class][" + " or ".join(
        f"contains(@class, '{value}') and contains(concat(' ', normalize-space(@class), ' '), ' {value} ')"
        for kind, value in BODY_CONTAINERS if kind == "class") + "]"
    + "".join(f" | //{value}" for kind, value in BODY_CONTAINERS if kind == "tag"))
# Comment pairs wrapping the body; the HTML between them is parsed on its own.
_MARKERS = (
    re.compile(r"<!--\s*ZJEG_RSS\.content\.begin\s*-->(.*?)<!--\s*ZJEG_RSS\.content\.end\s*-->", re.S | re.I),
    re.compile(r"<!--\s*TRS_Editor\s*-->(.*?)<!--\s*/TRS_Editor\s*-->", re.S | re.I),
    re.compile(r"<!--\s*enpcontent\s*-->(.*?)<!--\s*/enpcontent\s*-->", re.S | re.I),
)


def metas(doc: Document) -> dict[str, str]:
    """name/property (lowercase) -> content of the first non-empty <meta> with that name."""
    found: dict[str, str] = {}
    for meta in doc.metas:
        key = meta.get("name") or meta.get("property") or meta.get("itemprop")
        content = meta.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def first_meta(found: dict[str, str], names: tuple[str, ...]) -> tuple[str, str] | None:
    for name in names:
        if found.get(name):
            return name, found[name]
    return None


def marked_body(html: str) -> Tag | None:
    """The body between CMS comment markers, parsed on its own, if the page has them."""
    for marker in _MARKERS:
        parts = [m.group(1) for m in marker.finditer(html) if m.group(1).strip()]
        if parts:
            fragment = BeautifulSoup("<div>" + "".join(parts) + "</div>", "lxml")
            return fragment.find("div")
    return None


def body_container(root: etree._Element) -> etree._Element | None:
    """The first CMS body container with text, by the order of BODY_CONTAINERS.

    One compiled XPath finds every candidate in a single pass over the tree (a CSS selector per
    container walked the whole page once per selector, which was most of the extraction time).
    """
    found: list[tuple[int, int, etree._Element]] = []
    for position, el in enumerate(_CANDIDATES(root)):
        ident = el.get("id")
        ranks = [_RANK[("id", ident)]] if ("id", ident) in _RANK else []
        if isinstance(el.tag, str) and ("tag", el.tag.lower()) in _RANK:
            ranks.append(_RANK[("tag", el.tag.lower())])
        ranks += [_RANK[("class", c)] for c in (el.get("class") or "").split() if ("class", c) in _RANK]
        if ranks:
            found.append((min(ranks), position, el))
    for _, _, el in sorted(found, key=lambda item: item[:2]):
        if text_length(el) >= 20:
            return el
    return None


# -- Ucap -------------------------------------------------------------------------------------
# Ucap's own tags: <ucaptitle> holds the title, <publishtime> the date, and the attribute list
# `#articleattribute li` the date written "YYYY年MM月DD日 HH时MM分" (Sichuan) and the source.
UCAP_TITLE_XPATH = etree.XPath("//ucaptitle")
UCAP_DATE_XPATH = etree.XPath("//publishtime | //*[@id='articleattribute']//li")


def _texts(elements: list) -> list[str]:
    found = []
    for el in elements:
        text = " ".join("".join(el.itertext()).split()) if isinstance(el.tag, str) else ""
        if text:
            found.append(text)
    return found


def ucap_title(root: etree._Element) -> str | None:
    """The title a Ucap page states in <ucaptitle>, if it has one."""
    texts = _texts(UCAP_TITLE_XPATH(root))
    return texts[0] if texts else None


def ucap_date_texts(root: etree._Element) -> list[str]:
    """Texts that carry a Ucap page's date (<publishtime>, then the #articleattribute items), in order."""
    return _texts(UCAP_DATE_XPATH(root))
