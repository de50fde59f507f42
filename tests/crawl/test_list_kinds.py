"""The list kinds of the province sites: pure functions from a response to entries and the next request."""

import datetime as dt
import json

import pytest
from lxml import html as lxml_html

from crawler.extract import cms
from crawler.pagination import ListPageError, parse_list
from crawler.siteconfig import get_site


def _li(href: str, title: str, date: str = "2026-11-20") -> str:
    return f'<li><a href="{href}" title="{title}">{title}</a><span>{date}</span></li>'


# -- numbered pages -------------------------------------------------------------------------

def test_shanghai_second_page_is_index_2_and_the_pager_end_stops():
    site = get_site("sh-zh")
    page1 = "<ul class='uli14'>" + _li("/nw4411/20261120/" + "a" * 32 + ".html", "要闻一") + "</ul>"
    first = parse_list(site, "https://www.shanghai.gov.cn/nw4411/index.html", page1)
    assert first.entries[0].url == "https://www.shanghai.gov.cn/nw4411/20261120/" + "a" * 32 + ".html"
    assert first.next.url == "https://www.shanghai.gov.cn/nw4411/index_2.html" and first.next.state.get("guessed")
    second = parse_list(site, first.next.url, page1 + '<div class="page"><a href="index.html">1</a><span>2</span></div>',
                        first.next.state)
    assert second.next is None  # a pager with no way on: the last page


def test_xinjiang_common_list_pages_are_bounded_by_the_page_div_count():
    site = get_site("xj-zh")
    text = ("<ul class='list'>" + _li("/xinjiang/xjyw/202611/" + "b" * 32 + ".shtml", "新疆要闻") + "</ul>"
            "<script>createPageHTML('page-div',3,1,'common_list','shtml',60);</script>")
    url = "https://www.xinjiang.gov.cn/xinjiang/xjyw/common_list.shtml"
    first = parse_list(site, url, text)
    assert first.next.url == "https://www.xinjiang.gov.cn/xinjiang/xjyw/common_list_2.shtml"
    second = parse_list(site, first.next.url, text, first.next.state)
    assert second.next.url.endswith("/common_list_3.shtml")
    assert parse_list(site, second.next.url, text, second.next.state).next is None


def test_liaoning_hash_template_is_read_from_the_numbers_pager():
    site = get_site("ln-zh")
    text = ("<div class='modcontent'><ul>" + _li("/web/ywdt/jrln/wzxx2018/2026112009123456789/index.shtml", "辽宁") +
            "</ul></div><div class='page'><span>1</span> <a href='5b93cb3c-2.shtml'>2</a> <a href='5b93cb3c-3.shtml'>3</a></div>")
    first = parse_list(site, "https://www.ln.gov.cn/web/ywdt/jrln/wzxx2018/index.shtml", text)
    assert first.entries[0].title == "辽宁"
    assert first.next.url == "https://www.ln.gov.cn/web/ywdt/jrln/wzxx2018/5b93cb3c-2.shtml"
    assert first.next.state["template"] == "5b93cb3c-{n}.shtml"


def test_sichuan_follows_the_next_link_where_no_count_is_written():
    site = get_site("sc-zh")
    url = "https://www.sc.gov.cn/10462/10464/10797/jrsc_list.shtml"
    link = "/10462/10464/10797/2026/11/20/" + "c" * 32 + ".shtml"
    text = (f"<table id='dash-table'><tr><td><a href='{link}' title='四川要闻'>四川要闻</a></td><td>2026-11-20</td></tr></table>"
            "<div id='page_div'><span class='arrow'><a href='jrsc_list_1.shtml'>上页</a></span>"
            "<span class='arrow'><a href='jrsc_list_3.shtml'>下页</a></span></div>")
    page = parse_list(site, url, text)
    assert [(e.url, e.title, e.date) for e in page.entries] == [
        ("https://www.sc.gov.cn" + link, "四川要闻", dt.date(2026, 11, 20))]
    assert page.next.url == "https://www.sc.gov.cn/10462/10464/10797/jrsc_list_3.shtml"
    last = text.replace("<a href='jrsc_list_3.shtml'>下页</a>", "下页").replace("jrsc_list_1", "jrsc_list_2")
    assert parse_list(site, page.next.url, last, page.next.state).next is None


