"""Title, publication date and source of a parsed page, each from the most reliable signal present.

Order for each field: the site's own rules, then the CMS meta tags, then what the page shows
(a heading, a label-anchored line such as '发布时间：…'), then weaker hints (the URL's date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

from crawler.extract import cms, dates
from crawler.extract.body import BLOCK_TAGS, NON_TEXT, SKIP_TAGS, attr_text
from crawler.extract.normalize import clean_text, clean_title, title_parts
from crawler.extract.site_rules import select_all, value_of

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
SOURCE_AFTER_LABEL = re.compile(r"(?:来源|Source)\s*[:：]\s*[\[【(（]?\s*(?P<src>[^\s\]】)）|｜]{2,40})", re.I)
# Headline links in list items; a date beside one belongs to that other article.
HEADLINE_LINK_CHARS = 8


@dataclass
class Dated:
    iso: str | None
    rule: str | None


def _meta_text(value: str) -> str:
    return clean_text(_TAGS.sub("", value))


def heading_candidates(soup: BeautifulSoup) -> list[Tag]:
    return [el for el in soup.find_all(["h1", "h2", "h3"]) if clean_text(el.get_text())]


def find_title(soup: BeautifulSoup, metas: dict[str, str], rules: dict[str, list[str]]) -> tuple[str, Tag | None]:
    """The title and, when the page shows it, the element that shows it (dates sit just after)."""
    suffixes = rules.get("title_suffixes", [])
    page_title = clean_title(soup.title.get_text() if soup.title else "", suffixes)
    headings = heading_candidates(soup)

    def shown(title: str) -> Tag | None:
        for el in headings:
            text = clean_title(el.get_text(), suffixes)
            if text == title or (len(text) >= 4 and (text in title or title in text)):
                return el
        return None

    for el in select_all(soup, rules.get("title", [])):
        title = clean_title(_meta_text(value_of(el)), suffixes)
        if title:
            return title, el if el.name != "meta" else shown(title)
    found = cms.first_meta(metas, ("articletitle",))
    if found and clean_title(_meta_text(found[1]), suffixes):
        title = clean_title(_meta_text(found[1]), suffixes)
        return title, shown(title)
    # A heading that <title> repeats is the article title; the other headings are site furniture.
    parts = title_parts(page_title) if page_title else []
    for el in headings:
        text = clean_title(el.get_text(), suffixes)
        if len(text) >= 4 and page_title and (text in page_title or any(p in text for p in parts if len(p) >= 4)):
            return text, el
    found = cms.first_meta(metas, cms.TITLE_METAS[1:])
    if found and clean_title(_meta_text(found[1]), suffixes):
        title = clean_title(_meta_text(found[1]), suffixes)
        return title, shown(title)
    h1s = [el for el in headings if el.name == "h1"]
    if len(h1s) == 1 and len(clean_text(h1s[0].get_text())) >= 4:
        return clean_title(h1s[0].get_text(), suffixes), h1s[0]
    if parts:
        title = parts[0] if len(parts[0]) >= 4 else max(parts, key=len)
        return title, shown(title)
    return page_title, None


def _is_headline(a: Tag, title: str) -> bool:
    text = clean_text(a.get_text())
    return len(text) >= HEADLINE_LINK_CHARS and text not in title and title not in text


def _list_entry(block: Tag, title: str) -> bool:
    """The date sits in one entry of a list of links to other articles (a sidebar, a list page).

    A headline link beside the date is not enough (a blog links its own post title): the entry
    must have siblings of its own kind that hold links too.
    """
    for el in (block, block.parent):
        if not isinstance(el, Tag) or el.name in ("body", "html"):
            return False
        if any(_is_headline(a, title) for a in el.find_all("a")):
            siblings = el.find_next_siblings(el.name, limit=3) + el.find_previous_siblings(el.name, limit=3)
            return any(s.find("a") is not None for s in siblings)
    return False


def _in_sidebar(block: Tag, title: str) -> bool:
    if _list_entry(block, title):
        return True
    for el in [block, *block.parents]:
        if not isinstance(el, Tag) or el.name in ("body", "html"):
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


def _visible_dates(soup: BeautifulSoup, title: str, title_el: Tag | None, body_el: Tag | None) -> list[_Candidate]:
    """Dates the page shows as text (attributes such as a placeholder alt="时间：…" are not text)."""
    found: list[_Candidate] = []
    seen_blocks: set[int] = set()
    after_title = title_el is None
    for node in (soup.body or soup).find_all(string=True):
        if isinstance(node, NON_TEXT) or not node.strip():
            continue
        parents = list(node.parents)
        if title_el is not None and not after_title and title_el in parents:
            after_title = True
            continue
        if any(p.name in SKIP_TAGS or p.name == "a" for p in parents):
            continue
        block = next((p for p in parents if p.name in BLOCK_TAGS), None)
        if block is None or id(block) in seen_blocks:
            continue
        context = clean_text(block.get_text(" "))
        if len(context) > 200 or not dates.has_date(context):
            # Long blocks are prose: the dates in them are events, not the publication.
            context = clean_text(str(node))
            if not dates.has_date(context):
                continue
        else:
            seen_blocks.add(id(block))
        if _in_sidebar(block, title):
            continue
        in_body = body_el is not None and (block is body_el or body_el in block.parents)
        for date in dates.find_dates(context):
            labelled = bool(DATE_LABEL.search(context[max(0, date.start - 12): date.start])) or bool(
                re.search(r"来源|Source|更新|Updated", context[date.end: date.end + 12], re.I))
            found.append(_Candidate(date.iso, labelled, after_title, in_body))
    return found


# Founder ENP (newspaper e-paper CMS) keeps each article's properties in a comment.
_ENP_DATE = re.compile(r"<!--\s*enpproperty\b.*?<date>([^<]+)</date>", re.S | re.I)


def find_date(soup: BeautifulSoup, html: str, metas: dict[str, str], rules: dict[str, list[str]], url: str,
              title: str, title_el: Tag | None, body_el: Tag | None) -> Dated:
    for el in select_all(soup, rules.get("date", [])):
        iso = dates.parse_date(value_of(el))
        if dates.plausible(iso):
            return Dated(iso, "site rule")
    shown: list[list[_Candidate]] = []

    def visible() -> list[_Candidate]:
        # Walking every text node is the costly part: only when the meta tags do not settle it.
        if not shown:
            shown.append([c for c in _visible_dates(soup, title, title_el, body_el) if dates.plausible(c.iso)])
        return shown[0]

    enp = _ENP_DATE.search(html)
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
            return Dated(iso, f"meta {name}")
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


def find_byline(soup: BeautifulSoup) -> tuple[str, str] | None:
    """China Daily's 'By AUTHOR | China Daily | Updated: …' line: (author, source)."""
    from crawler.extract.body import BYLINE

    for node in (soup.body or soup).find_all(string=re.compile(r"^\s*By\s")):
        if isinstance(node, NON_TEXT):
            continue
        block = next((p for p in node.parents if p.name in BLOCK_TAGS), None)
        match = BYLINE.match(clean_text(block.get_text(" ") if block is not None else str(node)))
        if match:
            return clean_text(match["author"]), "China Daily"
    return None


def find_source(soup: BeautifulSoup, html: str, metas: dict[str, str], rules: dict[str, list[str]]) -> str | None:
    for el in select_all(soup, rules.get("source", [])):
        text = clean_text(_meta_text(value_of(el)))
        match = SOURCE_AFTER_LABEL.search(text)
        if match:
            return match["src"]
        if text:
            return text
    found = cms.first_meta(metas, ("contentsource",))
    if found:
        return clean_text(_meta_text(found[1])) or None
    if "来源" not in html and "source" not in html.lower():
        return None
    for node in (soup.body or soup).find_all(string=re.compile(r"来源|Source", re.I)):
        if isinstance(node, NON_TEXT) or not isinstance(node, NavigableString):
            continue
        block = next((p for p in node.parents if p.name in BLOCK_TAGS), None)
        context = clean_text(block.get_text(" ") if block is not None else str(node))
        if len(context) > 120:
            continue
        match = SOURCE_AFTER_LABEL.search(context)
        if match:
            return match["src"]
    return None
