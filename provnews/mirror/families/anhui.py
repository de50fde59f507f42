"""The Anhui government platform (www and english): the column page lists its first records
in `div.navjz li a[title]` + `span`; more come from the AJAX label
`/site/label/8888?IsAjax=1&labelName=…&siteId=…&pageIndex=N&pageSize=…` behind a JS pager
(`a.default_pgNext`). English columns are `/content/column/{id}` pages that also take
`?pageIndex=N`. Articles `{column}/{9 digits}.html` (english: under `/news/`, the same form).

Row `list_script` (a format string of {label}, {site_id}, {cat_id}, {page_size} and {count}) gives
the column's current form, as issue 19 reports it: the label's parameters in the `data: {…}` of an
`Ls.pagination(…)` call, its page size (`api_per_page`) other than the column's, and no label URL
in the page; the label then also wants the row's `cat_id`. Public Anhui crawlers show the label's
parameters (labelName=publicInfoList, siteId=6781961, pageSize 15-18, organId=1681, type=4,
catId, file=/ahxxgk/…) but no saved copy of the column page."""

from __future__ import annotations

from markupsafe import Markup

from ..page import MirrorPage
from .base import Art, FamilySite, first, render

LABEL_PATH = "/site/label/8888"


class Site(FamilySite):
    family = "anhui"

    def path(self, art: Art) -> str:
        return f"{self.row['column']}{art.id}.html"

    def _pager(self, index: int, count: int) -> Markup:
        label = (f"{LABEL_PATH}?IsAjax=1&dataType=html&labelName={self.row['label']}&siteId={self.row['site_id']}"
                 f"&pageSize={self.per_page}&pageIndex=")
        if self.row.get("url_form") == "content":
            target = f"{self.row['start']}?pageIndex={index + 2}"
        else:
            target = "javascript:void(0);"
        if self.row.get("list_script"):  # the script holds the label's parameters, the pager none
            label = ""
        nxt = (Markup('<a class="default_pgBtn default_pgNext" href="{}" data-url="{}{}">{}</a>').format(
            target, label, index + 2, self.t["next"]) if index + 1 < count
            else Markup('<span class="default_pgBtn default_pgNext default_pgNextDisabled">{}</span>').format(self.t["next"]))
        return Markup('<div class="pagination" data-label="{}" data-total="{}">{}</div>').format(
            self.row["label"], count, nxt)

    def _chunk(self, index: int) -> list:
        chunks = self.chunks(self.entries(lambda a: a.path))
        return chunks[index] if 0 <= index < len(chunks) else []

    @property
    def api_per_page(self) -> int:
        return int(self.row.get("api_per_page", self.per_page + 1)) if self.row.get("list_script") else self.per_page

    def _script(self, count: int) -> Markup | None:
        if not self.row.get("list_script"):
            return None
        return Markup("<script>{}</script>").format(Markup(self.row["list_script"].format(
            label=self.row["label"], site_id=self.row["site_id"], cat_id=self.row.get("cat_id", ""),
            page_size=self.api_per_page, count=count)))

    def build(self) -> list[MirrorPage]:
        count = len(self.chunks(self.entries(lambda a: a.path)))
        column = self.html(self.row["start"], "fam_list.html", "list", entries=self._chunk(0), pager=self._pager(0, count),
                           extra=self._script(len(self.chunks(self.entries(lambda a: a.path), self.api_per_page))))
        return self.article_pages("fam_article.html") + [column]

    def dynamic(self, method: str, path: str, query: dict[str, list[str]], form: dict[str, list[str]]
                ) -> MirrorPage | None:
        count = len(self.chunks(self.entries(lambda a: a.path)))
        if path == self.row["start"] and first(query, "pageIndex") and self.row.get("url_form") == "content":
            index = max(1, int(first(query, "pageIndex") or 1)) - 1
            return self.html(path, "fam_list.html", "list", entries=self._chunk(index), pager=self._pager(index, count))
        if path != LABEL_PATH:
            return None
        wanted = [("labelName", self.row["label"]), ("siteId", self.row["site_id"])]
        if self.row.get("cat_id"):
            wanted.append(("catId", self.row["cat_id"]))
        if any(first(query, key) != value for key, value in wanted):
            return MirrorPage(path, b"", f"text/html; charset={self.charset}", kind="list")
        size = max(1, int(first(query, "pageSize", str(self.per_page)) or self.per_page))
        index = max(1, int(first(query, "pageIndex", "1") or 1)) - 1
        entries = self.entries(lambda a: a.path)[index * size:(index + 1) * size]
        body = render("fam_fragment.html", self.charset, s=self, t=self.t, row=self.row, entries=entries,
                      wrap="div.navjz>ul", pager=self._pager(index, -(-len(self.entries(lambda a: a.path)) // size))
                      if entries else None)
        return MirrorPage(path, body, f"text/html; charset={self.charset}", kind="list")
