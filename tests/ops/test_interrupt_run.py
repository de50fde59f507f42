"""`provnews run` over several sites, stopped at random moments (crawl, translation, pairing) by
SIGINT, SIGTERM or SIGKILL, or by two Ctrl-C; every site named in a command is crawled, in any
order; a site that cannot start is an error naming it."""

from __future__ import annotations

import functools
import itertools
import json
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from provnews.crawling import host_groups
from provnews.mirror import truths
from tests.support.mirror import serve

from .conftest import FAST
from .interrupt import ARTICLE_KINDS, SIGNALS, StopAt, run_cli, snapshot
from .test_interrupt import interrupt_then_resume

RUN_SITES = ("sx-zh", "gz-en")  # Chinese to translate, English to pair
DRAWS = 8


def _run_argv(db: Path, servers: dict) -> list[str]:
    # The log file holds the run's "…; exit code N" line, which the quiet terminal leaves out.
    return ["run", *servers, "--db", str(db), "--log-file", str(db.with_suffix(".log")), *FAST,
            *(a for site, server in servers.items() for a in ("--base-url", f"{site}={server.base_url}"))]


def _check_consistent(db: Path) -> None:
    """Every article whole, every translated article translated whole."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for article_id, body, translated_at in con.execute("SELECT id, body, translated_at FROM articles"):
            texts = [t for (t,) in con.execute("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx",
                                               [article_id])]
            assert "\n".join(texts) == body
            if translated_at is not None:
                units = con.execute("SELECT count(*) FROM translations WHERE article_id = ?",
                                    [article_id]).fetchone()[0]
                assert units == len(texts) + 1  # the title and every paragraph
    finally:
        con.close()


def _article_fetches(sites: tuple[str, ...]) -> int:
    """How many article requests a clean crawl of the sites makes at least (one per article; soft
    404s and dead links come on top)."""
    from provnews.mirror import pages

    return sum(1 for site in sites for p in pages(site) if p.kind == "article")


# k: the article fetch after which the signal comes (across the sites); a delay moves the moment
# into the translation and pairing stages that follow the crawl. Drawn once, with a fixed seed, so a
# failure names a case that can be run again; one test per draw, so pytest-xdist spreads them.
_rng = random.Random(20261207)
DRAWN = [(_rng.randrange(1, _article_fetches(RUN_SITES)), _rng.choice(["SIGINT", "SIGTERM", "SIGKILL"]),
          _rng.choice([0.0, 0.0, 0.2, 0.5, 1.0])) for _ in range(DRAWS)]


@pytest.mark.parametrize("k, signame, delay", DRAWN, ids=[f"{s}-after-{k}-plus-{d}s" for k, s, d in DRAWN])
def test_run_stopped_at_a_random_moment_then_resumed(tmp_path, installed_models_dir, k, signame, delay):
    env = {"PROVNEWS_MODELS_DIR": str(installed_models_dir)}
    expected_urls = set().union(*(truths(site) for site in RUN_SITES))
    signum = SIGNALS[signame]
    servers = {site: serve(site)[0] for site in RUN_SITES}
    try:
        stop = StopAt(servers.values(), ARTICLE_KINDS, k, signum, delay=delay)
        db = interrupt_then_resume(tmp_path, servers, stop, argv=_run_argv(tmp_path / "news.db", servers), env=env)
    finally:
        for server in servers.values():
            server.stop()
    _check_consistent(db)
    con = sqlite3.connect(db)
    try:
        assert {url for (url,) in con.execute("SELECT url FROM articles")} == expected_urls
        pending = con.execute("SELECT count(*) FROM articles WHERE lang = 'zh' AND translated_at IS NULL")
        assert pending.fetchone()[0] == 0
        runs = con.execute("SELECT id, exit_code, summary FROM runs ORDER BY id").fetchall()
        run_id, code, summary = runs[0]
        if stop.late or not stop.sent:
            # No signal, or one that came once the work was done: an ordinary end, recorded as such.
            assert code in (0, 1) and json.loads(summary)["interrupted"] is None, (code, summary)
        elif signum != signal.SIGKILL:
            summary = json.loads(summary)
            assert code == 128 + signum and summary["interrupted"] == signame
            if summary["interrupted_in"] == "crawl":
                # An interrupted crawl says nothing of the portals' health: no health row, no alarm.
                health = con.execute("SELECT count(*) FROM site_health WHERE run_id = ?", [run_id])
                assert health.fetchone()[0] == 0
        alarms = con.execute("SELECT site, alarms FROM site_health WHERE alarms != '[]'").fetchall()
        assert alarms == []
    finally:
        con.close()


def _mark_first_signal(marker: str) -> None:
    """In the child: touch `marker` once the first signal has been handled (the graceful stop is
    under way), so that the test sends the second one then and not before."""
    from provnews import interruption

    handle = interruption._handle

    def marked(signum, frame):
        handle(signum, frame)
        Path(marker).touch()

    interruption._handle = marked


class _TwiceAt(StopAt):
    """SIGINT after the k-th article fetch, and again once the child has handled the first."""

    def __init__(self, servers, k: int, marker: Path):
        super().__init__(servers, ARTICLE_KINDS, k, signal.SIGINT)
        self.marker = marker

    def _send(self) -> None:
        self.ready.wait(30)
        os.kill(self.pid, signal.SIGINT)
        deadline = time.monotonic() + 30
        while not self.marker.exists() and time.monotonic() < deadline and not self.done.is_set():
            self.done.wait(0.01)
        try:
            os.kill(self.pid, signal.SIGINT)
            self.sent = True
        except ProcessLookupError:
            pass


def test_a_second_ctrl_c_stops_at_once_without_damage(tmp_path):
    site = "gz-zh"
    server = serve(site)[0]
    # The article after the stop point answers late: the graceful stop waits for it, the second
    # Ctrl-C does not.
    server.set_faults(sorted(p.path for p in server.mirror.pages() if p.kind == "article")[-1], ["slow:20"])
    try:
        clean_dir, case_dir = tmp_path / "clean", tmp_path / "case"
        clean_dir.mkdir()
        case_dir.mkdir()
        marker = case_dir / "first-signal-handled"
        argv = ["crawl", site, "--db", str(case_dir / "news.db"), "--base-url", server.base_url, *FAST]
        started = time.monotonic()
        first = run_cli(argv, case_dir, stop=_TwiceAt([server], 1, marker),
                        before=functools.partial(_mark_first_signal, str(marker)))
        assert time.monotonic() - started < 15, "the second Ctrl-C did not stop the crawl at once"
        assert first.code == 130 and "stopped at once by a second SIGINT" in first.output, first.output
        assert "Traceback" not in first.output, first.output
        assert sqlite3.connect(case_dir / "news.db").execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        second = run_cli(argv, case_dir)
        assert second.code == 1, second.output
        clean = run_cli(["crawl", site, "--db", str(clean_dir / "news.db"), "--base-url", server.base_url, *FAST],
                        clean_dir)
        assert clean.code == 1, clean.output
    finally:
        server.stop()
    assert snapshot(case_dir / "news.db") == snapshot(clean_dir / "news.db")


# -- every named site is crawled, in any order -----------------------------------------------

ORDER_SITES = ("zj-zh", "gz-zh", "zj-en", "gz-en", "fj-zh", "fj-en")  # fj-zh and fj-en share a host


def test_host_groups_keep_the_order_sites_were_named_in():
    for order in random.Random(11).sample(list(itertools.permutations(ORDER_SITES)), 60):
        groups = host_groups(order)
        assert sorted(name for group in groups for name in group) == sorted(order)  # each site once
        assert all(group == sorted(group, key=order.index) for group in groups)
        firsts = [group[0] for group in groups]
        assert firsts == sorted(firsts, key=order.index)
        assert {"fj-zh", "fj-en"} in [set(group) for group in groups]


@pytest.fixture(scope="module")
def order_servers():
    servers = {site: serve(site)[0] for site in ORDER_SITES}
    yield servers
    for server in servers.values():
        server.stop()


ORDERS = [("zj-zh", "gz-zh", "zj-en", "gz-en"),  # the example of docs/operations.md that skipped gz-zh
          ("fj-en", "gz-en", "fj-zh", "zj-zh")]
ORDERS += random.Random(7).sample(list(itertools.permutations(ORDER_SITES)), 2)


@pytest.mark.parametrize("order", ORDERS, ids=["-".join(o) for o in ORDERS])
def test_every_named_site_is_crawled_in_any_order(tmp_path, order_servers, order):
    db = tmp_path / "news.db"
    argv = ["crawl", *order, "--db", str(db), *FAST,
            *(a for site in order for a in ("--base-url", f"{site}={order_servers[site].base_url}"))]
    outcome = run_cli(argv, tmp_path)
    assert outcome.code in (0, 1), outcome.output
    assert "Traceback" not in outcome.output and "reactor" not in outcome.output, outcome.output
    con = sqlite3.connect(db)
    archived = {site: {url for (url,) in con.execute("SELECT url FROM articles WHERE site = ?", [site])}
                for site in order}
    con.close()
    for site in order:
        assert archived[site] == set(truths(site)), site


def _spider_that_cannot_start() -> None:
    """In the child: gz-zh's spider breaks while starting, as a crawler that fails to start would."""
    import crawler.spiders.site as site_module

    original = site_module.SiteSpider.__init__

    def broken(self, *args, **kwargs):
        if self.site_config.name == "gz-zh":
            raise RuntimeError("the spider could not be set up")
        original(self, *args, **kwargs)

    site_module.SiteSpider.__init__ = broken


