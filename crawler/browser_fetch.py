"""Which requests go through the browser, and what comes back from it (a downloader middleware).

* `fetch = "plain"`: nothing goes through the browser. A JavaScript challenge (HTTP 412 with a
  script, as 瑞数/RiverSecurity answers) fails the request with "needs a browser: …", so a site
  that needs one says so instead of listing nothing.
* `fetch = "browser-once"`: requests are plain. A challenge sends that one URL to the browser,
  which runs the challenge script until the page is served; the browser's cookies then go into
  Scrapy's cookie jar and the request is repeated plainly. When the cookies stop working (a 412
  again) the browser is asked again. List pages with `browser_wait` are read in the browser.
* `fetch = "browser"`: every page is opened in the browser (robots.txt stays a plain file).

What the spider gets from a browser page is the document as the server sent it (after the
challenge), or — where `browser_wait` names a selector that only scripts fill — the DOM after the
page's scripts ran, flagged "rendered" (`is_rendered`), which the raw record says.

A site that refuses the browser too (403, or a challenge the browser does not get past within
PROVNEWS_BROWSER_TIMEOUT) is reported "blocked: …" and the rest of its requests fail at once; no
CAPTCHA solving, no disguise: the browser sends the crawl's own User-Agent.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.http import Headers, Request, Response
from scrapy.responsetypes import responsetypes

from .browser import BrowserFetchError, needs_browser

if TYPE_CHECKING:
    from scrapy.http.request import VerboseCookie

__all__ = ["BrowserFetchMiddleware", "is_challenge", "is_rendered", "NEEDS_BROWSER", "BLOCKED",
           "CHALLENGE_STATUSES", "REFUSED_STATUSES", "MAX_CHALLENGE_ROUNDS"]

log = logging.getLogger(__name__)

# The failure reasons this module writes (the health report classifies causes by these prefixes).
NEEDS_BROWSER = "needs a browser"
BLOCKED = "blocked"
CHALLENGE_STATUSES = (412,)
REFUSED_STATUSES = (403, 412)
# A request whose fresh browser cookies are refused again this many times: the site is blocking.
MAX_CHALLENGE_ROUNDS = 3


def _one_line(record: logging.LogRecord) -> bool:
    record.msg, record.args = record.getMessage().strip().splitlines()[0], ()
    record.exc_info = record.exc_text = None
    return True


def is_challenge(response: Response) -> bool:
    """A JavaScript challenge page: the challenge status with a script in the body."""
    return response.status in CHALLENGE_STATUSES and b"<script" in response.body[:65536].lower()


def is_rendered(response: Response) -> bool:
    """Whether the body is the DOM after the page's scripts (not the bytes the server sent)."""
    return "rendered" in response.flags


def _document_recorder(record: dict[str, Any]) -> Any:
    def on_response(response: Any) -> None:
        if response.request.resource_type == "document" and response.frame.parent_frame is None:
            record["last"] = response
            record["challenges"] = record.get("challenges", 0) + (response.status in CHALLENGE_STATUSES)
    return on_response


async def _settle(page: Any, record: dict[str, Any], timeout_s: float, wait_for: str | None,
                  keep_served: bool) -> None:
    """Wait until the page is past any challenge, loaded, and (with `wait_for`) filled by scripts.

    Runs as a scrapy-playwright page method, after navigation and before the DOM is read.
    """
    from playwright.async_api import Error as PlaywrightError
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        last = record.get("last")
        if last is not None and last.status not in CHALLENGE_STATUSES:
            break
        status = last.status if last is not None else None
        if record.get("challenges", 0) > MAX_CHALLENGE_ROUNDS:  # the script ran, its answer was refused
            raise BrowserFetchError(f"{BLOCKED}: the browser's answers to the JavaScript challenge are"
                                    f" refused (HTTP {status} {record['challenges']} times)", status)
        if loop.time() > deadline:
            raise BrowserFetchError(f"{BLOCKED}: the browser did not get past the JavaScript challenge"
                                    f" in {timeout_s:g} s (HTTP {status})", status)
        await asyncio.sleep(0.05)

    def left_ms() -> float:
        return max(1.0, (deadline - loop.time()) * 1000)

    try:
        await page.wait_for_load_state("load", timeout=left_ms())
        if wait_for:
            await page.wait_for_selector(wait_for, state="attached", timeout=left_ms())
        record["status"], record["url"] = last.status, last.url
        # Reading back from the browser is bounded too: nothing here may wait past the deadline.
        record["headers"] = await asyncio.wait_for(last.all_headers(), left_ms() / 1000)
        if keep_served:
            record["body"] = await asyncio.wait_for(last.body(), left_ms() / 1000)
        record["cookies"] = await asyncio.wait_for(page.context.cookies([last.url]), left_ms() / 1000)
    except (TimeoutError, PlaywrightTimeout):
        waited = f": {wait_for!r} never appeared" if wait_for else ""
        raise BrowserFetchError(f"browser: page did not settle in {timeout_s:g} s{waited}") from None
    except PlaywrightError as exc:
        raise BrowserFetchError(f"browser: {str(exc).strip().splitlines()[0][:160]}") from None


