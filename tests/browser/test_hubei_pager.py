"""Hubei (hb-zh) behind its JavaScript challenge, with its real site file: the column's pager is
drawn by `pageControl(3, 0, "index", "shtml")` (TRS's createPageHTML under another name), and the
list page the browser hands over is walked to its last page like a plain one."""

from __future__ import annotations

import pytest

from tests.fixtures.mirror import crawl_stats
from tests.support.challenge import serve_challenge

from .conftest import assert_exact, failures

COLUMN = "/zwgk/hbyw/hbywqb/"


@pytest.fixture(scope="module")
def hubei():
    server = serve_challenge("hb-zh", challenge=True, cookie_uses=4)
    yield server
    server.stop()


def test_every_list_page_of_the_hubei_column_is_read_through_the_browser(hubei, chromium, crawl_cli, tmp_path):
    db = tmp_path / "news.db"
    result = crawl_cli("hb-zh", "--db", str(db), "--base-url", hubei.base_url, "--json")
    stats = crawl_stats(result)["hb-zh"]
    assert result.returncode == 0, result.stderr[-2000:]
    assert_exact(db, "hb-zh", hubei.truths())
    assert failures(db) == []
    served = {r.path for r in hubei.requests if getattr(r, "kind", "") == "list"}
    assert served == {COLUMN + "index.shtml", COLUMN + "index_1.shtml", COLUMN + "index_2.shtml"}
    assert stats["list_pages"] == 3 and stats["browser_pages"] >= 1
