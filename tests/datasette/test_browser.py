"""Datasette over the demo archive in Debian's chromium, at 1400×1000 and at phone width: the
home page leads with `articles`, and a search shows its first rows on the first screen, readable."""

from __future__ import annotations

import pytest
from datasette.app import Datasette

from provnews.web.server import BackgroundServer
from tests.fixtures.browser import DESKTOP, PHONE

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def datasette_url(demo_archive):
    with BackgroundServer(Datasette([str(demo_archive)], immutables=[]).app()) as server:
        yield server.url


def test_home_page_leads_with_articles(sized_page, datasette_url):
    page = sized_page(DESKTOP)
    page.goto(datasette_url)
    links = page.locator("h2 + p + p a").all_inner_texts()
    assert links[:3] == ["articles", "articles_view", "article_translations"]
    assert "paragraphs" not in links and "raw_pages" not in links
    assert page.shoot("datasette-home") == (1400, 1000)


@pytest.mark.parametrize("viewport, name", [(DESKTOP, "datasette-search"), (PHONE, "datasette-search-phone")])
def test_search_rows_start_on_the_first_screen(sized_page, datasette_url, viewport, name):
    page = sized_page(viewport)
    page.goto(f"{datasette_url}/demo/articles_view?_search=会议")
    first = page.locator("table.rows-and-columns tbody tr").first
    title = first.locator("td.col-title")
    if viewport is DESKTOP:
        box = first.bounding_box()
        assert box["y"] < viewport["height"] - 100   # the first row begins on the first screen
        # Readable: the title is not wrapped to a few characters a line (it was, at 4).
        lines = title.evaluate("el => { const r = document.createRange(); r.selectNodeContents(el);"
                               " return r.getClientRects().length; }")
        assert lines <= 3 and title.bounding_box()["width"] > 180
    assert page.locator(".facet-info").count() >= 2
    assert max(page.locator(".facet-info").first.locator("li").count(), 0) <= 7   # six values and "…"
    assert page.shoot(name) == (viewport["width"], viewport["height"])
