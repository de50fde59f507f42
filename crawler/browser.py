"""The browser of a crawl: which Chromium, how it is launched, and one browser for the whole run.

Sites with `fetch = "browser"` or `"browser-once"` get scrapy-playwright's download handler
(their spider's settings, `browser_settings`); plain sites never start Playwright. Requests only
go through the browser when `crawler.browser_fetch.BrowserFetchMiddleware` marks them, everything
else of such a site is downloaded by Scrapy's own HTTP handler.

Several browser sites crawled in one process share one Chromium (`SharedBrowserProvider`): each
site's handler gets its own browser context (cookies stay per site), but a second Chromium would
only cost memory.

The browser is the system's (Debian's `chromium` package); nothing is downloaded at install time.
`PROVNEWS_BROWSER` (a Scrapy setting, or the environment variable) names another executable.
"""

from __future__ import annotations

import asyncio
import functools
import os
import shutil
from contextlib import suppress
from pathlib import Path
from typing import Any

__all__ = [
    "BROWSER_ENV", "CHROMIUM_ARGS", "BrowserFetchError", "SharedBrowserProvider",
    "find_browser", "missing_browser_reason", "skip_without_browser", "browser_settings", "needs_browser",
    "CHROMIUM_NAMES", "INSTALL_FIX", "CLOSE_TIMEOUT_S", "SKIPPED_RESOURCES", "skip_resource",
]

BROWSER_ENV = "PROVNEWS_BROWSER"
# The executables Debian and Ubuntu install for the `chromium` package, tried in this order.
CHROMIUM_NAMES = ("chromium", "chromium-browser")
# Headless on a server: no sandbox (often run as root in containers), no GPU, and none of
# Chromium's own background traffic (updates, sync), which a polite crawler should not send.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
]
INSTALL_FIX = "apt-get install chromium"
CLOSE_TIMEOUT_S = 10


class BrowserFetchError(Exception):
    """A page the browser side could not get; `reason` is the one line the failures table keeps."""

    def __init__(self, reason: str, status: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status


def needs_browser(site: Any) -> bool:
    return getattr(site, "fetch", "plain") != "plain"


def find_browser(setting: str | None = None) -> tuple[Path | None, str]:
    """The Chromium executable to use and where the name came from (setting, environment, PATH).

    Returns (None, what was looked for) when there is none.
    """
    named = setting or os.environ.get(BROWSER_ENV)
    if named:
        origin = "setting PROVNEWS_BROWSER" if setting else f"${BROWSER_ENV}"
        path = Path(named).expanduser()
        if path.is_file() and os.access(path, os.X_OK):
            return path, origin
        found = shutil.which(named) if not path.parent.parts or str(path.parent) == "." else None
        if found:
            return Path(found), origin
        return None, f"{named} ({origin})"
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found), "PATH"
    return None, " or ".join(CHROMIUM_NAMES) + " on PATH"


def missing_browser_reason(setting: str | None = None) -> str | None:
    """None when a browser is there, else the one-line reason with the fix."""
    path, looked_for = find_browser(setting)
    if path is not None:
        return None
    return (f"browser missing: no Chromium at {looked_for}: {INSTALL_FIX}, or name another executable"
            f" with -s {BROWSER_ENV}=PATH or ${BROWSER_ENV}")


def browser_settings(site: Any, settings: Any) -> None:
    """Give a browser site's crawler scrapy-playwright's handler, launched the project's way.

    Called from the spider's `update_settings`, so `-s PROVNEWS_BROWSER=…` is already known.
    """
    if not needs_browser(site):
        return
    handler = "crawler.browser.BoundedPlaywrightHandler"
    settings.set("DOWNLOAD_HANDLERS", {**settings.getdict("DOWNLOAD_HANDLERS"), "http": handler,
                                       "https": handler}, priority="spider")
    path, _ = find_browser(settings.get(BROWSER_ENV))
    options: dict[str, Any] = {"headless": True, "args": CHROMIUM_ARGS}
    if path is not None:
        options["executable_path"] = str(path)
    settings.set("PLAYWRIGHT_BROWSER_TYPE", "chromium", priority="spider")
    settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", options, priority="spider")
    settings.set("PLAYWRIGHT_BROWSER_PROVIDER", "crawler.browser.SharedBrowserProvider", priority="spider")
    settings.set("PLAYWRIGHT_MAX_PAGES_PER_CONTEXT", settings.getint("PROVNEWS_BROWSER_PAGES", 2),
                 priority="spider")
    settings.set("PLAYWRIGHT_MAX_CONTEXTS", 2, priority="spider")
    # The browser sends its own headers and cookies (its context's User-Agent is the crawl's):
    # Scrapy's headers would carry the plain requests' Cookie header into the browser.
    settings.set("PLAYWRIGHT_PROCESS_REQUEST_HEADERS", None, priority="spider")
    settings.set("PLAYWRIGHT_ABORT_REQUEST", "crawler.browser.skip_resource", priority="spider")
    settings.set("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT",
                 1000 * settings.getfloat("PROVNEWS_BROWSER_TIMEOUT", 30), priority="spider")


