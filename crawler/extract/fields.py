"""Title, publication date and source of a parsed page, each from the most reliable signal present.

Order for each field: the site's own rules, then the CMS meta tags, then what the page shows
(a heading, a label-anchored line such as '发布时间：…'), then weaker hints (the URL's date).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from itertools import islice
from typing import TypeAlias

from lxml import etree

from crawler.extract import cms, dates, titles
from crawler.extract.body import BLOCK_TAGS, SKIP_TAGS, attr_text
from crawler.extract.model import rule
from crawler.extract.normalize import cjk_count, clean_text, clean_title, title_parts
from crawler.extract.site_rules import select_all, value_of
from crawler.extract.tree import Document, get_text

Element: TypeAlias = etree._Element

_TAGS = re.compile(r"<[^>]+>")
# Words that introduce a publication date or sit on the same line as one.
DATE_LABEL = re.compile(
    r"(?:发布时间|发布日期|发表时间|发表日期|发表于|发布于|更新时间|时间|日期|来源|Date|Updated|Published|Posted|Time)"
    r"\s*[:：]?\s*$|更新|来源|Source", re.I)
# Labels that say the date is the publication's (a month or a year is taken only under one, or alone).
PUBLICATION_LABEL = re.compile(
    r"(?:^|[\s【\[（(])(?:发布|发表|出版|刊发|刊登|公开日期|生成日期|日期|Date|Published|Posted|Issue)[^\d]{0,6}$", re.I)
# Labels of a document's other dates: when it was written, signed, takes effect, lapses, was
# last changed. Such a date is the article's only when the page shows no publication date (the
# info-disclosure table's 成文日期 beside its 发布日期; a bar's 更新时间 beside its 发布时间).
# Matched on the label with its spaces removed ('成 文 日 期：').
SECONDARY_LABEL = re.compile(
    r"(?:成文|印发|发文|生效|施行|实施|废止|失效|签发|签署|更新|修改|修订|撰写|截止|有效|打印|Updated|Modified)"
    r"(?:日期|时间|期|于|Date|Time|On)?[:：]?$", re.I)
# Labels of the clock in a site's header ('今天是：', '北京时间：'): now, never an article's date.
NOW_LABEL = re.compile(r"(?:今天是|今天|今日|当前时间|当前日期|现在是|现在时间|北京时间|系统时间|Today(?:is)?)[:：]?$", re.I)
# What a site's footer says (copyright, ICP licence, site id): a date in it is the site's.
_SITE_FOOT_TEXT = re.compile(r"版权所有|Copyright|©|ICP[备证]|公网安备|网站标识码|主办单位|承办单位", re.I)
SITE_FOOT_CHARS = 500
# A label alone in the element before a date's ('<td>发布日期：</td><td>2024-06-11</td>',
# '<dt>成文日期</dt><dd>…</dd>', a grid's label cell).
_CELL_LABEL = re.compile(r"(?:日期|时间|Date|Time)\s*[:：]?$", re.I)
CELL_LABEL_CHARS = 16
# Containers of other articles' dates: related news, rankings, footers.
SIDEBAR_ATTR = re.compile(
    r"related|xgxw|relevant|sidebar|side-bar|hot|rank|recommend|tuijian|footer|copyright|friend|links|"
    r"bottom|comment|reply|list", re.I)
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})/"),
    re.compile(r"/t(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)_\d+"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)/(?P<d>\d\d)/"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>\d\d)/(?P<d>\d\d)/"),
    # a day as a folder of its own ('/nw4411/20220507/…', '/2024/0611/c1001-…')
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
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
# A date line of the body's first this many lines dates the page (a byline under the title);
# so does one after a byline spread over several lines, before the first line of prose, up to
# this many lines in.
BODY_HEAD_LINES = 3
BYLINE_LINES = 8
# Headline links in list items; a date beside one belongs to that other article.
HEADLINE_LINK_CHARS = 8
HEADLINE_LINK_WORDS = 4
# A list entry's text: a headline, its date, a line of summary at most.
LIST_ENTRY_CHARS = 200
# A line that is a date and little else ('2011年3月4日', '1998年3月号', '2012-02-09 21:15:40 楼主'):
# this many characters of words beside the date at most.
STANDALONE_REST = 6
# A byline-sized line in which a date is the publication date, not an event of the story.
DATE_LINE_CHARS = 60
_SENTENCE = re.compile(r"[，。；！？,;!?]")
_WORD_CHARS = re.compile(r"[\W_]+")
# ':' or any of its look-alikes between hours, minutes and seconds ('08∶05', '08：05').
_COLON = "[:" + dates.COLON_LIKE + "]"


@dataclass
class Dated:
    iso: str | None
    rule: str | None


def _meta_text(value: str) -> str:
    return clean_text(_TAGS.sub("", value))


def heading_candidates(root: Element) -> list[Element]:
    return [el for el in root.iter("h1", "h2", "h3") if clean_text(get_text(el))]


# Elements a template sets an article's heading in beyond h1-h3: h4, a block named as a title
# (div.title, p.bt, span.news_title, td.title of TRS's table layouts), Ucap's <ucaptitle>.
_TITLE_ELEMENTS = etree.XPath(
    "//h1 | //h2 | //h3 | //h4 | //ucaptitle | //*[@class or @id][self::div or self::p or self::span or self::td"
    " or self::strong or self::font]")
_TITLE_ELEMENT_CHARS = 200


def title_elements(root: Element) -> list[Element]:
    """Headings and the elements a template names as the title, in document order, with text."""
    found = []
    for el in _TITLE_ELEMENTS(root):
        if el.tag not in ("h1", "h2", "h3", "h4", "ucaptitle"):
            names = attr_text(el)
            if not _TITLE_ATTR.search(names) or _NOT_TITLE_ATTR.search(names):
                continue
        text = clean_text(get_text(el))
        if text and len(text) <= _TITLE_ELEMENT_CHARS:
            found.append(el)
    return found


# A thread's type or a post's tag in brackets before its subject ('[讨论] …', '【转帖】…'), that the
# page's <title> leaves out.
_TAG_PREFIX = re.compile(r"^\s*[\[【［(（][^\]】］)）]{1,8}[\]】］)）]\s*")


def _tag_left_out(text: str, kept: Container[str]) -> str | None:
    """`text` without the tag in brackets before it, where `kept` (<title>, or its parts) has the
    subject without its tag and not with it; else None."""
    untagged = _TAG_PREFIX.sub("", text)
    return untagged if untagged != text and untagged in kept and text not in kept else None


def find_title(doc: Document, metas: dict[str, str], rules: dict[str, list[str]]) -> tuple[str, Element | None, str | None]:
    """The title, the element that shows it when the page shows it (dates sit just after), and
    the rule that gave it. Without a <title> every page-level choice is `derived:`.

    An element's title is its own text (`titles.heading_text`: no date line, source line or
    controls nested in it) and its main title (`titles.main_title`: no kicker or subtitle line
    where <title> or the meta names the main one), and never the site's name nor carries it
    (`titles.site_names`). The sources are checked against each other: an ArticleTitle meta that
    is a column's or the site's name, or the heading cut short, gives way to the heading; a
    <title> that is only the site's name is no title; of the headings that <title> repeats, the
    first that is not a column's name."""
    suffixes = rules.get("title_suffixes", [])
    title_el = next(doc.root.iter("title"), None)
    raw_title = clean_title(get_text(title_el)) if title_el is not None else ""  # no suffix cut yet
    names = titles.site_names(doc.root, metas, raw_title)
    columns = titles.column_names(doc.root, metas)
    page_title = titles.strip_site_name(clean_title(raw_title, suffixes), names)
    if page_title and (page_title in names or titles.is_strong_site_name(page_title)):
        names = [*names, page_title] if page_title not in names else names
        page_title = ""  # <title> holds only the site's name
    headings = heading_candidates(doc.root)
    elements = title_elements(doc.root)
    level = "generic" if page_title else "derived"

    def clean(text: str) -> str:
        return titles.strip_site_name(clean_title(text, suffixes), names)

    def own(el: Element) -> str:
        return clean(titles.heading_text(el))

    def main(el: Element, confirmed: list[str]) -> str:
        text = own(el)
        better = titles.main_title([clean(line) for line in titles.heading_lines(el)], confirmed)
        return better if better and better != text else text

    def shown(title: str) -> Element | None:
        for el in [*headings, *(e for e in elements if e not in headings)]:
            text = own(el)
            if text == title or (len(text) >= 4 and (text in title or title in text)):
                return el
        return None

    for selector in rules.get("title", []):
        for el in select_all(doc, [selector]):
            title = clean(_meta_text(value_of(el))) if el.tag == "meta" else own(el)
            if title and title not in names:
                return title, el if el.tag != "meta" else shown(title), rule("site", selector)
    # <title>'s parts that may be the article's: not a name of the site; a column's name only
    # when nothing else is left.
    parts = [c for p in title_parts(page_title) if p not in names for c in titles.column_split(p, columns)
             ] if page_title else []
    parts = sorted(parts, key=lambda p: p in columns) if len(parts) > 1 else parts
    found = cms.first_meta(metas, ("articletitle",))
    meta_title = clean(_meta_text(found[1])) if found else ""
    if meta_title and (meta_title in names or titles.is_site_name(meta_title, names) and shown(meta_title) is None
                       or meta_title in columns and meta_title not in parts[:1]):
        meta_title = ""  # the site's or a column's name in the title's meta
    if meta_title:
        texts = [titles.without_furniture(own(el)) for el in elements]
        longer = [t for t in [*texts, *parts] if titles.truncated_of(meta_title, t)]
        if longer and meta_title not in texts:  # the meta cut short: the heading (or <title>) holds the whole title
            title = max(longer, key=len)
            return title, shown(title), rule("cms", "meta ArticleTitle cut short")
        return meta_title, shown(meta_title), rule("cms", "meta ArticleTitle")
    ucap = cms.ucap_title(doc.root)
    if ucap and clean(ucap):
        el = cms.UCAP_TITLE_XPATH(doc.root)[0]
        title = main(el, parts) if el is not None else clean(ucap)
        return title, shown(title), rule("cms", "ucaptitle")
    # A heading that <title> repeats is the article title; the other headings are site furniture,
    # and so is a heading that is the site's name. Of several, the first that is a whole part of
    # <title> (not an agency's name that starts the title: '某某市人民政府办公室关于…' under
    # <h2>某某市人民政府办公室</h2>), else the first that <title> holds or that holds a part.
    candidates = [(el, text) for el, text in ((el, own(el)) for el in elements)
                  if text not in names and len(text) >= 4] if page_title else []
    for el, text in candidates:
        if text in parts or main(el, parts) in parts:
            return main(el, parts), el, rule("generic", f"{el.tag} in <title>")
    for el, text in candidates:
        if text in page_title or any(p in text for p in parts if len(p) >= 4):
            untagged = _tag_left_out(text, parts)  # a forum's '[讨论]' before the thread's subject
            if untagged:
                return untagged, el, rule("generic", f"{el.tag} in <title>")
            return main(el, parts), el, rule("generic", f"{el.tag} in <title>")
    found = cms.first_meta(metas, cms.TITLE_METAS[1:])
    if found and clean(_meta_text(found[1])) and clean(_meta_text(found[1])) not in names:
        title = clean(_meta_text(found[1]))
        return title, shown(title), rule(level, f"meta {found[0]}")
    h1s = [el for el in headings if el.tag == "h1" and own(el) not in names and not titles.is_strong_site_name(own(el))]
    if len(h1s) == 1 and len(own(h1s[0])) >= 4:
        title = main(h1s[0], [])
        return _tag_left_out(title, raw_title) or title, h1s[0], rule(level, "h1")
    if parts and not (page_title == clean_title(raw_title, suffixes) and len(parts) == 1
                      and titles.is_site_name(parts[0], names)):
        # (a <title> that is nothing but what reads as a site's name is none: the heading near
        # the body is; what is left after the site's name was cut is the title)
        title = parts[0] if len(parts[0]) >= 4 else max(parts, key=len)
        return title, shown(title), rule("generic", "<title>")
    return "", None, None


