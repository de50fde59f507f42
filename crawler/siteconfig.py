"""Sites as data: load and validate `crawler/sites/*.toml`, and map URLs between a site and its mirror.

A province is one TOML file. Validation is strict (unknown keys are errors) so that a typo in a
user's file fails at start with the field named, instead of silently crawling with a default.

URLs live in two worlds: the *canonical* world (the real portal, what the archive stores) and the
*fetch* world (the real portal, or a mirror/proxy given by `--base-url`). `SiteConfig.fetch_url`
goes one way and `SiteConfig.canonical_url` the other; only paths are kept across.
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import cached_property
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

__all__ = [
    "SiteConfig", "SiteConfigError", "PaginationConfig", "ApiConfig", "ExtractRules", "ListRules",
    "HealthThresholds",
    "load_sites", "get_site", "site_dirs",
    "BUILTIN_DIR", "SITES_DIR_ENV", "load_site_file",
]

BUILTIN_DIR = Path(__file__).parent / "sites"
SITES_DIR_ENV = "PROVNEWS_SITES_DIR"


class SiteConfigError(Exception):
    """A site file that cannot be used, or a site name that does not exist."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExtractRules(_Strict):
    """Site rules the extractor tries before the CMS conventions (CSS selectors; meta -> content)."""

    title: list[str] = []
    date: list[str] = []
    source: list[str] = []
    author: list[str] = []
    body: list[str] = []
    drop: list[str] = []
    title_suffixes: list[str] = []


class ListRules(_Strict):
    """How to read entries from a list page (or a list fragment: jpage record, jpaas html)."""

    # Each selector matches <a> elements; the first selector that matches anything wins.
    items: list[str] = []
    # Selectors for the date, tried inside the entry's <li>/<div> (text like "2026-11-20").
    date: list[str] = ["span", "b", ".time", ".date"]
    # Also take any on-site link whose path matches an article pattern when no selector matched.
    generic_fallback: bool = True
    # Where no link of a static list page matches the article patterns (the portal changed its URL
    # forms), take the list's entries by its structure and say so in the site's health.
    by_structure: bool = True
    # Attributes that may hold an entry's link, in order: `onclick="jumpToDetail('./…')"` and
    # `data-href` lists hide it in script; a quoted path is taken out of a script attribute.
    link_attrs: list[str] = ["href", "onclick", "data-href", "data-url", "url"]


class ApiConfig(_Strict):
    """A list API (JSON) or an AJAX list fragment (HTML), requested page by page.

    Strings of `url`, `params` and `form` are templates: `{n}` the page number, `{perpage}`,
    `{start}`/`{end}` the 1-based record range, and `{NAME}` any value of `vars` (hints) or of
    `page_vars` (a regular expression whose first group is read from the column page; it wins).
    """

    url: str  # path or URL, e.g. "/fjdzapp/search" or "/columns/{col}/templates/{tpl}/blocks/{blk}"
    method: Literal["GET", "POST"] = "GET"
    params: dict[str, str] = {}  # query string
    form: dict[str, str] = {}  # POST form body
    headers: dict[str, str] = {}
    vars: dict[str, str] = {}
    page_vars: dict[str, str] = {}
    first_page: int = 1  # n of the first API request
    # Send every parameter the column page's own list call sends (its URL query or `data: {…}`),
    # not only the configured ones (Anhui's label takes a dozen the site file need not list).
    send_page_params: bool = False
    # JSON answers: dotted paths (`page.content`, `data`); unset = found by looking.
    items: str | None = None
    url_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    total_field: str | None = None  # total records (or use pages_field)
    pages_field: str | None = None  # total pages
    html_field: str | None = None  # fragment answers wrapped in JSON: the HTML string's path

    @field_validator("page_vars")
    @classmethod
    def _page_var_regexes(cls, value: dict[str, str]) -> dict[str, str]:
        for name, pattern in value.items():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression for {name!r}: {exc}") from None
        return value


