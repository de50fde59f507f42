"""Title, publication date and source of a parsed page, each from the most reliable signal present.

Order for each field: the site's own rules, then the CMS meta tags, then what the page shows
(a heading, a label-anchored line such as '发布时间：…'), then weaker hints (the URL's date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from lxml import etree

from crawler.extract import cms, dates
from crawler.extract.body import BLOCK_TAGS, SKIP_TAGS, attr_text
from crawler.extract.normalize import clean_text, clean_title, title_parts
from crawler.extract.site_rules import select_all, value_of
from crawler.extract.tree import Document, get_text

Element = etree._Element

_TAGS = re.compile(r"<[^>]+>")
# Words that introduce a publication date or sit on the same line as one.
DATE_LABEL = re.compile(
    r"(?:发布时间|发布日期|发表时间|发表日期|发表于|发布于|更新时间|时间|日期|来源|Date|Updated|Published|Posted|Time)"
    r"\s*[:：]?\s*$|更新|来源|Source", re.I)
# Containers of other articles' dates: related news, rankings, footers.
SIDEBAR_ATTR = re.compile(
    r"related|xgxw|relevant|sidebar|side-bar|hot|rank|recommend|tuijian|footer|copyright|friend|links|"
    r"bottom|comment|reply|list", re.I)
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})/"),
    re.compile(r"/t(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)_\d+"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)/(?P<d>\d\d)/"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>\d\d)/(?P<d>\d\d)/"),
)
# A Chinese source ends at a space; an English one is a run of capitalised words ("Zhejiang Daily")
# up to the next label ("Author:") or anything else.
SOURCE_AFTER_LABEL = re.compile(
    r"(?:来源|Source)\s*[:：]\s*[\[【(（]?\s*(?P<src>(?-i:[A-Za-z][\w.&'’-]*(?: (?![A-Z][a-z]*\s*[:：])[A-Z][\w.&'’-]*)*)"
    r"|[^\s\]】)）|｜]{2,40})", re.I)
# Every date the page can show has a four-digit year (full-width digits too, before normalizing):
# text without one is passed over before the costlier normalizing and date patterns.
_YEAR = re.compile(r"\d{4}")
_BY = re.compile(r"^\s*By\s")
_SOURCE_WORD = re.compile(r"来源|Source", re.I)
# Headline links in list items; a date beside one belongs to that other article.
HEADLINE_LINK_CHARS = 8


@dataclass
class Dated:
    iso: str | None
    rule: str | None


def _meta_text(value: str) -> str:
    return clean_text(_TAGS.sub("", value))


def heading_candidates(root: Element) -> list[Element]:
    return [el for el in root.iter("h1", "h2", "h3") if clean_text(get_text(el))]


def find_title(doc: Document, metas: dict[str, str], rules: dict[str, list[str]]) -> tuple[str, Element | None]:
    """The title and, when the page shows it, the element that shows it (dates sit just after)."""
    suffixes = rules.get("title_suffixes", [])
    title_el = next(doc.root.iter("title"), None)
    page_title = clean_title(get_text(title_el) if title_el is not None else "", suffixes)
    headings = heading_candidates(doc.root)

    def shown(title: str) -> Element | None:
        for el in headings:
            text = clean_title(get_text(el), suffixes)
            if text == title or (len(text) >= 4 and (text in title or title in text)):
                return el
        return None

    for el in select_all(doc, rules.get("title", [])):
        title = clean_title(_meta_text(value_of(el)), suffixes)
        if title:
            return title, el if el.tag != "meta" else shown(title)
    found = cms.first_meta(metas, ("articletitle",))
    if found and clean_title(_meta_text(found[1]), suffixes):
        title = clean_title(_meta_text(found[1]), suffixes)
        return title, shown(title)
    # A heading that <title> repeats is the article title; the other headings are site furniture.
    parts = title_parts(page_title) if page_title else []
    for el in headings:
        text = clean_title(get_text(el), suffixes)
        if len(text) >= 4 and page_title and (text in page_title or any(p in text for p in parts if len(p) >= 4)):
            return text, el
    found = cms.first_meta(metas, cms.TITLE_METAS[1:])
    if found and clean_title(_meta_text(found[1]), suffixes):
        title = clean_title(_meta_text(found[1]), suffixes)
        return title, shown(title)
    h1s = [el for el in headings if el.tag == "h1"]
    if len(h1s) == 1 and len(clean_text(get_text(h1s[0]))) >= 4:
        return clean_title(get_text(h1s[0]), suffixes), h1s[0]
    if parts:
        title = parts[0] if len(parts[0]) >= 4 else max(parts, key=len)
        return title, shown(title)
    return page_title, None


def _is_headline(a: Element, title: str) -> bool:
    text = clean_text(get_text(a))
    return len(text) >= HEADLINE_LINK_CHARS and text not in title and title not in text


def _list_entry(block: Element, title: str) -> bool:
    """The date sits in one entry of a list of links to other articles (a sidebar, a list page).

    A headline link beside the date is not enough (a blog links its own post title): the entry
    must have siblings of its own kind that hold links too.
    """
    for el in (block, block.getparent()):
        if el is None or el.tag in ("body", "html"):
            return False
        if any(_is_headline(a, title) for a in el.iterdescendants("a")):
            siblings = [*islice(el.itersiblings(el.tag), 3), *islice(el.itersiblings(el.tag, preceding=True), 3)]
            return any(next(s.iterdescendants("a"), None) is not None for s in siblings)
    return False


def _in_sidebar(block: Element, title: str) -> bool:
    if _list_entry(block, title):
        return True
    for el in (block, *block.iterancestors()):
        if el.tag in ("body", "html"):
            return False
        if SIDEBAR_ATTR.search(attr_text(el)):
            return True
    return False


@dataclass
class _Candidate:
    iso: str
    labelled: bool
    after_title: bool
    in_body: bool


def _text_places(top: Element) -> dict[Element, tuple[Element | None, bool]]:
    """element -> (the block its text belongs to, whether that text is hidden from dates: in a
    link, a script, a form and the like), for `top` and everything in it, in one pass down."""
    chain = [top, *top.iterancestors()]
    places = {top: (next((p for p in chain if p.tag in BLOCK_TAGS), None),
                    any(p.tag in SKIP_TAGS or p.tag == "a" for p in chain))}
    for el in top.iterdescendants():
        block, hidden = places[el.getparent()]
        tag = el.tag
        places[el] = (el if tag in BLOCK_TAGS else block, hidden or tag in SKIP_TAGS or tag == "a")
    return places


def _visible_dates(doc: Document, title: str, title_el: Element | None, body_el: Element | None) -> list[_Candidate]:
    """Dates the page shows as text (attributes such as a placeholder alt="时间：…" are not text)."""
    found: list[_Candidate] = []
    seen_blocks: set[Element] = set()
    # block -> its text when that text is short and holds a date, else None (read the node alone)
    block_context: dict[Element, str | None] = {}
    after_title = title_el is None
    in_title = set(title_el.iter()) if title_el is not None else set()
    in_body = set(body_el.iter()) if body_el is not None else set()
    nodes = doc.body_text()
    if not nodes:
        return found
    places = _text_places(doc.root.find("body") if doc.root.find("body") is not None else doc.root)
    # A date needs a year: a block whose text has none can show a date only in a node of its own.
    year_blocks = {places[holder][0] for text, holder in nodes if _YEAR.search(text)}
    for text, holder in nodes:
        if not after_title and holder in in_title:
            after_title = True
            continue
        block, hidden = places[holder]
        if hidden or block is None or block in seen_blocks or (block not in year_blocks and not _YEAR.search(text)):
            continue
        if block not in block_context:
            raw = get_text(block, " ")
            context = clean_text(raw) if _YEAR.search(raw) else ""
            # Long blocks are prose: the dates in them are events, not the publication.
            block_context[block] = context if len(context) <= 200 and dates.has_date(context) else None
        context = block_context[block]
        if context is None:
            if not _YEAR.search(text):
                continue
            context = clean_text(text)
            if not dates.has_date(context):
                continue
        else:
            seen_blocks.add(block)
        if _in_sidebar(block, title):
            continue
        for date in dates.find_dates(context):
            labelled = bool(DATE_LABEL.search(context[max(0, date.start - 12): date.start])) or bool(
                re.search(r"来源|Source|更新|Updated", context[date.end: date.end + 12], re.I))
            found.append(_Candidate(date.iso, labelled, after_title, block in in_body))
    return found


# Founder ENP (newspaper e-paper CMS) keeps each article's properties in a comment.
_ENP_DATE = re.compile(r"<!--\s*enpproperty\b.*?<date>([^<]+)</date>", re.S | re.I)


def _to_the_second(html: str, iso: str, rule: str) -> Dated:
    """A meta date to the minute (Hanweb's PubDate) whose minute the page shows with seconds
    ("2018-11-23 10:07:47"): the page is more precise, so keep the seconds (a cheap text search)."""
    if len(iso) > 10 and iso.endswith(":00+08:00"):
        y, m, d, hh, mm = iso[:4], int(iso[5:7]), int(iso[8:10]), int(iso[11:13]), iso[14:16]
        found = re.search(rf"{y}[-/.年]0?{m}[-/.月]0?{d}日?\s*0?{hh}[:：]{mm}[:：](\d\d)(?!\d)", html)
        if found and found.group(1) != "00":
            return Dated(f"{iso[:17]}{found.group(1)}+08:00", f"{rule} + visible seconds")
    return Dated(iso, rule)


def find_date(doc: Document, metas: dict[str, str], rules: dict[str, list[str]], url: str,
              title: str, title_el: Element | None, body_el: Element | None) -> Dated:
    for el in select_all(doc, rules.get("date", [])):
        iso = dates.parse_date(value_of(el))
        if dates.plausible(iso):
            return _to_the_second(doc.html, iso, "site rule")  # type: ignore[arg-type]
    shown: list[list[_Candidate]] = []

    def visible() -> list[_Candidate]:
        # Walking every text node is the costly part: only when the meta tags do not settle it.
        if not shown:
            shown.append([c for c in _visible_dates(doc, title, title_el, body_el) if dates.plausible(c.iso)])
        return shown[0]

    enp = _ENP_DATE.search(doc.html)
    if enp:
        metas = {**metas, "enpproperty": enp.group(1)}
    for name in cms.DATE_METAS:
        iso = dates.parse_date(metas.get(name))
        if dates.plausible(iso):
            iso = dates.drop_midnight_filler(iso)  # type: ignore[arg-type]
            if len(iso) == 10:
                # A date-only meta with the same day shown to the minute: the page is more precise.
                finer = next((c.iso for c in visible() if c.iso[:10] == iso and len(c.iso) > 10 and not c.in_body), None)
                if finer:
                    return Dated(finer, f"meta {name} + visible time")
            return _to_the_second(doc.html, iso, f"meta {name}")
    header = [c for c in visible() if not c.in_body or c.labelled]
    for rule, pick in (
        ("label line", lambda c: c.labelled and c.after_title),
        ("label line", lambda c: c.labelled),
        ("near title", lambda c: c.after_title and not c.in_body),
    ):
        chosen = next((c for c in header if pick(c)), None)
        if chosen:
            return Dated(dates.drop_midnight_filler(chosen.iso), rule)
    for pattern in _URL_DATES:
        match = pattern.search(url)
        if match:
            iso = dates.parse_date(f"{match['y']}-{match['m']}-{match['d']}")
            if dates.plausible(iso):
                return Dated(iso, "url")
    # Last resort: the first date shown before the body, when there is a single such date.
    before = {c.iso for c in visible() if not c.in_body}
    if len(before) == 1:
        return Dated(before.pop(), "only date")
    return Dated(None, None)


def _block_text(holder: Element) -> str:
    """The text of the block a text node sits in, as one line."""
    block = next((p for p in (holder, *holder.iterancestors()) if p.tag in BLOCK_TAGS), None)
    return clean_text(get_text(block, " ") if block is not None else "")


def find_byline(doc: Document) -> tuple[str, str] | None:
    """China Daily's 'By AUTHOR | China Daily | Updated: …' line: (author, source)."""
    from crawler.extract.body import BYLINE

    for text, holder in doc.body_text():
        if not _BY.match(text):
            continue
        match = BYLINE.match(_block_text(holder) or clean_text(text))
        if match:
            return clean_text(match["author"]), "China Daily"
    return None


def find_source(doc: Document, metas: dict[str, str], rules: dict[str, list[str]]) -> str | None:
    for el in select_all(doc, rules.get("source", [])):
        text = clean_text(_meta_text(value_of(el)))
        match = SOURCE_AFTER_LABEL.search(text)
        if match:
            return match["src"]
        if text:
            return text
    found = cms.first_meta(metas, ("contentsource",))
    if found:
        return clean_text(_meta_text(found[1])) or None
    if "来源" not in doc.html and "source" not in doc.html.lower():
        return None
    for text, holder in doc.body_text():
        if not _SOURCE_WORD.search(text):
            continue
        context = _block_text(holder) or clean_text(text)
        if len(context) > 120:
            continue
        match = SOURCE_AFTER_LABEL.search(context)
        if match:
            return match["src"]
    return None