# Elements a page without <title> shows its title in: headings, and the bold or big type of
# hand-made and newspaper pages; a class or id saying "title" (biaoti is 标题 in pinyin).
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_EMPHASIS_TAGS = frozenset({"b", "strong", "font", "big"})
_TITLE_ATTR = re.compile(r"title|headline|biaoti|\bbt\b|\btit\b|heading", re.I)
_NOT_TITLE_ATTR = re.compile(r"sub-?title|side|nav|menu|logo|banner|header|breadcrumb|crumb|footer", re.I)
MAX_TITLE_CHARS = 80
# How far before the body a title may stand: elements passed, walking back in document order.
HEADING_REACH = 40


def _title_text(text: str) -> bool:
    return 4 <= len(text) <= MAX_TITLE_CHARS and not re.search(r"[。！？；;!?：:]$", text) and not (
        dates.has_date(text) and len(_WORD_CHARS.sub("", "".join(
            text[:d.start] + text[d.end:] for d in dates.find_dates(text)[:1]))) <= STANDALONE_REST)


def _heading_like(el: Element) -> bool:
    names = attr_text(el)
    if _NOT_TITLE_ATTR.search(names):
        return False
    return el.tag in _HEADING_TAGS or el.tag in _EMPHASIS_TAGS or bool(_TITLE_ATTR.search(names))


