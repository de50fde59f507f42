"""Incremental bounds, revisions, retries and usage errors, each on a private mirror."""

import sqlite3
import subprocess
import sys

from click.testing import CliRunner

from provnews.cli import cli
from provnews.mirror import truths
from tests.fixtures.mirror import FAST, REPO, crawl_stats


def _count(db, sql, *args):
    conn = sqlite3.connect(db)
    (value,) = conn.execute(sql, args).fetchone()
    conn.close()
    return value


def test_a_changed_article_becomes_a_revision(fresh_mirror, crawl_cli, tmp_path):
    server = fresh_mirror("gz-en")
    db = str(tmp_path / "a.db")
    assert crawl_cli("gz-en", "--db", db, "--base-url", server.base_url).returncode == 0
    server.mirror.update_article("1210011", paragraphs=["The expo was postponed by one day.", "More later."])
    result = crawl_cli("gz-en", "--db", db, "--base-url", server.base_url, "--refresh", "--json")
    stats = crawl_stats(result)["gz-en"]
    assert (stats["changed"], stats["unchanged"]) == (1, 4)
    assert _count(db, "SELECT count(*) FROM revisions") == 1
    assert _count(db, "SELECT body FROM articles WHERE url LIKE '%content_1210011.htm'") == \
        "The expo was postponed by one day.\nMore later."


def test_a_new_article_is_the_only_one_fetched(fresh_mirror, crawl_cli, tmp_path):
    server = fresh_mirror("gz-en")
    db = str(tmp_path / "a.db")
    crawl_cli("gz-en", "--db", db, "--base-url", server.base_url)
    server.mirror.add_article({"id": "1210099", "day": "2026-11/21", "date": "2026-11-21 08:00", "author": "Li Hua",
                               "title": "Guizhou opens a new airport terminal", "paragraphs": ["A new terminal opened."]})
    server.clear_log()
    stats = crawl_stats(crawl_cli("gz-en", "--db", db, "--base-url", server.base_url, "--json"))["gz-en"]
    assert (stats["new"], stats["article_requests"], stats["list_pages"]) == (1, 1, 2)  # page 2 is all known
    assert [r.path for r in server.article_requests()] == ["/2026-11/21/content_1210099.htm"]


def test_max_pages_and_since_bound_a_backfill(mirror, crawl_cli, tmp_path):
    server = mirror("gz-en")
    db = str(tmp_path / "a.db")
    stats = crawl_stats(crawl_cli("gz-en", "--db", db, "--base-url", server.base_url, "--max-pages", "1",
                                  "--json"))["gz-en"]
    assert (stats["list_pages"], stats["new"]) == (1, 2)
    db2 = str(tmp_path / "b.db")
    stats = crawl_stats(crawl_cli("gz-en", "--db", db2, "--base-url", server.base_url, "--since", "2026-11-18",
                                  "--json"))["gz-en"]
    assert stats["new"] == 3 and stats["older_than_since"] >= 1 and stats["list_pages"] == 3


def test_a_server_error_after_retries_is_recorded_and_retried_next_run(fresh_mirror, crawl_cli, tmp_path):
    path = "/2026-11/19/content_1210011.htm"
    server = fresh_mirror("gz-en", faults={path: [500, 500]})  # RETRY_TIMES=1: both tries fail
    db = str(tmp_path / "a.db")
    result = crawl_cli("gz-en", "--db", db, "--base-url", server.base_url, "--json")
    assert result.returncode == 1 and crawl_stats(result)["gz-en"]["failed"] == 1
    assert _count(db, "SELECT reason || ' ' || http_status FROM failures") == "HTTP 500 500"
    stats = crawl_stats(crawl_cli("gz-en", "--db", db, "--base-url", server.base_url, "--json"))["gz-en"]
    assert (stats["new"], stats["failed"]) == (1, 0)


def test_a_run_that_lists_nothing_says_so(mirror, crawl_cli, tmp_path):
    server = mirror("zj-en")  # gz-zh's column path does not exist there
    result = crawl_cli("gz-zh", "--db", str(tmp_path / "a.db"), "--base-url", server.base_url)
    assert result.returncode == 1
    assert "no list entries found for gz-zh" in result.stderr


def test_bare_base_url_needs_exactly_one_site(crawl_cli, tmp_path):
    result = crawl_cli("gz-zh", "gz-en", "--db", str(tmp_path / "a.db"), "--base-url", "http://127.0.0.1:9")
    assert result.returncode == 2 and "exactly one SITE" in result.stderr
    result = crawl_cli("nowhere", "--db", str(tmp_path / "a.db"))
    assert result.returncode == 2 and "unknown site 'nowhere'" in result.stderr


def test_scrapy_crawl_from_the_repository_root_uses_the_same_pipeline(mirror, tmp_path):
    server = mirror("gz-zh")
    db = tmp_path / "a.db"
    command = [sys.executable, "-m", "scrapy", "crawl", "gz-zh", "-a", f"db={db}", "-a", f"base_url={server.base_url}",
               "-s", "LOG_LEVEL=WARNING", *FAST]
    subprocess.run(command, cwd=REPO, check=True, capture_output=True, timeout=120)
    assert _count(str(db), "SELECT count(*) FROM articles") == len(truths("gz-zh"))


def test_sites_lists_the_four_sites_as_json():
    import json

    result = CliRunner().invoke(cli, ["sites", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(result.output)}
    assert rows["gz-zh"]["pagination"] == "trs_index"
    assert rows["zj-zh"]["start_urls"] == ["https://www.zj.gov.cn/col/col1554467/index.html"]