def test_a_site_that_cannot_start_is_an_error_naming_it(tmp_path, order_servers):
    sites = ("gz-zh", "zj-zh")
    db = tmp_path / "news.db"
    argv = ["run", *sites, "--db", str(db), "--no-translate", *FAST,
            *(a for site in sites for a in ("--base-url", f"{site}={order_servers[site].base_url}"))]
    outcome = run_cli(argv, tmp_path, before=_spider_that_cannot_start)
    assert outcome.code == 1, outcome.output
    assert "gz-zh: not crawled: RuntimeError: the spider could not be set up" in outcome.output
    assert "ALARM" not in outcome.output and "moved" not in outcome.output, outcome.output
    con = sqlite3.connect(db)
    assert {url for (url,) in con.execute("SELECT url FROM articles")} == set(truths("zj-zh"))
    assert con.execute("SELECT count(*) FROM site_health WHERE site = 'gz-zh'").fetchone()[0] == 0
    con.close()


def test_demo_stopped_by_ctrl_c_then_run_again_archives_every_mirror(demo_archive, demo_runs):
    """The shared demo archive (tests/fixtures/demo.py) is made by a demo stopped by a real SIGINT once
    it had archived 30 articles, then run again: the first run ends as an interruption should, the
    second archives every mirror's articles, with no alarm (the pairing tests check its pairs)."""
    from crawler.siteconfig import load_sites
    from provnews.mirror import ALL_SITE_NAMES

    first = demo_runs["first"]
    assert first["signalled"], first["stdout"] + first["stderr"]
    assert first["code"] == 130, first["stdout"] + first["stderr"]
    lines = [line for line in first["stderr"].splitlines() if line.startswith("interrupted:")]
    assert len(lines) == 1 and lines[0].startswith("interrupted: demo stopped by SIGINT"), first["stderr"]
    assert "ALARM" not in first["stdout"] + first["stderr"] and "Traceback" not in first["stderr"]
    assert first["health_rows"] == 0  # an interrupted crawl leaves no health row
    second = demo_runs["second"]
    assert "provnews serve --db" in second["stdout"] and "provnews models install" in second["stdout"]
    assert "/feeds/all.atom" in second["stdout"]
    con = sqlite3.connect(f"file:{demo_archive}?mode=ro", uri=True)
    urls = {u for (u,) in con.execute("SELECT url FROM articles")}
    alarms = con.execute("SELECT site, alarms FROM site_health WHERE alarms != '[]'").fetchall()
    con.close()
    configured = load_sites()
    expected = {u.partition("://")[2] for site in ALL_SITE_NAMES if site in configured for u in truths(site)}
    assert {u.partition("://")[2] for u in urls} == expected
    assert alarms == []


