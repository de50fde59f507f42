"""Serve a mirror on 127.0.0.1 in a background thread, read-only: what `provnews demo` crawls.

Tests and benchmarks add a request log, observers and injected faults in a subclass
(tests/support/mirror.py) through the handler's two steps: `page` (the answer to a request) and
`send` (writing it out).
"""

from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from .page import MirrorPage
from .sites import MirrorSite

__all__ = ["MirrorServer", "MirrorHandler", "serve"]


class MirrorHandler(BaseHTTPRequestHandler):
    """Answers GET, HEAD and POST from the server's mirror, quietly."""

    server: MirrorServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # no line on stderr per request
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
        page = self.page(method, parts.path, parts.query, body)
        if page is not None:
            self.send(method, page)

    def page(self, method: str, path: str, query: str, body: bytes) -> MirrorPage | None:
        """The answer to one request: the mirror's page, or a 404 page (None: answer nothing)."""
        page = self.server.mirror.respond(method, path, query, body)
        return page if page is not None else MirrorPage(path, b"<h1>404 Not Found</h1>", status=404, kind="missing")

    def send(self, method: str, page: MirrorPage) -> None:
        try:
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            if method != "HEAD":
                self.wfile.write(page.body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mirror: MirrorSite, address: tuple[str, int],
                 handler: type[MirrorHandler] = MirrorHandler):
        super().__init__(address, handler)
        self.mirror = mirror
        # A short poll: stop() waits for it, and tests start and stop many servers.
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.02},
                                        name=f"mirror-{mirror.name}", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (a crawl killed mid-request) is no error of the mirror's."""
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)

    def start(self) -> MirrorServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def serve(site_name: str, host: str = "127.0.0.1", port: int = 0, variant: str | None = None
          ) -> tuple[MirrorServer, str]:
    """Start a mirror of `site_name` in a background thread; return (server, base_url)."""
    server = MirrorServer(MirrorSite(site_name, variant), (host, port)).start()
    return server, server.base_url
