"""The one generic spider: a site's configuration decides what it fetches.

It walks each start URL's list pages with the site's pagination kind, fetches only the articles
the archive does not know yet, hands pages to the extractor, and turns every failure into a
`FailureItem` so that the crawl goes on and the summary counts it.

Incremental rules (a re-run over an unchanged site makes no article request):
* the archive's URLs, and URLs whose failure is permanent (a soft 404, a 404), count as known;
* a column stops paging at the first list page whose entries are all known, once the walk has
  passed the top of the column's last complete walk (`archive.walks`); a column never walked to
  the end, or whose last walk was interrupted, is walked to its end, so no interruption loses
  the articles below the ones it archived;
* `max_pages` bounds each column's list pages, `since` skips older entries and stops paging at
  a page whose entries are all older;
* a walk is recorded as complete when the crawl finished (not stopped by a signal or a time
  limit) and every list page of the column was read.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from typing import Any, ClassVar

import scrapy
from scrapy.http import FormRequest, Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from archive.clock import utc_now
from archive.walks import ANCHOR_COUNT, ColumnWalk
from crawler import browser
from crawler.browser_fetch import is_rendered
from crawler.extract import ExtractionError, Page, extract_page, merge_pages
from crawler.health_stats import BY_STRUCTURE, count_failure, empty_list_cause, read_counts, structure_line
from crawler.items import ArticleItem, FailureItem
from crawler.pagination import ListPage, ListPageError, ListRequest, parse_list, trs
from crawler.resilience import response_headers, response_text
from crawler.siteconfig import SiteConfig
from crawler.state import ArchiveState, SnapshotState

__all__ = ["SiteSpider"]

log = logging.getLogger(__name__)


def _failed_request(failure: Failure) -> Request:
    """The request a Scrapy errback's failure is about (Scrapy sets `failure.request`)."""
    return failure.request  # type: ignore[attr-defined]  # set by Scrapy, unknown to twisted's Failure


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

    name: str | None = None  # type: ignore[assignment]  # None on this base only: each per-site subclass has its name
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
        self.walked: dict[str, ColumnWalk] = {}  # each column's last complete walk, by column URL
        self.retryable: list[str] = []  # failed for a passing reason, fetched again at the start
        self.walks: dict[int, _Walk] = {}  # this crawl's walk of each column, by its number

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SiteSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.db_path = spider.db_path or crawler.settings.get("PROVNEWS_DB")
        if not spider.db_path and not crawler.settings.get("PROVNEWS_REMOTE_DIR"):
            raise ValueError("no archive given: pass -a db=PATH (or -s PROVNEWS_DB=PATH)")
        return spider

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        if cls.site_config is not None:
            browser.browser_settings(cls.site_config, settings)

    def _state(self) -> ArchiveState | SnapshotState:
        """The archive, or on a worker host the writer's snapshot of it (`crawler.state`)."""
        remote = self.settings.get("PROVNEWS_REMOTE_DIR")
        if remote:
            return SnapshotState(remote)
        assert self.db_path is not None  # from_crawler refuses a spider without either
        return ArchiveState(self.db_path)

    def _stat(self, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(f"provnews/{key}", count)

    # -- start ------------------------------------------------------------------------------

    def _load_known(self) -> set[str]:
        # (with PROVNEWS_REFRESH none is known: every listed article is fetched again, so that
        # changed ones become revisions)
        facts = self._state().load(self.site.name, refresh=self.settings.getbool("PROVNEWS_REFRESH"),
                                   retry_failed=self.settings.getbool("PROVNEWS_RETRY_FAILED"))
        self.walked = {w["column_url"]: ColumnWalk(**{**w, "anchors": tuple(w["anchors"])}) for w in facts.walks}
        self.retryable = list(facts.retryable)
        return set(facts.known)

    def _retryable_failures(self) -> list[str]:
        """Articles that failed for a passing reason and are not archived yet.

        They are fetched again directly: the list page that named them may be past the point
        where incremental paging now stops.
        """
        # (an article taken by the list's structure matches no pattern: any on-site one is retried,
        # the archive keeps list pages out of these)
        return [url for url in self.retryable if self.site.is_on_site(url)]

    def _article_request(self, canonical: str, url: str) -> Request:
        self.scheduled.add(canonical)
        self._stat("article_requests")
        return Request(self.site.fetch_url(url), callback=self.parse_article, errback=self.article_failed,
                       meta={"canonical": canonical, "pages": [], "raw": []})

    def begin(self) -> None:
        """What this crawl knows before its first request: the archived URLs, each column's last
        complete walk; each column's walk begins with its first list page (`walk`)."""
        self.known = self._load_known()
        self.walks = {}

    async def start(self) -> Any:
        self.begin()
        if browser.skip_without_browser(self):
            return
        for column in range(len(self.site.start_urls)):
            yield self.start_column(column)
        if not self.settings.getbool("PROVNEWS_REFRESH"):
            for url in self._retryable_failures():
                self._stat("retried_failures")
                yield self._article_request(url, url)

    def start_column(self, column: int) -> Request:
        """The first list page of start URL number `column` (in order from 0): this crawl's walk of
        it begins."""
        self.walk(column)
        return self._list_request(ListRequest(self.site.start_request_urls[column], 1), column)

    def walk(self, column: int) -> _Walk:
        """This crawl's walk of the column, begun on first use."""
        if column not in self.walks:
            url = self.site.start_urls[column]
            self.walks[column] = _Walk(url, self.walked.get(url))
        return self.walks[column]

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
        try:
            page = self.read_list(response, request)
        except ListPageError as exc:
            self.walk(column).failed = True
            yield FailureItem(self.site.canonical_url(response.url), self.site.name, f"list page: {exc}",
                              response.status)
            return
        except Exception as exc:  # a bug of ours: say so instead of losing the column in a traceback
            self.logger.exception("list page %s crashed", response.url)
            self.walk(column).failed = True
            yield FailureItem(self.site.canonical_url(response.url), self.site.name,
                              f"list page: crashed: {_crash(exc)}", None)
            return
        walk = self.walk(column)
        walk.list_pages += 1
        fresh, dated_old, articles, known = 0, 0, 0, 0
        listed: list[str] = []
        for entry in page.entries:
            if not self.site.is_on_site(entry.url):
                self._stat("offsite")
                continue
            if not self.site.is_article_url(entry.url) and not entry.by_structure:
                self._stat("not_article")
                continue
            articles += 1
            if entry.by_structure:
                self.crawler.stats.inc_value(BY_STRUCTURE)
            canonical = self.site.canonical_url(entry.url)
            listed.append(canonical)
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
        walk.read(listed)
        self._stat("list_entries", articles)
        # A page that only repeats entries of this run (a column page, then the API's first page
        # with the same entries) is passed over once; a second one in a row ends the column.
        repeats = response.meta.get("repeats", 0) + 1 if articles and not fresh and not known else 0
        if page.catching_up:  # an API walked from its page 1 repeats the column page's entries first
            repeats = 0
        if repeats == 1 and page.next is not None and not (self.since and dated_old == articles):
            if not (self.max_pages and page.next.page_no > self.max_pages):
                yield self._list_request(page.next, column, repeats)
                return
        if repeats >= 2:  # a list that repeats itself (an API ignoring its page number) has ended
            walk.stop = "end of column"
            return
        stop = self._stop_paging(page, request, column, articles, fresh, dated_old)
        if stop is None:
            assert page.next is not None  # _stop_paging ends the walk at a page without a next one
            yield self._list_request(page.next, column)
        else:
            walk.stop = stop

    def read_list(self, response: Response, request: ListRequest) -> ListPage:
        """A list page's entries and next request (raises ListPageError); the crawl goes on with the
        page returned, so a subclass may narrow it (provnews.probe keeps one article entry)."""
        text = response_text(response)  # from its bytes where the charset label lies
        return parse_list(self.site, response.url, text, request.state)

    def _stop_paging(self, page: Any, request: ListRequest, column: int, articles: int, fresh: int,
                     dated_old: int) -> str | None:
        """Why this column's walk ends at this page, or None to read the next one."""
        where = f"{self.name} column {column + 1}, list page {request.page_no}"
        if page.next is None:
            return "end of column"
        if page.shell:
            return None
        if articles == 0:
            self.logger.info("%s: no article entries; stopping this column", where)
            return "end of column"
        if self.since and dated_old == articles:
            self.logger.info("%s: every entry is older than %s; stopping this column", where, self.since)
            return "since"
        if fresh == 0 and self.walk(column).caught_up:
            self.logger.info("%s: every entry is already archived; stopping this column", where)
            return "caught up"
        if self.max_pages and page.next.page_no > self.max_pages:
            self.logger.info("%s: --max-pages %d reached", where, self.max_pages)
            return "max pages"
        return None

    def list_failed(self, failure: Failure) -> Iterator[Any]:
        failed = _failed_request(failure)
        request: ListRequest = failed.meta["list"]
        reason, status = _failure_reason(failure)
        walk = self.walk(failed.meta["column"])
        if request.state.get("guessed") and status == 404:
            walk.stop = "end of column"  # a guessed next page that does not exist: the list has ended
            return
        if request.fallback is not None and status in (400, 404, 405, 501):
            self.logger.info("list page %s refused (%s); asking it another way", failed.url, reason)
            yield self._list_request(request.fallback, failed.meta["column"])
            return
        walk.failed = True
        count_failure(self.crawler.stats, "list", failure)
        # (logged at info: the FailureItem's "not archived" warning is the terminal's one line for it)
        self.logger.info("list page %s failed: %s", failed.url, reason)
        yield FailureItem(self.site.canonical_url(failed.url), self.site.name,
                          f"list page: {reason}", status)

    # -- articles ---------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        page_no = len(meta["pages"]) + 1
        page_url = meta["canonical"] if page_no == 1 else self.site.canonical_url(response.url)
        headers = response_headers(response)
        raw = [*meta["raw"], {"url": page_url, "status": response.status, "headers": headers,
                              "body": response.body, "fetched_at": utc_now(), "page_no": page_no,
                              "rendered": is_rendered(response)}]
        try:
            page = self.read_article(response, page_url, headers)
        except ExtractionError as exc:
            reason = exc.reason if page_no == 1 else f"page {page_no}: {exc.reason}"
            yield FailureItem(meta["canonical"], self.site.name, reason, response.status, raw_pages=raw)
            return
        except Exception as exc:  # a bug of ours, not the page's: record it, retry on the next run
            self.logger.exception("extraction of %s crashed", response.url)
            yield FailureItem(meta["canonical"], self.site.name, f"extraction crashed: {_crash(exc)}", None,
                              raw_pages=raw)
            return
        pages: list[Page] = [*meta["pages"], page]
        further: list[str] = meta.get("further") or []
        if page_no == 1:
            further = self.further_pages(response, page)
        if page_no <= len(further):
            yield Request(further[page_no - 1], callback=self.parse_article, errback=self.article_failed,
                          meta={"canonical": meta["canonical"], "pages": pages, "raw": raw, "further": further},
                          dont_filter=True)
            return
        article = merge_pages(pages) if len(pages) > 1 else page
        record = article.to_dict()
        record.update(url=meta["canonical"], site=self.site.name, lang=article.lang or self.site.lang)
        yield ArticleItem(record, fetched_at=raw[0]["fetched_at"], raw_pages=raw)

    def read_article(self, response: Response, url: str, headers: dict[str, str]) -> Page:
        """One page of an article, extracted (raises ExtractionError); `url` is its canonical URL."""
        return extract_page(response.body, url, headers, self.site)

    def further_pages(self, response: Response, page: Page) -> list[str]:
        """Further pages of a multi-page article: the TRS pager on the page, or what extraction found.
        A subclass that wants the first page only returns none (provnews.probe)."""
        urls = trs.article_page_urls(response.url, response.body.decode("latin-1"))
        urls += [self.site.fetch_url(u) for u in page.page_urls]
        return list(dict.fromkeys(self.site.fetch_url(u) for u in urls if self.site.is_on_site(u)))

    def article_failed(self, failure: Failure) -> Iterator[Any]:
        meta = _failed_request(failure).meta
        reason, status = _failure_reason(failure)
        count_failure(self.crawler.stats, "article", failure)
        page_no = len(meta.get("pages", [])) + 1
        if page_no > 1:
            reason = f"page {page_no}: {reason}"
        raw = list(meta.get("raw", []))
        if failure.check(HttpError):  # the error page as served is kept with the pages before it
            response = failure.value.response
            url = meta["canonical"] if page_no == 1 else self.site.canonical_url(response.url)
            raw.append({"url": url, "status": response.status, "headers": response_headers(response),
                        "body": response.body, "fetched_at": utc_now(), "page_no": page_no})
        yield FailureItem(meta["canonical"], self.site.name, reason, status, raw_pages=raw)

    # -- end --------------------------------------------------------------------------------

    def closed(self, reason: str) -> None:
        """Scrapy's end of the crawl: say so if no list page had entries, record the walked columns."""
        self._report_empty(self, reason)
        self._report_structure(self)
        self._record_walks(self, reason)

    def _report_structure(self, spider: Any) -> None:
        """Say once per crawl that list entries were taken by structure, not by the patterns."""
        taken = self.crawler.stats.get_value(BY_STRUCTURE) if spider is self else None
        if taken:
            self.logger.warning("%s", structure_line(self.site.name, int(taken)))

    def _record_walks(self, spider: Any, reason: str) -> None:
        """Record the columns walked to their end, when nothing of this crawl was cut short."""
        if spider is not self or reason != "finished":
            return  # a signal, a time limit, a crash: the next crawl walks these columns again
        done = [ColumnWalk(self.site.name, w.column_url, tuple(w.anchors), w.list_pages, w.stop)
                for w in self.walks.values() if w.stop and not w.failed and w.anchors]
        if done:
            self._state().record_walks(self.site.name, done)

    def _report_empty(self, spider: Any, reason: str) -> None:
        if spider is not self or reason == "shutdown" or self.listed or self.crawler.stats.get_value("provnews/skipped"):
            return
        self.crawler.stats.set_value("provnews/empty_run", 1)
        cause = empty_list_cause(read_counts(self.crawler.stats.get_stats()))
        self.logger.error("%s: no article entries found on any list page (%s): %s",
                          self.name, ", ".join(self.site.start_request_urls), cause.line())


class _Walk:
    """This crawl's walk down one list column."""

    def __init__(self, column_url: str, last: ColumnWalk | None):
        self.column_url = column_url
        self.last = last
        self.anchors: list[str] = []  # the article entries of the first list page, newest first
        self.list_pages = 0
        self.stop: str | None = None  # why the walk ended; None while it goes on or if it broke off
        self.failed = False  # a list page of the column could not be read
        self.caught_up = False  # passed the top of the last complete walk: all below it is archived

    def read(self, listed: list[str]) -> None:
        """Note a list page's article entries (canonical URLs, in the page's order)."""
        if not self.anchors:
            self.anchors = list(dict.fromkeys(listed))[:ANCHOR_COUNT]
        if self.last is not None and not self.caught_up:
            # The lower half of the last walk's first page: pinned entries stay at the top of a
            # column while new ones are inserted under them, so only an entry from further down
            # proves that this walk has reached the part of the column that walk covered.
            lower = self.last.anchors[len(self.last.anchors) // 2:]
            self.caught_up = any(url in lower for url in listed)
