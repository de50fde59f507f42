"""The extraction stages in order: decode -> site rules -> CMS conventions -> generic -> normalize."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bs4 import BeautifulSoup
from bs4.builder import ParserRejectedMarkup

from crawler.extract import cms, fields
from crawler.extract.body import Body, read_body, text_length
from crawler.extract.decode import decode
from crawler.extract.generic import main_container
from crawler.extract.model import ExtractionError, Page
from crawler.extract.normalize import detect_lang
from crawler.extract.pages import further_pages
from crawler.extract.site_rules import rules as site_rules
from crawler.extract.site_rules import index_metas, select_all, site_lang, site_name

# Article pages are tens to hundreds of kilobytes; megabytes are a data dump or an attack.
MAX_PAGE_BYTES = 8 * 1024 * 1024
SOFT_404 = re.compile(
    r"页面不存在|您访问的页面不存在|页面未找到|找不到页面|页面已删除|信息已删除|页面走丢|\b404\b|Page Not Found|Not Found",
    re.I)
# Below this many characters of body a page that says "not found" is the error page it claims to be.
SOFT_404_MAX_BODY = 200
MIN_BODY_CHARS = 10


def run(body: bytes, url: str, headers: Mapping[str, str] | None, site: Any) -> Page:
    if not isinstance(body, (bytes, bytearray)):
        raise ExtractionError("not html: expected bytes")
    if len(body) > MAX_PAGE_BYTES:
        raise ExtractionError(f"page too large: {len(body) // (1024 * 1024)} MB (limit {MAX_PAGE_BYTES // (1024 * 1024)} MB)")
    if not body.strip():
        raise ExtractionError("empty page")
    decoded = decode(bytes(body), headers)
    try:
        soup = BeautifulSoup(decoded.text, "lxml")
    except (ParserRejectedMarkup, ValueError, RecursionError) as exc:
        raise ExtractionError(f"unparseable html: {type(exc).__name__}") from None
    if soup.find(True) is None:
        raise ExtractionError("not html: no elements")
    try:
        return _extract(soup, decoded.text, url, site, decoded.charset, decoded.lossy)
    except RecursionError:
        raise ExtractionError("unparseable html: nested too deeply") from None


def _extract(soup: BeautifulSoup, html: str, url: str, site: Any, charset: str, lossy: bool) -> Page:
    rules = site_rules(site)
    index_metas(soup)
    metas = cms.metas(soup)
    title, title_el = fields.find_title(soup, metas, rules)
    container, how = _container(soup, html, rules)
    body = read_body(container, url, title, rules["drop"]) if container is not None else Body([], [], [])
    if not title and body.paragraphs and _title_like(body.paragraphs[0].text):
        # No <title> and no heading: old hand-made pages put the title as the first, short line.
        title = body.paragraphs.pop(0).text
    body_text = "".join(p.text for p in body.paragraphs)
    if len(body_text) < SOFT_404_MAX_BODY and (SOFT_404.search(title) or SOFT_404.search(body_text or soup.get_text()[:2000])):
        raise ExtractionError("not an article: page does not exist")
    if not title:
        raise ExtractionError("no title")
    if len(re.sub(r"\s", "", body_text)) < MIN_BODY_CHARS:
        raise ExtractionError("no body")
    dated = fields.find_date(soup, html, metas, rules, url, title, title_el, container if how != "markers" else None)
    byline = None if body.author or "By " not in html else fields.find_byline(soup)
    source = fields.find_source(soup, html, metas, rules) or body.source or (byline[1] if byline else None)
    lang = detect_lang(title + body_text, default=site_lang(site) or "zh")
    return Page(
        url=url,
        title=title,
        paragraphs=body.paragraphs,
        lang=lang,
        site=site_name(site),
        published_at=dated.iso,
        date_rule=dated.rule,
        source=source,
        author=_site_author(soup, rules) or body.author or (byline[0] if byline else None) or _author(metas),
        editor=body.editor,
        images=body.images,
        attachments=body.attachments,
        page_urls=further_pages(html, url),
        charset=charset,
        lossy=lossy,
    )


def _container(soup: BeautifulSoup, html: str, rules: dict[str, list[str]]):
    """The body element and which stage found it."""
    for el in select_all(soup, rules["body"]):
        if text_length(el) >= MIN_BODY_CHARS:
            return el, "site rule"
    marked = cms.marked_body(html)
    if marked is not None and text_length(marked) >= MIN_BODY_CHARS:
        return marked, "markers"
    el = cms.body_container(soup)
    if el is not None:
        return el, "cms"
    return main_container(soup), "generic"


def _title_like(text: str) -> bool:
    return 4 <= len(text) <= 40 and not re.search(r"[。！？；.!?;]$", text)


def _site_author(soup: BeautifulSoup, rules: dict[str, list[str]]) -> str | None:
    from crawler.extract.normalize import clean_text
    from crawler.extract.site_rules import value_of

    for el in select_all(soup, rules["author"]):
        text = clean_text(value_of(el))
        if text:
            return text
    return None


def _author(metas: dict[str, str]) -> str | None:
    found = cms.first_meta(metas, cms.AUTHOR_METAS)
    return found[1] if found and len(found[1]) <= 40 else None
