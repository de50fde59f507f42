"""Imported once by the forkserver of `tests/ops/interrupt.py`: every class a crawl loads by name
(Scrapy's components as our settings list them), so that a forked run does not import them again.
Nothing here installs a Twisted reactor."""

import scrapy.core.downloader  # noqa: F401
import scrapy.core.engine  # noqa: F401
import scrapy.core.scraper  # noqa: F401
from scrapy.settings import Settings
from scrapy.utils.misc import load_object

import crawler.extract  # noqa: F401
import provnews.cli  # noqa: F401
import provnews.commands.crawl  # noqa: F401
import provnews.commands.run  # noqa: F401
import provnews.crawling  # noqa: F401

_settings = Settings()
_settings.setmodule("crawler.settings", priority="project")
for _key in ("DOWNLOADER_MIDDLEWARES_BASE", "DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES_BASE", "EXTENSIONS_BASE",
             "EXTENSIONS", "DOWNLOAD_HANDLERS_BASE", "ITEM_PIPELINES"):
    for _path in dict(_settings.getdict(_key)):
        try:
            load_object(_path)
        except Exception:  # an optional component whose package is missing: loaded (or not) by the crawl
            pass
for _key in ("SCHEDULER", "STATS_CLASS", "LOG_FORMATTER", "REQUEST_FINGERPRINTER_CLASS", "DUPEFILTER_CLASS",
             "SCHEDULER_PRIORITY_QUEUE", "SCHEDULER_MEMORY_QUEUE", "SCHEDULER_DISK_QUEUE", "DOWNLOADER",
             "ITEM_PROCESSOR", "SPIDER_LOADER_CLASS"):
    if _settings.get(_key):
        load_object(_settings[_key])
