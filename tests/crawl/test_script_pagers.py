"""A script pager under any name: a call carrying TRS's (count, current, name, extension) is a page
count whatever the function is called (Hubei's `pageControl(3, 0, "index", "shtml")`), in every
spelling of its arguments; calls that do not carry that signature are not pagers. Then Hubei's
mirror, which draws its pager that way, crawled to its last list page."""

from __future__ import annotations

import keyword
import re
import sqlite3
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.pagination import parse_list
from crawler.pagination.numbered import page_count
from crawler.pagination.trs import article_page_urls
from crawler.siteconfig import get_site
from provnews.mirror import truths
from tests.fixtures.mirror import crawl_stats
from tests.support.mirror import serve_row

_JS_WORDS = {"function", "if", "for", "while", "switch", "return", "new", "typeof", "catch", "var", "let", "const"}
_IDENT = st.from_regex(r"[A-Za-z_$][A-Za-z0-9_$]{0,12}", fullmatch=True).filter(
    lambda s: s not in _JS_WORDS and not keyword.iskeyword(s))
_NAME = st.lists(_IDENT, min_size=1, max_size=3).map(".".join)
_EXTS = st.sampled_from(["html", "shtml", "htm", "jsp", "HTML", "aspx", "php"])
_PREFIX = st.one_of(st.sampled_from(["index", "list", "common_list", "index_zfxxgk", "more"]),
                    st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,15}", fullmatch=True).filter(
                        lambda s: not re.match(r"t\d{8}_", s)))  # not an article's stem (`t20261120_1`)
_SPACE = st.sampled_from(["", " ", "  ", "\n", "\t", " \n  "])


@st.composite
def _pager_script(draw) -> tuple[str, int, str, str]:
    """(markup, count, prefix, ext): a pager call in one of its many spellings, in a <script>
    after the form fields some of its arguments are read from."""
    count = draw(st.integers(1, 600))
    current = draw(st.integers(0, count - 1))
    prefix, ext = draw(_PREFIX), draw(_EXTS)
    quote = draw(st.sampled_from(["'", '"']))
    space = draw(_SPACE)
    lines: list[str] = []
    fields: list[str] = []

    def literal(value: int) -> str:
        return f"{quote}{value}{quote}" if draw(st.booleans()) and draw(st.booleans()) else str(value)

    def argument(value: int | str, var: str) -> str:
        """The value written in the call, or a variable the page assigns before it."""
        text = f"{quote}{value}{quote}" if isinstance(value, str) else literal(value)
        way = draw(st.integers(0, 5))
        if way == 5:  # read from a hidden field: `var nPageCount = parseInt(document.getElementById("pc").value)`
            field = draw(st.sampled_from(["pageCount", "pageIndex", "page-name", "ext"])) + str(len(fields))
            fields.append(draw(st.sampled_from([f'<input type="hidden" id="{field}" value="{value}">',
                                                f"<input value='{value}' id='{field}' type=hidden>",
                                                f'<input type="hidden" name="{field}" id="{field}" value="{value}" />'])))
            read = draw(st.sampled_from([f'document.getElementById("{field}").value', f"$('#{field}').val()",
                                         f'jQuery("#{field}").val()']))
            if isinstance(value, int) and draw(st.booleans()):
                read = draw(st.sampled_from([f"parseInt({read}, 10)", f"parseInt({read})", f"Number({read})"]))
            lines.append(f"{draw(st.sampled_from(['var ', 'let ', '']))}{var} = {read};")
            return var
        if way == 0:
            declare = draw(st.sampled_from(["var ", "let ", "const ", ""]))
            end = draw(st.sampled_from([";", "\n", "; // 页数"]))
            lines.append(f"{declare}{var} = {text}{end}")
            return var
        return text

    args = [argument(count, "nPageCount"), argument(current, "nCurrIndex"), argument(prefix, "sPageName"),
            argument(ext, "sPageExt")]
    if draw(st.booleans()):  # some templates name the pager's element first
        args.insert(0, f"{quote}{draw(st.sampled_from(['page_div', 'pager', 'page-box']))}{quote}")
    if draw(st.booleans()):  # or pass the record count after the extension
        args.append(str(draw(st.integers(0, 9000))))
    call = f"{draw(_NAME)}{space}({space}" + f"{space},{space}".join(args) + f"{space})"
    call = draw(st.sampled_from([call + ";", "document.write(" + call + ");", "if (nPageCount > 1) { " + call + "; }"]))
    return "".join(fields) + "<script>\n" + "\n".join([*lines, call]) + "\n</script>", count, prefix, ext


@settings(max_examples=300, deadline=None)
@given(_pager_script())
def test_a_pager_call_under_any_name_and_spelling_gives_the_count_and_template(drawn):
    script, count, prefix, ext = drawn
    text = f"<ul class='list'><li><a href='./a.html'>x</a></li></ul>{script}"
    assert page_count(text) == (count, f"{prefix}_{{n}}.{ext}"), script