def test_hanweb_static_column_pages_by_uid_and_pagenum():
    site = get_site("jx-zh")
    text = "<ul>" + _li("/art/2026/11/20/art_393_123.html", "江西要闻") + "</ul>"
    page = parse_list(site, "https://www.jiangxi.gov.cn/col/col393/index.html", text)
    assert page.next.url == "https://www.jiangxi.gov.cn/col/col393/index.html?uid=45663&pageNum=2"
    following = parse_list(site, page.next.url, text, page.next.state)
    assert following.next.url.endswith("index.html?uid=45663&pageNum=3")


def test_jpage_pages_by_get_page_number_where_the_site_says_so_or_the_post_is_refused():
    site = get_site("js-zh")
    site = site.model_copy(update={"pagination": site.pagination.model_copy(update={"jpage_method": "GET"})})
    text = ("<script type='text/xml'><datastore><totalrecord>40</totalrecord><recordset>"
            "<record><![CDATA[" + _li("/art/2026/11/20/art_60096_1.html", "江苏") + "]]></record>"
            "</recordset></datastore></script><script>proxyUrl: '/module/web/jpage/dataproxy.jsp', perPage: 1</script>")
    posting = parse_list(get_site("js-zh"), "https://www.jiangsu.gov.cn/col/col60096/index.html", text).next
    assert posting.method == "POST" and "startrecord=2" in posting.url
    assert posting.fallback.method == "GET" and posting.fallback.url.startswith(
        "https://www.jiangsu.gov.cn/module/web/jpage/dataproxy.jsp?page=2&")  # if the proxy refuses the POST
    page = parse_list(site, "https://www.jiangsu.gov.cn/col/col60096/index.html", text)
    assert page.next.method == "GET" and page.next.formdata is None
    assert page.next.url.startswith("https://www.jiangsu.gov.cn/module/web/jpage/dataproxy.jsp?page=2&")
    assert "columnid=60096" in page.next.url and "webid=1" in page.next.url


# -- links in other attributes --------------------------------------------------------------

def test_tianjin_links_in_onclick_are_entries():
    site = get_site("tj-zh")
    text = """<div class="list-item clear"><span class="list-item-title"><a href="javascript:void(0)"
        onclick="jumpToDetail('./202611/t20261120_5100726.html')">天津新闻</a></span>
        <span class="list-item-date">2026-11-20</span></div>
        <script>createPageHTML(2, 0, "index", "html");</script>"""
    page = parse_list(site, "https://www.tj.gov.cn/sy/tjxw/index.html", text)
    assert [(e.url, e.title, e.date) for e in page.entries] == [
        ("https://www.tj.gov.cn/sy/tjxw/202611/t20261120_5100726.html", "天津新闻", dt.date(2026, 11, 20))]
    assert page.next.url == "https://www.tj.gov.cn/sy/tjxw/index_1.html"  # static pages where the count is shown


# -- JSON APIs ------------------------------------------------------------------------------

def test_fujian_posts_its_search_with_the_channel_read_from_the_page():
    site = get_site("fj-zh")
    shell = "<div id='list'></div><script>var classsql = 'chnlid=3504';</script>"
    column = parse_list(site, "https://www.fujian.gov.cn/xwdt/fjyw/index.htm", shell)
    assert column.shell and column.entries == []
    request = column.next
    assert request.method == "POST" and request.url == "https://www.fujian.gov.cn/fjdzapp/search"
    assert request.formdata == {"channelid": "229105", "classsql": "chnlid=3504", "page": "1", "prepage": "20",
                                "sortfield": "-docorderpri,-docreltime"}
    answer = {"data": [{"doctitle": "福建<em>要闻</em>", "docpuburl": "https://www.fujian.gov.cn/xwdt/fjyw/202611/t20261120_7001.htm",
                        "docreltime": 1763600000000}], "total": 2}
    page = parse_list(site, request.url, json.dumps(answer, ensure_ascii=False), request.state)
    assert [(e.url, e.title, e.date) for e in page.entries] == [
        ("https://www.fujian.gov.cn/xwdt/fjyw/202611/t20261120_7001.htm", "福建要闻", dt.date(2025, 11, 20))]
    assert page.next.formdata["page"] == "2"
    answer["data"][0]["docpuburl"] = answer["data"][0]["docpuburl"].replace("7001", "7000")
    assert parse_list(site, page.next.url, json.dumps(answer), page.next.state).next is None  # 2 of total 2


