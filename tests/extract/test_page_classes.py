"""The classes of page the extractor was weak on when it met pages nobody tuned it for
(issue 10), each on a page written for the class (tests/extract/pages/classes/)."""

from __future__ import annotations

import pytest

from crawler.extract import ExtractionError, extract_page, rule_level
from crawler.extract.model import Paragraph

URL = "https://www.example.gov.cn/news/2026/page.html"


def extract(page_bytes, name: str, url: str = URL):
    return extract_page(page_bytes(f"classes/{name}"), url)


# 1. No <title>: the title is derived, and the rule says so.
def test_a_blog_post_without_head_takes_the_heading_before_its_body(page_bytes):
    page = extract(page_bytes, "no_title_blog.html")
    assert (page.title, page.title_rule) == ("雨后的茶园", "derived:heading near body")
    assert page.published_at == "2012-02-09T21:15:40+08:00"
    assert page.paragraphs[0].text.startswith("连着下了三天雨") and len(page.paragraphs) == 3


def test_a_newspaper_page_without_head_takes_its_big_type_line(page_bytes):
    page = extract(page_bytes, "no_title_newspaper.html")
    assert page.title == "老城区改造让居民住上新房" and rule_level(page.title_rule) == "derived"
    assert page.published_at == "2009-05-08"  # 3. the byline '本报记者 甲 乙 2009-5-8 某某晚报'
    assert page.paragraphs[0].text.startswith("记者从市住建局获悉")  # the byline is not body text


# 2. Reduced precision.
def test_a_magazine_issue_is_dated_by_its_month(page_bytes):
    page = extract(page_bytes, "magazine_month.html", "http://example.invalid/jiaoyu/1998/lsjs.html")
    assert (page.published_at, page.date_rule) == ("1998-03", "generic:month or year")


# 3. Common date lines.
@pytest.mark.parametrize("name, iso", [
    ("portal_date_source_line.html", "2010-06-03T14:20:11+08:00"),  # '2010-06-03 14:20:11 来源: 某某日报', GBK
    ("byline_in_body.html", "2009-05-08"),  # the byline as the body's first line
    ("translator_date_line.html", "2011-03-04"),  # a date alone under the translator line
    ("forum_post.html", "2012-02-09T21:15:40+08:00"),  # the first post's header in #postlist
])
def test_date_lines_are_read(page_bytes, name, iso):
    page = extract(page_bytes, name, "http://example.invalid/thread.html")
    assert page.published_at == iso
    assert not any(iso[:4] in p.text and len(p.text) < 40 for p in page.paragraphs), "date line left in the body"


def test_the_date_line_of_a_body_is_not_taken_from_a_sidebar(page_bytes):
    page = extract(page_bytes, "portal_date_source_line.html", "http://example.invalid/n.html")
    assert page.source == "某某日报"
    assert all("热点新闻" not in p.text for p in page.paragraphs)


# 4. China Daily: 'Updated: …' in its own element beside a byline whose author is a link.
def test_china_daily_keeps_the_minute_of_its_own_updated_element(page_bytes):
    page = extract(page_bytes, "chinadaily_own_updated.html",
                   "https://guizhou.chinadaily.com.cn/2026-10/14/content_1210999.htm")
    assert (page.published_at, page.date_rule) == ("2026-10-14T15:40:00+08:00", "generic:label line")
    assert (page.author, page.source) == ("Wang Xiaoming", "China Daily")


# 5. Soft 404s, whatever the body length.
@pytest.mark.parametrize("name", ["soft404_long.html", "soft404_en.html", "soft404_expired.html", "../soft404.html"])
def test_error_pages_are_never_articles(page_bytes, name):
    with pytest.raises(ExtractionError) as info:
        extract(page_bytes, name)
    assert info.value.reason == "not an article: page does not exist"


HIDDEN_ERROR = '<div class="err-tpl" style="display:none"><h2>您访问的页面不存在</h2>'


