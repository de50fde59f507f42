"""An interrupted crawl loses nothing: stopped at ANY point by SIGINT, SIGTERM or SIGKILL, one more
run without --refresh leaves the archive exactly as a clean crawl's, and fetches no article the
archive already holds. The cases are enumerated, not sampled: every article fetch k = 1..n-1 and
every list page j = 1..m-1 of a mirror, under each of the three signals; and every k of a column
that grew by more than a list page since its last complete crawl."""

from __future__ import annotations

import os
import random
import signal
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.support.mirror import MirrorServer, serve

from .conftest import FAST
from .interrupt import (
    ARTICLE_KINDS,
    SIGNALS,
    StopAt,
    article_paths,
    fetched_paths,
    run_cli,
    snapshot,
)

CRAWL_SITES = ("gz-zh", "zj-zh")  # numbered static list pages; a Hanweb JSON API behind a shell page
# Cases run two at a time, each against a mirror server of its own; one at a time where pytest-xdist
# already keeps every core busy.
WORKERS = 1 if os.environ.get("PYTEST_XDIST_WORKER") else 2


def _crawl_argv(db: Path, servers: dict[str, MirrorServer]) -> list[str]:
    return ["crawl", *servers, "--db", str(db), *FAST,
            *(a for site, server in servers.items() for a in ("--base-url", f"{site}={server.base_url}"))]


def _cases(cases: list[Any], run: Callable[[Any], None]) -> None:
    with ThreadPoolExecutor(WORKERS) as pool:
        for result in pool.map(run, cases):
            assert result is None


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """Each site's clean crawl: its archive snapshot and how many article / list requests it made."""
    result = {}
    for site in CRAWL_SITES:
        server = serve(site)[0]
        tmp = tmp_path_factory.mktemp(f"clean-{site}")
        try:
            outcome = run_cli(_crawl_argv(tmp / "news.db", {site: server}), tmp)
        finally:
            server.stop()
        assert outcome.code in (0, 1), outcome.output
        result[site] = {"snapshot": snapshot(tmp / "news.db"),
                        "articles": sum(r.kind in ARTICLE_KINDS for r in server.requests),
                        "lists": sum(r.kind == "list" for r in server.requests)}
        assert result[site]["articles"] >= 5 and result[site]["lists"] >= 2, result[site]
    return result


def interrupt_then_resume(tmp_path: Path, servers: dict[str, MirrorServer], stop: StopAt,
                          argv: list[str] | None = None, codes: tuple[int, ...] = (0, 1),
                          env: dict[str, str] | None = None) -> Path:
    """Run until `stop`, check how the run ended, run once more; return the archive's path."""
    db = tmp_path / "news.db"
    argv = argv or _crawl_argv(db, servers)
    first = run_cli(argv, tmp_path, stop=stop, env=env)
    assert first.signalled or stop.delay, f"the run ended before its stop point: {first.output}"
    name = signal.Signals(stop.signum).name
    # (`provnews run` logs "…; exit code N" as its work's last line, into its --log-file: a signal
    # before it must interrupt)
    log = db.with_suffix(".log")
    logged = first.output + (log.read_text(encoding="utf-8") if log.exists() else "")
    # (a SIGKILL too: one that lands once the process has ended finds it gone)
    late = (stop.delay and "interrupted:" not in first.output
            and "; exit code " in logged and first.code in (*codes, -stop.signum))
    stop.late = bool(late)
    if not first.signalled or late:
        # A delayed signal that came after the run had ended, or once its work was done and it was on
        # its way out (its own handlers gone): an ordinary end, nothing for the next run to resume.
        assert "Traceback" not in first.output, first.output
    elif stop.signum == signal.SIGKILL:
        assert first.code == -signal.SIGKILL
    else:
        assert first.code == 128 + stop.signum, first.output
        lines = [line for line in first.output.splitlines() if line.startswith("interrupted:")]
        if stop.times == 1:
            assert len(lines) == 1 and f"stopped by {name}" in lines[0] and "the next run resumes" in lines[0], \
                first.output
        else:
            assert "stopped at once" in first.output, first.output
        assert "Traceback" not in first.output and "no list entries" not in first.output, first.output
        assert "ALARM" not in first.output, first.output
    had = article_paths(db) if db.exists() else set()
    marks = {id(s): len(s.requests) for s in servers.values()}
    second = run_cli(argv, tmp_path, env=env)
    assert second.code in codes, second.output
    refetched = set(fetched_paths(servers.values(), marks)) & had
    assert not refetched, f"the resumed run fetched archived articles again: {refetched}"
    return db


