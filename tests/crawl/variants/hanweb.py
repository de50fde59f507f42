"""Hanweb jpage on Jiangsu (js-zh) and Jiangxi (jx-zh): the column page embeds its first records
in a `<script type="text/xml"><datastore>`; further ones come from the dataproxy, by GET `page=`
or POST `startrecord/endrecord/perpage`, with the column's `columnid`, `unitid` and `webid`.
Jiangsu's proxy is `/module/web/jpage/dataproxy.jsp` (`/module/jpage/…` answers 404 there);
Jiangxi's browser URLs are `?uid=45663&pageNum=N` (the page is static: the script reads pageNum)
and its entries write dates with slashes. From the published facts (public scrapers F6, F7 and F13)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from .kit import Art, Variant


@dataclass(frozen=True)
class Column:
    proxy: str
    columnid: str
    unitid: str
    webid: str
    webname: str
    perpage: int


JS = Column("/module/web/jpage/dataproxy.jsp", "60096", "404040", "1", "江苏省人民政府", 2)
JX = Column("/module/jpage/dataproxy.jsp", "393", "45663", "1", "江西省人民政府", 2)

JS_1 = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="江苏省人民政府">
<meta name="ColumnName" content="江苏要闻">
<meta name="ArticleTitle" content="全省高质量发展推进会在南京召开">
<meta name="PubDate" content="2026-11-25 10:30">
<meta name="ContentSource" content="新华日报">
<title>江苏省人民政府 江苏要闻 全省高质量发展推进会在南京召开</title></head><body>
<div class="bt-position">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col60095/index.html">要闻动态</a> &gt; <a href="/col/col60096/index.html">江苏要闻</a></div>
<div class="main-fl">
<div class="sp_title">全省高质量发展推进会在南京召开</div>
<div class="sp_time"><font>发布日期：2026-11-25 10:30</font><font>来源：新华日报</font>
<font>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=60096&artid=4012345"></script></font></div>
<div id="zoom"><p>　　11月24日，全省高质量发展推进会在南京召开。</p>
<p>　　会议强调，要在推进中国式现代化中走在前、做示范。</p></div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
</div>
<div class="main-fr"><h3>相关信息</h3><ul><li><a href="/art/2026/11/26/art_60096_4012999.html">江苏外贸进出口保持增长</a><span>2026-11-26</span></li></ul></div>
</body></html>"""

JS_2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>南京都市圈轨道交通一体化加快推进_江苏省人民政府</title></head><body>
<div class="artile">
<div class="sp_title">南京都市圈轨道交通一体化加快推进</div>
<div class="sp_time"><font>发布日期：2026-11-24 16:08</font> <font>来源：交汇点</font></div>
<div class="artile_zw"><div id="zoom">
　　记者从省交通运输厅获悉，宁马城际、宁滁城际等线路建设加快推进。<br>
　　到2027年，南京都市圈城际铁路里程将超过500公里。<br>
</div></div>
</div>
</body></html>"""

JS_3 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="江苏公布首批省级数字乡村示范县">
<meta name="PubDate" content="2026-11-23 09:00:00">
<title>江苏公布首批省级数字乡村示范县</title></head><body>
<div class="sp_title">江苏公布首批省级数字乡村示范县</div>
<div class="sp_time"><font>发布日期：2026-11-23 09:00</font></div>
<div id="zoom">
<p>省委网信办等部门日前公布首批省级数字乡村示范县名单。</p>
<table class="MsoTableGrid" border="1"><tr><td><p>设区市</p></td><td><p>示范县</p></td></tr>
<tr><td><p>苏州</p></td><td><p>昆山市</p></td></tr>
<tr><td><p>盐城</p></td><td><p>东台市</p></td></tr></table>
</div>
</body></html>"""

