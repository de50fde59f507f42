"""`provnews run/crawl/translate --broker` with real `provnews worker` processes over a real
redis-server: the same archive as a local run, nothing lost or doubled when a worker is killed
or the broker goes away, a worker without the model refused."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from provnews.mirror import truths
from provnews.scale.crawl_child import PROCESS_NAME
from tests.support import forked
from tests.support.cluster import RedisServer
from tests.support.cluster import archive_dump as dump
from tests.support.mirror import serve

from .conftest import FAST

pytestmark = pytest.mark.xdist_group("scale")

# gz-zh lists a dead link (a failure); fj-zh and fj-en share a host (one task, one after the other).
RUN_SITES = ["gz-zh", "fj-zh", "fj-en", "ah-zh"]


def base_urls(servers) -> list[str]:
    return [arg for site, server in servers.items() for arg in ("--base-url", f"{site}={server.base_url}")]


def crawl_pid_of(worker) -> int | None:
    """The crawl process a worker forked, if one runs (it is in the worker's session)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            name = (entry / "comm").read_text().strip()
            if name == PROCESS_NAME and os.getsid(int(entry.name)) == worker.process.pid:
                return int(entry.name)
        except (OSError, ProcessLookupError):
            continue
    return None


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"{what}: not within {timeout} s")


def in_background(call) -> tuple[threading.Thread, list]:
    out: list = []
    thread = threading.Thread(target=lambda: out.append(call()), daemon=True)
    thread.start()
    return thread, out


def local_env(cluster) -> dict[str, str]:
    return {k: v for k, v in cluster.env().items() if k != "PROVNEWS_BROKER"}


def archived_urls(db: Path) -> set[str]:
    """The archive's article URLs; none before the writer has created it."""
    if not db.exists():
        return set()
    try:
        return {url for (url, *_) in dump(db)["articles"]}
    except sqlite3.Error:
        return set()


def slow_articles(server, site: str, seconds: int) -> None:
    """Every article of the mirror answers `seconds` late, once: a crawl of it lasts that long."""
    for url in truths(site):
        server.set_faults(urlsplit(url).path, [f"slow:{seconds}"])


def test_run_on_workers_archives_what_a_local_run_archives(cluster, tmp_path):
    cluster.ready()
    servers = {site: serve(site)[0] for site in RUN_SITES}
    try:
        # The reference run and the run on the workers side by side (two archives, the same mirrors).
        thread, out = in_background(lambda: forked.cli(
            ["run", *RUN_SITES, "--db", str(tmp_path / "local.db"), *base_urls(servers), *FAST], tmp_path,
            env=local_env(cluster), timeout=180))
        remote = cluster.cli("run", *RUN_SITES, "--db", str(tmp_path / "remote.db"), *base_urls(servers), "--json",
                             cwd=tmp_path)
        thread.join(180)
        assert out, "the local run did not end"
        local = out[0]
    finally:
        for server in servers.values():
            server.stop()
    assert local.returncode == remote.returncode == 1, (local.stderr, remote.stderr)  # gz-zh's dead link
    assert dump(tmp_path / "remote.db") == dump(tmp_path / "local.db")
    summary = json.loads(remote.stdout)
    workers = {s["site"]: s["worker"] for s in summary["sites"]}
    assert set(workers) == set(RUN_SITES)
    assert set(workers.values()) == {"w1", "w2"}, workers  # both took tasks
    assert workers["fj-zh"] == workers["fj-en"]  # one host, one worker
    assert cluster.broker.password not in remote.stdout + remote.stderr


def test_a_worker_killed_mid_task_loses_and_doubles_nothing(cluster, tmp_path):
    site = "cq-zh"
    cluster.ready()
    server = serve(site)[0]
    try:
        local = forked.cli(["crawl", site, "--db", str(tmp_path / "local.db"), "--base-url", server.base_url,
                            *FAST], tmp_path, env=local_env(cluster))
        assert local.returncode == 0, local.stderr
        server.clear_log()
        slow_articles(server, site, 2)  # the crawl is still fetching them when its worker dies
        thread, out = in_background(lambda: cluster.cli("crawl", site, "--db", str(tmp_path / "remote.db"),
                                                        "--base-url", server.base_url, "--json", cwd=tmp_path))
        victim, pid = wait_for(lambda: next(((w, p) for w in cluster.workers if (p := crawl_pid_of(w))), None),
                               60, "a worker crawling")
        wait_for(lambda: any(r.kind == "list" for r in server.requests), 30, "the crawl listing")
        victim.kill()
        thread.join(120)
        assert out, "the crawl did not finish after the worker was killed"
        result = out[0]
    finally:
        server.stop()
        for worker in cluster.workers:
            if worker.process.poll() is not None:
                worker.launch()  # for the tests after this one (`cluster.ready()`)
    assert result.returncode == 0, result.stderr
    survivor = next(w for w in cluster.workers if w is not victim)
    assert json.loads(result.stdout)[site]["worker"] == survivor.name
    assert dump(tmp_path / "remote.db") == dump(tmp_path / "local.db")
    assert {url for (url, *_) in dump(tmp_path / "remote.db")["articles"]} == set(truths(site))


@pytest.fixture
def lone_broker(tmp_path) -> RedisServer:
    broker = RedisServer(tmp_path / "redis").start()
    yield broker
    broker.stop()


