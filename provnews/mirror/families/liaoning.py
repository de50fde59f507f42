"""Liaoning's `/web/…/index.shtml` CMS: list pages `{hash}-{n}.shtml` beside the column's
`index.shtml` (n from 2 through the pager), items in `div.modcontent li a`, articles at
`/web/ywdt/{sub}/{19-digit timestamp}/index.shtml`; a legacy GB2312 portal."""

from __future__ import annotations

from ..page import MirrorPage
from .base import Art, FamilySite, paged


class Site(FamilySite):
    family = "liaoning"

    def path(self, art: Art) -> str:
        stamp = f"{art.date[:4]}{art.date[5:7]}{art.date[8:10]}{art.date[11:13]}{art.date[14:16]}{art.id}"
        return f"{self.row['column']}{stamp.ljust(19, '0')[:19]}/index.shtml"

    def list_path(self, index: int) -> str:
        return f"{self.row['column']}index.shtml" if index == 0 else f"{self.row['column']}{self.row['hash']}-{index + 1}.shtml"

    def build(self) -> list[MirrorPage]:
        return self.article_pages("fam_article.html") + paged(
            self, self.entries(lambda a: a.path), self.list_path, lambda n: self.list_path(n).rpartition("/")[2])
