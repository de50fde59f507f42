"""Find the main text of a page nobody configured: the element that gathers the most prose.

Prose is scored the way a Chinese reader would spot it: sentences carry punctuation (，。、；！？)
and are not links, while navigation and related-news lists are short link texts without punctuation.
Each text block adds its score to itself and its parent, half to its grandparent (as Readability
does), and the best-scored element, discounted by its link density, is the body.

An article can be a table (an administrative-penalty notice: 文号, 当事人, 违法违规事实, …; a
statistics release; a personnel list): each row of a data table is one block, its cells counted
as separated clauses, and it scores for the table's container. A copyright notice, disclaimer,
网站声明, contact or accessibility block scores nothing, however much prose it holds: it is the
site's, never the article's (issue 19).
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.body import (
    ATTACHMENT,
    ATTACHMENT_NAME,
    BLOCK_TAGS,
    SKIP_TAGS,
    add_attachment,
    attr_text,
    is_chrome_element,
)
from crawler.extract.tree import Document, get_text, text_length

_PUNCT = re.compile(r"[，。、；！？：,;!?]|\.(?=\s|$)")
# Words: each Chinese character, each run of Latin letters and digits.
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")
# A block shorter than this is a label or a link, not prose ...
MIN_BLOCK_CHARS = 10
# ... unless it is a whole sentence in a Latin script of at least this many words: a short English
# paragraph ("Deals worth 40 billion yuan were signed.") is prose, a label ends without a full stop.
MIN_SENTENCE_WORDS = 4
_SENTENCE = re.compile(r"[A-Za-z0-9][.!?][\"'”’)]?$")
# Container kinds worth choosing: a lone <p> is a paragraph, not the article.
_CONTAINERS = frozenset({"div", "td", "article", "section", "main", "body", "center", "blockquote", "dd", "font", "span", "li"})


def _block_of(holder: etree._Element) -> tuple[etree._Element | None, bool]:
    """The nearest block element holding a text node, and whether the text is inside a link."""
    in_link = False
    for el in (holder, *holder.iterancestors()):
        name = el.tag
        if name in SKIP_TAGS:
            return None, False
        if name == "a":
            in_link = True
        elif name in BLOCK_TAGS:
            return el, in_link
    return None, in_link


# The site's own notices: what they say, and the headings and names of their boxes.
BOILERPLATE_TEXT = re.compile(
    r"版权所有|版权与免责|免责声明|版权声明|网站声明|隐私声明|法律声明|不得(?:转载|复制|镜像)|"
    r"未经.{0,10}(?:授权|许可|同意).{0,20}(?:转载|使用|复制|摘编)|转载.{0,12}注明|不承担.{0,16}责任|"
    r"联系我们|网站地图|无障碍|适老化|ICP备|公网安备|主办单位|承办单位|技术支持|Copyright|All rights reserved",
    re.I)
BOILERPLATE_HEADING = re.compile(
    r"^[【\[]?\s*(?:版权与免责声明|版权声明|免责声明|网站声明|法律声明|隐私声明|版权与免责|联系我们|联系方式|"
    r"无障碍(?:浏览|服务)?|关于我们)\s*[】\]]?\s*[:：]?$")
BOILERPLATE_ATTR = re.compile(r"copyright|disclaimer|statement|declare|mzsm|bqsm|wzsm|lxwm|contact|wza|accessib", re.I)


# A site notice is short: a box holding more text than this, or most of the page's text, is a
# wrapper of the page (a blog's `<text>` element, a layout table) that happens to hold a notice's
# heading or name, never the notice itself.
MAX_NOTICE_CHARS = 3000


def _boilerplate_boxes(doc: Document) -> set[etree._Element]:
    """Elements that are a site notice as a whole: named so, or headed by a notice's heading."""
    body = doc.root.find("body")
    top = body if body is not None else doc.root
    boxes = {el for el in top.iter()
             if isinstance(el.tag, str) and el.tag not in ("body", "html") and BOILERPLATE_ATTR.search(attr_text(el))}
    for text, holder in doc.body_text():
        # (a link named so is a menu's entry, '<a>无障碍</a>', not the heading of a notice)
        if BOILERPLATE_HEADING.match(text.strip()) and holder.tag != "a" and next(holder.iterancestors("a"), None) is None:
            heading = holder
            while heading.getparent() is not None and heading.tag not in BLOCK_TAGS:
                heading = heading.getparent()
            # A notice's box starts with its heading: one that follows text in its parent (the
            # article's paragraphs, then '联系我们' and the site's address) names its lines only.
            before = any(text_length(s) for s in heading.itersiblings(preceding=True) if isinstance(s.tag, str))
            if heading.getparent() is not None and heading.getparent().tag not in ("body", "html") and not before:
                boxes.add(heading.getparent())
    if not boxes:
        return boxes
    page = text_length(top)
    return {box for box in boxes if (size := text_length(box)) <= MAX_NOTICE_CHARS and size * 2 <= page}


