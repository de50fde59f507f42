"""Second mirrors of the sites that had none: the English editions of Beijing (TRS), Anhui (the Anhui
platform), Hunan (TRS), Shaanxi (CMS unknown) and Guizhou (China Daily), and Qinghai's Chinese portal
(TRS beside `/zwgk/system/YYYY/MM/DD/0NNNNNNNN.shtml`), and second forms of Henan's and Hainan's
English editions, written from the published facts alone
(SITES.md, PROVINCES.md) in forms of their own: other class names, dates written out in English
(`November 26, 2026`, `26 Nov 2026`, `10:30 AM`), pagers written otherwise, legacy GB2312 pages.
"""

from __future__ import annotations

from .kit import Art, Variant, folder, page


def _paras(paragraphs: list[str], indent: str = "") -> str:
    return "".join(f"<p>{indent}{p}</p>" for p in paragraphs)


# -- Beijing English (bj-en, english.beijing.gov.cn, TRS): the pager counts from a `pageCount` the
# template writes as a hidden input; the date is written out, with a 12-hour time -------------------


def _bjen_article(title: str, dateline: str, paragraphs: list[str]) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="ArticleTitle" content="{title}">
<meta name="ColumnName" content="News">
<title>{title}</title></head><body>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/latest/">Latest</a> &gt; <a href="../">News</a></div>
<div class="news-detail">
 <div class="detail-title">{title}</div>
 <div class="detail-sub"><span class="from">Source: english.beijing.gov.cn</span><span class="time">{dateline}</span></div>
 <div id="mainText"><div class="TRS_Editor">{_paras(paragraphs)}</div></div>
 <div class="share">Share: <a href="#">Weibo</a> <a href="#">WeChat</a></div>
</div>
<div class="footer">Copyright &copy; The People's Government of Beijing Municipality</div>
</body></html>"""


def _bjen(start: str):
    col = folder(start)
    stories = [
        ("t20261126_3412345", "Beijing opens new metro line to the sub-center", "Updated: November 26, 2026 10:30 AM",
         "2026-11-26 10:30", ["Metro Line 22 opened on Wednesday, linking downtown with the city sub-center.",
                              "The trip now takes 35 minutes."]),
        ("t20261124_3411002", "Zhongguancun forum draws tech leaders", "Updated: November 24, 2026 3:05 PM",
         "2026-11-24 15:05", ["More than 300 tech companies joined the forum in Haidian district."]),
        ("t20261121_3409870", "Winter heating season starts early", "Updated: November 21, 2026",
         "2026-11-21", ["Beijing started its heating season four days early because of a cold spell.",
                        "Residents welcomed the decision."]),
    ]
    arts = [Art(f"{col}202611/{tid}.html", _bjen_article(title, line, paras), title, when, paras)
            for tid, title, line, when, paras in stories]

    def listing(items: list[Art], current: int) -> str:
        lis = "".join(f'<li><a href="./{a.path[len(col):]}" target="_blank">{a.title}</a><em>{a.date[:10]}</em></li>'
                      for a in items)
        return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>
<div class="list-box"><ul class="list">{lis}</ul></div>
<input type="hidden" id="pageCount" value="2"><input type="hidden" id="pageIndex" value="{current}">
<div class="pagination" id="pagination"></div>
<script>
  var total = parseInt(document.getElementById("pageCount").value, 10);
  var cur = parseInt(document.getElementById("pageIndex").value, 10);
  createPageHTML(total, cur, "index", "html");
</script></body></html>"""

    return {start: listing(arts[:2], 0), col + "index_1.html": listing(arts[2:], 1)}, arts


# -- Anhui English (ah-en, english.ah.gov.cn, the Anhui platform): `/content/column/6787051` pages
# with `?pageIndex=N` links, articles `/content/article/{8 digits}`, the date as `26 Nov 2026` ------


