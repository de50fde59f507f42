"""The extraction stages in order: decode -> site rules -> CMS conventions -> generic -> normalize."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bs4 import Tag
from lxml import etree

from crawler.extract import cms, fields, listing, titles, tree
from crawler.extract.body import Body, read_body, text_length
from crawler.extract.decode import decode
from crawler.extract.errors_pages import is_error_page
from crawler.extract.generic import following_tables, main_container, notice_attachments
from crawler.extract.model import ExtractionError, Page, rule, rule_level
from crawler.extract.normalize import detect_lang
from crawler.extract.pages import further_pages
from crawler.extract.site_rules import drop_in_soup, needs_soup, select_all, site_lang, site_name
from crawler.extract.site_rules import rules as site_rules

# Article pages are tens to hundreds of kilobytes; megabytes are a data dump or an attack.
MAX_PAGE_BYTES = 8 * 1024 * 1024
MIN_BODY_CHARS = 10
# A title taken from the first line of the body ends at its first sentence break, this long at most.
FIRST_LINE_TITLE = 40
GENERIC_BODY = rule("generic", "density")


def run(body: bytes, url: str, headers: Mapping[str, str] | None, site: Any) -> Page:
    if not isinstance(body, (bytes, bytearray)):
        raise ExtractionError("not html: expected bytes")
    if len(body) > MAX_PAGE_BYTES:
        raise ExtractionError(f"page too large: {len(body) // (1024 * 1024)} MB (limit {MAX_PAGE_BYTES // (1024 * 1024)} MB)")
    if not body.strip():
        raise ExtractionError("empty page")
    decoded = decode(bytes(body), headers)
    try:
        root = tree.parse(decoded.text)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, RecursionError) as exc:
        raise ExtractionError(f"unparseable html: {type(exc).__name__}") from None
    if root is None:
        raise ExtractionError("not html: no elements")
    try:
        return _extract(tree.Document(root, decoded.text), url, site, decoded.charset, decoded.lossy)
    except RecursionError:
        raise ExtractionError("unparseable html: nested too deeply") from None


def _extract(doc: tree.Document, url: str, site: Any, charset: str, lossy: bool) -> Page:
    rules = site_rules(site)
    if needs_soup([s for field in ("title", "date", "source", "author", "body", "drop") for s in rules[field]]):
        doc.paired_soup()  # soupsieve-only rules read the full soup, which must pair with the unchanged tree
    metas = cms.metas(doc)
    title, title_el, title_rule = fields.find_title(doc, metas, rules)
    container, body_rule = _container(doc, rules, title_el)
    generic = body_rule == GENERIC_BODY and container is not None
    body = _read(doc, container, url, title, rules["drop"], following_tables(container) if generic else [])
    if not title:
        title, title_el, title_rule = _derived_title(container, body)
    body_text = "".join(p.text for p in body.paragraphs)
    if is_error_page(title, doc.root, body_text):
        raise ExtractionError("not an article: page does not exist")
    attachment_only = False
    if len(re.sub(r"\s", "", body_text)) < MIN_BODY_CHARS:
        # A notice that is only its attachments (附件：….pdf) is archived, flagged, with no body.
        body.attachments = body.attachments or notice_attachments(doc.root, url)
        if not body.attachments:
            raise ExtractionError("no body")
        body.paragraphs, body_text, attachment_only = [], "", True
    if not title:
        raise ExtractionError("no title")
    if not attachment_only and listing.is_column_page(
            title, doc.root, doc.html, metas, derived=rule_level(title_rule or "") == "derived"):
        # a column's page with prose of its own (a lead, a pager line) while its list is out of
        # the tree (in a comment, in a script) or beside it: it lists articles, it is none
        raise ExtractionError("not an article: list page")
    body_el = container if isinstance(container, etree._Element) else None  # a marked body is not in the tree
    # A title never ends with the article's date line, source line or page controls (a
    # cross-check between fields, whatever rule selected it): first where a label or a control
    # shows them, then, once the date and the source are known, where the title ends with those.
    bare = titles.without_furniture(title)
    dated = fields.find_date(doc, metas, rules, url, bare, title_el, body_el)
    byline = None if body.author or "By " not in doc.html else fields.find_byline(doc)
    source, source_rule = fields.find_source(doc, metas, rules)
    if not source and (body.source or byline):
        source, source_rule = body.source or byline[1], rule("generic", "byline")  # type: ignore[index]
    bare = titles.without_furniture(bare, dated.iso, source)
    if bare != title:
        title, title_rule = bare, f"{title_rule} less date line"
    lang = detect_lang(title + body_text, default=site_lang(site) or "zh")
    return Page(
        url=url,
        title=title,
        paragraphs=body.paragraphs,
        lang=lang,
        site=site_name(site),
        published_at=dated.iso,
        date_rule=dated.rule,
        title_rule=title_rule,
        body_rule=body_rule,
        source_rule=source_rule,
        source=source,
        author=_site_author(doc, rules) or body.author or (byline[0] if byline else None) or _author(metas),
        editor=body.editor,
        images=body.images,
        attachments=body.attachments,
        attachment_only=attachment_only,
        page_urls=further_pages(doc.html, url),
        charset=charset,
        lossy=lossy,
    )


def _container(doc: tree.Document, rules: dict[str, list[str]],
               title_el: etree._Element | None = None) -> tuple[etree._Element | Tag | None, str]:
    """The body element and the rule that found it: an lxml element, or soup for a marked body
    (`title_el`, the element the title was taken from, is never a paragraph of a generic body)."""
    for selector in rules["body"]:
        for el in select_all(doc, [selector]):
            if tree.text_length(el) >= MIN_BODY_CHARS:
                return el, rule("site", selector)
    marked = cms.marked_body(doc.html)
    if marked is not None and text_length(marked) >= MIN_BODY_CHARS:
        return marked, rule("cms", "comment markers")
    el = cms.body_container(doc.root)
    if el is not None:
        return el, rule("cms", _describe(el))
    return main_container(doc, title_el), GENERIC_BODY


def _read(doc: tree.Document, container, url: str, title: str, drop: list[str],
          tables: list[etree._Element]) -> Body:
    """The paragraphs of the body (and of the tables that continue it), `drop` rules applied first."""
    if container is None:
        return Body([], [], [])
    if isinstance(container, Tag):
        drop_in_soup(container, drop)
        return read_body(container, url, title)
    soup_parts = []
    for part in [container, *tables]:
        soup_part = doc.soup_of(part)
        if soup_part is None:
            if part is not container:
                break  # a table that cannot be read is left out, as before it was found
            raise ExtractionError("unparseable html: body cannot be read")
        soup_parts.append(soup_part)
    for part, soup_part in zip([container, *tables], soup_parts):
        doc.drop(part, soup_part, select_all(doc, drop, within=part))
    return read_body(soup_parts[0], url, title, soup_parts[1:])


def _describe(el: etree._Element) -> str:
    """div#zoom, div.TRS_Editor: the element as a selector a reader recognises."""
    if ("tag", el.tag) in cms.BODY_CONTAINERS:
        return el.tag
    if ("id", el.get("id")) in cms.BODY_CONTAINERS:
        return f"{el.tag}#{el.get('id')}"
    classes = [c for c in (el.get("class") or "").split() if ("class", c) in cms.BODY_CONTAINERS]
    return f"{el.tag}.{classes[0]}" if classes else el.tag


