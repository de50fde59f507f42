"""A portal behind a 瑞数-like JavaScript challenge (HTTP 412 + script + cookie that expires),
crawled plainly (nothing, "needs a browser") and with `fetch = "browser-once"` (everything, the
browser opened a few times only)."""

from __future__ import annotations

import random
import re
import sqlite3
from urllib.parse import urlsplit

import pytest

from crawler.browser_fetch import MAX_CHALLENGE_ROUNDS
from tests.fixtures.mirror import crawl_stats
from tests.support.challenge import serve_challenge

from .conftest import assert_exact, failures, served_raw_pages

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


@pytest.mark.parametrize("seed", [1, 2])
def test_browser_once_archives_every_article_despite_server_faults(seed, chromium, crawl_cli, browser_sites_env,
                                                                   tmp_path):
    """Behind the challenge the server fails too: list pages and articles drawn at random answer
    500, 502 or 503 once (retried in the run), and one article fails more often than the retries
    (recorded, fetched again by the next run). After the second run the archive is exact."""
    server = serve_challenge("gz-zh", extra_articles=EXTRA_ARTICLES, challenge=True, cookie_uses=COOKIE_USES)
    try:
        draw = random.Random(seed)
        lists = [p.path for p in server.mirror.pages() if p.kind == "list"]
        articles = sorted(urlsplit(u).path for u in server.truths())
        flaky = draw.sample(lists, 3) + draw.sample(articles, 5)
        for path in flaky:
            server.set_faults(path, [draw.choice(["500", "502", "503"])])
        stubborn = draw.choice([a for a in articles if a not in flaky])
        server.set_faults(stubborn, ["503"] * 3)
        db = tmp_path / "news.db"
        first = crawl_cli("waf-zh", "--db", str(db), "--base-url", server.base_url, "--json", env=browser_sites_env)
        assert [urlsplit(u).path for u, _, status in failures(db) if status == 503] == [stubborn], first.stderr[-2000:]
        crawl_cli("waf-zh", "--db", str(db), "--base-url", server.base_url, "--json", env=browser_sites_env)
        assert_exact(db, "waf-zh", server.truths())
        assert crawl_stats(first)["waf-zh"]["challenges"] >= 1
    finally:
        server.stop()


def test_the_browser_is_opened_a_few_times_and_its_cookie_reused(once, waf):
    _, first, _, log, _ = once
    stats = crawl_stats(first)["waf-zh"]
    pages = sum(1 for r in log if r.kind in ("article", "article_page"))
    # Each cookie is good for COOKIE_USES requests: the browser renews it when it expires. With up to
    # 4 requests in flight, the 3 others may spend their answer on a 412 and be replayed, so each
    # cookie serves at least COOKIE_USES - 3 of the requests that got through.
    assert stats["challenges"] >= 2, stats
    served = sum(1 for r in log if r.kind not in ("robots", "challenge"))
    assert pages <= served
    assert stats["browser_pages"] == stats["challenges"] <= -(-served // (COOKIE_USES - 3)), stats
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
    pages = served_raw_pages(db, waf)
    # every article (one of them two pages long), and the dead link's 404 kept with its failure
    assert [p.status for p in pages].count(200) == len(waf.truths()) + 1 and not any(p.rendered for p in pages)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM raw_pages WHERE rendered = 0").fetchone()[0] == len(pages)
    conn.close()

def test_a_site_that_refuses_the_browser_too_is_reported_blocked_and_skipped(chromium, crawl_cli, browser_sites_env,
                                                                            tmp_path):
    server = serve_challenge("gz-zh", challenge=True, unpassable=True)
    try:
        db = tmp_path / "blocked.db"
        result = crawl_cli("waf-zh", "--db", str(db), "--base-url", server.base_url, "--json",
                           "-s", "PROVNEWS_BROWSER_TIMEOUT=10", env=browser_sites_env)
        log = list(server.requests)
    finally:
        server.stop()
    stats = crawl_stats(result)["waf-zh"]
    # The browser's answers are refused more than MAX_CHALLENGE_ROUNDS times (the count is read every
    # 50 ms, so two refusals may land in one look); on a starved machine the 10 s may run out first.
    reason = stats["skipped"]
    refused = re.fullmatch(r"blocked: the browser's answers to the JavaScript challenge are refused"
                           r" \(HTTP 412 (\d+) times\)", reason or "")
    assert (refused and int(refused.group(1)) > MAX_CHALLENGE_ROUNDS) or \
        reason == "blocked: the browser did not get past the JavaScript challenge in 10 s (HTTP 412)", \
        (reason, failures(db), result.stderr[-2000:])  # (what the crawl said, should another end come up)
    # one browser page; on a starved machine a navigation that timed out may be retried once
    assert result.returncode == 1 and 1 <= stats["browser_pages"] <= 2
    assert result.stderr.strip().splitlines()[-1] == f"Error: waf-zh: skipped: {reason}"
    assert [r for r, _ in [(reason_, s) for _, reason_, s in failures(db)]] == [f"list page: {reason}"]
    assert {r.kind for r in log} == {"challenge"} and "Traceback" not in result.stderr
    # robots.txt plainly, then a few tries in each browser page: no reload storm
    assert len(log) <= 3 + 5 * stats["browser_pages"]


def test_browser_once_in_front_of_a_hanweb_portal_with_json_lists(chromium, crawl_cli, browser_sites_env, tmp_path):
    """The cookie also opens the CMS's data calls (Hanweb jpaas: GET with a query string)."""
    server = serve_challenge("zj-zh", challenge=True, cookie_uses=4)
    try:
        db = tmp_path / "hanweb.db"
        result = crawl_cli("wafhanweb-zh", "--db", str(db), "--base-url", server.base_url, "--json",
                           env=browser_sites_env)
    finally:
        server.stop()
    stats = crawl_stats(result)["wafhanweb-zh"]
    assert stats["challenges"] >= 2 and stats["skipped"] is None
    assert_exact(db, "wafhanweb-zh", server.truths())
    assert not any(reason.startswith(("blocked", "needs a browser", "list page")) for _, reason, _ in failures(db))
