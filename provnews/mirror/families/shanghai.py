"""Shanghai's nw-node CMS (www and english): list `index.html`, then `index_2.html`,
`index_3.html` (no `index_1`); articles `/{node}/YYYYMMDD/{32hex}.html` with
`h2.Article-title`, `small.Article-time` (source in its `span`), `div.Article_content`."""

from __future__ import annotations

from ..page import MirrorPage
from .base import Art, FamilySite, paged


class Site(FamilySite):
    family = "shanghai"

    def path(self, art: Art) -> str:
        y, m, d = art.ymd
        return f"{self.row['column']}{y}{m}{d}/{art.hexid}.html"

    def list_path(self, index: int) -> str:
        return self.numbered(index, second=2)

    def build(self) -> list[MirrorPage]:
        return self.article_pages("fam_article.html") + paged(
            self, self.entries(lambda a: a.path), self.list_path, self.list_path, cls="pagination")
