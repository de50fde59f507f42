"""The one generic spider: a site's configuration decides what it fetches.

It walks each start URL's list pages with the site's pagination kind, fetches only the articles
the archive does not know yet, hands pages to the extractor, and turns every failure into a
`FailureItem` so that the crawl goes on and the summary counts it.

Incremental rules (a re-run over an unchanged site makes no article request):
* the archive's URLs, and URLs whose failure is permanent (a soft 404, a 404), count as known;
* a column stops paging at the first list page whose entries are all known;
* `max_pages` bounds each column's list pages, `since` skips older entries and stops paging at
  a page whose entries are all older.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, ClassVar, Iterator

import scrapy
from scrapy import signals
from scrapy.http import FormRequest, Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from archive import Archive
from archive.clock import utc_now
from crawler import browser
from crawler.browser_fetch import is_rendered
from crawler.extract import ExtractionError, Page, extract_page, merge_pages
from crawler.items import ArticleItem, FailureItem
from crawler.pagination import ListPageError, ListRequest, parse_list, trs
from crawler.siteconfig import SiteConfig

__all__ = ["SiteSpider"]

log = logging.getLogger(__name__)

# Failures worth retrying on the next run: server errors, throttling, and network errors (no status).
_TRANSIENT_SQL = "http_status IS NULL OR http_status >= 500 OR http_status IN (408, 429)"


def _headers(response: Response) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}


def _failure_reason(failure: Failure) -> tuple[str, int | None]:
    if failure.check(browser.BrowserFetchError):  # "needs a browser: …", "blocked: …", "browser: …"
        return failure.value.reason, failure.value.status
    if failure.check(HttpError):
        status = failure.value.response.status
        return f"HTTP {status}", status
    exc = failure.value
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"network: {type(exc).__name__}{': ' + text[:120] if text else ''}", None


def _crash(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    return f"{type(exc).__name__}{': ' + text if text else ''}"


class SiteSpider(scrapy.Spider):
    """Base class; `crawler.spiders` makes one subclass per site file, named after it."""

    name: ClassVar[str | None] = None  # type: ignore[assignment]
    site_config: ClassVar[SiteConfig | None] = None

    def __init__(self, db: str | None = None, base_url: str | None = None, max_pages: Any = None,
                 since: Any = None, **kwargs: Any):
        super().__init__(**kwargs)
        assert self.site_config is not None, "use a per-site subclass (crawler.spiders)"
        self.site = self.site_config.with_base_url(base_url)
        self.db_path = db
        self.max_pages = int(max_pages) if max_pages not in (None, "", 0, "0") else None
        self.since = dt.date.fromisoformat(str(since)) if since else None
        self.known: set[str] = set()
        self.scheduled: set[str] = set()
        self.listed = 0  # on-site article entries seen on list pages

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "SiteSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.db_path = spider.db_path or crawler.settings.get("PROVNEWS_DB")
        if not spider.db_path:
            raise ValueError("no archive given: pass -a db=PATH (or -s PROVNEWS_DB=PATH)")
        crawler.signals.connect(spider._report_empty, signal=signals.spider_closed)
        return spider

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        if cls.site_config is not None:
            browser.browser_settings(cls.site_config, settings)

    def _stat(self, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(f"provnews/{key}", count)

    # -- start ------------------------------------------------------------------------------

    def _load_known(self) -> set[str]:
        if self.settings.getbool("PROVNEWS_REFRESH"):
            return set()  # re-fetch every listed article, so that changed ones become revisions
        with Archive(self.db_path) as archive:
            known = archive.known_urls(self.site.name)
            if not self.settings.getbool("PROVNEWS_RETRY_FAILED"):
                rows = archive.db.execute(
                    f"SELECT DISTINCT url FROM failures WHERE site = ? AND NOT ({_TRANSIENT_SQL})",
                    [self.site.name])
                known |= {url for (url,) in rows.fetchall()}
        return known

    def _retryable_failures(self) -> list[str]:
        """Articles that failed for a passing reason and are not archived yet.

        They are fetched again directly: the list page that named them may be past the point
        where incremental paging now stops.
        """
        with Archive(self.db_path) as archive:
            rows = archive.db.execute(
                f"SELECT DISTINCT url FROM failures WHERE site = ? AND ({_TRANSIENT_SQL})"
                " AND reason NOT LIKE 'list page:%' AND url NOT IN (SELECT url FROM articles)",
                [self.site.name])
            return [url for (url,) in rows.fetchall() if self.site.is_article_url(url)]

    def _article_request(self, canonical: str, url: str) -> Request:
        self.scheduled.add(canonical)
        self._stat("article_requests")
        return Request(self.site.fetch_url(url), callback=self.parse_article, errback=self.article_failed,
                       meta={"canonical": canonical, "pages": [], "raw": []})

    async def start(self) -> Any:
        self.known = self._load_known()
        if browser.skip_without_browser(self):
            return
        for column, url in enumerate(self.site.start_request_urls):
            yield self._list_request(ListRequest(url, 1), column)
        if not self.settings.getbool("PROVNEWS_REFRESH"):
            for url in self._retryable_failures():
                self._stat("retried_failures")
                yield self._article_request(url, url)

    # -- list pages -------------------------------------------------------------------------

    def _list_request(self, request: ListRequest, column: int, repeats: int = 0) -> Request:
        url = self.site.fetch_url(request.url)
        meta = {"list": request, "column": column, "repeats": repeats}
        if request.method == "POST":
            return FormRequest(url, formdata=request.formdata or {}, callback=self.parse_list,
                               errback=self.list_failed, meta=meta, headers=request.headers)
        return Request(url, callback=self.parse_list, errback=self.list_failed, meta=meta, headers=request.headers)

    def parse_list(self, response: Response) -> Iterator[Any]:
        request: ListRequest = response.meta["list"]
        column: int = response.meta["column"]
        self._stat("list_pages")
        text = response.text if hasattr(response, "text") else response.body.decode("utf-8", "replace")
        try:
            page = parse_list(self.site, response.url, text, request.state)
        except ListPageError as exc:
            yield FailureItem(self.site.canonical_url(response.url), self.site.name, f"list page: {exc}",
                              response.status)
            return
        except Exception as exc:  # a bug of ours: say so instead of losing the column in a traceback
            self.logger.exception("list page %s crashed", response.url)
            yield FailureItem(self.site.canonical_url(response.url), self.site.name,
                              f"list page: crashed: {_crash(exc)}", None)
            return
        fresh, dated_old, articles, known = 0, 0, 0, 0
        for entry in page.entries:
            if not self.site.is_on_site(entry.url):
                self._stat("offsite")
                continue
            if not self.site.is_article_url(entry.url):
                self._stat("not_article")
                continue
            articles += 1
            canonical = self.site.canonical_url(entry.url)
            if self.since and entry.date and entry.date < self.since:
                dated_old += 1
                self._stat("older_than_since")
                continue
            if canonical in self.scheduled:
                self._stat("duplicates")
                continue
            if canonical in self.known:
                known += 1
                self._stat("known")
                continue
            fresh += 1
            # The canonical URL is fetched: a list that links the `_wap`/`_app` variant names the same article.
            yield self._article_request(canonical, canonical)
        self.listed += articles
        self._stat("list_entries", articles)
        # A page that only repeats entries of this run (a column page, then the API's first page
        # with the same entries) is passed over once; a second one in a row ends the column.
        repeats = response.meta.get("repeats", 0) + 1 if articles and not fresh and not known else 0
        if repeats == 1 and page.next is not None and not (self.since and dated_old == articles):
            if not (self.max_pages and page.next.page_no > self.max_pages):
                yield self._list_request(page.next, column, repeats)
            return
        if self._keep_paging(page, request, column, articles, fresh, dated_old):
            yield self._list_request(page.next, column)

    def _keep_paging(self, page: Any, request: ListRequest, column: int, articles: int, fresh: int,
                     dated_old: int) -> bool:
        where = f"{self.name} column {column + 1}, list page {request.page_no}"
        if page.next is None:
            return False
        if page.shell:
            return True
        if articles == 0:
            self.logger.info("%s: no article entries; stopping this column", where)
            return False
        if self.since and dated_old == articles:
            self.logger.info("%s: every entry is older than %s; stopping this column", where, self.since)
            return False
        if fresh == 0:
            self.logger.info("%s: every entry is already archived; stopping this column", where)
            return False
        if self.max_pages and page.next.page_no > self.max_pages:
            self.logger.info("%s: --max-pages %d reached", where, self.max_pages)
            return False
        return True

    def list_failed(self, failure: Failure) -> Iterator[Any]:
        request: ListRequest = failure.request.meta["list"]
        reason, status = _failure_reason(failure)
        if request.state.get("guessed") and status == 404:
            return  # a guessed next page that does not exist: the list has ended
        if request.fallback is not None and status in (400, 404, 405, 501):
            self.logger.info("list page %s refused (%s); asking it another way", failure.request.url, reason)
            yield self._list_request(request.fallback, failure.request.meta["column"])
            return
        self.logger.warning("list page %s failed: %s", failure.request.url, reason)
        yield FailureItem(self.site.canonical_url(failure.request.url), self.site.name,
                          f"list page: {reason}", status)

    # -- articles ---------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        page_no = len(meta["pages"]) + 1
        page_url = meta["canonical"] if page_no == 1 else self.site.canonical_url(response.url)
        headers = _headers(response)
        try:
            page = extract_page(response.body, page_url, headers, self.site)
        except ExtractionError as exc:
            reason = exc.reason if page_no == 1 else f"page {page_no}: {exc.reason}"
            yield FailureItem(meta["canonical"], self.site.name, reason, response.status)
            return
        except Exception as exc:  # a bug of ours, not the page's: record it, retry on the next run
            self.logger.exception("extraction of %s crashed", response.url)
            yield FailureItem(meta["canonical"], self.site.name, f"extraction crashed: {_crash(exc)}", None)
            return
        pages: list[Page] = [*meta["pages"], page]
        raw = [*meta["raw"], {"url": page_url, "status": response.status, "headers": headers,
                              "body": response.body, "fetched_at": utc_now(), "page_no": page_no,
                              "rendered": is_rendered(response)}]
        further: list[str] = meta.get("further") or []
        if page_no == 1:
            further = self._further_pages(response, page)
        if page_no <= len(further):
            yield Request(further[page_no - 1], callback=self.parse_article, errback=self.article_failed,
                          meta={"canonical": meta["canonical"], "pages": pages, "raw": raw, "further": further},
                          dont_filter=True)
            return
        article = merge_pages(pages) if len(pages) > 1 else page
        record = article.to_dict()
        record.update(url=meta["canonical"], site=self.site.name, lang=article.lang or self.site.lang)
        yield ArticleItem(record, fetched_at=raw[0]["fetched_at"], raw_pages=raw)

    def _further_pages(self, response: Response, page: Page) -> list[str]:
        """Further pages of a multi-page article: the TRS pager on the page, or what extraction found."""
        urls = trs.article_page_urls(response.url, response.body.decode("latin-1"))
        urls += [self.site.fetch_url(u) for u in page.page_urls]
        return list(dict.fromkeys(self.site.fetch_url(u) for u in urls if self.site.is_on_site(u)))

    def article_failed(self, failure: Failure) -> Iterator[Any]:
        meta = failure.request.meta
        reason, status = _failure_reason(failure)
        page_no = len(meta.get("pages", [])) + 1
        if page_no > 1:
            reason = f"page {page_no}: {reason}"
        yield FailureItem(meta["canonical"], self.site.name, reason, status)

    # -- end --------------------------------------------------------------------------------

    def _report_empty(self, spider: Any, reason: str) -> None:
        if spider is not self or self.listed or self.crawler.stats.get_value("provnews/skipped"):
            return
        self.crawler.stats.set_value("provnews/empty_run", 1)
        self.logger.error(
            "%s: no article entries found on any list page (%s): the site may block this address, "
            "the column may have moved, or its markup changed; check start_urls and the list selectors",
            self.name, ", ".join(self.site.start_request_urls))
