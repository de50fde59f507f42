"""Exact fields from hand-written pages of each CMS family the configured sites use."""

from crawler.extract import extract_page, merge_pages
from crawler.extract.model import Paragraph

ZJ_URL = "https://www.zj.gov.cn/art/2026/11/20/art_1554467_60195319.html"
GZ_URL = "https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261120_88123456.html"


def test_hanweb_page_fields(page_bytes):
    page = extract_page(page_bytes("hanweb.html"), ZJ_URL)
    assert page.title == "浙江推进数字乡村建设"
    assert page.published_at == "2026-11-20T10:07:00+08:00"
    assert (page.date_rule, page.title_rule, page.body_rule) == ("cms:meta pubdate", "cms:meta ArticleTitle", "cms:comment markers")
    assert page.source == "浙江日报"
    assert page.editor == "王五"
    assert page.lang == "zh"


def test_hanweb_body_has_kinds_in_reading_order_and_no_chrome(page_bytes):
    page = extract_page(page_bytes("hanweb.html"), ZJ_URL)
    assert page.paragraphs == [
        Paragraph("11月20日，全省数字乡村建设推进会在杭州召开。"),
        Paragraph("会议指出，要加快建设AI应用场景，今年已建成120个示范村。"),
        Paragraph("图为推进会现场。", "caption"),
        Paragraph("地区\t示范村", "table_row"),
        Paragraph("杭州\t30", "table_row"),
        Paragraph("下一步，全省将持续推进乡村治理数字化。"),
        Paragraph("各地要抓好落实。"),
    ]


def test_hanweb_images_and_attachments_are_absolute(page_bytes):
    page = extract_page(page_bytes("hanweb.html"), ZJ_URL)
    assert page.images == [{"src": "https://www.zj.gov.cn/picture/0/abc.jpg", "caption": "图为推进会现场。"}]
    assert page.attachments == [{"url": "https://www.zj.gov.cn/module/download/plan.pdf", "name": "实施方案.pdf"}]


def test_trs_page_fields_and_further_pages(page_bytes):
    page = extract_page(page_bytes("trs.html"), GZ_URL)
    assert page.title == "贵州大数据产业发展提速"
    # PubDate says 09:30, the page shows 09:30:15: the page's precision wins.
    assert page.published_at == "2026-11-20T09:30:15+08:00"
    assert page.source == "贵州日报"
    assert [p.text for p in page.paragraphs] == [
        "记者从省大数据局获悉，今年前三季度全省大数据产业保持快速增长。",
        "全省数字经济增速连续多年位居全国前列。",
    ]
    assert page.page_urls == [
        "https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261120_88123456_1.html",
        "https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261120_88123456_2.html",
    ]


def test_a_later_page_announces_no_further_pages(page_bytes):
    page = extract_page(page_bytes("trs_1.html"), GZ_URL.replace(".html", "_1.html"))
    assert page.page_urls == []


def test_merge_pages_joins_paragraphs_and_keeps_first_metadata(page_bytes):
    first = extract_page(page_bytes("trs.html"), GZ_URL)
    second = extract_page(page_bytes("trs_1.html"), GZ_URL.replace(".html", "_1.html"))
    merged = merge_pages([first, second])
    assert [p.text for p in merged.paragraphs] == [
        "记者从省大数据局获悉，今年前三季度全省大数据产业保持快速增长。",
        "全省数字经济增速连续多年位居全国前列。",
        "下一步，贵州将建设更多算力中心。",
    ]
    assert (merged.url, merged.source, merged.page_urls) == (GZ_URL, "贵州日报", [])


def test_china_daily_page_fields(page_bytes):
    page = extract_page(page_bytes("chinadaily.html"), "https://guizhou.chinadaily.com.cn/2026-11/19/content_1.htm")
    assert page.title == "Guizhou opens new bridge to traffic"
    assert page.published_at == "2026-11-19T16:42:00+08:00"
    assert (page.author, page.source, page.lang) == ("Yang Jun", "China Daily", "en")
    assert page.paragraphs == [
        Paragraph("The world's highest bridge opened to traffic in Guizhou province on Wednesday."),
        Paragraph("The bridge spans a canyon 625 meters deep. [Photo/Xinhua]", "caption"),
        Paragraph("It cuts the travel time across the canyon from two hours to two minutes."),
    ]
    assert page.images == [{"src": "https://guizhou.chinadaily.com.cn/2026-11/images/bridge.jpg",
                            "caption": "The bridge spans a canyon 625 meters deep. [Photo/Xinhua]"}]


def test_gb2312_page_keeps_gbk_only_characters(page_bytes):
    page = extract_page(page_bytes("gb2312.html"), "http://www.example.gov.cn/a.html")
    assert page.title == "朱镕基与陶喆的故事"
    assert page.charset == "gb18030" and not page.lossy
    assert page.paragraphs[1].text.startswith("歌手陶喆的名字中的“喆”字")


def test_year_month_day_date_stays_date_only(page_bytes):
    page = extract_page(page_bytes("gb2312.html"), "http://www.example.gov.cn/a.html")
    assert (page.published_at, page.date_rule, page.source) == ("2018-11-23", "generic:label line", "本站")


def test_unconfigured_page_ignores_sidebar_and_placeholder_dates(page_bytes):
    page = extract_page(page_bytes("generic_sidebar.html"), "http://www.example.cn/yw/1.html")
    assert page.title == "山西举办文旅推介会"
    assert page.published_at == "2019-09-18T06:23:00+08:00"
    assert page.date_rule == "generic:label line"
    assert page.source == "山西日报"
    assert len(page.paragraphs) == 2 and page.paragraphs[0].text.startswith("9月17日")


def test_future_dates_are_refused(page_bytes):
    page = extract_page(page_bytes("future_date.html"), "http://www.example.gov.cn/tz/1.html")
    assert page.published_at is None


def test_url_date_is_the_last_resort(page_bytes):
    html = page_bytes("future_date.html").replace(b"2099", b"2999")
    page = extract_page(html, "http://www.zj.gov.cn/art/2026/1/5/art_1_2.html")
    assert (page.published_at, page.date_rule) == ("2026-01-05", "url:path date")
