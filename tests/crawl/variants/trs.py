"""TRS WCM portals: numbered `index_N` lists announced by `createPageHTML`, in three extensions
(Shanxi `.shtml`, Yunnan `.html`, Fujian's English edition `.htm`) and Guangxi's `/gxyw/t{8d}.shtml`
articles without a date folder. Written from the published facts and the public scrapers behind them."""

from __future__ import annotations

from dataclasses import dataclass

from .kit import Art, Variant, folder, soft404

# -- Shanxi (sx-zh): .shtml, a pager written with TRS's own variable names, `_slb` twins ---------------

SX_1 = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ArticleTitle" content="全省冬季安全生产工作会议召开">
<meta name="PubDate" content="2026-11-25 09:32">
<meta name="ContentSource" content="山西日报">
<title>全省冬季安全生产工作会议召开 - 山西省人民政府门户网站</title></head><body>
<div class="header"><a href="/">首页</a><a href="/ywdt/">要闻动态</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="../../">要闻动态</a> &gt; <a href="../">山西要闻</a></div>
<div class="article">
  <div class="article-title"><h2>全省冬季安全生产工作会议召开</h2></div>
  <div class="article-info"><span>时间：2026-11-25 09:32</span> <span>来源：山西日报</span>
  <a href="./t20261125_3012345_slb.shtml" class="slb">适老版</a></div>
  <div class="article-body">
    <div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.5;font-family:宋体;font-size:12pt;}
</style>
<p>　　11月24日，全省冬季安全生产工作会议在太原召开。</p>
<p>　　会议要求，要紧盯煤矿、危化品、燃气等重点行业领域。</p>
<!-- 正文结束 -->
    </div>
  </div>
  <div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer">主办：山西省人民政府办公厅</div>
</body></html>"""

# The senior-friendly (`_slb`) twin of SX_1: the same article in a larger-type template.
SX_1_SLB = SX_1.replace('<div class="article">', '<div class="article slb-mode">')

SX_2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>山西省新增3家国家级专精特新“小巨人”企业_山西省人民政府门户网站</title></head><body>
<div class="position">当前位置：首页 &gt; 要闻动态 &gt; 山西要闻</div>
<div class="article">
  <h1 class="title">山西省新增3家国家级专精特新“小巨人”企业</h1>
  <p class="info"><span class="date">发布时间：2026年11月24日 17:45</span>　<span>来源：省工信厅</span></p>
  <div class="article-body"><div class="TRS_Editor"><div class="TRS_Editor">
  <p style="text-indent:2em">近日，工业和信息化部公布第七批专精特新“小巨人”企业名单。</p>
  <p style="text-indent:2em">我省新增3家，累计达到<strong>120</strong>家。</p>
  <table border="1" cellspacing="0"><tbody>
   <tr><td>城市</td><td>新增企业</td></tr>
   <tr><td>太原</td><td>2</td></tr>
   <tr><td>大同</td><td>1</td></tr>
  </tbody></table>
  <p>附件：<a href="./P020261124301001.xlsx">第七批专精特新“小巨人”企业名单（山西）.xlsx</a></p>
  </div></div></div>
</div>
<div class="related"><h3>相关文章</h3><ul><li><a href="./t20261126_1.shtml">山西推进中小企业数字化转型</a><span>2026-11-26</span></li></ul></div>
</body></html>"""

SX_3 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="太原至绥德高铁山西段开通运营">
<meta name="PubDate" content="2026-11-22 08:00">
<title>太原至绥德高铁山西段开通运营</title></head><body>
<div class="article">
<div class="article-title"><h2>太原至绥德高铁山西段开通运营</h2></div>
<div class="article-info">时间：2026-11-22 08:00:00　来源：新华社</div>
<div class="article-body"><div class="TRS_Editor">
<p align="center"><img src="./W020261122301.jpg" /></p>
<p align="center">首趟列车驶出太原南站。新华社记者 王飞 摄</p>
<p>　　22日上午，太原至绥德高速铁路山西段开通运营。</p>
<p style="text-align:right">（责任编辑：王芳）</p>
</div>
<div class="pages"><script>createPageHTML(2, 0, "t20261122_3011002", "shtml");</script></div>
<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>
</div></div>
</body></html>"""


# The second page of SX_3 (TRS splits long articles into t…_1.shtml, announced by the pager).
SX_3_PAGE2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="太原至绥德高铁山西段开通运营">
<meta name="PubDate" content="2026-11-22 08:00">
<title>太原至绥德高铁山西段开通运营</title></head><body>
<div class="article">
<div class="article-title"><h2>太原至绥德高铁山西段开通运营</h2></div>
<div class="article-info">时间：2026-11-22 08:00:00　来源：新华社</div>
<div class="article-body"><div class="TRS_Editor">
<p>　　线路开通后，太原至绥德最快1小时40分钟可达。</p>
</div>
<div class="pages"><script>createPageHTML(2, 1, "t20261122_3011002", "shtml");</script></div>
</div></div>
</body></html>"""


