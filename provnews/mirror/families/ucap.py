"""Ucap-style portals (Sichuan, Hainan, Heilongjiang, Xinjiang, Gansu): a list page whose
further pages `{stem}_{n}.shtml` are reached through the pager's next link (Sichuan:
`#page_div .arrow a` 下页), articles at 32-hex (or numbered) `.shtml` names under the column,
titles and bodies in `<ucaptitle>`/`<ucapcontent>` on the legacy templates.

Row keys: start, page_name ("{stem}_{n}.shtml", n from 2), next_text, pager ("arrow" | numbers),
article_dir, url_form ("ymd" Sichuan YYYY/M/D/hex, "ym" YYYYMM/hex, "hlj" YYYYMM/c00_N, "gs"
YYYYMM/N9), item/list (list markup), title/info/info_style/body; Gansu's `search_id` adds the
`/common/search/{id}` AJAX fragments behind its "加载更多" link.
"""

from __future__ import annotations

from markupsafe import Markup

from ..page import MirrorPage
from .base import Art, FamilySite, first, paged, render


class Site(FamilySite):
    family = "ucap"

    def path(self, art: Art) -> str:
        y, m, d = art.ymd
        folder = self.row["article_dir"]
        form = self.row.get("url_form", "ym")
        if form == "ymd":
            return f"{folder}{y}/{int(m)}/{int(d)}/{art.hexid}.shtml"
        if form == "hlj":
            return f"{folder}{y}{m}/c00_{art.id}.shtml"
        if form == "gs":
            return f"{folder}{y}{m}/{art.id}.shtml"
        return f"{folder}{y}{m}/{art.hexid}.shtml"

    def list_path(self, index: int) -> str:
        start = self.row["start"]
        if index == 0:
            return start
        folder, _, name = start.rpartition("/")
        return f"{folder}/" + self.row.get("page_name", "{stem}_{n}.shtml").format(stem=name.rpartition(".")[0],
                                                                                  n=index + 1)

    def build(self) -> list[MirrorPage]:
        pages = self.article_pages("fam_article.html")
        entries = self.entries(lambda a: a.path)
        extra = None
        if self.row.get("search_id"):
            extra = Markup('<a href="javascript:;" class="jzgd" data-url="{}">加载更多</a>').format(
                self._search_path() + "?_pageSize=20&_template=index&_isJson=false")
        lists = paged(self, entries, self.list_path, lambda n: self.list_path(n).rpartition("/")[2],
                      next_text=self.row.get("next_text"), style=self.row.get("pager", "numbers"))
        if extra is not None:  # Gansu: the first page only, then the script loads more
            lists = [self.html(self.list_path(0), "fam_list.html", "list", entries=self.chunks(entries)[0],
                               pager=Markup(""), extra=extra)]
        return pages + lists

    def _search_path(self) -> str:
        return f"/common/search/{self.row['search_id']}"

    def dynamic(self, method: str, path: str, query: dict[str, list[str]], form: dict[str, list[str]]
                ) -> MirrorPage | None:
        if not self.row.get("search_id") or path != self._search_path():
            return None
        size = max(1, min(50, int(first(query, "_pageSize", "20") or 20)))
        page = max(1, int(first(query, "page", "1") or 1))
        entries = self.entries(lambda a: a.path)[(page - 1) * size: page * size]
        body = render("fam_fragment.html", self.charset, s=self, t=self.t, row=self.row, entries=entries,
                      wrap="ul#body")
        return MirrorPage(path, body, f"text/html; charset={self.charset}", kind="list")
