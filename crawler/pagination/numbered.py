"""Numbered list pages: a first page, then pages named by a template with a number.

One kind for every CMS that writes its list as static pages: TRS `index.html`, `index_1.html`…,
Shanghai's `index.html`, `index_2.html`…, Ucap `common_list_2.shtml`, Liaoning `{hash}-2.shtml`,
Hanweb `?uid=45663&pageNum=2`, China Daily `news_2.html`. What differs is configuration:
`page_template` (relative to the list page) and `first_numbered` (the number of the second page).

The walk ends where the page says so, in this order: a page-count script (`createPageHTML(N, …)`,
`createPage('page-div', N, …)`, any call carrying TRS's (count, current, name, extension) such as
Hubei's `pageControl(3, 0, "index", "shtml")`, `countPage = N`) bounds it; else the pager's next link (`下页`,
`下一页`, `>`, a class with "next", or `next_selector`) is followed; else a pager without a way on
is the last page; else, where the kind guesses, the next number is tried and a 404 or a page
without entries ends the list.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from .base import ListEntry, ListPage, ListRequest, read_entries
from .structure import english_onward, structural_entries

__all__ = ["parse", "walk", "page_count", "DEFAULT_ITEMS", "pager_calls", "number_page"]

# China Daily channel templates (headline lists); the generic article-link fallback follows.
DEFAULT_ITEMS = [".tw3_01_2 h4 a", ".mb10.tw3_01_2 a", ".left-liebiao h3 a", "#lft-art h2 a", "#lft-art h3 a"]

# Any call: TRS names its pager `createPageHTML`, other templates draw the same pager under
# another name (Hubei's `pageControl(3, 0, "index", "shtml")`, `TRS.page.create(…)`); the
# arguments say what it is. A function's own definition (`function pageControl(a, b, c, d)`) is not a call.
_CALL = re.compile(r"(?<![\w$.])(function\s+)?([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\(([^()]*)\)")
_TRS_NAME = re.compile(r"^createPage(?:HTML)?$", re.I)
_INT = re.compile(r"^\s*['\"]?(\d+)['\"]?\s*$")
_STR = re.compile(r"^\s*['\"]([^'\"]*)['\"]\s*$")
_NAME = re.compile(r"^\s*([A-Za-z_$][\w$]*)\s*$")
# Templates that name the arguments first: `var countPage = 24; … createPageHTML(countPage, …)`.
_VAR = re.compile(r"\b(?:var\s+|let\s+|const\s+)?([A-Za-z_$][\w$]*)\s*=\s*(['\"]?\d+['\"]?|['\"][^'\"]*['\"])\s*(?:[;,\n]|//)")
_EXT = re.compile(r"^(?:s?html?|jsp|php|aspx?)$", re.I)
# A count written as a variable or option without a pager call, or as the argument after the
# pager element's id (`…('page-div', 12, …)`).
_COUNT_VAR = re.compile(r"\b(?:countPage|pageCount|totalPages?|pageTotal|page_count)\b['\"]?\s*[:=]\s*['\"]?(\d+)"
                        r"|\(\s*['\"][\w-]*page[\w-]*['\"]\s*,\s*(\d+)\s*,", re.I)
_ARROWS = " >»›\u3000"
# An article's own pager (`createPageHTML(2, 0, "t20261120_1", "html")`) is not the list's.
_ARTICLE_STEM = re.compile(r"^t\d{8}_")


# ... or read them from the page's form fields: `var total = parseInt(document.getElementById("pageCount").value, 10)`,
# `var cur = $("#pageIndex").val()`, with `<input type="hidden" id="pageCount" value="2">`.
_FROM_FIELD = re.compile(
    r"\b(?:var\s+|let\s+|const\s+)?([A-Za-z_$][\w$]*)\s*=\s*(?:(?:parseInt|Number)\s*\(\s*)?"
    r"(?:document\.getElementById\(\s*['\"]([\w-]+)['\"]\s*\)\.value|(?:\$|jQuery)\(\s*['\"]#([\w-]+)['\"]\s*\)\.val\(\s*\))")
_FIELD = re.compile(r"<input\b[^>]*>", re.I)
_ATTR = re.compile(r"""\b(id|value)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def _field_values(text: str) -> dict[str, str]:
    """The value of each form field with an id (`<input type="hidden" id="pageCount" value="2">`)."""
    values: dict[str, str] = {}
    for tag in _FIELD.findall(text):
        attrs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR.finditer(tag)}
        if "id" in attrs and "value" in attrs:
            values.setdefault(attrs["id"], attrs["value"].strip())
    return values


