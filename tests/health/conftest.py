"""Mirrors that change between runs, and `provnews run` / `provnews health` in a subprocess."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

from provnews.mirror import MirrorPage

REPO = Path(__file__).resolve().parents[2]
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0",
        "-s", "DOWNLOAD_TIMEOUT=3", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"]


class Changed:
    """A mirror whose every answer goes through `change(path, page) -> page | None` first: the
    portal changing its layout, emptying its list or starting to block, between two runs."""

    def __init__(self, mirror, change: Callable[[str, MirrorPage | None], MirrorPage | None]):
        self._mirror, self._change = mirror, change

    def __getattr__(self, name):
        return getattr(self._mirror, name)

    def respond(self, method: str, path: str, query: str, body: bytes) -> MirrorPage | None:
        return self._change(path, self._mirror.respond(method, path, query, body))


def renamed_body(path: str, page: MirrorPage | None) -> MirrorPage | None:
    """TRS article pages whose body container got a new class (a portal redesign)."""
    if page is None or page.kind not in ("article", "article_page"):
        return page
    body = page.body.replace(b'class="view TRS_UEDITOR trs_paper_default trs_web"', b'class="article-text"')
    return MirrorPage(page.path, body, page.content_type, truth=page.truth, kind=page.kind)


def emptied_list(path: str, page: MirrorPage | None) -> MirrorPage | None:
    """List pages that still answer 200 but list no article."""
    if page is None or page.kind != "list":
        return page
    body = re.sub(rb'<li><a href="\./[^"]*"[^>]*>.*?</li>', b"", page.body)
    return MirrorPage(page.path, body, page.content_type, kind="list")


def forbidden(path: str, page: MirrorPage | None) -> MirrorPage:
    """A WAF in front of the site: every request answered 403."""
    return MirrorPage(path, b"<html><body><h1>403 Forbidden</h1></body></html>", status=403, kind="fault")


@pytest.fixture
def provnews_run(tmp_path) -> Callable[..., subprocess.CompletedProcess]:
    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        env = {**os.environ, "PROVNEWS_MODELS_DIR": str(tmp_path / "no-models"), "PYTHONPATH": str(REPO)}
        return subprocess.run([sys.executable, "-m", "provnews", *args], cwd=tmp_path, capture_output=True,
                              text=True, timeout=timeout, env=env)

    return run


def alarm_codes(db: Path, site: str) -> list[list[str]]:
    """The alarm codes of each run of `site`, oldest first."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT alarms FROM site_health WHERE site = ? ORDER BY run_id", [site]).fetchall()
    finally:
        con.close()
    return [[a["code"] for a in json.loads(alarms)] for (alarms,) in rows]
