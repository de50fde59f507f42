"""List and label variations found while hardening against the second mirror (test_variants.py),
checked on the pure functions: each of these once lost entries, pages or words."""

from __future__ import annotations

import json

import pytest

from crawler.extract import extract_page
from crawler.pagination import ListPageError, parse_list
from crawler.siteconfig import get_site
from tests.crawl.variants import gz, zj

ZJ = get_site("zj-zh")
COLUMN = "https://www.zj.gov.cn/col/col1554467/index.html"
ITEM = ('<li><a href="/col/col1554467/art/2026/art_0123456789abcdef0123456789abcdef.html">T</a>'
        '<span>2026-11-20</span></li>')


def _jpaas_page1(answer: str):
    shell = parse_list(ZJ, COLUMN, zj.ZJZH_JPAAS_COLUMN)
    assert shell.shell and shell.next is not None
    return parse_list(ZJ, shell.next.url, answer, shell.next.state)


def test_jpaas_reads_a_jsonp_answer_and_a_top_level_total():
    answer = f"jQuery1124_1700000000({json.dumps({'success': True, 'total': 1, 'data': {'html': ITEM}})});"
    page = _jpaas_page1(answer)
    assert [e.title for e in page.entries] == ["T"]
    assert page.next is None  # the total says this was all


def test_jpaas_error_past_the_last_page_ends_the_list_but_not_on_the_first():
    page = _jpaas_page1(json.dumps({"success": True, "data": {"html": ITEM}}))
    assert page.next is not None and page.next.page_no == 2
    after = parse_list(ZJ, page.next.url, json.dumps({"success": False, "message": "no data"}), page.next.state)
    assert after.entries == [] and after.next is None
    with pytest.raises(ListPageError, match="jpaas answer without data.html"):  # the run must report it
        _jpaas_page1(json.dumps({"success": False, "message": "blocked"}))


def test_trs_pager_written_with_variables_is_followed():
    site = get_site("gz-zh")
    url = "https://www.guizhou.gov.cn/xwdt/gzyw/index.html"
    page = parse_list(site, url, gz.gzzh_2024_routes()["/xwdt/gzyw/index.html"])
    assert page.next is not None and page.next.url == "https://www.guizhou.gov.cn/xwdt/gzyw/index_1.html"


def test_numbers_only_pager_with_the_sites_own_host_is_followed_through_a_mirror():
    site = get_site("gz-en").with_base_url("http://127.0.0.1:8001")
    page = parse_list(site, "http://127.0.0.1:8001/news.html", gz.gzen_b_routes()["/news.html"])
    assert [e.url for e in page.entries] == ["http://guizhou.chinadaily.com.cn/2026-11/21/content_1210011.htm"]
    assert page.next is not None and page.next.url == "http://127.0.0.1:8001/news_2.html"
    last = parse_list(site, page.next.url, gz.gzen_b_routes()["/news_2.html"], page.next.state)
    assert last.next is None


def test_an_english_source_keeps_all_its_words_and_a_shown_second_refines_the_meta_minute():
    page = extract_page(zj.ZJEN_2.encode(), "http://english.zj.gov.cn/art/2019/6/28/art_5798_59724725.html",
                        None, get_site("zj-en"))
    assert page.source == "Zhejiang Daily"
    seed = extract_page(zj.ZJEN_1.encode(), "http://english.zj.gov.cn/art/2018/11/23/art_5798_2296745.html",
                        None, get_site("zj-en"))
    assert seed.published_at == "2018-11-23T10:07:47+08:00"
