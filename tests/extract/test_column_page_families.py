"""A column page (栏目页: a list of articles, an index, a search page) is never an article (issue 19):
the crawler reaches column pages through list links and pagers, and provnews must refuse them
("not an article: list page") instead of archiving their furniture as an article. Both directions
are drawn as families, in the forms TRS WCM, Hanweb jcms, Ucap and sites' own platforms write
them (Chinese and English editions), inside the furniture of tests/extract/test_title_families.py
(header, logo, navigation, breadcrumb, sidebars, footer with copyright):

1. column pages: list entries (a title and a date) in <ul>, <table> or <div>s, shown; or hidden
   from the parser: inside an HTML comment with only a pager or an empty container shown (the
   CMS renders the list from the comment, or the comment holds a stale copy), written by script
   (document.write, a JSON array in a <script>, Hanweb's <script type="text/xml"> datastore, an
   empty <div id="list"> an AJAX call fills); with or without a short lead paragraph (栏目介绍)
   above the list, a column heading, a pager (createPageHTML, 共N页 首页 上一页 下一页 尾页);
2. the counter-family: real articles carrying heavy link furniture (related articles 相关文章 with
   their dates, a related list the template keeps in a comment, 上一篇/下一篇, a sidebar of twenty
   links, an article of one or two short paragraphs, an article whose body is a table, an
   attachment list): still articles, with the right title and body.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import ExtractionError, extract_page
from tests.extract.test_title_families import (
    COLUMNS,
    COLUMNS_EN,
    PROSE_EN,
    PROSE_ZH,
    SITES_EN,
    SITES_ZH,
    TITLES_EN,
    TITLES_ZH,
    _info,
    _page,
    _title_tag,
    frame,
)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADS_ZH = ["市政府召开常务会议研究部署防汛工作", "全市春运客流较去年同期增长两成", "我市新增公共自行车站点一百个",
            "我市举办第三届农民丰收节系列活动", "省政府与某某集团签署战略合作协议", "全省农村人居环境整治现场会召开",
            "某某市2024年重点项目集中开工", "关于公布第三批历史建筑名录的公告", "全市安全生产工作会议召开",
            "我市开展冬季消防安全大检查", "省教育厅部署2024年高校毕业生就业工作", "某某县获评全国文明城市",
            "关于做好2024年度企业年报公示工作的通知", "全省经济运行情况新闻发布会举行", "某某新区举行招商推介会",
            "市领导调研城市更新工作", "我市启动“清廉机关”创建活动", "关于征求《某某市物业管理条例（草案）》意见的公告",
            "全市“十四五”规划中期评估工作推进会召开", "某某高铁站改造工程顺利完工"]
HEADS_EN = ["Metro line 5 opens to passengers", "Spring festival travel rush begins", "Province hosts investment fair",
            "City opens 20 new community health centers", "Governor meets foreign business delegation",
            "Export volume rises in first quarter", "New high-speed rail station completed",
            "Province unveils measures to boost consumption", "Rural revitalization forum held in capital",
            "Pilot free trade zone marks fifth anniversary", "International marathon draws 30,000 runners",
            "Tea culture festival opens in mountain county"]
LEADS_ZH = ["本栏目发布某某市人民政府及市政府办公室印发的政策文件，包括规章、规范性文件和其他文件，供社会公众查阅。",
            "栏目介绍：及时发布全市政务动态、重要会议和领导活动信息，欢迎社会各界监督。",
            "本栏目公开本机关的通知公告。如需了解更多信息，请拨打政务服务热线12345。"]
LEADS_EN = ["This column publishes the latest news releases of the provincial government, updated every working day.",
            "Here you can find policies, regulations and notices issued by the municipal government."]
URL = "http://www.example.gov.cn/zwgk/zwdt/index.html"
ARTICLE_URL = "http://www.example.gov.cn/zwgk/zwdt/202406/t20240611_4567.html"


def _day(draw) -> date:
    return date(draw(st.integers(2012, 2025)), draw(st.integers(1, 12)), draw(st.integers(1, 28)))


@st.composite
def entries(draw, lang: str, low: int = 5, high: int = 20):
    """[(href, title, date shown)] of a list, newest first, as a CMS links its articles."""
    heads = HEADS_ZH if lang == "zh" else HEADS_EN
    count = draw(st.integers(low, high))
    first = _day(draw)
    days = [first - timedelta(days=sum(draw(st.lists(st.integers(0, 6), min_size=i, max_size=i)))) for i in range(count)]
    cms = draw(st.sampled_from(["trs", "hanweb", "ucap", "own"]))
    start = draw(st.integers(0, len(heads) - 1))
    shown = draw(st.sampled_from(["dash", "brackets", "cjk", "month_day"] if lang == "zh" else ["dash", "en", "brackets"]))
    found = []
    for i, day in enumerate(days):
        n = 4000 + i
        href = {"trs": f"./{day:%Y%m}/t{day:%Y%m%d}_{n}.html",
                "hanweb": f"/art/{day.year}/{day.month}/{day.day}/art_1229_{n}.html",
                "ucap": f"/content/post_{n}.html", "own": f"/xwdt/{day:%Y%m%d}/{n:x}.shtml"}[cms]
        text = {"dash": f"{day:%Y-%m-%d}", "brackets": f"[{day:%Y-%m-%d}]", "cjk": f"{day.year}年{day.month:02d}月{day.day:02d}日",
                "month_day": f"{day:%m-%d}", "en": f"{day:%b} {day.day}, {day.year}"}[shown]
        found.append((href, heads[(start + i) % len(heads)], text))
    return found


def list_markup(draw, items: list[tuple[str, str, str]]) -> str:
    """The entries as a <ul>, a <table> or <div>s."""
    form = draw(st.sampled_from(["ul", "ul_date_first", "table", "divs", "ul_title_attr"]))
    if form == "ul":
        return '<ul class="list">' + "".join(f'<li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>'
                                              for h, t, d in items) + "</ul>"
    if form == "ul_date_first":
        return '<ul class="news_list">' + "".join(f'<li><span class="date">{d}</span><a href="{h}">{t}</a></li>'
                                                   for h, t, d in items) + "</ul>"
    if form == "ul_title_attr":
        return '<div class="lb"><ul>' + "".join(f'<li><a href="{h}" title="{t}">{t}</a><em>{d}</em></li>'
                                                for h, t, d in items) + "</ul></div>"
    if form == "table":
        return '<table width="100%" class="list">' + "".join(
            f'<tr><td width="80%"><a href="{h}">{t}</a></td><td align="right">{d}</td></tr>' for h, t, d in items) + "</table>"
    return '<div class="news-list">' + "".join(
        f'<div class="item"><a href="{h}">{t}</a><span class="time">{d}</span></div>' for h, t, d in items) + "</div>"


def _js(text: str) -> str:
    return text.replace("\\", "\\\\").replace("'", "\\'")


@st.composite
def shown_list(draw, items):
    """What the list area holds: the list shown, or out of the parsed tree."""
    how = draw(st.sampled_from(["visible", "comment", "comment_beside_empty", "document_write", "json", "hanweb_xml",
                                "ajax"]))
    markup = list_markup(draw, items)
    if how == "visible":
        return markup
    if how == "comment":
        return f'<div class="list_box"><!--{markup}--></div>'
    if how == "comment_beside_empty":  # a stale copy in the comment; the container the script fills is empty
        return f'<!-- {markup} -->\n<ul id="list" class="list"></ul>'
    if how == "document_write":
        lines = "".join(f"document.write('<li><a href=\"{_js(h)}\">{_js(t)}</a><span>{_js(d)}</span></li>');\n"
                        for h, t, d in items)
        return f'<ul class="list"><script type="text/javascript">\n{lines}</script></ul>'
    if how == "json":
        rows = ",".join(f'{{"title":"{t}","url":"{h}","pubDate":"{d}"}}' for h, t, d in items)
        return (f'<div id="list"></div><script>var listData = [{rows}];\n'
                "renderList(document.getElementById('list'), listData);</script>")
    if how == "hanweb_xml":
        records = "".join(f'<record><![CDATA[<li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>]]></record>'
                          for h, t, d in items)
        return (f'<div id="4432"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/'
                f'dataproxy.jsp?page=1&webid=1&path=/&columnid=1229&unitid=4432&webname=x&permissiontype=0"></a>]]>'
                f'</nextgroup><recordset>{records}</recordset></datastore></script></div>'
                '<script language="javascript" src="/module/web/jpage/jpage.js"></script>'
                "<script>var jpage = new JPage({unitid: 4432, perpage: 15, totalRecord: 86});</script>")
    return ('<div id="list" class="news-list"></div><script>$.ajax({url: "/api/list?channelId=1229&page=1&size=15",'
            " dataType: 'json', success: function (d) { render('#list', d.data.list); }});</script>")


@st.composite
def pager(draw, lang: str):
    count = draw(st.integers(2, 60))
    return draw(st.sampled_from([
        "",
        f'<div class="page"><script>createPageHTML({count}, 0, "index", "html");</script></div>',
        f'<div class="pagination">共{count}页 <a href="index.html">首页</a> <a>上一页</a> <a href="index_1.html">下一页</a> '
        f'<a href="index_{count - 1}.html">尾页</a> 跳转到<input type="text" size="2">页</div>',
        f'<div class="fy">共{count * 15}条记录 当前第1/{count}页 <a>首页</a> <a>上页</a> <a>下页</a> <a>末页</a></div>',
        f'<div class="pages"><a>First</a> <a>Prev</a> <a href="index_1.html">Next</a> <a>Last</a> Page 1 of {count}</div>'
        if lang == "en" else '<div class="pages"><span>1</span> <a href="index_1.html">2</a> <a href="index_2.html">3</a> '
                             '<a href="index_1.html">下一页</a></div>',
    ]))


@st.composite
def column_pages(draw):
    """A column page in every form; returns (page, whether it has a lead paragraph of its own)."""
    lang = draw(st.sampled_from(["zh", "zh", "en"]))
    site = draw(st.sampled_from(SITES_ZH if lang == "zh" else SITES_EN))
    column = draw(st.sampled_from(COLUMNS if lang == "zh" else COLUMNS_EN))
    items = draw(entries(lang))
    area = draw(shown_list(items))
    lead = draw(st.sampled_from(["", *[f'<div class="lmjs"><p>{t}</p></div>' for t in (LEADS_ZH if lang == "zh" else LEADS_EN)]]))
    heading = draw(st.sampled_from(["", f'<h2 class="lm-title">{column}</h2>', f'<div class="column-name">{column}</div>',
                                    f"<h1>{column}</h1>"]))
    head = f"<title>{_title_tag(draw, column, site, '')}</title>"
    head += draw(st.sampled_from(["", f'<meta name="ColumnName" content="{column}"><meta name="SiteName" content="{site}">',
                                  f'<meta name="ColumnName" content="{column}"><meta name="ColumnType" content="栏目">']))
    header, crumb, _, after = draw(frame(lang, site, column))
    main = (f'<div class="main"><div class="right">{heading}{lead}{area}{draw(pager(lang))}</div>'
            f"{draw(sidebar(lang))}</div>")
    return _page(head, header + crumb + main + after), bool(lead)


@st.composite
def sidebar(draw, lang: str):
    heads = HEADS_ZH if lang == "zh" else HEADS_EN
    count = draw(st.sampled_from([0, 5, 10, 20]))
    if not count:
        return ""
    label = draw(st.sampled_from(["热点新闻", "专题专栏", "最新信息"] if lang == "zh" else ["Hot news", "Topics"]))
    dated = draw(st.booleans())
    return (f'<div class="side"><h3>{label}</h3><ul>' + "".join(
        f'<li><a href="/art/s{i}.html">{heads[i % len(heads)]}</a>' + (f"<span>2024-05-{i % 28 + 1:02d}</span>" if dated else "")
        + "</li>" for i in range(count)) + "</ul></div>")


@given(column_pages())
@SETTINGS
def test_a_column_page_is_never_an_article(case):
    """Refused: as a list page where it has prose of its own (a lead paragraph), else for want of
    a body (its pager line is no paragraph)."""
    page, lead = case
    try:
        got = extract_page(page, URL)
    except ExtractionError as exc:
        reason = exc.reason
    else:
        pytest.fail(f"archived as an article: {got.title!r} ({got.body_rule}) {[p.text for p in got.paragraphs]}")
    assert reason == "not an article: list page" if lead else reason in ("not an article: list page", "no body"), reason


# -- 2. The counter-family: articles with heavy link furniture ---------------------------------

ATTACHMENTS = [("附件1：某某市2024年重点项目清单.xlsx", "/files/2024/qd.xlsx"),
               ("附件2：申报表.docx", "/files/2024/sbb.docx"), ("附件3：实施细则.pdf", "/files/2024/xz.pdf")]


@st.composite
def furnished_articles(draw):
    """An article with heavy link furniture; returns (page, title, [(kind, text)] of its body, the
    names of its attachments)."""
    lang = draw(st.sampled_from(["zh", "zh", "en"]))
    site = draw(st.sampled_from(SITES_ZH if lang == "zh" else SITES_EN))
    column = draw(st.sampled_from(COLUMNS if lang == "zh" else COLUMNS_EN))
    title = draw(st.sampled_from(TITLES_ZH if lang == "zh" else TITLES_EN))
    prose = PROSE_ZH if lang == "zh" else PROSE_EN
    shape = draw(st.sampled_from(["prose", "short", "table", "attachments"] if lang == "zh" else ["prose", "short"]))
    box = draw(st.sampled_from(['<div id="zoom">', '<div class="TRS_Editor">', '<div class="article-content">',
                                '<div class="content">', "<ucapcontent>", "<div>"]))
    end = "</ucapcontent>" if box == "<ucapcontent>" else "</div>"
    if shape == "short":
        paragraphs = prose[: draw(st.integers(1, 2))]
        expected = [("text", p) for p in paragraphs]
        inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    elif shape == "table":
        rows = [("序号", "项目名称", "建设单位", "总投资（亿元）")] + [
            (str(i), f"某某{name}项目", f"某某市{unit}", f"{i * 3.5:.1f}")
            for i, (name, unit) in enumerate([("综合管廊", "住建局"), ("污水处理厂扩建", "水务局"), ("城市快速路", "交通局"),
                                              ("人民医院新院区", "卫健委")], 1)]
        intro = draw(st.sampled_from(["", "<p>经市政府同意，现将2024年第一批重点建设项目名单公布如下：</p>"]))
        inner = intro + '<table border="1">' + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
        expected = ([("text", "经市政府同意，现将2024年第一批重点建设项目名单公布如下：")] if intro else []) + [
            ("table_row", "\t".join(row)) for row in rows]
    elif shape == "attachments":
        paragraphs = prose[: draw(st.integers(1, 3))]
        links = ATTACHMENTS[: draw(st.integers(1, 3))]
        inner = "".join(f"<p>{p}</p>" for p in paragraphs) + "".join(f'<p><a href="{h}">{n}</a></p>' for n, h in links)
        expected = [("text", p) for p in paragraphs]  # (the attachments' lines are its attachments)
    else:
        paragraphs = prose
        inner = "".join(f"<p>{p}</p>" for p in paragraphs)
        expected = [("text", p) for p in paragraphs]
    files = [n for n, _ in links] if shape == "attachments" else []
    body = box + inner + end
    furniture = draw(st.lists(st.sampled_from(["related", "related_comment", "prev_next", "sidebar", "more_list"]),
                              min_size=1, max_size=4, unique=True))
    related_items = draw(entries(lang, 3, 10))
    label = "相关文章" if lang == "zh" else "Related"
    after_body = ""
    if "prev_next" in furniture:
        (h1, t1, _), (h2, t2, _) = related_items[:2]
        after_body += (f'<div class="prev-next"><p>上一篇：<a href="{h1}">{t1}</a></p><p>下一篇：<a href="{h2}">{t2}</a></p></div>'
                       if lang == "zh" else f'<div class="pn"><p>Previous: <a href="{h1}">{t1}</a></p>'
                                            f'<p>Next: <a href="{h2}">{t2}</a></p></div>')
    if "related" in furniture:
        after_body += f'<div class="xgwz"><h3>{label}</h3>{list_markup(draw, related_items)}</div>'
    if "related_comment" in furniture:  # a template's related list kept in a comment
        after_body += f'<!-- <div class="xgwz"><h3>{label}</h3>{list_markup(draw, related_items)}</div> -->'
    side = draw(sidebar(lang)) if "sidebar" in furniture else ""
    if "more_list" in furniture:  # the column's latest entries beside the article
        side += (f'<div class="zxxx"><h3>{"最新信息" if lang == "zh" else "Latest"}</h3>'
                 f"{list_markup(draw, draw(entries(lang, 5, 12)))}</div>")
    where = draw(st.sampled_from(["title", "meta", "both"]))
    head = f"<title>{_title_tag(draw, title, site, column) if where != 'meta' else site}</title>"
    if where != "title":
        head += f'<meta name="ArticleTitle" content="{title}">'
    header, crumb, tools, after = draw(frame(lang, site, column))
    article = f'<div class="article"><h1>{title}</h1>{_info(draw, lang)}{tools}{body}{after_body}</div>'
    page = _page(head, header + crumb + f'<div class="main">{article}{side}</div>' + after)
    return page, title, expected, files


@given(furnished_articles())
@SETTINGS
def test_an_article_with_heavy_link_furniture_is_still_an_article(case):
    page, title, expected, files = case
    got = extract_page(page, ARTICLE_URL)
    assert got.title == title, (got.title, got.title_rule)
    assert [(p.kind, p.text) for p in got.paragraphs] == expected, got.body_rule
    assert [a["name"] for a in got.attachments] == files


# -- 3. Edges of the two families ----------------------------------------------------------------

@pytest.mark.parametrize("tools", ['<div class="tool">Font size: <a>A+</a> <a>A</a> <a>A-</a> | <a>Print</a> | <a>Share</a></div>',
                                   '<div class="tool">Text size: <a>Large</a> <a>Medium</a> <a>Small</a></div>'])
def test_a_short_notice_under_an_english_tool_bar_keeps_only_its_text(tools):
    """(a draw of the family above, which took the tool bar for the first paragraph: one paragraph
    beside the bar in the article's box, the generic body taking the box)"""
    title, text = "关于进一步做好稳就业工作的通知", "为进一步做好相关工作，经市政府同意，现将有关事项通知如下，请各地各部门结合实际认真贯彻落实。"
    nav = "".join(f'<li><a href="/c{i}/">{name}</a></li>' for i, name in enumerate(["首页", "政务公开", "政策文件", "通知公告"]))
    html = (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><div class="nav"><ul>{nav}</ul></div>'
            '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>'
            f'<div class="main"><div class="article"><h1>{title}</h1><div class="info"><span>发布时间：2024-06-11 09:30</span> '
            f'<span>来源：市政府办公室</span> <span>浏览次数：1024</span></div>{tools}'
            f'<div class="content"><p>{text}</p></div></div></div></body></html>')
    assert [p.text for p in extract_page(html.encode(), ARTICLE_URL).paragraphs] == [text]


@pytest.mark.parametrize("pager", ["共3页 首页 上一页 1 2 3 下一页 尾页", "共30条记录 当前第1/2页 首页 上页 下页 末页",
                                   "First Prev 1 2 3 Next Last", "Page 1 of 3"])
def test_a_pager_line_is_never_a_paragraph(pager):
    html = (f"<html><head><title>{TITLES_ZH[2]}</title></head><body><h1>{TITLES_ZH[2]}</h1>"
            f'<div id="zoom">{"".join(f"<p>{p}</p>" for p in PROSE_ZH)}<p>{pager}</p></div></body></html>')
    assert [p.text for p in extract_page(html.encode(), ARTICLE_URL).paragraphs] == PROSE_ZH


def test_a_page_named_like_a_column_that_lists_nothing_is_an_article():
    """A column's single page of text (机构职能, linked from the navigation as a column) lists no
    articles: it stays an article."""
    html = ('<html><head><title>机构职能_某某市人民政府</title></head><body><div class="nav"><a href="/">首页</a>'
            '<a href="/jgzn/">机构职能</a><a href="/zwdt/">政务动态</a></div><h1>机构职能</h1>'
            f'<div class="content">{"".join(f"<p>{p}</p>" for p in PROSE_ZH)}</div></body></html>')
    page = extract_page(html.encode(), "http://www.example.gov.cn/jgzn/index.html")
    assert (page.title, [p.text for p in page.paragraphs]) == ("机构职能", PROSE_ZH)
