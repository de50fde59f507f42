"""Datasette over a real archive, with provnews' plugin loaded through its entry point.

The search box (`?_search=`, HTML and JSON) must give exactly the articles `provnews search`
gives, for terms of every length; Datasette's own trigram filter finds nothing for 1-2
character terms, which is what the plugin exists to fix.
"""

from __future__ import annotations

import importlib.metadata
import sqlite3

import pytest

from archive import Archive
from archive.search import search
from tests.archive.conftest import build_corpus

XSS_TITLE = "标题<script>alert(1)</script>会议"
QUERIES = ["会议", "省", "EU", "港口", "乡村振兴", "乡村振兴 -会议", "-会议", "会议 省政府", '"Rural revitalization"',
           "meeting", "Rural", "[图]", "省 -港口", '"常务会议" EU']


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    path = tmp_path_factory.mktemp("datasette") / "news.db"
    build_corpus(path)
    with Archive(path) as archive:
        archive.store_article({"url": "https://www.zj.gov.cn/art/xss.html", "site": "zj-zh", "lang": "zh",
                               "title": XSS_TITLE, "published_at": "2024-03-01",
                               "paragraphs": [{"text": "会议<img src=x onerror=alert(2)>", "kind": "text"}]})
    return path


@pytest.fixture(scope="module")
def get(datasette_client, news):
    return datasette_client([str(news)]).get


def _provnews_ids(path, query) -> list[int]:
    with Archive(path) as archive:
        return sorted(hit["id"] for hit in search(archive.db, query, limit=1000))


def test_the_plugin_is_loaded_through_its_entry_point(get):
    points = {e.name: e.value for e in importlib.metadata.entry_points(group="datasette")}
    assert points.get("provnews") == "provnews.datasette_plugin"
    plugins = {p["name"]: p for p in get("/-/plugins.json").json()}
    assert {"filters_from_request", "get_metadata", "render_cell"} <= set(plugins["provnews"]["hooks"])


def test_datasette_alone_would_find_nothing_for_a_two_character_term(news):
    with sqlite3.connect(news) as conn:
        assert conn.execute("""SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '"会议"'""").fetchone()[0] == 0
    assert len(_provnews_ids(news, "会议")) > 20


@pytest.mark.parametrize("query", QUERIES)
def test_json_search_gives_the_articles_provnews_search_gives(get, news, query):
    response = get("/news/articles.json", _search=query, _shape="array", _size="max", _col="id")
    assert response.status_code == 200, response.text
    assert sorted(row["id"] for row in response.json()) == _provnews_ids(news, query)


@pytest.mark.parametrize("query", ["会议", "省 -港口", "meeting"])
def test_the_views_search_the_same_way(get, news, query):
    view = get("/news/articles_view.json", _search=query, _shape="array", _size="max", _col="id")
    units = get("/news/article_translations.json", _search=query, _shape="array", _size="max", _col="article_id")
    assert sorted(r["id"] for r in view.json()) == _provnews_ids(news, query)
    assert sorted({r["article_id"] for r in units.json()}) == _provnews_ids(news, query)


def test_the_search_page_shows_the_box_the_count_and_the_xss_title_as_text(get, news):
    page = get("/news/articles", _search="会议")
    assert page.status_code == 200
    assert 'name="_search" value="会议"' in page.text
    assert f"{len(_provnews_ids(news, '会议'))} rows" in page.text
    assert "<script>alert(1)</script>" not in page.text and "onerror=alert(2)>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_an_empty_box_lists_everything_and_a_bad_query_is_one_clear_error(get, news):
    with sqlite3.connect(news) as conn:
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert get("/news/articles.json", _search="", _shape="array", _size="max").json().__len__() == total
    bad = get("/news/articles.json", _search='"')
    assert bad.status_code == 400 and "empty query" in bad.json()["error"]


def test_facets_descriptions_and_order(get):
    view = get("/news/articles_view.json", _search="会议").json()
    assert {"site", "lang", "translation_state", "month"} <= set(view["facet_results"])
    states = {row["value"] for row in view["facet_results"]["translation_state"]["results"]}
    assert states <= {"official English", "pending", "translated", "reviewed"} and "translated" in states
    table = get("/news/articles.json", _shape="array", _col="published_at", _size="max").json()
    dated = [r["published_at"] for r in table if r["published_at"]]
    assert dated == sorted(dated, reverse=True)
    page = get("/news/articles").text
    assert "terms of any length" in page
    columns = get("/-/metadata.json").json()["databases"]["news"]["tables"]["articles"]["columns"]
    assert "Canonical URL" in columns["url"]