@given(name=_NAME, count=st.integers(2, 50))
def test_an_article_pager_under_another_name_is_still_an_article_pager(name, count):
    url = "https://www.hubei.gov.cn/zwgk/hbyw/hbywqb/202611/t20261120_5012345.shtml"
    text = f'<script>{name}({count}, 0, "t20261120_5012345", "shtml");</script>'
    assert article_page_urls(url, text) == [url.replace(".shtml", f"_{i}.shtml") for i in range(1, count)]
    assert page_count(text) == (None, None)  # an article's own pager is not a list's


@settings(max_examples=150, deadline=None)
@given(name=_NAME, a=st.integers(0, 99), b=st.integers(0, 99), word=_PREFIX, ext=_EXTS)
def test_calls_without_the_whole_signature_are_not_pagers(name, a, b, word, ext):
    for script in (f'{name}("{word}.{ext}", {a})',  # a file name is not a prefix and an extension
                   f'{name}({a}, "{word}", "{ext}")',  # no current page
                   f'{name}({a}, {b}, "{word}")',  # no extension
                   f'{name}({a}, {b}, "", "{ext}")',  # no name
                   f"function {name}({word}, nCurr, sName, sExt) {{ return {a}; }}",  # its definition
                   f"setTimeout(function () {{ {name}(); }}, {a});"):
        assert page_count(f"<script>{script}</script>") == (None, None), script


def test_the_hubei_column_walks_every_page_its_pagecontrol_call_counts():
    site = get_site("hb-zh")
    li = "<li><a href='./202611/t20261120_{n}.shtml' target='_blank' title='t{n}'>t{n}</a><span>2026-11-20</span></li>"
    url = "https://www.hubei.gov.cn/zwgk/hbyw/hbywqb/index.shtml"
    state = None
    seen = []
    for current in range(3):
        text = (f"<ul class='list-b'>{li.format(n=current)}</ul>"
                f"<div class='page'><script>pageControl(3, {current}, \"index\", \"shtml\");</script></div>")
        page = parse_list(site, url, text, state)
        seen.append(url)
        if page.next is None:
            break
        url, state = page.next.url, page.next.state
    assert [urlsplit(u).path.rsplit("/", 1)[-1] for u in seen] == ["index.shtml", "index_1.shtml", "index_2.shtml"]
    assert page.next is None


def test_the_hubei_mirror_is_crawled_to_its_last_list_page(mirror, crawl_cli, tmp_path):
    """hb-zh's mirror draws its pager as `pageControl(3, 0, "index", "shtml")` (fetched plainly here;
    tests/browser crawls it behind its JavaScript challenge)."""
    server = mirror("hb-zh")  # shared by the session: count only the requests of this crawl
    db = tmp_path / "news.db"
    before = len(server.requests)
    result = crawl_cli("hb-zh", "--db", str(db), "--base-url", server.base_url, "--json")
    stats = crawl_stats(result)["hb-zh"]
    lists = [r.path for r in server.requests[before:] if r.kind == "list"]
    column = "/zwgk/hbyw/hbywqb/"
    assert lists == [column + "index.shtml", column + "index_1.shtml", column + "index_2.shtml"]
    conn = sqlite3.connect(db)
    got = {urlsplit(u).path: (t, d) for u, t, d in conn.execute(
        "SELECT url, title, published_at FROM articles WHERE site = 'hb-zh'")}
    conn.close()
    expected = {urlsplit(u).path: (t["title"], t["published_at"]) for u, t in truths("hb-zh").items()}
    assert got == expected and stats["list_pages"] == 3


_HB_FORMS = {
    "namespaced-variables": "var nPageCount = {count};\nvar nCurrIndex = {index};\n"
                            "HBGov.pager.draw( nPageCount , nCurrIndex , 'index' , '{ext}' );",
    "element-first": "document.write(pageControl('page_div', '{count}', '{index}', \"index\", \"{ext}\", 30));",
    "spaced": "if (true) {{ drawPager(\n  {count},\n  {index},\n  'index',\n  '{ext}'\n); }}",
}


@pytest.mark.parametrize("form", sorted(_HB_FORMS))
def test_the_hubei_mirror_is_crawled_to_its_last_list_page_whatever_its_pager_call(form, crawl_cli, tmp_path):
    server = serve_row("hb-zh", pager_script=_HB_FORMS[form])
    try:
        db = tmp_path / "news.db"
        result = crawl_cli("hb-zh", "--db", str(db), "--base-url", server.base_url, "--json")
        lists = {r.path for r in server.requests if r.kind == "list"}
        truth = {urlsplit(p.truth["url"]).path: (p.truth["title"], p.truth["published_at"])
                 for p in server.mirror.pages() if p.truth}
    finally:
        server.stop()
    column = "/zwgk/hbyw/hbywqb/"
    assert lists == {column + "index.shtml", column + "index_1.shtml", column + "index_2.shtml"}
    conn = sqlite3.connect(db)
    got = {urlsplit(u).path: (t, d) for u, t, d in conn.execute(
        "SELECT url, title, published_at FROM articles WHERE site = 'hb-zh'")}
    conn.close()
    assert got == truth and crawl_stats(result)["hb-zh"]["list_pages"] == 3
