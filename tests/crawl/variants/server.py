"""A second, independent mirror: a tiny HTTP server over a table of routes, with a request log.

Routes map a path to a page (str/bytes, served as UTF-8 HTML unless a type is given) or to a
handler `(method, query, form) -> (status, content_type, body)` for the dynamic list endpoints.

`VariantServer(routes, faults=Faults(seed))` misbehaves as real portals do, drawn per request (method,
path, query and form) from the seed, so that each seed hits other pages and a rerun of one seed hits
the same ones: once per request (the retry or the next run gets the page) a 500/502/503, a reset
connection, a body cut short, a 200 "系统繁忙" page, a WAF hop (302 to a check that sends the client
back to the same URL); on every answer, a slow answer inside the timeout, gzip content-encoding,
an HTML page sent as GBK bytes labelled UTF-8 or not labelled at all (its meta says gb2312), and
`…/index.html` redirected to its folder `…/` (which serves the index page).
"""

from __future__ import annotations

import gzip
import random
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, urlsplit

Handler = Callable[[str, dict[str, str], dict[str, str]], tuple[int, str, str | bytes]]
Route = str | bytes | tuple[str, str | bytes] | Handler


def _single(values: dict[str, list[str]]) -> dict[str, str]:
    return {k: v[-1] for k, v in values.items()}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    fault: str = ""  # the fault injected into this answer ("" for none)


ONCE = ("500", "502", "503", "reset", "truncate", "busy", "waf")  # the first answer only
BUSY = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>系统繁忙</title></head><body>"
        "<div class=\"tip\"><p>系统繁忙，请稍后再试</p><a href=\"javascript:location.reload()\">刷新</a></div></body></html>")
VERIFY = "/__waf_verify"  # where a WAF hop sends a client before sending it back
_INDEX_NAMES = ("index.html", "index.shtml", "index.htm")
_INDEX = re.compile(r"/index\.s?html?$")
_META_CHARSET = re.compile(rb"""(<meta[^>]*charset\s*=\s*["']?)[\w-]+""", re.I)


@dataclass
class Faults:
    """A seeded draw of the faults real portals show. `rate`: the share of requests whose first
    answer fails; `slow`: the delay of a slow answer (inside any sane download timeout)."""

    seed: int
    rate: float = 0.35
    slow: float = 0.4

    def draw(self, key: str) -> tuple[str, set[str]]:
        """(the fault of the first answer or "", the lasting traits of every answer) for one request."""
        rng = random.Random(f"{self.seed}|{key}")
        once = rng.choice(ONCE) if rng.random() < self.rate else ""
        lasting = {trait for trait, share in (("slow", 0.1), ("gzip", 0.3)) if rng.random() < share}
        if rng.random() < 0.3:
            lasting.add(rng.choice(("gbk-as-utf8", "gbk-unlabelled")))
        if rng.random() < 0.3:
            lasting.add("folder")  # `…/index.html` answered by a redirect to `…/` (where the server drops index names)
        return once, lasting


def _as_gbk(ctype: str, data: bytes, trait: str) -> tuple[str, bytes]:
    """An HTML page re-sent as GBK (GB18030) bytes whose meta says gb2312, labelled UTF-8 or not at
    all; pages without a charset meta and other types are left as they are."""
    if not ctype.startswith("text/html"):
        return ctype, data
    declared = re.search(r"charset=([\w-]+)", ctype)
    meta = _META_CHARSET.search(data[:2048])
    if meta is None:
        return ctype, data
    charset = declared.group(1) if declared else meta.group(0).rsplit(b"=", 1)[-1].strip(b"\"' ").decode()
    try:
        text = data.decode("gb18030" if charset.lower() in ("gb2312", "gbk") else charset)
    except (LookupError, UnicodeDecodeError):
        return ctype, data
    data = _META_CHARSET.sub(lambda m: m.group(1) + b"gb2312", text.encode("gb18030"), count=1)
    return ("text/html; charset=utf-8" if trait == "gbk-as-utf8" else "text/html"), data