JS_4 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="长江江苏段生态环境持续改善">
<meta name="PubDate" content="2026-11-20 14:50">
<title>长江江苏段生态环境持续改善</title></head><body>
<div class="sp_title">长江江苏段生态环境持续改善</div>
<div class="sp_time"><font>发布日期：2026-11-20 14:50</font><font>来源：省生态环境厅</font></div>
<div id="zoom"><p style="text-align:center"><img src="/picture/0/2611201450.jpg"></p>
<p style="text-align:center">长江镇江段江豚出没。（资料图）</p>
<p>长江江苏段水质连续五年保持Ⅱ类。</p></div>
</body></html>"""


def _record(path: str, title: str, date: str, tag: str) -> str:
    return (f"<record><![CDATA[\n<li><a href='{path}' title='{title}' target=\"_blank\">{title}</a>"
            f"<{tag}>{date}</{tag}></li>\n]]></record>")


def _answer(c: Column, records: list[str], total: int | None) -> str:
    head = f"<totalrecord>{total}</totalrecord><totalpage>{-(-total // c.perpage)}</totalpage>" if total else ""
    return f"<datastore>{head}<recordset>\n" + "\n".join(records) + "\n</recordset></datastore>"


def _column(c: Column, first: list[str], total: int, title: str) -> str:
    nextgroup = (f'<nextgroup><![CDATA[<a href="{c.proxy}?page=1&appid=1&webid={c.webid}&path=/&columnid={c.columnid}'
                 f'&unitid={c.unitid}&webname={quote(c.webname)}&permissiontype=0"></a>]]></nextgroup>')
    return f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>{title}</title>
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script></head><body>
<div class="header"><a href="/">首页</a><a href="/col/col60095/index.html">要闻动态</a></div>
<div class="bt-rig-cen-01">
<div id="{c.unitid}"><script type="text/xml"><datastore>{nextgroup}<recordset>
{chr(10).join(first)}
</recordset></datastore></script></div>
<script language="javascript" src="/module/web/jpage/jpage.js"></script>
<script>
$(document).ready(function () {{
  $('#{c.unitid}').jpage({{
    dataStore: dataStore, perPage: {c.perpage}, totalRecord: {total}, proxyUrl: '{c.proxy}', groupSize: 1,
    barPosition: 'bottom', pageInfo: true,
    ajaxParam: {{ 'col': 1, 'appid': 1, 'webid': {c.webid}, 'path': '/', 'columnid': {c.columnid}, 'sourceContentType': 1,
                 'unitid': '{c.unitid}', 'webname': '{c.webname}', 'permissiontype': 0 }}
  }});
}});
</script></div>
<div class="footer">主办单位：{c.webname}办公厅</div>
</body></html>"""


def _js(start: str):
    arts = [
        Art("/art/2026/11/25/art_60096_4012345.html", JS_1, "全省高质量发展推进会在南京召开", "2026-11-25 10:30",
            ["11月24日，全省高质量发展推进会在南京召开。", "会议强调，要在推进中国式现代化中走在前、做示范。"]),
        Art("/art/2026/11/24/art_60096_4012201.html", JS_2, "南京都市圈轨道交通一体化加快推进", "2026-11-24 16:08",
            ["记者从省交通运输厅获悉，宁马城际、宁滁城际等线路建设加快推进。", "到2027年，南京都市圈城际铁路里程将超过500公里。"]),
        Art("/art/2026/11/23/art_60096_4012102.html", JS_3, "江苏公布首批省级数字乡村示范县", "2026-11-23 09:00",
            ["省委网信办等部门日前公布首批省级数字乡村示范县名单。", "设区市\t示范县", "苏州\t昆山市", "盐城\t东台市"]),
        Art("/art/2026/11/20/art_60096_4011903.html", JS_4, "长江江苏段生态环境持续改善", "2026-11-20 14:50",
            ["长江镇江段江豚出没。（资料图）", "长江江苏段水质连续五年保持Ⅱ类。"]),
    ]
    records = [_record(a.path, a.title, a.date[:10], "span" if i % 2 else "b") for i, a in enumerate(arts)]
    records[3] = records[3].replace(f"href='{arts[3].path}'", f"href='http://www.jiangsu.gov.cn{arts[3].path}'")
    # jcms leaves debris after a record now and then
    records[2] = records[2].replace("</li>\n]]>", "</li><li style=<br/>\n]]>")
    return {start: _column(JS, records[:JS.perpage], len(records), "江苏省人民政府 江苏要闻"), JS.proxy: _proxy(JS, records)}, arts


def _js_get(start: str):
    """A proxy that pages by GET `page=` only, as F7 calls it (the unit's page size is the server's);
    a POST is refused."""
    routes, arts = _js(start)
    post_and_get = routes[JS.proxy]

    def get_only(method: str, query: dict[str, str], form: dict[str, str]):
        if method != "GET" or "startrecord" in query:
            return 405, "text/html; charset=utf-8", "<html><body>405 Method Not Allowed</body></html>"
        return post_and_get(method, {k: v for k, v in query.items() if k != "perpage"}, {})

    routes[JS.proxy] = get_only
    return routes, arts


def _proxy(c: Column, records: list[str]):
    total = len(records)

    def answer(method: str, query: dict[str, str], form: dict[str, str]):
        args = {**query, **form}
        if (args.get("columnid"), args.get("unitid"), args.get("webid")) != (c.columnid, c.unitid, c.webid):
            return 200, "text/xml;charset=UTF-8", "<datastore><recordset></recordset></datastore>"
        if "startrecord" in args:
            start_no, end_no = int(args["startrecord"]), int(args.get("endrecord") or total)
        else:
            per = int(args.get("perpage") or c.perpage)
            page_no = int(args.get("page") or 1)
            start_no, end_no = (page_no - 1) * per + 1, page_no * per
        body = '<?xml version="1.0" encoding="UTF-8"?>\n' + _answer(c, records[start_no - 1:end_no], total)
        return 200, "text/xml;charset=UTF-8", body

    return answer


