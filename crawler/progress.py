"""A live progress line per site while a crawl runs in a terminal (`PROVNEWS_PROGRESS`).

The total of a crawl is not known in advance (list pages reveal articles as they come), so
each bar's total is the number of articles scheduled so far and grows as the lists are read.
Under cron the setting is off and nothing but log lines is written.
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

__all__ = ["CrawlProgress"]

_DONE = ("new", "changed", "unchanged", "failed")
_shared: dict[str, Any] = {}  # one rich Progress for all the crawlers of a process


def _bar() -> Any:
    if "bar" not in _shared:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        _shared["bar"] = Progress(TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
                                  TextColumn("articles  {task.fields[detail]}"), TimeElapsedColumn(),
                                  console=Console(stderr=True))
        _shared["open"] = 0
    return _shared["bar"]


class CrawlProgress:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.task_id: Any = None
        self.loop = task.LoopingCall(self.refresh)

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlProgress:
        if not crawler.settings.getbool("PROVNEWS_PROGRESS"):
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self, spider: Any) -> None:
        bar = _bar()
        if _shared["open"] == 0:
            bar.start()
        _shared["open"] += 1
        self.task_id = bar.add_task(spider.name, total=None, detail="reading lists")
        self.loop.start(0.25, now=True)

    def refresh(self) -> None:
        stats = self.crawler.stats.get_stats()
        count = {key: int(stats.get(f"provnews/{key}", 0)) for key in ("list_pages", "article_requests", *_DONE)}
        detail = f"{count['list_pages']} list pages, {count['new']} new, {count['failed']} failed"
        _bar().update(self.task_id, total=count["article_requests"] or None,
                      completed=sum(count[key] for key in _DONE), detail=detail)

    def closed(self, spider: Any) -> None:
        if self.loop.running:
            self.loop.stop()
        self.refresh()
        _shared["open"] -= 1
        if _shared["open"] == 0:
            _bar().stop()