def _ahen_article(title: str, info: str, paragraphs: list[str]) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_Anhui Provincial People's Government</title></head><body>
<div class="header"><a href="/">HOME</a> <a href="/content/column/6787051">NEWS</a></div>
<div class="article">
  <h1 class="newstitle">{title}</h1>
  <div class="newsinfo">{info}</div>
  <div class="newscon">{_paras(paragraphs)}</div>
</div>
<div class="footer">Sponsored by the General Office of Anhui Provincial People's Government</div>
</body></html>"""


def _ahen(start: str):
    stories = [
        ("32101234", "Hefei hosts world manufacturing convention", "Source: Anhui Daily | Date: 26 Nov 2026 18:40",
         "2026-11-26 18:40", ["The World Manufacturing Convention opened in Hefei on Thursday.",
                              "Deals worth 40 billion yuan were signed."]),
        ("32100987", "Huangshan welcomes first snow", "Date: 24 Nov 2026",
         "2026-11-24", ["Huangshan mountain saw its first snow of the winter."]),
        ("32100655", "Wuhu auto exports double", "Source: Xinhua | Date: 21 Nov 2026 09:15",
         "2026-11-21 09:15", ["Car exports through Wuhu port doubled in the first ten months."]),
    ]
    arts = [Art(f"/content/article/{num}", _ahen_article(title, info, paras), title, when, paras)
            for num, title, info, when, paras in stories]

    def listing(items: list[Art], n: int) -> str:
        lis = "".join(f'<li><a href="https://english.ah.gov.cn{a.path}" title="{a.title}">{a.title}</a>'
                      f'<span class="date">{a.date[:10]}</span></li>' for a in items)
        nxt = (f'<a class="default_pgBtn default_pgNext" href="{start}?pageIndex={n + 1}">Next</a>' if n == 1
               else '<span class="default_pgBtn default_pgNext default_pgNextDisabled">Next</span>')
        prev = f'<a class="default_pgBtn default_pgPrev" href="{start}?pageIndex={n - 1}">Prev</a>' if n > 1 else ""
        return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>NEWS</title></head><body>
<div class="navjz"><ul class="doc_list">{lis}</ul>
<div class="default_pgContainer">{prev}<span class="default_pgCurrentPage">{n}</span>/2 {nxt}</div></div>
</body></html>"""

    first, second = listing(arts[:2], 1), listing(arts[2:], 2)

    def column(method: str, query: dict[str, str], form: dict[str, str]):
        return 200, "text/html; charset=utf-8", second if query.get("pageIndex") == "2" else first

    return {start: column}, arts


# -- Hunan English (hn-en, www.enghunan.gov.cn/hneng/, TRS): a three-page list whose pager call is
# split over lines with a comment; the date line is `2026-11-26 09:12:45 | Source: …` --------------


