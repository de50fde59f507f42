"""Nothing fetched is lost: a page that could not be archived keeps its raw response, the WARC
export holds it, and `provnews reparse` archives it once extraction can read it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from archive.raw import iter_raw_pages, version_pages
from provnews.cli import cli
from provnews.reparse import reparse
from tests.raw.builders import BASE, read_responses, response

URL = BASE.format(n=7)
# A notice saved without <head>: an older extractor refused it ("no title") and lost it.
HEADLESS = ("<div id='top'><a href='/'>首页</a></div><div class='wrap'><h2 class='title'>全省秋季森林防火工作会议召开</h2>"
            "<div class='text'><p>10月15日，全省秋季森林防火工作会议在杭州召开，会议部署了今冬明春的防火工作。</p>"
            "<p>会议要求各地落实责任，加强巡查，确保不发生重大森林火灾。</p></div></div>").encode()


def test_a_failure_keeps_its_raw_page(archive):
    archive.record_failure(URL, "zj-zh", "no title", 200, raw_pages=[response(URL, HEADLESS)])
    (raw_id,) = archive.db.execute("SELECT raw_page_id FROM failures").fetchone()
    (page,) = list(iter_raw_pages(archive.db))
    assert (page.id, page.url, page.article_id, page.body) == (raw_id, URL, None, HEADLESS)
    assert [p.url for p in iter_raw_pages(archive.db, site="zj-zh")] == [URL]
    assert list(iter_raw_pages(archive.db, site="gz-zh")) == []
    assert list(iter_raw_pages(archive.db, since="2024-01-01")) == []  # no publication date: outside any range


def test_reparse_archives_a_stored_failure_that_now_extracts(archive):
    archive.record_failure(URL, "zj-zh", "no title", 200, raw_pages=[response(URL, HEADLESS)])
    report = reparse(archive, jobs=1)
    assert (report.retried, report.recovered, report.failed) == (1, 1, [])
    row = archive.db.execute("SELECT id, title, title_rule, fetched_at FROM articles WHERE url = ?", [URL]).fetchone()
    assert row[1:] == ("全省秋季森林防火工作会议召开", "derived:heading near body", "2024-05-01T02:00:00+00:00")
    assert [p.body for p in version_pages(archive.db, row[0])] == [HEADLESS]  # the same stored response
    assert archive.db.execute("SELECT COUNT(*) FROM raw_pages").fetchone()[0] == 1
    assert archive.db.execute("SELECT resolved_at IS NOT NULL FROM failures").fetchone() == (1,)
    again = reparse(archive, jobs=1)
    assert (again.retried, again.recovered) == (0, 0)


def test_a_failure_that_still_fails_is_kept_and_an_http_error_page_is_not_retried(archive):
    archive.record_failure(URL, "zj-zh", "empty page", 200, raw_pages=[response(URL, b"   ")])
    dead = BASE.format(n=8)
    archive.record_failure(dead, "zj-zh", "HTTP 404", 404, raw_pages=[response(dead, b"<h1>404 Not Found</h1>", status=404)])
    report = reparse(archive, jobs=1)
    assert (report.retried, report.recovered, report.failed) == (1, 0, [])
    assert archive.db.execute("SELECT COUNT(*) FROM articles").fetchone() == (0,)
    assert archive.db.execute("SELECT COUNT(*) FROM failures WHERE resolved_at IS NULL").fetchone() == (2,)


def test_reparse_command_reports_retried_failures(archive, tmp_path):
    archive.record_failure(URL, "zj-zh", "no title", 200, raw_pages=[response(URL, HEADLESS)])
    result = CliRunner().invoke(cli, ["reparse", "--db", str(archive.path), "--jobs", "1", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["retried_failures"], summary["recovered_failures"]) == (1, 1)


def test_the_warc_export_holds_failures_pages(archive, tmp_path):
    dead = BASE.format(n=8)
    archive.record_failure(dead, "zj-zh", "HTTP 404", 404, raw_pages=[response(dead, b"<h1>404 Not Found</h1>", status=404)])
    out = tmp_path / "zj.warc.gz"
    result = CliRunner().invoke(cli, ["export", "--db", str(archive.path), "--format", "warc", "--site", "zj-zh",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    [(url, _, headers, body)] = read_responses(out)
    assert (url, headers.get_statuscode(), body) == (dead, "404", b"<h1>404 Not Found</h1>")