def _preceding(el: Element):
    """The elements before `el` in document order, nearest first, not its ancestors."""
    node = el
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            if isinstance(sibling.tag, str):
                yield from reversed([e for e in sibling.iter() if isinstance(e.tag, str)])
        node = node.getparent()


def heading_near(body: Element) -> tuple[str, Element] | None:
    """For a page without <title>: the heading that stands at the head of the body or nearest
    before it (not in a link, a sidebar or the site's header)."""
    first = [el for el in islice(body.iter(), HEADING_REACH) if isinstance(el.tag, str) and el is not body]
    for el in [*first, *islice(_preceding(body), HEADING_REACH)]:
        if el in first and el.tag not in _HEADING_TAGS:
            continue  # inside the body only a real heading is the title, bold text is emphasis
        if not _heading_like(el) or any(a.tag == "a" for a in el.iterancestors()) or next(el.iter("a"), None) is not None:
            continue
        if any(SIDEBAR_ATTR.search(attr_text(a)) or _NOT_TITLE_ATTR.search(attr_text(a))
               for a in el.iterancestors() if a.tag not in ("body", "html")):
            continue
        text = clean_title(get_text(el))
        if _title_text(text):
            return text, el
    return None


def _is_headline(a: Element, title: str) -> bool:
    """A link to another article: a headline's length, not a name (a linked author, a byline)."""
    text = clean_text(get_text(a))
    if len(text) < HEADLINE_LINK_CHARS or text in title or title in text:
        return False
    cjk = cjk_count(text)
    return cjk >= HEADLINE_LINK_CHARS or (cjk == 0 and len(text.split()) >= HEADLINE_LINK_WORDS)


def _list_entry(block: Element, title: str) -> bool:
    """The date sits in one entry of a list of links to other articles (a sidebar, a list page).

    A headline link beside the date is not enough (a blog links its own post title): the entry
    must have siblings of its own kind that hold links too. An entry is short: the block around
    the date's is one only when its text is an entry's length and it links to one headline (the
    column that holds the article, its info bar and a list of related links under it is not one). An entry that links to
    the article itself (its place in the site's 热点排行) is one when its siblings link elsewhere.
    """
    for el in (block, block.getparent()):
        if el is None or el.tag in ("body", "html"):
            return False
        if el is not block and len(get_text(el)) > LIST_ENTRY_CHARS:
            return False
        links = list(el.iterdescendants("a"))
        if not links:
            continue
        if el is not block and sum(_is_headline(a, title) for a in links) > 1:
            return False  # a list (or the column holding one), not an entry of it
        siblings = [*islice(el.itersiblings(el.tag), 3), *islice(el.itersiblings(el.tag, preceding=True), 3)]
        if any(_is_headline(a, title) for a in links):
            return any(next(s.iterdescendants("a"), None) is not None for s in siblings)
        if title and any(clean_text(get_text(a)) == title for a in links):
            return sum(any(_is_headline(a, title) for a in s.iterdescendants("a")) for s in siblings) >= 2
    return False


# Of SIDEBAR_ATTR's names, those of a footer: a post's own footer ('post-footer', 'entry-footer')
# as well as the page's.
_FOOT_NAME = re.compile(r"footer|bottom", re.I)


def _in_site_foot(block: Element) -> bool:
    """The block, or the short block around it, says what a site's footer says (版权所有, ICP备…)."""
    for el in (block, block.getparent()):
        if el is None or el.tag in ("body", "html"):
            return False
        text = get_text(el)
        if len(text) <= SITE_FOOT_CHARS and _SITE_FOOT_TEXT.search(text):
            return True
    return False


def _in_sidebar(block: Element, title: str) -> str | None:
    """'list' for an entry of a list of other articles, 'named' for a container named like a
    sidebar (related, list, reply: a forum's posts too), 'foot' for one named only like a footer,
    None for neither."""
    if _list_entry(block, title):
        return "list"
    foot = False
    for el in (block, *block.iterancestors()):
        if el.tag in ("body", "html"):
            break
        names = [m.group() for m in SIDEBAR_ATTR.finditer(attr_text(el))]
        if any(not _FOOT_NAME.fullmatch(name) for name in names):
            return "named"
        foot = foot or bool(names)
    return "foot" if foot else None


@dataclass
class _Candidate:
    iso: str
    labelled: bool
    after_title: bool
    in_body: bool
    date_line: bool = False  # a short line that is only metadata (a byline, a post header)
    standalone: bool = False  # the line is the date and at most a word or two
    body_head: bool = False  # in the body's first lines, before its prose
    aside: bool = False  # in a container named like a sidebar
    before_body: bool = False  # no line of the body seen yet
    publication: bool = False  # labelled as the publication ('发布日期：', 'Published:'), not any time
    foot: bool = False  # in a container named like a footer (and like nothing else of a sidebar)
    secondary: bool = False  # labelled as another date of the document ('成文日期：', '更新时间：')
    before_prose: bool = True  # no line of the body's prose seen yet (a table of metadata at its head)


def _is_prose(text: str) -> bool:
    """A line of running text: a sentence, longer than a byline or a date line."""
    text = text.strip()
    return len(text) > DATE_LINE_CHARS // 2 and bool(_SENTENCE.search(text))