def test_igs_answer_pages_by_page_number_until_its_page_count_and_a_repeat_ends_it():
    site = get_site("tj-zh")
    shell = "<script>$.get('/igs/front/search/list.html?index=tjxw-index&amp;type=xw&amp;pageSize=10')</script>"
    column = parse_list(site, "https://www.tj.gov.cn/sy/tjxw/index.html", shell)
    # the page's own page size (10) wins over the configured one (20)
    assert column.next.url == ("https://www.tj.gov.cn/igs/front/search/list.html?index=tjxw-index&type=xw"
                               "&pageNumber=1&pageSize=10")
    answer = {"page": {"content": [{"DOCTITLE": "甲", "DOCPUBURL": "http://www.tj.gov.cn/sy/tjxw/202611/t20261120_1.html",
                                    "DOCRELTIME": "2026-11-20T08:00:00.000+0800"}], "totalPages": 3}}
    first = parse_list(site, column.next.url, json.dumps(answer), column.next.state)
    assert first.entries[0].date == dt.date(2026, 11, 20) and "pageNumber=2" in first.next.url
    assert parse_list(site, first.next.url, json.dumps(answer), first.next.state).entries == []  # the same again
    answer["page"]["content"][0]["DOCPUBURL"] = answer["page"]["content"][0]["DOCPUBURL"].replace("_1", "_2")
    second = parse_list(site, first.next.url, json.dumps(answer), first.next.state)
    assert "pageNumber=3" in second.next.url
    answer["page"]["content"][0]["DOCPUBURL"] = answer["page"]["content"][0]["DOCPUBURL"].replace("_2", "_3")
    assert parse_list(site, second.next.url, json.dumps(answer), second.next.state).next is None


def test_an_api_answer_that_is_not_json_is_a_list_failure():
    site = get_site("fj-zh")
    column = parse_list(site, "https://www.fujian.gov.cn/xwdt/fjyw/index.htm", "<script>classsql='chnlid=1'</script>")
    with pytest.raises(ListPageError, match="not JSON"):
        parse_list(site, column.next.url, "<html>error</html>", column.next.state)


# -- AJAX fragments -------------------------------------------------------------------------

HEBEI_COL = "580d0301-2e0b-4152-9dd1-7d7f4e0f4980"
TPL, BLK = "b5a0012b-09bd-4038-95df-37c8fd97f2ac", "7054057f-8913-4ee5-8030-a77aeb6be68d"


def test_hebei_blocks_take_their_ids_from_the_column_page_and_may_come_wrapped_in_json():
    site = get_site("he-zh")
    article = f"/columns/{HEBEI_COL}/202611/20/0f8fad5b-d9cb-469f-a165-70867728950e.html"
    column_html = (f"<ul>{_li(article, '河北要闻')}</ul>"
                   f"<div data-url='/columns/{HEBEI_COL}/templates/{TPL}/blocks/{BLK}?page=1'></div>")
    column = parse_list(site, f"https://www.hebei.gov.cn/columns/{HEBEI_COL}/index.html", column_html)
    assert [e.title for e in column.entries] == ["河北要闻"] and not column.shell
    request = column.next
    assert request.url == f"https://www.hebei.gov.cn/columns/{HEBEI_COL}/templates/{TPL}/blocks/{BLK}?page=1&fix=0"
    assert request.headers == {"X-Requested-With": "XMLHttpRequest"}
    other = article.replace("/20/0f8f", "/19/1f8f")
    wrapped = json.dumps({"data": {"html": f'<li style="display:block"><a href="{other}" title="二">二</a>'
                                           f'<span class="date">2026-11-19</span></li>'}})
    page = parse_list(site, request.url, wrapped, request.state)
    assert [(e.title, e.date) for e in page.entries] == [("二", dt.date(2026, 11, 19))]
    assert page.next.url.endswith("?page=2&fix=0")
    as_string = json.dumps(f'<li style="display:block"><a href="{other.replace("/19/", "/18/")}" title="三">三</a>'
                           f'<span class="date">2026-11-18</span></li>')
    third = parse_list(site, page.next.url, as_string, page.next.state)
    assert [(e.title, e.date) for e in third.entries] == [("三", dt.date(2026, 11, 18))]
    assert parse_list(site, third.next.url, "<div>暂无数据</div>", third.next.state).next is None