def test_broker_gone_mid_run_gives_one_line_and_the_next_run_completes(cluster, tmp_path, lone_broker):
    first, slow = "ah-zh", "cq-zh"
    servers = {first: serve(first)[0], slow: serve(slow)[0]}
    worker = cluster.worker("w3", broker=lone_broker).launch()  # the tasks wait in the broker meanwhile
    db = tmp_path / "news.db"
    try:
        slow_articles(servers[slow], slow, 3)
        args = ("crawl", first, slow, "--db", str(db), *base_urls(servers))
        thread, out = in_background(lambda: cluster.cli(*args, cwd=tmp_path, broker=lone_broker))
        # One worker process: the first site's task ends (and is stored) before the slow one's begins.
        wait_for(lambda: archived_urls(db) == set(truths(first)), 60, "the first site archived")
        wait_for(lambda: any(r.kind == "list" for r in servers[slow].requests), 60, "the slow site's crawl")
        lone_broker.stop()
        thread.join(120)
        assert out, "the writer did not stop when the broker went away"
        gone = out[0]
        assert gone.returncode == 75, gone.stderr
        errors = [line for line in gone.stderr.splitlines() if line.startswith("Error:")]
        assert len(errors) == 1 and f"127.0.0.1:{lone_broker.port}" in errors[0] and "is gone" in errors[0], gone.stderr
        assert lone_broker.password not in gone.stdout + gone.stderr
        assert archived_urls(db) == set(truths(first))  # what was received is archived

        lone_broker.start()  # same port and password, empty
        worker.kill()
        worker.launch()  # a worker that outlived its retries is restarted by its service manager
        again = cluster.cli(*args, cwd=tmp_path, broker=lone_broker)
    finally:
        worker.stop()
        for server in servers.values():
            server.stop()
    assert again.returncode == 0, again.stderr
    assert archived_urls(db) == set(truths(first)) | set(truths(slow))


def test_a_worker_without_the_model_is_refused(cluster, tmp_path, lone_broker):
    site = "ah-zh"
    server = serve(site)[0]
    db = tmp_path / "news.db"
    worker = cluster.worker("bare", models_dir=tmp_path / "empty", broker=lone_broker).launch()
    try:
        crawled = forked.cli(["crawl", site, "--db", str(db), "--base-url", server.base_url, *FAST], tmp_path,
                             env=local_env(cluster))
        assert crawled.returncode in (0, 1), crawled.stderr  # (ah-zh lists a dead link)
        result = forked.cli(["translate", "--db", str(db)], tmp_path, env=cluster.env(lone_broker), timeout=120)
        run = cluster.cli("run", site, "--db", str(db), "--base-url", server.base_url, cwd=tmp_path,
                          broker=lone_broker)
    finally:
        worker.stop()
        server.stop()
    assert result.returncode == 1, result.stderr
    assert "worker bare has no usable model" in result.stderr, worker.output()
    # The run says it once: "not translated: worker bare has no usable model …"
    assert "not translated: worker bare has no usable model" in run.stdout, run.stdout + run.stderr
    assert "not translated: not translated" not in run.stdout + run.stderr
    assert dump(db)["translated"] == []


def test_a_worker_with_another_model_version_refuses(installed_models_dir):
    from provnews.scale.tasks import WorkerSetup, translate_batch

    setup = WorkerSetup("w9", "redis://127.0.0.1:1/0", models_dir=installed_models_dir)
    answer = translate_batch(setup, "translate-zh_en-9.9", {"beam_size": 1}, ["你好。"])
    assert "targets" not in answer
    assert answer["refused"].startswith("worker w9 has ") and "not translate-zh_en-9.9" in answer["refused"]


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM", "SIGKILL"])
def test_the_writer_stopped_mid_run_then_run_again_archives_everything_once(cluster, tmp_path, signame):
    """The writer (`provnews crawl --broker`) stopped by a signal while a worker still crawls:
    what it received stays, and the next run archives every article, none twice."""
    first, slow = "ah-zh", "cq-zh"
    cluster.ready()
    servers = {first: serve(first)[0], slow: serve(slow)[0]}
    db = tmp_path / "news.db"
    args = ["crawl", first, slow, "--db", str(db), *base_urls(servers)]
    pids: list[int] = []
    try:
        local = forked.cli([*args[:3], "--db", str(tmp_path / "local.db"), *args[5:], *FAST], tmp_path,
                           env=local_env(cluster))
        assert local.returncode in (0, 1), local.stderr  # (ah-zh lists a dead link)
        slow_articles(servers[slow], slow, 2)
        thread, out = in_background(lambda: forked.run([*args, *FAST], tmp_path, env=cluster.env(), timeout=120,
                                                       started=pids.append))
        wait_for(lambda: archived_urls(db) >= set(truths(first)), 60, "the first site archived")
        wait_for(lambda: any(r.kind == "article" for r in servers[slow].requests), 60, "the slow site's crawl")
        os.kill(pids[0], getattr(signal, signame))
        thread.join(120)
        assert out, "the writer did not stop"
        assert out[0].returncode != 0, out[0].stderr
        assert archived_urls(db) < set(truths(first)) | set(truths(slow))  # stopped mid-run
        again = cluster.cli(*args, cwd=tmp_path)
    finally:
        for server in servers.values():
            server.stop()
    assert again.returncode in (0, 1), again.stderr
    remote, reference = dump(db), dump(tmp_path / "local.db")
    for part in ("articles", "paragraphs", "revisions"):
        assert remote[part] == reference[part], part