def _sx_list(items: str, current: int, count: int) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>山西要闻_山西省人民政府门户网站</title></head><body>
<div class="header"><a href="/">首页</a><a href="/ywdt/">要闻动态</a><a href="/zwgk/">政务公开</a></div>
<div class="list-wrap"><div class="list-content">
<ul class="news-list">
{items}
</ul>
</div>
<div class="page"><script language="JavaScript">
var _nPageCount = {count};
var _nCurrIndex = {current};
var _sPageName = "index";
var _sPageExt = "shtml";
if (_nPageCount > 1) {{ createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt); }}
</script></div></div>
<div class="footer">主办：山西省人民政府办公厅</div>
</body></html>"""


def _sx(start: str):
    col = folder(start)
    arts = [
        Art(col + "202611/t20261125_3012345.shtml", SX_1, "全省冬季安全生产工作会议召开", "2026-11-25 09:32",
            ["11月24日，全省冬季安全生产工作会议在太原召开。", "会议要求，要紧盯煤矿、危化品、燃气等重点行业领域。"],
            more={col + "202611/t20261125_3012345_slb.shtml": SX_1_SLB}),
        Art(col + "202611/t20261124_3012001.shtml", SX_2, "山西省新增3家国家级专精特新“小巨人”企业", "2026-11-24 17:45",
            ["近日，工业和信息化部公布第七批专精特新“小巨人”企业名单。", "我省新增3家，累计达到120家。",
             "城市\t新增企业", "太原\t2", "大同\t1"]),
        Art(col + "202611/t20261122_3011002.shtml", SX_3, "太原至绥德高铁山西段开通运营", "2026-11-22 08:00",
            ["首趟列车驶出太原南站。新华社记者 王飞 摄", "22日上午，太原至绥德高速铁路山西段开通运营。",
             "线路开通后，太原至绥德最快1小时40分钟可达。"],
            more={col + "202611/t20261122_3011002_1.shtml": SX_3_PAGE2}),
    ]
    a = arts

    def li(href, title, date):
        return f'<li><a href="{href}" target="_blank" title="{title}">{title}</a><span class="date">{date}</span></li>'

    rel = ["./" + x.path[len(col):] for x in a]
    routes = {
        start: _sx_list("\n".join([
            li(rel[0], a[0].title, "2026-11-25"),
            li(rel[0].replace(".shtml", "_slb.shtml"), a[0].title + "（适老版）", "2026-11-25"),
            li(rel[1], a[1].title, "2026-11-24")]), 0, 3),
        col + "index_1.shtml": _sx_list("\n".join([
            '<LI><A HREF=./202611/t20261123_3011500.shtml TARGET=_blank>全省文化旅游产业发展大会举行</A><SPAN CLASS=date>2026-11-23</SPAN></LI>']), 1, 3),
        col + "index_2.shtml": _sx_list(li(rel[2], a[2].title, "2026-11-22"), 2, 3),
    }
    return routes, arts


# -- Guangxi (gx-zh): /gxyw/t{8d}.shtml, count in div.more-page>script, pinned entry, off-site repost --

GX_1 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>广西召开全区经济工作务虚会 - 广西壮族自治区人民政府门户网站</title>
<meta name="ArticleTitle" content="广西召开全区经济工作务虚会"><meta name="PubDate" content="2026-11-26 19:05">
</head><body>
<div class="article-left"><div class="article">
<h1>广西召开全区经济工作务虚会</h1>
<div class="article-inf"><div class="article-inf-left">2026-11-26 19:05 来源：广西日报</div>
<div class="article-inf-right"><a href="javascript:;">字号</a></div></div>
<div class="article-con"><div class="view TRS_UEDITOR trs_paper_default trs_web">
<p>　　11月26日，全区经济工作务虚会在南宁召开。</p>
<p>　　会议分析研判当前经济形势，研究明年经济工作思路。</p>
</div></div>
</div></div>
<div class="article-right"><h3>热点推荐</h3><ul><li><a href="./t23456999.shtml">广西持续优化营商环境</a><span>2026-11-27 10:00</span></li></ul></div>
</body></html>"""

GX_2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>中国—东盟博览会签约项目加快落地_广西壮族自治区人民政府门户网站</title>
</head><body>
<div class="article-left"><div class="article">
<h1>中国—东盟博览会签约项目加快落地</h1>
<div><div class="article-inf-left">2026-11-25 11:20 来源：广西新闻网</div></div>
<div class="article-con"><div>
<p style="text-align: center;"><img src="./W020261125551.jpg"></p>
<p style="text-align: center;">南宁国际会展中心（资料图）</p>
<p>　　记者从自治区商务厅获悉，第二十三届中国—东盟博览会签约项目履约率超过九成。</p>
<p>　　其中，先进制造业项目占比最高。</p>
</div></div>
</div></div>
</body></html>"""

GX_3 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>广西糖料蔗开榨</title>
</head><body>
<div class="article-left"><div class="article">
<h1>
   广西糖料蔗开榨
</h1>
<div class="box"><div class="article-inf-left">发布时间：2026-11-23 09:00　来源：自治区农业农村厅</div></div>
<div class="article-con"><p>　　新榨季全区糖料蔗种植面积稳定在1100万亩以上。</p></div>
</div></div>
<div class="err-tpl" style="display:none"><h2>您访问的页面不存在</h2></div>
</body></html>"""