def _stopped_at_every(tmp_path: Path, site: str, signame: str, kinds: tuple[str, ...], count: int, what: str,
                      expected: dict) -> None:
    """Stop a crawl of `site` after each answered request n = 1..count-1 of `kinds`, resume, compare."""
    def case(n: int) -> None:
        server = serve(site)[0]
        try:
            stop = StopAt([server], kinds, n, SIGNALS[signame])
            db = interrupt_then_resume(tmp_path / f"n{n}", {site: server}, stop)
            assert snapshot(db) == expected, f"stopped after {what} {n}"
        finally:
            server.stop()

    for n in range(1, count):
        (tmp_path / f"n{n}").mkdir()
    _cases(list(range(1, count)), case)


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM", "SIGKILL"])
@pytest.mark.parametrize("site", CRAWL_SITES)
def test_stopped_after_every_article_fetch(tmp_path, clean, site, signame):
    _stopped_at_every(tmp_path, site, signame, ARTICLE_KINDS, clean[site]["articles"], "article fetch",
                      clean[site]["snapshot"])


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM", "SIGKILL"])
@pytest.mark.parametrize("site", CRAWL_SITES)
def test_stopped_after_every_list_page(tmp_path, clean, site, signame):
    _stopped_at_every(tmp_path, site, signame, ("list",), clean[site]["lists"], "list page", clean[site]["snapshot"])


# Published after the column was last crawled to its end: more than a list page's worth, so the
# first list page of the resumed crawl holds only archived entries while older ones are missing.
GROWTH = [{"id": f"8812{n:04d}", "date": f"2026-11-2{n} 09:3{n}:00", "source": "贵州日报",
           "title": f"贵州省召开第{n}次全省重点项目建设调度会",
           "paragraphs": [f"11月2{n}日，全省重点项目建设调度会在贵阳召开，会议通报了第{n}批重点项目的建设进展。",
                          "会议要求，各地各部门要压实责任，加快项目审批，确保重点项目早开工、早投产、早见效。"]}
          for n in range(1, 6)]


def _grown(server: MirrorServer) -> MirrorServer:
    for article in GROWTH:
        server.mirror.add_article(article)
    return server


def test_column_grown_since_its_last_complete_crawl(tmp_path):
    """A complete crawl, then the column grows by two list pages; the next crawl is stopped after
    each of its article fetches (signal drawn per case) and resumed: nothing is missing."""
    site = "gz-zh"
    grown = _grown(serve(site)[0])
    try:
        outcome = run_cli(_crawl_argv(tmp_path / "clean.db", {site: grown}), tmp_path)
        assert outcome.code in (0, 1), outcome.output
        expected = snapshot(tmp_path / "clean.db")
    finally:
        grown.stop()
    assert len(expected["articles"]) >= len(GROWTH) + 5
    rng = random.Random(20261207)
    draws = [(k, rng.choice(list(SIGNALS.values()))) for k in range(1, len(GROWTH))]

    def case(draw: tuple[int, int]) -> None:
        k, signum = draw
        server = serve(site)[0]
        case_dir = tmp_path / f"k{k}"
        try:
            first = run_cli(_crawl_argv(case_dir / "news.db", {site: server}), case_dir)
            assert first.code in (0, 1), first.output
            _grown(server)
            db = interrupt_then_resume(case_dir, {site: server}, StopAt([server], ARTICLE_KINDS, k, signum))
            assert snapshot(db) == expected, f"stopped by {signal.Signals(signum).name} after article fetch {k}"
        finally:
            server.stop()

    for k, _ in draws:
        (tmp_path / f"k{k}").mkdir()
    _cases(draws, case)
