"""What every generated mirror shares: articles from a data row, list entries with the portals'
quirks, article bodies with their truth, rendering in the page's charset.

A family subclass says where an article lives (`path`), how a list links it (`href`), and which
pages and list endpoints its CMS serves (`build`, `dynamic`); the rest is here so that the
families differ only where the CMSs do.
"""

from __future__ import annotations

import hashlib
import json
import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import jinja2
from markupsafe import Markup

from ..page import MirrorPage, iso_date

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
ROBOTS = b"User-agent: *\nDisallow: /manage/\nDisallow: /module/visitcount/\n"
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True)


def tag(spec: str, close: bool = False) -> Markup:
    """'div#zoom.TRS_Editor.view' (or nested: 'div.a>h1') -> the opening (or closing) tags: the
    data rows name elements the way the sources' selectors do."""
    if ">" in spec:
        parts = spec.split(">")
        return Markup("").join(tag(p, close) for p in (reversed(parts) if close else parts))
    name, _, rest = spec.partition(".")
    name, _, ident = name.partition("#")
    if close:
        return Markup(f"</{name or 'div'}>")
    attrs = (f' id="{ident}"' if ident else "") + (f' class="{rest.replace(".", " ")}"' if rest else "")
    return Markup(f"<{name or 'div'}{attrs}>")


_env.globals["tag"] = tag

# Filler sentences for the later paragraphs, so each article reads like the portal's prose; the
# lead paragraph and the title of every article are written per site in the data file.
_BANK = {
    "zh": [
        "会议强调，要坚持稳中求进工作总基调，推动{p}经济社会高质量发展迈出新步伐。",
        "据介绍，相关部门将加强统筹协调，细化任务清单，确保各项举措按期落地见效。",
        "下一步，{p}将进一步完善工作机制，持续提升企业和群众的获得感、满意度。",
        "与会人员表示，将认真抓好贯彻落实，以实干实绩推动各项工作取得新成效。",
        "活动期间还举办了专题推介和项目签约，现场签约项目总投资超过一百亿元。",
        "记者了解到，今年以来{p}已累计开展相关工作二百余次，覆盖全部市县。",
        "有关负责人表示，将聚焦群众急难愁盼问题，推出更多务实管用的便民举措。",
    ],
    "en": [
        "Officials said the measures would be carried out in stages, with progress reviewed every quarter.",
        "Since the start of the year, {p} has held more than 200 such events across its cities and counties.",
        "The provincial authorities pledged to improve services for businesses and residents alike.",
        "Participants agreed to deepen cooperation and turn the signed agreements into concrete projects.",
        "Local departments will set out detailed task lists to make sure every measure takes effect on time.",
        "Experts at the meeting said the plan would help {p} attract more investment and talent.",
        "More than 50 projects worth over 10 billion yuan were signed on the sidelines of the event.",
    ],
}
_TEXT = {
    "zh": {"home": "首页", "print": "【打印本页】", "close": "【关闭窗口】", "share": "分享到：", "related": "相关新闻",
           "next": "下一页", "prev": "上一页", "date": "发布时间：", "source": "来源：", "pinned": "[置顶]",
           "missing": "关于做好今冬明春安全生产工作的通知", "soft404": "省政府召开专题会议研究重点项目建设",
           "offsite": "新华社：全国冬季农业生产有序推进", "table_head": ["指标", "数值", "同比增长"],
           "table": [["地区生产总值", "1.26万亿元", "5.4%"], ["规模以上工业增加值", "4210亿元", "6.1%"]],
           "caption": "图为活动现场。（记者 王磊 摄）"},
    "en": {"home": "Home", "print": "[Print]", "close": "[Close]", "share": "Share:", "related": "Related news",
           "next": "Next", "prev": "Previous", "date": "Date: ", "source": "Source: ", "pinned": "[Top]",
           "missing": "Notice on winter work safety", "soft404": "Provincial meeting discusses key projects",
           "offsite": "Xinhua: Winter farming proceeds across China", "table_head": ["Indicator", "Value", "Growth"],
           "table": [["GDP", "1.26 trillion yuan", "5.4%"], ["Industrial output", "421 billion yuan", "6.1%"]],
           "caption": "Visitors at the exhibition hall. [Photo provided to China Daily]"},
}
OFFSITE = {"zh": "http://www.news.cn/politics/20261119/c3f2a1b0e9d84c7a9b6f5e4d3c2b1a09/c.html",
           "en": "https://www.chinadaily.com.cn/a/202611/19/WS6731a2b4a310f1265a1c0d2e.html"}


