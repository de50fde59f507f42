"""The whole page is read through lxml and only the body through BeautifulSoup: the two must agree,
and site rules must mean what soupsieve made them mean."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup, Tag

from crawler.extract import extract_page, tree
from crawler.extract.model import Paragraph
from tests.extract.conftest import PAGES

URL = "http://www.example.gov.cn/news/article.html"  # no date in the URL: dates come from the page


def site(**extract):
    return SimpleNamespace(name="test", lang="zh", extract=SimpleNamespace(**extract))


def page(body: str, head: str = "<title>测试文章标题_测试门户网站</title>") -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_lxml_text_is_bs4_text_for_every_element(name):
    """Lengths, dates and scores are measured on the lxml tree as they were on the soup."""
    text = (PAGES / name).read_bytes().decode("utf-8", errors="replace")
    root = tree.parse(text)
    soup = BeautifulSoup(text, "lxml")
    els, tags = tree.elements(root), soup.find_all(True)
    assert [e.tag for e in els] == [t.name for t in tags]
    for el, tag in zip(els, tags):
        assert "".join(tree.get_text(el, " ").split()) == "".join(tag.get_text(" ").split()), el.tag
        assert tree.text_length(el) == len("".join(tag.get_text().split()))


@pytest.mark.parametrize("xpath, parent_name", [
    ("//td[@class='cell']", "tr"), ("//tr", "table"), ("//li", "ul"), ("//p[@id='p']", "div"), ("//body", "html"),
])
def test_body_soup_is_the_element_itself_inside_a_stand_in_parent(xpath, parent_name):
    html = ("<html><body><div align='center'><p id='p'>甲<br>乙</p></div><ul><li>一</li></ul>"
            "<table><tr style='text-align:center'><td class='cell'>格<b>子</b></td><td>二</td></tr></table></body></html>")
    root = tree.parse(html)
    doc = tree.Document(root, html)
    el = root.xpath(xpath)[0]
    soup_el = doc.soup_of(el)
    assert isinstance(soup_el, Tag) and soup_el.name == el.tag
    assert [t.name for t in soup_el.find_all(True)] == [e.tag for e in tree.elements(el)[1:]]
    assert soup_el.parent.name == parent_name
    assert set(soup_el.parent.attrs) <= {"align", "style"}  # a stand-in, with only what captions look at
    if el.tag in ("p", "td"):  # the centring of the real parent is kept: captions depend on it
        real = el.getparent()
        assert {k: soup_el.parent.get(k) for k in ("align", "style")} == {k: real.get(k) for k in ("align", "style")}


@pytest.mark.parametrize("name", ["hanweb.html", "trs.html", "generic_sidebar.html", "chinadaily.html",
                                  "classes/ucap.html", "classes/forum_post.html"])
def test_a_body_soup_built_from_the_lxml_element_is_the_full_soups_twin(page_bytes, name):
    """The body's soup is built from the lxml element without parsing again: every element of a
    page gives the same markup (attributes, strings, comments) as its twin in a soup of the page."""
    from crawler.extract.decode import decode
    html = decode(page_bytes(name)).text
    doc = tree.Document(tree.parse(html), html)
    tags, els = doc.paired_soup()
    for el, twin in zip(els, tags):
        if el.tag not in ("html", "head"):
            assert str(tree._fragment_soup(el)) == str(twin), el.tag


@pytest.mark.parametrize("align, kind", [(" align='center'", "caption"), ("", "text")])
def test_caption_centred_by_the_body_parent_is_still_a_caption(align, kind):
    body = (f"<table><tr><td{align}><div class='TRS_Editor'><p><img src='/a.jpg'></p>会议现场"
            "<p>正文第一段，内容足够长，说明会议的情况。</p></div></td></tr></table>")
    got = extract_page(page(body), URL)
    assert got.paragraphs[0] == Paragraph("会议现场", kind)


def test_drop_rules_soupsieve_only_translated_and_with_ancestors_outside_the_body():
    body = ("<div id='main'><div id='zoom'><p>第一段正文，讲述会议的主要内容。</p>"
            "<p class='note'>编者按：本段应被去掉。</p><p>下一步，全省将继续推进。</p>"
            "<p>第三段正文，内容同样足够长。</p><p>打分：五星</p></div></div>")
    rules = site(body=["div#zoom"],
                 drop=["#main .note", 'p:-soup-contains("下一步")', 'p:-soup-contains-own("打分")'])
    got = extract_page(page(body), URL, site=rules)
    assert [p.text for p in got.paragraphs] == ["第一段正文，讲述会议的主要内容。", "第三段正文，内容同样足够长。"]


def test_soupsieve_only_rules_for_title_and_date():
    body = ("<h2>栏目</h2><h2 class='t'>站点规则给出的标题</h2><span class='d'>日期 2026-11-20 09:30</span>"
            "<div id='zoom'><p>正文内容足够长，用于测试站点规则。</p></div>")
    rules = site(title=['h2:-soup-contains-own("站点规则")'], date=["span:nth-child(3 of span, h2)"])
    got = extract_page(page(body), URL, site=rules)
    assert got.title == "站点规则给出的标题"
    assert (got.published_at, got.date_rule) == ("2026-11-20T09:30:00+08:00", "site:span:nth-child(3 of span, h2)")


def test_a_dropped_element_does_not_date_the_page():
    body = ("<div id='zoom'><p>正文内容足够长，说明这篇文章的主要内容。</p>"
            "<p class='old'>发布时间：2020-01-01</p></div>")
    assert extract_page(page(body), URL).published_at == "2020-01-01"
    assert extract_page(page(body), URL, site=site(drop=[".old"])).published_at is None


PROSE = "<p>" + "本次招生工作按照有关规定进行，考生须按时报名并参加考试。" * 3 + "</p><p>附：招生专业及考试科目</p>"
PROGRAMME = ("<table border='1'><tr><td>专业</td><td>导师</td><td>考试科目</td></tr>"
             "<tr><td>戏曲史</td><td>张三</td><td>1、英语 2、中国戏曲史</td></tr>"
             "<tr><td>电影学</td><td>李四</td><td>1、英语 2、电影美学</td></tr></table>")


def layout(*parts: str) -> str:
    # The prose in a single-cell layout table, then what follows it as siblings.
    return f"<div><a href='/'>首页</a></div><table><tr><td>{PROSE}</td></tr></table>{''.join(parts)}"


def test_a_data_table_right_after_the_generic_body_is_part_of_it():
    got = extract_page(page(layout("<br>", PROGRAMME)), URL)
    assert [p for p in got.paragraphs if p.kind == "table_row"] == [
        Paragraph("专业\t导师\t考试科目", "table_row"),
        Paragraph("戏曲史\t张三\t1、英语 2、中国戏曲史", "table_row"),
        Paragraph("电影学\t李四\t1、英语 2、电影美学", "table_row"),
    ]
    assert got.paragraphs[1].text == "附：招生专业及考试科目"


@pytest.mark.parametrize("after", [
    "<p>版权所有：测试门户网站</p>" + PROGRAMME,  # content of its own comes first
    ("<table><tr><td><a href='/1'>相关新闻一</a></td><td><a href='/2'>相关新闻二</a></td></tr>"
     "<tr><td><a href='/3'>相关新闻三</a></td><td><a href='/4'>相关新闻四</a></td></tr></table>"),  # links
])
def test_other_tables_after_the_body_are_left_out(after):
    got = extract_page(page(layout(after)), URL)
    assert [p.kind for p in got.paragraphs] == ["text", "text"]


@pytest.mark.parametrize("name, rules", [
    ("hanweb.html", site(body=["div#zoom"], drop=["table", ".share"])),
    ("trs.html", None),
    ("generic_sidebar.html", None),
])
def test_the_full_soup_twin_reads_the_body_as_the_fragment_does(page_bytes, monkeypatch, name, rules):
    """When a body's markup would not re-parse to the same tree, its twin in the full soup is read."""
    fast = extract_page(page_bytes(name), URL, site=rules)
    monkeypatch.setattr(tree, "_fragment_soup", lambda el: None)
    assert extract_page(page_bytes(name), URL, site=rules) == fast


def test_a_soupsieve_only_date_rule_does_not_see_dropped_elements():
    body = ("<div id='zoom'><p>正文内容足够长，说明这篇文章的主要内容。</p>"
            "<p class='old'>日期 2020-01-01</p></div><p>日期 2026-11-20</p>")
    rules = site(body=["div#zoom"], date=['p:-soup-contains-own("日期")'])
    assert extract_page(page(body), URL, site=rules).published_at == "2020-01-01"
    rules.extract.drop = [".old"]
    assert extract_page(page(body), URL, site=rules).published_at == "2026-11-20"
