"""Guangdong's `post_` CMS: list `index.html`, `index_2.html`, … (numbered pager), entries
`ul li a` with the date as trailing text, articles `/gdywdt/gdyw/content/post_{7 digits}.html`
with `h3.zw-title`, `span.ly` and `div.zw`."""

from __future__ import annotations

from ..page import MirrorPage
from .base import Art, FamilySite, paged


class Site(FamilySite):
    family = "guangdong"

    def path(self, art: Art) -> str:
        return f"{self.row['column']}content/post_{art.id}.html"

    def list_path(self, index: int) -> str:
        return self.numbered(index, second=2)

    def build(self) -> list[MirrorPage]:
        return self.article_pages("fam_article.html") + paged(
            self, self.entries(lambda a: a.path), self.list_path, lambda n: self.list_path(n).rpartition("/")[2])
