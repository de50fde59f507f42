"""A Redis broker and `provnews worker` processes on loopback, for the scale tests and bench/scale.py.

    broker = RedisServer(tmp_dir); broker.start()          # its own redis-server, a password, a free port
    worker = WorkerProcess(broker.url, "w1", tmp_dir, models_dir=...); worker.start()  # waits for its ready line
    worker.launch(); ...; worker.wait_ready()               # or starts now, waits later
    worker.kill()                                           # SIGKILL to the worker and everything it started
    broker.stop(); broker.start()                           # the same port again, empty

Never the system's Redis service: each server has its own directory, port and password, and no
persistence. Nothing sleeps a fixed time: starting waits on a ping or the ready line.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["REDIS_SERVER", "RedisServer", "WorkerProcess", "free_port", "archive_dump"]

REDIS_SERVER = "/usr/bin/redis-server"
REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not within {timeout} s")
        time.sleep(0.05)


class RedisServer:
    def __init__(self, directory: Path, port: int | None = None):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.password = secrets.token_hex(8)
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://:{self.password}@127.0.0.1:{self.port}/0"

    def ping(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(host="127.0.0.1", port=self.port, password=self.password,
                                    socket_connect_timeout=1, socket_timeout=1).ping())
        except redis.RedisError:
            return False

    def start(self) -> RedisServer:
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--requirepass", self.password,
             "--save", "", "--appendonly", "no", "--dir", str(self.directory), "--daemonize", "no"],
            stdout=(self.directory / "redis.log").open("ab"), stderr=subprocess.STDOUT)
        _wait(self.ping, 20, f"redis-server on port {self.port}")
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self.process = None

    def queue_length(self, queue: str) -> int:
        import redis

        return int(redis.Redis(host="127.0.0.1", port=self.port, password=self.password).llen(queue))


class WorkerProcess:
    """`python -m provnews worker` in a session of its own (so `kill` reaches its pool and crawls)."""

    def __init__(self, broker_url: str, name: str, directory: Path, models_dir: Path | None = None,
                 concurrency: int = 1, config: Path | None = None, extra_env: dict[str, str] | None = None,
                 extra_args: list[str] | None = None):
        self.name = name
        self.broker_url = broker_url
        self.log = Path(directory) / f"worker-{name}.log"
        self.models_dir = models_dir or Path(directory) / f"no-models-{name}"
        self.concurrency = concurrency
        self.config = config
        self.extra_env = extra_env or {}
        self.extra_args = extra_args or []
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> WorkerProcess:
        """Start the worker and wait for its ready line."""
        return self.launch().wait_ready(timeout)

    def launch(self) -> WorkerProcess:
        """Start the worker without waiting (tasks sent meanwhile wait in the broker)."""
        env = {**os.environ, "PROVNEWS_BROKER": self.broker_url, "PROVNEWS_MODELS_DIR": str(self.models_dir),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
               **self.extra_env}
        if self.config is not None:
            env["PROVNEWS_CONFIG"] = str(self.config)
        self.log.write_text("")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "provnews", "worker", "--name", self.name, "--concurrency", str(self.concurrency),
             *self.extra_args],
            env=env, cwd=REPO, stdout=self.log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True)
        return self

    def wait_ready(self, timeout: float = 60) -> WorkerProcess:
        def ready() -> bool:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker {self.name} exited {self.process.returncode}:\n{self.output()}")
            return f"worker {self.name} ready" in self.output()

        _wait(ready, timeout, f"worker {self.name}")
        return self

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        """SIGKILL to the worker, its pool processes and its crawls (a host lost)."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


def archive_dump(db: Path) -> dict[str, object]:
    """What an archive holds, without the times: articles, paragraphs, revisions, failures, raw
    pages, and which articles are translated by which model (to compare two archives)."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        def rows(sql: str) -> list[tuple]:
            return sorted(con.execute(sql).fetchall(), key=repr)

        return {
            "articles": rows("SELECT url, site, lang, title, published_at, source, body, version FROM articles"),
            "paragraphs": rows("SELECT a.url, p.idx, p.kind, p.text FROM paragraphs p JOIN articles a ON a.id = p.article_id"),
            "revisions": rows("SELECT a.url, r.version, r.content_hash, r.title, r.body FROM revisions r"
                              " JOIN articles a ON a.id = r.article_id"),
            "failures": rows("SELECT url, site, reason, http_status FROM failures"),
            "raw pages": rows("SELECT p.url, p.page_no, p.status, p.blob_hash, a.url, p.article_version FROM raw_pages p"
                              " LEFT JOIN articles a ON a.id = p.article_id"),
            "raw blobs": rows("SELECT hash, size FROM raw_blobs"),
            "translated": rows("SELECT a.url, count(*), t.model FROM translations t JOIN articles a ON a.id = t.article_id"
                               " GROUP BY a.url, t.model"),
        }
    finally:
        con.close()
