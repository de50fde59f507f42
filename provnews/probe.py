"""`provnews sites --check`: first contact with a live portal, one list page and one article.

The probe runs the site's own spider (the same list parsing, URL mapping and extraction as a
crawl), narrowed through the spider's hooks (`start_column`, `read_list`, `read_article`,
`further_pages`, `closed`) to the first list page with article entries and its first article,
and reports what each field was taken from. A user online sees in a minute whether a configuration
still fits; when it does not, the failure is named by `crawler.causes`, as the run's alarms are.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from crawler import causes
from crawler.health_stats import FIELDS, level_of
from crawler.siteconfig import SiteConfig
from provnews.logs import quiet_expected_network_failures

__all__ = ["FieldReport", "ProbeReport", "probe_sites", "LEVEL_NAMES", "MAX_LIST_HOPS", "render"]

LEVEL_NAMES = {"site": "site rule", "cms": "CMS convention", "generic": "generic fallback", "url": "URL",
               "derived": "derived", "none": "not found", "unknown": "rule not recorded"}
# A shell list page (jpaas) leads to the entries; follow at most this many before giving up.
MAX_LIST_HOPS = 3


@dataclass
class FieldReport:
    rule: str | None
    level: str
    value: str | None


@dataclass
class ProbeReport:
    site: str
    list_url: str
    list_status: int | None = None
    list_entries: int = 0
    by_structure: int = 0  # of them, entries taken by the list's structure (no article pattern matched)
    first_entries: list[str] = field(default_factory=list)
    article_url: str | None = None
    article_status: int | None = None
    fields: dict[str, FieldReport] = field(default_factory=dict)
    problem: str | None = None  # one line: what went wrong and the likely fix
    cause: str | None = None  # crawler.causes code

    @property
    def fits(self) -> bool:
        return self.problem is None and bool(self.fields)

    def verdict(self) -> str:
        if self.problem:
            return self.problem
        fallbacks = [name for name in ("title", "date", "body") if self.fields[name].level in ("generic", "none")]
        if self.by_structure:
            return (f"article links match no configured pattern ({self.by_structure} entries taken by the list's"
                    " structure, as the crawl does): update article_url_patterns in the site file")
        if fallbacks:
            return (f"{', '.join(fallbacks)} not from a site rule or CMS convention: check [extract]"
                    f" {', '.join(fallbacks)} in the site file")
        return "the configuration fits"

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(fits=self.fits, verdict=self.verdict())
        return out


def _spider_class(site: SiteConfig, report: ProbeReport) -> type:
    from crawler.extract import ExtractionError, Page
    from crawler.pagination import ListPage, ListPageError, ListRequest
    from crawler.spiders.site import SiteSpider

    class ProbeSpider(SiteSpider):
        """The site's spider narrowed through its hooks to the first column's first list page with
        entries and that page's first article, reporting what it read; nothing is archived."""

        name = site.name
        site_config = site

        async def start(self) -> Any:
            yield self.start_column(0)  # the archive is not read: every entry is new

        def closed(self, reason: str) -> None:
            pass  # no walk to record; an empty list is in the report

        def read_list(self, response: Any, request: ListRequest) -> ListPage:
            report.list_status = response.status
            try:
                page = super().read_list(response, request)
            except ListPageError as exc:
                report.problem = f"column page {response.url}: cannot read the list: {exc}"
                raise
            # (as the crawl does: where no link matches the patterns, the entries the list's structure gives)
            entries = [e for e in page.entries if self.site.is_article_url(e.url) or e.by_structure]
            report.list_entries += len(entries)
            report.by_structure += sum(e.by_structure for e in entries)
            report.first_entries += [e.title or e.url for e in entries[:3]]
            if entries:
                return ListPage(entries[:1])  # its first article, and no further list page
            if page.next is not None and page.shell and request.page_no <= MAX_LIST_HOPS:
                return page  # a shell: its next request leads to the entries
            cause = causes.CAUSES["no_entries"]
            report.cause = cause.code
            report.problem = f"column page {response.url}: {cause.line()}"
            return ListPage([])

        def read_article(self, response: Any, url: str, headers: dict[str, str]) -> Page:
            report.article_url = url
            report.article_status = response.status
            try:
                page = super().read_article(response, url, headers)
            except ExtractionError as exc:
                report.problem = f"article {response.url}: not extracted: {exc.reason}"
                raise
            text = " ".join(p.text for p in page.paragraphs)
            values = {"title": page.title, "date": page.published_at, "source": page.source,
                      "body": f"{len(page.paragraphs)} paragraphs, {len(text)} characters: {text[:60]!r}"}
            for name in FIELDS:
                rule = getattr(page, f"{name}_rule", None)
                level = level_of(rule) if rule else "unknown" if values[name] else "none"
                report.fields[name] = FieldReport(rule, level, values[name])
            return page

        def further_pages(self, response: Any, page: Page) -> list[str]:
            return []  # the first page shows the rules

        def _fail(self, failure: Any, what: str) -> Iterator[Any]:
            cause = causes.from_failure(failure)
            response = getattr(failure.value, "response", None)
            # an HTTP error's response, else the status a browser-fetch verdict carries
            status = getattr(response, "status", None) or getattr(failure.value, "status", None)
            if what == "list":
                report.list_status = status
            else:
                report.article_status = status
            report.cause = cause.code
            where = "column page" if what == "list" else "article"
            report.problem = f"{where} {failure.request.url}: {cause.line()}"
            return iter(())

        def list_failed(self, failure: Any) -> Iterator[Any]:
            return self._fail(failure, "list")  # reported, not recorded: no fallback, no retry

        def article_failed(self, failure: Any) -> Iterator[Any]:
            return self._fail(failure, "article")

    return ProbeSpider