def test_a_fragment_endpoint_without_its_ids_says_which_are_missing():
    site = get_site("he-zh")
    with pytest.raises(ListPageError, match="tpl"):
        parse_list(site, f"https://www.hebei.gov.cn/columns/{HEBEI_COL}/index.html", "<div id='app'></div>")


def _anhui_column(entries: int) -> str:
    items = "".join(_li(f"/zwyw/jryw/55401{n:04d}.html", f"安徽要闻{n}") for n in range(entries))
    return ("<div class='navjz'><ul>" + items + "</ul></div>"
            "<script>function load(n) { $('#list').load('/site/label/8888?IsAjax=1&labelName=articleListNews"
            "&siteId=6781961&pageIndex=' + n + '&catId=6708451&pageSize=' + size + '&organId=1681'); }</script>")


def test_anhui_label_query_from_the_page_gets_its_page_index_replaced():
    site = get_site("ah-zh")
    column = parse_list(site, "https://www.ah.gov.cn/zwyw/jryw/index.html", _anhui_column(15))
    # the query a script builds by concatenation is read whole, every parameter of it is sent, and
    # the page parameter is replaced; a column showing a whole API page (15) goes on at page 2
    assert column.next.url == ("https://www.ah.gov.cn/site/label/8888?IsAjax=1&labelName=articleListNews"
                               "&siteId=6781961&pageIndex=2&catId=6708451&pageSize=15&organId=1681")


def test_anhui_column_showing_another_count_than_an_api_page_walks_the_api_from_page_1():
    site = get_site("ah-zh")
    column = parse_list(site, "https://www.ah.gov.cn/zwyw/jryw/index.html", _anhui_column(1))
    assert "&pageIndex=1&" in column.next.url and "&pageSize=15&" in column.next.url


# -- RSS ------------------------------------------------------------------------------------

