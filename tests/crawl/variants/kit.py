"""What every provincial variant mirror is made of: articles with their truth, list-page items, and
the page encodings legacy portals use.

A variant module exposes `SITES`: {(site, variant): Variant}. A Variant builds its routes for a
column path (the configured start URL, so a "per sources" column can sit where the configuration
looks) and lists the articles it serves, plus the listed paths that are not articles (a soft 404,
a dead link), which must never be archived nor fetched again on a second run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .server import Route


@dataclass
class Art:
    """One article as a reader sees it. `date` is the page's precision: 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DD'."""

    path: str
    html: str | bytes
    title: str
    date: str
    paragraphs: list[str]
    more: dict[str, str | bytes] = field(default_factory=dict)  # further pages of the same article
    charset: str = "utf-8"
    header_charset: bool = True  # False: the HTTP header names no charset, only the page does
    header_label: str | None = None  # a charset the HTTP header claims instead (a lying server)


@dataclass
class Variant:
    host: str  # the real site's host; archived URLs carry it
    start: str  # the column path the routes are built for (the configured start URL wins)
    build: Callable[[str], tuple[dict[str, Route], list[Art]]]
    not_articles: tuple[str, ...] = ()  # listed paths that are not articles (soft 404, dead link)
    never: tuple[str, ...] = ()  # paths a crawler must never request (a link commented out)

    def routes(self, start: str | None = None) -> tuple[dict[str, Route], list[Art]]:
        routes, arts = self.build(start or self.start)
        for art in arts:
            routes[art.path] = page(art.html, art.charset, art.header_charset, art.header_label)
            for path, html in art.more.items():
                routes[path] = page(html, art.charset, art.header_charset, art.header_label)
        return routes, arts


def page(html: str | bytes, charset: str = "utf-8", header_charset: bool = True, label: str | None = None) -> Route:
    """A page in `charset`; pages labelled gb2312/gbk are written as GB18030, as the portals' editors do."""
    data = html.encode("gb18030" if charset.lower() in ("gb2312", "gbk") else charset) if isinstance(html, str) else html
    return ("text/html; charset=" + (label or charset) if header_charset else "text/html", data)


def soft404(title: str = "页面不存在") -> str:
    """What a portal serves with status 200 for a page it no longer has."""
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            f"<div class=\"error\"><h2>{title}</h2><p>您访问的页面不存在或已被删除！</p>"
            "<a href=\"/\">返回首页</a></div></body></html>")


def folder(path: str) -> str:
    """The folder of a list path: '/a/b/index.html' -> '/a/b/'."""
    return path.rsplit("/", 1)[0] + "/"