def _title_like(text: str) -> bool:
    return 4 <= len(text) <= 40 and not re.search(r"[。！？；.!?;]$", text)


def _derived_title(container, body: Body) -> tuple[str, etree._Element | None, str | None]:
    """A page without <title>, title metas or a lone <h1>: an article with a body is still
    archived, under the best evidence there is, and the rule says it was derived."""
    if isinstance(container, etree._Element):
        near = fields.heading_near(container)
        if near is not None:
            text, el = near
            if body.paragraphs and body.paragraphs[0].text == text:
                body.paragraphs.pop(0)
            return text, el, rule("derived", "heading near body")
    if body.paragraphs and _title_like(body.paragraphs[0].text):
        # Old hand-made pages put the title as the first, short line.
        return body.paragraphs.pop(0).text, None, rule("derived", "first short line")
    if body.paragraphs:
        first = body.paragraphs[0].text
        cut = re.split(r"(?<=[。！？!?；;])|[，,：:]", first, maxsplit=1)[0].strip("。！？!?；; ")
        return cut[:FIRST_LINE_TITLE], None, rule("derived", "first line")
    return "", None, None


def _site_author(doc: tree.Document, rules: dict[str, list[str]]) -> str | None:
    from crawler.extract.normalize import clean_text
    from crawler.extract.site_rules import value_of

    for el in select_all(doc, rules["author"]):
        text = clean_text(value_of(el))
        if text:
            return text
    return None


def _author(metas: dict[str, str]) -> str | None:
    found = cms.first_meta(metas, cms.AUTHOR_METAS)
    return found[1] if found and len(found[1]) <= 40 else None