# The fields each pagination kind reads besides `kind`, `max_list_pages` and
# `article_page_template`: a field of another kind would be silently ignored, so it is an error.
_STATIC_WALK = ("page_template", "first_numbered", "next_selector", "next_labels", "guess_next")
_KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "hanweb": ("webid", "columnid", "unitid", "perpage", "proxy_path", "webname", "form", "jpage_method",
               "jpaas_path", *_STATIC_WALK),  # a column without jpage or jpaas is walked like numbered
    "trs_index": _STATIC_WALK,
    "numbered": _STATIC_WALK,
    "json_api": ("api", "perpage", *_STATIC_WALK),  # a TRS column with static pages walks those
    "fragment": ("api", "perpage"),
    "rss": (),
}


class PaginationConfig(_Strict):
    """The list-pagination kind and its parameters; for Hanweb these are hints the page overrides.

    Each field but `kind`, `max_list_pages` and `article_page_template` belongs to some kinds
    (`_KIND_FIELDS`); setting it for another kind fails at load, naming the field and the kind.
    """

    kind: Literal["hanweb", "trs_index", "numbered", "json_api", "fragment", "rss"]
    # hanweb (jpage and jpaas)
    webid: str | None = None
    columnid: str | None = None
    unitid: str | None = None
    perpage: int = Field(default=20, ge=1, le=500)
    proxy_path: str = "/module/jpage/dataproxy.jsp"
    webname: str | None = None
    form: dict[str, str] = {}  # extra/overriding dataproxy form fields
    # jpage paging: POST startrecord/endrecord/perpage (most sites) or GET page=N with the form as query.
    jpage_method: Literal["POST", "GET"] = "POST"
    jpaas_path: str = "/api-gateway/jpaas-publish-server/front/page/build/unit"
    # trs_index: index.html, index_1.html, ... ; numbered: news.html, news_2.html, ...
    page_template: str | None = None  # e.g. "index_{n}.html" / "news_{n}.html" (relative to start URL)
    first_numbered: int | None = None  # n of the second list page (TRS: 1, China Daily: 2)
    # The pager's "next" link, where no page count is written: a CSS selector and link labels.
    next_selector: str | None = None
    next_labels: list[str] = [">", "›", "»", ">>", "next", "next page", "下一页", "下页", "下页 >", "下一页 >"]
    # Guess the next numbered page when the page has neither a count nor a pager (a 404 ends it);
    # unset: numbered and json_api/fragment guess, trs_index and hanweb do not.
    guess_next: bool | None = None
    # json_api and fragment: the request template and the answer's fields.
    api: ApiConfig | None = None
    max_list_pages: int = Field(default=500, ge=1)  # a safety bound against a runaway pager
    article_page_template: str = "{stem}_{n}{ext}"  # further pages of a multi-page article

    @field_validator(*sorted({f for fields in _KIND_FIELDS.values() for f in fields}))
    @classmethod
    def _belongs_to_kind(cls, value: object, info: ValidationInfo) -> object:
        kind = info.data.get("kind")  # absent when `kind` itself is wrong: that error is reported
        if kind is not None and info.field_name not in _KIND_FIELDS[kind]:
            owners = ", ".join(k for k, fields in _KIND_FIELDS.items() if info.field_name in fields)
            raise PydanticCustomError("field_of_another_kind",
                                      "not a field of pagination kind '{kind}' (only of {owners})",
                                      {"kind": kind, "owners": owners})
        return value


class HealthThresholds(_Strict):
    """When a run's health raises an alarm (`provnews.health`); a site file may set any in `[health]`."""

    history_runs: int = Field(default=10, ge=1)  # compared against this many of the site's last healthy runs
    min_pages: int = Field(default=3, ge=1)  # fewer extracted pages than this: no rule or length alarm
    rule_share_drop: float = Field(default=0.5, gt=0, le=1)  # site rule share below this part of its usual
    body_drop: float = Field(default=0.5, gt=0, lt=1)  # median body length below this part of its usual
    blocked_share: float = Field(default=0.5, gt=0, le=1)  # share of requests failed or refused (403/412)
    failure_rise: float = Field(default=0.3, gt=0, le=1)  # failure share this much above its usual
    min_requests: int = Field(default=4, ge=1)  # fewer article requests than this: no failure-share alarm
    gap_factor: float = Field(default=3.0, ge=1)  # no new article for this many times the usual gap
    min_gap_hours: float = Field(default=48.0, ge=0)  # ... and never less than this


