"""Hanweb jpage on Jiangsu (js-zh): the column page embeds its first records in a
`<script type="text/xml"><datastore>`; further ones come from `/module/web/jpage/dataproxy.jsp`
(not `/module/jpage/…`, which answers 404 there), by GET `page=` or POST
`startrecord/endrecord/perpage`, with the column's `columnid`, `unitid` and `webid=1`."""

from __future__ import annotations

from .kit import Art, Variant

PROXY = "/module/web/jpage/dataproxy.jsp"
COLUMNID, UNITID, PERPAGE = "60096", "404040", 2

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


def _answer(records: list[str], total: int | None) -> str:
    head = f"<totalrecord>{total}</totalrecord><totalpage>{-(-total // PERPAGE)}</totalpage>" if total else ""
    return f"<datastore>{head}<recordset>\n" + "\n".join(records) + "\n</recordset></datastore>"


def _column(first: list[str], total: int) -> str:
    nextgroup = (f'<nextgroup><![CDATA[<a href="{PROXY}?page=1&appid=1&webid=1&path=/&columnid={COLUMNID}'
                 f'&unitid={UNITID}&webname=%E6%B1%9F%E8%8B%8F%E7%9C%81%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&permissiontype=0"></a>]]></nextgroup>')
    return f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>江苏省人民政府 江苏要闻</title>
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script></head><body>
<div class="header"><a href="/">首页</a><a href="/col/col60095/index.html">要闻动态</a></div>
<div class="bt-rig-cen-01">
<div id="{UNITID}"><script type="text/xml"><datastore>{nextgroup}<recordset>
{chr(10).join(first)}
</recordset></datastore></script></div>
<script language="javascript" src="/module/web/jpage/jpage.js"></script>
<script>
$(document).ready(function () {{
  $('#{UNITID}').jpage({{
    dataStore: dataStore, perPage: {PERPAGE}, totalRecord: {total}, proxyUrl: '{PROXY}', groupSize: 1,
    barPosition: 'bottom', pageInfo: true,
    ajaxParam: {{ 'col': 1, 'appid': 1, 'webid': 1, 'path': '/', 'columnid': {COLUMNID}, 'sourceContentType': 1,
                 'unitid': '{UNITID}', 'webname': '江苏省人民政府', 'permissiontype': 0 }}
  }});
}});
</script></div>
<div class="footer">主办单位：江苏省人民政府办公厅</div>
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
    # jcms leaves debris after a record now and then
    records[2] = records[2].replace("</li>\n]]>", "</li><li style=<br/>\n]]>")
    total = len(records)

    def proxy(method: str, query: dict[str, str], form: dict[str, str]):
        args = {**query, **form}
        if (args.get("columnid"), args.get("unitid"), args.get("webid")) != (COLUMNID, UNITID, "1"):
            return 200, "text/xml;charset=UTF-8", "<datastore><recordset></recordset></datastore>"
        if "startrecord" in args:
            start_no, end_no = int(args["startrecord"]), int(args.get("endrecord") or total)
        else:
            per = int(args.get("perpage") or PERPAGE)
            page_no = int(args.get("page") or 1)
            start_no, end_no = (page_no - 1) * per + 1, page_no * per
        body = '<?xml version="1.0" encoding="UTF-8"?>\n' + _answer(records[start_no - 1:end_no], total)
        return 200, "text/xml;charset=UTF-8", body

    routes = {start: _column(records[:PERPAGE], total), PROXY: proxy}
    return routes, arts


SITES = {"js-zh": Variant("www.jiangsu.gov.cn", "/col/col60096/index.html", _js)}
