"""Hubei's Chinese portal (hb-zh, issue 19 forms): TRS `.shtml` lists `index.shtml`, `index_1.shtml`, …
whose pager script is not called createPageHTML. Hubei's English edition (hb-en, en.hubei.gov.cn): an RSS 2.0 feed `/rss/news.xml` lists the
news (RFC 822 dates, CDATA titles, absolute links); articles are TRS `.shtml` pages. From
the published facts (public scraper F15). If the configuration starts from an HTML column, the same articles are
listed there too."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .kit import Art, Variant, folder

COL = "/news/newslist/"


def _article(title: str, info: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="ArticleTitle" content="{title}"></head><body>
<div class="header"><a href="/">Home</a> &gt; <a href="/news/">News</a></div>
<div class="detail">
 <h2 class="title">{title}</h2>
 <div class="info">{info}</div>
 <div class="TRS_Editor">{body}</div>
</div>
<div class="footer">Hubei Provincial People's Government</div>
</body></html>"""


ARTS = [
    Art(COL + "202611/t20261126_5312345.shtml", _article(
        "Wuhan hosts global optics valley summit", "Source: Hubei Daily | Updated: 2026-11-26 18:20",
        "<p>The Optics Valley of China summit opened in Wuhan on Wednesday.</p><p>More than 600 companies attended.</p>"),
        "Wuhan hosts global optics valley summit", "2026-11-26 18:20",
        ["The Optics Valley of China summit opened in Wuhan on Wednesday.", "More than 600 companies attended."]),
    Art(COL + "202611/t20261124_5311001.shtml", _article(
        "Three Gorges Dam sees record autumn visitors", "Date: 2026-11-24 Source: en.hubei.gov.cn",
        "<p>The Three Gorges scenic area received 2 million visitors this autumn.</p>"),
        "Three Gorges Dam sees record autumn visitors", "2026-11-24",
        ["The Three Gorges scenic area received 2 million visitors this autumn."]),
    Art(COL + "202611/t20261120_5309902.shtml", _article(
        "Hubei opens new cargo route to Europe", "Updated: 2026-11-20 09:40",
        "<p>A new China-Europe freight route links Xiangyang with Duisburg.</p>"),
        "Hubei opens new cargo route to Europe", "2026-11-20 09:40",
        ["A new China-Europe freight route links Xiangyang with Duisburg."]),
]


def _rss_date(date: str) -> str:
    when = datetime.strptime(date if len(date) > 10 else date + " 08:00", "%Y-%m-%d %H:%M")
    return format_datetime(when.replace(tzinfo=timezone(timedelta(hours=8))))


def _feed() -> str:
    items = [f"""  <item>
    <title><![CDATA[{a.title}]]></title>
    <link>https://en.hubei.gov.cn{a.path}</link>
    <description><![CDATA[{a.paragraphs[0]}]]></description>
    <pubDate>{_rss_date(a.date)}</pubDate>
    <guid isPermaLink="true">https://en.hubei.gov.cn{a.path}</guid>
  </item>""" for a in ARTS]
    items[1] = items[1].replace("<link>https", "<link>\n      https").replace("</link>", "\n    </link>")
    items.insert(2, """  <item>
    <title>Hubei cherry blossoms go global</title>
    <link>https://www.chinadaily.com.cn/a/202611/22/WS6740a1b2a310f1265a1d0001.html</link>
    <pubDate>Sat, 22 Nov 2026 10:00:00 +0800</pubDate>
  </item>""")
    items.append(items[0])  # the feed repeats its top story at the end
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n<title>Hubei News</title>\n'
            "<link>https://en.hubei.gov.cn/</link>\n<description>News from Hubei</description>\n"
            + "\n".join(items) + "\n</channel></rss>\n")


def _column() -> str:
    lis = "\n".join(f'<li><a href="https://en.hubei.gov.cn{a.path}">{a.title}</a><span>{a.date[:10]}</span></li>' for a in ARTS)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>News</title></head><body>
<ul class="news-list">{lis}</ul></body></html>"""


def _hb(start: str):
    routes = {"/rss/news.xml": ("application/rss+xml; charset=utf-8", _feed())}
    if start != "/rss/news.xml":
        routes[start] = _column()
    return routes, list(ARTS)


# -- Issue 19, written without the rules: hb-zh's pager under another name, its numbers as strings ---

_HB19_STORIES = [
    ("t20261128_5013601", "湖北省政府常务会议研究部署冬春农田水利建设", "发布时间：2026-11-28 19∶05　来源：湖北日报", "2026-11-28 19:05",
     ["会议研究部署今冬明春农田水利基本建设工作。", "会议要求抓好冬季安全生产。"]),
    ("t20261127_5013402", "武汉至宜昌高铁全线铺轨完成", "发布时间：2026-11-27 10:20　来源：长江日报", "2026-11-27 10:20",
     ["武汉至宜昌高速铁路全线铺轨完成。"]),
    # full-width digits and colon
    ("t20261125_5013150", "湖北新增国家级专精特新企业62家", "发布时间：２０２６-１１-２５　１６：３０", "2026-11-25 16:30",
     ["湖北新增国家级专精特新“小巨人”企业62家。"]),
    ("t20261124_5012911", "神农架林区冬季旅游季开幕", "发布时间：2026年11月24日 09︰00　来源：湖北日报", "2026-11-24 09:00",
     ["神农架林区2026年冬季旅游季开幕。", "滑雪场将于12月初开放。"]),
    ("t20261121_5012500", "襄阳获评全国文明城市", "发布时间：2026-11-21", "2026-11-21",
     ["襄阳市获评全国文明城市。"]),
]


def _hb19_article(title: str, info: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_湖北省人民政府门户网站</title></head><body>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 湖北要闻</div>
<div class="hbgov-article-title"><h2>{title}</h2></div>
<div class="hbgov-article-meta">{info}<a href="javascript:window.print()">【打印】</a></div>
<div class="TRS_Editor">{body}</div>
<div class="footer">湖北省人民政府门户网站主办</div></body></html>"""


def _hb_zh_pager(start: str):
    """Three list pages; the pager is `renderPage("pageBox", "3", "0", "index", "shtml")`: an element
    id first, then the count, the current page, the name and the extension, all as strings."""
    col = folder(start)
    arts, items = [], []
    for tid, title, info, when, paras in _HB19_STORIES:
        path = f"{col}{tid[1:7]}/{tid}.shtml"
        body = "".join(f"<p>　　{p}</p>" for p in paras)
        arts.append(Art(path, _hb19_article(title, info, body), title, when, paras))
        items.append(f'<li><a href="./{tid[1:7]}/{tid}.shtml" target="_blank" title="{title}">{title}</a>'
                     f'<span>{when[:10]}</span></li>')
    chunks = [items[0:2], items[2:4], items[4:]]
    routes = {}
    for n, chunk in enumerate(chunks):
        name = start if n == 0 else f"{col}index_{n}.shtml"
        routes[name] = (f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>湖北要闻_湖北省人民政府门户网站</title></head><body>
<div class="news_list"><ul>
{chr(10).join(chunk)}
</ul></div>
<div class="page-box" id="pageBox"></div>
<script type="text/javascript" src="/js/hbgov_page.js"></script>
<script type="text/javascript">
  renderPage("pageBox", "{len(chunks)}", "{n}", "index", "shtml");
</script>
</body></html>""")
    return routes, arts


SITES = {"hb-en": Variant("en.hubei.gov.cn", "/rss/news.xml", _hb),
         "hb-zh#pager": Variant("www.hubei.gov.cn", "/zwgk/hbyw/hbywqb/index.shtml", _hb_zh_pager)}
