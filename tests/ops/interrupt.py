"""Stop a real CLI run with a real signal at an exact point.

The run is forked from a warm forkserver (`tests/support/forked.py`); the mirror server, in this
process, counts the requests it answers and sends the signal right after the k-th one of the
chosen kind went out.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.support import forked
from tests.support.forked import Outcome
from tests.support.mirror import LoggedRequest, MirrorServer

ARTICLE_KINDS = ("article", "article_page", "soft404", "missing")


class StopAt:
    """Send `signum` to the run after the k-th answered request of `kinds` (across `servers`),
    `delay` seconds later (a moment of the stages after the crawl), `times` times in a row."""

    def __init__(self, servers: Iterable[MirrorServer], kinds: tuple[str, ...], k: int, signum: int,
                 delay: float = 0.0, times: int = 1):
        self.servers, self.kinds, self.k, self.signum = list(servers), kinds, k, signum
        self.delay, self.times = delay, times
        self.count = 0
        self.pid: int | None = None
        self.ready = threading.Event()
        self.done = threading.Event()  # set once the run ended: a pending delayed signal is dropped
        self.sent = False
        # Set by the caller that saw the run end: the signal came once the run's work was done (an
        # ordinary end, recorded as such), or after the process had gone.
        self.late = False
        self._lock = threading.Lock()

    def __call__(self, entry: LoggedRequest) -> None:
        if entry.kind not in self.kinds or entry.path == "/favicon.ico":
            return
        with self._lock:
            self.count += 1
            if self.count != self.k:
                return
        if self.delay:
            threading.Thread(target=self._send, daemon=True).start()
        else:
            self._send()

    def _send(self) -> None:
        self.ready.wait(30)
        if self.delay and self.done.wait(self.delay):
            return  # the run was over before the moment came
        if self.pid is not None:
            for _ in range(self.times):
                try:
                    os.kill(self.pid, self.signum)
                except ProcessLookupError:
                    return
            self.sent = True


def run_cli(argv: list[str], tmp_path: Path, *, stop: StopAt | None = None, env: dict[str, str] | None = None,
            timeout: float = 120, before: Callable[[], None] | None = None) -> Outcome:
    """`provnews ARGV` in a forked child; with `stop`, interrupted as it says; `env` is added to
    this process's environment; `before` (a module-level function) runs in the child first."""
    if stop is not None:
        for server in stop.servers:
            server.observers.append(stop)

    def started(pid: int) -> None:
        if stop is not None:
            stop.pid = pid
            stop.ready.set()

    try:
        outcome = forked.run(argv, tmp_path, env={**os.environ, **(env or {})}, timeout=timeout, before=before,
                             started=started)
    finally:
        if stop is not None:
            stop.done.set()
            for server in stop.servers:
                server.observers.remove(stop)
    outcome.signalled = bool(stop and stop.sent)
    return outcome


def snapshot(db: Path) -> dict[str, Any]:
    """What a crawl archived, without the times it did so: articles with their paragraphs, and the
    failures that are a page's lasting state (soft 404s, dead links)."""
    con = sqlite3.connect(db)
    try:
        articles = {url: (site, lang, title, published, body, version)
                    for url, site, lang, title, published, body, version in con.execute(
                        "SELECT url, site, lang, title, published_at, body, version FROM articles")}
        paragraphs = con.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
        lasting = {(url, reason) for url, reason in con.execute(
            "SELECT url, reason FROM failures WHERE http_status BETWEEN 400 AND 499 OR reason LIKE 'not an article%'")
            if url not in articles}
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {"articles": articles, "paragraphs": paragraphs, "lasting failures": lasting}
    finally:
        con.close()


def article_paths(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {urlsplit(url).path for (url,) in con.execute("SELECT url FROM articles")}
    finally:
        con.close()


def fetched_paths(servers: Iterable[MirrorServer], since: dict[int, int]) -> list[str]:
    """Article paths requested from the servers after the request counts in `since` (by id)."""
    paths = []
    for server in servers:
        paths += [r.path for r in server.requests[since.get(id(server), 0):] if r.kind in ARTICLE_KINDS]
    return paths


SIGNALS = {"SIGINT": signal.SIGINT, "SIGTERM": signal.SIGTERM, "SIGKILL": signal.SIGKILL}
