"""Hebei's UUID-column CMS (rebuilt about 2023): the column page is a shell whose list is an
AJAX fragment `/columns/{col}/templates/{tpl}/blocks/{blk}?page=N&fix=0` (N from 1), answered
as one JSON-encoded HTML string of `li[style="display:block"]` entries;
articles at `/columns/{col}/YYYYMM/DD/{uuid}.html`, body in `div.content`."""

from __future__ import annotations

import json
import uuid

from markupsafe import Markup

from ..page import MirrorPage
from .base import Art, FamilySite, first, pager_html, render


class Site(FamilySite):
    family = "hebei"

    def path(self, art: Art) -> str:
        y, m, d = art.ymd
        return f"/columns/{self.row['columnid']}/{y}{m}/{d}/{uuid.UUID(art.hexid)}.html"

    @property
    def block_path(self) -> str:
        r = self.row
        return f"/columns/{r['columnid']}/templates/{r['template']}/blocks/{r['block']}"

    def build(self) -> list[MirrorPage]:
        pages = self.article_pages("fam_article.html")
        loader = Markup('<div class="list-block" data-url="{}?page=1&fix=0"></div>\n<script>$(".list-block")'
                        '.each(function(){{ var box = $(this); $.get(box.data("url"), function(html){{ box.html(html); }});'
                        ' }});</script>').format(self.block_path)
        pages.append(self.html(f"/columns/{self.row['columnid']}/index.html", "fam_shell.html", "list", loader=loader))
        return pages

    def dynamic(self, method: str, path: str, query: dict[str, list[str]], form: dict[str, list[str]]
                ) -> MirrorPage | None:
        if path != self.block_path:
            return None
        chunks = self.chunks(self.entries(lambda a: a.path))
        index = max(1, int(first(query, "page", "1") or 1)) - 1
        chunk = chunks[index] if index < len(chunks) else []
        pager = pager_html(index, len(chunks), lambda n: f"{self.block_path}?page={n + 1}&fix=0", self.t)
        html = render("fam_fragment.html", "utf-8", s=self, t=self.t, row=self.row, entries=chunk,
                      wrap=self.row.get("list", "ul.list"), pager=pager if chunk else None).decode("utf-8")
        # The block answers its HTML as one JSON string (F3 reads it with json.loads).
        return MirrorPage(path, json.dumps(html, ensure_ascii=False).encode("utf-8"),
                          "application/json;charset=UTF-8", kind="list")
