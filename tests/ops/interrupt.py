"""Run the real CLI in a child process and stop it with a real signal at an exact point.

A crawl is one Scrapy reactor, which cannot restart, so each run needs a process of its own; a
fresh interpreter per run would spend most of its time importing Scrapy. The children are forked
from a forkserver that has already imported the crawl's modules (and installed no reactor), so a
run costs a fork. The mirror server, in this process, counts the requests it answers and sends
the signal right after the k-th one of the chosen kind went out.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.support.mirror import LoggedRequest, MirrorServer

ARTICLE_KINDS = ("article", "article_page", "soft404", "missing")
PRELOAD = ["tests.ops.preload_crawl"]

_context: Any = None


def _forkserver() -> Any:
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


def _cli_child(argv: list[str], env: dict[str, str], cwd: str, output: str,
               before: Callable[[], None] | None = None) -> None:
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    faulthandler.enable()  # a run that hangs is dumped (SIGABRT) before it is killed
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(env)
    if "twisted.internet.reactor" in sys.modules:  # the forkserver must stay reactor-free
        print("a reactor was installed before the run", flush=True)
        os._exit(99)
    sys.argv = ["provnews", *argv]
    from provnews.cli import main

    code: Any = 0
    try:
        if before is not None:
            before()
        main()
    except SystemExit as exc:
        code = exc.code
    sys.stdout.flush()
    sys.stderr.flush()
    status = code if isinstance(code, int) else (0 if code is None else 1)
    # The status also goes to a file: the forkserver's own report of it has been seen to break off
    # (multiprocessing then says 255) when runs start and end on two threads at once.
    Path(output + ".status").write_text(str(status))
    os._exit(status)


@dataclass
class Outcome:
    code: int  # exit status; -N when killed by signal N
    output: str
    signalled: bool  # the stop point was reached and the signal sent


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
    """`provnews ARGV` in a forked child; with `stop`, interrupted as it says; `before` (a
    module-level function) runs in the child first."""
    output = tmp_path / f"out-{uuid.uuid4().hex[:12]}.txt"
    full_env = {**os.environ, **(env or {})}
    if stop is not None:
        for server in stop.servers:
            server.observers.append(stop)
    try:
        process = _forkserver().Process(target=_cli_child, args=(argv, full_env, str(tmp_path), str(output), before))
        process.start()
        if stop is not None:
            stop.pid = process.pid
            stop.ready.set()
        process.join(timeout)
        if stop is not None:
            stop.done.set()
        if process.is_alive():
            os.kill(process.pid, signal.SIGABRT)
            process.join(5)
            process.kill()
            process.join()
            raise AssertionError(f"provnews {' '.join(argv)} did not end in {timeout} s:\n{output.read_text()}")
    finally:
        if stop is not None:
            for server in stop.servers:
                server.observers.remove(stop)
    status = output.with_name(output.name + ".status")
    code = int(status.read_text()) if status.exists() else process.exitcode
    return Outcome(code, output.read_text(errors="replace"), bool(stop and stop.sent))


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
