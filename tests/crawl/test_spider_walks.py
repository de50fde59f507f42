"""The spider's walk down a list column, in process (Scrapy's test crawler, responses built by hand):
when it may stop early, what it records as a complete walk, and that a list repeating itself ends."""

from __future__ import annotations

import tomllib

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from archive import Archive
from archive.walks import ColumnWalk, complete_walks, record_complete_walks
from crawler.pagination import ListRequest
from crawler.siteconfig import SiteConfig
from crawler.spiders import spider_class
from crawler.spiders.site import SiteSpider

SITE = """name = "zz-zh"
title = "A test column"
lang = "zh"
cms = "generic"
confidence = "low"
evidence = "in-process test"
base_url = "https://www.example.gov.cn"
hosts = ["www.example.gov.cn"]
start_urls = ["/news/index.html"]
article_url_patterns = ['^/news/a\\d+\\.html$']

[pagination]
kind = "numbered"
page_template = "index_{n}.html"
first_numbered = 2
next_selector = "a.next"
guess_next = false

[lists]
items = ["ul.list li a"]
"""
BASE = "https://www.example.gov.cn/news/"


def _url(n: int) -> str:
    return f"https://www.example.gov.cn/news/a{n}.html"


def _page(page_no: int, ids: list[int], last: bool = False) -> str:
    items = "".join(f'<li><a href="a{n}.html">第{n}条</a><span>2026-11-{n % 28 + 1:02d}</span></li>' for n in ids)
    pager = "" if last else f'<a class="next" href="index_{page_no + 1}.html">下一页</a>'
    return f"<html><body><ul class='list'>{items}</ul>{pager}</body></html>"


@pytest.fixture
def spider_for(tmp_path):
    site = SiteConfig(**tomllib.loads(SITE))
    cls = spider_class(site)
    db = tmp_path / "news.db"
    Archive(db).close()

    def make(known: list[int] = (), walk: ColumnWalk | None = None, **settings) -> SiteSpider:
        with Archive(db) as archive:
            for n in known:
                archive.store_article({"url": _url(n), "site": "zz-zh", "lang": "zh", "title": f"第{n}条",
                                       "published_at": "2026-11-01", "paragraphs": [{"text": f"正文{n}"}]})
            if walk is not None:
                record_complete_walks(archive.db, [walk])
        crawler = get_crawler(cls, {"PROVNEWS_DB": str(db), **settings})
        spider = cls.from_crawler(crawler, db=str(db))
        crawler.spider = spider
        spider.begin()
        return spider

    make.db = db
    return make


def _list(spider: SiteSpider, page_no: int, ids: list[int], last: bool = False, repeats: int = 0) -> list:
    url = BASE + ("index.html" if page_no == 1 else f"index_{page_no}.html")
    request = Request(url, meta={"list": ListRequest(url, page_no), "column": 0, "repeats": repeats})
    response = HtmlResponse(url, body=_page(page_no, ids, last).encode(), encoding="utf-8", request=request)
    return list(spider.parse_list(response))


def _next_lists(out: list) -> list:
    return [r for r in out if isinstance(r, Request) and "list" in r.meta]


def _articles(out: list) -> list[str]:
    return [r.meta["canonical"] for r in out if isinstance(r, Request) and "canonical" in r.meta]


def test_without_a_complete_walk_an_all_archived_page_does_not_end_the_column(spider_for):
    spider = spider_for(known=[10, 9, 8, 7])
    out = _list(spider, 1, [10, 9])
    assert _next_lists(out) and not _articles(out)
    out = _list(spider, 2, [8, 7])
    assert _next_lists(out), "an interrupted walk must be resumed past archived pages"
    out = _list(spider, 3, [6, 5], last=True)
    assert _articles(out) == [_url(6), _url(5)]
    assert spider.walks[0].stop == "end of column" and spider.walks[0].anchors == [_url(10), _url(9)]


def test_below_the_last_complete_walk_an_all_archived_page_ends_the_column(spider_for):
    walk = ColumnWalk("zz-zh", "/news/index.html", (_url(8), _url(7)), 3, "end of column")
    spider = spider_for(known=[10, 9, 8, 7], walk=walk)
    out = _list(spider, 1, [10, 9])  # new since that walk, archived by an interrupted one
    assert _next_lists(out)
    out = _list(spider, 2, [8, 7])  # the top of the last complete walk: everything below was covered
    assert not _next_lists(out) and spider.walks[0].stop == "caught up"


def test_a_pinned_entry_at_the_top_does_not_count_as_caught_up(spider_for):
    # The last walk's first page was [99 (pinned), 8]; new articles came in under the pinned one.
    walk = ColumnWalk("zz-zh", "/news/index.html", (_url(99), _url(8)), 3, "end of column")
    spider = spider_for(known=[99, 10, 9, 8], walk=walk)
    out = _list(spider, 1, [99, 10])
    assert _next_lists(out)
    out = _list(spider, 2, [9, 11])
    assert _articles(out) == [_url(11)] and _next_lists(out)
    out = _list(spider, 3, [8, 7])
    assert _articles(out) == [_url(7)]


def test_a_list_that_repeats_itself_ends(spider_for):
    spider = spider_for()
    out = _list(spider, 1, [3, 2, 1])
    assert len(_articles(out)) == 3
    # The same entries again and again (an API ignoring its page number): passed over once, then ended.
    out = _list(spider, 2, [3, 2, 1], repeats=0)
    assert _next_lists(out) and _next_lists(out)[0].meta["repeats"] == 1
    out = _list(spider, 3, [3, 2, 1], repeats=1)
    assert not _next_lists(out) and spider.walks[0].stop == "end of column"


@pytest.mark.parametrize("reason, recorded", [("finished", True), ("shutdown", False),
                                              ("closespider_timeout", False)])
def test_a_walk_is_recorded_only_when_the_crawl_finished(spider_for, reason, recorded):
    spider = spider_for()
    _list(spider, 1, [2, 1], last=True)
    spider._record_walks(spider, reason)
    with Archive(spider_for.db) as archive:
        walks = complete_walks(archive.db, "zz-zh")
    assert bool(walks) == recorded
    if recorded:
        assert walks["/news/index.html"].anchors == (_url(2), _url(1))


def test_a_failed_list_page_leaves_the_walk_unrecorded(spider_for):
    spider = spider_for()
    _list(spider, 1, [2, 1], last=True)
    spider.walks[0].failed = True
    spider._record_walks(spider, "finished")
    with Archive(spider_for.db) as archive:
        assert complete_walks(archive.db, "zz-zh") == {}
