"""Guizhou variants (gz-zh TRS lists in two layouts, gz-en China Daily lists in two pagers),
written from the published facts about the real sites alone."""

from __future__ import annotations

from .server import Route

COL = "/xwdt/gzyw/"

# -- gz-zh articles ----------------------------------------------------------------------------

# A two-page article: metas, <h1>, the TRS_UEDITOR body and the article pager.
GZZH_1 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>贵州省推进新型工业化大会在贵阳召开_贵州省人民政府</title>
<meta name="SiteName" content="贵州省人民政府">
<meta name="ColumnName" content="贵州要闻">
<meta name="ArticleTitle" content="贵州省推进新型工业化大会在贵阳召开">
<meta name="PubDate" content="2026-11-25 10:15">
<meta name="ContentSource" content="贵州日报">
</head><body>
<div class="Crumbs"><span>当前位置：</span><a href="../../../">首页</a> &gt; <a href="../../">新闻动态</a> &gt; <a href="../">贵州要闻</a></div>
<div class="Article">
<h1>贵州省推进新型工业化大会在贵阳召开</h1>
<div class="Article_xx"><span>发布时间：2026-11-25 10:15:00</span><span>来源：贵州日报</span>
<span class="fontsize">字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web"><p>　　11月24日，全省推进新型工业化大会在贵阳召开。</p>
<p>　　会议强调，要坚定不移推进工业强省战略。</p></div>
<div class="page"><script>createPageHTML(2, 0, "t20261125_88123456", "html");</script></div>
<div class="share">分享到：<a href="#">微信</a></div>
</div>
<div class="xgxw"><h4>相关新闻</h4><ul><li><a href="./t20261126_1.html">贵州发布工业发展报告</a><span>2026-11-26</span></li>
<li><a href="./t20261126_2.html">贵州推进数字产业化</a><span>2026-11-26</span></li></ul></div>
</body></html>"""

GZZH_1_PAGE2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>贵州省推进新型工业化大会在贵阳召开_贵州省人民政府</title>
<meta name="ArticleTitle" content="贵州省推进新型工业化大会在贵阳召开">
<meta name="PubDate" content="2026-11-25 10:15">
<meta name="ContentSource" content="贵州日报">
</head><body>
<div class="Article">
<h1>贵州省推进新型工业化大会在贵阳召开</h1>
<div class="Article_xx"><span>发布时间：2026-11-25 10:15:00</span><span>来源：贵州日报</span></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web"><p>　　会议要求，各地各部门要抓好重点产业链培育。</p></div>
<div class="page"><script>createPageHTML(2, 1, "t20261125_88123456", "html");</script></div>
</div>
</body></html>"""

# No metas at all (an older template): <h1>, the label line and the TRS_Editor body.
GZZH_2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>贵州茶产业综合产值突破千亿元_贵州省人民政府</title>
</head><body>
<div class="weizhi">您的位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; 贵州要闻</div>
<h1 class="title">贵州茶产业综合产值突破千亿元</h1>
<div class="info">发布时间：2026-11-24 09:30:00　来源：新华网</div>
<div class="TRS_Editor"><div class="TRS_Editor">
<p style="text-indent: 2em;">记者从省农业农村厅获悉，今年全省茶产业综合产值突破千亿元。</p>
<div style="text-indent: 2em;">茶园面积稳定在七百万亩以上。</div>
</div></div>
<div class="print-close"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</body></html>"""

# A template placeholder carries a fake date; the sidebar newer ones; the body is trs_editor_view.
GZZH_3 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>贵阳至北海高铁全线贯通_贵州省人民政府</title>
<meta name="ArticleTitle" content="贵阳至北海高铁全线贯通">
<meta name="ContentSource" content="多彩贵州网">
</head><body>
<div class="side-hot"><h3>热点新闻</h3><ul><li><a href="./t20261126_5.html">贵州举办民族文化周活动</a><span>2026-11-26 08:00</span></li>
<li><a href="./t20261126_6.html">贵州冬季旅游推介会举行</a><span>2026-11-26 09:00</span></li></ul></div>
<div class="detail">
<h1>贵阳至北海高铁全线贯通</h1>
<div class="detail-info"><img src="/images/time.png" alt="时间：2017-11-08 20:26"> 发布时间：2026-11-23 17:05 来源：多彩贵州网</div>
<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">
<p>　　23日，贵阳至北海高速铁路全线贯通。</p>
<p style="text-align:center"><img src="./W020261123.jpg"></p>
<p style="text-align:center">列车驶过特大桥（记者李明摄）</p>
<p>　　贵州至广西北部湾的出海通道由此更加便捷。</p>
</div>
</div>
</body></html>"""