@dataclass
class Art:
    """One article (or one of the two broken entries: kind 'missing' or 'soft404')."""

    id: str
    date: str  # "YYYY-MM-DD HH:MM" in China time
    source: str
    title: str
    paragraphs: list[str]
    extra: str | None = None  # "table" | "caption": where the real pages hold one
    kind: str = "article"
    hexid: str = ""
    path: str = ""

    @property
    def ymd(self) -> tuple[str, str, str]:
        return self.date[0:4], self.date[5:7], self.date[8:10]


def render(template: str, charset: str = "utf-8", **context: Any) -> bytes:
    text = _env.get_template(template).render(charset=charset, **context)
    return text.encode("gb18030" if charset.lower() in ("gb2312", "gbk", "gb18030") else charset)


def first(values: dict[str, list[str]], key: str, default: str = "") -> str:
    return (values.get(key) or [default])[0]


class FamilySite:
    """A mirror built from one data row; subclasses set `family` and implement the CMS."""

    family = ""

    def __init__(self, name: str, row: dict[str, Any]):
        self.name, self.row = name, row
        self.host: str = row["host"]
        self.base_url = f"https://{self.host}"
        self.lang: str = "en" if name.endswith("-en") else "zh"
        self.charset: str = row.get("charset", "utf-8")
        self.quirks: set[str] = set(row.get("quirks", []))
        self.per_page: int = row.get("per_page", 2)
        self.t = _TEXT[self.lang]
        self.articles = self._articles()
        self.broken = {kind: self._broken(kind, i) for i, kind in enumerate(("missing", "soft404"))
                       if kind in self.quirks}
        for art in [*self.articles, *self.broken.values()]:
            art.path = self.path(art)

    # -- data -------------------------------------------------------------------------------

    def _digits(self, salt: str, n: int) -> str:
        return str(zlib.crc32(f"{self.name}/{salt}".encode()) % 10 ** n).zfill(n)

    def _hex(self, salt: str) -> str:
        return hashlib.md5(f"{self.name}/{salt}".encode()).hexdigest()

    def _articles(self) -> list[Art]:
        bank = _BANK[self.lang]
        arts = []
        for i, (date, source, title, lead) in enumerate(self.row["articles"]):
            fill = [bank[(i * 2 + k + len(self.name)) % len(bank)].format(p=self.row["province"]) for k in (0, 1)]
            extra = ("table" if i == 1 and "table" in self.quirks else
                     "caption" if i == 2 and "caption" in self.quirks else None)
            arts.append(Art(self._digits(f"a{i}", self.row.get("id_digits", 8)), date, source, title,
                            [lead, *fill], extra, hexid=self._hex(f"a{i}")))
        arts.sort(key=lambda a: a.date, reverse=True)
        return arts

    def _broken(self, kind: str, index: int) -> Art:
        date = self.articles[min(1, len(self.articles) - 1)].date
        return Art(self._digits(kind, self.row.get("id_digits", 8)), date, "", self.t[kind], [], kind=kind,
                   hexid=self._hex(kind))

    def body(self, art: Art) -> tuple[Markup, list[str]]:
        """The body's HTML and the paragraphs a perfect extraction reads from it."""
        html: list[Markup] = []
        truth: list[str] = []
        for i, text in enumerate(art.paragraphs):
            html.append(Markup('<p style="text-indent: 2em;">{}</p>').format(text))
            truth.append(text)
            if i == 0 and art.extra == "table":
                rows = [self.t["table_head"], *self.t["table"]]
                cells = Markup("").join(Markup("<tr>{}</tr>").format(Markup("").join(
                    Markup("<td>{}</td>").format(c) for c in row)) for row in rows)
                html.append(Markup('<table border="1" cellspacing="0" cellpadding="0" style="width: 90%;">'
                                   '<tbody>{}</tbody></table>').format(cells))
                truth += ["\t".join(row) for row in rows]
            if i == 0 and art.extra == "caption":
                html.append(Markup('<p style="text-align: center;"><img src="/images/{}.jpg" alt=""></p>'
                                   '<p style="text-align: center;">{}</p>').format(art.hexid[:12], self.t["caption"]))
                truth.append(self.t["caption"])
        return Markup("\n").join(html), truth

    def truth(self, art: Art) -> dict[str, Any]:
        return {"url": self.base_url + art.path, "title": art.title, "published_at": iso_date(art.date),
                "source": art.source, "author": None, "paragraphs": self.body(art)[1]}

    # -- what a family says -----------------------------------------------------------------

    def path(self, art: Art) -> str:
        raise NotImplementedError

    def href(self, art: Art, list_path: str) -> str:
        """How a list page at `list_path` links the article (default: the root-relative path)."""
        return art.path

    def variant_path(self, art: Art) -> str:
        """The `_wap`/`_app`/`_slb` copy of an article page (the row's `variant`)."""
        stem, dot, ext = art.path.rpartition(".")
        return f"{stem}{self.row['variant']}.{ext}"

    def build(self) -> list[MirrorPage]:
        raise NotImplementedError

    def dynamic(self, method: str, path: str, query: dict[str, list[str]], form: dict[str, list[str]]
                ) -> MirrorPage | None:
        return None

    # -- shared building blocks -------------------------------------------------------------

    def entries(self, link: Callable[[Art], str]) -> list[dict[str, Any]]:
        """The column's list entries, newest first, with the quirks of the row.

        pinned: the oldest article also heads the list (through its `variant` URL when the row
        has one); offsite: a repost from a news agency; missing/soft404: entries whose page is
        gone (a 404) or answers 200 with "page not found"."""
        items = [{"href": link(a), "title": a.title, "date": a.date, "art": a} for a in self.articles]
        for position, kind in ((2, "missing"), (3, "soft404")):
            if kind in self.broken:
                art = self.broken[kind]
                items.insert(min(position, len(items)), {"href": link(art), "title": art.title, "date": art.date,
                                                         "art": art})
        if "offsite" in self.quirks:
            items.insert(1, {"href": OFFSITE[self.lang], "title": self.t["offsite"], "date": self.articles[0].date,
                             "art": None})
        if "pinned" in self.quirks:
            oldest = self.articles[-1]
            href = link(oldest)
            if self.row.get("variant"):
                href = href.replace(oldest.path.rpartition("/")[2], self.variant_path(oldest).rpartition("/")[2])
            items.insert(0, {"href": href, "title": oldest.title, "date": oldest.date, "art": oldest,
                             "pinned": True})
        return items

    def numbered(self, index: int, second: int, ext: str = "html") -> str:
        """List page `index` (0-based) of the row's column: index.EXT, then index_{second}.EXT, …"""
        return f"{self.row['column']}index.{ext}" if index == 0 else f"{self.row['column']}index_{index - 1 + second}.{ext}"

    def chunks(self, items: list[Any], size: int | None = None) -> list[list[Any]]:
        size = size or self.per_page
        return [items[i:i + size] for i in range(0, len(items), size)] or [[]]

    def page_count(self, items: list[Any], size: int | None = None) -> int:
        return max(1, math.ceil(len(items) / (size or self.per_page)))

    def related(self, art: Art) -> list[Art]:
        return [a for a in self.articles if a is not art][:3]

    def html(self, path: str, template: str, kind: str = "page", truth: dict | None = None,
             charset: str | None = None, **context: Any) -> MirrorPage:
        charset = charset or self.charset
        body = render(template, charset, s=self, t=self.t, row=self.row, **context)
        return MirrorPage(path, body, f"text/html; charset={charset}", truth=truth, kind=kind)

    def json(self, path: str, data: Any, kind: str = "list") -> MirrorPage:
        return MirrorPage(path, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                          "application/json;charset=UTF-8", kind=kind)

    def article_pages(self, template: str, **context: Any) -> list[MirrorPage]:
        """Every article page (and its variant copy), the soft 404, in the family's template."""
        pages = []
        for art in self.articles:
            body, _ = self.body(art)
            page = self.html(art.path, template, "article", self.truth(art), a=art, body=body,
                             related=self.related(art), **context)
            pages.append(page)
            if self.row.get("variant") and art is self.articles[-1]:
                pages.append(MirrorPage(self.variant_path(art), page.body, page.content_type, kind="article_page"))
        if "soft404" in self.broken:
            pages.append(self.html(self.broken["soft404"].path, "soft404.html", "soft404", charset="utf-8"))
        return pages

    # -- the MirrorSite interface -----------------------------------------------------------

    def routes(self) -> dict[str, MirrorPage]:
        pages = self.build()
        pages.append(MirrorPage("/robots.txt", ROBOTS, "text/plain", kind="robots"))
        return {p.path: p for p in pages}

    def respond(self, routes: dict[str, MirrorPage], method: str, path: str, query: str, body: bytes
                ) -> MirrorPage | None:
        form = parse_qs(body.decode("utf-8", "replace")) if body else {}
        answer = self.dynamic(method, path, parse_qs(query), form)
        if answer is not None:
            return answer
        return routes.get(path)