def _line_shape(context: str, date: dates.FoundDate) -> tuple[bool, bool]:
    """(date line, standalone) for a date in the line `context`."""
    rest = context[: date.start] + " " + context[date.end:]
    words = _WORD_CHARS.sub("", rest)
    standalone = len(words) <= STANDALONE_REST
    return standalone or (len(context) <= DATE_LINE_CHARS and not _SENTENCE.search(rest)), standalone


# The text of a block and its <br>s, in document order (the text as get_text() reads it).
_TEXT_AND_BREAKS = etree.XPath(
    "descendant::text()[not(parent::script or parent::style or parent::rt or parent::rp or ancestor::template)]"
    " | descendant::br", smart_strings=False)


def _br_lines(block: Element) -> list[str]:
    """The lines of a block that writes its lines with <br> ('记者 甲<br>2003-7-24 某某晚报<br>…')."""
    lines, line = [], []
    for node in _TEXT_AND_BREAKS(block):
        if isinstance(node, str):
            line.append(node)
        else:
            lines.append(clean_text(" ".join(line)))
            line = []
    lines.append(clean_text(" ".join(line)))
    return [ln for ln in lines if ln]


def _date_line_of(context: str, date: dates.FoundDate, lines: list[str]) -> tuple[str, dates.FoundDate]:
    """The <br> line of `context` that holds `date`, and the date in it; the context itself when the
    block has no such lines or the date spans two."""
    written = context[date.start: date.end]
    for line in lines:
        at = line.find(written)
        if at >= 0:
            return line, dates.FoundDate(date.iso, at, at + len(written))
    return context, date


def _cell_label(block: Element) -> str | None:
    """The label in the element just before `block` when that element is a label alone (a table's
    label cell, a <dt>, a grid's label), or None."""
    previous = next((el for el in block.itersiblings(preceding=True) if isinstance(el.tag, str)), None)
    label = _label_alone(previous)
    if label is None and block.tag in ("td", "th"):
        # a table whose row of labels stands over its row of values: the label of the same column
        row = block.getparent()
        above = next((el for el in row.itersiblings("tr", preceding=True)), None) if row is not None else None
        if above is not None:
            cells = [el for el in row if el.tag in ("td", "th")]
            labels = [el for el in above if el.tag in ("td", "th")]
            if len(cells) == len(labels) and block in cells:
                label = _label_alone(labels[cells.index(block)])
    return label


def _label_alone(el: Element | None) -> str | None:
    """The text of `el` when it is a date's label and nothing else ('发布日期：', '成 文 日 期')."""
    if el is None:
        return None
    text = clean_text(get_text(el, " "))
    if len(text) > CELL_LABEL_CHARS or _YEAR.search(text) or not _CELL_LABEL.search(_RUNS_OF_SPACE.sub("", text)):
        return None
    return text


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


def _title_date_line(doc: Document, title: str, line: str) -> str | None:
    """The date line that the heading's text `line` holds after the title, or None.

    Either the title found leaves it out ('标题 2026-11-19 来源：…', 'Title Jan 1, 2015 Source: …':
    a label or a control showed where the title ends), or the heading ends with a date alone
    ('Title Nov. 6, 2026 08:40', 'Title 6 November 2026') that the page's <title> does not show:
    a title that ends with a date ('…公告 2024年3月1日') keeps it in <title> too."""
    if title and title in line and _YEAR.search(line.replace(title, "", 1)):
        return line.replace(title, "", 1).strip()
    if not _YEAR.search(line):
        return None
    page_title = next(doc.root.iter("title"), None)
    shown = {d.iso[:10] for d in dates.find_dates(get_text(page_title))} if page_title is not None else None
    if shown is None:
        return None
    for date in dates.find_dates(line):
        if len(date.iso) < 10 or date.iso[:10] in shown:
            continue
        head = titles.without_furniture(line, date.iso)
        if len(head) <= date.start < len(line):
            return line[len(head):].strip()
    return None


def _visible_dates(doc: Document, title: str, title_el: Element | None, body_el: Element | None) -> list[_Candidate]:
    """Dates the page shows as text (attributes such as a placeholder alt="时间：…" are not text)."""
    found: list[_Candidate] = []
    seen_blocks: set[Element] = set()
    # block -> its text when that text is short and holds a date, else None (read the node alone)
    block_context: dict[Element, str | None] = {}
    after_title = title_el is None
    in_title = set(title_el.iter()) if title_el is not None else set()
    # The element the title was taken from is never the body's, even inside a site's body container:
    # the date line it holds is a date line under the title, not a date in the prose.
    in_body = set(body_el.iter()) - in_title if body_el is not None else set()
    nodes = doc.body_text()
    if not nodes:
        return found
    body_blocks: set[Element] = set()  # blocks of the body passed so far
    prose_seen = False  # a line of the body's prose passed (not a byline, a date line, a name)
    br_lines: dict[Element, list[str]] = {}  # block -> its <br> lines, for blocks that have them
    body = doc.root.find("body")
    places = _text_places(body if body is not None else doc.root)
    # A date needs a year: a block whose text has none can show a date only in a node of its own.
    year_blocks = {places[holder][0] for text, holder in nodes if _YEAR.search(text)}
    for text, holder in nodes:
        title_rest = None
        if not after_title and holder in in_title:
            after_title = True
            # The title's own text, unless the date line follows it in the same text ('标题 2026-11-19
            # 来源：…' written in the heading): then that line is read, the title left out.
            title_rest = _title_date_line(doc, title, clean_text(text))
            if title_rest is None:
                continue
        block, hidden = places[holder]
        if holder in in_body and block is not None:
            body_blocks.add(block)
            if not prose_seen and not hidden and _is_prose(text):
                prose_seen = True
        # the body's head: its first lines, or the lines (a byline over several) before its prose
        head = holder in in_body and block is not None and (
            len(body_blocks) <= BODY_HEAD_LINES or (not prose_seen and len(body_blocks) <= BYLINE_LINES))
        whole_block = False  # the context is the block's text, not one text node's
        if title_rest is not None:
            if hidden or block is None or not dates.has_date(title_rest):
                continue
            context = title_rest
        else:
            if hidden or block is None or block in seen_blocks or (block not in year_blocks and not _YEAR.search(text)):
                continue
            if block not in block_context:
                raw = get_text(block, " ")
                block_text = clean_text(raw) if _YEAR.search(raw) else ""
                # Long blocks are prose: the dates in them are events, not the publication.
                block_context[block] = block_text if len(block_text) <= 200 and dates.has_date(block_text) else None
            shared = block_context[block]
            if shared is None:
                if not _YEAR.search(text):
                    continue
                context = clean_text(text)
                if not dates.has_date(context):
                    continue
            else:
                context, whole_block = shared, True
                seen_blocks.add(block)
        aside = _in_sidebar(block, title)
        if aside == "list":
            continue
        if aside is None and block not in in_body and _in_site_foot(block):
            aside = "named"
        # A value cell: the date opens the block, its label stands in the element before.
        lead = dates.find_dates(context[:CELL_LABEL_CHARS * 3])[:1]
        if lead and not context[: lead[0].start].strip(" [【(（"):
            label = _cell_label(block)
            if label:
                context = f"{label} {context}"
        lines: list[str] = []
        if whole_block and len(context) > DATE_LINE_CHARS and next(block.iter("br"), None) is not None:
            if block not in br_lines:
                br_lines[block] = _br_lines(block)
            lines = br_lines[block]
        previous_end = 0
        for date in dates.find_dates(context):
            before = context[max(0, date.start - 12): date.start]
            # the label as written, and with its spaces taken out ('发 布 日 期：'), up to the date before
            squeezed = _RUNS_OF_SPACE.sub("", context[max(previous_end, date.start - 20): date.start])[-12:]
            previous_end = date.end
            if NOW_LABEL.search(squeezed):
                continue  # the header's clock
            labelled = bool(DATE_LABEL.search(before) or DATE_LABEL.search(squeezed)) or bool(
                re.search(r"来源|Source|更新|Updated", context[date.end: date.end + 12], re.I))
            date_line, standalone = _line_shape(*_date_line_of(context, date, lines))
            publication = bool(PUBLICATION_LABEL.search(before) or PUBLICATION_LABEL.search(squeezed))
            found.append(_Candidate(date.iso, labelled, after_title, block in in_body, date_line, standalone,
                                    block in in_body and head, aside in ("named", "foot"), not body_blocks,
                                    publication, aside == "foot", bool(SECONDARY_LABEL.search(squeezed)),
                                    not prose_seen))
    return found