# A template's error block the page does not show is not the page's heading.
@pytest.mark.parametrize("hiding", [
    HIDDEN_ERROR,
    '<div class="err-tpl" style="DISPLAY: none;"><h2>您访问的页面不存在</h2>',
    '<div class="err-tpl" style="visibility:hidden"><h2>您访问的页面不存在</h2>',
    '<div class="err-tpl" hidden><h2>您访问的页面不存在</h2>',
    '<template><div class="err-tpl"><h2>您访问的页面不存在</h2>',
    '<noscript><div class="err-tpl"><h2>您访问的页面不存在</h2>',
])
def test_a_hidden_error_block_beside_the_article_is_not_a_soft_404(page_bytes, hiding):
    html = page_bytes("classes/hidden_error_template.html").decode()
    closing = {"<template>": "</template>", "<noscript>": "</noscript>"}.get(hiding[:10], "")
    html = html.replace(HIDDEN_ERROR, hiding).replace("</div>\n<div class=\"article\">", "</div>" + closing + "\n<div class=\"article\">", 1)
    page = extract_page(html.encode(), URL)
    assert page.title == "全区秋冬种工作有序推进" and len(page.paragraphs) == 2
    assert page.published_at == "2026-11-18T09:30:00+08:00"


def test_the_same_error_block_shown_is_still_a_soft_404(page_bytes):
    html = page_bytes("classes/hidden_error_template.html").decode().replace(' style="display:none"', "")
    with pytest.raises(ExtractionError) as info:
        extract_page(html.encode(), URL)
    assert info.value.reason == "not an article: page does not exist"


def test_a_headline_that_mentions_404_is_an_article():
    html = ("<html><head><title>全省404个乡镇完成污水管网改造</title></head><body><h1>全省404个乡镇完成污水管网改造</h1>"
            "<div id='zoom'><p>截至10月底，全省404个乡镇完成污水管网改造，惠及群众三百余万人。</p></div></body></html>")
    assert extract_page(html.encode(), URL).title == "全省404个乡镇完成污水管网改造"


# A CMS writes 00:00:00 when it knows only the day; the time shown beside the day then dates the
# page, whichever level (the site's rule or the CMS meta) found the day.
def _site_naming_the_meta():
    """A site whose own date rule is the CMS meta (as a user's site file may say)."""
    from crawler.siteconfig import ExtractRules, get_site
    return get_site("he-zh").model_copy(update={"extract": ExtractRules(date=["meta[name=PubDate]"])})


@pytest.mark.parametrize("by_site, how", [(False, "cms:meta pubdate"), (True, "site:meta[name=PubDate]")])
def test_a_midnight_filler_is_refined_by_the_time_the_page_shows(page_bytes, by_site, how):
    page = extract_page(page_bytes("classes/cms_midnight_filler.html"), URL,
                        site=_site_naming_the_meta() if by_site else None)
    assert (page.published_at, page.date_rule) == ("2026-11-22T11:30:00+08:00", f"{how} + visible time")


def test_a_midnight_filler_with_no_time_shown_is_a_day(page_bytes):
    html = page_bytes("classes/cms_midnight_filler.html").replace(b"2026-11-22 11:30", b"2026-11-22")
    page = extract_page(html, URL, site=_site_naming_the_meta())
    assert (page.published_at, page.date_rule) == ("2026-11-22", "site:meta[name=PubDate]")


# 6. Numbers folded as a whole.
def test_full_width_numbers_fold_with_their_point_and_percent(page_bytes):
    page = extract(page_bytes, "fullwidth_numbers.html")
    assert page.paragraphs[0] == Paragraph("前三季度，全省实现地区生产总值3.27万亿元，按不变价格计算，同比增长5.9%。")
    assert "增长6.2%" in page.paragraphs[1].text


# 7. A notice that is only its attachment is an article, flagged, with an empty body.
def test_an_attachment_only_notice_is_archived_with_its_attachment(page_bytes):
    page = extract(page_bytes, "attachment_only.html")
    assert page.attachment_only and page.paragraphs == []
    assert page.title == "关于公布2026年度第二批高新技术企业名单的通知"
    assert page.attachments == [{"url": "https://www.example.gov.cn/module/download/downfile.jsp?filename=2611.pdf&classid=0",
                                 "name": "2026年度第二批高新技术企业名单.pdf"}]
    assert page.published_at == "2026-11-12T16:30:00+08:00"