def _signal_self_after_chunk(chunk: int, signum: int) -> None:
    """In the child: the translation sends itself `signum` once its `chunk`-th chunk is committed
    (a real signal, at an exact point, however fast the machine)."""
    import provnews.commands.translate as command
    from provnews.progress import make_progress

    def progress(tty: bool):
        reporter = make_progress(tty)
        done = reporter.chunk_done
        count = [0]

        def chunk_done(stats):
            done(stats)
            count[0] += 1
            if count[0] == chunk:
                os.kill(os.getpid(), signum)

        reporter.chunk_done = chunk_done
        return reporter

    command.make_progress = progress


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM"])
def test_translate_stopped_between_chunks_then_resumed(tmp_path, order_servers, installed_models_dir, signame):
    env = {"PROVNEWS_MODELS_DIR": str(installed_models_dir)}
    db = tmp_path / "news.db"
    crawled = run_cli(["crawl", "gz-zh", "--db", str(db), *FAST, "--base-url", order_servers["gz-zh"].base_url],
                      tmp_path)
    assert crawled.code == 1, crawled.output  # the mirror's dead link
    argv = ["translate", "--db", str(db), "--chunk-sentences", "4"]
    first = run_cli(argv, tmp_path, env=env,
                    before=functools.partial(_signal_self_after_chunk, 2, SIGNALS[signame]))
    assert first.code == 128 + SIGNALS[signame], first.output
    lines = [line for line in first.output.splitlines() if line.startswith("interrupted:")]
    assert len(lines) == 1 and f"translation stopped by {signame}" in lines[0], first.output
    assert "Traceback" not in first.output
    _check_consistent(db)
    con = sqlite3.connect(db)
    pending = "SELECT count(*) FROM articles WHERE lang = 'zh' AND translated_at IS NULL"
    left = con.execute(pending).fetchone()[0]
    con.close()
    assert left > 0, "the translation ended before its stop point"
    second = run_cli(argv, tmp_path, env=env)
    assert second.code == 0, second.output
    _check_consistent(db)
    con = sqlite3.connect(db)
    assert con.execute(pending).fetchone()[0] == 0
    con.close()