# Founder ENP (newspaper e-paper CMS) keeps each article's properties in a comment.
_ENP_DATE = re.compile(r"<!--\s*enpproperty\b.*?<date>([^<]+)</date>", re.S | re.I)


def _to_the_second(html: str, iso: str, how: str) -> Dated:
    """A meta date to the minute (Hanweb's PubDate) whose minute the page shows with seconds
    ("2018-11-23 10:07:47"): the page is more precise, so keep the seconds (a cheap text search)."""
    if len(iso) > 10 and iso.endswith(":00+08:00"):
        y, m, d, hh, mm = iso[:4], int(iso[5:7]), int(iso[8:10]), int(iso[11:13]), iso[14:16]
        found = re.search(rf"{y}[-/.年]0?{m}[-/.月]0?{d}日?\s*0?{hh}{_COLON}{mm}{_COLON}(\d\d)(?!\d)", html)
        if found and found.group(1) != "00":
            return Dated(f"{iso[:17]}{found.group(1)}+08:00", f"{how} + visible seconds")
    return Dated(iso, how)


def _as_shown(doc: Document, dated: Dated) -> Dated:
    """A meta time to the second where the page's date line shows the same minute without
    seconds is cut to the minute: the page's own precision. (A meta time where the page shows
    only the day stays: the CMS knows the time, and readers of such pages expect it.)"""
    iso = dated.iso
    if not iso or len(iso) <= 10 or iso[17:19] == "00":
        return dated
    y, m, d, hh, mm, ss = iso[:4], int(iso[5:7]), int(iso[8:10]), int(iso[11:13]), iso[14:16], iso[17:19]
    text = " ".join(t for t, _ in doc.body_text())
    day = rf"{y}\s*[-/.年]\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)\s*日?"
    shown = [match.group(1) for match in re.finditer(day + rf"(\s*(?:[T\s]\s*)?\d{{1,2}}\s*(?:{_COLON}|时)\s*\d\d(?:\s*(?:{_COLON}|分)\s*\d\d)?)?", text)]
    if not shown:
        return dated
    times = [t for t in shown if t]
    minute = rf"0?{hh}\s*(?:{_COLON}|时)\s*{mm}"
    if ss != "00" and any(re.fullmatch(rf"\s*(?:[T\s]\s*)?{minute}", t) for t in times) and not any(
            re.search(rf"{minute}\s*(?:{_COLON}|分)\s*{ss}", t) for t in times):
        return Dated(f"{iso[:17]}00+08:00", f"{dated.rule} as shown")
    return dated


_TIME = (rf"(?P<H>\d{{1,2}})\s*(?:{_COLON}|时)\s*(?P<M>\d\d)(?:\s*(?:{_COLON}|分)\s*(?P<S>\d\d))?"
         r"(?!\d)\s*(?P<ampm>[AaPp]\.?[Mm]\.?(?![A-Za-z]))?")


def _day_pattern(iso: str) -> str:
    """The ways a page writes this day: 2019-03-05, 2019/3/5, 2019年3月5日, March 5, 2019, 5 Mar 2019."""
    y, m, d = iso[:4], int(iso[5:7]), int(iso[8:10])
    month = ("January February March April May June July August September October November December"
             .split()[m - 1])
    names = rf"{month[:3]}[a-z]*\.?"
    return (rf"(?:(?<!\d){y}\s*[-/.年]\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)\s*[日号]?"
            rf"|\b{names}\s+0?{d},?\s+{y}\b|(?<!\d)0?{d}\s+{names},?\s+{y}\b)")