def test_rss_items_and_atom_entries_are_entries():
    site = get_site("hb-en")
    rss = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>
      <item><title>Hubei opens a fair</title><link>https://en.hubei.gov.cn/news/newslist/202611/t20261120_5637401.shtml</link>
      <pubDate>Fri, 20 Nov 2026 10:00:00 +0800</pubDate></item></channel></rss>"""
    page = parse_list(site, "https://en.hubei.gov.cn/rss/news.xml", rss)
    assert [(e.url, e.title, e.date) for e in page.entries] == [
        ("https://en.hubei.gov.cn/news/newslist/202611/t20261120_5637401.shtml", "Hubei opens a fair", dt.date(2026, 11, 20))]
    assert page.next is None
    atom = """<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
      <link href="/news/newslist/202611/t20261119_1.shtml"/><updated>2026-11-19T08:00:00+08:00</updated></entry></feed>"""
    assert parse_list(site, "https://en.hubei.gov.cn/rss/news.xml", atom).entries[0].date == dt.date(2026, 11, 19)
    with pytest.raises(ListPageError, match="not an RSS"):
        parse_list(site, "https://en.hubei.gov.cn/rss/news.xml", "<html><body>Not found</body></html>")


# -- one canonical URL per article ----------------------------------------------------------

@pytest.mark.parametrize("variant", [
    "https://www.shaanxi.gov.cn/xw/sxyw/202611/t20261120_1_wap.html",
    "https://www.shaanxi.gov.cn/xw/sxyw/202611/t20261120_1_app.html",
    "https://www.shaanxi.gov.cn/xw/sxyw/202611/t20261120_1_senior.html",
    "https://www.shaanxi.gov.cn/xw/sxyw/202611/t20261120_1.html?xxgkhide=1",
    "http://shaanxi.gov.cn/xw/sxyw/202611/t20261120_1_slb.html",
])
def test_article_url_variants_are_one_canonical_url(variant):
    site = get_site("sn-zh")
    assert site.is_article_url(variant)
    assert site.canonical_url(variant) == "https://www.shaanxi.gov.cn/xw/sxyw/202611/t20261120_1.html"


def test_other_queries_stay_and_off_host_reposts_are_not_articles():
    site = get_site("sn-zh")
    assert site.canonical_url("/xw/sxyw/202611/t20261120_1.html?a=1&xxgkhide=1") == \
        "https://www.shaanxi.gov.cn/xw/sxyw/202611/t20261120_1.html?a=1"
    assert not site.is_article_url("http://www.xinhuanet.com/politics/202611/t20261120_1.html")
    assert not site.is_article_url("/xw/sxyw/202611/t20261120_1_2.html")  # a further page, not a variant


# -- Ucap pages -----------------------------------------------------------------------------

def test_ucap_tags_are_cms_conventions():
    root = lxml_html.fromstring(
        "<html><body><ucaptitle>海南召开推进会</ucaptitle><div id='zoom'><p>来源：海南日报</p>"
        "<ucapcontent><p>11月20日，海南省召开自由贸易港建设推进会，部署下一阶段的重点工作。</p></ucapcontent></div>"
        "<ul id='articleattribute'><li>2026年11月20日 10时30分</li><li>来源：海南日报</li></ul></body></html>")
    assert cms.body_container(root).tag == "ucapcontent"
    assert cms.ucap_title(root) == "海南召开推进会"
    assert cms.ucap_date_texts(root)[0] == "2026年11月20日 10时30分"


@pytest.mark.parametrize("pager", ["<a href='p3.shtml'>下一页&gt;&gt;</a>", "<a href='p3.shtml' title='下一页'><img src='n.gif'></a>",
                                   "<a class='default_pgBtn default_pgNext' href='p3.shtml'></a>", "<a href='p3.shtml'>»</a>"])
def test_next_links_are_known_by_label_title_arrow_or_class(pager):
    link = "/10462/10464/10797/2026/11/20/" + "c" * 32 + ".shtml"
    text = f"<table id='dash-table'><tr><td><a href='{link}' title='x'>x</a></td></tr></table><div>{pager}</div>"
    page = parse_list(get_site("sc-zh"), "https://www.sc.gov.cn/10462/10464/10797/jrsc_list.shtml", text)
    assert page.next.url == "https://www.sc.gov.cn/10462/10464/10797/p3.shtml" and not page.next.state.get("guessed")


@pytest.mark.parametrize("script", [
    'createPageHTML(4, 0, "index", "shtml", "page_div", 60);',
    "createPageHTML('page_div', 4, 0, 'index', 'shtml');",
    'var countPage = 4//共多少页\nvar currentPage = 0;\ncreatePageHTML(countPage, currentPage, "index", "shtml");',
])
def test_trs_pager_scripts_in_their_several_shapes(script):
    site = get_site("sx-zh")
    text = "<ul class='list'>" + _li("./202611/t20261120_1.shtml", "山西") + f"</ul><script>{script}</script>"
    page = parse_list(site, "https://www.shanxi.gov.cn/ywdt/sxyw/index.shtml", text)
    assert page.next.url == "https://www.shanxi.gov.cn/ywdt/sxyw/index_1.shtml"
    third = parse_list(site, "https://www.shanxi.gov.cn/ywdt/sxyw/index_3.shtml", text, {"page_no": 4, "template": "index_{n}.shtml"})
    assert third.next is None  # 4 pages


def test_a_template_read_from_the_pager_numbers_pages_as_the_pager_does():
    site = get_site("nx-zh")  # TRS numbering (index_1 is page 2) unless the pager shows otherwise
    text = ("<ul class='commonList_dot'>" + _li("./202611/t20261120_1.html", "宁夏") + "</ul>"
            "<div class='page'><span>1</span><a href='list_2.html'>2</a><a href='list_3.html'>3</a></div>")
    first = parse_list(site, "https://www.nx.gov.cn/zwxx_11337/nxyw/index.html", text)
    assert first.next.url == "https://www.nx.gov.cn/zwxx_11337/nxyw/list_2.html"
    second = parse_list(site, first.next.url, text.replace("<span>1</span><a href='list_2.html'>2</a>",
                                                            "<a href='index.html'>1</a><span>2</span>"), first.next.state)
    assert second.next.url == "https://www.nx.gov.cn/zwxx_11337/nxyw/list_3.html"
