"""Atom feeds: served by `provnews serve` on loopback and written by `provnews export --format atom`,
read back with feedparser as a feed reader would, and checked against the archive."""

from __future__ import annotations

import datetime as dt
import urllib.error
import urllib.request
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from archive import Archive
from archive.pairs import set_pair
from archive.search import search
from provnews.cli import cli
from provnews.web.feeds import entry_id
from tests.web.conftest import translate

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def _page(url: str, site: str, lang: str, title: str, date: str | None, paragraphs: list[str]) -> dict:
    return {"url": url, "site": site, "lang": lang, "title": title, "published_at": date, "source": "浙江省政府办公厅",
            "paragraphs": [{"text": text, "kind": "text"} for text in paragraphs]}


PAGES = {
    "machine": _page("https://www.zj.gov.cn/art/2024/5/3/art_1.html", "zj-zh", "zh", "浙江省召开乡村振兴工作会议",
                     "2024-05-03T10:15:00+08:00", ["会议强调，要推进乡村振兴。", "省政府负责人出席。"]),
    "paired": _page("https://www.zj.gov.cn/art/2024/5/2/art_2.html", "zj-zh", "zh", "浙江举办国际贸易博览会",
                    "2024-05-02", ["博览会于周五开幕。", "来自40个国家的展商参展。"]),
    "english": _page("https://www.zj.gov.cn/english/art_2.html", "zj-en", "en", "Zhejiang opens trade fair",
                     "2024-05-02T08:00:00+08:00", ["The fair opened on Friday.", "Exhibitors came from 40 countries."]),
    "pending": _page("https://www.jiangsu.gov.cn/art/2024/5/1/art_3.html?id=7", "js-zh", "zh", "江苏省港口建设推进会",
                     "2024-05-01", ["港口建设稳步推进。"]),
    "revised": _page("https://www.zj.gov.cn/art/2024/4/30/art_4.html", "zj-zh", "zh", "浙江发布民生实事",
                     "2024-04-30", ["十项民生实事公布。"]),
    "undated": _page("https://www.zj.gov.cn/art/undated.html", "zj-zh", "zh", "无日期的通知", None, ["请周知。"]),
}
MACHINE = ["Zhejiang holds rural revitalization conference", "The meeting stressed rural revitalization.",
           "Officials attended."]
REVISED_AT = "2024-06-01T12:00:00+00:00"


def build_feed_archive(path: Path) -> dict[str, int]:
    with Archive(path) as archive:
        for _key, page in PAGES.items():
            archive.store_article(page, fetched_at="2024-05-04T00:00:00+00:00")
        ids = {key: archive.db.execute("SELECT id FROM articles WHERE url = ?", [page["url"]]).fetchone()[0]
               for key, page in PAGES.items()}
        translate(archive.db, ids["machine"], dict(enumerate(MACHINE, start=-1)))
        set_pair(archive.db, ids["paired"], ids["english"], "tester")
        revised = dict(PAGES["revised"], paragraphs=[{"text": "十项民生实事公布，另增两项。", "kind": "text"}])
        assert archive.store_article(revised, fetched_at=REVISED_AT) == "changed"
    return ids