def _stored_date(doc: Document, iso: str, how: str, visible: Callable[[], list[_Candidate]],
                 metas: dict[str, str] | None = None) -> Dated:
    """A date the CMS stored (a meta, or what a site rule selects) at the precision the page shows.

    The CMS writes 00:00:00 (or 23:59:59) when only the day is known; a time the page shows beside
    that day outside the body is then the publication time ('+ visible time'). A stored minute whose
    seconds the page shows keeps them; stored seconds the page shows only to the minute are cut.
    Whichever level found the stored date, it is refined the same way.
    """
    iso = dates.drop_midnight_filler(iso)
    if len(iso) == 10:
        finer = next((c.iso for c in visible() if c.iso[:10] == iso and len(c.iso) > 10 and not c.in_body), None)
        if finer:
            return Dated(finer, f"{how} + visible time")
        # A site rule that reads the day where the CMS's date meta holds the time of that same day
        # (Shanghai shows '2022-05-07' under the title, its PubDate says '2022-05-07 08∶05').
        for name in cms.DATE_METAS if metas else ():
            stored = dates.parse_date(metas.get(name))  # type: ignore[union-attr]
            if stored and stored[:10] == iso and dates.drop_midnight_filler(stored) != iso:
                return Dated(stored, f"{how} + meta {name} time")
    return _as_shown(doc, _to_the_second(doc.html, iso, how))


def _with_shown_time(doc: Document, dated: Dated, written: frozenset[Element] = frozenset()) -> Dated:
    """A day whose page shows it with a time beside it, in another element ('<span>2019-03-05</span>
    <span>08:30</span>') or before it ('08:30, March 5, 2019'): the page is more precise. (The code
    of a script that writes a date is not shown: what it writes is, cut as it cuts it.)"""
    iso = dated.iso
    if not iso or len(iso) != 10:
        return dated
    text = " ".join(t.strip() for t, holder in doc.body_text() if holder not in written)
    day = _day_pattern(iso)
    sep = r"\s*(?:[,，|｜/]\s*)?(?:(?:时间|Time)\s*[:：]?\s*)?"
    found = re.search(day + sep + r"(?:T\s*)?" + _TIME, text, re.I) or re.search(_TIME + sep + day, text, re.I)
    if found is None:
        return dated
    finer = dates.parse_date(f"{iso} {found['H']}:{found['M']}" + (f":{found['S']}" if found["S"] else "")
                             + (f" {found['ampm'].replace('.', '')}" if found["ampm"] else ""))
    if not finer or len(finer) <= 10 or finer[:10] != iso or dates.drop_midnight_filler(finer) == iso:
        return dated
    return Dated(finer, f"{dated.rule} + time beside it")


# A date a script writes into the page (TRS: 'var str_1 = "2024-06-11 10:20:35"; … str_1.substring(0,10)
# … document.write(str_2)'; 'document.write("2024-06-11")'): a quoted literal that holds a date, in
# a short script that writes, cut as the script cuts it.
_WRITES = re.compile(r"document\.write|\.innerHTML\s*=")
_LITERAL = re.compile(r"""(["'])((?:(?!\1)[^\n]){6,80}?)\1""")
_CUT = re.compile(r"\.(?:substring|substr|slice)\(\s*0\s*,\s*(\d{1,2})\s*\)")
WRITING_SCRIPT_CHARS = 1500


def written_dates(doc: Document) -> list[tuple[Element, str]]:
    """(script, the text it writes) for the scripts in the body that write a date literal."""
    if "document.write" not in doc.html and "innerHTML" not in doc.html:
        return []
    body = doc.root.find("body")
    found = []
    for script in body.iter("script") if body is not None else ():
        code = script.text or ""
        if len(code) > WRITING_SCRIPT_CHARS or not _YEAR.search(code) or not _WRITES.search(code):
            continue
        for literal in (m.group(2) for m in _LITERAL.finditer(code)):
            shown = dates.find_dates(literal)
            if shown and len(shown[0].iso) >= 10:
                cut = _CUT.search(code)
                if cut and not literal[: shown[0].start].strip():
                    literal = literal[: shown[0].start + int(cut.group(1))]
                found.append((script, clean_text(_TAGS.sub(" ", literal))))
                break
    return found


# Attributes that hold the absolute date of an element showing a relative one.
_DATE_ATTRS = ("title", "datetime", "data-time", "data-date", "data-datetime", "data-pubtime", "data-publish-time")
_RELATIVE_HOLDERS = etree.XPath("//body//*[" + " or ".join(f"@{a}" for a in _DATE_ATTRS) + "][not(*)]")
_RELATIVE_WORDS = re.compile(r"前|刚刚|今天|昨天|前天|ago", re.I)


def relative_dates(doc: Document) -> list[tuple[Element, str]]:
    """(element, the absolute date it carries) for the elements that show a relative date ('3 天前',
    '昨天 10:20', Discuz's `<span title="2008-3-5 10:20">3 天前</span>`) and hold the date in an
    attribute: the date the page means, read in the relative one's place."""
    if not _RELATIVE_WORDS.search(doc.html):
        return []
    found = []
    for el in _RELATIVE_HOLDERS(doc.root):
        if not el.text or not dates.RELATIVE_RE.match(el.text):
            continue
        for name in _DATE_ATTRS:
            value = el.get(name)
            iso = dates.parse_date(value) if value and _YEAR.search(value) else None
            if iso and len(iso) >= 10:
                found.append((el, clean_text(value)))  # type: ignore[arg-type]
                break
    return found


# The publication time a page keeps in its script ('var ct = "1614912000"' and 'publish_time =
# "2021-03-05"' of a WeChat article's copy, 'var pubtime = "…"', JSON-LD's "datePublished"): a
# variable named so, holding a date or a unix time. A date written out is what the page shows
# readers (at its precision); a unix time alone is read to the second.
_SCRIPT_DATE = re.compile(
    r"""(?<![\w.$])(?:var\s+|let\s+|const\s+|window\.)?["']?(?P<name>ct|publish_?time|publishTime|pub_?time|pubTime|pub_?date|"""
    r"""pubDate|publish_?date|publishDate|create_?time|createTime|datePublished|firstPublishTime)["']?\s*[:=]\s*"""
    r"""(?:["'](?P<text>[^"'\n]{8,40})["']|(?P<unix>["']?\d{10}(?:\d{3})?["']?))""", re.I)
_SCRIPT_NAMES = re.compile(r"\bct\b|publish|pub_?time|pub_?date|create_?time|datePublished|firstPublishTime", re.I)


