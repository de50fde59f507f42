"""Why a request failed, named from what was seen: one classifier for the crawl, the run's
health alarms and `provnews sites --check`.

"The site may be blocking us, moved, or be down" helps nobody: a machine without network sees
DNS failures, a WAF answers 403 or a 412 page whose script sets a cookie, a moved column answers
404, and a changed layout answers 200 with nothing we can read. Each of those has another fix,
so each is its own `Cause`, classified from the Twisted/Scrapy failure or the HTTP response.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Cause", "CAUSES", "from_failure", "from_exception", "from_status", "from_reason", "cause"]

# A 412 page of a JavaScript challenge: a script, little else (the WAFs of several portals).
_SCRIPT = re.compile(rb"<script", re.I)


@dataclass(frozen=True)
class Cause:
    code: str
    label: str  # what was seen, in a few words
    fix: str  # what the user can do about it
    network: bool = False  # the request never got an HTTP answer
    blocked: bool = False  # an answer that refuses us

    def line(self, where: str = "") -> str:
        return f"{where + ': ' if where else ''}{self.label}: {self.fix}"


CAUSES: dict[str, Cause] = {c.code: c for c in (
    Cause("dns", "DNS lookup failed or no network", "check this machine's network and DNS (the site's name did not resolve)",
          network=True),
    Cause("refused", "connection refused", "the server refuses connections: the site may be down, or the port closed",
          network=True),
    Cause("reset", "connection reset or closed", "the server or a firewall dropped the connection: often blocking;"
          " retry later, slow down (DOWNLOAD_DELAY), or use a proxy (--base-url)", network=True),
    Cause("tls", "TLS error", "the site's HTTPS certificate or handshake failed: check the clock and CA"
          " certificates, or the site's certificate", network=True),
    Cause("timeout", "timeout", "the site answered too slowly: raise DOWNLOAD_TIMEOUT or retry later", network=True),
    Cause("network", "network error", "the request got no answer: check the network", network=True),
    Cause("http_403", "HTTP 403 Forbidden", "the site blocks this address or client: slow down, or crawl through"
          " a proxy (--base-url)", blocked=True),
    Cause("http_412_script", "HTTP 412 with a script", "needs a browser: JavaScript challenge;"
          " set fetch = \"browser-once\" in the site file", blocked=True),
    Cause("http_412", "HTTP 412 Precondition Failed", "the site refuses the request: it may need a browser", blocked=True),
    Cause("http_429", "HTTP 429 Too Many Requests", "the site throttles us: raise DOWNLOAD_DELAY", blocked=True),
    Cause("http_404", "HTTP 404 Not Found", "the page is gone; for a column page the column has moved:"
          " update start_urls"),
    Cause("http_5xx", "server error (HTTP 5xx)", "the site is failing: retry later"),
    Cause("http_other", "unexpected HTTP status", "see the failures table for the status"),
    Cause("no_entries", "HTTP 200 with no list entries", "the column moved or the list selectors miss:"
          " check start_urls and [lists] items"),
)}


def cause(code: str) -> Cause:
    return CAUSES.get(code, CAUSES["network"])


def from_status(status: int, body: bytes | None = b"") -> Cause:
    """The cause of an HTTP error answer."""
    if status == 403:
        return CAUSES["http_403"]
    if status == 412:
        return CAUSES["http_412_script" if body and _SCRIPT.search(body) else "http_412"]
    if status == 429:
        return CAUSES["http_429"]
    if status == 404 or status == 410:
        return CAUSES["http_404"]
    if status >= 500:
        return CAUSES["http_5xx"]
    return CAUSES["http_other"]


# Exception class names, as Twisted, Scrapy, pyOpenSSL and the standard library spell them.
_BY_NAME = {
    "DNSLookupError": "dns", "gaierror": "dns", "NoRouteError": "dns",
    "ConnectionRefusedError": "refused",
    "SSLError": "tls", "CertificateError": "tls", "SSLCertVerificationError": "tls",
    "TimeoutError": "timeout", "TCPTimedOutError": "timeout", "UserTimeoutError": "timeout",
    "ConnectionLost": "reset", "ConnectionDone": "reset", "ConnectionResetError": "reset",
    "ConnectionAborted": "reset", "ConnectionAbortedError": "reset", "ResponseFailed": "reset",
    "ResponseNeverReceived": "reset", "PotentialDataLoss": "reset",
}
_WRAPPERS = ("ResponseNeverReceived", "ResponseFailed")
# What the message says where the class is too general (ConnectError, OSError).
_BY_TEXT = (
    ("dns", re.compile(r"name or service not known|nodename nor servname|name resolution|"
                       r"network is unreachable|no route to host|dns lookup failed", re.I)),
    ("refused", re.compile(r"connection refused", re.I)),
    ("tls", re.compile(r"certificate|\bssl\b|\btls\b|handshake", re.I)),
    ("timeout", re.compile(r"timed out|timeout|took longer than", re.I)),
    ("reset", re.compile(r"reset by peer|connection (?:was )?(?:lost|closed)|broken pipe", re.I)),
)


def _inner(exc: BaseException) -> list[BaseException]:
    """`exc` after what it wraps (Twisted's ResponseNeverReceived holds the real reasons)."""
    found: list[BaseException] = []
    for reason in getattr(exc, "reasons", None) or []:
        value = getattr(reason, "value", reason)
        if isinstance(value, BaseException):
            found += _inner(value)
    return [*found, exc]


def from_exception(exc: BaseException) -> Cause:
    """The cause of a request that got no HTTP answer."""
    chain = _inner(exc)
    for item in chain:
        if "OpenSSL" in type(item).__module__:
            return CAUSES["tls"]
        code = _BY_NAME.get(type(item).__name__)
        if code:
            return CAUSES[code]
    text = " ".join(f"{type(item).__name__}: {item}" for item in chain)
    return _from_text(text)


def _from_text(text: str) -> Cause:
    for code, pattern in _BY_TEXT:
        if pattern.search(text):
            return CAUSES[code]
    return CAUSES["network"]


def from_failure(failure: Any) -> Cause:
    """The cause of a Scrapy errback's failure: an HTTP error answer or a network error."""
    response = getattr(failure.value, "response", None)
    if response is not None and getattr(response, "status", None):
        return from_status(response.status, response.body)
    reason = getattr(failure.value, "reason", None)
    if isinstance(reason, str):  # the browser fetch's own one-line verdict (crawler.browser.BrowserFetchError)
        return from_reason(reason, getattr(failure.value, "status", None))
    return from_exception(failure.value)


def from_reason(reason: str, status: int | None) -> Cause:
    """The cause of a stored failure (`failures.reason`, `failures.http_status`)."""
    if "needs a browser" in reason or "JavaScript challenge" in reason:  # as the browser fetch words it
        return CAUSES["http_412_script"]
    if status:
        return from_status(status)
    text = reason.removeprefix("list page: ").removeprefix("network: ")
    name = text.split(":", 1)[0].strip()
    if name in _WRAPPERS:  # the reasons it wraps are in its text
        inner = _from_text(text.split(":", 1)[-1])
        return inner if inner.code != "network" else CAUSES["reset"]
    code = _BY_NAME.get(name)
    return CAUSES[code] if code else _from_text(text)