def test_the_demo_terminal_is_quiet_and_its_log_says_the_exit_code_it_exits_with(demo_runs):
    """The summary table on stdout, one line per problem on stderr (the mirrors' deliberate dead
    links), the run's progress in the log file only; the log's exit code is the process's."""
    second = demo_runs["second"]
    assert second["code"] == 0
    problems = second["stderr"].splitlines()  # (the dead links failed in the first run: the second may retry them)
    assert all(line.startswith("warning: ") and "not archived: " in line for line in problems), problems
    assert " INFO " not in second["stderr"] and "exit code" not in second["stderr"]
    table = second["stdout"].splitlines()
    assert table[1].split()[:3] == ["site", "province", "list_pages"]
    ends = [line for line in demo_runs["log"].splitlines() if "; exit code " in line]
    assert ends and ends[-1].split("; exit code ")[1].startswith(f"{second['code']} (failures expected")
    assert all("exit code 1" not in line for line in ends)


@pytest.mark.parametrize("step", ["recording", "summing up"])
def test_a_signal_once_the_work_is_done_changes_nothing(tmp_path, monkeypatch, step):
    """A signal that comes while the finished run is recorded or summed up (the window between its
    last check and its exit) neither breaks the record nor turns it into an interruption: the run
    ends with the exit code it records."""
    from provnews import interruption, runner
    from provnews.config import Config

    def signalled(then, when=lambda *args: True):
        def call(*args, **kwargs):
            if when(*args):
                os.kill(os.getpid(), signal.SIGINT)  # handled at the next bytecode, in this thread
            return then(*args, **kwargs)
        return call

    monkeypatch.setattr(runner, "_crawl", lambda *args: {})  # no site: the stages after the crawl only
    if step == "recording":
        monkeypatch.setattr(runner, "_finish_run", signalled(runner._finish_run))
    else:
        monkeypatch.setattr(runner.log, "info", signalled(runner.log.info, lambda msg, *args: "exit code" in msg))
    db = tmp_path / "news.db"
    with interruption.handle_signals():
        result = runner.run(db, [], Config(), translate=False)
        assert interruption.interrupted_by() == signal.SIGINT
    con = sqlite3.connect(db)
    try:
        code, summary = con.execute("SELECT exit_code, summary FROM runs").fetchone()
    finally:
        con.close()
    assert code == result.exit_code == 0 and json.loads(summary)["interrupted"] is None


def test_a_signal_once_the_crawl_is_whole_is_not_an_interrupted_crawl(tmp_path, monkeypatch):
    """A signal while the whole crawl's health is judged (or between the crawl and translation)
    stops what follows the crawl: the run is not recorded as an interrupted crawl, which by its
    promise records no health."""
    from provnews import interruption, runner
    from provnews.config import Config
    from provnews.health import _judge

    assess = _judge.assess

    def signalled(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)  # handled at the next bytecode, in this thread
        return assess(*args, **kwargs)

    monkeypatch.setattr(runner, "_crawl", lambda *args: {})
    monkeypatch.setattr("provnews.health.assess", signalled)
    db = tmp_path / "news.db"
    with interruption.handle_signals(), pytest.raises(interruption.Interrupted):
        runner.run(db, [], Config(), translate=False)
    con = sqlite3.connect(db)
    try:
        code, summary = con.execute("SELECT exit_code, summary FROM runs").fetchone()
    finally:
        con.close()
    summary = json.loads(summary)
    assert code == 128 + signal.SIGINT and summary["interrupted"] == "SIGINT"
    assert summary["interrupted_in"] == "pairing", summary