def _hnen_article(title: str, info: str, paragraphs: list[str], extra_head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8">{extra_head}
<title>{title}--www.enghunan.gov.cn</title></head><body>
<div class="location"><a href="/hneng/">Home</a> &gt;&gt; <a href="/hneng/News/">News</a> &gt;&gt; <a href="../">Local News</a></div>
<div class="content">
 <h3 class="content-title">{title}</h3>
 <p class="content-info">{info}</p>
 <div class="content-text"><div class="TRS_UEDITOR trs_paper_default trs_web">{_paras(paragraphs)}</div></div>
 <p class="editor">Editor: Wang Li</p>
</div>
<div class="relate"><h4>Related</h4><ul><li><a href="../202610/t20261030_1.html">Hunan autumn fair</a> 2026-10-30</li></ul></div>
</body></html>"""


def _hnen(start: str):
    col = folder(start)
    stories = [
        ("t20261126_3312345", "Changsha opens new international air route", "2026-11-26 09:12:45 | Source: Hunan Daily",
         "2026-11-26 09:12", ["A new route links Changsha with Nairobi.", "Flights run twice a week."], ""),
        ("t20261125_3311120", "Zhangjiajie glass bridge reopens", "2026-11-25 14:00:00 | Source: enghunan.gov.cn",
         "2026-11-25 14:00", ["The glass bridge reopened after maintenance."],
         '\n<meta name="PubDate" content="2026-11-25 14:00">'),
        ("t20261123_3310001", "Hunan rice harvest hits record", "2026-11-23 | Source: Xinhua",
         "2026-11-23", ["Hunan harvested a record 27 million tonnes of rice."], ""),
    ]
    arts = [Art(f"{col}202611/{tid}.html", _hnen_article(title, info, paras, head), title, when, paras)
            for tid, title, info, when, paras, head in stories]

    def listing(item: Art, current: int) -> str:
        return f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Local News</title></head><body>
<div class="news_list"><dl><dt><a href="./{item.path[len(col):]}">{item.title}</a></dt><dd>{item.date[:10]}</dd></dl></div>
<div class="page"><script type="text/javascript">
  // TRS pager
  createPageHTML(
      3,            /* pages */
      {current},
      "index",
      "html"
  );
</script></div></body></html>"""

    routes = {start: listing(arts[0], 0), col + "index_1.html": listing(arts[1], 1), col + "index_2.html": listing(arts[2], 2)}
    return routes, arts


# -- Shaanxi English (sn-en, english.shaanxi.gov.cn, CMS unknown): `/news/index.html` and
# `/news/index_2.html`, a "More >>" pager, dates written `Nov 26, 2026` -----------------------------


def _snen_article(title: str, dateline: str, paragraphs: list[str]) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="description" content="{title}">
<title>{title} | Shaanxi Province</title></head><body>
<nav class="nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/travel/">Travel</a></nav>
<article class="detail">
 <h1>{title}</h1>
 <div class="meta">{dateline}</div>
 <section class="detail-body">{_paras(paragraphs)}</section>
</article>
<footer>Shaanxi Provincial People's Government. All rights reserved.</footer>
</body></html>"""


def _snen(start: str):
    col = folder(start)
    stories = [
        ("20261126/88012", "Xi'an hosts Silk Road film festival", "Nov 26, 2026 | China Daily",
         "2026-11-26", ["The Silk Road International Film Festival opened in Xi'an.", "It runs for a week."]),
        ("20261124/88005", "Shaanxi apple exports rise", "Nov 24, 2026 16:20 | Shaanxi Daily",
         "2026-11-24 16:20", ["Apple exports from Shaanxi rose 12 percent this year."]),
        ("20261120/87990", "Terracotta Warriors museum adds night tours", "Nov 20, 2026 | english.shaanxi.gov.cn",
         "2026-11-20", ["Night tours of the Terracotta Warriors museum start in December."]),
    ]
    arts = [Art(f"{col}{path}.html", _snen_article(title, line, paras), title, when, paras)
            for path, title, line, when, paras in stories]

    def listing(items: list[Art], more: str) -> str:
        cards = "".join(f'<div class="card"><a class="card-title" href="{a.path}">{a.title}</a>'
                        f'<time>{a.date[:10]}</time></div>' for a in items)
        return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | Shaanxi Province</title></head>
<body><div class="cards">{cards}</div><div class="pager">{more}</div></body></html>"""

    return {start: listing(arts[:2], f'<a href="{col}index_2.html">More &gt;&gt;</a>'),
            col + "index_2.html": listing(arts[2:], f'<a href="{start}">&lt;&lt; Back</a>')}, arts


# -- Guizhou English (gz-en, guizhou.chinadaily.com.cn, China Daily): `news.html`, `news_2.html`
# behind a "Next" link with an absolute URL; the date is `Updated: 2026-11-26 10:15`, the byline above it
# on its own line; a photo caption in the body -------------------------------------------------------


def _gzen_article(title: str, byline: str, updated: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - Chinadaily.com.cn</title></head><body>
<div class="topBar"><a href="//guizhou.chinadaily.com.cn/">Guizhou</a> | <a href="//www.chinadaily.com.cn/">China Daily</a></div>
<div class="main_art">
 <div class="lft_art">
  <h1>{title}</h1>
  <div class="byline">{byline}</div>
  <div class="timeline">Updated: {updated}</div>
  <div id="Content">{body}</div>
 </div>
 <div class="rt_art"><h3>Latest</h3><ul><li><a href="/2026-11/01/content_1200001.htm">Guizhou tea fair</a></li></ul></div>
</div>
<div class="footer">Copyright 1995 - 2026. All rights reserved.</div>
</body></html>"""


def _gzen(start: str):
    stories = [
        ("/2026-11/26/content_1220101.htm", "Guizhou big data expo signs deals", "By He Wei | China Daily",
         "2026-11-26 10:15", "<p>The big data expo in Guiyang ended with 80 signed deals.</p>"
         '<p align="center"><img src="/img/expo.jpg"></p><p align="center">Visitors at the expo in Guiyang. [Photo by He Wei/China Daily]</p>',
         ["The big data expo in Guiyang ended with 80 signed deals.", "Visitors at the expo in Guiyang. [Photo by He Wei/China Daily]"]),
        ("/2026-11/24/content_1220088.htm", "Huangguoshu waterfall draws winter crowds", "chinadaily.com.cn",
         "2026-11-24 08:30", "<p>Huangguoshu waterfall received 50,000 visitors last weekend.</p>",
         ["Huangguoshu waterfall received 50,000 visitors last weekend."]),
        ("/2026-11/21/content_1220050.htm", "Qiandongnan villages go digital", "By Yang Jun in Kaili | China Daily",
         "2026-11-21 17:45", "<p>Villages in Qiandongnan now sell crafts online.</p><p>Incomes rose by a fifth.</p>",
         ["Villages in Qiandongnan now sell crafts online.", "Incomes rose by a fifth."]),
    ]
    arts = [Art(path, _gzen_article(title, by, when, body), title, when, paras) for path, title, by, when, body, paras in stories]

    def listing(items: list[Art], pager: str) -> str:
        rows = "".join(f'<div class="mr10"><span class="tw3_01_2_t"><h4><a target="_blank" '
                       f'href="https://guizhou.chinadaily.com.cn{a.path}">{a.title}</a></h4></span>'
                       f'<b>{a.date[:10]}</b></div>' for a in items)
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>News - Guizhou</title></head><body>
<div class="tw3_01_2">{rows}</div><div id="div_currpage">{pager}</div></body></html>"""

    return {start: listing(arts[:2], '<span>1</span> <a href="https://guizhou.chinadaily.com.cn/news_2.html">2</a> '
                                     '<a href="https://guizhou.chinadaily.com.cn/news_2.html">Next</a>'),
            "/news_2.html": listing(arts[2:], '<a href="https://guizhou.chinadaily.com.cn/news.html">Previous</a> '
                                              '<a href="https://guizhou.chinadaily.com.cn/news.html">1</a> <span>2</span>')}, arts


# -- Qinghai (qh-zh, www.qinghai.gov.cn): GB2312 pages without a charset in the header; the list links
# both article forms (TRS `./YYYYMM/tYYYYMMDD_ID.html` and `/zwgk/system/YYYY/MM/DD/0NNNNNNNN.shtml`); a
# pager of `下一页` / `尾页` links; dates `2026年11月26日 09:30` and `发布时间：2026-11-24` --------------


def _qh_article(title: str, info: str, paragraphs: list[str]) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}-青海省人民政府网</title></head><body>
<div class="top"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xwdt/qhyw/">青海要闻</a></div>
<div class="details">
 <div class="details_title">{title}</div>
 <div class="details_info">{info}</div>
 <div class="details_content">{_paras(paragraphs, "　　")}</div>
 <div class="details_tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div>
<div class="bottom">主办：青海省人民政府办公厅</div>
</body></html>"""


def _qh(start: str):
    col = folder(start)
    stories = [
        (col + "202611/t20261126_201234.html", "青海省召开生态保护工作会议", "2026年11月26日 09:30　来源：青海日报",
         "2026-11-26 09:30", ["11月25日，全省生态保护工作会议在西宁召开。", "会议部署三江源国家公园建设任务。"]),
        ("/zwgk/system/2026/11/25/010412345.shtml", "西宁至成都高铁青海段加快建设", "发布时间：2026-11-25 16:40　来源：新华社",
         "2026-11-25 16:40", ["西宁至成都高速铁路青海段建设加快推进。"]),
        (col + "202611/t20261124_201001.html", "青海盐湖产业产值突破千亿元", "发布时间：2026-11-24　来源：省工业和信息化厅",
         "2026-11-24", ["青海盐湖产业全年产值突破1000亿元。", "钾肥产量占全国一半以上。"]),
    ]
    arts = [Art(path, _qh_article(title, info, paras), title, when, paras, charset="gb2312", header_charset=False)
            for path, title, info, when, paras in stories]

    def listing(items: list[Art], pager: str) -> str:
        rows = "".join(f'<p class="item"><a href="{"./" + a.path[len(col):] if a.path.startswith(col) else a.path}" '
                       f'target="_blank">{a.title}</a><span>{a.date[:10]}</span></p>' for a in items)
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>青海要闻</title></head>'
                f'<body><div class="list">{rows}</div><div class="pages">{pager}</div></body></html>')

    routes = {start: page(listing(arts[:2], '<a href="index_1.html">下一页</a> <a href="index_1.html">尾页</a>'), "gb2312", False),
              col + "index_1.html": page(listing(arts[2:], '<a href="index.html">首页</a> <a href="index.html">上一页</a>'),
                                         "gb2312", False)}
    return routes, arts


# -- Henan English, a second form (ha-en#b): the same URL form as ha-zh (`/YYYY/MM-DD/{id}.html`), links
# relative to the site root, a pager of page numbers (`index_1.html`, `index_2.html`), the date line as
# `Time: 2026/11/26 08:40` and the title in a `div.title` above it ---------------------------------------


def _haen_b(start: str):
    col = folder(start)

    def art(title: str, info: str, paragraphs: list[str]) -> str:
        return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                f'<title>{title}-Henan Provincial People\'s Government</title></head><body>'
                f'<div class="nav"><a href="/">Home</a> &gt; <a href="{start}">News</a></div>'
                f'<div class="article"><div class="title">{title}</div><div class="property">{info}</div>'
                f'<div class="article-content">{_paras(paragraphs)}</div></div>'
                f'<div class="footer">Henan Provincial People\'s Government</div></body></html>')

    stories = [
        ("/2026/11-26/3205001.html", "Zhengzhou-Europe freight trains top 1,000 trips", "Time: 2026/11/26 08:40 Source: Henan Daily",
         "2026-11-26 08:40", ["Freight trains between Zhengzhou and Europe made their 1,000th trip this year."]),
        ("/2026/11-25/3204870.html", "Kaifeng lights up for winter festival", "Time: 2026/11/25 Source: english.henan.gov.cn",
         "2026-11-25", ["Kaifeng opened its winter lantern festival.", "It runs until February."]),
        ("/2026/11-22/3204512.html", "Henan builds 500 new 5G base stations", "Time: 2026/11/22 19:05 Source: Xinhua",
         "2026-11-22 19:05", ["Henan built 500 new 5G base stations in November."]),
    ]
    arts = [Art(path, art(title, info, paras), title, when, paras) for path, title, info, when, paras in stories]

    def listing(items: list[Art], n: int) -> str:
        rows = "".join(f'<tr><td><a href="{a.path}">{a.title}</a></td><td>{a.date[:10].replace("-", "/")}</td></tr>'
                       for a in items)
        pager = " ".join(f"<b>{i}</b>" if i == n else f'<a href="{"index.html" if i == 1 else f"index_{i - 1}.html"}">{i}</a>'
                         for i in (1, 2))
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>News</title></head><body>'
                f'<table class="news-table">{rows}</table><div class="pagenum">{pager}</div></body></html>')

    return {start: listing(arts[:2], 1), col + "index_1.html": listing(arts[2:], 2)}, arts


# -- Hainan English, a second form (hi-en#b, Ucap): `<ucaptitle>` in an `h2`, the date in a
# `<publishtime>` tag, the body in `<ucapcontent>` inside `div#zoom`, a `下一页`-free pager: `Next Page`
# and `Last Page` links to `{name}_2.shtml` --------------------------------------------------------------


def _hien_b(start: str):
    col = folder(start)
    name = start.rsplit("/", 1)[1].rsplit(".", 1)[0]

    def art(title: str, when: str, paragraphs: list[str]) -> str:
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
                f'<div class="position">Location: <a href="/englishsite/">Home</a> &gt; <a href="{start}">Dynamic</a></div>'
                f'<div class="detail"><h2><ucaptitle>{title}</ucaptitle></h2>'
                f'<div class="attr">Release time: <publishtime>{when}</publishtime> | Source: <span id="ly">Hainan Daily</span></div>'
                f'<div id="zoom"><ucapcontent>{_paras(paragraphs)}</ucapcontent></div></div></body></html>')

    stories = [
        ("202611/e4f5a60718293a4b5c6d7e8f90a1b2c3", "Boao forum prepares for 2027 conference", "2026-11-26 11:00",
         "2026-11-26 11:00", ["The Boao Forum for Asia began preparations for its 2027 conference."]),
        ("202611/f5a60718293a4b5c6d7e8f90a1b2c3d4", "Hainan duty-free sales rise", "2026-11-24 17:30:00",
         "2026-11-24 17:30", ["Offshore duty-free sales in Hainan rose 15 percent in October.", "Sanya led the growth."]),
        ("202611/a60718293a4b5c6d7e8f90a1b2c3d4e5", "Wenchang launch site completes new pad", "2026-11-21",
         "2026-11-21", ["The commercial launch site in Wenchang completed its second pad."]),
    ]
    arts = [Art(f"{col}{path}.shtml", art(title, when_shown, paras), title, when, paras)
            for path, title, when_shown, when, paras in stories]

    def listing(items: list[Art], pager: str) -> str:
        rows = "".join(f'<li><span class="date">[{a.date[:10]}]</span> <a href="{a.path}" target="_blank">{a.title}</a></li>'
                       for a in items)
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Dynamic</title></head><body>'
                f'<ul class="news_list">{rows}</ul><div class="pages">{pager}</div></body></html>')

    second = col + f"{name}_2.shtml"
    return {start: listing(arts[:2], f'<a href="{second}">Next Page</a> <a href="{second}">Last Page</a>'),
            second: listing(arts[2:], f'<a href="{start}">First Page</a> <a href="{start}">Previous Page</a>')}, arts


SITES = {
    "bj-en": Variant("english.beijing.gov.cn", "/latest/news/index.html", _bjen),
    "ah-en": Variant("english.ah.gov.cn", "/content/column/6787051", _ahen),
    "hn-en": Variant("www.enghunan.gov.cn", "/hneng/News/Localnews/index.html", _hnen),
    "sn-en": Variant("english.shaanxi.gov.cn", "/news/index.html", _snen),
    "gz-en": Variant("guizhou.chinadaily.com.cn", "/news.html", _gzen),
    "qh-zh": Variant("www.qinghai.gov.cn", "/zwgk/xwdt/qhyw/index.html", _qh),
    "ha-en#b": Variant("english.henan.gov.cn", "/news/index.html", _haen_b),
    "hi-en#b": Variant("en.hainan.gov.cn", "/englishsite/Dynamic/dynamic.shtml", _hien_b),
}
