"""What the pages say beyond the rows: totals, highlighted titles, dates, provinces, the model."""

from __future__ import annotations

import re

import pytest

from archive import Archive
from archive.review import count_articles
from archive.search import count
from provnews.web import app as web_app
from tests.web.conftest import new_client


@pytest.fixture
def small_pages(monkeypatch, review_archive):
    """A client whose pages hold three rows, so a total spans several pages."""
    monkeypatch.setattr(web_app, "PAGE_SIZE", 3)
    path, _ = review_archive
    with new_client(web_app.create_app(path, read_only=True)) as client:
        yield client


def _showing(html: str) -> str:
    return re.search(r'<p class="showing" id="showing">([^<]*)</p>', html).group(1)


def test_browse_shows_the_total(client, review_archive):
    path, _ = review_archive
    with Archive(path) as archive:
        total = count_articles(archive.db)
    assert total > 3
    assert _showing(client.get("/").text) == f"showing 1–{total} of {total}"


def test_later_pages_say_which_rows_they_show(small_pages, review_archive):
    path, _ = review_archive
    with Archive(path) as archive:
        total = count_articles(archive.db)
    assert _showing(small_pages.get("/").text) == f"showing 1–3 of {total}"
    assert _showing(small_pages.get("/?page=2").text) == f"showing 4–6 of {total}"


def test_filtered_browse_counts_the_filtered_articles(client, review_archive):
    assert _showing(client.get("/?site=js-zh").text) == "showing 1–1 of 1"


def test_search_shows_the_total_of_matches(small_pages, review_archive):
    path, _ = review_archive
    with Archive(path) as archive:
        total = count(archive.db, "乡村振兴")
    assert total > 3
    assert _showing(small_pages.get("/?q=乡村振兴").text) == f"showing 1–3 of {total}"


def test_queue_shows_the_total(client):
    html = client.get("/queue").text
    size = int(re.search(r'<span class="count">(\d+) article', html).group(1))
    assert _showing(html) == f"showing 1–{size} of {size}"


def test_search_highlights_hits_in_titles(client, review_archive):
    _, ids = review_archive
    html = client.get("/?q=乡村振兴").text
    link = re.search(rf'<a href="/articles/{ids["plain"]}"[^>]*>(.*?)</a>', html).group(1)
    assert link == "浙江省召开<mark>乡村振兴</mark>工作会议（plain）"


def test_search_highlights_hits_in_english_titles_case_blind(client):
    html = client.get("/?q=Revitalization").text
    assert 'lang="en">Zhejiang holds rural <mark>revitalization</mark> work conference (plain)</div>' in html


def test_highlighted_hostile_title_stays_text(client):
    html = client.get("/?q=alert").text
    assert "<script>" not in html.split("<main>")[1]
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in html
