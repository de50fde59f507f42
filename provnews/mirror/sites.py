"""The mirrored sites: article data (data/*.json) rendered through templates at request time.

Each site builds a route table {path: MirrorPage} from its data, plus the dynamic list endpoints
of its CMS (Hanweb's jpage dataproxy POST and jpaas unit GET). Pages carry a `truth` dict for
articles (what a perfect crawl archives), so tests compare against the mirror, not by hand.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import jinja2

from crawler.siteconfig import get_site

from .families import GENERATED_NAMES, generated_site
from .page import MirrorPage
from .page import iso_date as _iso

__all__ = ["MirrorPage", "MirrorSite", "SITE_NAMES", "ALL_SITE_NAMES", "VARIANTS",
           "HERE", "ROBOTS", "JPAAS_PATH", "JPAGE_PROXY", "JPAAS_MAX_PAGE_SIZE"]

HERE = Path(__file__).parent
SITE_NAMES = ("zj-zh", "zj-en", "gz-zh", "gz-en")
VARIANTS = {"zj-zh": ("jpaas", "jpage"), "zj-en": ("jpage",), "gz-zh": (None,), "gz-en": (None,)}
# The first four above, then the sites generated from data by CMS family (families/).
ALL_SITE_NAMES = SITE_NAMES + GENERATED_NAMES
ROBOTS = b"User-agent: *\nDisallow: /module/visitcount/\nDisallow: /manage/\n"
JPAAS_PATH = "/api-gateway/jpaas-publish-server/front/page/build/unit"
JPAGE_PROXY = "/module/jpage/dataproxy.jsp"
# The jpaas endpoint caps the page size it serves, so a crawl asking for 20 still pages.
JPAAS_MAX_PAGE_SIZE = 3

_env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                          keep_trailing_newline=True)


def _html(path: str, template: str, kind: str, truth: dict | None = None, charset: str = "utf-8",
          **context: Any) -> MirrorPage:
    text = _env.get_template(template).render(charset=charset, **context)
    # gb2312 pages on real portals hold GBK-only characters; gb18030 encodes them, the header lies.
    body = text.encode("gb18030" if charset.lower() in ("gb2312", "gbk") else charset)
    return MirrorPage(path, body, f"text/html; charset={charset}", truth=truth, kind=kind)


class MirrorSite:
    """One mirrored site; `variant` picks the list generation where a site has two (zj-zh)."""

    def __init__(self, name: str, variant: str | None = None):
        if name in GENERATED_NAMES:
            self._init_generated(name, variant)
            return
        if name not in SITE_NAMES:
            raise ValueError(f"no mirror for site {name!r}: mirrors exist for {', '.join(ALL_SITE_NAMES)}")
        self.generated = None
        variant = variant or VARIANTS[name][0]
        if variant not in VARIANTS[name]:
            raise ValueError(f"site {name} has no mirror variant {variant!r}")
        self.name, self.variant = name, variant
        self.config = get_site(name)
        self.data = json.loads((HERE / "data" / f"{name}.json").read_text(encoding="utf-8"))
        self._lock = threading.Lock()
        self._routes: dict[str, MirrorPage] | None = None
        self._list_entries: list[dict[str, Any]] = []

    def _init_generated(self, name: str, variant: str | None) -> None:
        if variant is not None:
            raise ValueError(f"site {name} has no mirror variant {variant!r}")
        self.name, self.variant, self.config = name, None, None
        self.generated = generated_site(name)
        self._lock = threading.Lock()
        self._routes = None

    # -- routes -----------------------------------------------------------------------------

    def routes(self) -> dict[str, MirrorPage]:
        with self._lock:
            if self._routes is None and self.generated is not None:
                self._routes = self.generated.routes()
            if self._routes is None:
                builder: Callable[[], list[MirrorPage]] = {
                    "zj-zh": self._hanweb, "zj-en": self._hanweb, "gz-zh": self._trs, "gz-en": self._chinadaily,
                }[self.name]
                pages = builder()
                pages.append(MirrorPage("/robots.txt", ROBOTS, "text/plain", kind="robots"))
                self._routes = {p.path: p for p in pages}
            return self._routes

    def pages(self) -> list[MirrorPage]:
        return list(self.routes().values())

    def respond(self, method: str, path: str, query: str, body: bytes) -> MirrorPage | None:
        """The page for one request, or None for a 404."""
        routes = self.routes()
        if self.generated is not None:
            return self.generated.respond(routes, method, path, query, body)
        if path == JPAGE_PROXY and self.name in ("zj-zh", "zj-en") and self.variant == "jpage":
            return self._dataproxy(parse_qs(query), parse_qs(body.decode("utf-8", "replace")))
        if path == JPAAS_PATH and self.variant == "jpaas":
            return self._jpaas(parse_qs(query))
        page = routes.get(path)
        if method not in ("GET", "HEAD") and page is not None and page.kind != "list":
            return MirrorPage(path, b"method not allowed", "text/plain", status=405)
        return page

    def _truth(self, path: str, a: dict[str, Any], paragraphs: list[str], source: str | None) -> dict[str, Any]:
        return {"url": self.config.base_url + path, "title": a["title"], "published_at": _iso(a["date"]),
                "source": source, "author": a.get("author"), "paragraphs": list(paragraphs)}

    def _sorted(self) -> list[dict[str, Any]]:
        return sorted(self.data["articles"], key=lambda a: a["date"], reverse=True)

    # -- Hanweb (zj-zh, zj-en) --------------------------------------------------------------

    def _hanweb_path(self, a: dict[str, Any]) -> str:
        column = self.data["column"]["id"]
        y, m, d = (int(x) for x in a["date"][:10].split("-"))
        if self.variant == "jpaas":
            digest = hashlib.md5(f"{column}-{a['id']}".encode()).hexdigest()
            return f"/col/col{column}/art/{y}/art_{digest}.html"
        return f"/art/{y}/{m}/{d}/art_{column}_{a['id']}.html"

    def _hanweb(self) -> list[MirrorPage]:
        c = self.data["column"]
        specials = self.data.get("specials", {})
        articles = self._sorted()
        template = "hanweb_article_en.html" if self.config.lang == "en" else "hanweb_article.html"
        pages: list[MirrorPage] = []
        entries: list[dict[str, Any]] = []
        for a in articles:
            path = self._hanweb_path(a)
            related = [{"path": self._hanweb_path(r), "title": r["title"], "date": r["date"]}
                       for r in articles if r is not a][:3]
            pages.append(_html(path, template, "article", self._truth(path, a, a["paragraphs"], a["source"]),
                               charset=a.get("charset", "UTF-8"), a=a, c=c, related=related,
                               canonical=self.config.base_url + path))
            entries.append({"href": path, "title": a["title"], "date": a["date"]})
        if "soft404" in specials:
            s = specials["soft404"]
            path = self._hanweb_path(s)
            pages.append(_html(path, "soft404.html", "soft404"))
            entries.append({"href": path, "title": s["title"], "date": s["date"]})
        entries.sort(key=lambda e: e["date"], reverse=True)
        if "offsite" in specials:
            entries.insert(1, dict(specials["offsite"]))
        if "duplicate_of" in specials:  # listed again on a later page
            target = next(a for a in articles if a["id"] == specials["duplicate_of"])
            dup = next(e for e in entries if e["href"] == self._hanweb_path(target))
            entries.insert(min(len(entries), 2 * c["perpage"]), dict(dup))
        if self.variant == "jpaas":
            # jpaas fragments link with the portal's absolute URLs; mix both forms as the portal does.
            for i, entry in enumerate(entries):
                if i % 2 and entry["href"].startswith("/"):
                    entry["href"] = self.config.base_url + entry["href"]
        self._list_entries = entries
        records = [self._record(e) for e in entries[: c["perpage"]]]
        if records:  # jcms leaves junk like this at the end of a record now and then
            records[-1] += "<li style=<br/>"
        column = _html(f"/col/col{c['id']}/index.html", "hanweb_column.html", "list", c=c, mode=self.variant,
                       records=records, total=len(entries), lang=self.config.lang)
        pages += [column, MirrorPage(f"/col/col{c['id']}/", column.body, column.content_type, kind="list")]
        return pages

    def _record(self, entry: dict[str, Any]) -> str:
        return _env.get_template("hanweb_record.html").render(e=entry).strip()

    def _dataproxy(self, query: dict[str, list[str]], form: dict[str, list[str]]) -> MirrorPage:
        c = self.data["column"]
        self.routes()
        first = lambda d, k, default="": (d.get(k) or [default])[0]  # noqa: E731
        if first(form, "columnid") != c["id"] or first(form, "webid") != c["webid"]:
            entries: list[dict[str, Any]] = []
        else:
            start = max(1, int(first(query, "startrecord", "1") or 1))
            end = int(first(query, "endrecord", str(start + c["perpage"] - 1)) or start)
            entries = self._list_entries[start - 1: end]
        total = len(self._list_entries) if entries else 0
        records = "".join(f"<record><![CDATA[\n{self._record(e)}\n]]></record>\n" for e in entries)
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<datastore>\n<totalrecord>{total}</totalrecord>\n'
               f"<recordset>\n{records}</recordset>\n</datastore>\n")
        return MirrorPage(JPAGE_PROXY, xml.encode("utf-8"), "text/xml; charset=UTF-8", kind="list")

    def _jpaas(self, query: dict[str, list[str]]) -> MirrorPage:
        c = self.data["column"]
        self.routes()
        first = lambda k: (query.get(k) or [""])[0]  # noqa: E731
        if first("webId") != c["webid"] or first("pageId") != c["id"]:
            answer: dict[str, Any] = {"success": False, "message": "栏目不存在", "data": None}
        else:
            try:
                params = json.loads(first("paramJson") or "{}")
            except ValueError:
                params = {}
            page_no = max(1, int(params.get("pageNo", 1)))
            size = min(JPAAS_MAX_PAGE_SIZE, max(1, int(params.get("pageSize", JPAAS_MAX_PAGE_SIZE))))
            chunk = self._list_entries[(page_no - 1) * size: page_no * size]
            html = "".join(
                f'<li><a href="{e["href"]}" title="{e["title"]}" target="_blank" class="news">{e["title"]}</a>'
                f'<span class="time">{e["date"][:10]}</span></li>' for e in chunk)
            answer = {"success": True, "code": 200, "data": {"html": html}}
        body = json.dumps(answer, ensure_ascii=False).encode("utf-8")
        return MirrorPage(JPAAS_PATH, body, "application/json;charset=UTF-8", kind="list")

    # -- TRS (gz-zh) ------------------------------------------------------------------------

    def _trs(self) -> list[MirrorPage]:
        c = self.data["column"]
        base = c["path"]
        specials = self.data.get("specials", {})
        articles = self._sorted()

        def stem(a: dict[str, Any]) -> tuple[str, str]:
            day = a["date"][:10].replace("-", "")
            return f"{day[:6]}/", f"t{day}_{a['id']}"

        pages: list[MirrorPage] = []
        entries: list[dict[str, Any]] = []
        for a in articles:
            folder, name = stem(a)
            path = f"{base}{folder}{name}.html"
            parts = a.get("pages") or [a["paragraphs"]]
            related = [{"href": f"../{stem(r)[0]}{stem(r)[1]}.html", "title": r["title"], "date": r["date"]}
                       for r in articles if r is not a][:3]
            truth = self._truth(path, a, [p for part in parts for p in part], a["source"])
            for index, paragraphs in enumerate(parts):
                page_path = path if index == 0 else f"{base}{folder}{name}_{index}.html"
                pages.append(_html(page_path, "trs_article.html", "article" if index == 0 else "article_page",
                                   truth if index == 0 else None, a={**a, "first": parts[0][0]}, c=c,
                                   paragraphs=paragraphs, page_count=len(parts), page_index=index, stem=name,
                                   related=related))
            entries.append({"href": f"./{folder}{name}.html", "title": a["title"], "date": a["date"]})
        if "missing" in specials:  # listed, but the page is gone: a 404
            folder, name = stem(specials["missing"])
            entries.append({"href": f"./{folder}{name}.html", "title": specials["missing"]["title"],
                            "date": specials["missing"]["date"]})
        entries.sort(key=lambda e: e["date"], reverse=True)
        if "offsite" in specials:
            entries.insert(2, dict(specials["offsite"]))
        per_page = c["per_page"]
        count = max(1, math.ceil(len(entries) / per_page))
        for index in range(count):
            chunk = entries[index * per_page: (index + 1) * per_page]
            path = f"{base}index.html" if index == 0 else f"{base}index_{index}.html"
            pages.append(_html(path, "trs_list.html", "list", c=c, entries=chunk, count=count, index=index))
        pages.append(MirrorPage(base, pages[-count].body, kind="list"))
        return pages

    # -- China Daily (gz-en) ----------------------------------------------------------------

    def _chinadaily(self) -> list[MirrorPage]:
        articles = self._sorted()
        host = "//" + (self.config.hosts[0] if self.config.hosts else "guizhou.chinadaily.com.cn")
        pages: list[MirrorPage] = []
        entries: list[dict[str, Any]] = []
        for a in articles:
            path = f"/{a['day']}/content_{a['id']}.htm"
            related = [{"href": f"{host}/{r['day']}/content_{r['id']}.htm", "title": r["title"], "date": r["date"]}
                       for r in articles if r is not a][:2]
            pages.append(_html(path, "cd_article.html", "article",
                               self._truth(path, a, a["paragraphs"], "China Daily"), a=a, related=related))
            entries.append({"href": f"{host}{path}", "title": a["title"], "date": a["date"],
                            "first": a["paragraphs"][0]})
        per_page = self.data["per_page"]
        count = max(1, math.ceil(len(entries) / per_page))
        for n in range(1, count + 1):
            chunk = entries[(n - 1) * per_page: n * per_page]
            path = "/news.html" if n == 1 else f"/news_{n}.html"
            pages.append(_html(path, "cd_list.html", "list", entries=chunk, count=count, current=n))
        return pages