GZZH_4 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>省政府召开第十次常务会议-贵州省人民政府</title>
<meta name="ArticleTitle" content="省政府召开第十次常务会议">
<meta name="PubDate" content="2026-11-22 18:40">
<meta name="ContentSource" content="贵州省人民政府网">
</head><body>
<h1>省政府召开第十次常务会议</h1>
<div class="view TRS_UEDITOR trs_paper_default trs_web"><p>11月22日，省长主持召开省政府第十次常务会议。</p>
<p>会议研究了冬春农业生产等工作。</p></div>
</body></html>"""

# 2024 layout pages.
GZZH_5 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>贵州新增5个国家级旅游度假区_贵州省人民政府</title>
<meta name="ArticleTitle" content="贵州新增5个国家级旅游度假区">
<meta name="PubDate" content="2026-11-21 11:11">
<meta name="ContentSource" content="贵州日报天眼新闻">
</head><body>
<div class="PageMain"><h1 class="Title">贵州新增5个国家级旅游度假区</h1>
<div class="Info">发布时间：2026-11-21 11:11:00 来源：贵州日报天眼新闻</div>
<div class="view TRS_UEDITOR trs_paper_default trs_web"><p>　　文化和旅游部日前公布新一批国家级旅游度假区名单。</p>
<p>　　贵州新增5家，总数达到8家。</p></div></div>
</body></html>"""

GZZH_6 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>贵州实施就业帮扶专项行动_贵州省人民政府</title>
<meta name="ArticleTitle" content="贵州实施就业帮扶专项行动">
<meta name="PubDate" content="2026-11-20 15:00">
<meta name="ContentSource" content="省人力资源社会保障厅">
</head><body>
<h1>贵州实施就业帮扶专项行动</h1>
<div class="TRS_Editor"><p>即日起，我省实施为期三个月的就业帮扶专项行动。</p></div>
</body></html>"""

GZZH_ARTICLES = {
    f"{COL}202611/t20261125_88123456.html": (GZZH_1, {
        "title": "贵州省推进新型工业化大会在贵阳召开", "published_at": "2026-11-25T10:15:00+08:00", "source": "贵州日报",
        "paragraphs": ["11月24日，全省推进新型工业化大会在贵阳召开。", "会议强调，要坚定不移推进工业强省战略。",
                       "会议要求，各地各部门要抓好重点产业链培育。"]}),
    f"{COL}202611/t20261124_88120001.html": (GZZH_2, {
        "title": "贵州茶产业综合产值突破千亿元", "published_at": "2026-11-24T09:30:00+08:00", "source": "新华网",
        "paragraphs": ["记者从省农业农村厅获悉，今年全省茶产业综合产值突破千亿元。", "茶园面积稳定在七百万亩以上。"]}),
    f"{COL}202611/t20261123_88110002.html": (GZZH_3, {
        "title": "贵阳至北海高铁全线贯通", "published_at": "2026-11-23T17:05:00+08:00", "source": "多彩贵州网",
        "paragraphs": ["23日，贵阳至北海高速铁路全线贯通。", "列车驶过特大桥（记者李明摄）",
                       "贵州至广西北部湾的出海通道由此更加便捷。"]}),
    f"{COL}202611/t20261122_88100003.html": (GZZH_4, {
        "title": "省政府召开第十次常务会议", "published_at": "2026-11-22T18:40:00+08:00", "source": "贵州省人民政府网",
        "paragraphs": ["11月22日，省长主持召开省政府第十次常务会议。", "会议研究了冬春农业生产等工作。"]}),
    f"{COL}202611/t20261121_88090001.html": (GZZH_5, {
        "title": "贵州新增5个国家级旅游度假区", "published_at": "2026-11-21T11:11:00+08:00", "source": "贵州日报天眼新闻",
        "paragraphs": ["文化和旅游部日前公布新一批国家级旅游度假区名单。", "贵州新增5家，总数达到8家。"]}),
    f"{COL}202611/t20261120_88080002.html": (GZZH_6, {
        "title": "贵州实施就业帮扶专项行动", "published_at": "2026-11-20T15:00:00+08:00", "source": "省人力资源社会保障厅",
        "paragraphs": ["即日起，我省实施为期三个月的就业帮扶专项行动。"]}),
}


def _list_2019(items: list[tuple[str, str, str]], pager: str) -> str:
    lis = "\n".join(f'<li><a href="{href}" target="_blank" title="{title}">{title}</a><span>{date}</span></li>'
                    for href, title, date in items)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>贵州要闻_贵州省人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/xwdt/">新闻动态</a></div>
<div class="left-nav"><ul><li><a href="../jrgz/">今日关注</a></li><li><a href="../tzgg/">通知公告</a></li></ul></div>
<div class="right-list-box"><ul>
{lis}
</ul>
<div class="page"><script>{pager}</script></div></div>
<div class="footer">主办：贵州省人民政府办公厅</div>
</body></html>"""


