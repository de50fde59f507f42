"""Atom feeds (RFC 4287) of the newest articles, for a feed reader: built with feedgen.

    /feeds/all.atom                every site
    /feeds/site/{site}.atom        one site (`zj-zh`)
    /feeds/province/{code}.atom    every site of a province (ISO 3166-2:CN code: `zj`)
    /feeds/search.atom?q=QUERY     what `provnews search QUERY` finds (the same query language)

A site or province feed takes `?q=QUERY` too.

Newest first (by publication date), `FEED_LIMIT` entries unless `?limit=N`. Each entry:

* title: the English title where there is one, marked `[official]` (the official English
  edition's, through a pair) or `[machine]` (the machine translation); else the Chinese title.
  An English-edition article keeps its own title;
* content (HTML): the province and site, then the Chinese title and first paragraph, then the
  English title and first paragraph, each marked as above;
* links: `alternate` the original article on the portal, `related` its review page;
* published: the page's own date (`+08:00`, Asia/Shanghai; a bare date as its midnight), else
  when provnews first archived it; updated: when the current version was fetched, once the
  article has changed since (a revision), else the published time;
* id: a tag: URI made from the canonical URL only (`tag:HOST,2026:/PATH?QUERY`), so the same
  article keeps its id in every run and every archive;
* categories: the site, the province (`zj`, labelled "Zhejiang 浙江") and the language.

`provnews export --format atom` writes the same feed (`build_feed`) into a file.
"""

from __future__ import annotations

import datetime as dt
import html
import urllib.parse
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from archive.feeds import FEED_LIMIT, MAX_FEED_LIMIT, feed_entries
from crawler.provinces import PROVINCES, province_of

__all__ = ["FEED_LIMIT", "FeedSpec", "build_feed", "entry_id", "feed_bytes", "routes", "feed_spec", "entry_title"]

_SHANGHAI = dt.timezone(dt.timedelta(hours=8))
# The date of every entry's tag: URI (RFC 4151): fixed, so ids never change.
_TAG_DATE = "2026"
_CATEGORY_SCHEME = "urn:provnews:"


def entry_id(url: str) -> str:
    """The entry's id: a tag: URI of the canonical URL alone (stable across runs and archives)."""
    parts = urllib.parse.urlsplit(url)
    specific = parts.path or "/"
    if parts.query:
        specific += "?" + parts.query
    return f"tag:{parts.hostname or 'unknown'},{_TAG_DATE}:{specific}"


def _when(value: str | None) -> dt.datetime | None:
    """An archive timestamp as an aware datetime: a bare date (or month, year) of a page is its
    first moment in the page's time zone (Asia/Shanghai); a time without a zone is UTC."""
    if not value:
        return None
    text = value.strip()
    if len(text) == 4:
        text += "-01-01"
    elif len(text) == 7:
        text += "-01"
    try:
        if len(text) == 10:
            return dt.datetime.fromisoformat(text).replace(tzinfo=_SHANGHAI)
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _published(entry: dict) -> dt.datetime:
    return _when(entry["published_at"]) or _when(entry["first_seen_at"]) or dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _updated(entry: dict) -> dt.datetime:
    """The published time, or when a revision was fetched (whichever is later) once it changed."""
    first = _published(entry)
    if entry["version"] > 1:
        changed = _when(entry["changed_at"])
        if changed is not None and changed > first:
            return changed
    return first


def _marked(english: dict) -> str:
    return f"[{english['kind']}] {english['title']}"


def entry_title(entry: dict) -> str:
    if entry["lang"] == "en":
        return entry["title"]
    if entry["en"] and entry["en"]["title"]:
        return _marked(entry["en"])
    return entry["title"]


