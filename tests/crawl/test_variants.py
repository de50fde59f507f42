"""Crawl a second, independent mirror of the four sites (tests/crawl/variants), written from the
published facts about the real sites alone, through the real CLI: every article exactly, and a re-run fetches none.

The variants cover markup the project's own mirror may not: encrypted jpage ids, a jpage list
without a total, a jpaas endpoint with its own page size and no total, absolute and
protocol-relative links, TRS pagers written with variables, a pager of numbers only, China
Daily's `/a/YYYYMM/DD/WS….html` URLs, and article pages without some of the CMS metas.
"""

from __future__ import annotations

import re
import sqlite3

import pytest

from tests.crawl.variants import gz, zj
from tests.crawl.variants.server import VariantServer, crawl_twice
from tests.fixtures.mirror import crawl_stats

BASE = {"zj-zh": "https://www.zj.gov.cn", "zj-en": "http://english.zj.gov.cn",
        "gz-zh": "https://www.guizhou.gov.cn", "gz-en": "https://guizhou.chinadaily.com.cn"}

# (site, variant) -> (routes, {path: (page, truth)} of the articles that variant lists)
VARIANTS = {
    ("zj-zh", "jpage"): (zj.zjzh_jpage_routes, zj.ZJZH_ARTICLES),
    ("zj-zh", "jpaas"): (zj.zjzh_jpaas_routes, zj.ZJZH_ARTICLES),
    ("zj-en", "jpage"): (zj.zjen_routes, zj.ZJEN_ARTICLES),
    ("gz-zh", "2019"): (gz.gzzh_2019_routes, gz.GZZH_ARTICLES),
    ("gz-zh", "2024"): (gz.gzzh_2024_routes, gz.GZZH_ARTICLES),
    ("gz-en", "a"): (gz.gzen_a_routes, gz.GZEN_ARTICLES),
    ("gz-en", "b"): (gz.gzen_b_routes, gz.GZEN_ARTICLES),
}
# One CLI run crawls one variant of each site, into one archive.
GROUPS = [[("zj-zh", "jpage"), ("zj-en", "jpage"), ("gz-zh", "2019"), ("gz-en", "a")],
          [("zj-zh", "jpaas"), ("gz-zh", "2024"), ("gz-en", "b")]]


def _truth(case):
    make_routes, articles = VARIANTS[case]
    routes = make_routes()
    return {BASE[case[0]] + path: dict(truth, url=BASE[case[0]] + path)
            for path, (_, truth) in articles.items() if path in routes}


def _archived(db, site):
    conn = sqlite3.connect(db)
    found = {}
    for article_id, url, title, published_at, source in conn.execute(
            "SELECT id, url, title, published_at, source FROM articles WHERE site = ?", [site]):
        paragraphs = [t for (t,) in conn.execute(
            "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx", [article_id])]
        found[url] = {"url": url, "title": title, "published_at": published_at, "source": source,
                      "paragraphs": paragraphs}
    conn.close()
    return found


def _failures(db):
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT site, url, reason FROM failures ORDER BY id").fetchall()
    conn.close()
    return rows


def _article_requests(case, server):
    """Requested paths that are articles of the variant, or further pages of one (`…_1.html`)."""
    articles = VARIANTS[case][1]
    return [p for p in server.paths() if p in articles or re.sub(r"_\d+(\.s?html?)$", r"\1", p) in articles]


@pytest.fixture(scope="module")
def crawled(crawl_cli, tmp_path_factory):
    """{case: (db, server, first run, second run, article paths fetched on each run)}"""
    done = {}
    for group in GROUPS:
        servers = {case: VariantServer(VARIANTS[case][0]()) for case in group}
        db = tmp_path_factory.mktemp("variants") / "news.db"
        args = [site for site, _ in group] + ["--db", str(db), "--json"]
        for (site, _), server in servers.items():
            args += ["--base-url", f"{site}={server.base_url}"]
        runs, fetched = crawl_twice(crawl_cli, args, servers, _article_requests)
        for case, server in servers.items():
            done[case] = (db, server, runs[0], runs[1], fetched[0][case], fetched[1][case])
        for server in servers.values():
            server.stop()
    return done


CASES = list(VARIANTS)


@pytest.mark.parametrize("case", CASES, ids=["-".join(c) for c in CASES])
def test_every_article_is_archived_exactly(crawled, case):
    db, _, first, *_ = crawled[case]
    assert first.returncode == 0, first.stderr[-2000:]
    assert [f for f in _failures(db) if f[0] == case[0]] == []
    truth = _truth(case)
    archived = _archived(db, case[0])
    assert sorted(archived) == sorted(truth)
    for url, expected in truth.items():
        assert archived[url] == expected


@pytest.mark.parametrize("case", CASES, ids=["-".join(c) for c in CASES])
def test_a_second_run_fetches_no_article(crawled, case):
    _, _, _, second, fetched_first, fetched_second = crawled[case]
    assert second.returncode == 0, second.stderr[-2000:]
    assert len(set(fetched_first)) >= len(_truth(case))
    assert fetched_second == []
    stats = crawl_stats(second)[case[0]]
    assert (stats["new"], stats["article_requests"], stats["failed"]) == (0, 0, 0)