def _gx_list(items: str, current: int) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>广西要闻</title></head><body>
<div class="nav"><ul class="tab-index-nav"><li><a href="./">广西要闻</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="more-box">
<ul class="more-list">
{items}
</ul>
<div class="more-page"><script>createPageHTML(2, {current}, "index", "shtml");</script></div>
</div>
</body></html>"""


def _gx(start: str):
    col = folder(start)
    arts = [
        Art(col + "t23456789.shtml", GX_1, "广西召开全区经济工作务虚会", "2026-11-26 19:05",
            ["11月26日，全区经济工作务虚会在南宁召开。", "会议分析研判当前经济形势，研究明年经济工作思路。"]),
        Art(col + "t23456701.shtml", GX_2, "中国—东盟博览会签约项目加快落地", "2026-11-25 11:20",
            ["南宁国际会展中心（资料图）", "记者从自治区商务厅获悉，第二十三届中国—东盟博览会签约项目履约率超过九成。",
             "其中，先进制造业项目占比最高。"]),
        Art(col + "t23456602.shtml", GX_3, "广西糖料蔗开榨", "2026-11-23 09:00",
            ["新榨季全区糖料蔗种植面积稳定在1100万亩以上。"]),
    ]

    def li(href, title, date, pin=""):
        return f'<li>{pin}<a href="{href}" target="_blank">{title}</a><span>[{date}]</span></li>'

    pinned = li("./t23456789.shtml", arts[0].title, "2026-11-26", '<i class="top">置顶</i>')
    routes = {
        start: _gx_list("\n".join([pinned, li("./t23456701.shtml", arts[1].title, "2026-11-25"),
                                   li("http://www.news.cn/local/2026-11/24/c_1131234567.htm",
                                      "广西：边境贸易快速增长", "2026-11-24")]), 0),
        col + "index_1.shtml": _gx_list("\n".join([pinned, li("./t23456602.shtml", arts[2].title, "2026-11-23")]), 1),
    }
    return routes, arts


# -- Yunnan (yn-zh): .html, `_wap` links, a GB2312 page with a GBK-only character, a soft 404 -------

YN_1 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="云南高原特色农业产值稳步增长">
<meta name="PubDate" content="2026-11-25 15:40">
<meta name="ContentSource" content="云南日报">
<title>云南高原特色农业产值稳步增长_云南省人民政府门户网站</title></head><body>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/ywdt/">要闻动态</a> &gt; 云南要闻</div>
<div class="arti"><h1>云南高原特色农业产值稳步增长</h1>
<div class="arti-info">发布时间：2026-11-25 15:40 来源：云南日报</div>
<div class="TRS_Editor"><p>　　今年前三季度，全省高原特色农业产值同比增长6.5%。</p>
<p>　　花卉、咖啡、茶叶等产业保持较快增长。</p></div></div>
</body></html>"""

YN_1_WAP = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="ArticleTitle" content="云南高原特色农业产值稳步增长">
<meta name="PubDate" content="2026-11-25 15:40">
<title>云南高原特色农业产值稳步增长</title></head><body>
<div class="m-arti"><h1>云南高原特色农业产值稳步增长</h1><p class="m-time">2026-11-25 15:40</p>
<div class="TRS_Editor"><p>　　今年前三季度，全省高原特色农业产值同比增长6.5%。</p>
<p>　　花卉、咖啡、茶叶等产业保持较快增长。</p></div></div>
</body></html>"""

# Declared gb2312 in the page only; 镕 is outside GB2312 (GBK/GB18030 only).
YN_2 = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>朱镕基同志家乡行纪念展在昆明开展_云南省人民政府门户网站</title></head><body>
<div class="arti"><h1>朱镕基同志家乡行纪念展在昆明开展</h1>
<div class="arti-info">发布时间：2026-11-24 10:00　来源：云南网</div>
<div class="TRS_Editor"><p>　　展览以图片和实物再现了朱镕基同志的工作历程。</p>
<p>　　展期至明年一月。</p></div></div>
</body></html>"""

YN_3 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="滇中引水工程取得新进展">
<meta name="PubDate" content="2026-11-21">
<title>滇中引水工程取得新进展</title></head><body>
<div class="arti"><h1>滇中引水工程取得新进展</h1>
<div class="arti-info">发布时间：2026-11-21　来源：省水利厅</div>
<div class="TRS_Editor"><p>　　滇中引水工程输水总干渠隧洞累计贯通超过九成。</p></div></div>
</body></html>"""


def _yn_list(items: str, current: int) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>云南要闻</title></head><body>
<div class="top"><a href="/">首页</a></div>
<div class="news-list">
 <ul>
{items}
 </ul>
</div>
<div class="pagination"><div class="page-box">
<script language="JavaScript">createPageHTML(2,{current},"index","html");</script>
</div></div>
</body></html>"""