def _in_box(el: etree._Element, boxes: set[etree._Element], memo: dict[etree._Element, bool]) -> bool:
    if el not in memo:
        parent = el.getparent()
        memo[el] = el in boxes or (parent is not None and _in_box(parent, boxes, memo))
    return memo[el]


def _data_row(block: etree._Element, tables: dict[etree._Element, etree._Element | None]) -> etree._Element | None:
    """The row of a data table a cell belongs to (None for a cell of a layout table)."""
    if block.tag not in ("td", "th"):
        return None
    row = block.getparent()
    if row is None or row.tag != "tr":
        return None
    table = next(row.iterancestors("table"), None)
    if table is None:
        return None
    if table not in tables:
        tables[table] = table if _is_data_table(table) else None
    return row if tables[table] is not None else None


# A heading is never a paragraph of the body: a heading that holds the date line ('Title <small>January
# 1, 2012, 08:01</small>') has the punctuation of prose, and would pull the body up to take it in.
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def main_container(doc: Document, title_el: etree._Element | None = None) -> etree._Element | None:
    """The element that holds the article's prose; neither a heading nor `title_el` (the element the
    title was taken from) scores as a paragraph of it."""
    stats: dict[etree._Element, list] = {}  # block -> [prose chars, link chars, punctuation, sentences]
    blocks: dict[etree._Element, tuple[etree._Element | None, bool]] = {}  # memo: text holder -> block
    boxes = _boilerplate_boxes(doc)
    in_box: dict[etree._Element, bool] = {}
    tables: dict[etree._Element, etree._Element | None] = {}
    rows: dict[etree._Element, set[etree._Element]] = {}  # data-table row -> its cells with text
    for text, holder in doc.body_text():
        text = text.strip()
        if holder not in blocks:
            blocks[holder] = _block_of(holder)
        block, in_link = blocks[holder]
        if block is None or _in_box(block, boxes, in_box) or BOILERPLATE_TEXT.search(text):
            continue
        row = _data_row(block, tables)
        if row is not None:
            # (a row's cells could be blocks of their own: p or div inside a td)
            rows.setdefault(row, set()).add(block)
            block = row
        else:
            cell = next((a for a in block.iterancestors("td", "th")), None)
            row = _data_row(cell, tables) if cell is not None else None
            if row is not None:
                rows.setdefault(row, set()).add(cell)
                block = row
        entry = stats.setdefault(block, [0, 0, 0, 0])
        chars = _words(text)
        if in_link:
            entry[1] += chars
        else:
            entry[0] += chars
            entry[2] += len(_PUNCT.findall(text))
            entry[3] += bool(_SENTENCE.search(text) and not _CJK.search(text)
                             and len(_LATIN_WORD.findall(text)) >= MIN_SENTENCE_WORDS)
    scores: dict[etree._Element, float] = {}

    def add(el: etree._Element | None, value: float) -> None:
        if el is not None:
            scores[el] = scores.get(el, 0.0) + value

    for block, (prose, links, punct, sentences) in stats.items():
        if (prose < MIN_BLOCK_CHARS and not sentences) or links > prose or is_chrome_element(block):
            continue
        if block.tag in _HEADINGS or block is title_el:
            continue
        if block in rows:
            # A table row: its cells are its clauses; it scores for the table and what holds it.
            value = 1 + punct + len(rows[block]) - 1 + min(prose / 50, 5)
            table = next(block.iterancestors("table"))
            add(table, value)
            add(table.getparent(), value)
            parent = table.getparent()
            add(parent.getparent() if parent is not None else None, value / 2)
            continue
        value = 1 + punct + min(prose / 50, 5)
        parent = block.getparent()
        add(block, value)
        add(parent, value)
        add(parent.getparent() if parent is not None else None, value / 2)
    ranked = sorted(scores.items(), key=lambda item: -item[1])[:8]
    best, best_score = None, 0.0
    link_words: dict[etree._Element, int] = {}  # the candidates nest: count each link once
    for el, score in ranked:
        if score <= best_score:
            break  # sorted by score, and link density only lowers it: no later one can win
        if el.tag not in _CONTAINERS:
            el = el.getparent() if el.getparent() is not None else el
        score *= 1 - _link_density(el, link_words)
        if score > best_score:
            best, best_score = el, score
    return best


