"""Imported once by the forkserver of `tests/support/forked.py`: the modules a CLI run imports as
it goes (ours, Scrapy's components, the extractor's parsers), so that a forked run does not import
them again. Nothing here installs a Twisted reactor (`forked` checks it in every child)."""

import importlib
import pkgutil

import archive
import crawler.extract
import crawler.pagination

_OURS = ["crawler.spiders", "crawler.pipelines", "crawler.browser", "crawler.browser_fetch", "crawler.progress",
         "provnews.cli", "provnews.config", "provnews.lock", "provnews.crawling", "provnews.runner",
         "provnews.interruption", "provnews.commands.crawl", "provnews.commands.run", "provnews.commands.options",
         "translations.engine", "translations.packages", "translations.protect", "translations.errors"]
# Loaded by name during a crawl; a name a newer Scrapy no longer has is skipped.
_THEIRS = ["scrapy.crawler", "scrapy.addons", "scrapy.robotstxt", "scrapy.signalmanager", "scrapy.extension",
           "scrapy.core.engine", "scrapy.core.scraper", "scrapy.core.downloader",
           "scrapy.core.downloader.handlers.http11", "scrapy.core.downloader.contextfactory",
           "scrapy.core.downloader.tls", "scrapy.utils.ossignal", "twisted.web.client", "bs4", "soupsieve",
           "protego", "pydispatch", "zstandard", "html.parser", "urllib.robotparser", "difflib"]

for _package in (archive, crawler.extract, crawler.pagination):
    _OURS += [f"{_package.__name__}.{m.name}" for m in pkgutil.iter_modules(_package.__path__)]
for _name in _OURS:
    importlib.import_module(_name)
for _name in _THEIRS:
    try:
        importlib.import_module(_name)
    except ImportError:
        pass

from scrapy.settings import Settings  # noqa: E402
from scrapy.utils.misc import load_object  # noqa: E402

_settings = Settings()
_settings.setmodule("crawler.settings", priority="project")
for _key in ("DOWNLOADER_MIDDLEWARES_BASE", "DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES_BASE", "EXTENSIONS_BASE",
             "EXTENSIONS", "DOWNLOAD_HANDLERS_BASE", "ITEM_PIPELINES"):
    for _path in dict(_settings.getdict(_key)):
        try:
            load_object(_path)
        except Exception:  # an optional component whose package is missing: loaded (or not) by the crawl
            pass
