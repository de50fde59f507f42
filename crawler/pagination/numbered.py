"""China Daily channel lists: `news.html`, then `news_2.html`, `news_3.html`, … ("1 2 3 >" pager).

The pager is followed when the page has one (a ">"/"Next" link, or a link to the next number);
when the page has no pager at all the next number is guessed, and a page without entries (or a
404 on a guessed page) ends the list.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from .base import ListPage, ListRequest, read_entries

__all__ = ["parse", "DEFAULT_ITEMS"]

# China Daily channel templates (headline lists); the generic article-link fallback follows.
DEFAULT_ITEMS = [".tw3_01_2 h4 a", ".mb10.tw3_01_2 a", ".left-liebiao h3 a", "#lft-art h2 a", "#lft-art h3 a"]

_NEXT_LABELS = {">", "›", "»", ">>", "next", "next page", "下一页", "下页"}


def _template(site: Any, url: str) -> str:
    if site.pagination.page_template:
        return site.pagination.page_template
    name = urlsplit(url).path.rsplit("/", 1)[-1] or "news.html"
    stem, _, ext = name.partition(".")
    stem = re.sub(r"_\d+$", "", stem)
    return f"{stem}_{{n}}.{ext or 'html'}"


def _fetch_world(site: Any, link: str) -> str:
    return site.fetch_url(link) if site.is_on_site(link) else link


def parse(site: Any, url: str, text: str, state: dict[str, Any] | None = None) -> ListPage:
    state = state or {}
    entries = read_entries(text, url, site, DEFAULT_ITEMS)
    if not entries:
        return ListPage([])
    number = state.get("n", 1)
    following = max(number + 1, site.pagination.first_numbered or 2)
    if following > site.pagination.max_list_pages:
        return ListPage(entries)
    template = state.get("template") or _template(site, url)
    expected = urljoin(url, template.format(n=following))
    numbered = re.compile(r"\d+".join(re.escape(part) for part in template.split("{n}")) + "$")
    # Pager links may name the site's own host (`//guizhou.chinadaily.com.cn/news_2.html`): compare
    # them in the fetch world, where `url` and `expected` live.
    links = [(_fetch_world(site, urljoin(url, a.attrib["href"])), " ".join(a.xpath("string()").get("").split()).lower(),
              a.attrib.get("class", "").lower())
             for a in Selector(text=text).css("a[href]")]
    # A pager: links to numbered pages, or a page-number label ("1" links to the unnumbered first page).
    has_pager = any(numbered.search(urlsplit(link).path) or label.isdigit() for link, label, _ in links)
    onward = next((link for link, label, cls in links
                   if link != url and (link == expected or label in _NEXT_LABELS or "next" in cls.split())), None)
    state = {"n": following, "template": template}
    if onward:
        return ListPage(entries, ListRequest(onward, following, state=state))
    if has_pager:
        return ListPage(entries)  # a pager with no way on: this is the last page
    return ListPage(entries, ListRequest(expected, following, state={**state, "guessed": True}))
