"""Hubei's English edition (hb-en, en.hubei.gov.cn): an RSS 2.0 feed `/rss/news.xml` lists the
news (RFC 822 dates, CDATA titles, absolute links); articles are TRS `.shtml` pages. From
the published facts (public scraper F15). If the configuration starts from an HTML column, the same articles are
listed there too."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .kit import Art, Variant

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


SITES = {"hb-en": Variant("en.hubei.gov.cn", "/rss/news.xml", _hb)}