def _jx_article(title: str, when: str, source: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} 江西省人民政府</title></head><body>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col393/index.html">江西要闻</a></div>
<div class="artcon">
<div class="sp_title"><h1>{title}</h1></div>
<div class="sp_time"><span>发布时间：{when}</span> <span>信息来源：{source}</span> <span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div id="zoom">{body}</div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div></body></html>"""


def _jx(start: str):
    arts = [
        Art("/art/2026/11/26/art_393_5012345.html", _jx_article(
            "江西省委常委会召开会议", "2026-11-26 21:40", "江西日报",
            "<p>　　11月26日，省委常委会召开会议，研究部署冬季重点工作。</p><p>　　会议强调，要稳住经济基本盘。</p>"),
            "江西省委常委会召开会议", "2026-11-26 21:40", ["11月26日，省委常委会召开会议，研究部署冬季重点工作。", "会议强调，要稳住经济基本盘。"]),
        Art("/art/2026/11/25/art_393_5011001.html", _jx_article(
            "赣江新区新增5家省级工程研究中心", "2026-11-25 10:10", "江西新闻网",
            "<p>　　赣江新区新认定5家省级工程研究中心。</p>"),
            "赣江新区新增5家省级工程研究中心", "2026-11-25 10:10", ["赣江新区新认定5家省级工程研究中心。"]),
        Art("/art/2026/11/21/art_393_5009902.html", _jx_article(
            "景德镇国际陶瓷博览会闭幕", "2026-11-21 17:00", "新华社",
            "<p>　　第二十二届中国景德镇国际陶瓷博览会闭幕，成交额超过30亿元。</p>"),
            "景德镇国际陶瓷博览会闭幕", "2026-11-21 17:00", ["第二十二届中国景德镇国际陶瓷博览会闭幕，成交额超过30亿元。"]),
    ]
    records = [_record(a.path, a.title, a.date[:10].replace("-", "/"), "span") for a in arts]

    def column(method: str, query: dict[str, str], form: dict[str, str]):
        # a static page whatever ?uid=&pageNum= says: the jpage script reads them in a browser
        return 200, "text/html; charset=utf-8", _column(JX, records[:JX.perpage], len(records), "江西要闻 江西省人民政府")

    return {start: column, JX.proxy: _proxy(JX, records)}, arts


def _simple(host_name: str, unitid: str, lang: str, stories):
    """A Hanweb jpage column built from its start URL (`/col/colNNN/index.html`): records in the page
    and the rest from `/module/web/jpage/dataproxy.jsp` (POST startrecord/endrecord)."""

    def build(start: str):
        colid = start.split("/col/col")[1].split("/")[0]
        c = Column("/module/web/jpage/dataproxy.jsp", colid, unitid, "1", host_name, 2)
        arts = []
        for art_id, when, title, paras, page_tpl in stories:
            y, m, d = (int(x) for x in when[:10].split("-"))
            path = f"/art/{y}/{m}/{d}/art_{colid}_{art_id}.html"
            arts.append(Art(path, page_tpl.format(title=title, when=when, body="".join(f"<p>{p}</p>" for p in paras)),
                            title, when[:16], paras))
        records = [_record(a.path, a.title, a.date[:10], "span") for a in arts]
        return {start: _column(c, records[:c.perpage], len(records), host_name), c.proxy: _proxy(c, records)}, arts

    return build


_SD_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_山东省人民政府</title></head><body>
<div class="xq-tit"><h1>{title}</h1></div><div class="xq-info"><span>发布日期：{when}</span><span>来源：大众日报</span></div>
<div class="article"><div id="zoom">{body}</div></div></body></html>"""
_JSEN_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{when}"></head><body>
<div class="bt-position">Home &gt; News</div><div class="sp_title">{title}</div>
<div class="sp_time">Date: {when}</div><div id="zoom">{body}</div></body></html>"""

SITES = {"js-zh": Variant("www.jiangsu.gov.cn", "/col/col60096/index.html", _js),
         "js-zh#get": Variant("www.jiangsu.gov.cn", "/col/col60096/index.html", _js_get),
         "jx-zh": Variant("www.jiangxi.gov.cn", "/col/col393/index.html", _jx),
         "sd-zh": Variant("www.shandong.gov.cn", "/col/col97564/index.html", _simple("山东省人民政府", "502344", "zh", [
             ("4412345", "2026-11-26 19:00", "山东省委常委会召开会议", ["会议研究部署冬季安全生产工作。"], _SD_PAGE),
             ("4411001", "2026-11-25 10:40", "青岛港集装箱航线达到230条", ["青岛港集装箱航线总数达到230条。"], _SD_PAGE),
             ("4409902", "2026-11-21 08:30", "山东海洋经济总产值突破两万亿元", ["全省海洋生产总值突破2万亿元。"], _SD_PAGE)])),
         "js-en": Variant("en.jiangsu.gov.cn", "/col/col88903/index.html", _simple("Jiangsu", "402211", "en", [
             ("1012345", "2026-11-26 15:00", "Jiangsu hosts global investment forum", ["The forum drew 500 companies to Nanjing."], _JSEN_PAGE),
             ("1011001", "2026-11-24 09:30", "Suzhou opens new science park", ["A new science park opened in Suzhou Industrial Park."], _JSEN_PAGE),
             ("1009902", "2026-11-20 11:45", "Yangzhou marks canal heritage day", ["Yangzhou celebrated the Grand Canal heritage day."], _JSEN_PAGE)]))}
