"""List entries read by the page's structure, for a list page whose article links no longer match
the site's configured article patterns (a portal that changed its URL forms without notice).

`structural_entries(html, page_url, site)` takes the largest group of same-host links that repeat
one block of the page (the `li`s of one list, the rows of one table, the cards of one class under
one container), each with a date beside it, or all title-like under a list container; links of the
page's chrome (navigation, header, footer, breadcrumbs), pager links (numbers, "Next", "More >>",
"下一页", the list page itself under another page number) and column links (a folder, an `index`
page, `/column/…`) are never entries. The entries come back marked `by_structure`, so that the
spider takes them for articles and the site's health says the configured patterns missed.

`english_onward(site, url, text)`: the pager's next link written in words a configuration may not
list ("More >>", "Next", "Next Page", ">>", "下一页"), for a walk whose configured pager found none.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from .base import ListEntry, _entry_url, _title, parse_list_date

__all__ = ["structural_entries", "english_onward", "is_pager_label"]

# An entry is one of these, or a block repeated under its parent (cards of one class).
_ENTRY_TAGS = frozenset({"li", "tr", "dd", "dt", "article"})
_LIST_CONTAINERS = frozenset({"ul", "ol", "dl", "table", "tbody"})
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
# Parts of a class or id (split on `-`/`_`) that name the page's chrome: `main-nav`, `site_footer`,
# `crumbs`; whole parts only, so `navjz` (an Anhui list box) is not navigation.
_CHROME_PARTS = frozenset({"nav", "navbar", "navigation", "menu", "menus", "header", "footer", "crumb", "crumbs",
                           "breadcrumb", "breadcrumbs", "position", "location", "topbar", "sitemap", "share"})
# ... and a pager: `pagination`, `page`, `pages`, `default_pgContainer`.
_PAGER_PARTS = frozenset({"page", "pages", "pager", "pagination", "paging", "pagenum", "pagebar", "pagelist",
                          "fenye", "pg", "pgs"})
_PAGER_PREFIXES = ("pg", "pager", "pagination", "paging")
_ARROWS = " <>«»‹›\u3000…·|[]【】()（）"
_PAGER_WORDS = frozenset({"next", "next page", "prev", "previous", "prev page", "previous page", "more", "more news",
                          "first", "first page", "last", "last page", "back", "home", "top", "go", "end",
                          "下一页", "上一页", "下页", "上页", "首页", "尾页", "末页", "更多", "返回", "跳转", "确定"})
# Next-page labels any walk may follow when its configured pager found no way on.
_ONWARD_WORDS = frozenset({"next", "next page", "下一页", "下页"})
_ONWARD_WITH_ARROW = frozenset({"more", "more news"})  # "More >>", not a bare "More" (a column link)
# Column links: a folder, a column's index page, `/content/column/6787052`.
_COLUMN_STEMS = re.compile(r"^(?:index|default|list|main|home)(?:[_-]\d+)?$", re.I)
_COLUMN_PARENTS = frozenset({"column", "columns", "channel", "channels", "category", "categories", "node", "col"})
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_DATE = re.compile(r"\b(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}))\b")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z0-9']+")


def _parts(element: Any) -> list[str]:
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    return [part for name in names for part in re.split(r"[-_]", name) if part]


def _in_chrome(element: Any) -> bool:
    for node in element.iterancestors():
        if not isinstance(node.tag, str):
            continue
        if node.tag in _CHROME_TAGS or any(p in _CHROME_PARTS for p in _parts(node)):
            return True
    return False


def _pager_class(element: Any) -> bool:
    for node in (element, *element.iterancestors()):
        if isinstance(node.tag, str) and node.tag not in ("body", "html"):
            parts = _parts(node)
            if any(p in _PAGER_PARTS or p.startswith(_PAGER_PREFIXES) for p in parts):
                return True
    return False


def _words(label: str) -> str:
    return " ".join(label.lower().strip(_ARROWS).split())


def is_pager_label(label: str) -> bool:
    """A pager link's label: a number, an arrow, "Next", "More >>", "下一页", "尾页"…"""
    words = _words(label)
    return not words or words.isdigit() or words in _PAGER_WORDS


def _date(text: str) -> dt.date | None:
    found = parse_list_date(text)
    if found:
        return found
    for match in _EN_DATE.finditer(text):
        day, month, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else (
            match.group(5), match.group(4), match.group(6))
        name = month[:3].lower()
        if name in _MONTHS:
            try:
                return dt.date(int(year), _MONTHS.index(name) + 1, int(day))
            except ValueError:
                continue
    return None


def _title_like(label: str) -> bool:
    """A headline, not a column's name: several words, or a Chinese phrase of some length."""
    return len(_CJK.findall(label)) >= 6 or len(_WORD.findall(label)) >= 3


def _column_link(path: str) -> bool:
    segments = path.split("/")
    last = segments[-1]
    if not last:
        return True  # a folder: a column or the home page
    if _COLUMN_STEMS.match(last.split(".", 1)[0]):
        return True
    return "." not in last and len(segments) >= 3 and segments[-2].lower() in _COLUMN_PARENTS


