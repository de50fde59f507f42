"""A column page that is an empty shell filled by a script from a JSON call, behind the
challenge too, crawled with `fetch = "browser"`; and a page that never settles."""

from __future__ import annotations

import pytest

from tests.fixtures.mirror import crawl_stats
from tests.support.challenge import serve_challenge

from .conftest import assert_exact, failures, served_raw_pages

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(scope="module")
def shell():
    server = serve_challenge("gz-zh", extra_articles=4, challenge=True, cookie_uses=5, shell=True)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def crawled(shell, chromium, crawl_cli, browser_sites_env, tmp_path_factory):
    db = tmp_path_factory.mktemp("shell") / "news.db"
    shell.clear_log()
    result = crawl_cli("shell-zh", "--db", str(db), "--base-url", shell.base_url, "--json", env=browser_sites_env)
    return db, result, list(shell.requests)


def test_the_list_is_read_after_its_script_filled_it(crawled, shell):
    db, result, log = crawled
    assert result.returncode == 0, result.stderr
    assert_exact(db, "shell-zh", {url: t for url, t in shell.truths().items()})
    kinds = [r.kind for r in log]
    assert kinds.count("shell") == 1 and kinds.count("json") == 1
    # The shell's JSON lists only the articles, so nothing failed; every article page came once.
    assert failures(db) == []
    paths = [r.path for r in log if r.kind in ("article", "article_page")]
    assert len(paths) == len(set(paths)) == len(shell.truths()) + 1


def test_every_page_went_through_the_browser_past_the_challenge(crawled, shell):
    db, result, log = crawled
    stats = crawl_stats(result)["shell-zh"]
    pages = [r for r in log if r.kind in ("shell", "article", "article_page")]
    assert stats["browser_pages"] >= len(pages)
    assert sum(r.kind == "challenge" for r in log) >= 2  # the cookie expired on the way and was renewed
    assert not any(r.kind == "image" or r.path.endswith(".png") for r in log)  # images are not fetched


def test_browser_pages_are_stored_as_served_unless_rendered(crawled, shell):
    db, *_ = crawled
    pages = served_raw_pages(db, shell)  # the article pages: the bytes as served, not the DOM
    assert len(pages) == len(shell.truths()) + 1 and not any(p.rendered for p in pages)

def test_a_page_that_never_settles_fails_in_one_line_and_the_crawl_goes_on(shell, chromium, crawl_cli,
                                                                           browser_sites_env, tmp_path):
    db = tmp_path / "stuck.db"
    result = crawl_cli("stuck-zh", "--db", str(db), "--base-url", shell.base_url, "--json",
                       "-s", "PROVNEWS_BROWSER_TIMEOUT=2", env=browser_sites_env)
    assert result.returncode == 1
    assert crawl_stats(result)["stuck-zh"]["finish_reason"] == "finished"
    [(url, reason, status)] = failures(db)
    assert url.endswith("/xwdt/gzyw/index.html")
    assert reason == "list page: browser: page did not settle in 2 s: 'ul#never-filled li' never appeared"
