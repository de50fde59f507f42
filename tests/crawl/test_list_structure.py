"""A list page whose article links no longer match the configured patterns (the portal changed its
URL forms without notice): its entries are taken by the list's structure, every article and no
navigation, column or pager link, and the site's health says so; a page whose links still match
is read as before. An English pager link ("More >>", "Next") is followed where no configured
pager label matches.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urljoin

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.health_stats import HealthCounts, read_counts
from crawler.pagination import parse_list, read_entries
from crawler.pagination.structure import structural_entries
from crawler.siteconfig import SiteConfig
from provnews.health import SiteRun, evaluate, measure, state_of

HOST = "https://news.example.gov.cn"
LIST = f"{HOST}/news/index.html"


def _site(patterns: list[str] | None = None, lists: dict | None = None, **pagination) -> SiteConfig:
    return SiteConfig.model_validate({
        "name": "xx-en", "title": "A portal", "lang": "en", "base_url": HOST, "start_urls": ["/news/index.html"],
        "article_url_patterns": patterns or [r"^/never/\d+\.html$"],
        "pagination": {"kind": "numbered", **pagination}, "lists": lists or {}})


# -- drawn list pages ------------------------------------------------------------------------------

def _article_path(draw) -> str:
    """An article URL in a form the configuration does not know."""
    day = draw(st.dates(dt.date(2012, 1, 1), dt.date(2026, 12, 31)))
    n = draw(st.integers(10, 99_999_999))
    form = draw(st.sampled_from(["content", "dated", "art", "query", "china_daily", "hex", "shtml"]))
    path = {"content": f"/content/article/{n:08d}",
            "dated": f"/news/{day:%Y%m%d}/{n}.html",
            "art": f"/art/{day.year}/{day.month}/{day.day}/art_{n % 97 + 1}_{n}.html",
            "query": f"/detail.jsp?id={n}",
            "china_daily": f"/{day:%Y-%m}/{day:%d}/content_{n}.htm",
            "hex": f"/news/{day:%Y%m}/{n:032x}.html",
            "shtml": f"/zwgk/system/{day:%Y/%m/%d}/{n:09d}.shtml"}[form]
    return path


_TITLES_EN = ["opens new rail line to the coast", "hosts international trade fair", "reports record grain harvest",
              "launches clean air action plan", "welcomes first snow of the winter"]
_TITLES_ZH = ["召开全省重点项目推进会议", "举办国际投资贸易洽谈会", "粮食产量再创历史新高", "启动大气污染防治行动"]
_DATES = ["{d:%Y-%m-%d}", "[{d:%Y-%m-%d}]", "{d:%Y/%m/%d}", "{d:%Y年%m月%d日}", "{d:%b} {d.day}, {d.year}",
          "{d.day} {d:%b} {d.year}", "{d:%Y-%m-%d} 10:30"]


@st.composite
def list_pages(draw):
    """(html, article URLs in page order) of a list page: a list of articles in some markup, with
    navigation, a breadcrumb, a column sidebar, a pager and a footer around it."""
    count = draw(st.integers(1, 8))
    dated = draw(st.booleans())
    markup = draw(st.sampled_from(["ul", "table", "dl", "cards", "links"] if dated else ["ul", "table", "dl"]))
    absolute = draw(st.booleans())
    lang = draw(st.sampled_from(["en", "zh"]))
    paths = list(dict.fromkeys(_article_path(draw) for _ in range(count)))
    items = []
    for i, path in enumerate(paths):
        title = (f"Province {draw(st.sampled_from(_TITLES_EN))} {i}" if lang == "en"
                 else f"我省{draw(st.sampled_from(_TITLES_ZH))}{i}")
        href = HOST + path if absolute else path
        day = draw(st.dates(dt.date(2012, 1, 1), dt.date(2026, 12, 31)))
        when = draw(st.sampled_from(_DATES)).format(d=day) if dated else ""
        link = f'<a href="{href}" target="_blank">{title}</a>'
        items.append({"ul": f"<li>{link}<span class='date'>{when}</span></li>",
                      "table": f"<tr><td>{link}</td><td>{when}</td></tr>",
                      "dl": f"<dd>{link} <em>{when}</em></dd>",
                      "cards": f"<div class='card'><h3>{link}</h3><time>{when}</time></div>",
                      "links": f"{link}<span>{when}</span><br>"}[markup])
    body = "".join(items)
    main = {"ul": f"<ul class='list'>{body}</ul>", "table": f"<table class='list'>{body}</table>",
            "dl": f"<dl class='news'>{body}</dl>", "cards": f"<div class='cards'>{body}</div>",
            "links": f"<div class='box'>{body}</div>"}[markup]
    columns = ["/", "/news/", "/col/col1554467/index.html", "/content/column/6787052", "/travel/index.shtml",
               "/zwgk/xwdt/"]
    names = ["Home", "News", "Government", "Policies", "Travel", "政务公开"]
    nav = draw(st.sampled_from(["nav", "div.nav", "ul.menu", "div.header"]))
    nav_links = "".join(f'<a href="{c}">{n}</a>' for c, n in zip(columns, names))
    nav_html = {"nav": f"<nav>{nav_links}</nav>", "div.nav": f"<div class='main-nav'>{nav_links}</div>",
                "ul.menu": "<ul class='menu'>" + "".join(f'<li><a href="{c}">{n}</a></li>' for c, n in zip(columns, names))
                + "</ul>", "div.header": f"<div id='header'>{nav_links}</div>"}[nav]
    crumbs = '<div class="crumbs">Location: <a href="/">Home</a> &gt; <a href="/news/">News</a></div>'
    # a sidebar of the portal's columns: a list, with more entries than the articles may have
    side = "<div class='side'><ul>" + "".join(f'<li><a href="{c}">{n}</a></li>' for c, n in zip(columns, names)) + "</ul></div>"
    pager = draw(st.sampled_from([
        '<div class="pages"><span>1</span> <a href="index_2.html">2</a> <a href="index_3.html">3</a>'
        ' <a href="index_2.html">Next</a> <a href="index_9.html">Last Page</a></div>',
        '<div class="pager"><a href="?page=2">More &gt;&gt;</a></div>',
        '<p><a href="index_2.html">下一页</a> <a href="index_9.html">尾页</a></p>',
        '<div><a href="/news/index.html?pageIndex=2">&gt;&gt;</a></div>',
        '<div class="default_pgContainer"><a class="default_pgBtn default_pgNext" href="?pageIndex=2">Next</a></div>',
        ""]))
    footer = draw(st.sampled_from(['<div class="footer"><a href="/about.html">About us</a> <a href="/sitemap.html">Sitemap</a>'
                                   ' <a href="/contact.html">Contact</a></div>',
                                   '<footer><a href="/about.html">About</a></footer>']))
    parts = [nav_html, crumbs, side, main, pager] if draw(st.booleans()) else [nav_html, crumbs, main, pager, side]
    html = f"<html><head><title>News</title></head><body>{''.join(parts)}{footer}</body></html>"
    return html, [urljoin(LIST, p) for p in paths]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(list_pages())
def test_every_article_is_taken_by_structure_and_nothing_else(page):
    html, articles = page
    site = _site()
    entries = parse_list(site, LIST, html).entries
    assert [e.url for e in entries] == articles
    assert all(e.by_structure for e in entries)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(list_pages())
def test_a_page_whose_links_match_the_patterns_is_read_as_before(page):
    html, articles = page
    # The configuration knows the form of the first article (and of any other in the same form).
    first = articles[0].removeprefix(HOST)
    site = _site([r"^" + re.escape(first.split("?")[0]) + "$"])
    entries = parse_list(site, LIST, html).entries
    assert entries == read_entries(html, LIST, site, [])
    assert not any(e.by_structure for e in entries)


def test_a_list_without_any_structure_of_articles_gives_none():
    html = ("<html><body><nav><a href='/'>Home</a><a href='/news/'>News</a></nav>"
            "<ul><li><a href='/a.html'>About</a></li><li><a href='/b.html'>Jobs</a></li></ul>"
            "<div class='pages'><a href='index_2.html'>2</a></div></body></html>")
    assert structural_entries(html, LIST, _site()) == []


def test_a_switched_off_fallback_takes_nothing():
    html = "<ul><li><a href='/content/article/12345678'>Province opens new rail line</a><span>2026-11-20</span></li></ul>"
    site = _site(lists={"by_structure": False})
    assert not any(e.by_structure for e in parse_list(site, LIST, html).entries)
    assert parse_list(_site(), LIST, html).entries[0].by_structure


# -- the English pager -------------------------------------------------------------------------------

_ENTRY = "<ul><li><a href='/content/article/12345678'>Province opens new rail line</a><span>2026-11-20</span></li></ul>"


def test_an_english_pager_link_is_followed_where_the_configured_labels_miss():
    site = _site(next_labels=["下一页"], guess_next=False)
    for label in ("More &gt;&gt;", "Next", "Next Page", "&gt;&gt;", "下一页", "More »"):
        page = parse_list(site, LIST, _ENTRY + f"<div class='p'><a href='/news/list_b.html'>{label}</a></div>")
        assert page.next is not None and page.next.url == f"{HOST}/news/list_b.html", label
    for label in ("More", "&lt;&lt; Back", "Previous"):  # a bare "More" leads to a column, not a page
        page = parse_list(site, LIST, _ENTRY + f"<div class='p'><a href='/news/list_b.html'>{label}</a></div>")
        assert page.next is None, label


def test_a_guessed_next_page_is_never_the_page_itself():
    site = _site(page_template="index_{n}.html", first_numbered=1)
    second = f"{HOST}/news/index_2.html"
    page = parse_list(site, second, _ENTRY, {"page_no": 2, "template": "index_{n}.html", "first": 1})
    assert page.next is None  # index_{1 + 2 - 1} is this page: the list has ended


# -- said in the site's health -----------------------------------------------------------------------

def test_entries_taken_by_structure_raise_one_alarm_line():
    counts = read_counts({"provnews/health/by_structure": 3})
    assert counts.by_structure == 3 and HealthCounts().by_structure == 0
    now = measure("ah-en", "2026-11-27T06:00:00+00:00", {"list_pages": 2, "list_entries": 3, "article_requests": 3,
                                                          "new": 3, "health": counts})
    site = _site()
    alarms = evaluate(now, [], site)
    assert alarms == [{"code": "list_structure", "line": "ah-en: article links no longer match the configured"
                       " pattern; 3 taken by the list's structure: update article_url_patterns"
                       " (check with `provnews sites --check ah-en`)"}]
    now.alarms = alarms
    assert state_of(now) == "alarm"
    assert "by_structure" not in now.columns()  # said in the alarm line; no column of its own
    assert evaluate(SiteRun(site="ah-en", list_pages=2, list_entries=3, new=3), [], site) == []
