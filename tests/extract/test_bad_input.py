"""Bad input of every kind ends in ExtractionError with a one-line reason, never anything else."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crawler.extract import ExtractionError, Page, extract_page
from crawler.extract.pipeline import MAX_PAGE_BYTES

URL = "http://www.example.gov.cn/art/2026/11/20/art_1_2.html"
FRAGMENTS = [
    "<html>", "</html>", "<head>", "<body>", "<title>", "</title>", "<h1>", "</h1>", "<p>", "</p>", "<br>",
    "<div id='zoom'>", "<div class='TRS_Editor'>", "</div>", "<table><tr><td>", "</td></tr></table>",
    "<a href='/x.pdf'>", "</a>", "<img src='a.jpg'>", "<!--ZJEG_RSS.content.begin-->",
    "<!--ZJEG_RSS.content.end-->", "<!--", "-->", "<script>", "</script>", "<meta name='PubDate' content='",
    "'>", "<meta charset='gb2312'>", "发布时间：", "2026-11-20 10:07", "2099年1月1日", "来源：", "责任编辑：",
    "页面不存在", "404", "浙江", "，", "。", "By X | China Daily", "createPageHTML(3, 0, \"t20261120_1\", \"html\")",
    "&nbsp;", "&#0;", "\x00", "\ufffd", "　", "<![CDATA[", "]]>",
]


def check(body: bytes, headers=None) -> None:
    try:
        page = extract_page(body, URL, headers)
    except ExtractionError as exc:
        assert exc.reason and "\n" not in exc.reason
    else:
        # An article has a body, or is a notice of attachments only (flagged, body empty).
        assert isinstance(page, Page) and page.title and (page.paragraphs or (page.attachment_only and page.attachments))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes(body):
    check(body)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=20), max_size=60),
       st.sampled_from(["utf-8", "gb18030", "utf-16"]),
       st.sampled_from([None, {"Content-Type": "text/html; charset=gb2312"}, {"content-type": "x; charset=nonsense"}]))
# A control character the parser leaves in an attribute's name (lxml's attribute mapping refused it).
@example(["<body>", "<meta name='PubDate' content='", "'", "\x1f", "<html>", "发布时间："], "utf-8", None)
def test_random_html_soup(parts, encoding, headers):
    check("".join(parts).encode(encoding, errors="replace"), headers)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["hanweb.html", "trs.html", "chinadaily.html", "gb2312.html"]), st.floats(0, 1))
def test_truncated_real_pages(name, share):
    from tests.extract.conftest import PAGES

    body = (PAGES / name).read_bytes()
    check(body[: int(len(body) * share)])


def test_ten_megabyte_page_is_refused_in_one_line():
    body = b"<html><body><p>" + "很长的页面。".encode() * (10 * 1024 * 1024 // 18) + b"</p></body></html>"
    assert len(body) > MAX_PAGE_BYTES
    with pytest.raises(ExtractionError, match=r"^page too large: \d+ MB"):
        extract_page(body, URL)


@pytest.mark.parametrize("body, reason", [
    (b"", "empty page"),
    (b"<html><head><title>A title here</title></head><body></body></html>", "no body"),
    (bytes(range(256)) * 10, "not html: binary content"),
])
def test_reasons(body, reason):
    with pytest.raises(ExtractionError) as info:
        extract_page(body, URL)
    assert info.value.reason == reason


def test_soft_404(page_bytes):
    with pytest.raises(ExtractionError, match="^not an article: page does not exist$"):
        extract_page(page_bytes("soft404.html"), URL)


def test_deeply_nested_markup_is_not_a_crash():
    check(b"<html><body>" + b"<div>" * 5000 + "深层嵌套的正文内容，依然可以读取。".encode() + b"</body></html>")


def test_a_body_without_any_title_is_archived_under_its_first_words():
    page = extract_page(b"<html><body><p>" + "正文内容足够长，但是没有任何标题。".encode() + b"</p></body></html>",
                        "https://www.zj.gov.cn/art/1.html")
    assert (page.title, page.title_rule) == ("正文内容足够长", "derived:first line")
    assert [p.text for p in page.paragraphs] == ["正文内容足够长，但是没有任何标题。"]
