"""Hanweb JCMS "jpage" columns (Jiangsu, Jiangxi, Shandong, Jiangsu English): the column page
`/col/col{ID}/index.html` embeds its first records in `<script type="text/xml"><datastore>`;
further records come from the dataproxy (GET `page=`, or POST `startrecord/endrecord/perpage`
with `columnid/unitid/webid`) at the row's `proxy` path, or as the column page itself with
`?uid={uid}&pageNum={n}`. Articles at `/art/YYYY/M/D/art_{col}_{id}.html`.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ..page import MirrorPage
from .base import Art, FamilySite, first, render


class Site(FamilySite):
    family = "hanweb"

    def path(self, art: Art) -> str:
        y, m, d = art.ymd
        return f"/art/{y}/{int(m)}/{int(d)}/art_{self.row['columnid']}_{art.id}.html"

    @property
    def column_path(self) -> str:
        return f"/col/col{self.row['columnid']}/index.html"

    def records(self, entries: list[dict[str, Any]]) -> list[Markup]:
        out = [Markup(render("fam_items.html", "utf-8", s=self, t=self.t, row={**self.row, "item": "record"},
                             entries=[e]).decode().strip()) for e in entries]
        if out:  # jcms leaves junk like this at the end of a record now and then
            out[-1] += Markup("<li style=<br/>")
        return out

    def column_page(self, page_no: int) -> MirrorPage:
        entries = self.entries(lambda a: a.path)
        chunk = entries[(page_no - 1) * self.per_page: page_no * self.per_page]
        return self.html(self.column_path, "fam_hanweb_column.html", "list", records=self.records(chunk),
                         total=len(entries))

    def build(self) -> list[MirrorPage]:
        pages = self.article_pages("fam_article.html")
        column = self.column_page(1)
        pages += [column, MirrorPage(f"/col/col{self.row['columnid']}/", column.body, column.content_type,
                                     kind="list")]
        return pages

    def dynamic(self, method: str, path: str, query: dict[str, list[str]], form: dict[str, list[str]]
                ) -> MirrorPage | None:
        if path == self.column_path and first(query, "pageNum"):
            if first(query, "uid") != self.row.get("uid", ""):
                return self.column_page(1)  # an unknown uid shows the column's first page, as jcms does
            return self.column_page(max(1, int(first(query, "pageNum") or 1)))
        if path == self.row["proxy"]:
            return self._proxy({**query, **form})
        return None

    def _proxy(self, params: dict[str, list[str]]) -> MirrorPage:
        entries = self.entries(lambda a: a.path)
        if first(params, "columnid") != self.row["columnid"] or first(params, "webid") != self.row["webid"]:
            chunk: list[dict[str, Any]] = []
        elif first(params, "startrecord"):
            start = max(1, int(first(params, "startrecord") or 1))
            end = int(first(params, "endrecord", str(start + self.per_page - 1)) or start)
            chunk = entries[start - 1:end]
        else:
            per = int(first(params, "perpage", str(self.per_page)) or self.per_page)
            page = max(1, int(first(params, "page", "1") or 1))
            chunk = entries[(page - 1) * per: page * per]
        records = "".join(f"<record><![CDATA[\n{r}\n]]></record>\n" for r in self.records(chunk))
        total = len(entries) if chunk else 0
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<datastore>\n<totalrecord>{total}</totalrecord>\n'
               f"<recordset>\n{records}</recordset>\n</datastore>\n")
        return MirrorPage(self.row["proxy"], xml.encode("utf-8"), "text/xml; charset=UTF-8", kind="list")
