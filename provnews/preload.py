"""The modules a crawl imports as it goes, imported once in a process that forks crawls.

A crawl is one Twisted reactor, which cannot restart, so every crawl runs in a process of its
own; a fresh interpreter spends seconds importing Scrapy, the extractor and the site files
before it fetches anything. A process that has imported them here (`preload_crawl`) forks each
crawl instead, and the fork costs milliseconds: `provnews worker` does it before its pool forks
(`provnews.scale.crawl_child.run_forked`), and the tests' forkserver for CLI runs does it too.
Nothing here installs a reactor: the forked crawl installs its own.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable

__all__ = ["CRAWL_MODULES", "FRAMEWORK_MODULES", "preload_crawl"]

# Ours, on the crawl's path (the packages of archive, crawler.extract and crawler.pagination are
# added whole by `preload_crawl`).
CRAWL_MODULES = ["crawler.pipelines", "crawler.browser", "crawler.browser_fetch", "crawler.progress",
                 "crawler.resilience", "crawler.state", "provnews.config", "provnews.crawling", "provnews.interruption"]
# Scrapy's and the parsers' modules a crawl loads by name; a name a newer Scrapy lacks is skipped.
FRAMEWORK_MODULES = ["scrapy.crawler", "scrapy.addons", "scrapy.robotstxt", "scrapy.signalmanager",
                     "scrapy.extension", "scrapy.core.engine", "scrapy.core.scraper", "scrapy.core.downloader",
                     "scrapy.core.downloader.handlers.http11", "scrapy.core.downloader.contextfactory",
                     "scrapy.core.downloader.tls", "scrapy.utils.ossignal", "twisted.web.client", "bs4",
                     "soupsieve", "protego", "pydispatch", "zstandard", "html.parser", "urllib.robotparser",
                     "difflib"]
# The settings whose components (middlewares, extensions, handlers, pipelines) Scrapy loads by path.
_COMPONENT_SETTINGS = ("DOWNLOADER_MIDDLEWARES_BASE", "DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES_BASE",
                       "EXTENSIONS_BASE", "EXTENSIONS", "DOWNLOAD_HANDLERS_BASE", "ITEM_PIPELINES")


def preload_crawl(extra: Iterable[str] = ()) -> None:
    """Import the crawl's modules, then `extra` (more of ours, e.g. the CLI's), without a reactor."""
    import archive
    import crawler.extract
    import crawler.pagination

    ours = [*CRAWL_MODULES, *extra]
    for package in (archive, crawler.extract, crawler.pagination):
        ours += [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    for name in ours:
        importlib.import_module(name)
    for name in FRAMEWORK_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            pass

    from scrapy.settings import Settings
    from scrapy.utils.misc import load_object

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for key in _COMPONENT_SETTINGS:
        for path in dict(settings.getdict(key)):
            try:
                load_object(path)
            except Exception:  # an optional component whose package is missing: loaded (or not) by the crawl
                pass
