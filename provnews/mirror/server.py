"""Serve a mirror on 127.0.0.1 in a background thread, with a request log and injected faults.

Faults are per path, a sequence consumed one request at a time, e.g. `{"/a.html": [500, 500]}`
(then normal answers). A step is an HTTP status, "ok" (answer normally), "reset" (drop the
connection), "slow:SECONDS" (answer late) or "timeout" (answer after the client gave up).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterable
from urllib.parse import urlsplit

from .sites import MirrorSite

__all__ = ["MirrorServer", "LoggedRequest", "serve", "TIMEOUT_SECONDS"]

TIMEOUT_SECONDS = 120.0  # "timeout" holds the answer this long, or until the server stops


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    query: str
    status: int
    kind: str  # the mirror page kind: article, article_page, list, soft404, robots, page, missing, fault
    at: float = field(default_factory=time.monotonic)  # when the request came in (monotonic clock)


class _Handler(BaseHTTPRequestHandler):
    server: "MirrorServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # the request log replaces stderr noise
        pass

    def do_GET(self) -> None:
        self._answer("GET")

    def do_HEAD(self) -> None:
        self._answer("HEAD")

    def do_POST(self) -> None:
        self._answer("POST")

    def _answer(self, method: str) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fault = self.server.next_fault(parts.path)
        if fault == "reset":
            self.server.log(LoggedRequest(method, parts.path, parts.query, 0, "fault"))
            self.close_connection = True
            self.connection.close()
            return
        if fault == "timeout":
            self.server.stopping.wait(TIMEOUT_SECONDS)
        elif fault.startswith("slow:"):
            self.server.stopping.wait(float(fault.split(":", 1)[1]))
        if fault.isdigit():
            status, content_type, payload, kind = int(fault), "text/html; charset=UTF-8", b"<h1>error</h1>", "fault"
        else:
            page = self.server.mirror.respond(method, parts.path, parts.query, body)
            if page is None:
                status, content_type, payload, kind = 404, "text/html; charset=UTF-8", b"<h1>404 Not Found</h1>", "missing"
            else:
                status, content_type, payload, kind = page.status, page.content_type, page.body, page.kind
        entry = LoggedRequest(method, parts.path, parts.query, status, kind)
        self.server.log(entry)
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if method != "HEAD":
                self.wfile.write(payload)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        for observer in list(self.server.observers):  # after the answer went out
            observer(entry)


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mirror: MirrorSite, address: tuple[str, int],
                 faults: dict[str, Iterable[int | str]] | None = None):
        super().__init__(address, _Handler)
        self.mirror = mirror
        self.requests: list[LoggedRequest] = []
        # Called with each request once it is answered (in the server's thread): a test stops a
        # crawl at an exact point this way.
        self.observers: list[Callable[[LoggedRequest], None]] = []
        self.stopping = threading.Event()
        self._faults: dict[str, list[str]] = {}
        self._lock = threading.Lock()
        for path, steps in (faults or {}).items():
            self.set_faults(path, steps)
        # A short poll: stop() waits for it, and tests start and stop many servers.
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.02},
                                        name=f"mirror-{mirror.name}", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (a crawl killed mid-request) is no error of the mirror's."""
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)

    def start(self) -> "MirrorServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()

    # -- faults and log -----------------------------------------------------------------------

    def set_faults(self, path: str, steps: Iterable[int | str]) -> None:
        with self._lock:
            self._faults[path] = [str(s) for s in steps]

    def next_fault(self, path: str) -> str:
        with self._lock:
            steps = self._faults.get(path)
            return steps.pop(0) if steps else "ok"

    def log(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(entry)

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def article_requests(self) -> list[LoggedRequest]:
        """Requests for anything a list entry points at: articles, their pages, soft 404s, dead links."""
        with self._lock:
            return [r for r in self.requests if r.kind in ("article", "article_page", "soft404", "missing")
                    and r.path != "/favicon.ico"]


def serve(site_name: str, host: str = "127.0.0.1", port: int = 0,
          faults: dict[str, Iterable[int | str]] | None = None, variant: str | None = None
          ) -> tuple[MirrorServer, str]:
    """Start a mirror of `site_name` in a background thread; return (server, base_url)."""
    server = MirrorServer(MirrorSite(site_name, variant), (host, port), faults).start()
    return server, server.base_url
