"""Zhejiang variants (zj-zh jpage and jpaas, zj-en jpage), written from the published facts about the real sites alone.

Each article's truth is what a reader of the page sees: title, date at the page's precision,
source, and the body paragraphs in order.
"""

from __future__ import annotations

import json

from .server import Route

ZJ_NAME = "浙江省人民政府门户网站"

# -- zj-zh articles ----------------------------------------------------------------------------

ZJZH_1 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>我省加快建设高水平交通强省_浙江省人民政府门户网站</title>
<meta name="SiteName" content="浙江省人民政府门户网站">
<meta name="ColumnName" content="浙江要闻">
<meta name="ArticleTitle" content="我省加快建设高水平交通强省">
<meta name="PubDate" content="2026-11-24 10:07">
<meta name="ContentSource" content="浙江日报">
<meta name="Keywords" content="交通">
</head><body>
<div class="top"><a href="/">首页</a><a href="/col/col1554467/index.html">浙江要闻</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1554467/index.html">浙江要闻</a></div>
<div class="main">
 <div class="article">
  <h1 class="title">我省加快建设高水平交通强省</h1>
  <div class="info"><span>发布日期：2026-11-24</span><span>来源：浙江日报</span>
   <span class="fontsize">字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</span></div>
  <div id="zoom" class="main-txt">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart"><p>　　11月23日，全省交通强省建设推进会在杭州召开。</p>
<p>　　会议指出，要聚焦“四港”联动，加快构建现代综合交通运输体系。</p>
<p style="text-align: center;"><img src="/picture/0/2611241007001.jpg" border="0"></p>
<p style="text-align: center;">图为宁波舟山港穿山港区。记者王新摄</p>
<p>　　会议强调，各地要<a href="/art/2026/11/1/art_1554467_1.html">抓好项目</a>落地，确保年度目标全面完成。</p>
<p>&nbsp;</p><meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
  </div>
  <div class="print-close">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
 </div>
 <div class="xgxw"><h3>相关新闻</h3><ul>
  <li><a href="/art/2026/11/25/art_1554467_60201300.html">全省数字经济发展大会举行</a><span>2026-11-25</span></li>
  <li><a href="/art/2026/11/25/art_1554467_60201301.html">浙江持续推进共同富裕示范区建设</a><span>2026-11-25</span></li>
 </ul></div>
</div>
<div class="footer">主办：浙江省人民政府办公厅　2026-11-26 更新</div>
</body></html>"""

# No PubDate meta: the day shown is the whole date; the body is <br>-separated text.
ZJZH_2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>杭州亚运场馆赛后利用成效明显_浙江省人民政府门户网站</title>
<meta name="ArticleTitle" content="杭州亚运场馆赛后利用成效明显">
<meta name="contentSource" content="省体育局">
</head><body>
<div class="location">您现在的位置：<a href="/">首页</a> &gt; 浙江要闻</div>
<div class="content">
<div class="sp_title">杭州亚运场馆赛后利用成效明显</div>
<div class="sp_time"><span>发布日期：2026-11-23</span>　<span>信息来源：省体育局</span>　<span>浏览次数：<script>document.write(123)</script></span></div>
<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
　　记者从省体育局获悉，杭州亚运会场馆已全部向公众开放。<br>
　　今年以来，各场馆累计接待健身群众超过一千万人次。<br>
<br>
　　下一步，我省将继续推动场馆综合利用，打造城市运动新地标。<br>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>
<div class="bdsharebuttonbox"><a href="#" class="bds_weixin">分享到微信</a></div>
</div>
<div class="footer">版权所有 浙江省人民政府</div>
</body></html>"""

