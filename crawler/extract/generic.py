"""Find the main text of a page nobody configured: the element that gathers the most prose.

Prose is scored the way a Chinese reader would spot it: sentences carry punctuation (，。、；！？)
and are not links, while navigation and related-news lists are short link texts without punctuation.
Each text block adds its score to itself and its parent, half to its grandparent (as Readability
does), and the best-scored element, discounted by its link density, is the body.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.body import BLOCK_TAGS, SKIP_TAGS, add_attachment, attr_text, is_chrome_element
from crawler.extract.tree import Document, get_text, text_length

_PUNCT = re.compile(r"[，。、；！？：,;!?]|\.(?=\s|$)")
# Words: each Chinese character, each run of Latin letters and digits.
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]+")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")
# A block shorter than this is a label or a link, not prose.
MIN_BLOCK_CHARS = 10
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


def main_container(doc: Document) -> etree._Element | None:
    stats: dict[etree._Element, list] = {}  # block -> [prose chars, link chars, punctuation]
    blocks: dict[etree._Element, tuple[etree._Element | None, bool]] = {}  # memo: text holder -> block
    for text, holder in doc.body_text():
        text = text.strip()
        if holder not in blocks:
            blocks[holder] = _block_of(holder)
        block, in_link = blocks[holder]
        if block is None:
            continue
        entry = stats.setdefault(block, [0, 0, 0])
        chars = _words(text)
        if in_link:
            entry[1] += chars
        else:
            entry[0] += chars
            entry[2] += len(_PUNCT.findall(text))
    scores: dict[etree._Element, float] = {}

    def add(el: etree._Element | None, value: float) -> None:
        if el is not None:
            scores[el] = scores.get(el, 0.0) + value

    for block, (prose, links, punct) in stats.items():
        if prose < MIN_BLOCK_CHARS or links > prose or is_chrome_element(block):
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
    total = _words(get_text(el))
    links = 0
    for a in el.iterdescendants("a"):
        if a not in link_words:
            link_words[a] = _words(get_text(a))
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
    if any(text_length(cell) > MAX_CELL_CHARS for cell in table.iter("td", "th")):
        return False
    return _link_density(table, {}) <= MAX_TABLE_LINK_DENSITY


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
