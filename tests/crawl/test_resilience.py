"""crawler/resilience.py on its own: which answers are busy pages, and which redirects are not duplicates
(the crawls through them are in tests/crawl/test_variants_faults.py)."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.test import get_crawler

from crawler.resilience import BUSY_STATUS, BusyPageMiddleware, ReturningRedirectDupeFilter, is_busy_page

URL = "https://www.example.gov.cn/xwdt/202611/t20261126_1.html"
BUSY = "<html><head><meta charset=\"utf-8\"><title>提示</title></head><body><p>{}</p></body></html>"
ARTICLE = ("<html><head><meta charset=\"utf-8\"><title>网站运行平稳</title></head><body><h1>网站运行平稳</h1>"
           + "<p>　　针对高峰时段出现的“系统繁忙，请稍后再试”提示，省大数据局扩容了服务器。</p>" * 3 + "</body></html>")


def _page(html: str, status: int = 200, encoding: str = "utf-8", label: str = "utf-8") -> HtmlResponse:
    return HtmlResponse(URL, status=status, body=html.encode(encoding),
                        headers={"Content-Type": f"text/html; charset={label}"})


@pytest.mark.parametrize("notice", ["系统繁忙，请稍后再试", "服务器繁忙，请稍候再试！", "访问过于频繁，请稍后重试",
                                    "Server is busy, please try again later."])
def test_a_short_busy_notice_is_a_busy_page(notice):
    assert is_busy_page(_page(BUSY.format(notice)))


def test_a_busy_page_in_gbk_labelled_utf8_is_still_read():
    assert is_busy_page(_page(BUSY.format("系统繁忙，请稍后再试"), encoding="gb18030"))


@pytest.mark.parametrize("response", [
    _page(ARTICLE),  # an article that quotes the notice
    _page(BUSY.format("系统繁忙，请稍后再试"), status=404),  # not a 200: the status says what it is
    _page(BUSY.format("系统繁忙，请稍后再试" + "<!-- -->" * 3000)),  # too long to be a notice
    _page(BUSY.format("页面不存在")),  # a soft 404 is another thing
    Response(URL, body="系统繁忙".encode()),  # not text
], ids=["article", "status", "long", "soft404", "binary"])
def test_other_answers_are_not_busy_pages(response):
    assert not is_busy_page(response)


def test_the_middleware_turns_a_busy_page_into_a_503_and_leaves_others():
    middleware = BusyPageMiddleware()
    request = Request(URL)
    busy = middleware.process_response(request, _page(BUSY.format("系统繁忙，请稍后再试")))
    assert (busy.status, "busy page" in busy.flags) == (BUSY_STATUS, True)
    article = _page(ARTICLE)
    assert middleware.process_response(request, article) is article


def _redirected(url: str, chain: list[str]) -> Request:
    return Request(url, meta={"redirect_urls": chain})


def test_a_redirect_back_to_where_it_began_is_not_a_duplicate():
    dupes = ReturningRedirectDupeFilter.from_crawler(get_crawler())
    verify = "https://www.example.gov.cn/__verify?to=x"
    assert not dupes.request_seen(Request(URL))
    assert not dupes.request_seen(_redirected(URL, [URL, verify]))  # the WAF's check sent it back
    assert dupes.request_seen(_redirected(URL, [URL, verify, URL, verify]))  # a loop ends
    assert dupes.request_seen(Request(URL))  # an ordinary repeat stays a duplicate
    other = "https://www.example.gov.cn/xwdt/202611/t20261126_2.html"
    assert not dupes.request_seen(Request(other))
    assert dupes.request_seen(_redirected(other, [URL]))  # a redirect to a page already fetched