class BrowserFetchMiddleware:
    """Downloader middleware (crawler/settings.py): sends a browser site's requests to
    scrapy-playwright where they need it and turns what comes back into ordinary responses."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.timeout_s = settings.getfloat("PROVNEWS_BROWSER_TIMEOUT", 30)
        self.user_agent = settings.get("USER_AGENT")
        self.blocked: str | None = None
        self.passed = False  # a browser page of this site was served: a later 403 is that page's
        # scrapy-playwright logs a failed page with its traceback; the failure says it in one line.
        logging.getLogger("scrapy-playwright").addFilter(_one_line)
        # How many times the browser renewed the site's cookies: a request sent before the latest
        # renewal that meets the challenge is just sent again, not taken to the browser again.
        self.renewals = 0
        self._renewing: asyncio.Future | None = None
        self._fresh_cookies: dict[str | None, list[VerboseCookie]] = {}  # by host

    @classmethod
    def from_crawler(cls, crawler: Any) -> BrowserFetchMiddleware:
        return cls(crawler)

    def _site(self) -> Any:
        return getattr(self.crawler.spider, "site", None)

    # -- requests ---------------------------------------------------------------------------

    def process_request(self, request: Request, spider: Any = None) -> None:
        site = self._site()
        if site is None or not needs_browser(site):
            return None
        if self.blocked:
            raise BrowserFetchError(self.blocked)
        read = request.meta.get("provnews_browser")
        if read is None and self._opens_in_browser(request, site):
            read = "rendered" if self._wait_for(request, site) else "served"
        if read is not None:
            self._to_browser(request, site, read)
            return None
        request.meta["provnews_renewal"] = self.renewals
        host = urlsplit(request.url).hostname
        if host in self._fresh_cookies:  # the browser's latest cookies, into Scrapy's jar (CookiesMiddleware)
            request.cookies = self._fresh_cookies.pop(host)
        return None

    @staticmethod
    def _wait_for(request: Request, site: Any) -> str | None:
        return site.browser_wait if "list" in request.meta else None

    def _opens_in_browser(self, request: Request, site: Any) -> bool:
        if request.meta.get("dont_obey_robotstxt"):  # robots.txt is a file, not a page
            return False
        return site.fetch == "browser" or self._wait_for(request, site) is not None

    def _to_browser(self, request: Request, site: Any, read: str) -> None:
        """Mark `request` for scrapy-playwright; `read` is "served" (the document as the server sent
        it) or "rendered" (the DOM after the page's scripts)."""
        record: dict[str, Any] = {}
        from scrapy_playwright.page import PageMethod

        wait_for = self._wait_for(request, site) if read == "rendered" else None
        request.meta.update({
            "provnews_browser": read,
            "provnews_record": record,
            "playwright": True,
            "playwright_context": f"provnews-{site.name}",
            "playwright_context_kwargs": {"user_agent": self.user_agent},
            # The browser keeps its own cookies; Scrapy's jar is for the plain requests.
            "dont_merge_cookies": True,
            "playwright_page_event_handlers": {"response": _document_recorder(record)},
            # Navigation returns at the first answer; `_settle` then waits past the challenge
            # (a challenge page reloads itself, so "load" alone could wait on a reload loop).
            "playwright_page_goto_kwargs": {"wait_until": "commit"},
            "playwright_page_methods": [PageMethod(_settle, record=record, timeout_s=self.timeout_s,
                                                   wait_for=wait_for, keep_served=read == "served")],
        })
        self.stats.inc_value("provnews/browser_pages")

    # -- responses --------------------------------------------------------------------------

    async def process_response(self, request: Request, response: Response,
                               spider: Any = None) -> Request | Response:
        read = request.meta.get("provnews_browser")
        if read is not None and "playwright" in response.flags:
            return self._from_browser(request, response, read)
        if not is_challenge(response):
            return response
        site = self._site()
        if site is None or not needs_browser(site):
            if request.meta.get("dont_obey_robotstxt"):
                return response  # Scrapy reads it as an empty robots.txt; the list page will say why
            raise BrowserFetchError(f"{NEEDS_BROWSER}: JavaScript challenge (HTTP {response.status});"
                                    ' set fetch = "browser-once" in the site file', response.status)
        if self._renewing is not None and not self._renewing.done():
            # Another request is in the browser for new cookies: wait for them, then go plain.
            with suppress(asyncio.TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._renewing), self.timeout_s)
        if request.meta.get("provnews_renewal", self.renewals) < self.renewals:
            return request.replace(dont_filter=True)  # the jar has newer cookies than this request had
        rounds = request.meta.get("provnews_challenges", 0)
        if rounds >= MAX_CHALLENGE_ROUNDS:
            self._block(f"{BLOCKED}: the browser's cookies are refused (HTTP {response.status} again)",
                        response.status)
        self.stats.inc_value("provnews/challenges")
        self._renewing = asyncio.get_running_loop().create_future()
        retry = request.replace(dont_filter=True, priority=request.priority + 10)
        retry.meta.update(provnews_challenges=rounds + 1, provnews_browser="served", provnews_renew=True)
        return retry

    def _renewed(self) -> None:
        if self._renewing is not None and not self._renewing.done():
            self._renewing.set_result(None)

    def _from_browser(self, request: Request, response: Response, read: str) -> Request | Response:
        record: dict[str, Any] = request.meta.get("provnews_record") or {}
        status = int(record.get("status") or response.status)
        if status in REFUSED_STATUSES and not self.passed:
            self._block(f"{BLOCKED}: the site refuses the browser too (HTTP {status})", status)
        self.passed = True
        if request.meta.get("provnews_renew"):
            # Past the challenge: later plain requests carry the browser's cookies.
            host = urlsplit(record.get("url") or response.url).hostname
            self._fresh_cookies[host] = [{"name": c["name"], "value": c["value"], "path": c.get("path") or "/"}
                                         for c in record.get("cookies") or []]
            self.renewals += 1
            self._renewed()
        if read == "rendered":
            return response.replace(status=status, flags=[*response.flags, "rendered"])
        headers = Headers({k: v for k, v in (record.get("headers") or {}).items()
                           if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")})
        body = record.get("body", response.body)
        url = record.get("url") or response.url
        cls = responsetypes.from_args(headers=headers, url=url, body=body)
        return cls(url=url, status=status, headers=headers, body=body, request=request, flags=[*response.flags])

    def _block(self, reason: str, status: int | None) -> None:
        if self.blocked is None:
            self.blocked = reason
            self.stats.set_value("provnews/skipped", reason)
            log.error("%s: %s; skipping the rest of this site", getattr(self.crawler.spider, "name", "?"), reason)
        raise BrowserFetchError(reason, status)

    def process_exception(self, request: Request, exception: BaseException, spider: Any = None) -> None:
        if request.meta.get("provnews_renew"):
            self._renewed()  # the waiting requests try for themselves
        if request.meta.get("provnews_browser") is None:
            return None
        if isinstance(exception, BrowserFetchError):
            if exception.reason.startswith(BLOCKED):
                self._block(exception.reason, exception.status)
            return None
        from playwright.async_api import Error as PlaywrightError
        from playwright.async_api import TimeoutError as PlaywrightTimeout

        if isinstance(exception, PlaywrightTimeout):
            raise BrowserFetchError(f"browser: page did not load in {self.timeout_s:g} s") from None
        if isinstance(exception, PlaywrightError):
            text = str(exception).strip().splitlines()[0][:160] if str(exception).strip() else type(exception).__name__
            raise BrowserFetchError(f"browser: {text}") from None
        return None