def _pager_link(link: str, page_url: str) -> bool:
    """The list page itself, or another page of it (`?pageIndex=2`, `index_2.html` beside `index.html`)."""
    link_parts, page_parts = urlsplit(link), urlsplit(page_url)
    if link_parts.path == page_parts.path:
        return True
    folder, _, name = link_parts.path.rpartition("/")
    page_folder, _, page_name = page_parts.path.rpartition("/")
    if folder != page_folder:
        return False

    def stem(file: str) -> str:
        return re.sub(r"[_-]?\d+$", "", file.split(".", 1)[0])

    return stem(name) == stem(page_name or "index.html")


def _candidates(doc: Selector, page_url: str, site: Any) -> list[tuple[str, Any, Selector]]:
    """(absolute URL, lxml element, anchor) of every link that may be an entry."""
    attrs = site.lists.link_attrs
    found = []
    for anchor in doc.css("a"):
        href = _entry_url(anchor, attrs)
        if not href:
            continue
        link = urljoin(page_url, href.strip()).split("#", 1)[0]
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or not site.is_on_site(link):
            continue
        label = " ".join(anchor.xpath("string()").get("").split())
        element = anchor.root
        if is_pager_label(label) and not _title_like(anchor.attrib.get("title") or ""):
            continue
        if _pager_link(link, page_url) or _column_link(parts.path) or _in_chrome(element) or _pager_class(element):
            continue
        found.append((link, element, anchor))
    return found


def _links_below(element: Any, allowed: set[str]) -> set[str]:
    return {href for a in element.iter("a") if (href := (a.get("href") or "").strip()) in allowed}


def _item(element: Any, hrefs: set[str]) -> Any:
    """The block of the page that holds this one entry: the nearest `li`/`tr`/`dd`, a block repeated
    under its parent, or the smallest block with a date beside the link."""
    node = element
    for _ in range(6):
        if node.tag in _ENTRY_TAGS:
            return node
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return node
        if node.tag in ("td", "th"):
            pass  # the cells of one row repeat, the row is the entry
        elif node is not element or node.tag != "a":
            same = [s for s in parent if s.tag == node.tag and s.get("class") == node.get("class")]
            if len(same) >= 2:
                return node
        elif len([s for s in parent if s.tag == "a"]) >= 2 and len(_links_below(parent, hrefs)) >= 2:
            return node  # links one after another in one box: each link is an entry
        if node is not element and _date(" ".join(node.itertext())):
            return node
        if len(_links_below(parent, hrefs)) > 1:
            return node  # the parent holds other entries: this is as far as this one goes
        node = parent
    return node


def _after(anchor: Any) -> str:
    """The text after a link in a box of links one after another, up to the next link."""
    texts = [anchor.tail or ""]
    for sibling in anchor.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag == "a" or next(sibling.iter("a"), None) is not None:
            break
        texts += [*sibling.itertext(), sibling.tail or ""]
    return " ".join(texts)


def structural_entries(html: str, page_url: str, site: Any) -> list[ListEntry]:
    """The list's entries by its structure (module docstring), in page order; [] when no group of
    links looks like a list of articles."""
    doc = Selector(text=html or "<html></html>")
    candidates = _candidates(doc, page_url, site)
    if not candidates:
        return []
    hrefs = {(element.get("href") or "").strip() for _, element, _ in candidates}
    groups: dict[tuple[int, str, str], list[tuple[str, Any, Selector, dt.date | None]]] = {}
    order: dict[tuple[int, str, str], int] = {}
    for index, (link, element, anchor) in enumerate(candidates):
        item = _item(element, hrefs)
        parent = item.getparent()
        key = (id(parent), item.tag, item.get("class") or "")
        beside = " ".join(item.itertext()) if item is not element else _after(element)
        groups.setdefault(key, []).append((link, item, anchor, _date(beside)))
        order.setdefault(key, index)
    best: tuple[int, int, int] | None = None
    chosen: list[ListEntry] = []
    for key, members in groups.items():
        entries: dict[str, ListEntry] = {}
        dated = titled = 0
        for link, _item_element, anchor, date in members:
            title = _title(anchor)
            if link in entries:
                continue
            entries[link] = ListEntry(link, title, date, by_structure=True)
            dated += date is not None
            titled += _title_like(title or "")
        count = len(entries)
        item_tag, parent = members[0][1].tag, members[0][1].getparent()
        listed = item_tag in _ENTRY_TAGS or (parent is not None and parent.tag in _LIST_CONTAINERS)
        if not (2 * dated >= count or (listed and titled == count)):
            continue
        rank = (count, dated, -order[key])
        if best is None or rank > best:
            best, chosen = rank, list(entries.values())
    return chosen


def english_onward(site: Any, url: str, text: str) -> str | None:
    """The next list page named in words ("Next", "Next Page", "More >>", ">>", "下一页"), where
    the configured pager found none; in the fetch world, never the page itself."""
    for anchor in Selector(text=text).css("a[href]"):
        href = anchor.attrib["href"].strip()
        if not href or href.lower().startswith(("javascript:", "#", "mailto:")):
            continue
        label = " ".join(anchor.xpath("string()").get("").split())
        words, arrow = _words(label), any(c in label for c in "»›>")
        if not (words in _ONWARD_WORDS or (arrow and words in _ONWARD_WITH_ARROW) or (not words and label.strip()
                                                                                    in (">>", "»", "›", ">"))):
            continue
        link = urljoin(url, href)
        if not site.is_on_site(link):
            continue
        link = site.fetch_url(link)
        if link.split("#", 1)[0] != url:
            return link
    return None