def _yn(start: str):
    col = folder(start)
    arts = [
        Art(col + "202611/t20261125_1234567.html", YN_1, "云南高原特色农业产值稳步增长", "2026-11-25 15:40",
            ["今年前三季度，全省高原特色农业产值同比增长6.5%。", "花卉、咖啡、茶叶等产业保持较快增长。"],
            more={col + "202611/t20261125_1234567_wap.html": YN_1_WAP}),
        Art(col + "202611/t20261124_1234001.html", YN_2, "朱镕基同志家乡行纪念展在昆明开展", "2026-11-24 10:00",
            ["展览以图片和实物再现了朱镕基同志的工作历程。", "展期至明年一月。"], charset="gb18030", header_charset=False),
        Art(col + "202611/t20261121_1233002.html", YN_3, "滇中引水工程取得新进展", "2026-11-21",
            ["滇中引水工程输水总干渠隧洞累计贯通超过九成。"]),
    ]

    def li(href, title, date):
        return f'  <li class="resultList"><a href="{href}" title="{title}">{title}</a><span>{date}</span></li>'

    routes = {
        start: _yn_list("\n".join([
            li("./202611/t20261125_1234567_wap.html", arts[0].title, "2026-11-25"),
            li("./202611/t20261124_1234001.html", arts[1].title, "2026-11-24")]), 0),
        col + "index_1.html": _yn_list("\n".join([
            li("./202611/t20261123_1233500.html", "全省森林草原防火工作会议召开", "2026-11-23"),
            li("./202611/P020261122512345678901.pdf", "云南省2026年冬季重点工作安排（PDF）", "2026-11-22"),
            li("\n   ./202611/t20261121_1233002.html  ", arts[2].title, "2026-11-21")]), 1),
        col + "202611/P020261122512345678901.pdf": ("application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
        col + "202611/t20261123_1233500.html": soft404(),
    }
    return routes, arts


# -- Fujian English (fj-en): TRS .htm, `.xl-nr h3/h5`, English date lines --------------------------

FJEN_1 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fujian launches cross-Strait youth startup base</title>
<meta name="ArticleTitle" content="Fujian launches cross-Strait youth startup base">
<meta name="PubDate" content="2026-11-25 16:20">
</head><body>
<div class="nav"><a href="/english/">Home</a> &gt; <a href="../">News</a></div>
<div class="xl-nr">
<h3>Fujian launches cross-Strait youth startup base</h3>
<h5>Source: Fujian Daily | Updated: 2026-11-25 16:20</h5>
<div class="TRS_Editor"><p>A new startup base for young people from both sides of the Taiwan Strait opened in Fuzhou on Tuesday.</p>
<p>It offers free office space for the first year.</p></div>
<div class="print"><a href="javascript:window.print()">[Print]</a> <a href="javascript:window.close()">[Close]</a></div>
</div></body></html>"""

FJEN_2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Xiamen port handles record container volume - Fujian</title>
</head><body>
<div class="xl-nr">
<h3>Xiamen port handles record container volume</h3>
<h5>Date: 2026-11-24 Source: Xiamen Daily</h5>
<div class="TRS_Editor"><p>Xiamen port handled more than 11 million TEUs in the first ten months.</p>
<p>Routes to Southeast Asia grew fastest.</p>
<p style="text-align:center"><img src="./W020261124.jpg"></p>
<p style="text-align:center">Cranes at Haicang port. [Photo/Xiamen Daily]</p></div>
</div></body></html>"""

FJEN_3 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Wuyi Mountain welcomes autumn visitors</title>
<meta name="ArticleTitle" content="Wuyi Mountain welcomes autumn visitors">
<meta name="PubDate" content="2026-11-20 09:05:00">
</head><body>
<div class="xl-nr">
<h3>Wuyi Mountain welcomes autumn visitors</h3>
<h5>2026-11-20 09:05</h5>
<div class="TRS_Editor"><p>Wuyi Mountain received 1.2 million visitors in October.</p></div>
</div></body></html>"""


def _fjen_list(items: str, current: int) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>News - Fujian</title></head><body>
<div class="nav"><a href="/english/">Home</a> <a href="/english/news/">News</a> <a href="/english/travel/">Travel</a></div>
<div class="list">
<ul class="list_ul">
{items}
</ul></div>
<div class="pages"><script>createPageHTML(2, {current}, "index", "htm");</script></div>
</body></html>"""


def _fjen(start: str):
    col = folder(start)
    arts = [
        Art(col + "202611/t20261125_6512345.htm", FJEN_1, "Fujian launches cross-Strait youth startup base",
            "2026-11-25 16:20", ["A new startup base for young people from both sides of the Taiwan Strait opened in Fuzhou on Tuesday.",
                                 "It offers free office space for the first year."]),
        Art(col + "202611/t20261124_6512001.htm", FJEN_2, "Xiamen port handles record container volume", "2026-11-24",
            ["Xiamen port handled more than 11 million TEUs in the first ten months.", "Routes to Southeast Asia grew fastest.",
             "Cranes at Haicang port. [Photo/Xiamen Daily]"]),
        Art(col + "202611/t20261120_6511002.htm", FJEN_3, "Wuyi Mountain welcomes autumn visitors", "2026-11-20 09:05",
            ["Wuyi Mountain received 1.2 million visitors in October."]),
    ]

    def li(href, title, date):
        return f'<li><span class="time">{date}</span><a href="{href}" target="_blank">{title}</a></li>'

    rel = ["./" + x.path[len(col):] for x in arts]
    routes = {
        start: _fjen_list("\n".join([li(rel[0], arts[0].title, "2026-11-25"), li(rel[1], arts[1].title, "2026-11-24")]), 0),
        col + "index_1.htm": _fjen_list(li(rel[2], arts[2].title, "2026-11-20"), 1),
    }
    return routes, arts


# -- Beijing (bj-zh): date before the link, a commented-out entry, a GB18030 page, quoted pager ------

def _bj_article(title: str, date: str, source: str, body: str, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{source}">
<title>{title}_首都之窗_北京市人民政府门户网站</title></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/ywdt/">要闻动态</a> &gt; <a href="../">北京要闻</a></div>
<div class="article">
  <div class="header"><p>{title}</p></div>
  <ol class="doc-info"><li><span>时间：{date}</span></li><li><span>来源：{source}</span></li></ol>
  <div class="view" id="mainText"><div class="TRS_Editor">{body}</div></div>
</div>
<div class="related"><h4>相关链接</h4><ul><li><a href="../202611/t20261127_1.html">北京举办冰雪文化节</a> 2026-11-27</li></ul></div>
</body></html>"""


def _bj_list(items: str, current: int) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>北京要闻_首都之窗</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/ywdt/">要闻动态</a></div>
<div class="listBox">
<ul class="default_news">
{items}
</ul>
<!-- 分页 -->
<div class="changepage"><script type="text/javascript">createPageHTML(3, {current}, 'index', 'html');</script></div>
</div>
</body></html>"""


def _bj(start: str):
    col = folder(start)
    arts = [
        Art(col + "202611/t20261126_4012345.html", _bj_article(
            "北京市政府常务会议研究冬季供暖保障工作", "2026-11-26 19:40", "北京日报",
            "<p>　　11月26日，市政府召开常务会议，研究冬季供暖保障工作。</p><p>　　会议要求确保群众温暖过冬。</p>"),
            "北京市政府常务会议研究冬季供暖保障工作", "2026-11-26 19:40",
            ["11月26日，市政府召开常务会议，研究冬季供暖保障工作。", "会议要求确保群众温暖过冬。"]),
        # GB18030 proper: 𠮷 needs four bytes, outside GBK
        Art(col + "202611/t20261124_4011001.html", _bj_article(
            "北京老字号“𠮷祥斋”入选非遗名录", "2026-11-24 10:00", "北京晚报",
            "<p>　　百年老字号“𠮷祥斋”传统糕点制作技艺入选市级非遗名录。</p>", "GB18030"),
            "北京老字号“𠮷祥斋”入选非遗名录", "2026-11-24 10:00",
            ["百年老字号“𠮷祥斋”传统糕点制作技艺入选市级非遗名录。"], charset="gb18030"),
        Art(col + "202611/t20261120_4009902.html", _bj_article(
            "京津冀国家技术创新中心发布新成果", "2026-11-20 14:30", "新华社",
            "<p>　　京津冀国家技术创新中心发布一批科技成果。</p>"
            "<table border=\"1\"><tr><td>领域</td><td>成果数</td></tr><tr><td>集成电路</td><td>12</td></tr></table>"),
            "京津冀国家技术创新中心发布新成果", "2026-11-20 14:30",
            ["京津冀国家技术创新中心发布一批科技成果。", "领域\t成果数", "集成电路\t12"]),
    ]

    def li(href, title, date):
        return f'<li><span>{date}</span><a href="{href}" target="_blank" title="{title}">{title}</a></li>'

    rel = ["./" + a.path[len(col):] for a in arts]
    routes = {
        start: _bj_list("\n".join([li(rel[0], arts[0].title, "2026-11-26"),
                                    "<!-- <li><span>2026-11-25</span><a href=\"./202611/t20261125_4011500.html\">撤稿</a></li> -->"]), 0),
        col + "index_1.html": _bj_list(li(rel[1], arts[1].title, "2026-11-24"), 1),
        col + "index_2.html": _bj_list(li(rel[2], arts[2].title, "2026-11-20"), 2),
    }
    return routes, arts


# -- Chongqing English (cq-en): `_app` twins, English dates, an off-site repost ------------------------

def _cqen_article(title: str, info: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="crumb"><a href="/">Home</a> &gt; <a href="../">Latest News</a></div>
<div class="detail">
<h2 class="title">{title}</h2>
<div class="time">{info}</div>
<div class="conTxt"><div class="TRS_Editor">{body}</div></div>
</div>
<div class="footer">Copyright Chongqing Municipal People's Government</div>
</body></html>"""


def _cqen(start: str):
    col = folder(start)
    arts = [
        Art(col + "202611/t20261125_1412345.html", _cqen_article(
            "Chongqing opens new land-sea trade corridor route", "Updated: Nov 25, 2026",
            "<p>A new rail-sea route of the New International Land-Sea Trade Corridor opened on Tuesday.</p>"
            "<p>It cuts transit time to Singapore by two days.</p>"),
            "Chongqing opens new land-sea trade corridor route", "2026-11-25",
            ["A new rail-sea route of the New International Land-Sea Trade Corridor opened on Tuesday.",
             "It cuts transit time to Singapore by two days."],
            more={col + "202611/t20261125_1412345_app.html": _cqen_article(
                "Chongqing opens new land-sea trade corridor route", "2026-11-25",
                "<p>A new rail-sea route of the New International Land-Sea Trade Corridor opened on Tuesday.</p>")}),
        Art(col + "202611/t20261124_1411001.html", _cqen_article(
            "Hot pot festival draws crowds", "Source: iChongqing | 2026-11-24 15:30",
            "<p>The Chongqing hot pot festival attracted 300,000 visitors.</p>"),
            "Hot pot festival draws crowds", "2026-11-24 15:30", ["The Chongqing hot pot festival attracted 300,000 visitors."]),
        Art(col + "202611/t20261121_1409902.html", _cqen_article(
            "Liangjiang New Area signs 20 projects", "Date: 2026-11-21 09:00",
            "<p>Liangjiang New Area signed 20 projects worth 45 billion yuan.</p>"),
            "Liangjiang New Area signs 20 projects", "2026-11-21 09:00", ["Liangjiang New Area signed 20 projects worth 45 billion yuan."]),
    ]

    def li(href, title, date):
        return f'<li><a href="{href}" target="_blank">{title}</a><span>{date}</span></li>'

    rel = ["./" + a.path[len(col):] for a in arts]
    page = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Latest News</title></head><body>
<ul class="list">{items}</ul>
<div class="page"><script>createPageHTML(2, {n}, "index", "html");</script></div></body></html>"""
    routes = {
        start: page.format(n=0, items="\n".join([
            li(rel[0].replace(".html", "_app.html"), arts[0].title, "2026-11-25"),
            li("https://www.chinadaily.com.cn/a/202611/24/WS6742b2c3a310f1265a1d0002.html", "Chongqing in focus", "2026-11-24"),
            li(rel[1], arts[1].title, "2026-11-24")])),
        col + "index_1.html": page.format(n=1, items=li(rel[2], arts[2].title, "2026-11-21")),
    }
    return routes, arts


# -- More TRS portals, each with the selectors its sources cite and one quirk of its own -------------


@dataclass
class _Spec:
    list_wrap: str  # the list markup around the entries, with {items}
    item: str  # one entry, with {href}, {title}, {date}
    article: str  # the article page, with {title}, {when}, {body}
    stories: list[tuple[str, str, str, list[str]]]  # (tYYYYMMDD_ID, shown date, title, paragraphs)
    twin: str = ""  # a URL variant the list links instead of the article ("_app", "_wap", "?xxgkhide=1")
    ext: str = "html"
    next_link: bool = False  # a static pager with a 下一页 link instead of a createPageHTML count
    # the pager script, with {count}, {n} and {ext}: TRS's createPageHTML unless a template renames it
    pager: str = '<div class="page"><script>createPageHTML({count}, {n}, "index", "{ext}");</script></div>'


def _next_pager(n: int, count: int, ext: str) -> str:
    first = f"index.{ext}"
    prev = first if n <= 1 else f"index_{n - 1}.{ext}"
    links = [f'<a href="{first}">首页</a>'] + ([f'<a href="{prev}">上一页</a>'] if n else [])
    links += [f'<a href="index_{n + 1}.{ext}">下一页</a>'] if n + 1 < count else ['<span class="disabled">下一页</span>']
    return '<div class="pagination">' + " ".join(links) + "</div>"


def _trs_build(spec: _Spec):
    def build(start: str):
        col = folder(start)
        arts, items = [], []
        for i, (tid, when, title, paras) in enumerate(spec.stories):
            path = f"{col}{tid[1:7]}/{tid}.{spec.ext}"
            body = "".join(f"<p>　　{p}</p>" for p in paras)
            html = spec.article.format(title=title, when=when, body=body)
            dot = "." + spec.ext
            query = spec.twin.startswith("?")
            more = {path.replace(dot, spec.twin + dot): html} if spec.twin and not query and i == 0 else {}
            arts.append(Art(path, html, title, when[:16], paras, more=more))
            href = "./" + path[len(col):]
            if more:
                href = href.replace(dot, spec.twin + dot)
            elif query and i == 0:
                href += spec.twin
            items.append(spec.item.format(href=href, title=title, date=when[:10]))
        pages = [items[:2], items[2:]]
        routes = {}
        for n, chunk in enumerate(pages):
            name = start if n == 0 else f"{col}index_{n}.{spec.ext}"
            routes[name] = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>要闻</title></head><body>"
                            + spec.list_wrap.format(items="\n".join(chunk))
                            + (_next_pager(n, len(pages), spec.ext) if spec.next_link else
                               spec.pager.format(count=len(pages), n=n, ext=spec.ext))
                            + "</body></html>")
        return routes, arts
    return build


_ART = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{title}}_{site}</title></head><body>
<div class="crumb"><a href="/">首页</a> &gt; 要闻</div>{inner}<div class="footer">{site}主办</div></body></html>"""

_CQ = _Spec('<div class="list-box"><ul class="list">{items}</ul></div>',
            '<li><a href="{href}" target="_blank" title="{title}">{title}</a><span>{date}</span></li>',
            _ART.format(site="重庆市人民政府网", inner='<h2 class="title">{title}</h2><div class="info">发布日期：{when} 来源：重庆日报</div>'
                        '<div class="conTxt"><div class="view TRS_UEDITOR trs_paper_default trs_web">{body}</div></div>'),
            [("t20261126_14012345", "2026-11-26 20:00", "重庆市政府常务会议召开", ["市政府常务会议研究部署冬季安全生产工作。"]),
             ("t20261125_14011001", "2026-11-25 11:00", "成渝中线高铁重庆段加快建设", ["成渝中线高铁重庆段桥梁工程完成过半。"]),
             ("t20261121_14009902", "2026-11-21 09:30", "重庆新增两家国家级开发区", ["重庆新增两家国家级经济技术开发区。"])],
            twin="_app")
_JL = _Spec('<ul class="news">{items}</ul>',
            '<li class="item"><a href="{href}" target="_blank">{title}</a><span class="time">{date}</span></li>',
            _ART.format(site="吉林省人民政府", inner='<div id="dbt">{title}</div><div class="zw-info">发布时间：{when}</div>'
                        '<div class="TRS_Editor">{body}</div>'),
            [("t20261126_9012345", "2026-11-26 17:00", "吉林省冰雪产业发展大会召开", ["大会发布冰雪旅游精品线路。", "签约项目总投资超过百亿元。"]),
             ("t20261124_9011001", "2026-11-24 08:10", "长春现代化都市圈建设提速", ["长春现代化都市圈重点项目全部开工。"]),
             ("t20261120_9009902", "2026-11-20 15:00", "吉林粮食产量稳定在800亿斤以上", ["今年全省粮食总产量稳定在800亿斤以上。"])])
_XZ = _Spec('<div class="zwyw"><ul class="zwyw_list">{items}</ul></div>',
            '<li><span class="date">[{date}]</span><a href="{href}" target="_blank" title="{title}">{title}</a></li>',
            _ART.format(site="西藏自治区人民政府", inner='<div class="xz-xl-article"><h1>{title}</h1><p class="info">时间：{when}　来源：西藏日报</p>'
                        '<div class="view TRS_UEDITOR trs_paper_default">{body}</div></div>'),
            [("t20261126_412345", "2026-11-26 21:00", "自治区党委常委会召开会议", ["会议研究部署冬季农牧区工作。"]),
             ("t20261125_411001", "2026-11-25 10:30", "拉萨至林芝铁路运营三年", ["拉林铁路运营三年累计发送旅客超过千万人次。"]),
             ("t20261122_409902", "2026-11-22 12:00", "西藏清洁能源装机突破千万千瓦", ["全区清洁能源装机容量突破1000万千瓦。"])],
            twin="_senior")
_NX = _Spec('<div class="commonList"><ul class="commonList_dot">{items}</ul></div>',
            '<li><a href="{href}" target="_blank" title="{title}">{title}</a><span>{date}</span></li>',
            _ART.format(site="宁夏回族自治区人民政府", inner='<div id="info_title">{title}</div>'
                        '<div class="info_source"><span id="info_released_dtime">{when}</span> 来源：宁夏日报</div>'
                        '<div class="view TRS_UEDITOR trs_paper_default trs_web">{body}</div>'),
            [("t20261126_5012345", "2026-11-26 18:30:00", "宁夏推进黄河流域生态保护", ["宁夏启动新一轮黄河流域生态保护和高质量发展先行区建设。"]),
             ("t20261124_5011001", "2026-11-24 09:45:00", "宁夏枸杞出口增长两成", ["前10个月，宁夏枸杞出口额同比增长两成。"]),
             ("t20261120_5009902", "2026-11-20 16:00:00", "银川河东机场新航站楼启用", ["银川河东国际机场T3航站楼正式启用。"])],
            next_link=True)
_SN = _Spec('<div id="doc_left"><ul class="list">{items}</ul></div>',
            '<li><a href="{href}" target="_blank">{title}</a><em>{date}</em></li>',
            _ART.format(site="陕西省人民政府", inner='<div id="doc_left"><h1 class="title">{title}</h1><div class="info">发布时间：{when}</div>'
                        '<div class="TRS_Editor">{body}</div></div>'),
            [("t20261126_2412345", "2026-11-26 16:40", "陕西秦创原创新驱动平台建设提速", ["秦创原创新驱动平台累计孵化企业超过两千家。"]),
             ("t20261125_2411001", "2026-11-25 09:10", "西安咸阳国际机场三期工程投运", ["西安咸阳国际机场东航站楼投入运营。"]),
             ("t20261121_2409902", "2026-11-21 11:20", "陕北能源化工基地建设成效显著", ["陕北能源化工基地今年完成投资超过千亿元。"])],
            twin="_wap")

_HN = _Spec('<div class="yl-listbox"><ul>{items}</ul></div>',
            '<li><a href="{href}" title="{title}" target="_blank">{title}</a><span>{date}</span></li>',
            _ART.format(site="湖南省人民政府门户网站", inner='<div class="main_content"><h1>{title}</h1>'
                        '<div class="article-info">时间：{when} 来源：湖南日报</div>'
                        '<div class="article-content" id="zoom"><div class="TRS_Editor">{body}</div></div></div>'),
            [("t20261126_33012345", "2026-11-26 19:20", "湖南省政府常务会议召开", ["会议研究部署冬春农田水利建设。"]),
             ("t20261125_33011001", "2026-11-25 08:40", "长沙黄花国际机场T3航站楼开工", ["长沙机场改扩建工程T3航站楼正式开工。"]),
             ("t20261122_33009902", "2026-11-22 14:15", "湘江新区新增上市企业三家", ["湖南湘江新区今年新增上市企业3家。"])])
_NM = _Spec('<div class="list_box"><ul class="list">{items}</ul></div>',
            '<li><span>{date}</span><a href="{href}" target="_blank">{title}</a></li>',
            _ART.format(site="内蒙古自治区人民政府", inner='<div class="article"><h3 class="title">{title}</h3>'
                        '<div class="source">发布日期：{when}　来源：内蒙古日报</div>'
                        '<div class="view TRS_UEDITOR trs_paper_default trs_web">{body}</div></div>'),
            [("t20261126_2612345", "2026-11-26 18:00", "内蒙古风电光伏装机突破一亿千瓦", ["全区风电光伏装机容量突破1亿千瓦。"]),
             ("t20261124_2611001", "2026-11-24 10:20", "呼和浩特至鄂尔多斯城际铁路开工", ["呼鄂城际铁路全线开工建设。"]),
             ("t20261121_2609902", "2026-11-21 09:00", "内蒙古牛奶产量稳居全国首位", ["全区牛奶产量稳居全国第一。"])],
            twin="?xxgkhide=1")
_HB = _Spec('<div class="news_list"><ul>{items}</ul></div>',
            '<li><a href="{href}" target="_blank" title="{title}">{title}</a><span>{date}</span></li>',
            _ART.format(site="湖北省人民政府门户网站", inner='<div class="hbgov-article-title"><h2>{title}</h2></div>'
                        '<div class="hbgov-article-meta">发布时间：{when}　来源：湖北日报</div>'
                        '<div class="TRS_Editor">{body}</div>'),
            [("t20261126_5012345", "2026-11-26 20:30", "湖北省政府与华为签署合作协议", ["双方将在数字经济领域深化合作。"]),
             ("t20261124_5011001", "2026-11-24 07:55", "武汉长江新区建设提速", ["武汉长江新区重大项目建设全面提速。"]),
             ("t20261120_5009902", "2026-11-20 16:30", "湖北秋粮收购进度过半", ["全省秋粮收购进度过半。"])],
            twin="_slb", ext="shtml",
            # Hubei's template draws TRS's pager under its own name (issue 19: `pageControl(3, 0, "index",
            # "shtml")`); here a namespaced one whose count and current page are variables.
            pager='<div class="page-box"><script type="text/javascript">\nvar nPageCount = {count};\n'
                  'var nCurrIndex = {n};\nHBGov.pager.draw( nPageCount , nCurrIndex , \'index\' , \'{ext}\' );\n'
                  '</script></div>')


SITES = {
    "sx-zh": Variant("www.shanxi.gov.cn", "/ywdt/sxyw/index.shtml", _sx,
                     not_articles=("/ywdt/sxyw/202611/t20261123_3011500.shtml",)),
    "gx-zh": Variant("www.gxzf.gov.cn", "/gxyw/index.shtml", _gx),
    "yn-zh": Variant("www.yn.gov.cn", "/ywdt/ynyw/index.html", _yn,
                     not_articles=("/ywdt/ynyw/202611/t20261123_1233500.html",
                                   "/ywdt/ynyw/202611/P020261122512345678901.pdf")),
    "fj-en": Variant("www.fujian.gov.cn", "/english/news/index.htm", _fjen),
    "bj-zh": Variant("www.beijing.gov.cn", "/ywdt/yaowen/index.html", _bj,
                     never=("/ywdt/yaowen/202611/t20261125_4011500.html",)),
    "cq-en": Variant("english.cq.gov.cn", "/latestnews/index.html", _cqen),
    "cq-zh": Variant("www.cq.gov.cn", "/ywdt/jrcq/index.html", _trs_build(_CQ)),
    "jl-zh": Variant("www.jl.gov.cn", "/szyw/jlyw/index.html", _trs_build(_JL)),
    "xz-zh": Variant("www.xizang.gov.cn", "/xwzx_406/zwyw/index.html", _trs_build(_XZ)),
    "nx-zh": Variant("www.nx.gov.cn", "/zwxx_11337/nxyw/index.html", _trs_build(_NX)),
    "sn-zh": Variant("www.shaanxi.gov.cn", "/xw/sxyw/index.html", _trs_build(_SN)),
    "hn-zh": Variant("www.hunan.gov.cn", "/hnszf/hnyw/sy/hnyw1/index.html", _trs_build(_HN)),
    "nm-zh": Variant("www.nmg.gov.cn", "/zwyw/tpxw/index.html", _trs_build(_NM)),
    "hb-zh": Variant("www.hubei.gov.cn", "/zwgk/hbyw/hbywqb/index.shtml", _trs_build(_HB)),
}
