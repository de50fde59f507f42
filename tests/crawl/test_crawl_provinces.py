"""Every configured site crawled twice through the real CLI against its mirror.

The mirrors (provnews/mirror/families/, data/provinces.toml) are written from the published
facts of each portal, independently of the site files; a failure here is a configuration or
list kind that does not fit the portal's published form (or a mirror that misread the facts).
All sites go through one CLI run (twice), each on its own loopback server. The first four sites
are checked in depth by test_crawl_mirrors.py.

URLs are compared without their scheme: the mirror cannot know whether a portal answers on http
or https, and the crawler treats both as one URL of the site.
"""

import os
import sqlite3
from urllib.parse import urlsplit

import pytest

from crawler.siteconfig import load_sites
from provnews.crawling import host_groups
from provnews.mirror import ALL_SITE_NAMES, SITE_NAMES, truths
from tests.fixtures.mirror import crawl_stats

GENERATED = [name for name in ALL_SITE_NAMES if name not in SITE_NAMES]
CONFIGURED = load_sites()
ARTICLE_KINDS = ("article", "article_page", "soft404", "missing")


def _key(url):
    parts = urlsplit(url)
    return parts._replace(scheme="").geturl()


# hb-zh and gs-zh are `fetch = "browser-once"`: requests are plain until a JavaScript challenge
# answers; their mirrors here serve none (the browser fetcher's tests put one in front of a mirror:
# tests/support/challenge.py), so this checks their list kinds and extraction.
CRAWLED = [name for name in GENERATED if name in CONFIGURED]


def _archive(db, site):
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT id, url, title, published_at FROM articles WHERE site = ?", [site]).fetchall()
    found = {}
    for article_id, url, title, published_at in rows:
        paragraphs = [t for (t,) in conn.execute("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx",
                                                 [article_id])]
        found.setdefault(_key(url), []).append({"url": url, "title": title, "published_at": published_at,
                                                "paragraphs": paragraphs})
    failures = [u for (u,) in conn.execute("SELECT url FROM failures WHERE site = ?", [site])]
    conn.close()
    return found, failures


@pytest.fixture(scope="module")
def crawled(mirror, crawl_cli, tmp_path_factory):
    """{site: (db, server, first stats, second stats, first requests, second requests)}."""
    if not CRAWLED:
        return {}
    servers = {site: mirror(site) for site in CRAWLED}
    db = tmp_path_factory.mktemp("provinces") / "news.db"
    args = [*CRAWLED, "--db", str(db), "--json"]
    for site, server in servers.items():
        args += ["--base-url", f"{site}={server.base_url}"]
    runs, logs = [], []
    for _ in range(2):
        for server in servers.values():
            server.clear_log()
        result = crawl_cli(*args)
        assert result.stdout.strip(), result.stderr[-3000:]
        runs.append(crawl_stats(result))
        logs.append({site: list(server.requests) for site, server in servers.items()})
    return {site: (db, servers[site], runs[0][site], runs[1][site], logs[0][site], logs[1][site])
            for site in CRAWLED}


def _case(crawled, site):
    if site not in crawled:
        pytest.fail(f"{site} has a mirror but no configuration (crawler/sites/{site}.toml)")
    skipped = crawled[site][2].get("skipped")
    if skipped:  # only a browser site on a machine without Chromium may go uncrawled, and never in CI
        message = f"{site} was not crawled: {skipped}"
        if os.environ.get("CI") or not skipped.startswith("browser missing"):
            pytest.fail(message)
        pytest.skip(message)
    return crawled[site]


@pytest.mark.parametrize("site", GENERATED)
def test_every_article_is_archived_exactly_once(crawled, site):
    db, server, *_ = _case(crawled, site)
    archived, _ = _archive(db, site)
    expected = {_key(url): truth for url, truth in truths(site).items()}
    assert sorted(archived) == sorted(expected), "archived URLs differ from the mirror's articles"
    for key, truth in expected.items():
        [got] = archived[key]
        assert got["title"] == truth["title"], key
        assert got["published_at"] == truth["published_at"], key
        assert got["paragraphs"] == truth["paragraphs"], key
    titles = [got["title"] for versions in archived.values() for got in versions]
    assert len(titles) == len(set(titles)), "one article archived under two URLs"


@pytest.mark.parametrize("site", GENERATED)
def test_dead_links_and_soft_404s_are_failures_not_articles(crawled, site):
    db, server, first, *_ = _case(crawled, site)
    _, failures = _archive(db, site)
    broken = {_key(server.mirror.generated.base_url + a.path) for a in server.mirror.generated.broken.values()}
    assert {_key(u) for u in failures} == broken
    assert first["failed"] == len(broken)


@pytest.mark.parametrize("site", GENERATED)
def test_each_listed_page_is_requested_once(crawled, site):
    _, _, first, _, requests, _ = _case(crawled, site)
    paths = [r.path for r in requests if r.kind in ARTICLE_KINDS]
    assert len(paths) == len(set(paths)), "an article page was requested twice"
    assert requests[0].path == "/robots.txt"
    assert first["list_pages"] >= 1 and not first["empty"]


@pytest.mark.parametrize("site", GENERATED)
def test_a_second_run_requests_no_article(crawled, site):
    _, _, _, second, _, requests = _case(crawled, site)
    assert [r.path for r in requests if r.kind in ARTICLE_KINDS] == []
    assert second["article_requests"] == 0 and second["new"] == 0 and second["list_pages"] >= 1


def test_sites_sharing_a_host_are_crawled_one_after_the_other(crawled):
    shared = [group for group in host_groups(crawled) if len(group) > 1]
    assert shared, "no two mirrored sites share a host (fj-zh and fj-en should)"
    for group in shared:
        windows = sorted((min(r.at for r in crawled[s][4]), max(r.at for r in crawled[s][4]), s) for s in group)
        for (_, end, site), (start, _, later) in zip(windows, windows[1:]):
            assert end <= start, f"{site} and {later} (one host) were crawled at the same time"


def test_every_configured_site_has_a_mirror():
    assert sorted(set(CONFIGURED) - set(ALL_SITE_NAMES)) == []