def _resolve(args: list[str], text: str) -> list[str]:
    """Arguments with variable names replaced by the literal the page assigns to them, or by the
    value of the form field the script reads them from."""
    if not any(_NAME.match(a) for a in args):
        return args
    assigned = {name: value for name, value in _VAR.findall(text)}
    if fields := _FROM_FIELD.findall(text):
        values = _field_values(text)
        for name, by_id, by_selector in fields:
            if (value := values.get(by_id or by_selector)) is not None:
                assigned.setdefault(name, f'"{value}"')
    return [assigned.get(m.group(1), a) if (m := _NAME.match(a)) else a for a in args]


def pager_calls(text: str) -> list[tuple[int, int, str, str]]:
    """Every pager call on the page as (count, current, prefix, extension).

    The element id some templates pass first or last (`createPage('page-div', 12, 1, 'common_list', 'shtml')`)
    is skipped: the count is the first number, the extension the string that looks like one
    (`html`, `shtml`, `htm`…) and the prefix the string before it.
    """
    calls = []
    for match in _CALL.finditer(text):
        definition, name, arguments = match.groups()
        if definition or "," not in arguments:
            continue
        trs = bool(_TRS_NAME.match(name.rsplit(".", 1)[-1].strip()))
        args = _resolve(arguments.split(","), text)
        numbers = [int(m.group(1)) for a in args if (m := _INT.match(a))]
        strings = [m.group(1) for a in args if not _INT.match(a) and (m := _STR.match(a))]
        # the extension is the string that looks like one, the prefix the string before it
        at = next((i for i in range(len(strings) - 1, 0, -1) if _EXT.match(strings[i])), None)
        if not numbers or (not trs and (len(numbers) < 2 or not at or not strings[at - 1])):
            continue  # another name needs the whole signature: count, current, name, extension
        prefix, ext = (strings[at - 1], strings[at]) if at else ("", "")
        calls.append((numbers[0], numbers[1] if len(numbers) > 1 else 0, prefix, ext))
    return calls


def page_count(text: str) -> tuple[int | None, str | None]:
    """The list's page count and, when the pager call names them, its template (`index_{n}.html`)."""
    for count, _, prefix, ext in pager_calls(text):
        if not _ARTICLE_STEM.match(prefix):
            return count, (f"{prefix}_{{n}}.{ext}" if prefix and ext and "." not in ext else None)
    match = _COUNT_VAR.search(text)
    return (int(match.group(1) or match.group(2)), None) if match else (None, None)


def number_page(template: str, n: int) -> str:
    return template.replace("{n}", str(n))


def _pager_template(site: Any, url: str, text: str) -> str | None:
    """The template a numbers pager shows: the link labelled "2" is `5b93cb3c-2.shtml` -> `5b93cb3c-{n}.shtml`."""
    for link, label, _, _ in _links(site, url, text):
        if label.isdigit() and int(label) >= 2:
            name = urlsplit(link).path.rsplit("/", 1)[-1]
            query = urlsplit(link).query
            # The number is in the file name (the query kept after it), or else in the query.
            for part, before, after in ((name, "", f"?{query}" if query else ""), (query, "?", "")):
                matches = [m for m in re.finditer(rf"(?<![0-9A-Za-z]){label}(?![0-9])", part or "")]
                found = matches[-1] if matches else None  # the number is the name's last one (`5b93cb3c-2`)
                if found and part:
                    return before + part[:found.start()] + "{n}" + part[found.end():] + after
    return None


def _derived_template(url: str) -> str:
    """`news.html` -> `news_{n}.html`, `common_list.shtml` -> `common_list_{n}.shtml`."""
    name = urlsplit(url).path.rsplit("/", 1)[-1] or "index.html"
    stem, _, ext = name.partition(".")
    stem = re.sub(r"_\d+$", "", stem)
    return f"{stem}_{{n}}.{ext or 'html'}"


