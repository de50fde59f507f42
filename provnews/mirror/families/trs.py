"""TRS WCM portals: static `index.EXT`, `index_1.EXT`, ... with a createPageHTML(count) pager,
articles at `./YYYYMM/tYYYYMMDD_ID.EXT` (Guangxi: `tID.shtml` without a date folder).

Row keys: column, ext, url_form ("dated" | "flat"), list/li_class/list_box/pager (the list's
class names), title/info/body (the article's elements), metas (CMS meta tags or not),
item ("onclick": Tianjin's jumpToDetail links; "p": Qinghai's `p.item`), absolute (lists link
with full URLs), sibling (the last article lives in a neighbouring column), article_column (articles below
another folder than the list: cq-en `/latestnews/Editor/`), system (Qinghai's
second URL form), igs (Tianjin's IGS JSON search), channelid/chnlid (Fujian's fjdzapp POST),
pager_call (the pager function's name where a template renames TRS's `createPageHTML`: Hubei's
`pageControl(3, 0, "index", "shtml")`, as issue 19 reports the current hubei.gov.cn column; no saved
copy of that column page was found in public code, whose Hubei crawlers only name the column
`/zwgk/hbyw/hbywqb/index.shtml` and its `pushinfo.jsonp` feed), pager_script (the pager's whole
script, a format string of {count}, {index} and {ext}, for other spellings of the call), list_script (Fujian's current column:
no static pages, its first entries and a script that hands the fjdzapp call its parameters, a format
string of {channelid}, {chnlid} and {prepage}, the API's page size `api_per_page`, which differs from
the column's, as issue 19 reports `var cfg = {url: "/fjdzapp/search", channelid: …, chnlid: …,
prepage: 7}`; public Fujian crawlers show the same form fields: channelid=229105, classsql=chnlid=N,
prepage 15 or 75, sortfield=-docorderpri,-docreltime).
"""

from __future__ import annotations

from markupsafe import Markup

from ..page import MirrorPage
from .base import Art, FamilySite, first

IGS_PATH = "/igs/front/search/list.html"
FJDZAPP_PATH = "/fjdzapp/search"


class Site(FamilySite):
    family = "trs"

    def path(self, art: Art) -> str:
        row = self.row
        ext = row.get("ext", "html")
        y, m, d = art.ymd
        column = row.get("article_column", row["column"])
        if row.get("sibling") and art.kind == "article" and art is self.articles[-1]:
            column = row["sibling"]
        if row.get("system") and art.kind == "article" and art is self.articles[1]:
            return f"/zwgk/system/{y}/{m}/{d}/0{art.id}.shtml"
        if row.get("url_form") == "flat":
            return f"{column}t{art.id}.{ext}"
        return f"{column}{y}{m}/t{y}{m}{d}_{art.id}.{ext}"

    def link(self, art: Art) -> str:
        column = self.row["column"]
        if self.row.get("absolute"):
            return self.base_url + art.path
        if art.path.startswith(column):
            return "./" + art.path[len(column):]
        parent = column.rstrip("/").rpartition("/")[0] + "/"
        if art.path.startswith(parent):
            return "../" + art.path[len(parent):]
        return art.path

    def list_path(self, index: int) -> str:
        return self.numbered(index, second=1, ext=self.row.get("ext", "html"))

    def list_script(self) -> Markup:
        """The column's script handing the list API its parameters (row `list_script`)."""
        return Markup("<script>{}</script>").format(Markup(self.row["list_script"].format(
            channelid=self.row.get("channelid", ""), chnlid=self.row.get("chnlid", ""), prepage=self.api_per_page)))

    @property
    def api_per_page(self) -> int:
        return int(self.row.get("api_per_page", self.per_page + 1))

    def build(self) -> list[MirrorPage]:
        ext = self.row.get("ext", "html")
        pages = self.article_pages("fam_article.html")
        chunks = self.chunks(self.entries(self.link))
        if self.row.get("list_script"):  # the API's column: its first entries, no static pages
            column = self.html(self.list_path(0), "fam_trs_list.html", "list", entries=chunks[0], count=None,
                               index=0, ext=ext, script=self.list_script())
            return [*pages, column, MirrorPage(self.row["column"], column.body, column.content_type, kind="list")]
        for index, chunk in enumerate(chunks):
            pager = (Markup(self.row["pager_script"].format(count=len(chunks), index=index, ext=ext))
                     if self.row.get("pager_script") else None)
            pages.append(self.html(self.list_path(index), "fam_trs_list.html", "list", entries=chunk,
                                   count=len(chunks), index=index, ext=ext, pager=pager))
        pages.append(MirrorPage(self.row["column"], pages[-len(chunks)].body, pages[-1].content_type, kind="list"))
        return pages

    def _feed(self) -> list[Art]:
        """What a search API lists: the column's articles and broken entries, newest first."""
        return sorted([*self.articles, *self.broken.values()], key=lambda a: a.date, reverse=True)

    def dynamic(self, method: str, path: str, query: dict[str, list[str]], form: dict[str, list[str]]
                ) -> MirrorPage | None:
        if path == IGS_PATH and self.row.get("igs"):
            return self._igs(query)
        if path == FJDZAPP_PATH and self.row.get("chnlid"):
            return self._fjdzapp(method, {**query, **form})
        return None

    def _igs(self, query: dict[str, list[str]]) -> MirrorPage:
        """TRS IGS search: `page.content[]` with DOCTITLE, DOCPUBURL, DOCRELTIME."""
        number = max(1, int(first(query, "pageNumber", "1") or 1))
        size = max(1, min(20, int(first(query, "pageSize", "10") or 10)))
        feed = self._feed()
        chunk = feed[(number - 1) * size: number * size]
        content = [{"DOCTITLE": a.title, "DOCPUBURL": self.base_url + a.path, "DOCRELTIME": a.date + ":00",
                    "CHANNELNAME": self.row["column_name"]} for a in chunk]
        pages = -(-len(feed) // size)
        return self.json(IGS_PATH, {"page": {"content": content, "totalElements": len(feed), "totalPages": pages,
                                             "number": number, "size": size}})

    def _fjdzapp(self, method: str, form: dict[str, list[str]]) -> MirrorPage:
        """Fujian's search POST: `data[]` of doctitle, docpuburl, docreltime for one channel."""
        if method != "POST":
            return MirrorPage(FJDZAPP_PATH, b"method not allowed", "text/plain", status=405)
        wanted = first(form, "classsql").replace(" ", "") == f"chnlid={self.row['chnlid']}"
        if first(form, "channelid") != self.row["channelid"] or not wanted:
            return self.json(FJDZAPP_PATH, {"data": [], "total": 0, "page": 1, "pagecount": 0})
        page = max(1, int(first(form, "page", "1") or 1))
        size = max(1, min(20, int(first(form, "prepage", "10") or 10)))
        feed = self._feed()
        data = [{"doctitle": a.title, "docpuburl": self.base_url + a.path, "docreltime": a.date + ":00",
                 "chnlname": self.row["column_name"]} for a in feed[(page - 1) * size: page * size]]
        return self.json(FJDZAPP_PATH, {"data": data, "total": len(feed), "page": page,
                                        "pagecount": -(-len(feed) // size)})