def script_date(doc: Document) -> str | None:
    """The publication date a page keeps in a script variable (see _SCRIPT_DATE), or None."""
    if "<script" not in doc.html or not _SCRIPT_NAMES.search(doc.html):
        return None
    written: str | None = None
    unix: str | None = None
    for script in doc.root.iter("script"):
        code = script.text or ""
        if not _SCRIPT_NAMES.search(code):
            continue
        for match in _SCRIPT_DATE.finditer(code):
            number = (match["unix"] or match["text"] or "").strip("\"'")
            if re.fullmatch(r"\d{10}(?:\d{3})?", number):
                iso = dates.unix_time(number) if unix is None else None
                unix = iso if iso and dates.plausible(iso) else unix
            elif written is None:
                iso = dates.parse_date(match["text"])
                written = iso if iso and len(iso) >= 10 and dates.plausible(iso) else None
    if written and (unix is None or unix[:10] == written[:10] or len(written) > 10):
        return dates.drop_midnight_filler(written)
    return dates.drop_midnight_filler(unix) if unix else None


def _shows_relative_date(doc: Document) -> bool:
    """Whether the page shows a relative date ('3小时前', '昨天 10:20') as a text of its own."""
    return bool(_RELATIVE_WORDS.search(doc.html)) and any(dates.RELATIVE_RE.match(t) for t, _ in doc.body_text())


def find_date(doc: Document, metas: dict[str, str], rules: dict[str, list[str]], url: str,
              title: str, title_el: Element | None, body_el: Element | None) -> Dated:
    """The publication date at the page's precision, and the rule that gave it.

    What a script writes into the page is read as shown: while the date is looked for, each
    script that writes a date stands followed by the text it writes; an element that shows a
    relative date ('3 天前') shows the absolute date it holds in an attribute instead (the tree is
    restored after)."""
    written = written_dates(doc)
    relative = relative_dates(doc)
    if not written and not relative:
        return _with_shown_time(doc, _find_date(doc, metas, rules, url, title, title_el, body_el))
    tails = [(script, script.tail) for script, _ in written]
    texts = [(el, el.text) for el, _ in relative]
    for script, text in written:
        script.tail = f" {text} {script.tail or ''}"
    for el, text in relative:
        el.text = text
    try:
        shown = Document(doc.root, doc.html)
        return _with_shown_time(shown, _find_date(shown, metas, rules, url, title, title_el, body_el),
                                frozenset(script for script, _ in written))
    finally:
        for script, tail in tails:
            script.tail = tail
        for el, original in texts:
            el.text = original


# The words of PUBLICATION_LABEL, searched alone (spaced out as tables justify them: '发 布 日 期').
_PUBLICATION_WORDS = re.compile(r"发\s*布|发\s*表|出版|刊发|刊登|生\s*成\s*日\s*期|日\s*期|Date|Published|Posted|Issue", re.I)
# A publication label alone in a table's cell: its date may stand in the row below, far in the text.
_LABEL_CELL = re.compile(r"<t[hd][^>]*>\s*(?:发\s*布|公\s*开|生\s*成)\s*(?:日\s*期|时\s*间)\s*[:：]?\s*</t[hd]>")


# A date shown under a publication label follows it closely ('发布日期：2024-06-11': the label
# allows six characters between); in the page's text, with a margin for what a date line's own
# text drops (spaces between Chinese characters) and the page's text keeps.
_LABEL_GAP = 40
_RUNS_OF_SPACE = re.compile(r"\s+")


def _other_day_after_label(doc: Document, stored: str) -> bool:
    """Whether a date of another day than `stored` follows a publication word in the page's text:
    a cheap test that spares the walk over every text node on the pages where the meta agrees."""
    if _LABEL_CELL.search(doc.html):
        return True
    text = " ".join(t for t, _ in doc.body_text())
    for match in _PUBLICATION_WORDS.finditer(text):
        window = _RUNS_OF_SPACE.sub(" ", text[match.end(): match.end() + 4 * _LABEL_GAP])
        if _YEAR.search(window) and any(d.start <= _LABEL_GAP and len(d.iso) >= 10 and d.iso[:10] != stored[:10]
                                        for d in dates.find_dates(window)):
            return True
    return False


def _shown_publication(doc: Document, stored: str, visible: Callable[[], list[_Candidate]]) -> str | None:
    """The date the page shows under a publication label ('发布时间：2024-06-11', '发布日期：…')
    beside the title, when its day is not the day `stored` (a meta) says; else None."""
    if not _other_day_after_label(doc, stored):
        return None
    shown = next((c for c in visible() if c.publication and c.labelled and not c.aside
                  and (not c.in_body or c.before_prose) and not c.secondary and len(c.iso) >= 10), None)
    if shown is None or shown.iso[:10] == stored[:10]:
        return None
    return dates.drop_midnight_filler(shown.iso)


# The issuing agency's line above a signature date: a government body, a committee, an office.
_AGENCY = re.compile(r"(?:政府|办公室|办公厅|委员会|局|厅|部|院|署|中心|办|委|会|处|所|站|公司|集团|小组|指挥部|银行|法院|检察院)$")
# Signature lines are at the document's end: among its last this many lines.
SIGNATURE_LINES = 4
AGENCY_CHARS = 40
_TEXT_OF = etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]")
_BLANK = " \u3000\xa0\t\r\n"


def _lines_of(el: Element) -> list[str]:
    """The lines of `el`'s text: a block or a <br> ends one."""
    lines: list[list[str]] = [[]]
    block = None
    for node in _TEXT_OF(el):
        holder = node.getparent()
        if node.is_tail:
            if holder.tag == "br" and lines[-1]:
                lines.append([])
            holder = holder.getparent()
        here = next((p for p in (holder, *holder.iterancestors()) if p.tag in BLOCK_TAGS), None)
        if here is not block and lines[-1]:
            lines.append([])
        block = here
        if str(node).strip(_BLANK):
            lines[-1].append(str(node))
    return [clean_text("".join(parts)) for parts in lines if "".join(parts).strip(_BLANK)]


def signature_date(body_el: Element | None) -> str | None:
    """The date a document signs off with ('某某市人民政府办公室' then '2024年4月9日' or
    '二〇二四年四月九日'), the day alone on one of the body's last lines under the agency's."""
    if body_el is None:
        return None
    lines = _lines_of(body_el)
    tail = lines[-SIGNATURE_LINES:]
    for at in range(len(tail) - 1, 0, -1):
        line, above = tail[at], tail[at - 1]
        found = dates.find_dates(line) or dates.find_numeral_dates(line)
        if len(found) != 1 or len(found[0].iso) < 10 or _WORD_CHARS.sub("", line[:found[0].start] + line[found[0].end:]):
            continue
        above = above.strip(_BLANK)
        if len(above) <= AGENCY_CHARS and not _SENTENCE.search(above) and _AGENCY.search(above):
            return found[0].iso[:10]
    return None


