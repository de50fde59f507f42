"""Henan's portal (www and english): list `index.html`, `index_1.html`, … with a
"下一页"/"Next" link carrying `data-page`; list links are absolute URLs; articles
`/YYYY/MM-DD/{id}.html` with `#title`, `#source`, `#pubDate`, `#content`."""

from __future__ import annotations

from ..page import MirrorPage
from .base import Art, FamilySite, paged


class Site(FamilySite):
    family = "henan"

    def path(self, art: Art) -> str:
        y, m, d = art.ymd
        return f"/{y}/{m}-{d}/{art.id}.html"

    def list_path(self, index: int) -> str:
        return self.numbered(index, second=1)

    def build(self) -> list[MirrorPage]:
        return self.article_pages("fam_article.html") + paged(
            self, self.entries(lambda a: self.base_url + a.path), self.list_path,
            lambda n: self.base_url + self.list_path(n), style="next")