def probe_sites(sites: list[SiteConfig], base_urls: Mapping[str, str] | None = None,
                settings: Mapping[str, Any] | None = None) -> list[ProbeReport]:
    """Probe each site (through its `--base-url` where given); one Scrapy process for all."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    scrapy_settings = Settings()
    scrapy_settings.setmodule("crawler.settings", priority="project")
    # Nothing is archived: no pipeline, no progress bar; one try, and quick.
    for key, value in {"ITEM_PIPELINES": {}, "EXTENSIONS": {}, "RETRY_TIMES": 0, "DOWNLOAD_TIMEOUT": 20,
                       "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "ERROR", "PROVNEWS_DB": "(probe)",
                       **(settings or {})}.items():
        scrapy_settings.set(key, value, priority="cmdline")
    quiet_expected_network_failures()  # the report names such a failure in one line
    process = CrawlerProcess(scrapy_settings)
    reports = []
    for site in sites:
        fetched = site.with_base_url((base_urls or {}).get(site.name))
        report = ProbeReport(site.name, fetched.start_request_urls[0])
        reports.append(report)
        process.crawl(_spider_class(site, report), base_url=(base_urls or {}).get(site.name))
    process.start()
    for report in reports:
        if report.problem is None and not report.fields:
            report.problem = "no answer from the site (the probe stopped early): see the log above"
    return reports


def render(report: ProbeReport) -> list[str]:
    """The report as text lines for the terminal."""
    lines = [f"{report.site}: list {report.list_url}: "
             + (f"HTTP {report.list_status}, {report.list_entries} article entries" if report.list_status
                else "no answer")]
    lines += [f"  entry: {title}" for title in report.first_entries]
    if report.article_url:
        lines.append(f"  article {report.article_url}: HTTP {report.article_status}")
    for name, found in report.fields.items():
        rule = f" ({found.rule})" if found.rule else ""
        lines.append(f"  {name:<6} {LEVEL_NAMES.get(found.level, found.level)}{rule}: {found.value or '-'}")
    lines.append(f"  => {report.verdict()}")
    return lines
