"""Hand extracted articles and failures to the archive, and count the outcomes.

The counts go to the crawl stats under `provnews/…`, which `provnews crawl` prints per site.
On a worker host (`PROVNEWS_REMOTE_DIR`) `CollectPipeline` keeps the items instead, in a file
the writer receives; the writer hands them to `ArchivePipeline` as a local crawl does.
"""

from __future__ import annotations

import logging
from typing import Any

from archive import Archive

from .health_stats import count_article
from .items import ArticleItem, FailureItem, to_wire
from .state import items_path

__all__ = ["ArchivePipeline", "CollectPipeline"]

log = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(self, crawler: Any, keep_raw: bool, run_id: int | None):
        self.crawler = crawler
        self.stats = crawler.stats
        self.keep_raw = keep_raw
        self.run_id = run_id
        self.archive: Archive | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArchivePipeline:
        settings = crawler.settings
        run_id = settings.getint("PROVNEWS_RUN_ID") or None
        return cls(crawler, settings.getbool("PROVNEWS_KEEP_RAW", True), run_id)

    def open_spider(self) -> None:
        self.open(self.crawler.spider.db_path)

    def open(self, db_path: Any) -> None:
        self.archive = Archive(db_path)

    def close_spider(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = None

    def process_item(self, item: Any) -> Any:
        assert self.archive is not None
        if isinstance(item, ArticleItem):
            outcome = self.archive.store_article(
                item.page, fetched_at=item.fetched_at, raw_pages=item.raw_pages if self.keep_raw else None)
            self.stats.inc_value(f"provnews/{outcome}")
            count_article(self.stats, item.page, outcome)
        elif isinstance(item, FailureItem):
            self.archive.record_failure(item.url, item.site, item.reason, item.http_status, run_id=self.run_id,
                                        raw_pages=item.raw_pages if self.keep_raw else None)
            log.warning("%s: not archived: %s (%s)", item.site, item.url, item.reason)
            self.stats.inc_value("provnews/failed")
        return item


class CollectPipeline:
    """On a worker host: each item, as `crawler.items.to_wire` data, one JSON line in the
    site's items file under `PROVNEWS_REMOTE_DIR` (the archive is the writer's alone)."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.keep_raw = crawler.settings.getbool("PROVNEWS_KEEP_RAW", True)
        self.file: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> CollectPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        directory = self.crawler.settings.get("PROVNEWS_REMOTE_DIR")
        self.file = items_path(directory, self.crawler.spider.name).open("a", encoding="utf-8")

    def close_spider(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None

    def process_item(self, item: Any) -> Any:
        import json

        if isinstance(item, (ArticleItem, FailureItem)):
            self.file.write(json.dumps(to_wire(item, self.keep_raw), ensure_ascii=False) + "\n")
            self.file.flush()
        return item