def gzzh_2019_routes() -> dict[str, Route]:
    a = list(GZZH_ARTICLES)
    title = {p: GZZH_ARTICLES[p][1]["title"] for p in a}
    routes: dict[str, Route] = {p: GZZH_ARTICLES[p][0] for p in a[:4]}
    routes[f"{COL}202611/t20261125_88123456_1.html"] = GZZH_1_PAGE2
    rel = {p: "./" + p[len(COL):] for p in a}
    routes[f"{COL}index.html"] = _list_2019(
        [(rel[a[0]], title[a[0]], "2026-11-25 10:15"), (rel[a[1]], title[a[1]], "2026-11-24 09:30")],
        'createPageHTML(3, 0, "index", "html");')
    routes[f"{COL}index_1.html"] = _list_2019(
        [(f"https://www.guizhou.gov.cn{a[2]}", title[a[2]], "2026-11-23 17:05")],
        'createPageHTML(3, 1, "index", "html");')
    routes[f"{COL}index_2.html"] = _list_2019(
        [(rel[a[3]], title[a[3]], "2026-11-22 18:40")], 'createPageHTML(3, 2, "index", "html");')
    return routes


def _list_2024(items: list[tuple[str, str, str]], current: int) -> str:
    links = "\n".join(f'<div class="aBoxItem"><a href="{href}" target="_blank" title="{title}">{title}</a>'
                      f'<em>{date}</em></div>' for href, title, date in items)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>贵州要闻_贵州省人民政府</title></head><body>