def test_view_rows_link_to_the_review_ui(datasette_client, get, news):
    assert 'href="http://127.0.0.1:8000/articles/' in get("/news/articles_view").text
    configured = datasette_client([str(news)], metadata={"plugins": {"provnews": {"review_url": "http://review.example:9000/"}}})
    text = configured.get("/news/article_translations").text
    assert 'href="http://review.example:9000/articles/' in text


def test_other_databases_keep_datasettes_own_search(datasette_client, tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT)")
        conn.executemany("INSERT INTO articles (title) VALUES (?)", [("apple pie",), ("pear tart",), ("apple tart",)])
        conn.execute('CREATE VIRTUAL TABLE articles_fts USING fts5(title, content="articles", content_rowid="id")')
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    get = datasette_client([str(path)]).get
    rows = get("/other/articles.json", _search="apple", _shape="array").json()
    assert sorted(r["title"] for r in rows) == ["apple pie", "apple tart"]
    assert "provnews search" not in get("/other/articles", _search="apple").text


def test_the_review_uis_secrets_read_as_null(datasette_client, tmp_path):
    from provnews.accounts import add_user, configure_hashing, new_feed_token

    path = tmp_path / "accounts.db"
    configure_hashing(1, 8, 1)  # tests only: a cheap hash
    with Archive(path) as archive:
        add_user(archive.db, "alice", "editor", "a-long-password")
        new_feed_token(archive.db, "alice")
    get = datasette_client([str(path)]).get
    typed = get("/accounts.json", sql="select name, password_hash, feed_token_hash from accounts", _shape="array")
    assert typed.json() == [{"name": "alice", "password_hash": None, "feed_token_hash": None}]
    assert get("/accounts/web_secrets.json", _shape="array").json()[0]["secret"] is None
    row = get("/accounts/accounts.json", _shape="array").json()[0]
    assert row["name"] == "alice" and row["password_hash"] is None
    with Archive(path) as archive:  # the archive itself still holds them
        assert archive.db.execute("SELECT password_hash FROM accounts").fetchone()[0].startswith("$argon2id$")
def test_home_lists_articles_first_and_hides_the_internal_tables(get):
    from bs4 import BeautifulSoup

    from provnews.datasette_plugin import HOME_FIRST, INTERNAL_TABLES

    home = BeautifulSoup(get("/").text, "html.parser")
    listed = [a.get_text() for a in home.select("h2 + p + p a")]
    assert listed[:3] == list(HOME_FIRST) == ["articles", "articles_view", "article_translations"]
    assert not set(listed) & set(INTERNAL_TABLES) and listed[-1] == "..."
    hidden = {t["name"] for t in get("/news.json").json()["tables"] if t["hidden"]}
    assert {"paragraphs", "pair_alignments", "raw_pages", "raw_blobs"} <= hidden and "articles" not in hidden
    assert get("/news/paragraphs.json").status_code == 200  # hidden, not gone
    meta = get("/-/metadata.json").json()["databases"]["news"]["tables"]
    assert meta["articles"]["facet_size"] == 6 and meta["paragraphs"]["description"]


def test_other_databases_keep_datasettes_home_and_facets(datasette_client, tmp_path):
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as conn:
        for n, name in enumerate(("a", "b", "c", "d", "e", "f")):
            conn.execute(f"CREATE TABLE {name} (x)")
            conn.executemany(f"INSERT INTO {name} VALUES (?)", [(i,) for i in range(n)])
    client = datasette_client([str(path)])
    assert "provnews.css" not in client.get("/plain/a").text
    assert [t for t in ("f", "e", "d", "c", "b") if f'href="/plain/{t}"' in client.get("/").text] == list("fedcb")


def test_a_long_body_scrolls_in_its_cell_and_stays_escaped(get, news):
    page = get("/news/articles", _search="会议").text
    assert '/-/provnews.css' in page and "<img src=x" not in page
    css = get("/-/provnews.css")
    assert css.status_code == 200 and "col-url" in css.text