# Text wrapped in font spans and bold subheadings; PubDate with seconds; a table that is layout.
ZJZH_3 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>全省秋冬季森林防火工作部署会召开-浙江省人民政府门户网站</title>
<meta name="ArticleTitle" content="全省秋冬季森林防火工作部署会召开">
<meta name="PubDate" content="2026-11-22 16:30:00">
<meta name="ContentSource" content="浙江省应急管理厅">
</head><body>
<table width="1000" align="center"><tr><td>
<div class="bt">全省秋冬季森林防火工作部署会召开</div>
<div class="fbxx">发布日期：2026-11-22 16:30 来源：浙江省应急管理厅</div>
<div id="zoom">
<p style="text-indent: 2em;"><span style="font-family: 仿宋_GB2312; font-size: 16pt;">11月22日，全省秋冬季森林防火工作部署会以视频形式召开。</span></p>
<p style="text-indent: 2em;"><strong><span style="font-family: 黑体;">一、压实防火责任</span></strong></p>
<p style="text-indent: 2em;"><span style="font-family: 仿宋_GB2312;">各地要层层压实责任，</span><span style="font-family: 仿宋_GB2312;">确保不发生重大森林火灾。</span></p>
</div>
<div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a></div>
</td></tr></table>
</body></html>"""

# Paragraphs as <div>s; a single-digit month and day in the URL.
ZJZH_4 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>浙江发布新一轮制造业高质量发展政策_浙江省人民政府门户网站</title>
<meta name="ArticleTitle" content="浙江发布新一轮制造业高质量发展政策">
<meta name="PubDate" content="2026-09-05 09:00">
<meta name="ContentSource" content="省经信厅">
</head><body>
<div class="crumb">首页 &gt; 浙江要闻</div>
<div class="article-content">
<h1>浙江发布新一轮制造业高质量发展政策</h1>
<p class="time">发布日期：2026-09-05 09:00　来源：省经信厅</p>
<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<div>　　近日，省政府办公厅印发《关于推动制造业高质量发展的若干意见》。</div>
<div>　　《意见》提出，到2030年全省规上工业增加值突破四万亿元。</div>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>
<div class="main-word">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</body></html>"""

ZJZH_5 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>浙江海洋经济增加值突破万亿元_浙江省人民政府门户网站</title>
<meta name="ArticleTitle" content="浙江海洋经济增加值突破万亿元">
<meta name="PubDate" content="2026-11-21 08:15">
<meta name="ContentSource" content="新华社">
</head><body>
<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<p>　　新华社杭州11月21日电　浙江海洋经济增加值首次突破万亿元。</p>
<p>　　专家认为，港口、海工装备和海洋旅游是主要增长点。</p>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>
</body></html>"""

# jpaas-era pages: the body wrapped in TRS_Editor comments, no div#zoom.
ZJZH_6 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>省政府常务会议研究部署冬春农业生产_浙江省人民政府门户网站</title>
<meta name="ArticleTitle" content="省政府常务会议研究部署冬春农业生产">
<meta name="PubDate" content="2026-11-25 08:45">
<meta name="ContentSource" content="浙江发布">
<meta name="ColumnName" content="浙江要闻">
</head><body>
<div class="header"><a href="/">浙江省人民政府</a></div>
<div class="article-wrap">
 <div class="article-title">省政府常务会议研究部署冬春农业生产</div>
 <div class="article-info"><span>发布日期：2026-11-25 08:45</span><span>来源：浙江发布</span></div>
 <div class="article-conter">
<!--TRS_Editor--><div class="TRS_Editor"><p style="text-indent:2em">11月24日，省政府召开常务会议，研究部署冬春农业生产工作。</p>
<p style="text-indent:2em">会议要求，稳定粮食播种面积，抓好设施农业防寒防冻。</p></div><!--/TRS_Editor-->
 </div>
 <div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related-news"><div class="hd">相关新闻</div><ul><li><a href="/col/col1554467/art/2026/art_aa.html">全省冬季安全生产工作会议召开</a>2026-11-26</li>
<li><a href="/col/col1554467/art/2026/art_bb.html">全省粮食生产工作会议召开</a>2026-11-26</li></ul></div>
</body></html>"""