def _fetch_world(site: Any, link: str) -> str:
    return site.fetch_url(link) if site.is_on_site(link) else link


def _template_pattern(template: str) -> re.Pattern[str]:
    return re.compile(r"\d+".join(re.escape(part) for part in template.split("{n}")) + "$")


def _links(site: Any, url: str, text: str) -> list[tuple[str, str, str, Selector]]:
    links = []
    for a in Selector(text=text).css("a[href]"):
        href = a.attrib["href"].strip()
        if not href or href.lower().startswith(("javascript:", "#", "mailto:")):
            continue
        label = " ".join(a.xpath("string()").get("").split()).lower()
        links.append((_fetch_world(site, urljoin(url, href)), label, a.attrib.get("class", "").lower(), a))
    return links


def _onward(site: Any, url: str, text: str, expected: str) -> str | None:
    """The pager's link to the next page, if the page has one."""
    hint = site.pagination
    if hint.next_selector:
        for a in Selector(text=text).css(hint.next_selector):
            href = (a.attrib.get("href") or "").strip()
            if href and not href.lower().startswith(("javascript:", "#")):
                return _fetch_world(site, urljoin(url, href))
    labels = {label.lower() for label in hint.next_labels}
    words = {label.strip(_ARROWS) for label in labels} - {""}

    def says_next(label: str) -> bool:  # "下一页", "下一页 >", "下页>>", an arrow alone
        return label in labels or (label.strip(_ARROWS) in words)

    for link, label, cls, a in _links(site, url, text):
        title = (a.attrib.get("title") or "").strip().lower()
        if link != url and (link == expected or says_next(label) or (title and says_next(title)) or "next" in cls):
            return link
    return None


def _entries(site: Any, url: str, text: str, defaults: list[str]) -> list[ListEntry]:
    """The page's entries; where none of them is an article by the site's patterns (the portal
    changed its URL forms), the list's entries by its structure, marked so."""
    entries = read_entries(text, url, site, defaults)
    if site.lists.by_structure and not any(site.is_article_url(e.url) for e in entries):
        return structural_entries(text, url, site) or entries
    return entries


def walk(site: Any, url: str, text: str, state: dict[str, Any] | None, *, defaults: list[str],
         first_numbered: int, guess: bool) -> ListPage:
    """The shared walk of numbered lists; kinds differ only in their defaults."""
    state = state or {}
    hint = site.pagination
    entries = _entries(site, url, text, defaults)
    if not entries:
        return ListPage([])
    page_no = state.get("page_no", 1)
    if page_no >= hint.max_list_pages:
        return ListPage(entries)
    count, script_template = page_count(text)
    first = state.get("first") or (hint.first_numbered if hint.first_numbered is not None else first_numbered)
    template = state.get("template") or hint.page_template or script_template
    if not template:
        template = _pager_template(site, url, text)
        if template and hint.first_numbered is None:
            first = 2  # read from the link labelled "2": page 2 carries the number 2
        template = template or _derived_template(url)
    expected = _fetch_world(site, urljoin(url, number_page(template, first + page_no - 1)))
    following = {"page_no": page_no + 1, "template": template, "first": first}
    if count is not None:
        if page_no + 1 > count:
            return ListPage(entries)
        return ListPage(entries, ListRequest(expected, page_no + 1, state=following))
    onward = _onward(site, url, text, expected) or english_onward(site, url, text)
    if onward:
        return ListPage(entries, ListRequest(onward, page_no + 1, state=following))
    numbered = _template_pattern(template)
    has_pager = any(numbered.search(link) or label.isdigit() for link, label, _, _ in _links(site, url, text))
    if has_pager:
        return ListPage(entries)  # a pager with no way on: this is the last page
    if (hint.guess_next if hint.guess_next is not None else guess) and expected != url:
        return ListPage(entries, ListRequest(expected, page_no + 1, state={**following, "guessed": True}))
    return ListPage(entries)


def parse(site: Any, url: str, text: str, state: dict[str, Any] | None = None) -> ListPage:
    return walk(site, url, text, state, defaults=DEFAULT_ITEMS, first_numbered=2, guess=True)