@pytest.fixture(scope="module")
def feed_archive(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("feeds") / "news.db"
    return path, build_feed_archive(path)


@pytest.fixture(scope="module")
def server(feed_archive):
    from provnews.web import create_app
    from provnews.web.server import BackgroundServer

    with BackgroundServer(create_app(feed_archive[0], read_only=True)) as running:
        yield running


def fetch(server, path: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(server.url + path, timeout=10) as response:
            return response.status, response.headers["content-type"], response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["content-type"], exc.read()


def read_feed(server, path: str):
    status, kind, body = fetch(server, path)
    assert status == 200, body[:300]
    assert kind.startswith("application/atom+xml")
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


def by_url(feed) -> dict:
    return {entry.link: entry for entry in feed.entries}


def link(entry, rel: str) -> str:
    return next(item.href for item in entry.links if item.rel == rel)


def test_all_holds_every_article_newest_first_as_the_archive_dates_them(server, feed_archive):
    feed = read_feed(server, "/feeds/all.atom")
    urls = [entry.link for entry in feed.entries]
    assert urls == [PAGES[k]["url"] for k in ("machine", "english", "paired", "pending", "revised", "undated")]
    with Archive(feed_archive[0]) as archive:
        rows = {url: (published, first_seen) for url, published, first_seen in archive.db.execute(
            "SELECT url, published_at, first_seen_at FROM articles")}
    for entry in feed.entries:
        published, first_seen = rows[entry.link]
        expected = (dt.datetime.fromisoformat(published) if published and "T" in published
                    else dt.datetime.fromisoformat(published).replace(tzinfo=SHANGHAI) if published
                    else dt.datetime.fromisoformat(first_seen))
        assert dt.datetime.fromisoformat(entry.published) == expected


def test_entry_titles_say_which_english_and_fall_back_to_chinese(server):
    entries = by_url(read_feed(server, "/feeds/all.atom"))
    assert entries[PAGES["machine"]["url"]].title == f"[machine] {MACHINE[0]}"
    assert entries[PAGES["paired"]["url"]].title == "[official] Zhejiang opens trade fair"
    assert entries[PAGES["pending"]["url"]].title == "江苏省港口建设推进会"
    assert entries[PAGES["english"]["url"]].title == "Zhejiang opens trade fair"


def test_content_holds_both_languages_first_paragraphs(server):
    entries = by_url(read_feed(server, "/feeds/all.atom"))
    machine = entries[PAGES["machine"]["url"]].content[0].value
    assert "会议强调，要推进乡村振兴。" in machine and f"[machine] {MACHINE[1]}" in machine
    assert "省政府负责人出席" not in machine  # the first paragraph only
    paired = entries[PAGES["paired"]["url"]].content[0].value
    assert "博览会于周五开幕。" in paired and "[official] The fair opened on Friday." in paired
    english = entries[PAGES["english"]["url"]].content[0].value
    assert "The fair opened on Friday." in english and "博览会于周五开幕。" in english
    assert "Not translated yet." in entries[PAGES["pending"]["url"]].content[0].value


def test_links_ids_and_province_categories(server, feed_archive):
    _, ids = feed_archive
    for key, entry in ((k, by_url(read_feed(server, "/feeds/all.atom"))[p["url"]]) for k, p in PAGES.items()):
        assert link(entry, "alternate") == PAGES[key]["url"]
        assert link(entry, "related") == f"{server.url}/articles/{ids[key]}"
        assert entry.id == entry_id(PAGES[key]["url"]) and entry.id.startswith("tag:")
        labels = {tag.label for tag in entry.tags}
        assert ("Jiangsu 江苏" if key == "pending" else "Zhejiang 浙江") in labels
    assert by_url(read_feed(server, "/feeds/all.atom"))[PAGES["pending"]["url"]].id == \
        "tag:www.jiangsu.gov.cn,2026:/art/2024/5/1/art_3.html?id=7"


def test_a_revision_updates_updated(server):
    entries = by_url(read_feed(server, "/feeds/all.atom"))
    revised = entries[PAGES["revised"]["url"]]
    assert dt.datetime.fromisoformat(revised.updated) == dt.datetime.fromisoformat(REVISED_AT)
    assert dt.datetime.fromisoformat(revised.published) == dt.datetime(2024, 4, 30, tzinfo=SHANGHAI)
    unchanged = entries[PAGES["pending"]["url"]]
    assert unchanged.updated == unchanged.published


def test_ids_are_stable_across_runs_and_archives(server, tmp_path):
    first = [e.id for e in read_feed(server, "/feeds/all.atom").entries]
    build_feed_archive(tmp_path / "again.db")
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "again.db"), "--format", "atom"])
    assert result.exit_code == 0, result.output
    assert [e.id for e in feedparser.parse(result.stdout_bytes).entries] == first


