"""Browser-site mirrors (tests/support/challenge.py), their site files in a private
PROVNEWS_SITES_DIR, and a crawl through the real CLI with the real Chromium."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.fixtures.mirror import REPO

# The site files are gz-zh's (a TRS portal; zj-zh's, Hanweb, for wafhanweb-zh) with the fetch
# mode of the case under test.
_ITEMS = 'items = ["div.right-list-box ul li a", ".PageMainBox.aBox a[target=_blank][title]"]'
SITES = {
    "waf-zh": 'fetch = "browser-once"',
    "wafplain-zh": 'fetch = "plain"',
    "shell-zh": 'fetch = "browser"\nbrowser_wait = "ul#list li"',
    "stuck-zh": 'fetch = "browser"\nbrowser_wait = "ul#never-filled li"',
    "wafhanweb-zh": 'fetch = "browser-once"',
}


def _site_file(name: str, keys: str) -> str:
    base = "zj-zh" if "hanweb" in name else "gz-zh"
    text = (REPO / "crawler" / "sites" / f"{base}.toml").read_text(encoding="utf-8")
    assert f'name = "{base}"' in text and (base != "gz-zh" or _ITEMS in text), f"{base}.toml changed"
    text = text.replace(f'name = "{base}"', f'name = "{name}"\n{keys}')
    if "browser_wait" in keys:
        text = text.replace(_ITEMS, 'items = ["ul#list li a"]')
    return text


@pytest.fixture(scope="session")
def browser_sites_env(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("browser-sites")
    for name, keys in SITES.items():
        (folder / f"{name}.toml").write_text(_site_file(name, keys), encoding="utf-8")
    return {**os.environ, "PROVNEWS_SITES_DIR": str(folder)}


def archived(db: Path, site: str) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    result = {}
    for article_id, url, title, published_at, source in conn.execute(
            "SELECT id, url, title, published_at, source FROM articles WHERE site = ?", [site]).fetchall():
        paragraphs = [t for (t,) in conn.execute(
            "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx", [article_id])]
        result[url] = {"title": title, "published_at": published_at, "source": source, "paragraphs": paragraphs}
    conn.close()
    return result


def failures(db: Path) -> list[tuple[str, str, int | None]]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT url, reason, http_status FROM failures ORDER BY id").fetchall()
    conn.close()
    return rows


def assert_exact(db: Path, site: str, truths: dict[str, dict]) -> None:
    got = archived(db, site)
    assert sorted(got) == sorted(truths)
    for url, truth in truths.items():
        assert (got[url]["title"], got[url]["published_at"], got[url]["source"]) == (
            truth["title"], truth["published_at"], truth["source"]), url
        assert got[url]["paragraphs"] == truth["paragraphs"], url


def served_raw_pages(db: Path, server) -> list:
    """The archive's raw pages, each checked to be the mirror's bytes as served (status 200)."""
    from archive import open_db
    from archive.raw import iter_raw_pages

    served = {p.path: p.body for p in server.mirror.pages()}
    database = open_db(db)
    try:
        pages = list(iter_raw_pages(database))
    finally:
        database.conn.close()
    for page in pages:
        path = page.url.split("guizhou.gov.cn", 1)[1]
        if path not in served:  # a failure's response is kept too (the mirror's dead link)
            assert page.status == 404, page.url
            continue
        assert page.body == served[path] and page.status == 200, page.url
    return pages
