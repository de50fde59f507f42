"""Re-extraction from stored raw pages: when extraction improves, the archive follows without
fetching anything again (the live pages change or vanish).

Each article's current version is re-extracted from the responses that produced it, with the
site's current configuration; where the result differs, it goes through `Archive.store_article`
like a crawl would, so the earlier version is kept as a revision and translations of paragraphs
whose text survived stay. Extraction runs in worker processes (it is pure CPU over bytes) while
this process reads and writes the archive.

Stored failures are retried too: every fetched article URL keeps its raw page even when it could
not be archived, so a URL that failed (no title, an attachment-only notice, a crash) is
re-extracted from what was served and archived once it extracts; its failure rows are then
marked resolved.
"""

from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from archive import CHANGED, Archive, failures, transaction
from archive.articles import article_by_id, article_ids, current_version, is_archived, paragraphs_of
from archive.raw import RawPage, latest_raw_page, raw_page, version_pages

__all__ = ["ReparseReport", "reparse", "VERSIONED_FIELDS", "BATCH"]

# What makes a new version of an article (archive/hashing.py content_hash); a difference only in
# extraction bookkeeping (date_rule, charset) is not a change of the article.
VERSIONED_FIELDS = ("title", "published_at", "source", "author", "editor", "paragraphs")

# Articles handed to the workers at a time: large enough to amortise the hand-off, small enough
# that a 100,000-article archive is never held in memory at once.
BATCH = 200


@dataclass
class ReparseReport:
    articles: int = 0  # articles re-extracted
    pages: int = 0  # raw pages re-extracted
    changed: int = 0
    unchanged: int = 0
    without_raw: int = 0  # articles crawled with --no-raw: nothing to re-extract
    skipped: int = 0  # re-crawled while this ran: the crawl's newer version stands
    fields: Counter = field(default_factory=Counter)  # field -> articles where it changed
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    retried: int = 0  # stored failures re-extracted from their raw pages
    recovered: int = 0  # ... of which now archived
    seconds: float = 0.0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles, "pages": self.pages, "changed": self.changed,
            "unchanged": self.unchanged, "without_raw": self.without_raw, "skipped": self.skipped,
            "fields": {name: self.fields[name] for name in VERSIONED_FIELDS},
            "failed": len(self.failed), "retried_failures": self.retried, "recovered_failures": self.recovered,
            "seconds": round(self.seconds, 2),
            "pages_per_second": round(self.pages_per_second, 1),
        }


@cache
def _site(name: str) -> Any:
    from crawler.siteconfig import get_site

    return get_site(name)


def _extract(task: tuple[str, str, list[RawPage]]) -> dict[str, Any] | str:
    """Worker: one article's pages -> the page dict to store, or the reason it failed."""
    from crawler.extract import ExtractionError, extract_page, merge_pages
    from crawler.siteconfig import SiteConfigError

    url, site_name, pages = task
    try:
        site = _site(site_name)
        extracted = [extract_page(p.body, site.canonical_url(p.url), p.headers, site) for p in pages]
        page = merge_pages(extracted) if len(extracted) > 1 else extracted[0]
    except ExtractionError as exc:
        return exc.reason
    except SiteConfigError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - one broken page must not stop a 100,000-page run
        return f"extraction crashed: {type(exc).__name__}: {exc}"
    result = page.to_dict()
    result.update(url=url, site=site_name)
    return result


def _versioned(row: dict, paragraphs: list[tuple[str, str]]) -> dict[str, Any]:
    values = {name: row.get(name) for name in VERSIONED_FIELDS if name != "paragraphs"}
    values["paragraphs"] = [(kind, text) for kind, text in paragraphs]
    return values


def _batches(archive: Archive, ids: list[int], report: ReparseReport) -> Iterator[list[tuple[dict, list[RawPage]]]]:
    db = archive.db
    for start in range(0, len(ids), BATCH):
        batch = []
        for article_id in ids[start:start + BATCH]:
            row = article_by_id(db, article_id)
            if row is None:  # deleted while we ran
                continue
            pages = version_pages(db, article_id, row["version"])
            if not pages:
                report.without_raw += 1
                continue
            batch.append((row, pages))
        yield batch