class SiteConfig(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    title: str
    lang: Literal["zh", "en"]
    base_url: str
    hosts: list[str] = []
    start_urls: list[str] = Field(min_length=1)
    article_url_patterns: list[str] = Field(min_length=1)
    enabled: bool = True
    cms: str | None = None  # informational: "hanweb", "trs", "chinadaily", ...
    pagination: PaginationConfig
    lists: ListRules = ListRules()
    extract: ExtractRules = ExtractRules()
    # How pages are fetched: plain HTTP; a real browser for every request; or the browser for
    # the first page only (it passes a JavaScript challenge) with its cookies reused for plain
    # requests until they stop working.
    fetch: Literal["plain", "browser", "browser-once"] = "plain"
    # With a browser: a CSS selector to wait for before the page is read (a list filled by script).
    browser_wait: str | None = None
    # Article URL variants that name the same article (`t…_wap.html`, `t…_app.html`, `?xxgkhide=1`):
    # suffixes cut before the extension and query keys dropped by canonical_url.
    url_variant_suffixes: list[str] = ["_wap", "_app", "_slb", "_senior"]
    url_drop_query: list[str] = ["xxgkhide"]
    # Where this file's facts come from and how sure they are (`provnews sites` shows both).
    confidence: Literal["high", "medium", "low"] = "medium"
    evidence: str = ""
    # A mirror or proxy that replaces scheme+host of every URL of the site (set by --base-url).
    override_url: str | None = None
    # Alarm thresholds of this site's health (see docs/operations.md).
    health: HealthThresholds = HealthThresholds()

    @field_validator("base_url", "override_url")
    @classmethod
    def _absolute(cls, value: str | None) -> str | None:
        if value is None:
            return value
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"must be an absolute http(s) URL, got {value!r}")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _api_kinds_need_api(self) -> SiteConfig:
        if self.pagination.kind in ("json_api", "fragment") and self.pagination.api is None:
            raise ValueError(f"pagination kind {self.pagination.kind!r} needs a [pagination.api] table")
        return self

    @field_validator("article_url_patterns")
    @classmethod
    def _regexes(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        return value

    # -- hosts and URL worlds -------------------------------------------------------------

    @cached_property
    def _site_hosts(self) -> frozenset[str]:
        hosts = {h.lower() for h in self.hosts}
        hosts.add(urlsplit(self.base_url).hostname or "")
        return frozenset(hosts)

    @cached_property
    def _fetch_netloc(self) -> tuple[str, str]:
        parts = urlsplit(self.override_url or self.base_url)
        return parts.scheme, parts.netloc

    @cached_property
    def _compiled_patterns(self) -> list[re.Pattern[str]]:
        return [re.compile(p) for p in self.article_url_patterns]

    def with_base_url(self, url: str | None) -> SiteConfig:
        """This site fetched through a mirror or proxy at `url` (None: directly)."""
        if not url:
            return self
        copy = self.model_copy(update={"override_url": url.rstrip("/")})
        # model_copy copies the instance's __dict__, and with it the cached properties worked out
        # for this object's fetch host: the copy works them out again for its own.
        for name in _CACHED:
            copy.__dict__.pop(name, None)
        return copy

    def _is_fetch_host(self, netloc: str) -> bool:
        return self.override_url is not None and netloc.lower() == self._fetch_netloc[1].lower()

    def is_on_site(self, url: str) -> bool:
        """Whether a link (absolute, in either world) belongs to this site."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https", ""):
            return False
        if not parts.netloc:
            return True
        return (parts.hostname or "").lower() in self._site_hosts or self._is_fetch_host(parts.netloc)

    def fetch_url(self, url: str) -> str:
        """The URL to request: a path or any site URL, with scheme+host replaced by the override."""
        absolute = urljoin(self.base_url + "/", url)
        parts = urlsplit(absolute)
        if not self.is_on_site(absolute):
            return absolute
        scheme, netloc = self._fetch_netloc
        return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))

    def canonical_url(self, url: str) -> str:
        """The real-site URL of a fetched one: the path and query on base_url's scheme+host.

        A link that names another of the site's real hosts keeps it (zj-en's later articles live
        on www.zj.gov.cn); only the mirror or proxy host, and relative links, become base_url's.
        """
        parts = urlsplit(url)
        if parts.netloc and not self.is_on_site(url):
            return url
        base = urlsplit(self.base_url)
        host = (parts.hostname or "").lower()
        base_host = (base.hostname or "").lower()
        same_host = host.removeprefix("www.") == base_host.removeprefix("www.")  # zj.gov.cn is www.zj.gov.cn
        if (parts.netloc and not same_host and host in self._site_hosts
                and not self._is_fetch_host(parts.netloc)):
            scheme, netloc = parts.scheme or base.scheme, parts.netloc
        else:  # http and https links to the base host are one URL
            scheme, netloc = base.scheme, base.netloc
        return urlunsplit((scheme, netloc, self._one_variant(parts.path or "/"), self._kept_query(parts.query), ""))

    @cached_property
    def _variant_suffix(self) -> re.Pattern[str] | None:
        if not self.url_variant_suffixes:
            return None
        alternatives = "|".join(re.escape(s) for s in self.url_variant_suffixes)
        return re.compile(rf"(?:{alternatives})(\.[A-Za-z]+)$")

    def _one_variant(self, path: str) -> str:
        """The path of the article itself for a mobile/app/large-print variant (`t1_wap.html` -> `t1.html`)."""
        return self._variant_suffix.sub(r"\1", path) if self._variant_suffix else path

    def _kept_query(self, query: str) -> str:
        if not query or not self.url_drop_query:
            return query
        dropped = {k.lower() for k in self.url_drop_query}
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if k.lower() not in dropped]
        return query if len(kept) == len(pairs) else urlencode(kept)

    def is_article_url(self, url: str) -> bool:
        """On-site and its path matches one of the article patterns."""
        if not self.is_on_site(url):
            return False
        path = self._one_variant(urlsplit(urljoin(self.base_url + "/", url)).path)
        return any(p.search(path) for p in self._compiled_patterns)

    @property
    def start_request_urls(self) -> list[str]:
        return [self.fetch_url(u) for u in self.start_urls]


# The cached properties of a SiteConfig, which a copy with another fetch host must not inherit.
_CACHED = [name for name, attr in vars(SiteConfig).items() if isinstance(attr, cached_property)]


# -- loading --------------------------------------------------------------------------------

def site_dirs() -> list[Path]:
    """The built-in directory, then each directory of PROVNEWS_SITES_DIR (later ones win)."""
    extra = [Path(p) for p in os.environ.get(SITES_DIR_ENV, "").split(os.pathsep) if p.strip()]
    return [BUILTIN_DIR, *extra]


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "(file)"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"field '{field}': {first['msg']}{more}"


# A command reads the site files several times (choosing sites, grouping them by host, making the
# spiders); each file is parsed and validated once while it stays the same (path, size, mtime).
_parsed: dict[tuple[str, int, int], SiteConfig] = {}


def load_site_file(path: Path) -> SiteConfig:
    try:
        stat = path.stat()
    except OSError as exc:
        raise SiteConfigError(f"{path}: cannot read site file: {exc}") from None
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _parsed:
        _parsed[key] = _parse_site_file(path)
    return _parsed[key]


def _parse_site_file(path: Path) -> SiteConfig:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SiteConfigError(f"{path}: cannot read site file: {exc}") from None
    data.setdefault("name", path.stem)
    try:
        site = SiteConfig.model_validate(data)
    except ValidationError as exc:
        raise SiteConfigError(f"{path}: {_describe(exc)}") from None
    if site.name != path.stem:
        raise SiteConfigError(f"{path}: field 'name' is {site.name!r} but the file is named {path.stem!r}")
    return site


def load_sites() -> dict[str, SiteConfig]:
    """All configured sites by name; a file in a later directory replaces a built-in of that name."""
    sites: dict[str, SiteConfig] = {}
    for directory in site_dirs():
        if not directory.is_dir():
            if directory != BUILTIN_DIR:
                raise SiteConfigError(f"{SITES_DIR_ENV} names {directory}, which is not a directory")
            continue
        for path in sorted(directory.glob("*.toml")):
            site = load_site_file(path)
            sites[site.name] = site
    return sites


def get_site(name: str) -> SiteConfig:
    sites = load_sites()
    try:
        return sites[name]
    except KeyError:
        raise SiteConfigError(
            f"unknown site {name!r}: known sites are {', '.join(sorted(sites)) or 'none'}"
            f" (add crawler/sites/{name}.toml or a directory in {SITES_DIR_ENV})"
        ) from None