# No ArticleTitle/PubDate metas: the <title>, the shown date line and the markers inside div#zoom.
ZJZH_7 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>杭州湾跨海铁路大桥主体结构完工_浙江省人民政府门户网站</title>
<meta name="ContentSource" content="浙江在线">
</head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1554467/index.html">浙江要闻</a></div>
<h1 class="article-title">杭州湾跨海铁路大桥主体结构完工</h1>
<div class="article-info">发布日期：2026-11-24 19:02 来源：浙江在线</div>
<div id="zoom"><!--TRS_Editor--><p>　　记者24日获悉，杭州湾跨海铁路大桥主体结构全部完工。</p>
<p align="center"><img src="./W020261124.jpg" alt=""></p><p align="center">大桥全景（无人机照片）</p>
<p>　　大桥建成后，从杭州到宁波最快只需四十分钟。</p><!--/TRS_Editor--></div>
<div class="article-tools">【打印本页】【关闭窗口】</div>
</body></html>"""

ZJZH_ARTICLES = {
    "/art/2026/11/24/art_1554467_60201234.html": (ZJZH_1, {
        "title": "我省加快建设高水平交通强省", "published_at": "2026-11-24T10:07:00+08:00", "source": "浙江日报",
        "paragraphs": ["11月23日，全省交通强省建设推进会在杭州召开。",
                       "会议指出，要聚焦“四港”联动，加快构建现代综合交通运输体系。",
                       "图为宁波舟山港穿山港区。记者王新摄",
                       "会议强调，各地要抓好项目落地，确保年度目标全面完成。"]}),
    "/art/2026/11/23/art_1554467_60201100.html": (ZJZH_2, {
        "title": "杭州亚运场馆赛后利用成效明显", "published_at": "2026-11-23", "source": "省体育局",
        "paragraphs": ["记者从省体育局获悉，杭州亚运会场馆已全部向公众开放。",
                       "今年以来，各场馆累计接待健身群众超过一千万人次。",
                       "下一步，我省将继续推动场馆综合利用，打造城市运动新地标。"]}),
    "/art/2026/11/22/art_1554467_60200987.html": (ZJZH_3, {
        "title": "全省秋冬季森林防火工作部署会召开", "published_at": "2026-11-22T16:30:00+08:00",
        "source": "浙江省应急管理厅",
        "paragraphs": ["11月22日，全省秋冬季森林防火工作部署会以视频形式召开。", "一、压实防火责任",
                       "各地要层层压实责任，确保不发生重大森林火灾。"]}),
    "/art/2026/9/5/art_1554467_60190001.html": (ZJZH_4, {
        "title": "浙江发布新一轮制造业高质量发展政策", "published_at": "2026-09-05T09:00:00+08:00",
        "source": "省经信厅",
        "paragraphs": ["近日，省政府办公厅印发《关于推动制造业高质量发展的若干意见》。",
                       "《意见》提出，到2030年全省规上工业增加值突破四万亿元。"]}),
    "/art/2026/11/21/art_1554467_60200555.html": (ZJZH_5, {
        "title": "浙江海洋经济增加值突破万亿元", "published_at": "2026-11-21T08:15:00+08:00", "source": "新华社",
        "paragraphs": ["新华社杭州11月21日电 浙江海洋经济增加值首次突破万亿元。",
                       "专家认为，港口、海工装备和海洋旅游是主要增长点。"]}),
    "/col/col1554467/art/2026/art_0f3c2a9b7d4e4c1a9b8e6d5c4b3a2f10.html": (ZJZH_6, {
        "title": "省政府常务会议研究部署冬春农业生产", "published_at": "2026-11-25T08:45:00+08:00",
        "source": "浙江发布",
        "paragraphs": ["11月24日，省政府召开常务会议，研究部署冬春农业生产工作。",
                       "会议要求，稳定粮食播种面积，抓好设施农业防寒防冻。"]}),
    "/col/col1554467/art/2026/art_9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b.html": (ZJZH_7, {
        "title": "杭州湾跨海铁路大桥主体结构完工", "published_at": "2026-11-24T19:02:00+08:00", "source": "浙江在线",
        "paragraphs": ["记者24日获悉，杭州湾跨海铁路大桥主体结构全部完工。", "大桥全景（无人机照片）",
                       "大桥建成后，从杭州到宁波最快只需四十分钟。"]}),
}

# -- jpage ------------------------------------------------------------------------------------


def _record(li: str) -> str:
    return f"<record><![CDATA[{li}]]></record>"


def _datastore(records: list[str], extra: str = "", nextgroup: str = "") -> str:
    return (f"<datastore>{nextgroup}<recordset>\n" + "\n".join(_record(r) for r in records)
            + f"\n</recordset>{extra}</datastore>")


def _dataproxy(records: list[str], expected: dict[str, str], total_tag: bool) -> Route:
    """Hanweb's dataproxy: records startrecord..endrecord (1-based) when the form names the column."""

    def answer(method: str, query: dict[str, str], form: dict[str, str]):
        if method != "POST" or any(form.get(k) != v for k, v in expected.items()):
            return 200, "text/xml; charset=utf-8", "<datastore><recordset></recordset><totalrecord>0</totalrecord></datastore>"
        start, end = int(query.get("startrecord", 1)), int(query.get("endrecord", 15))
        extra = f"<totalrecord>{len(records)}</totalrecord>" if total_tag else ""
        body = '<?xml version="1.0" encoding="UTF-8"?>' + _datastore(records[start - 1:end], extra)
        return 200, "text/xml;charset=UTF-8", body

    return answer