@dataclass
class VariantServer:
    routes: dict[str, Route]
    log: list[Request] = field(default_factory=list)
    faults: Faults | None = None
    answered: set[str] = field(default_factory=set)  # requests answered once (their "once" fault is spent)

    def __post_init__(self) -> None:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _answer(self, method: str) -> None:
                parts = urlsplit(self.path)
                query = _single(parse_qs(parts.query, keep_blank_values=True))
                length = int(self.headers.get("Content-Length") or 0)
                raw_form = self.rfile.read(length).decode("utf-8") if length else ""
                form = _single(parse_qs(raw_form, keep_blank_values=True)) if raw_form else {}
                if parts.path == VERIFY:  # the WAF's check: back to where the client came from
                    self._send(302, "text/html; charset=utf-8", b"", [("Location", query.get("to", "/")),
                                                                      ("Set-Cookie", "waf_ok=1; Path=/")])
                    return
                once, lasting = server.fault(method, parts.path, parts.query, raw_form)
                server.log.append(Request(method, parts.path, query, once))
                if once == "waf" and method == "GET":
                    self._send(302, "text/html; charset=utf-8", b"", [("Location", f"{VERIFY}?to={quote(self.path, safe='')}")])
                    return
                folder = parts.path.rsplit("/", 1)[0] + "/"
                if "folder" in lasting and method == "GET" and _INDEX.search(parts.path) and folder not in server.routes:
                    self._send(301, "text/html; charset=utf-8", b"", [("Location", folder + (f"?{parts.query}" if parts.query else ""))])
                    return
                if once == "reset":
                    self.close_connection = True
                    self.connection.close()
                    return
                if "slow" in lasting:
                    server.stopping.wait(server.faults.slow if server.faults else 0)
                route = server.routes.get(parts.path)
                if route is None and parts.path.endswith("/"):  # a folder serves its index page
                    route = next((server.routes[parts.path + name] for name in _INDEX_NAMES
                                  if parts.path + name in server.routes), None)
                if route is None:
                    status, ctype, body = 404, "text/html; charset=utf-8", "<html><body>404 Not Found</body></html>"
                elif callable(route):
                    status, ctype, body = route(method, query, form)
                elif isinstance(route, tuple):
                    status, (ctype, body) = 200, route
                else:
                    status, ctype, body = 200, "text/html; charset=utf-8", route
                data = body.encode("utf-8") if isinstance(body, str) else body
                if once.isdigit():
                    status, ctype, data = int(once), "text/html; charset=utf-8", f"<h1>{once} error</h1>".encode()
                elif once == "busy":
                    status, ctype, data = 200, "text/html; charset=utf-8", BUSY.encode("utf-8")
                for trait in lasting & {"gbk-as-utf8", "gbk-unlabelled"}:
                    ctype, data = _as_gbk(ctype, data, trait)
                headers = [("Content-Encoding", "gzip")] if "gzip" in lasting else []
                wire = gzip.compress(data) if headers else data
                if once == "truncate":  # the length of the whole body, then half of it and a closed connection
                    self._send(status, ctype, wire, headers, cut=len(wire) // 2)
                    return
                self._send(status, ctype, wire, headers)

            def _send(self, status: int, ctype: str, data: bytes, headers: list[tuple[str, str]], cut: int | None = None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data if cut is None else data[:cut])
                if cut is not None:
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.close()

            def do_GET(self):
                self._answer("GET")

            def do_POST(self):
                self._answer("POST")

        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def fault(self, method: str, path: str, query: str, form: str) -> tuple[str, set[str]]:
        """The fault of this answer (its "once" fault only on the request's first answer) and its lasting traits."""
        if self.faults is None or path == "/robots.txt":
            return "", set()
        key = f"{method} {path}?{'&'.join(sorted(query.split('&')))}|{'&'.join(sorted(form.split('&')))}"
        once, lasting = self.faults.draw(key)
        with self.lock:
            first = key not in self.answered
            self.answered.add(key)
        if once == "waf" and method != "GET":  # a WAF hop turns a POST into a GET: real WAFs hop GETs only
            once = ""
        return (once if first else ""), lasting

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.log if method is None or r.method == method]

    def stop(self) -> None:
        self.stopping.set()
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
