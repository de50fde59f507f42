"""Crawl each mirror through the real CLI and compare the archive with the mirror's truth."""

import sqlite3

import pytest

from provnews.mirror import truths
from tests.fixtures.mirror import crawl_stats

CASES = [("zj-zh", "jpaas"), ("zj-zh", "jpage"), ("zj-en", None), ("gz-zh", None), ("gz-en", None)]


def _articles(db, site):
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT id, url, title, published_at, source, author FROM articles WHERE site = ?",
                        [site]).fetchall()
    result = {}
    for article_id, url, title, published_at, source, author in rows:
        paragraphs = [t for (t,) in conn.execute("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx",
                                                 [article_id])]
        result[url] = {"url": url, "title": title, "published_at": published_at, "source": source,
                       "author": author, "paragraphs": paragraphs}
    conn.close()
    return result


def _failures(db, site):
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT url, reason, http_status FROM failures WHERE site = ? ORDER BY id", [site]).fetchall()
    conn.close()
    return rows


@pytest.fixture(scope="module")
def crawled(mirror, crawl_cli, tmp_path_factory):
    """The four sites crawled twice in one run each (and zj-zh's jpage variant in another archive).

    {(site, variant): (db, server, first run, second run, first run's requests, second run's requests)}
    """
    done = {}
    for group in ([c for c in CASES if c != ("zj-zh", "jpage")], [("zj-zh", "jpage")]):
        servers = {case: mirror(*case) for case in group}
        db = tmp_path_factory.mktemp("crawl") / "news.db"
        args = [site for site, _ in group] + ["--db", str(db), "--json"]
        for (site, _), server in servers.items():
            args += ["--base-url", f"{site}={server.base_url}"]
        runs, logs = [], []
        for _ in range(2):
            for server in servers.values():
                server.clear_log()
            runs.append(crawl_cli(*args))
            logs.append({case: list(server.requests) for case, server in servers.items()})
        for case, server in servers.items():
            done[case] = (db, server, runs[0], runs[1], logs[0][case], logs[1][case])
    return done


@pytest.mark.parametrize("site, variant", CASES)
def test_every_article_is_archived_exactly(crawled, site, variant):
    db, *_ = crawled[(site, variant)]
    archived = _articles(db, site)
    expected = truths(site, variant)
    assert sorted(archived) == sorted(expected)
    for url, truth in expected.items():
        got = archived[url]
        assert (got["title"], got["published_at"], got["source"]) == (truth["title"], truth["published_at"],
                                                                    truth["source"]), url
        assert got["paragraphs"] == truth["paragraphs"], url


@pytest.mark.parametrize("site, variant", CASES)
def test_a_second_run_requests_no_article(crawled, site, variant):
    _, _, first, second, _, requests = crawled[(site, variant)]
    assert [r.path for r in requests if r.kind in ("article", "article_page", "soft404", "missing")] == []
    stats = crawl_stats(second)[site]
    assert stats["article_requests"] == 0 and stats["new"] == 0 and stats["list_pages"] >= 1


@pytest.mark.parametrize("site, variant", CASES)
def test_each_listed_article_is_requested_once_and_robots_txt_first(crawled, site, variant):
    _, _, _, _, requests, _ = crawled[(site, variant)]
    paths = [r.path for r in requests if r.kind in ("article", "soft404", "missing")]
    assert len(paths) == len(set(paths))
    assert requests[0].path == "/robots.txt"


def test_soft_404_is_a_recorded_failure_and_the_run_says_so(crawled):
    db, _, first, _, _, _ = crawled[("zj-zh", "jpaas")]
    assert first.returncode == 1
    assert "page(s) could not be archived" in first.stderr
    [(url, reason, status)] = _failures(db, "zj-zh")
    assert url.startswith("https://www.zj.gov.cn/col/col1554467/art/2026/") and "does not exist" in reason
    assert crawl_stats(first)["zj-zh"]["failed"] == 1


def test_off_site_and_duplicate_entries_are_skipped(crawled):
    _, _, first, _, _, _ = crawled[("zj-zh", "jpage")]
    stats = crawl_stats(first)["zj-zh"]
    assert stats["offsite"] == 1 and stats["duplicates"] == 1
    assert stats["new"] == 7 and stats["article_requests"] == 8  # 7 articles and the soft 404


def test_dead_link_is_a_recorded_http_failure(crawled):
    db, _, first, second, _, _ = crawled[("gz-zh", None)]
    [(url, reason, status)] = _failures(db, "gz-zh")
    assert (url, reason, status) == ("https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261117_88123222.html",
                                     "HTTP 404", 404)
    assert first.returncode == 1 and second.returncode == 0


def test_two_page_trs_article_is_joined(crawled):
    db, _, _, _, requests, _ = crawled[("gz-zh", None)]
    article = _articles(db, "gz-zh")["https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261119_88123401.html"]
    assert len(article["paragraphs"]) == 4
    assert "/xwdt/gzyw/202611/t20261119_88123401_1.html" in [r.path for r in requests]
    conn = sqlite3.connect(db)
    pages = conn.execute("SELECT url, page_no FROM raw_pages WHERE url LIKE '%88123401%' ORDER BY page_no").fetchall()
    conn.close()
    assert [p for _, p in pages] == [1, 2]


def test_gb2312_page_with_gbk_only_characters(crawled):
    db, *_ = crawled[("zj-zh", "jpage")]
    article = _articles(db, "zj-zh")["https://www.zj.gov.cn/art/2026/11/18/art_1554467_60195187.html"]
    assert "朱镕基" in article["paragraphs"][1] and "王喆" in article["paragraphs"][2]


def test_list_pages_span_several_pages(crawled):
    for key, least in ((("zj-zh", "jpaas"), 5), (("zj-zh", "jpage"), 4), (("gz-zh", None), 3), (("gz-en", None), 3)):
        assert crawl_stats(crawled[key][2])[key[0]]["list_pages"] >= least, key


def test_seed_article_of_zj_en(crawled):
    db, *_ = crawled[("zj-en", None)]
    article = _articles(db, "zj-en")["http://english.zj.gov.cn/art/2018/11/23/art_5798_2296745.html"]
    assert article["published_at"] == "2018-11-23T10:07:47+08:00"
    assert article["title"].startswith("Zhejiang-Guizhou Poverty Alleviation Cooperation Symposium")
    assert article["paragraphs"][0].startswith("The Zhejiang-Guizhou Poverty Alleviation Collaboration Symposium")
