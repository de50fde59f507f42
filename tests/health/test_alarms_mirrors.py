"""Drift alarms through the real `provnews run`: a mirror changes between two runs and exactly its
alarm fires; a healthy site raises none over many runs."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from provnews.health import FALLBACK_NAMES
from tests.support import forked

from .conftest import FAST, Changed, alarm_codes, emptied_list, forbidden, renamed_body

SITE = "gz-zh"


def _article(n: int) -> dict:
    """A new article; a higher n is newer (lists are newest first, and paging stops at known ones)."""
    return {"id": f"8899{n:04d}", "date": f"2026-11-{21 + n // 10:02d} {10 + n % 10}:30:00", "source": "贵州日报",
            "title": f"贵州省召开第{n}次全省重点工作调度会议",
            "paragraphs": [f"会议通报了第{n}批重点项目的推进情况，要求各地各部门压实责任、加快进度。",
                           "会议强调，要坚持问题导向，聚焦短板弱项，确保全年目标任务圆满完成。",
                           "省直有关部门负责同志参加会议。"]}


def _run(provnews_run, db, server):
    return provnews_run("run", SITE, "--db", str(db), "--no-translate", "--base-url", f"{SITE}={server.base_url}",
                        "--log-file", _log(db), *FAST)


def _log(db) -> str:
    return str(db) + ".log"


def _changed_run(provnews_run, fresh_mirror, db, change, new_articles: int = 0):
    """A second run, against a fresh mirror that published `new_articles` and then changed."""
    server = fresh_mirror(SITE)
    for n in range(new_articles):
        server.mirror.add_article(_article(n))
    server.mirror = Changed(server.mirror, change)
    return _run(provnews_run, db, server)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """An archive after one healthy run of the mirror (its dead link is one failure)."""

    from tests.support.mirror import serve


    db = tmp_path_factory.mktemp("baseline") / "news.db"
    server, _ = serve(SITE)
    try:
        result = forked.cli(["run", SITE, "--db", str(db), "--no-translate", "--base-url",
                             f"{SITE}={server.base_url}", *FAST], db.parent)
    finally:
        server.stop()
    assert result.returncode == 1 and "ALARM" not in result.stdout, result.stdout + result.stderr
    return db


@pytest.fixture
def archive(baseline, tmp_path):
    db = tmp_path / "news.db"
    shutil.copy(baseline, db)
    return db


def test_renamed_body_container_raises_the_body_rule_alarm_only(provnews_run, fresh_mirror, archive):
    result = _changed_run(provnews_run, fresh_mirror, archive, renamed_body, new_articles=4)
    assert result.returncode == 1, result.stderr
    assert alarm_codes(archive, SITE) == [[], ["rule_body"]]
    line, = [line for line in result.stdout.splitlines() if line.startswith("ALARM")]
    assert line.startswith("ALARM gz-zh: body selector div.view.TRS_UEDITOR")
    assert "matched 0 of 4 pages (usually 100%)" in line and "used: the article layout may have changed" in line
    assert line.endswith("check with `provnews sites --check gz-zh`")
    assert "alarm: " + line.removeprefix("ALARM ") in Path(_log(archive)).read_text(encoding="utf-8")  # the log too
    assert "alarm: " not in result.stderr  # but the terminal says it once

    health = provnews_run("health", "--db", str(archive))
    assert health.returncode == 1
    assert line in health.stdout.splitlines()
    rows = [re.split(r"\s{2,}", row) for row in health.stdout.splitlines() if not row.startswith("ALARM")]
    assert rows[0][:3] == ["site", "province", "state"] and rows[1][1] != "-"  # the province's names beside the site
    states = {row[0]: row[2] for row in rows[1:]}
    assert states["gz-zh"] == "alarm" and states["zj-zh"] == "skipped"
    runs = json.loads(provnews_run("health", "--db", str(archive), "--site", SITE, "--json").stdout)
    assert [(r["run_id"], r["state"], r["new"]) for r in runs] == [(2, "alarm", 4), (1, "healthy", 6)]
    (level, count), = runs[0]["rule_levels"]["body"].items()  # one fallback took every body
    assert count == 4 and level in ("cms", "generic") and f"{FALLBACK_NAMES[level]} used" in line


def test_emptied_list_raises_no_entries_only(provnews_run, fresh_mirror, archive):
    result = _changed_run(provnews_run, fresh_mirror, archive, emptied_list)
    assert result.returncode == 1
    assert alarm_codes(archive, SITE) == [[], ["no_entries"]]
    assert "the column moved or emptied, or the list selectors miss" in result.stdout
    state, = sqlite3.connect(archive).execute("SELECT state FROM site_health ORDER BY run_id DESC").fetchone()
    assert state == "failing"


def test_403_everywhere_raises_blocked_only(provnews_run, fresh_mirror, archive):
    result = _changed_run(provnews_run, fresh_mirror, archive, forbidden)
    assert result.returncode == 1
    assert alarm_codes(archive, SITE) == [[], ["blocked"]]
    line, = [line for line in result.stdout.splitlines() if line.startswith("ALARM")]
    assert "requests were refused, HTTP 403 Forbidden: the site blocks this address" in line
    assert "may be blocking us, moved, or be down" not in result.stdout + result.stderr


def test_healthy_site_raises_nothing_over_many_runs(provnews_run, fresh_mirror, archive):
    server = fresh_mirror(SITE)
    for run in range(5):
        if run % 2 == 0:
            for n in range(3):
                server.mirror.add_article(_article(10 * run + n))
        result = _run(provnews_run, archive, server)
        assert result.returncode == 0, result.stdout + result.stderr
    assert alarm_codes(archive, SITE) == [[]] * 6
    con = sqlite3.connect(archive)
    rows = con.execute("SELECT new, pages, rule_levels, statuses, median_body, date_only_share FROM site_health"
                       " ORDER BY run_id").fetchall()
    assert [r[0] for r in rows] == [6, 3, 0, 3, 0, 3]
    assert json.loads(rows[1][2])["body"] == {"site": 3}
    assert json.loads(rows[2][3]).get("200", 0) >= 1 and rows[2][4] is None
    assert rows[1][5] == 0.0  # every mirror date has a time of day


def test_without_network_the_run_says_dns_not_a_guess(provnews_run, archive):
    result = provnews_run("run", SITE, "--db", str(archive), "--no-translate",
                          "--base-url", f"{SITE}=http://no-such-host.invalid", *FAST)
    assert result.returncode == 1
    assert alarm_codes(archive, SITE) == [[], ["blocked"]]
    line, = [line for line in result.stdout.splitlines() if line.startswith("ALARM")]
    assert line.startswith("ALARM gz-zh: ") and "requests failed, DNS lookup failed or no network" in line
    assert "may be blocking us" not in result.stdout + result.stderr
    assert any("no article entries found on any list page" in row and "DNS lookup failed or no network" in row
               for row in result.stderr.splitlines())  # the spider's own log line names it too