<div class="Header"><a href="/">首页</a></div>
<div class="PageMainBox aBox">
{links}
</div>
<div class="page" id="page"><script type="text/javascript">
var currentPage = {current};//所在页从0开始
var prevPage = currentPage-1;//上一页
var nextPage = currentPage+1;//下一页
var countPage = 2;//共多少页
createPageHTML(countPage, currentPage, "index", "html");
</script></div>
</body></html>"""


def gzzh_2024_routes() -> dict[str, Route]:
    a = list(GZZH_ARTICLES)[4:]
    routes: dict[str, Route] = {p: GZZH_ARTICLES[p][0] for p in a}
    routes[f"{COL}index.html"] = _list_2024([("./" + a[0][len(COL):], GZZH_ARTICLES[a[0]][1]["title"], "2026-11-21")], 0)
    routes[f"{COL}index_1.html"] = _list_2024([("./" + a[1][len(COL):], GZZH_ARTICLES[a[1]][1]["title"], "2026-11-20")], 1)
    return routes


# -- gz-en -------------------------------------------------------------------------------------

GZEN_1 = """<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>Guizhou's big data expo draws record crowds - Chinadaily.com.cn</title>
<meta name="keywords" content="Guizhou, big data">
</head><body>
<div class="topNav"><a href="//guizhou.chinadaily.com.cn/">Home</a> <a href="//guizhou.chinadaily.com.cn/news.html">News</a></div>
<div class="main_art">
<div class="lft_art" id="lft-art">
<h1>Guizhou's big data expo draws record crowds</h1>
<div class="info"><span class="info_l">By Li Hua | China Daily | Updated: 2026-11-25 09:41</span>
<span class="info_r"><a href="#" class="share_wb">Weibo</a> <a href="#" class="share_wx">WeChat</a></span></div>
<div id="Content">
<figure class="image" style="display: table;"><img src="//img2.chinadaily.com.cn/images/202611/25/expo.jpeg"><figcaption>Visitors try a robot at the expo in Guiyang. [Photo by Wang Qian/For China Daily]</figcaption></figure>
<p>The China International Big Data Industry Expo opened in Guiyang on Monday.</p>
<p>More than 300,000 visitors are expected over four days, the organizers said.</p>
</div>
<div class="share"><a href="#">Share</a></div>
</div>
<div class="rt_art"><h3>Most Viewed</h3><ul><li><a href="//guizhou.chinadaily.com.cn/2026-11/26/content_1210060.htm">Guizhou tea goes global</a> 2026-11-26</li></ul></div>
</div>
<div class="footer">Copyright 1995 - 2026. All rights reserved.</div>
</body></html>"""

GZEN_2 = """<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>Guiyang opens new metro line - Chinadaily.com.cn</title>
</head><body>
<div id="lft-art">
<h1>Guiyang opens new metro line</h1>
<p class="byline">By Yang Jun in Guiyang | China Daily</p>
<p class="time">Updated: 2026-11-24 16:02</p>
<div id="Content">
<p>Guiyang opened its fourth metro line on Sunday, linking the airport to the city center.</p>
<p>The 40-kilometer line has 25 stations.</p>
<p>[Editor: Zhao Min]</p>
</div>
<div id="div_currpage"><span>1</span> <a href="content_1210041_2.htm">2</a> <a href="content_1210041_2.htm">Next</a></div>
</div>
</body></html>"""

# China Daily splits long stories over pages named content_ID_2.htm, linked by a plain pager.
GZEN_2_PAGE2 = """<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>Guiyang opens new metro line - Chinadaily.com.cn</title>
</head><body>
<div id="lft-art">
<h1>Guiyang opens new metro line</h1>
<p class="byline">By Yang Jun in Guiyang | China Daily</p>
<p class="time">Updated: 2026-11-24 16:02</p>
<div id="Content">
<p>Trains run every six minutes at peak hours.</p>
</div>
<div id="div_currpage"><a href="content_1210041.htm">1</a> <span>2</span></div>
</div>
</body></html>"""

GZEN_3 = """<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>Karst caves attract winter tourists - Chinadaily.com.cn</title>
</head><body>
<h1>Karst caves attract winter tourists</h1>
<div class="info">chinadaily.com.cn | Updated: 2026-11-23 10:20</div>
<div id="Content"><p>Guizhou's karst caves are drawing visitors from across the country this winter.</p>
<p>Local guides say bookings are up by a third.</p></div>
<div id="div_currpage"></div>
</body></html>"""

GZEN_4 = """<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>Guizhou villages embrace rural tourism - Chinadaily.com.cn</title>
</head><body>
<h1>Guizhou villages embrace rural tourism</h1>
<div class="info">By Chen Ming | China Daily | Updated: 2026-11-22 08:05</div>
<div id="Content"><p>Villages in Qiandongnan are turning old houses into guesthouses.</p></div>
</body></html>"""

GZEN_5 = """<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>Guizhou ships first batch of winter vegetables to Hong Kong - Chinadaily.com.cn</title>
</head><body>
<h1>Guizhou ships first batch of winter vegetables to Hong Kong</h1>
<div class="info">By Liu Yan | China Daily | Updated: 2026-11-21 17:30</div>
<div id="Content"><p>The first batch of Guizhou's winter vegetables left for Hong Kong on Friday.</p></div>
</body></html>"""

GZEN_6 = """<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>Anshun holds waterfall marathon - Chinadaily.com.cn</title>
</head><body>
<h1>Anshun holds waterfall marathon</h1>
<div class="info">By Zhou Lin | China Daily | Updated: 2026-11-20 12:00</div>
<div id="Content"><p>About 20,000 runners took part in the Huangguoshu waterfall marathon.</p></div>
</body></html>"""

GZEN_ARTICLES = {
    "/2026-11/25/content_1210050.htm": (GZEN_1, {
        "title": "Guizhou's big data expo draws record crowds", "published_at": "2026-11-25T09:41:00+08:00",
        "source": "China Daily",
        "paragraphs": ["Visitors try a robot at the expo in Guiyang. [Photo by Wang Qian/For China Daily]",
                       "The China International Big Data Industry Expo opened in Guiyang on Monday.",
                       "More than 300,000 visitors are expected over four days, the organizers said."]}),
    "/2026-11/24/content_1210041.htm": (GZEN_2, {
        "title": "Guiyang opens new metro line", "published_at": "2026-11-24T16:02:00+08:00", "source": "China Daily",
        "paragraphs": ["Guiyang opened its fourth metro line on Sunday, linking the airport to the city center.",
                       "The 40-kilometer line has 25 stations.", "Trains run every six minutes at peak hours."]}),
    "/a/202611/23/WS6741a2b3a310f1265a1d2e3f.html": (GZEN_3, {
        "title": "Karst caves attract winter tourists", "published_at": "2026-11-23T10:20:00+08:00", "source": None,
        "paragraphs": ["Guizhou's karst caves are drawing visitors from across the country this winter.",
                       "Local guides say bookings are up by a third."]}),
    "/2026-11/22/content_1210020.htm": (GZEN_4, {
        "title": "Guizhou villages embrace rural tourism", "published_at": "2026-11-22T08:05:00+08:00",
        "source": "China Daily", "paragraphs": ["Villages in Qiandongnan are turning old houses into guesthouses."]}),
    "/2026-11/21/content_1210011.htm": (GZEN_5, {
        "title": "Guizhou ships first batch of winter vegetables to Hong Kong",
        "published_at": "2026-11-21T17:30:00+08:00", "source": "China Daily",
        "paragraphs": ["The first batch of Guizhou's winter vegetables left for Hong Kong on Friday."]}),
    "/2026-11/20/content_1210002.htm": (GZEN_6, {
        "title": "Anshun holds waterfall marathon", "published_at": "2026-11-20T12:00:00+08:00", "source": "China Daily",
        "paragraphs": ["About 20,000 runners took part in the Huangguoshu waterfall marathon."]}),
}


def _cd_list(items: list[tuple[str, str, str]], pager: str) -> str:
    blocks = "\n".join(
        f'<div class="mb10 tw3_01_2"><span class="tw3_01_2_p"><a href="{href}" target="_blank"><img src="//img.x/{i}.jpg"></a></span>'
        f'<span class="tw3_01_2_t"><h4><a href="{href}" target="_blank">{title}</a></h4><b>{date}</b></span></div>'
        for i, (href, title, date) in enumerate(items))
    return f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>News - Chinadaily.com.cn</title></head><body>
<div class="topNav"><a href="//guizhou.chinadaily.com.cn/">Home</a> <a href="//guizhou.chinadaily.com.cn/news.html">News</a>
<a href="//guizhou.chinadaily.com.cn/culture.html">Culture</a></div>
<div class="main_l">
{blocks}
<div id="div_currpage">{pager}</div>
</div>
<div class="footer">Copyright 1995 - 2026 . All rights reserved.</div>
</body></html>"""