def _content(entry: dict) -> str:
    province = province_of(entry["site"])
    place = f"{province.label()} · " if province else ""
    lines = [f"<p>{html.escape(place + entry['site'])}</p>"]
    zh, en = entry["zh"], entry["en"]
    if zh:
        lines.append(f'<p lang="zh"><strong>{html.escape(zh["title"] or "")}</strong></p>')
        if zh["paragraph"]:
            lines.append(f'<p lang="zh">{html.escape(zh["paragraph"])}</p>')
    if en:
        mark = f"[{en['kind']}] " if entry["lang"] == "zh" else ""
        lines.append(f'<p lang="en"><strong>{html.escape(mark + (en["title"] or ""))}</strong></p>')
        if en["paragraph"]:
            lines.append(f'<p lang="en">{html.escape(mark + en["paragraph"])}</p>')
    elif entry["lang"] == "zh":
        lines.append('<p lang="en"><em>Not translated yet.</em></p>')
    return "\n".join(lines)


class FeedSpec:
    """Which articles a feed holds, and its id and title."""

    def __init__(self, key: str, title: str, *, sites: Sequence[str] | None = None, query: str | None = None):
        self.key = key  # e.g. "all", "site/zj-zh", "province/zj", "search?q=…"
        self.title = title
        self.sites = list(sites) if sites is not None else None
        self.query = query

    @property
    def id(self) -> str:
        return f"urn:provnews:feed:{self.key}"


def feed_spec(*, site: str | None = None, province: str | None = None, query: str | None = None,
              archive_sites: Sequence[str] = ()) -> FeedSpec:
    """The feed of one site, one province (its sites among `archive_sites` and the configured
    ones), a search, or everything. The caller checks the names. A query narrowing a site or
    province feed is part of its id and title: a different feed."""
    spec = _place_spec(site=site, province=province, query=query, archive_sites=archive_sites)
    if query is not None and (site is not None or province is not None):
        spec.key += f"?q={urllib.parse.quote(query)}"
        spec.title += f": search {query}"
    return spec


def _place_spec(*, site: str | None, province: str | None, query: str | None,
                archive_sites: Sequence[str]) -> FeedSpec:
    if province is not None:
        code = province.lower()
        place = PROVINCES[code]
        from crawler.siteconfig import load_sites

        names = sorted({*load_sites(), *archive_sites})
        return FeedSpec(f"province/{code}", f"provnews: {place.label()} ({code})",
                        sites=[n for n in names if n.split("-")[0] == code], query=query)
    if site is not None:
        place = province_of(site)
        label = f" ({place.label()})" if place else ""
        return FeedSpec(f"site/{site}", f"provnews: {site}{label}", sites=[site], query=query)
    if query is not None:
        return FeedSpec(f"search?q={urllib.parse.quote(query)}", f"provnews: search {query}", query=query)
    return FeedSpec("all", "provnews: every site")


def build_feed(entries: list[dict], spec: FeedSpec, *, review_base: str, self_url: str | None = None) -> bytes:
    """The Atom document of `entries` (from `archive.feeds.feed_entries`, newest first)."""
    from feedgen.feed import FeedGenerator

    review_base = review_base.rstrip("/")
    fg = FeedGenerator()
    fg.id(spec.id)
    fg.title(spec.title)
    fg.author({"name": "provnews"})
    fg.subtitle("Newest articles of China's provincial government portals, with their English"
                " (official where published, else machine-translated)")
    fg.link(href=review_base + "/", rel="alternate")
    if self_url:
        fg.link(href=self_url, rel="self")
    fg.updated(max((_updated(e) for e in entries), default=dt.datetime(1970, 1, 1, tzinfo=dt.UTC)))
    for entry in entries:
        fe = fg.add_entry(order="append")
        fe.id(entry_id(entry["url"]))
        fe.title(entry_title(entry))
        fe.link(href=entry["url"], rel="alternate")
        fe.link(href=f"{review_base}/articles/{entry['id']}", rel="related", title="Review in provnews")
        fe.published(_published(entry))
        fe.updated(_updated(entry))
        fe.content(_content(entry), type="html")
        if entry["source"]:
            fe.author({"name": entry["source"]})
        fe.category(term=entry["site"], scheme=_CATEGORY_SCHEME + "site", label=entry["site"])
        province = province_of(entry["site"])
        if province is not None:
            fe.category(term=province.code, scheme=_CATEGORY_SCHEME + "province", label=province.label())
        fe.category(term=entry["lang"], scheme=_CATEGORY_SCHEME + "lang",
                    label={"zh": "Chinese", "en": "English"}.get(entry["lang"], entry["lang"]))
    return _with_link_relations(fg.atom_str(pretty=True), [
        [("alternate", None), ("related", "Review in provnews")] for _ in entries])