def test_a_page_with_neither_body_nor_attachment_is_still_refused():
    with pytest.raises(ExtractionError) as info:
        extract_page("<html><head><title>关于某某事项的通知</title></head><body><p>附件：</p></body></html>".encode(), URL)
    assert info.value.reason == "no body"


# Ucap portals (开普云): their own tags, and the date written '2026年11月20日 10时07分'.
def test_a_ucap_page_gives_title_date_and_body_by_its_own_tags(page_bytes):
    page = extract(page_bytes, "ucap.html")
    assert (page.title, page.title_rule) == ("省政府召开全省安全生产电视电话会议", "cms:ucaptitle")
    assert (page.published_at, page.date_rule) == ("2026-11-20T10:07:00+08:00", "cms:ucap publishtime")
    assert page.body_rule == "cms:ucapcontent" and len(page.paragraphs) == 2


# A time the page shows beside the day but outside the date's own line.
@pytest.mark.parametrize("line, iso", [
    ("<p class='info'>08:30, March 5, 2019</p>", "2019-03-05T08:30:00+08:00"),  # time first
    ("<table><tr><td>2019年03月05日</td><td>时间：08:30:12</td></tr></table>", "2019-03-05T08:30:12+08:00"),
    ("<p class='info'>Published: Mar 05, 2019 08:30 PM</p>", "2019-03-05T20:30:00+08:00"),  # 12-hour clock
    ("<p class='info'>2019-03-05</p>", "2019-03-05"),  # no time shown: the day stays a day
])
def test_a_time_beside_the_day_gives_the_minute(line, iso):
    html = ("<html><head><title>某某市召开全市经济工作会议</title></head><body><h1>某某市召开全市经济工作会议</h1>"
            f"<div>{line}</div><div id='zoom'><p>会议总结了今年以来的经济工作，部署了明年的重点任务。</p></div></body></html>")
    assert extract_page(html.encode(), "http://example.invalid/a.html").published_at == iso


def test_a_meta_time_to_the_second_is_cut_to_the_minute_the_page_shows():
    html = ("<html><head><title>全市经济工作会议召开</title><meta name='PubDate' content='2022-02-11 08:52:25'></head>"
            "<body><h1>全市经济工作会议召开</h1><div class='info'>发布日期：2022-02-11 08:52</div>"
            "<div id='zoom'><p>会议总结了今年以来的经济工作，部署了明年的重点任务。</p></div></body></html>")
    page = extract_page(html.encode(), URL)
    assert (page.published_at, page.date_rule) == ("2022-02-11T08:52:00+08:00", "cms:meta pubdate as shown")
    shown = html.replace("08:52</div>", "08:52:25</div>")
    assert extract_page(shown.encode(), URL).published_at == "2022-02-11T08:52:25+08:00"


# A date box that prints the year apart from month/day and time, named by a site rule.
def test_a_date_box_named_by_a_site_rule_is_read_whole():
    from crawler.siteconfig import ExtractRules, get_site
    html = ('<html><head><title>自治区党委召开常委会议</title></head><body><div class="detail">'
            '<div class="date-box"><p class="yyyy">2026</p><p class="mmdd">11/26</p><p class="hhmm">21:10</p></div>'
            '<h1>自治区党委召开常委会议</h1><div id="NewsContent"><p>11月26日，自治区党委召开常委会议。会议研究部署冬季重点工作，'
            '强调要抓好安全生产和民生保障。</p></div></div></body></html>').encode()
    site = get_site("xj-zh").model_copy(update={"extract": ExtractRules(date=["div.date-box"])})
    page = extract_page(html, URL, site=site)
    assert (page.published_at, page.date_rule) == ("2026-11-26T21:10:00+08:00", "site:div.date-box")
    # Not from running text: without the site rule the box is no date line.
    assert extract_page(html, URL).published_at != "2026-11-26T21:10:00+08:00"