ZJZH_RECORDS = [
    ('<li><a href="https://www.zj.gov.cn/art/2026/11/24/art_1554467_60201234.html" title="我省加快建设高水平交通强省" '
    'target="_blank">我省加快建设高水平交通强省</a><span>2026-11-24</span></li>'),
    ('<li><a href="/art/2026/11/23/art_1554467_60201100.html" target="_blank">杭州亚运场馆赛后利用成效明显</a>'
    '<b>2026-11-23</b></li>'),
    ('<li><a href="http://www.zj.gov.cn/art/2026/11/22/art_1554467_60200987.html" title="全省秋冬季森林防火工作部署会召开" '
    'target="_blank"><font>全省秋冬季森林防火...</font></a><span class="date">[2026-11-22]</span></li>'),
    ('<li><a href="/art/2026/11/21/art_1554467_60200555.html" title="浙江海洋经济增加值突破万亿元">浙江海洋经济...</a>'
    '<span>2026-11-21</span></li>'),
    ('<li><a href="/art/2026/9/5/art_1554467_60190001.html" title="浙江发布新一轮制造业高质量发展政策">浙江发布新一轮...</a>'
    '<span>2026-09-05</span></li>'),
]

# The ids in the nextgroup link are encrypted: only the page knows them.
_ZJZH_FORM = {"columnid": "MTU1NDQ2Nw==", "unitid": "NzQxNjI4NQ==", "webid": "3096"}
_NEXTGROUP = ('<nextgroup><![CDATA[<a href="/module/jpage/dataproxy.jsp?page=1&appid=1&webid=3096&path=/'
              '&columnid=MTU1NDQ2Nw%3D%3D&unitid=NzQxNjI4NQ%3D%3D&webname=%E6%B5%99%E6%B1%9F%E7%9C%81%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C'
              '%E9%97%A8%E6%88%B7%E7%BD%91%E7%AB%99&permissiontype=0"></a>]]></nextgroup>')

ZJZH_JPAGE_COLUMN = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>浙江要闻_浙江省人民政府门户网站</title>
<meta name="ColumnName" content="浙江要闻">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript" src="/module/jslib/jpage/jpage.js"></script>
</head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 浙江要闻</div>
<div class="news-list"><div id="div1554467">
<script type="text/xml">{_datastore(ZJZH_RECORDS[:3], "<totalrecord>5</totalrecord>", _NEXTGROUP)}</script>
<script language="javascript">
$(document).ready(function(){{ $('#div1554467').jpage({{dataStore: dataStore, perPage: 2, totalRecord: 5,
  proxyUrl: '/module/jpage/dataproxy.jsp', groupSize: 3, barPosition: 'bottom', ajaxParam: {{}} }}); }});
</script></div></div>
<div class="footer">浙江省人民政府办公厅主办</div>
</body></html>"""


def zjzh_jpage_routes() -> dict[str, Route]:
    routes: dict[str, Route] = {path: page for path, (page, _) in ZJZH_ARTICLES.items() if "/art/2026/" in path
                                and not path.startswith("/col/")}
    routes["/col/col1554467/index.html"] = ZJZH_JPAGE_COLUMN
    routes["/module/jpage/dataproxy.jsp"] = _dataproxy(ZJZH_RECORDS, _ZJZH_FORM, total_tag=True)
    return routes


# -- jpaas ------------------------------------------------------------------------------------

JPAAS_ITEMS = [
    ('<li><a href="https://www.zj.gov.cn/col/col1554467/art/2026/art_0f3c2a9b7d4e4c1a9b8e6d5c4b3a2f10.html" '
    'target="_blank" title="省政府常务会议研究部署冬春农业生产">省政府常务会议研究部署冬春农业生产</a><span class="time">2026-11-25</span></li>'),
    ('<li><a href="/col/col1554467/art/2026/art_9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b.html" target="_blank">'
    '杭州湾跨海铁路大桥主体结构完工</a><span>2026-11-24</span></li>'),
    ('<li><a href="https://www.zj.gov.cn/art/2026/11/24/art_1554467_60201234.html" target="_blank" '
    'title="我省加快建设高水平交通强省">我省加快建设高水平交通强省</a><span>2026-11-24</span></li>'),
]
JPAAS_PAGE_SIZE = 2  # the template's own page size: the server ignores the one asked for

ZJZH_JPAAS_COLUMN = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>浙江要闻_浙江省人民政府门户网站</title>
<script src="/static/jquery.min.js"></script>
</head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 浙江要闻</div>
<div class="zjyw-list" id="zjyw">
<script type="text/javascript" id="listUnit" parseType="bulidstatic" url="/api-gateway/jpaas-publish-server/front/page/build/unit" querydata="{'webId':'3096','pageId':'1554467','pageType':'column','parseType':'bulidstatic','tplSetId':'5f0ad5a5fb7748f4b0b54a3b3a4f6ad5','tagId':'当前栏目list','editType':'null'}"></script>
</div>
</body></html>"""


