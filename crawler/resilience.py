"""Fetching through a portal's passing moods: what a retry or the next run gets past, not a failure
for good.

* A **busy page** ("系统繁忙，请稍后再试", "服务器繁忙", "访问过于频繁") answered with status 200 is
  the 503 it means (`BusyPageMiddleware`): Scrapy retries it, and if it is still busy the failure
  is recorded as HTTP 503, passing, so the next run fetches the page again. Taken as a page, it
  was a permanent "no body" failure for an article, and for a list page an empty page that ended
  the column's walk, so the articles below it were never seen again.
* A **redirect back to the same URL** (a WAF's check that sets a cookie, then sends the client to
  where it came from: P -> /verify?to=P -> P) is not a duplicate request (`ReturningRedirectDupeFilter`):
  Scrapy's duplicate filter dropped the return to P, with no failure recorded, so the page was lost
  in silence.
"""

from __future__ import annotations

import re
from contextlib import suppress
from typing import Any

from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import Request, Response, TextResponse

from crawler.extract import ExtractionError
from crawler.extract.decode import decode

__all__ = ["BusyPageMiddleware", "ReturningRedirectDupeFilter", "is_busy_page", "BUSY_STATUS", "response_headers",
           "response_text"]

BUSY_STATUS = 503  # what a busy page means
# The busy notices of Chinese portals and their WAFs, and the English ones of their English editions.
_BUSY = re.compile(r"系统繁忙|服务器繁忙|服务繁忙|网络繁忙|访问过于频繁|请求过于频繁|请稍后再试|请稍候再试|稍后重试"
                   r"|server (?:is )?(?:too )?busy|try again later|too many requests", re.I)
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]+>", re.I | re.S)
_MAX_TEXT = 80  # a notice, not an article: a busy page shows a line (and a "refresh" link), no more
_MAX_BYTES = 16_384  # longer answers are pages, whatever they say


def response_headers(response: Response) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}


def response_text(response: Response) -> str:
    """The response's text; where its charset label lies (GBK bytes sent as UTF-8: U+FFFD in
    Scrapy's text), what its bytes decode to as article pages are decoded (`decode`)."""
    try:
        text = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
    except (LookupError, UnicodeDecodeError):
        text = "\ufffd"
    if "\ufffd" in text:
        with suppress(ExtractionError):
            text = decode(response.body, response_headers(response)).text
    return text


def is_busy_page(response: Response) -> bool:
    """A short 200 page whose visible text is a "busy, try again later" notice."""
    if response.status != 200 or not isinstance(response, TextResponse) or len(response.body) > _MAX_BYTES:
        return False
    text = response_text(response)
    visible = " ".join(_TAGS.sub(" ", text).split())
    return len(visible.replace(" ", "")) <= _MAX_TEXT and bool(_BUSY.search(visible))


class BusyPageMiddleware:
    """A downloader middleware: a busy page becomes the 503 it means, before RetryMiddleware sees it
    (its order sits between RetryMiddleware and the decompression, so gzip bodies are read)."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if is_busy_page(response):
            return response.replace(status=BUSY_STATUS, flags=[*response.flags, "busy page"])
        return response


class ReturningRedirectDupeFilter(RFPDupeFilter):
    """Scrapy's duplicate filter, except for a redirect that returns to the URL its chain began
    from (once: a loop still ends at REDIRECT_MAX_TIMES or here)."""

    def request_seen(self, request: Request) -> bool:
        chain = request.meta.get("redirect_urls") or []
        if chain and chain[0] == request.url and chain.count(request.url) == 1:
            return False
        return super().request_seen(request)