def _with_link_relations(document: bytes, relations: list[list[tuple[str, str | None]]]) -> bytes:
    """feedgen 1.0.0 writes an entry's links without their rel and title (its `atom_entry` reads
    them from the element it has just made, not from the link given), and a link without rel is
    an alternate one: set them on each entry's links, in the order they were given."""
    from lxml import etree

    root = etree.fromstring(document)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for entry, wanted in zip(root.iterfind("a:entry", ns), relations, strict=True):
        for element, (rel, title) in zip(entry.iterfind("a:link", ns), wanted, strict=True):
            element.set("rel", rel)
            if title:
                element.set("title", title)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def feed_bytes(db: sqlite_utils.Database, spec: FeedSpec, *, review_base: str, limit: int = FEED_LIMIT,
               self_url: str | None = None) -> bytes:
    """Read the feed's entries and build it (raises archive.search.SearchError for a bad query)."""
    entries = feed_entries(db, sites=spec.sites, query=spec.query, limit=limit)
    return build_feed(entries, spec, review_base=review_base, self_url=self_url)


# -- the routes of `provnews serve` ------------------------------------------------------------

_ATOM = "application/atom+xml; charset=utf-8"


def routes(ui: Any) -> list:
    """The feed routes over the review UI's archive (`ui.archive.run` runs a read on a connection
    of its own)."""
    from starlette.exceptions import HTTPException
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    def limit_of(request: Request) -> int:
        value = request.query_params.get("limit", str(FEED_LIMIT))
        try:
            limit = int(value)
        except ValueError:
            limit = 0
        if not 0 < limit <= MAX_FEED_LIMIT:
            raise HTTPException(400, f"limit must be a number from 1 to {MAX_FEED_LIMIT}, not {value!r}")
        return limit

    async def serve(request: Request, **choice: str) -> Response:
        limit = limit_of(request)
        base = str(request.base_url).rstrip("/")

        def read(db: sqlite_utils.Database) -> bytes:
            from archive.review import sites as archive_sites
            from crawler.siteconfig import load_sites

            known = archive_sites(db)
            if "site" in choice and choice["site"] not in known and choice["site"] not in load_sites():
                raise HTTPException(404, f"no site {choice['site']!r}: the sites are listed by `provnews sites`")
            if "province" in choice and choice["province"].lower() not in PROVINCES:
                raise HTTPException(404, f"no province {choice['province']!r}: use an ISO 3166-2:CN code"
                                         f" such as zj ({', '.join(sorted(PROVINCES))})")
            spec = feed_spec(archive_sites=known, **choice)
            return feed_bytes(db, spec, review_base=base, limit=limit, self_url=str(request.url))

        return Response(await ui.archive.run(read), media_type=_ATOM)

    async def everything(request: Request) -> Response:
        return await serve(request)

    def narrowed(request: Request) -> dict[str, str]:
        query = request.query_params.get("q", "").strip()
        return {"query": query} if query else {}

    async def site(request: Request) -> Response:
        return await serve(request, site=request.path_params["site"], **narrowed(request))

    async def province(request: Request) -> Response:
        return await serve(request, province=request.path_params["code"], **narrowed(request))

    async def search(request: Request) -> Response:
        query = request.query_params.get("q", "").strip()
        if not query:
            raise HTTPException(400, "a search feed needs a query: /feeds/search.atom?q=乡村振兴")
        return await serve(request, query=query)

    return [
        Route("/feeds/all.atom", everything),
        Route("/feeds/site/{site}.atom", site),
        Route("/feeds/province/{code}.atom", province),
        Route("/feeds/search.atom", search),
    ]