@pytest.mark.parametrize("path, keys", [
    ("/feeds/site/zj-zh.atom", ["machine", "paired", "revised", "undated"]),
    ("/feeds/province/zj.atom", ["machine", "english", "paired", "revised", "undated"]),
    ("/feeds/province/JS.atom", ["pending"]),
    ("/feeds/all.atom?limit=2", ["machine", "english"]),
])
def test_site_province_and_limit(server, path, keys):
    assert [e.link for e in read_feed(server, path).entries] == [PAGES[k]["url"] for k in keys]


def test_province_feed_is_titled_with_its_names(server):
    assert "Zhejiang 浙江" in read_feed(server, "/feeds/province/zj.atom").feed.title


@pytest.mark.parametrize("query", ["乡村振兴", "会议", "fair", "浙江 -博览会"])
def test_search_feed_finds_what_search_finds(server, feed_archive, query):
    feed = read_feed(server, "/feeds/search.atom?q=" + urllib.request.quote(query))
    with Archive(feed_archive[0]) as archive:
        expected = {row["url"] for row in search(archive.db, query, limit=100)}
    assert expected and {e.link for e in feed.entries} == expected


@pytest.mark.parametrize("path, status", [
    ("/feeds/site/nowhere-zh.atom", 404), ("/feeds/province/xx.atom", 404), ("/feeds/search.atom", 400),
    ("/feeds/search.atom?q=%22", 400), ("/feeds/all.atom?limit=0", 400), ("/feeds/all.atom?limit=x", 400),
])
def test_bad_feed_requests(server, path, status):
    assert fetch(server, path)[0] == status


def test_export_atom_writes_the_served_feed(server, feed_archive, tmp_path):
    out = tmp_path / "zj.atom"
    result = CliRunner().invoke(cli, ["export", "--db", str(feed_archive[0]), "--format", "atom", "--site", "zj-zh",
                                      "乡村振兴", "--review-url", server.url, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Exported 1 entries" in result.output
    exported = feedparser.parse(out.read_bytes())
    served = read_feed(server, "/feeds/site/zj-zh.atom?q=" + urllib.request.quote("乡村振兴"))
    assert not exported.bozo
    assert exported.feed.id == served.feed.id and exported.feed.title == served.feed.title
    assert [(e.id, e.title, e.link, link(e, "related"), e.updated, e.content[0].value) for e in exported.entries] == \
        [(e.id, e.title, e.link, link(e, "related"), e.updated, e.content[0].value) for e in served.entries]
    assert [e.link for e in exported.entries] == [PAGES["machine"]["url"]]


def test_export_query_without_atom_is_a_usage_error(feed_archive):
    result = CliRunner().invoke(cli, ["export", "--db", str(feed_archive[0]), "会议"])
    assert result.exit_code == 2 and "--format atom" in result.output


@pytest.mark.parametrize("fmt", ["atom", "jsonl", "csv"])
def test_export_of_an_unknown_site_is_the_usage_error_of_crawl(feed_archive, fmt):
    result = CliRunner().invoke(cli, ["export", "--db", str(feed_archive[0]), "--format", fmt, "--site", "zz-zh"])
    assert result.exit_code == 2
    assert "unknown site 'zz-zh': known sites are" in result.output and "provnews sites" in result.output


def test_export_atom_of_a_malformed_query_is_a_usage_error(feed_archive):
    result = CliRunner().invoke(cli, ["export", "--db", str(feed_archive[0]), "--format", "atom", '"'])
    assert result.exit_code == 2 and "Error" in result.output


def test_a_narrowed_feed_has_an_id_and_title_of_its_own(server):
    whole = read_feed(server, "/feeds/site/zj-zh.atom").feed
    narrowed = read_feed(server, "/feeds/site/zj-zh.atom?q=" + urllib.request.quote("乡村振兴")).feed
    assert whole.id != narrowed.id and narrowed.title.endswith("search 乡村振兴")
    assert len({whole.id, read_feed(server, "/feeds/all.atom").feed.id, read_feed(server, "/feeds/province/zj.atom").feed.id,
                read_feed(server, "/feeds/search.atom?q=fair").feed.id}) == 4
