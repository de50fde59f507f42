"""The demo mirrors (`provnews.mirror`) as tests need them: a request log, observers called with
each answered request, injected faults, and data that changes between crawls.

    server, base_url = serve("gz-en", faults={"/news.html": [503, "reset", "slow:2", "timeout"]})
    server.article_requests(); server.clear_log(); server.set_faults(path, steps)
    server.mirror.update_article(id, paragraphs=[...]); server.mirror.add_article({...}); server.stop()

Faults are per path, a sequence consumed one request at a time, e.g. `{"/a.html": [500, 500]}`
(then normal answers). A step is an HTTP status, "ok" (answer normally), "reset" (drop the
connection), "slow:SECONDS" (answer late) or "timeout" (answer after the client gave up).
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from provnews import mirror as demo
from provnews.mirror import MirrorHandler, MirrorPage
from provnews.mirror.families import generated_site

__all__ = ["EditableSite", "LoggedRequest", "MirrorServer", "serve", "serve_row"]

TIMEOUT_SECONDS = 120.0  # "timeout" holds the answer this long, or until the server stops


class EditableSite(demo.MirrorSite):
    """A mirror whose data a test changes as the portal would (the four hand-made sites have data)."""

    def update_article(self, article_id: str, **changes: Any) -> None:
        """Change an article's data (title, paragraphs, date, source, ...) as the portal would."""
        with self._lock:
            article = next((a for a in self.data["articles"] if a["id"] == article_id), None)
            if article is None:
                raise KeyError(f"no article {article_id} on mirror {self.name}")
            article.update(copy.deepcopy(changes))
            self._routes = None  # rendered again on the next request

    def add_article(self, article: dict[str, Any]) -> None:
        """Publish a new article (same fields as the data file); it lists by its date."""
        with self._lock:
            self.data["articles"].append(copy.deepcopy(article))
            self._routes = None


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    query: str
    status: int
    kind: str  # the mirror page kind: article, article_page, list, soft404, robots, page, missing, fault
    at: float = field(default_factory=time.monotonic)  # when the request came in (monotonic clock)
    body: bytes = b""  # a POST's form


class _Handler(MirrorHandler):
    """The demo's handler, with the path's next fault first and the request logged."""

    server: MirrorServer

    def page(self, method: str, path: str, query: str, body: bytes) -> MirrorPage | None:
        fault = self.server.next_fault(path)
        if fault == "reset":
            self.server.log(LoggedRequest(method, path, query, 0, "fault"))
            self.close_connection = True
            self.connection.close()
            return None
        if fault == "timeout":
            self.server.stopping.wait(TIMEOUT_SECONDS)
        elif fault.startswith("slow:"):
            self.server.stopping.wait(float(fault.split(":", 1)[1]))
        if fault.isdigit():
            page = MirrorPage(path, b"<h1>error</h1>", status=int(fault), kind="fault")
        else:
            page = super().page(method, path, query, body)
        self.entry = LoggedRequest(method, path, query, page.status, page.kind, body=body or b"")
        self.server.log(self.entry)  # before the answer goes out: a client that has it sees it logged
        return page

    def send(self, method: str, page: MirrorPage) -> None:
        super().send(method, page)
        for observer in list(self.server.observers):  # after the answer went out
            observer(self.entry)


class MirrorServer(demo.MirrorServer):
    """The demo's server with a request log (`requests`), `observers` and faults."""

    def __init__(self, mirror: demo.MirrorSite, address: tuple[str, int],
                 faults: dict[str, Iterable[int | str]] | None = None, handler: type[MirrorHandler] = _Handler):
        super().__init__(mirror, address, handler)
        self.requests: list[Any] = []  # LoggedRequest (tests.support.challenge logs its own kind)
        # Called with each request once it is answered (in the server's thread): a test stops a
        # crawl at an exact point this way.
        self.observers: list[Callable[[LoggedRequest], None]] = []
        self.stopping = threading.Event()
        self._faults: dict[str, list[str]] = {}
        self._lock = threading.Lock()
        for path, steps in (faults or {}).items():
            self.set_faults(path, steps)

    def stop(self) -> None:
        self.stopping.set()  # ends the waits of "slow" and "timeout" answers
        super().stop()

    def set_faults(self, path: str, steps: Iterable[int | str]) -> None:
        with self._lock:
            self._faults[path] = [str(s) for s in steps]

    def next_fault(self, path: str) -> str:
        with self._lock:
            steps = self._faults.get(path)
            return steps.pop(0) if steps else "ok"

    def log(self, entry: Any) -> None:
        with self._lock:
            self.requests.append(entry)

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def article_requests(self) -> list[Any]:
        """Requests for anything a list entry points at: articles, their pages, soft 404s, dead links."""
        with self._lock:
            return [r for r in self.requests if r.kind in ("article", "article_page", "soft404", "missing")
                    and r.path != "/favicon.ico"]


def serve(site_name: str, host: str = "127.0.0.1", port: int = 0,
          faults: dict[str, Iterable[int | str]] | None = None, variant: str | None = None
          ) -> tuple[MirrorServer, str]:
    """Start a mirror of `site_name` in a background thread; return (server, base_url)."""
    server = MirrorServer(EditableSite(site_name, variant), (host, port), faults).start()
    return server, server.base_url


def serve_row(site_name: str, **changes: Any) -> MirrorServer:
    """Start a generated mirror of `site_name` whose data row has `changes` (another form of its pages)."""
    site = EditableSite(site_name)
    if site.generated is None:
        raise ValueError(f"{site_name} has no generated mirror to change")
    site.generated = generated_site(site_name, changes)
    return MirrorServer(site, ("127.0.0.1", 0), None).start()