def pager_html(index: int, count: int, url_of: Callable[[int], str], t: dict[str, Any], cls: str = "page",
               next_text: str | None = None, style: str = "numbers") -> Markup:
    """The pager under a list (index 0-based): numbered links with prev/next, or Sichuan's
    `#page_div .arrow a` next link, or only a next link."""
    next_text = next_text or t["next"]
    has_next = index + 1 < count
    if style == "arrow":
        prev = Markup('<span class="arrow"><a href="{}">上页</a></span>').format(url_of(index - 1)) if index else ""
        nxt = Markup('<span class="arrow"><a href="{}">{}</a></span>').format(url_of(index + 1), next_text) \
            if has_next else Markup('<span class="arrow disabled">{}</span>').format(next_text)
        return Markup('<div id="page_div">{}<span class="current">{}/{}</span>{}</div>').format(
            prev, index + 1, count, nxt)
    parts: list[Markup] = []
    if index:
        parts.append(Markup('<a href="{}">{}</a>').format(url_of(index - 1), t["prev"]))
    if style == "numbers":
        for n in range(count):
            parts.append(Markup('<span class="current">{}</span>').format(n + 1) if n == index else
                         Markup('<a href="{}">{}</a>').format(url_of(n), n + 1))
    if has_next:
        parts.append(Markup('<a href="{}" class="next">{}</a>').format(url_of(index + 1), next_text))
    else:
        parts.append(Markup('<span class="disabled">{}</span>').format(next_text))
    return Markup('<div class="{}">{}</div>').format(cls, Markup(" ").join(parts))


def paged(site: FamilySite, entries: list[dict[str, Any]], path_of: Callable[[int], str], link_of: Callable[[int], str],
          template: str = "fam_list.html", **pager: Any) -> list[MirrorPage]:
    """List pages path_of(0), path_of(1), ... of `site.per_page` entries, each with a pager
    whose links are link_of(n) (as the page writes them: relative, absolute, ...)."""
    chunks = site.chunks(entries)
    return [site.html(path_of(i), template, "list", entries=chunk,
                      pager=pager_html(i, len(chunks), link_of, site.t, **pager)) for i, chunk in enumerate(chunks)]
