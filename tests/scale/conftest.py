"""A Redis broker of the tests' own (loopback, a password, a free port) and two `provnews worker`
processes holding the tiny model, started once for the session (tests/support/cluster.py)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import forked
from tests.support.cluster import REDIS_SERVER, RedisServer, WorkerProcess

# A dead worker's task goes to another after this many seconds plus a 1 s sweep (production: 60
# plus 5); the writer gives up on a silent broker after GRACE_S (production: 10).
VISIBILITY_S = 4
GRACE_S = 2
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
        "-s", "DOWNLOAD_TIMEOUT=5", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"]


class Cluster:
    def __init__(self, directory: Path, models_dir: Path):
        self.directory = directory
        self.models_dir = models_dir
        self.config = directory / "provnews.toml"
        self.config.write_text(f"[scale]\nvisibility_timeout = {VISIBILITY_S}\ntask_sentences = 16\n"
                               f"broker_grace_s = {GRACE_S}\n")
        self.broker = RedisServer(directory / "redis").start()
        self.workers = [self.worker(name) for name in ("w1", "w2")]
        for worker in self.workers:
            worker.launch()

    def ready(self) -> None:
        """Wait for w1 and w2 (started side by side, or restarted by a test)."""
        for worker in self.workers:
            worker.wait_ready()

    def worker(self, name: str, models_dir: Path | None = None, broker: RedisServer | None = None) -> WorkerProcess:
        return WorkerProcess((broker or self.broker).url, name, self.directory, models_dir=models_dir or self.models_dir,
                             config=self.config)

    def env(self, broker: RedisServer | None = None, **extra: str) -> dict[str, str]:
        return {**os.environ, "PROVNEWS_MODELS_DIR": str(self.models_dir), "PROVNEWS_CONFIG": str(self.config),
                "PROVNEWS_BROKER": (broker or self.broker).url, **extra}

    def cli(self, *args: str, cwd: Path, broker: RedisServer | None = None, env: dict[str, str] | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess:
        return forked.cli([*args, *FAST], cwd, env=env or self.env(broker), timeout=timeout)

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.broker.stop()


@pytest.fixture(scope="session")
def cluster(tmp_path_factory, installed_models_dir) -> Iterator[Cluster]:
    if not Path(REDIS_SERVER).exists():
        pytest.fail(f"{REDIS_SERVER} is missing: apt-get install redis-server")
    cluster = Cluster(tmp_path_factory.mktemp("cluster"), installed_models_dir)
    yield cluster
    cluster.close()
