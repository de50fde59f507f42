"""Raw pages through real crawls of the gz-zh mirror (a TRS site with a two-page article):
stored once as served, deduplicated on re-fetch, re-extracted after a rule change, exported."""

import re
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from archive import Archive
from archive.raw import iter_raw_pages, version_pages
from crawler.siteconfig import BUILTIN_DIR, SITES_DIR_ENV, get_site
from provnews.cli import cli
from tests.fixtures.mirror import crawl_stats
from tests.raw.builders import read_responses

SITE = "gz-zh"
TWO_PAGES = "https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261119_88123401.html"
# The two articles of the mirror with a closing "下一步……" paragraph.
WITH_OUTLOOK = {"https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261119_88123377.html",
                "https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261118_88123310.html"}


def served_article_pages(server):
    """Canonical URL -> bytes the mirror serves, for every article page (first and further)."""
    base = get_site(SITE).base_url
    return {base + p.path: p.body for p in server.mirror.pages() if p.kind in ("article", "article_page")}


def counts(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("raw_pages", "raw_blobs", "revisions"))
    finally:
        conn.close()


def crawl(crawl_cli, server, db, *extra):
    result = crawl_cli(SITE, "--db", str(db), "--base-url", server.base_url, "--json", *extra)
    assert result.returncode in (0, 1), result.stderr  # 1: the mirror's planted dead link and soft 404
    return crawl_stats(result)[SITE]


@pytest.fixture(scope="module")
def crawled(mirror, crawl_cli, tmp_path_factory):
    server = mirror(SITE)
    db = tmp_path_factory.mktemp("raw-e2e") / "news.db"
    crawl(crawl_cli, server, db)
    return db, server


def test_crawl_stores_each_article_page_once_as_served(crawled):
    db, server = crawled
    served = served_article_pages(server)
    with Archive(db) as archive:
        stored = {p.url: p.body for p in iter_raw_pages(archive.db) if p.article_id is not None}
        failed = {p.url: p.status for p in iter_raw_pages(archive.db) if p.article_id is None}
        failures = archive.db.execute("SELECT url, http_status FROM failures WHERE raw_page_id IS NOT NULL").fetchall()
        assert archive.db.execute("SELECT COUNT(*) FROM raw_pages").fetchone()[0] == len(served) + len(failed)
    assert stored == served  # every article page, byte for byte; no list page
    # The planted dead link's error page is kept too, as served: nothing fetched is lost.
    assert failed == dict(failures) and list(failed.values()) == [404]


def test_a_multi_page_article_links_both_pages_to_its_version(crawled):
    db, server = crawled
    served = served_article_pages(server)
    with Archive(db) as archive:
        (article_id,) = archive.db.execute("SELECT id FROM articles WHERE url = ?", [TWO_PAGES]).fetchone()
        pages = version_pages(archive.db, article_id)
    assert [p.page_no for p in pages] == [1, 2]
    assert [p.body for p in pages] == [served[TWO_PAGES], served[TWO_PAGES.replace(".html", "_1.html")]]
    assert pages[0].headers["Content-Type"].lower() == "text/html; charset=utf-8" and pages[0].status == 200


def test_show_raw_prints_the_pages_as_served(crawled):
    db, server = crawled
    served = served_article_pages(server)
    result = CliRunner().invoke(cli, ["show", TWO_PAGES, "--db", str(db), "--raw"])
    assert result.exit_code == 0
    assert result.stdout_bytes == served[TWO_PAGES] + served[TWO_PAGES.replace(".html", "_1.html")]


def test_warc_export_round_trips_through_warcio(crawled, tmp_path):
    db, server = crawled
    out = tmp_path / "gz.warc.gz"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "warc", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with Archive(db) as archive:
        expected = [(p.url, re.sub(r"\+00:00$", "Z", p.fetched_at), p.body) for p in iter_raw_pages(archive.db)]
    records = read_responses(out)
    assert [(url, date, body) for url, date, _, body in records] == expected
    exported = {url: (headers.get_statuscode(), body) for url, _, headers, body in records}
    # Every article page as served, and the dead link's 404 page: the failures' pages are exported too.
    assert {url: body for url, (status, body) in exported.items() if status == "200"} == served_article_pages(server)
    assert [status for status, _ in exported.values() if status != "200"] == ["404"]


def test_reparse_after_a_rule_change_updates_exactly_the_affected_articles(crawled, tmp_path, monkeypatch):
    db = tmp_path / "copy.db"
    shutil.copy(crawled[0], db)
    sites = tmp_path / "sites"
    sites.mkdir()
    toml, n = re.subn(r"^drop = \[", """drop = ['p:-soup-contains("下一步")', """,
                      (BUILTIN_DIR / f"{SITE}.toml").read_text(encoding="utf-8"), count=1, flags=re.M)
    assert n == 1
    (sites / f"{SITE}.toml").write_text(toml, encoding="utf-8")
    monkeypatch.setenv(SITES_DIR_ENV, str(sites))

    def state():
        with Archive(db) as archive:
            return {row["url"]: (row["version"], row["body"]) for row in archive.db.query("SELECT * FROM articles")}

    before = state()
    result = CliRunner().invoke(cli, ["reparse", "--db", str(db), "--site", SITE])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == "changed: 2 (title 0, published_at 0, source 0, author 0, editor 0, paragraphs 2)"
    after = state()
    assert {url for url in after if after[url] != before[url]} == WITH_OUTLOOK
    for url in WITH_OUTLOOK:
        assert after[url][0] == 2 and "下一步" in before[url][1] and "下一步" not in after[url][1]
    assert counts(db)[:2] == counts(crawled[0])[:2]  # nothing fetched, nothing new stored


def test_refetch_of_an_unchanged_mirror_stores_nothing_and_a_change_stores_a_second_copy(fresh_mirror, crawl_cli,
                                                                                          tmp_path):
    server = fresh_mirror(SITE)
    db = tmp_path / "news.db"
    crawl(crawl_cli, server, db)
    first = counts(db)
    stats = crawl(crawl_cli, server, db, "--refresh")
    with Archive(db) as archive:
        archived = archive.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert (stats["new"], stats["changed"], stats["unchanged"]) == (0, 0, archived)  # every article fetched again
    assert counts(db) == first

    old_body = served_article_pages(server)
    server.mirror.update_article("88123456", paragraphs=["11月19日，贵州省推进新型工业化大会在贵阳召开。", "（更正）"])
    changed_url = next(u for u in old_body if u.endswith("_88123456.html"))
    crawl(crawl_cli, server, db, "--refresh")
    assert counts(db) == (first[0] + 1, first[1] + 1, 1)
    with Archive(db) as archive:
        (article_id,) = archive.db.execute("SELECT id FROM articles WHERE url = ?", [changed_url]).fetchone()
        assert [p.body for p in version_pages(archive.db, article_id, 1)] == [old_body[changed_url]]
        assert [p.body for p in version_pages(archive.db, article_id, 2)] == [served_article_pages(server)[changed_url]]


def test_keep_raw_off_stores_articles_without_pages(mirror, crawl_cli, tmp_path):
    db = tmp_path / "news.db"
    stats = crawl(crawl_cli, mirror(SITE), db, "--no-raw")
    assert stats["new"] > 0 and counts(db) == (0, 0, 0)
