"""An RSS 2.0 feed as the list (Hubei English `/rss/news.xml`): `<item><link>` absolute URLs
to TRS `.shtml` articles, `<pubDate>` in RFC 822 with +0800."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from ..page import MirrorPage
from .trs import Site as TrsSite


class Site(TrsSite):
    family = "rss"

    def build(self) -> list[MirrorPage]:
        pages = self.article_pages("fam_article.html")
        items = []
        for e in self.entries(lambda a: self.base_url + a.path):
            when = datetime.fromisoformat(e["date"] + ":00+08:00")
            items.append(f"<item><title>{escape(e['title'])}</title><link>{escape(e['href'])}</link>"
                         f"<pubDate>{format_datetime(when)}</pubDate><guid>{escape(e['href'])}</guid></item>")
        feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                f"<title>{escape(self.row['column_name'])}</title><link>{self.base_url}/</link>"
                f"<description>{escape(self.row['portal'])}</description>\n" + "\n".join(items) + "\n</channel></rss>\n")
        pages.append(MirrorPage(self.row["feed"], feed.encode("utf-8"), "application/rss+xml; charset=UTF-8", kind="list"))
        return pages
