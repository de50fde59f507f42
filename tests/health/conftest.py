"""Mirrors that change between runs, and `provnews run` / `provnews health` in a subprocess."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from provnews.mirror import MirrorPage
from tests.support import forked

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
        env = {**os.environ, "PROVNEWS_MODELS_DIR": str(tmp_path / "no-models")}
        return forked.cli(list(args), tmp_path, env=env, timeout=timeout)

    return run


def alarm_codes(db: Path, site: str) -> list[list[str]]:
    """The alarm codes of each run of `site`, oldest first."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT alarms FROM site_health WHERE site = ? ORDER BY run_id", [site]).fetchall()
    finally:
        con.close()
    return [[a["code"] for a in json.loads(alarms)] for (alarms,) in rows]


def add_runs(path: Path, today: dt.date) -> None:
    """Four weeks of daily runs recorded the way `provnews run` records them: zj-zh healthy until
    its last run lost its body selector, js-zh blocked since yesterday, gz-zh healthy."""

    from archive import Archive, transaction
    from crawler.health_stats import read_counts
    from crawler.siteconfig import get_site
    from provnews import health
    from provnews.health import evaluate, state_of

    def stats(new: int, body: dict, failed: int = 0, statuses: dict | None = None, entries: int = 20) -> dict:
        # The crawler's own stats keys, read back as the crawl reads them.
        raw = {f"provnews/health/rule/body/{level}": n for level, n in body.items()}
        raw.update({f"provnews/health/rule/{f}/site": new for f in ("title", "date", "source")})
        raw.update({"provnews/health/pages": new, "provnews/health/dated": new,
                    "provnews/health/body_lengths": [800 + 40 * i for i in range(new)]})
        for status, n in (statuses or {"200": 2 + new}).items():
            key = "downloader/response_status_count/" if status.isdigit() else "downloader/exception_type_count/"
            raw[key + status] = n
        if failed and statuses and "403" in statuses:
            raw["provnews/cause/list/http_403"] = failed
        return {"list_pages": 2, "list_entries": entries, "article_requests": new, "new": new, "changed": 0,
                "failed": failed, "duration_s": 3.5, "health": read_counts(raw)}

    with Archive(path) as archive, transaction(archive.db):
        for day in range(28):
            at = dt.datetime.combine(today - dt.timedelta(days=27 - day), dt.time(6, 15), dt.UTC)
            run_id = archive.db.execute("INSERT INTO runs (command, started_at, finished_at, exit_code)"
                                        " VALUES ('run', ?, ?, 0)", [at.isoformat(), at.isoformat()]).lastrowid
            last = day == 27
            crawled = {
                "zj-zh": stats(4, {"generic": 4} if last else {"site": 4}),
                "gz-zh": stats(day % 3, {"site": day % 3}, failed=1 if day % 7 == 0 else 0),
                "js-zh": stats(0, {}, failed=1, statuses={"403": 2}, entries=0) if day >= 26 else stats(2, {"site": 2}),
            }
            for name, counts in crawled.items():
                now = health.measure(name, at.isoformat(), counts)
                now.run_id = run_id
                site = get_site(name) if name != "js-zh" else get_site("zj-zh").model_copy(update={"name": "js-zh"})
                now.alarms = evaluate(now, health.history(archive.db, name, run_id, 10), site)
                now.state = state_of(now)
                health.record(archive.db, now)
        archive.db.execute("INSERT INTO failures (url, site, reason, http_status, at, run_id) VALUES"
                           " ('https://www.js.gov.cn/col/col1/index.html', 'js-zh', 'list page: HTTP 403', 403, ?, ?)",
                           [at.isoformat(), run_id])