def reparse(archive: Archive, *, site: str | None = None, since: str | None = None, jobs: int | None = None,
            progress: Callable[[ReparseReport], None] | None = None) -> ReparseReport:
    """Re-extract the selected articles (all; one site; published on or after a date) and store the
    ones whose result differs. `jobs` worker processes (default: one per CPU; 1 runs in-process)."""
    report = ReparseReport()
    started = time.perf_counter()
    _site.cache_clear()  # site files may have changed since the last call in this process
    ids = article_ids(archive.db, site=site, since=since)
    jobs = jobs or os.cpu_count() or 1
    executor: Executor | None = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(ids) > BATCH // 4 else None
    try:
        # Two batches in flight: the workers extract one while this process stores the other.
        in_flight: deque = deque()
        for batch in _batches(archive, ids, report):
            tasks = [(row["url"], row["site"], pages) for row, pages in batch]
            results = (executor.map(_extract, tasks, chunksize=max(1, len(tasks) // (jobs * 4)))
                       if executor else map(_extract, tasks))
            in_flight.append((batch, results))
            if len(in_flight) > 1 or executor is None:
                _store(archive, *in_flight.popleft(), report, progress)
        while in_flight:
            _store(archive, *in_flight.popleft(), report, progress)
        if since is None:  # a failure has no publication date: only a run without --since retries them
            _retry_failures(archive, site, report)
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
        report.seconds = time.perf_counter() - started
    return report


def _store(archive: Archive, batch: list[tuple[dict, list[RawPage]]], results: Iterator[dict | str],
           report: ReparseReport, progress: Callable[[ReparseReport], None] | None) -> None:
    db = archive.db
    for (row, pages), result in zip(batch, results):
        report.articles += 1
        report.pages += len(pages)
        if isinstance(result, str):
            report.failed.append((row["url"], result))
            continue
        before = _versioned(row, paragraphs_of(db, row["id"]))
        after = _versioned(result, [(p.get("kind", "text"), p["text"]) for p in result["paragraphs"]])
        differing = [name for name in VERSIONED_FIELDS if before[name] != after[name]]
        if not differing:
            report.unchanged += 1
            continue
        with transaction(db):
            # A crawl may have stored a newer version since this one was read: its pages win over
            # a re-extraction of older ones.
            if current_version(db, row["id"]) != row["version"]:
                report.skipped += 1
                continue
            # The content is still that of the last fetch, so the new version is dated by it: a
            # re-extraction must not make an article look freshly fetched.
            outcome = archive.store_article(result, fetched_at=row["fetched_at"],
                                            raw_pages=[p.as_fetched() for p in pages])
        if outcome == CHANGED:
            report.changed += 1
            report.fields.update(differing)
        else:  # equal after the archive's own normalisation
            report.unchanged += 1
    if progress is not None:
        progress(report)


def _retry_failures(archive: Archive, site: str | None, report: ReparseReport) -> None:
    """Re-extract stored failures in this process (they are few) and archive those that extract."""
    for url, site_name, raw_id in failures.unresolved_with_pages(archive.db, site):
        first = raw_page(archive.db, raw_id)
        if first is None or (first.status or 200) >= 400:
            continue  # an HTTP error page is kept as evidence, not as an article to extract
        report.retried += 1
        pages = [first]
        result = _extract((url, site_name, pages))
        if isinstance(result, dict) and result.get("page_urls"):
            # A multi-page article that failed on a later page: its pages were kept by URL.
            further = [latest_raw_page(archive.db, u) for u in result["page_urls"]]
            if all(p is not None for p in further):
                pages = [first, *further]  # type: ignore[list-item]
                result = _extract((url, site_name, pages))
        if isinstance(result, str):
            continue
        with transaction(archive.db):
            if is_archived(archive.db, url):
                continue  # crawled meanwhile
            archive.store_article(result, fetched_at=first.fetched_at, raw_pages=[p.as_fetched() for p in pages])
            failures.resolve(archive.db, url)
        report.recovered += 1
