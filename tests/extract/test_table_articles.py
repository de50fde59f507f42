"""An article that is a table (issue 19, class 8): an administrative-penalty notice (a key-value
table, or a list of decisions with a header row), a statistics release inside a layout table, a
personnel list; its rows are the article's content, as table-row paragraphs. The site's copyright
notice, disclaimer (版权与免责声明), 网站声明, contact and accessibility blocks are never the body,
whether a heading, a box's name or only their wording says what they are
(tests/extract/pages/tables/)."""

from __future__ import annotations

import pytest

from crawler.extract import extract_page

URL = "https://www.example.gov.cn/xxgk/2024/t20240320_1.html"
BOILERPLATE = ("版权", "免责", "网站声明", "联系我们", "无障碍", "不得转载", "ICP")


@pytest.mark.parametrize("name, rows, first, last", [
    ("penalty_key_value.html", 7, "行政处罚决定书文号\t金罚决字〔2024〕12号", "作出处罚决定的日期\t2024年3月15日"),
    ("penalty_list.html", 4, "序号\t文号\t当事人\t违法违规事实\t处罚依据\t处罚决定\t作出决定的机关\t日期",
     "3\t某银保监罚决字〔2021〕5号\t某某财产保险公司某某支公司\t编制虚假资料，虚列费用\t《保险法》第一百七十条\t罚款25万元"
     "\t某某银保监分局\t2021-02-05"),
    ("statistics_release.html", 11, "指标\t绝对数\t比上年增长（%）", "农村居民人均可支配收入（元）\t15430\t7.3"),
    ("personnel_list.html", 7, "姓名\t性别\t出生年月\t现任职务\t拟任职务", "杨某\t男\t1975.06\t市自然资源局副局长\t市自然资源局局长"),
])
def test_a_table_article_is_its_rows_and_never_the_site_notices(page_bytes, name, rows, first, last):
    page = extract_page(page_bytes(f"tables/{name}"), URL)
    assert [p.kind for p in page.paragraphs] == ["table_row"] * rows
    assert (page.paragraphs[0].text, page.paragraphs[-1].text) == (first, last)
    assert not any(word in p.text for p in page.paragraphs for word in BOILERPLATE)


def test_a_long_fact_keeps_its_row(page_bytes):
    """违法违规事实 longer than any grid cell: a label and its value are still one row."""
    page = extract_page(page_bytes("tables/penalty_key_value.html"), URL)
    fact = page.paragraphs[2].text
    assert fact.startswith("主要违法违规事实（案由）\t经查") and fact.endswith("社会影响较大。") and len(fact) > 300


def test_a_prose_article_above_a_disclaimer_keeps_its_prose():
    html = ("<html><head><title>某某市召开全市安全生产工作会议</title></head><body>"
            "<div class='w'><h1>某某市召开全市安全生产工作会议</h1><div class='c'>"
            + "".join(f"<p>会议强调，要压实安全生产责任，第{i}项工作要抓紧抓实，确保全年目标任务顺利完成。</p>" for i in range(1, 4))
            + "</div></div><div><h3>免责声明</h3>"
            + "".join("<p>本网站转载的文章仅代表作者观点，不代表本网站立场；如有侵权，请联系我们，本网站不承担任何法律责任。</p>"
                      for _ in range(5))
            + "</div></body></html>").encode()
    page = extract_page(html, URL)
    assert [p.text[:4] for p in page.paragraphs] == ["会议强调"] * 3



@pytest.mark.parametrize("wrapper", ["text", "div", "center", "section"])
@pytest.mark.parametrize("notice", ["联系我们", "版权声明", "关于我们"])
def test_a_notice_heading_never_makes_the_page_wrapper_a_notice(wrapper, notice):
    """A blog saved with its whole page inside one element (`<text id=URL>`) that also holds a
    link line reading like a notice's heading: the wrapper holds the article, so it is no notice."""
    html = (f"<html><head><title>读书笔记</title></head><body><{wrapper} id='http://blog.example.com/a?id=1'>"
            f"<div><a href='/about'><font>{notice}</font></a></div><div><h2>读书笔记</h2>"
            + "".join(f"<p>第{i}段，长梦千年何日醒，睡乡谁遣警钟鸣？腥风血雨难为我，好个江山忍送人！</p>" for i in range(1, 6))
            + f"</div></{wrapper}></body></html>").encode()
    page = extract_page(html, URL)
    assert [p.text[:2] for p in page.paragraphs] == [f"第{i}" for i in range(1, 6)]
