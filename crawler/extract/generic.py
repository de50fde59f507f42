"""Find the main text of a page nobody configured: the element that gathers the most prose.

Prose is scored the way a Chinese reader would spot it: sentences carry punctuation (，。、；！？)
and are not links, while navigation and related-news lists are short link texts without punctuation.
Each text block adds its score to itself and its parent, half to its grandparent (as Readability
does), and the best-scored element, discounted by its link density, is the body.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from crawler.extract.body import BLOCK_TAGS, NON_TEXT, SKIP_TAGS, is_chrome_element

_PUNCT = re.compile(r"[，。、；！？：,;!?]|\.(?=\s|$)")
_WORDISH = re.compile(r"[\u3400-\u9fff]|[A-Za-z0-9]+")
# A block shorter than this is a label or a link, not prose.
MIN_BLOCK_CHARS = 10
# Container kinds worth choosing: a lone <p> is a paragraph, not the article.
_CONTAINERS = frozenset({"div", "td", "article", "section", "main", "body", "center", "blockquote", "dd", "font", "span", "li"})


def _block_of(node: NavigableString) -> tuple[Tag | None, bool]:
    """The nearest block element holding a text node, and whether the text is inside a link."""
    in_link = False
    for parent in node.parents:
        name = parent.name
        if name in SKIP_TAGS:
            return None, False
        if name == "a":
            in_link = True
        elif name in BLOCK_TAGS:
            return parent, in_link
    return None, in_link


def main_container(soup: BeautifulSoup) -> Tag | None:
    root = soup.body or soup
    stats: dict[int, list] = {}  # id(block) -> [block, prose chars, link chars, punctuation]
    for node in root.find_all(string=True):
        if isinstance(node, NON_TEXT):
            continue
        text = node.strip()
        if not text:
            continue
        block, in_link = _block_of(node)
        if block is None:
            continue
        entry = stats.setdefault(id(block), [block, 0, 0, 0])
        chars = len(_WORDISH.findall(text))
        if in_link:
            entry[2] += chars
        else:
            entry[1] += chars
            entry[3] += len(_PUNCT.findall(text))
    scores: dict[int, list] = {}  # id(element) -> [element, score]

    def add(el: Tag | None, value: float) -> None:
        if isinstance(el, Tag):
            scores.setdefault(id(el), [el, 0.0])[1] += value

    for block, prose, links, punct in stats.values():
        if prose < MIN_BLOCK_CHARS or links > prose or is_chrome_element(block):
            continue
        value = 1 + punct + min(prose / 50, 5)
        add(block, value)
        add(block.parent, value)
        add(block.parent.parent if block.parent is not None else None, value / 2)
    ranked = sorted(scores.values(), key=lambda item: -item[1])[:8]
    best, best_score = None, 0.0
    for el, score in ranked:
        if el.name not in _CONTAINERS:
            el = el.parent if isinstance(el.parent, Tag) else el
        score *= 1 - _link_density(el)
        if score > best_score:
            best, best_score = el, score
    return best


def _link_density(el: Tag) -> float:
    total = len(_WORDISH.findall(el.get_text()))
    links = sum(len(_WORDISH.findall(a.get_text())) for a in el.find_all("a"))
    return links / total if total else 1.0