def _find_date(doc: Document, metas: dict[str, str], rules: dict[str, list[str]], url: str,
               title: str, title_el: Element | None, body_el: Element | None) -> Dated:
    shown: list[list[_Candidate]] = []

    def visible() -> list[_Candidate]:
        # Walking every text node is the costly part: only when the meta tags do not settle it.
        if not shown:
            shown.append([c for c in _visible_dates(doc, title, title_el, body_el) if dates.plausible(c.iso)])
        return shown[0]

    for selector in rules.get("date", []):
        for el in select_all(doc, [selector]):
            value = value_of(el)
            iso = dates.parse_date(value) or dates.parse_date_box(value)
            if dates.plausible(iso):
                return _stored_date(doc, iso, rule("site", selector), visible, metas)  # type: ignore[arg-type]
    enp = _ENP_DATE.search(doc.html)
    if enp:
        metas = {**metas, "enpproperty": enp.group(1)}
    for name in cms.DATE_METAS:
        iso = dates.parse_date(metas.get(name))
        if dates.plausible(iso):
            shown_instead = _shown_publication(doc, iso, visible)  # type: ignore[arg-type]
            if shown_instead:
                # The date readers are shown is the article's (a repost, a CMS that stamps the
                # upload); the meta's is kept in the rule as a note.
                return Dated(shown_instead, rule("generic", f"label line (meta {name} {metas[name]} differs)"))
            return _stored_date(doc, iso, rule("cms", f"meta {name}"), visible)  # type: ignore[arg-type]
    for text in cms.ucap_date_texts(doc.root):
        iso = dates.parse_date(text)
        if dates.plausible(iso) and len(iso) >= 10:  # type: ignore[arg-type]
            return Dated(dates.drop_midnight_filler(iso), rule("cms", "ucap publishtime"))  # type: ignore[arg-type]
    # A month or a year alone is taken only when nothing gives the day (below).
    full = [c for c in visible() if len(c.iso) >= 10 and not c.aside]
    header = [c for c in full if not c.in_body or c.labelled]
    for how, pick in (
        # a publication's label (or a date's) before another date's ('成文日期', '更新时间')
        ("label line", lambda c: c.labelled and c.after_title and not c.secondary),
        ("label line", lambda c: c.labelled and not c.secondary),
        ("label line", lambda c: c.labelled and c.after_title),
        ("label line", lambda c: c.labelled),
        ("near title", lambda c: c.after_title and not c.in_body),
    ):
        chosen = next((c for c in header if pick(c)), None)
        if chosen:
            return Dated(dates.drop_midnight_filler(chosen.iso), rule("generic", how))
    # A byline or a date alone at the head of the body ('本报记者 甲 乙 2009-5-8 某某晚报').
    chosen = next((c for c in full if c.body_head and c.date_line), None)
    if chosen:
        return Dated(dates.drop_midnight_filler(chosen.iso), rule("generic", "date line"))
    # A blog post's footer ('发表于 2004年12月27日 12:40 | 评论(3)') in a container named like a
    # footer: a publication label after the title, outside the body.
    chosen = next((c for c in visible() if len(c.iso) >= 10 and c.foot and c.publication and c.labelled
                   and c.after_title and not c.in_body), None)
    if chosen:
        return Dated(dates.drop_midnight_filler(chosen.iso), rule("generic", "post footer"))
    # A date the page keeps in a script variable (a WeChat article's copy: its date is nowhere else).
    scripted = script_date(doc)
    if scripted:
        return Dated(scripted, rule("generic", "script variable"))
    for pattern in _URL_DATES:
        match = pattern.search(url)
        if match:
            iso = dates.parse_date(f"{match['y']}-{match['m']}-{match['d']}")
            if dates.plausible(iso):
                return Dated(iso, rule("url", "path date"))
    # A document that shows no date but its signature's: the day it was issued.
    signed = signature_date(body_el)
    if dates.plausible(signed):
        return Dated(signed, rule("generic", "signature"))
    # A post header in a container named like a list of replies ('2012-02-09 21:15:40 楼主'),
    # after the title and before the first line of the body.
    chosen = next((c for c in visible() if len(c.iso) >= 10 and c.aside and c.date_line and c.after_title
                   and c.before_body), None)
    if chosen:
        return Dated(dates.drop_midnight_filler(chosen.iso), rule("generic", "post header"))
    # Last resort: the first date shown before the body, when there is a single such date; not on
    # a page that tells its date relatively ('3小时前') with no absolute date behind it: the one
    # date shown is then the header's clock or another article's, and the page is undated.
    before = {c.iso for c in full if not c.in_body}
    if len(before) == 1 and not _shows_relative_date(doc):
        return Dated(before.pop(), rule("generic", "only date"))
    reduced = next((c for c in visible() if len(c.iso) < 10 and not c.aside and (c.publication or c.standalone)
                    and (c.after_title or c.labelled) and (not c.in_body or c.body_head)), None)
    if reduced:
        return Dated(reduced.iso, rule("generic", "month or year"))
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


def find_source(doc: Document, metas: dict[str, str], rules: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """The source (来源) and the rule that gave it."""
    for selector in rules.get("source", []):
        for el in select_all(doc, [selector]):
            text = clean_text(_meta_text(value_of(el)))
            match = SOURCE_AFTER_LABEL.search(text)
            if match:
                return match["src"], rule("site", selector)
            if text:
                return text, rule("site", selector)
    found = cms.first_meta(metas, ("contentsource",))
    if found and clean_text(_meta_text(found[1])):
        return clean_text(_meta_text(found[1])), rule("cms", "meta ContentSource")
    if "来源" not in doc.html and "source" not in doc.html.lower():
        return None, None
    for text, holder in doc.body_text():
        if not _SOURCE_WORD.search(text):
            continue
        context = _block_text(holder) or clean_text(text)
        if len(context) > 120:
            continue
        match = SOURCE_AFTER_LABEL.search(context)
        if match:
            return match["src"], rule("generic", "label line")
    return None, None