def _jpaas(method: str, query: dict[str, str], form: dict[str, str]):
    if query.get("webId") != "3096" or query.get("pageId") != "1554467" or query.get("tagId") != "当前栏目list":
        return 200, "application/json;charset=UTF-8", json.dumps({"success": False, "message": "参数错误"})
    page_no = int(json.loads(query.get("paramJson") or '{"pageNo": 1}').get("pageNo", 1))
    items = JPAAS_ITEMS[(page_no - 1) * JPAAS_PAGE_SIZE: page_no * JPAAS_PAGE_SIZE]
    html = "<ul class=\"list\">" + "".join(items) + "</ul>" if items else "<div class=\"nodata\">暂无数据</div>"
    answer = {"success": True, "code": "200", "message": "操作成功", "data": {"html": html}}
    return 200, "application/json;charset=UTF-8", json.dumps(answer, ensure_ascii=False)


def zjzh_jpaas_routes() -> dict[str, Route]:
    keep = {"/col/col1554467/art/2026/art_0f3c2a9b7d4e4c1a9b8e6d5c4b3a2f10.html",
            "/col/col1554467/art/2026/art_9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b.html",
            "/art/2026/11/24/art_1554467_60201234.html"}
    routes: dict[str, Route] = {path: ZJZH_ARTICLES[path][0] for path in keep}
    routes["/col/col1554467/index.html"] = ZJZH_JPAAS_COLUMN
    routes["/api-gateway/jpaas-publish-server/front/page/build/unit"] = _jpaas
    return routes


# -- zj-en ------------------------------------------------------------------------------------

ZJEN_1 = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Zhejiang-Guizhou Poverty Alleviation Cooperation Symposium Held in Hangzhou: Yuan Jiajun Delivers a Speech</title>
<meta name="ArticleTitle" content="Zhejiang-Guizhou Poverty Alleviation Cooperation Symposium Held in Hangzhou: Yuan Jiajun Delivers a Speech">
<meta name="PubDate" content="2018-11-23 10:07">
<meta name="ColumnName" content="NEWS">
</head><body>
<div class="nav"><a href="/">HOME</a> <a href="/col/col5798/index.html">NEWS</a></div>
<table width="1000" align="center"><tr><td class="bt_link"><a href="/">home</a> &gt; <a href="/col/col5798/index.html">NEWS</a></td></tr></table>
<table width="1000" align="center"><tr><td>
<div class="title">Zhejiang-Guizhou Poverty Alleviation Cooperation Symposium Held in Hangzhou: Yuan Jiajun Delivers a Speech</div>
<div class="time">2018-11-23 10:07:47</div>
<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<p>The Zhejiang-Guizhou Poverty Alleviation Collaboration Symposium was held in Hangzhou on the 21st.</p>
<p>Yuan Jiajun pointed out that the east-west coordination in poverty alleviation is the key to winning the battle against poverty.</p>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>
<div class="print">[<a href="javascript:window.print()">Print</a>] [<a href="javascript:window.close()">Close</a>]</div>
</td></tr></table>
</body></html>"""

# The later template: no PubDate meta, "Date: … Source: …" on one line.
ZJEN_2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Zhejiang Launches Digital Trade Pilot Zone</title>
<meta name="ArticleTitle" content="Zhejiang Launches Digital Trade Pilot Zone">
</head><body>
<div class="location">home &gt; NEWS</div>
<div class="article">
<h2>Zhejiang Launches Digital Trade Pilot Zone</h2>
<p class="info">Date: 2019-06-28 14:55 Source: Zhejiang Daily</p>
<div id="zoom">
<p>Zhejiang launched a digital trade pilot zone in Hangzhou on June 27.</p>
<p>The zone will host cross-border e-commerce platforms and data services.</p>
</div>
<p>[Print] [Close]</p>
</div>
</body></html>"""

