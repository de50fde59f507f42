"""Servers that fail in the ways real portals do: the run retries what is worth retrying,
records the rest, and archives everything else."""

from __future__ import annotations

import sqlite3
import time
from urllib.parse import urlsplit

from provnews.mirror import truths


def test_run_survives_server_faults(tmp_path, run_cli, fresh_mirror):
    urls = sorted(truths("gz-zh"))
    paths = [urlsplit(u).path for u in urls]
    flaky, reset, slow, hung, gone = paths[:5]
    server = fresh_mirror("gz-zh", faults={
        flaky: [500],                  # 500, then 200 on the retry
        reset: ["reset"],              # connection reset, then fine
        slow: ["slow:1"],              # slow but inside the timeout
        hung: ["timeout", "timeout"],  # never answers in time, retry included
        gone: [404],
    })
    db = tmp_path / "news.db"
    result = run_cli("gz-zh", "--db", str(db), "--base-url", f"gz-zh={server.base_url}")
    assert result.returncode == 1, result.stderr
    con = sqlite3.connect(db)
    archived = {urlsplit(u).path for (u,) in con.execute("SELECT url FROM articles")}
    assert archived == set(paths) - {hung, gone}
    reasons = {urlsplit(u).path: (reason, status) for u, reason, status in
               con.execute("SELECT url, reason, http_status FROM failures")}
    assert gone in reasons and reasons[gone][1] == 404
    assert hung in reasons and "timeout" in reasons[hung][0].lower()
    failed = con.execute("SELECT failed FROM run_sites").fetchone()[0]
    assert failed == len(reasons)


def test_failed_pages_are_fetched_again_next_run(tmp_path, run_cli, fresh_mirror):
    urls = sorted(truths("gz-en"))
    down = urlsplit(urls[0]).path
    server = fresh_mirror("gz-en", faults={down: [503, 503]})
    db = tmp_path / "news.db"
    assert run_cli("gz-en", "--db", str(db), "--base-url", f"gz-en={server.base_url}").returncode == 1
    result = run_cli("gz-en", "--db", str(db), "--base-url", f"gz-en={server.base_url}")
    assert result.returncode == 0, result.stderr
    count = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert count == len(urls)


def test_a_hung_site_is_closed_at_its_time_limit(tmp_path, run_cli, fresh_mirror):
    paths = [urlsplit(u).path for u in sorted(truths("gz-en"))]
    server = fresh_mirror("gz-en", faults={path: ["slow:20"] for path in paths})
    (tmp_path / "provnews.toml").write_text("[crawl]\nsite_time_limit = 3\n", encoding="utf-8")
    began = time.monotonic()
    result = run_cli("gz-en", "--db", str(tmp_path / "news.db"), "--base-url", f"gz-en={server.base_url}",
                     "-s", "DOWNLOAD_TIMEOUT=60")
    assert time.monotonic() - began < 20
    assert result.returncode == 1, result.stderr
    assert "gz-en: stopped at the 3s time limit" in result.stdout
