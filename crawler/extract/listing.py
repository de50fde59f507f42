"""Column pages (栏目页): a list of articles, an index, a search page is never an article (issue 19).

The crawler reaches column pages through list links and pagers, and a column page has prose of its
own often enough to pass for an article: a lead paragraph (栏目介绍) above the list, a pager line,
while the list itself is out of the parsed tree: inside an HTML comment (the CMS renders it by
script from the comment, or the comment keeps a stale copy), written by script (document.write,
a JSON array, Hanweb's `<script type="text/xml">` datastore) or fetched into an empty container.

What tells one apart is two facts together, as a reader sees them:

* the page's title is a **column's name**: the ColumnName meta, or the text of a link to a column
  (a folder, `index.html`, `col/col123/`: the navigation, the breadcrumb); an article's title
  is its own headline, which no link to a column carries;
* the page **lists articles**: entries (a title-like link and a date) shown, commented out or in
  its scripts, a JSON array of titles, a list container a script fills, or a list pager
  (`createPageHTML(N, 0, "index", …)`, 共N页 … 尾页, 'Page 1 of N').

An article carries lists too (相关文章 with dates, the column's latest entries, 上一篇/下一篇), so
a list alone never refuses a page; and a page named like a column that lists nothing (a column's
single page of text, 'About us') is left an article.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from crawler.extract import titles
from crawler.extract.dates import fold
from crawler.extract.normalize import TITLE_SEPARATORS, clean_text, title_parts
from crawler.extract.titles import COLUMN_METAS
from crawler.extract.tree import get_text

__all__ = ["is_column_page", "is_column_name", "list_evidence", "MIN_ENTRIES"]

# A column's page lists ten to twenty entries; an article's related list three to ten. Five dated
# entries is a list, with the title naming a column besides.
MIN_ENTRIES = 5
# An entry's link text: a headline, not a menu item ('更多', '首页') nor a file name.
_HEADLINE_CHARS = 6
_ANCHOR = re.compile(r"<a\b[^>]*?\bhref\s*=[^>]*>(?P<text>(?:(?!</?a\b).){2,300}?)</a\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
# A date as lists print it beside an entry: 2024-06-11, [2024/06/11], 2024年06月11日, 06-11, Jun 11, 2024.
_ENTRY_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}-\d{1,2}(?![-\d]))(?!\d)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d", re.I)
_JSON_TITLE = re.compile(r"""["']?(?:title|name|docTitle|articleTitle)["']?\s*:\s*["'][^"']{6,}""", re.I)
# A container a script fills with the list, and the script that fills it.
_LIST_BOX = re.compile(r"""<(?:div|ul|table|tbody)\b[^>]*\b(?:id|class)\s*=\s*["'][^"']*\b(?:list|lb|news|xxgk_list|datalist)"""
                       r"""[^"']*["'][^>]*>\s*</(?:div|ul|table|tbody)>""", re.I)
_LIST_SCRIPT = re.compile(r"\$\.(?:ajax|get|post|getJSON)\s*\(|\bfetch\s*\(|XMLHttpRequest|axios\.|\bJPage\b|datastore", re.I)
# A list's pager: a page-count script on the column's file name (not an article's `t20240611_1` stem)
# or the words of one: 共N页, 尾页/末页 beside 首页, 'Page 1 of N'.
_PAGER_CALL = re.compile(r"\b\w+\(\s*\d+\s*,\s*\d+\s*,\s*[\"'](?!t\d{8}_)(?P<stem>[\w-]+)[\"']\s*,\s*[\"']s?html?[\"']")
_PAGER_WORDS = re.compile(r"共\s*\d+\s*页|当前第?\s*\d+\s*/\s*\d+\s*页|首页.{0,40}(?:尾页|末页)|\bPage\s+\d+\s+of\s+\d+\b", re.I | re.S)
# A link to a column: a folder, a column's index file, `col/col123/`.
_COLUMN_HREF = re.compile(r"(?:/|/(?:index|list|default|more)(?:_\d+)?\.\w+|/col\d+/?(?:index\.\w+)?)$", re.I)


def is_column_name(title: str, root: etree._Element, metas: dict[str, str]) -> bool:
    """The title is a column's name: the ColumnName meta, or a link to a column reads it."""
    if not title:
        return False
    if any(clean_text(metas[m]) == title for m in COLUMN_METAS if metas.get(m)):
        return True
    for a in root.iter("a"):
        href = a.get("href")
        if not isinstance(href, str) or clean_text(get_text(a)) != title:
            continue
        path = urlsplit(href.strip()).path
        if _COLUMN_HREF.search(path):
            return True
    return False


def _entries(html: str) -> int:
    """Title-like links with a date beside them (before or after, up to the next link), anywhere
    in the page's source: shown, in comments, in scripts' strings."""
    count = 0
    previous_end = 0
    anchors = list(_ANCHOR.finditer(html))
    for i, match in enumerate(anchors):
        text = clean_text(_TAG.sub("", match["text"]))
        words = len(text.split())
        if len(re.sub(r"[\s\W]", "", text)) < _HEADLINE_CHARS or (not re.search(r"[\u3400-\u9fff]", text) and words < 3):
            previous_end = match.end()
            continue
        after_end = anchors[i + 1].start() if i + 1 < len(anchors) else match.end() + 200
        after = fold(_TAG.sub(" ", html[match.end(): min(after_end, match.end() + 200)]))
        before = fold(_TAG.sub(" ", html[max(previous_end, match.start() - 200): match.start()]))
        if _ENTRY_DATE.search(after) or _ENTRY_DATE.search(before):
            count += 1
        previous_end = match.end()
    return count


def list_evidence(html: str) -> str | None:
    """What shows the page lists articles, or None: entries, a JSON array of titles, a list
    container a script fills, or a list pager."""
    if len(_JSON_TITLE.findall(html)) >= MIN_ENTRIES:
        return "json entries"
    pager = _PAGER_CALL.search(html)
    if pager:
        return f"pager script ({pager['stem']})"
    if _PAGER_WORDS.search(re.sub(r"<[^>]*>", " ", html)):
        return "pager"
    if _LIST_BOX.search(html) and _LIST_SCRIPT.search(html):
        return "list filled by script"
    if _entries(html) >= MIN_ENTRIES:
        return "entries"
    return None


def is_column_page(title: str, root: etree._Element, html: str, metas: dict[str, str], derived: bool = False) -> bool:
    """A column's page: titled with a column's name, and listing articles.

    Where the title is no headline (derived from the body, `derived`, or the site's own name),
    the parts of <title> name the page ('Policies - Example Daily': a column's name and the site's).
    """
    if not is_column_name(title, root, metas):
        title_el = next(root.iter("title"), None)
        page_title = clean_text(get_text(title_el)) if title_el is not None else ""
        if not page_title or not (derived or titles.is_site_name(title, titles.site_names(root, metas, page_title))):
            return False
        if not any(is_column_name(part, root, metas) for part in title_parts(page_title, (*TITLE_SEPARATORS, "-"))):
            return False
    return list_evidence(html) is not None