# No ArticleTitle meta: the <title> without the site suffix, a captioned photo.
ZJEN_3 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Hangzhou Hosts Global Digital Economy Forum - Zhejiang</title>
<meta name="PubDate" content="2026-11-20 16:20">
<meta name="ContentSource" content="Zhejiang Daily">
</head><body>
<div class="crumb">home &gt; NEWS</div>
<div class="art_title">Hangzhou Hosts Global Digital Economy Forum</div>
<div class="art_time">2026-11-20 16:20:05</div>
<div id="zoom">
<p style="text-align:center"><img src="/picture/0/forum.jpg"></p>
<p style="text-align:center">Guests visit the exhibition hall of the forum.</p>
<p>The Global Digital Economy Forum opened in Hangzhou on Thursday, attracting more than 2,000 guests.</p>
</div>
<div class="print-close">[Print] [Close]</div>
</body></html>"""

ZJEN_ARTICLES = {
    "/art/2018/11/23/art_5798_2296745.html": (ZJEN_1, {
        "title": "Zhejiang-Guizhou Poverty Alleviation Cooperation Symposium Held in Hangzhou: Yuan Jiajun Delivers a Speech",
        "published_at": "2018-11-23T10:07:47+08:00", "source": None,
        "paragraphs": ["The Zhejiang-Guizhou Poverty Alleviation Collaboration Symposium was held in Hangzhou on the 21st.",
                       ("Yuan Jiajun pointed out that the east-west coordination in poverty alleviation is the key to "
                       "winning the battle against poverty.")]}),
    "/art/2019/6/28/art_5798_59724725.html": (ZJEN_2, {
        "title": "Zhejiang Launches Digital Trade Pilot Zone", "published_at": "2019-06-28T14:55:00+08:00",
        "source": "Zhejiang Daily",
        "paragraphs": ["Zhejiang launched a digital trade pilot zone in Hangzhou on June 27.",
                       "The zone will host cross-border e-commerce platforms and data services."]}),
    "/art/2026/11/20/art_5798_3001001.html": (ZJEN_3, {
        "title": "Hangzhou Hosts Global Digital Economy Forum", "published_at": "2026-11-20T16:20:05+08:00",
        "source": "Zhejiang Daily",
        "paragraphs": ["Guests visit the exhibition hall of the forum.",
                       "The Global Digital Economy Forum opened in Hangzhou on Thursday, attracting more than 2,000 guests."]}),
}

ZJEN_RECORDS = [
    ('<li><a href="/art/2026/11/20/art_5798_3001001.html" target="_blank" title="Hangzhou Hosts Global Digital Economy Forum">'
    'Hangzhou Hosts Global Digital Economy Forum</a><span>2026-11-20</span></li>'),
    ('<li><a href="http://english.zj.gov.cn/art/2019/6/28/art_5798_59724725.html" target="_blank">'
    'Zhejiang Launches Digital Trade Pilot Zone</a><span>2019-06-28</span></li>'),
    ('<table width="100%"><tr><td><a href="/art/2018/11/23/art_5798_2296745.html" target="_blank">'
    'Zhejiang-Guizhou Poverty Alleviation Cooperation Symposium Held in Hangzhou</a></td><td>[2018-11-23]</td></tr></table>'),
]

# No total anywhere: the list ends where the proxy answers an empty record set.
ZJEN_COLUMN = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>NEWS</title></head><body>
<div class="nav"><a href="/">HOME</a> <a href="/col/col5798/index.html">NEWS</a></div>
<div id="div5798"><script type="text/xml">{_datastore(ZJEN_RECORDS[:2], nextgroup='<nextgroup><![CDATA[<a href="/module/jpage/dataproxy.jsp?page=1&webid=3097&path=/&columnid=5798&unitid=20731&webname=Zhejiang&permissiontype=0"></a>]]></nextgroup>')}</script></div>
<script>$('#div5798').jpage({{ dataStore: dataStore, perPage: 2, proxyUrl: '/module/jpage/dataproxy.jsp' }});</script>
</body></html>"""


def zjen_routes() -> dict[str, Route]:
    routes: dict[str, Route] = {path: page for path, (page, _) in ZJEN_ARTICLES.items()}
    routes["/col/col5798/index.html"] = ZJEN_COLUMN
    routes["/module/jpage/dataproxy.jsp"] = _dataproxy(
        ZJEN_RECORDS, {"columnid": "5798", "unitid": "20731", "webid": "3097"}, total_tag=False)
    return routes
