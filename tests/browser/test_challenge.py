"""A portal behind a 瑞数-like JavaScript challenge (HTTP 412 + script + cookie that expires),
crawled plainly (nothing, "needs a browser") and with `fetch = "browser-once"` (everything, the
browser opened a few times only)."""

from __future__ import annotations

import sqlite3

import pytest

from provnews.mirror.challenge import serve_challenge
from tests.fixtures.mirror import crawl_stats

from .conftest import assert_exact, failures

pytestmark = pytest.mark.timeout(240)

COOKIE_USES = 6
EXTRA_ARTICLES = 14  # 20 articles in all, on 7 list pages


@pytest.fixture(scope="module")
def waf():
    server = serve_challenge("gz-zh", extra_articles=EXTRA_ARTICLES, challenge=True, cookie_uses=COOKIE_USES)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def once(waf, chromium, crawl_cli, browser_sites_env, tmp_path_factory):
    """Two browser-once runs into one archive: (db, first, second, first's log, second's log)."""
    db = tmp_path_factory.mktemp("waf") / "news.db"
    runs, logs = [], []
    for _ in range(2):
        waf.clear_log()
        runs.append(crawl_cli("waf-zh", "--db", str(db), "--base-url", waf.base_url, "--json",
                              env=browser_sites_env))
        logs.append(list(waf.requests))
    return db, runs[0], runs[1], logs[0], logs[1]


def test_a_plain_crawl_archives_nothing_and_says_it_needs_a_browser(waf, crawl_cli, browser_sites_env, tmp_path):
    db = tmp_path / "plain.db"
    waf.clear_log()
    result = crawl_cli("wafplain-zh", "--db", str(db), "--base-url", waf.base_url, "--json", env=browser_sites_env)
    assert result.returncode == 1
    assert crawl_stats(result)["wafplain-zh"]["new"] == 0
    [(url, reason, status)] = failures(db)
    assert url.endswith("/xwdt/gzyw/index.html") and status == 412
    assert reason == ('list page: needs a browser: JavaScript challenge (HTTP 412);'
                      ' set fetch = "browser-once" in the site file')
    assert "needs a browser" in result.stderr
    assert waf.article_requests() == [] and waf.count("challenge") == len(waf.requests)


def test_browser_once_archives_every_article_exactly(once, waf):
    db, first, *_ = once
    assert_exact(db, "waf-zh", waf.truths())
    # The one failure is the mirror's listed-but-gone article, as on a plain TRS mirror.
    assert [(reason, status) for _, reason, status in failures(db)] == [("HTTP 404", 404)]
    assert first.returncode == 1 and "1 page(s) could not be archived" in first.stderr


def test_the_browser_is_opened_a_few_times_and_its_cookie_reused(once, waf):
    _, first, _, log, _ = once
    stats = crawl_stats(first)["waf-zh"]
    pages = sum(1 for r in log if r.kind in ("article", "article_page"))
    # Each cookie is good for COOKIE_USES requests: the browser renews it when it expires.
    assert stats["challenges"] >= 2, stats
    assert stats["browser_pages"] == stats["challenges"] <= pages // 3, stats
    # Every article page was fetched once (the browser's own page counts: it is kept, not refetched).
    article_paths = [r.path for r in log if r.kind in ("article", "article_page")]
    assert len(article_paths) == len(set(article_paths)) == len(waf.truths()) + 1  # + one 2nd page
    # The browser says who it is, as the plain requests do.
    assert {r.user_agent for r in log} == {log[0].user_agent} and log[0].user_agent.startswith("provnews/")
    assert log[0].path == "/robots.txt" and any(r.kind == "robots" for r in log)


def test_a_second_run_makes_no_article_request(once):
    _, _, second, _, log = once
    stats = crawl_stats(second)["waf-zh"]
    assert [r.path for r in log if r.kind in ("article", "article_page", "missing")] == []
    assert (stats["new"], stats["article_requests"]) == (0, 0) and stats["list_pages"] >= 1


def test_raw_pages_are_the_pages_as_served(once, waf):
    db, *_ = once
    from archive.raw import iter_raw_pages
    from archive import open_db

    served = {p.path: p.body for p in waf.mirror.pages()}
    database = open_db(db)
    try:
        pages = list(iter_raw_pages(database))
    finally:
        database.conn.close()
    assert len(pages) == len(waf.truths()) + 1 and not any(p.rendered for p in pages)
    for page in pages:
        path = page.url.split("guizhou.gov.cn", 1)[1]
        assert page.body == served[path] and page.status == 200, page.url
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM raw_pages WHERE rendered = 0").fetchone()[0] == len(pages)
    conn.close()