def gzen_a_routes() -> dict[str, Route]:
    """Relative, protocol-relative and absolute article links; the pager '1 2 3 >' with relative links."""
    p = list(GZEN_ARTICLES)
    t = {k: GZEN_ARTICLES[k][1]["title"] for k in p}
    routes: dict[str, Route] = {k: GZEN_ARTICLES[k][0] for k in p[:4]}
    routes["/2026-11/24/content_1210041_2.htm"] = GZEN_2_PAGE2

    def pager(current: int) -> str:
        names = {1: "news.html", 2: "news_2.html", 3: "news_3.html"}
        links = " ".join(f"<span>{n}</span>" if n == current else f'<a href="{names[n]}">{n}</a>' for n in names)
        return links + (f' <a href="{names[current + 1]}">&gt;</a>' if current < 3 else "")

    routes["/news.html"] = _cd_list([(f"//guizhou.chinadaily.com.cn{p[0]}", t[p[0]], "2026-11-25"),
                                     (f"http://guizhou.chinadaily.com.cn{p[1]}", t[p[1]], "2026-11-24")], pager(1))
    routes["/news_2.html"] = _cd_list([(p[2], t[p[2]], "2026-11-23")], pager(2))
    routes["/news_3.html"] = _cd_list([(f"//guizhou.chinadaily.com.cn{p[3]}", t[p[3]], "2026-11-22")], pager(3))
    return routes


def gzen_b_routes() -> dict[str, Route]:
    """The pager is numbers only, as protocol-relative absolute links, and no '>'."""
    p = list(GZEN_ARTICLES)[4:]
    t = {k: GZEN_ARTICLES[k][1]["title"] for k in p}
    routes: dict[str, Route] = {k: GZEN_ARTICLES[k][0] for k in p}
    pager = '<a href="//guizhou.chinadaily.com.cn/news.html">1</a> <a href="//guizhou.chinadaily.com.cn/news_2.html">2</a>'
    routes["/news.html"] = _cd_list([(f"//guizhou.chinadaily.com.cn{p[0]}", t[p[0]], "2026-11-21")], pager)
    routes["/news_2.html"] = _cd_list([(f"//guizhou.chinadaily.com.cn{p[1]}", t[p[1]], "2026-11-20")], pager)
    return routes