# What a page needs to pass a challenge or fill its lists is its documents, scripts and data
# calls; images, fonts, styles and media are not fetched (fewer requests to the portal).
SKIPPED_RESOURCES = frozenset({"image", "media", "font", "stylesheet", "texttrack", "eventsource", "manifest"})


def skip_resource(request: Any) -> bool:
    """scrapy-playwright's PLAYWRIGHT_ABORT_REQUEST: whether the browser leaves this one out."""
    return request.resource_type in SKIPPED_RESOURCES


def skip_without_browser(spider: Any) -> bool:
    """At the start of a browser site's crawl: without a browser, say so in one line and skip it
    (`provnews crawl` then exits 1 with that line)."""
    if not needs_browser(spider.site):
        return False
    reason = missing_browser_reason(spider.settings.get(BROWSER_ENV))
    if reason is None:
        return False
    spider.crawler.stats.set_value("provnews/skipped", reason)
    spider.logger.error("%s: skipped: %s", spider.name, reason)
    return True


# -- bounds -----------------------------------------------------------------------------------

@functools.cache
def _bounded_handler_class() -> type:
    from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

    class BoundedPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
        """scrapy-playwright's handler with each browser download and the closing of its contexts
        bounded in time. Navigation and `_settle` have their own timeouts, but a browser starved
        of CPU can stall between them; then one request fails in one line and the crawl goes on,
        instead of the whole run waiting on it."""

        def _limit_s(self) -> float:
            return 3 * self._crawler.settings.getfloat("PROVNEWS_BROWSER_TIMEOUT", 30) + 10

        async def _download_request(self, request: Any, spider: Any = None) -> Any:
            try:
                return await asyncio.wait_for(super()._download_request(request, spider), self._limit_s())
            except TimeoutError:
                raise BrowserFetchError(f"browser: page did not load in {self._limit_s():g} s") from None

        async def _close(self) -> None:
            with suppress(Exception):
                await asyncio.wait_for(super()._close(), CLOSE_TIMEOUT_S)

    return BoundedPlaywrightHandler


def __getattr__(name: str) -> Any:
    # The handler class imports scrapy-playwright, which plain crawls never load: made on first use.
    if name == "BoundedPlaywrightHandler":
        return _bounded_handler_class()
    raise AttributeError(name)


# -- one browser per process ------------------------------------------------------------------

class _Lease:
    """The shared browser as one handler sees it: closing the lease leaves the browser running
    for the other sites; the provider closes it when the last handler is done."""

    def __init__(self, browser: Any):
        self._browser = browser

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)

    async def close(self) -> None:
        return None


class _Shared:
    users = 0
    manager: Any = None
    playwright: Any = None
    browser: Any = None
    lock: asyncio.Lock | None = None


class SharedBrowserProvider:
    """scrapy-playwright's `PLAYWRIGHT_BROWSER_PROVIDER`: one Playwright driver and one Chromium
    for every crawler of the process, started on first use, closed with the last crawler."""

    def __init__(self, config: Any) -> None:
        self.config = config
        self.started = False

    async def start(self) -> None:
        from playwright.async_api import async_playwright

        _Shared.lock = _Shared.lock or asyncio.Lock()
        async with _Shared.lock:
            if _Shared.playwright is None:
                _Shared.manager = async_playwright()
                _Shared.playwright = await _Shared.manager.start()
            _Shared.users += 1
            self.started = True

    async def launch_browser(self) -> Any:
        assert _Shared.lock is not None and _Shared.playwright is not None, "start() first"
        async with _Shared.lock:
            if _Shared.browser is None or not _Shared.browser.is_connected():
                browser_type = getattr(_Shared.playwright, self.config.browser_type_name)
                _Shared.browser = await browser_type.launch(**self.config.launch_options)
            return _Lease(_Shared.browser)

    async def launch_persistent_context(self, context_kwargs: dict) -> Any:
        from scrapy.exceptions import NotSupported

        raise NotSupported("provnews uses one shared browser; persistent contexts are not used")

    async def close(self) -> None:
        if not self.started or _Shared.lock is None:
            return
        self.started = False
        async with _Shared.lock:
            _Shared.users -= 1
            if _Shared.users > 0:
                return
            browser, manager = _Shared.browser, _Shared.manager
            _Shared.browser = _Shared.playwright = _Shared.manager = None
            # Bounded: a browser that does not close in time is left to die with the process.
            with suppress(Exception):
                if browser is not None:
                    await asyncio.wait_for(browser.close(), CLOSE_TIMEOUT_S)
                if manager is not None:
                    await asyncio.wait_for(manager.__aexit__(None, None, None), CLOSE_TIMEOUT_S)