def _link_density(el: etree._Element, link_words: dict[etree._Element, int]) -> float:
    """The share of the element's words in links; a link to a file (附件1：….xlsx) is the notice's
    own content, not navigation, and counts as text."""
    total = _words(get_text(el))
    links = 0
    for a in el.iterdescendants("a"):
        if a not in link_words:
            text = get_text(a)
            href = a.get("href")
            is_file = (isinstance(href, str) and bool(ATTACHMENT.search(href))) or bool(ATTACHMENT_NAME.search(text.strip()))
            link_words[a] = 0 if is_file else _words(text)
        links += link_words[a]
    return links / total if total else 1.0


def _words(text: str) -> int:
    # Counted without a list of every character: pages are long and this runs on nested elements.
    return len(_NOT_CJK.sub("", text)) + len(_LATIN_WORD.findall(text))


# A table continuing the body is read only when it is a grid of short cells, mostly not links.
MAX_CELL_CHARS = 300
MAX_TABLE_LINK_DENSITY = 0.5
MAX_FOLLOWING_TABLES = 5


def following_tables(body: etree._Element) -> list[etree._Element]:
    """Data tables that continue the chosen body right after it, outside it.

    Old table layouts put the prose in one layout table and a table the prose announces
    ('附：招生专业及考试科目', a schedule, a list of results) in the next one, so the element that
    gathers the prose leaves the table out. Climbing out of single-cell layout (td -> tr -> table),
    the data tables that directly follow, with nothing but blank space or empty elements
    between, belong to the article.
    """
    el = body
    while el.tag in ("td", "th", "tr", "tbody") and el.getparent() is not None and len(_children(el.getparent())) == 1:
        el = el.getparent()
    found: list[etree._Element] = []
    for sibling in _following(el):
        if sibling.tag == "table" and _is_data_table(sibling):
            found.append(sibling)
            if len(found) == MAX_FOLLOWING_TABLES:
                break
        elif sibling.tag in ("br", "hr") or (text_length(sibling) == 0 and next(sibling.iter("img", "table"), None) is None):
            continue
        else:
            break
    return found


def _children(el: etree._Element) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str)]


def _following(el: etree._Element):
    """The element siblings after `el`, until text outside any of them (content of its own)."""
    if el.tail and el.tail.strip():
        return
    for sibling in el.itersiblings():
        if isinstance(sibling.tag, str):
            yield sibling
        if sibling.tail and sibling.tail.strip():
            return


def _is_data_table(table: etree._Element) -> bool:
    if next(table.iterdescendants("table"), None) is not None:
        return False
    rows = list(table.iter("tr"))
    if len(rows) < 2 or max(len(list(r.iter("td", "th"))) for r in rows) < 2:
        return False
    if any(text_length(cell) > MAX_CELL_CHARS for cell in table.iter("td", "th")) and not _key_value(rows):
        return False
    return _link_density(table, {}) <= MAX_TABLE_LINK_DENSITY


# A label of a key-value table (案由, 行政处罚依据, 作出处罚决定的机关名称) is this short at most.
MAX_LABEL_CHARS = 30


def _key_value(rows: list[etree._Element]) -> bool:
    """Rows of a label and its value (a penalty notice's 违法违规事实 can run to a page): a data
    table however long its values, where a layout table's long cell sits beside navigation."""
    pairs = [cells for cells in ([c for c in r if c.tag in ("td", "th")] for r in rows) if cells]
    return len(pairs) >= 2 and all(len(cells) == 2 and text_length(cells[0]) <= MAX_LABEL_CHARS
                                   and _link_density(cells[1], {}) < MAX_TABLE_LINK_DENSITY for cells in pairs)


# Containers whose file links are the site's, not the notice's (a footer's privacy policy PDF).
_SITE_FURNITURE = re.compile(r"nav|menu|header|top|footer|foot|bottom|side|related|links|friend|copyright", re.I)


def notice_attachments(root: etree._Element, base_url: str) -> list[dict[str, str]]:
    """The files a page links to outside its site furniture: what a notice that is only
    '附件：….pdf' consists of, when the body element chosen does not hold the link itself."""
    found: list[dict[str, str]] = []
    seen: set[str] = set()
    body = root.find("body")
    for a in (body if body is not None else root).iter("a"):
        href = a.get("href")
        if not isinstance(href, str):
            continue
        if any(_SITE_FURNITURE.search(attr_text(el)) or el.tag in ("nav", "header", "footer")
               for el in a.iterancestors() if el.tag not in ("body", "html")):
            continue
        add_attachment(found, seen, href, get_text(a), base_url)
    return found
