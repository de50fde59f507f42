"""A second, independent mirror: a tiny HTTP server over a table of routes, with a request log.

Routes map a path to a page (str/bytes, served as UTF-8 HTML unless a type is given) or to a
handler `(method, query, form) -> (status, content_type, body)` for the dynamic list endpoints.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

Handler = Callable[[str, dict[str, str], dict[str, str]], tuple[int, str, str | bytes]]
Route = str | bytes | tuple[str, str | bytes] | Handler


def _single(values: dict[str, list[str]]) -> dict[str, str]:
    return {k: v[-1] for k, v in values.items()}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]


@dataclass
class VariantServer:
    routes: dict[str, Route]
    log: list[Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _answer(self, method: str) -> None:
                parts = urlsplit(self.path)
                query = _single(parse_qs(parts.query, keep_blank_values=True))
                length = int(self.headers.get("Content-Length") or 0)
                form = _single(parse_qs(self.rfile.read(length).decode("utf-8"), keep_blank_values=True)) if length else {}
                server.log.append(Request(method, parts.path, query))
                route = server.routes.get(parts.path)
                if route is None:
                    status, ctype, body = 404, "text/html; charset=utf-8", "<html><body>404 Not Found</body></html>"
                elif callable(route):
                    status, ctype, body = route(method, query, form)
                elif isinstance(route, tuple):
                    status, (ctype, body) = 200, route
                else:
                    status, ctype, body = 200, "text/html; charset=utf-8", route
                data = body.encode("utf-8") if isinstance(body, str) else body
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                self._answer("GET")

            def do_POST(self):
                self._answer("POST")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.log if method is None or r.method == method]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def crawl_twice(crawl: Callable, args: list[str], servers: dict, watched: Callable) -> tuple[list, list[dict]]:
    """Run the same crawl twice over the servers; per run, what `watched(case, server)` picks from
    each server's log (the second run shows what an incremental crawl fetches again)."""
    runs, fetched = [], []
    for _ in range(2):
        for server in servers.values():
            server.log.clear()
        runs.append(crawl(*args))
        fetched.append({case: watched(case, server) for case, server in servers.items()})
    return runs, fetched
