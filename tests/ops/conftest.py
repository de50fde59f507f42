"""Run `provnews run` / `provnews demo` the way cron does: a subprocess, no TTY, an exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import forked

REPO = Path(__file__).resolve().parents[2]
# The mirrors are local: no throttling, short timeouts, one retry.
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
        "-s", "DOWNLOAD_TIMEOUT=3", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"]


def provnews_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "provnews", *args]


@pytest.fixture
def run_cli(tmp_path) -> Callable[..., subprocess.CompletedProcess]:
    """`provnews run` in a child process with its own empty models dir unless the test sets one."""

    def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        full_env = {**os.environ, "PROVNEWS_MODELS_DIR": str(tmp_path / "no-models"), **(env or {})}
        return forked.cli(["run", *args, *FAST], tmp_path, env=full_env, timeout=timeout)

    return run
