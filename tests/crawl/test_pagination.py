import datetime as dt
import json

from crawler.pagination import parse_list
from crawler.pagination.trs import article_page_urls
from crawler.siteconfig import get_site

ZJ = get_site("zj-zh")
COLUMN = "https://www.zj.gov.cn/col/col1554467/index.html"

JPAGE = """<html><body><div id="9"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=77&path=/&columnid=1554467&unitid=ENC123&permissiontype=0"></a>]]></nextgroup>
<recordset>
<record><![CDATA[<li><a href='/art/2026/6/1/art_1554467_11.html' title='标题一'>标题一…</a><span>2026-06-01</span></li><li style=<br/>]]></record>
<record><![CDATA[<li><a href="https://www.zj.gov.cn/art/2026/5/31/art_1554467_10.html">标题二</a><b>2026-05-31</b></li>]]></record>
</recordset></datastore></script>
<script>$('#9').jpage({totalRecord: 5, perPage: 2, proxyUrl: '/module/web/jpage/dataproxy.jsp'});</script>
</div></body></html>"""


def test_jpage_column_reads_records_despite_junk_and_takes_parameters_from_the_page():
    page = parse_list(ZJ, COLUMN, JPAGE)
    assert [(e.url, e.title, e.date) for e in page.entries] == [
        ("https://www.zj.gov.cn/art/2026/6/1/art_1554467_11.html", "标题一", dt.date(2026, 6, 1)),
        ("https://www.zj.gov.cn/art/2026/5/31/art_1554467_10.html", "标题二", dt.date(2026, 5, 31)),
    ]
    request = page.next
    assert request.method == "POST"
    assert request.url == "https://www.zj.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=3&endrecord=4&perpage=2"
    assert request.formdata["webid"] == "77" and request.formdata["unitid"] == "ENC123"
    assert request.formdata["columnid"] == "1554467" and request.formdata["webname"] == "浙江省人民政府门户网站"


def test_jpage_dataproxy_pages_until_the_total():
    first = parse_list(ZJ, COLUMN, JPAGE)
    xml = ("<datastore><totalrecord>5</totalrecord><recordset>"
           "<record><![CDATA[<li><a href='/art/2026/5/30/art_1554467_9.html'>九</a><span>2026-05-30</span></li>]]></record>"
           "<record><![CDATA[<li><a href='/art/2026/5/29/art_1554467_8.html'>八</a><span>2026-05-29</span></li>]]></record>"
           "</recordset></datastore>")
    second = parse_list(ZJ, first.next.url, xml, first.next.state)
    assert len(second.entries) == 2 and second.next.url.endswith("startrecord=5&endrecord=6&perpage=2")
    assert second.next.page_no == 3
    last = parse_list(ZJ, second.next.url, xml.replace("<record>", "<record>", 1), second.next.state)
    assert last.next is None  # 4 + 2 records seen >= total 5


SHELL = """<html><body><div id="x"></div>
<script src="/module/jpaas/load.js" url="/api-gateway/jpaas-publish-server/front/page/build/unit"
 querydata="{'webId':'3096','pageId':'1554467','pageType':'column','parseType':'bulidstatic','tplSetId':'abc','tagId':'list','editType':'null'}"></script>
</body></html>"""


def test_jpaas_shell_leads_to_the_unit_endpoint_with_its_querydata():
    page = parse_list(ZJ, COLUMN, SHELL)
    assert page.shell and page.entries == []
    assert page.next.url.startswith("https://www.zj.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?")
    assert "webId=3096" in page.next.url and "tplSetId=abc" in page.next.url
    assert "paramJson=%7B%22pageNo%22%3A1%2C%22pageSize%22%3A20%7D" in page.next.url


def test_jpaas_json_pages_until_an_empty_page():
    shell = parse_list(ZJ, COLUMN, SHELL)
    html = ('<li><a href="/col/col1554467/art/2026/art_0123456789abcdef0123456789abcdef.html" title="T">T</a>'
            '<span class="time">2026-11-20</span></li>')
    page = parse_list(ZJ, shell.next.url, json.dumps({"success": True, "data": {"html": html}}), shell.next.state)
    assert [e.title for e in page.entries] == ["T"] and page.next.page_no == 2
    empty = parse_list(ZJ, page.next.url, json.dumps({"success": True, "data": {"html": ""}}), page.next.state)
    assert empty.entries == [] and empty.next is None


GZ = get_site("gz-zh")


def test_trs_list_follows_createPageHTML_and_reads_both_layouts():
    html = """<div class="right-list-box"><ul>
      <li><a href="./202611/t20261120_1.html" title="甲">甲…</a><span>2026-11-20 10:00</span></li></ul>
      <div class="page"><script>createPageHTML(3, 0, "index", "html");</script></div></div>"""
    page = parse_list(GZ, "https://www.guizhou.gov.cn/xwdt/gzyw/", html)
    assert [(e.url, e.title, e.date) for e in page.entries] == [
        ("https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261120_1.html", "甲", dt.date(2026, 11, 20))]
    assert page.next.url == "https://www.guizhou.gov.cn/xwdt/gzyw/index_1.html"
    second = parse_list(GZ, page.next.url, html.replace("createPageHTML(3, 0", "createPageHTML(3, 1"), page.next.state)
    assert second.next.url.endswith("/index_2.html")
    last = parse_list(GZ, second.next.url, html, second.next.state)
    assert last.next is None
    layout_2024 = '<div class="PageMainBox aBox"><a target="_blank" title="乙" href="./202601/t20260101_2.html">乙</a></div>'
    assert [e.title for e in parse_list(GZ, "https://www.guizhou.gov.cn/xwdt/gzyw/index.html", layout_2024).entries] == ["乙"]


def test_trs_article_pager_names_the_further_pages():
    url = "https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261119_88123401.html"
    text = '<script>createPageHTML(3, 0, "t20261119_88123401", "html");</script>'
    assert article_page_urls(url, text) == [url.replace(".html", "_1.html"), url.replace(".html", "_2.html")]
    assert article_page_urls(url, '<script>createPageHTML(5, 0, "index", "html");</script>') == []


CD = get_site("gz-en")


def test_numbered_list_follows_the_pager_and_stops_without_entries():
    html = """<div class="tw3_01_2"><h4><a href="//guizhou.chinadaily.com.cn/2026-11/20/content_1.htm">A</a></h4>
      <b>2026-11-20 09:41</b></div>
      <div id="div_currpage"><span>1</span> <a href="news_2.html">2</a> <a href="news_2.html">&gt;</a></div>"""
    page = parse_list(CD, "https://guizhou.chinadaily.com.cn/news.html", html)
    assert page.entries[0].url == "https://guizhou.chinadaily.com.cn/2026-11/20/content_1.htm"
    assert page.entries[0].date == dt.date(2026, 11, 20)
    assert page.next.url == "https://guizhou.chinadaily.com.cn/news_2.html"
    last = html.replace('<a href="news_2.html">&gt;</a>', "").replace("news_2.html", "news.html")
    assert parse_list(CD, page.next.url, last, page.next.state).next is None
    assert parse_list(CD, page.next.url, "<html><body>no entries</body></html>", page.next.state).next is None
