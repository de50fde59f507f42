"""`provnews run`: summary, runs table, exit codes, lock."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import time

from provnews.lock import RunLock
from provnews.mirror import truths

from .conftest import provnews_argv


def test_run_crawls_records_and_exits_1_on_failed_pages(tmp_path, run_cli, mirror):
    db = tmp_path / "news.db"
    result = run_cli("gz-zh", "--db", str(db), "--base-url", f"gz-zh={mirror('gz-zh').base_url}")
    # The gz-zh mirror lists a dead link on purpose: finished, with a failure.
    assert result.returncode == 1, result.stderr
    assert "gz-zh" in result.stdout and "not translated: no zh→en translation model" in result.stdout
    header, row = result.stdout.splitlines()[:2]
    assert header.split()[:3] == ["site", "province", "list_pages"] and row.startswith("gz-zh  Guizhou 贵州  ")
    # A quiet terminal: the table on stdout, one line per problem on stderr (the dead link), no log lines.
    [problem] = result.stderr.splitlines()
    assert problem.startswith("warning: gz-zh: not archived: ") and problem.endswith("(HTTP 404)")
    con = sqlite3.connect(db)
    archived = {url for (url,) in con.execute("SELECT url FROM articles")}
    assert archived == set(truths("gz-zh"))
    run = con.execute("SELECT id, exit_code, finished_at, summary FROM runs").fetchone()
    assert run[1] == 1 and run[2] is not None
    assert json.loads(run[3])["sites"][0]["new"] == len(archived)
    site = con.execute("SELECT site, new, failed FROM run_sites WHERE run_id = ?", [run[0]]).fetchone()
    assert site == ("gz-zh", len(archived), 1)


def test_second_run_exits_75_while_lock_is_held(tmp_path, run_cli, mirror):
    db = tmp_path / "news.db"
    with RunLock(db):
        result = run_cli("gz-en", "--db", str(db), "--base-url", f"gz-en={mirror('gz-en').base_url}")
    assert result.returncode == 75
    assert len(result.stderr.strip().splitlines()) == 1
    assert "another provnews run" in result.stderr


def test_lock_of_a_killed_run_does_not_block_the_next(tmp_path, run_cli, mirror):
    db = tmp_path / "news.db"
    holder = subprocess.Popen(provnews_argv("run", "gz-en", "--db", str(db), "--base-url",
                                            f"gz-en={mirror('gz-en').base_url}", "-s", "DOWNLOAD_DELAY=30"),
                              cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lock_file = tmp_path / "news.db.lock"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (lock_file.exists() and lock_file.read_text().strip()):
        time.sleep(0.1)
    holder.kill()
    holder.wait()
    result = run_cli("gz-en", "--db", str(db), "--base-url", f"gz-en={mirror('gz-en').base_url}")
    assert result.returncode == 0, result.stderr
    count = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert count == len(truths("gz-en"))


def test_unknown_site_is_a_usage_error(tmp_path, run_cli):
    result = run_cli("xx-zz", "--db", str(tmp_path / "news.db"))
    assert result.returncode == 2
    assert "unknown site 'xx-zz'" in result.stderr


def test_log_file_gets_the_run(tmp_path, run_cli, mirror):
    log = tmp_path / "logs" / "provnews.log"
    result = run_cli("gz-en", "--db", str(tmp_path / "news.db"), "--log-file", str(log),
                     "--base-url", f"gz-en={mirror('gz-en').base_url}")
    assert result.returncode == 0, result.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    assert any("gz-en: 1 list pages" in line or "gz-en: " in line and " new," in line for line in lines)
    assert lines[-1].endswith("exit code 0")


def test_progress_bars_are_drawn_only_when_asked(tmp_path, run_cli, mirror):
    # Under cron (no TTY, as here) there are no bars; `provnews run` turns them on in a terminal.
    url = f"gz-en={mirror('gz-en').base_url}"
    quiet = run_cli("gz-en", "--db", str(tmp_path / "a.db"), "--base-url", url)
    shown = run_cli("gz-en", "--db", str(tmp_path / "b.db"), "--base-url", url, "-s", "PROVNEWS_PROGRESS=1")
    total = len(truths("gz-en"))
    assert "articles" not in quiet.stderr
    assert f"{total}/{total} articles" in shown.stderr


def test_v_shows_the_log_on_the_terminal(tmp_path, run_cli, mirror):
    result = run_cli("gz-en", "--db", str(tmp_path / "news.db"), "-v", "--base-url", f"gz-en={mirror('gz-en').base_url}")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert any(" INFO provnews.run: run 1: crawling gz-en" in line for line in lines)
    assert lines[-1].endswith("exit code 0")
