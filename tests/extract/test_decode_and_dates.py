"""Charset decoding and date parsing, the two places real pages most often go wrong."""

import pytest

from crawler.extract import ExtractionError, extract_page
from crawler.extract.dates import find_dates, parse_date
from crawler.extract.decode import decode, header_charset

ARTICLE = "<html><head>{meta}<title>标题测试文章</title></head><body><h1>标题测试文章</h1><p>{text}</p></body></html>"
TEXT = "朱镕基视察了工厂，陶喆演唱了歌曲，这是一段足够长的正文内容。"


def page(meta: str, encoding: str) -> bytes:
    return ARTICLE.format(meta=meta, text=TEXT).encode(encoding)


def test_header_charset_wins_over_a_wrong_meta():
    body = page('<meta charset="utf-8">', "gb18030")
    decoded = decode(body, {"Content-Type": "text/html; charset=GBK"})
    assert decoded.charset == "gb18030" and TEXT in decoded.text


def test_scrapy_style_bytes_headers_are_read():
    assert header_charset({b"Content-Type": [b"text/html; charset=gbk"]}) == "gbk"
    assert header_charset({"content-type": "text/html"}) is None


def test_wrong_declared_utf8_falls_back_to_detection():
    body = page('<meta charset="utf-8">', "gb18030")
    result = extract_page(body, "http://example.cn/a.html")
    assert result.paragraphs[0].text == TEXT and not result.lossy


def test_utf8_bytes_declared_gb2312_are_read_as_utf8():
    body = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "utf-8")
    assert decode(body).text.count("朱镕基") == 1


def test_bom_without_declaration():
    assert decode(b"\xef\xbb\xbf" + page("", "utf-8")).charset == "utf-8"


def test_a_few_broken_bytes_decode_lossy_and_say_so():
    body = page('<meta charset="utf-8">', "utf-8").replace("工厂".encode(), b"\xff\xfe")
    result = extract_page(body, "http://example.cn/a.html")
    assert result.lossy and "视察了" in result.paragraphs[0].text


def test_binary_garbage_is_not_html():
    with pytest.raises(ExtractionError, match="not html"):
        decode(bytes(range(256)) * 20)


@pytest.mark.parametrize("text, iso", [
    ("发布时间：2026-11-20 10:07:47 来源：浙江日报", "2026-11-20T10:07:47+08:00"),
    ("发布日期：2026-11-20", "2026-11-20"),
    ("2018年11月23日", "2018-11-23"),
    ("2003年11月12日16:36", "2003-11-12T16:36:00+08:00"),
    ("2019年6月28日 14时55分", "2019-06-28T14:55:00+08:00"),
    ("Date: 2019-06-28 14:55 Source: Zhejiang Daily", "2019-06-28T14:55:00+08:00"),
    ("Updated: 2026-11-19 16:42", "2026-11-19T16:42:00+08:00"),
    ("2026/1/5", "2026-01-05"),
    ("Nov 23, 2018", "2018-11-23"),
    ("9/17/2004 5:54:13 PM", "2004-09-17T17:54:13+08:00"),
    ("2019-06-28T06:55:00Z", "2019-06-28T14:55:00+08:00"),
])
def test_date_formats_keep_their_precision(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["2026-13-40", "20261120", "t20261120_1", "第2026期", "2026年度"])
def test_non_dates_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, iso", [
    ("1998年3月号", "1998-03"), ("2003年5月", "2003-05"), ("March 1998", "1998-03"), ("1998年", "1998"),
    ("2003年5月5日", "2003-05-05"), ("2009年5月8号", "2009-05-08"),
    ("2026年11月20日 10时07分", "2026-11-20T10:07:00+08:00"),  # Ucap portals
    ("2026年11月20日10时07分32秒", "2026-11-20T10:07:32+08:00"),
])
def test_dates_keep_the_precision_the_page_gives(text, iso):
    assert parse_date(text) == iso


def test_a_month_is_in_the_future_only_when_all_of_it_is():
    import datetime as dt

    from crawler.extract.dates import CHINA, plausible

    now = dt.datetime(2026, 12, 2, tzinfo=CHINA)
    assert plausible("2026-12", now) and plausible("2026", now) and not plausible("2027", now)
