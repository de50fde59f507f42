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


# -- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("stored, shown", [
    ("2026-11-19T10:15:00+08:00", "2026-11-19 10:15"),
    ("2026-11-19T02:15:00+00:00", "2026-11-19 10:15"),
    ("2026-11-19T02:15:07.123456Z", "2026-11-19 10:15"),
    ("2026-11-18T20:15:00-06:00", "2026-11-19 10:15"),
    ("2026-11-19T10:15", "2026-11-19 10:15"),
    ("2026-11-19", "2026-11-19"), ("2026-11", "2026-11"), ("2026", "2026"),
    ("", ""), (None, ""), ("not a date at all", "not a date at all"),
])
def test_times_are_shown_in_the_pages_zone(stored, shown):
    from provnews.web.markup import when

    assert when(stored) == shown


def test_article_page_shows_the_publication_time_in_the_pages_zone(fresh_archive):
    archive, _ = fresh_archive
    archive.store_article({"url": "https://www.zj.gov.cn/art/timed.html", "site": "zj-zh", "lang": "zh",
                           "title": "定时发布", "published_at": "2026-11-19T02:15:00+00:00",
                           "paragraphs": [{"text": "正文。", "kind": "text"}]})
    article_id, = archive.db.execute("SELECT id FROM articles WHERE url LIKE '%timed.html'").fetchone()
    with new_client(web_app.create_app(archive.path, read_only=True)) as client:
        page = client.get(f"/articles/{article_id}").text
        listing = client.get("/?q=定时发布").text
    assert '<time datetime="2026-11-19T02:15:00+00:00">2026-11-19 10:15</time>' in page
    assert "2026-11-19 10:15</time>" in listing
    assert "Times in China Standard Time (UTC+08:00)." in page


def test_date_filters_are_iso_pickers_with_a_visible_hint(client):
    html = client.get("/?since=2024-04-01&until=2024-04-30").text
    assert '<input type="date" name="since" value="2024-04-01"' in html
    assert '<input type="date" name="until" value="2024-04-30"' in html
    assert 'id="date-hint">Dates as yyyy-mm-dd: 2024-04-01 to 2024-04-30</p>' in html


# -- provinces ------------------------------------------------------------------------------

def test_browse_names_the_province_beside_each_site(client):
    html = client.get("/").text
    assert '<td class="site">zj-zh<div class="province">Zhejiang 浙江</div></td>' in html
    assert '<td class="site">js-zh<div class="province">Jiangsu 江苏</div></td>' in html
    assert ">zj-en · Zhejiang 浙江</option>" in html


def test_article_page_names_the_province(client, review_archive):
    _, ids = review_archive
    html = client.get(f"/articles/{ids['plain']}").text
    assert '<dt>Site</dt><dd>zj-zh · <span class="province">Zhejiang 浙江</span></dd>' in html


def test_runs_pages_name_the_province(client):
    html = client.get("/runs/xz-zh").text
    assert 'xz-zh <span class="province">Tibet 西藏</span>' in html


# -- the translation model ------------------------------------------------------------------

def _installed(directory):
    """A package folder as translations.packages finds it (the files' contents are not read here)."""
    folder = directory / "translate-zh_en"
    (folder / "model").mkdir(parents=True)
    (folder / "metadata.json").write_text('{"from_code": "zh", "to_code": "en", "package_version": "1.9"}')
    for name in ("model/model.bin", "model/config.json", "sentencepiece.model"):
        (folder / name).write_bytes(b"")
    return directory


@pytest.fixture
def no_model_client(review_archive, tmp_path):
    path, _ = review_archive
    with new_client(web_app.create_app(path, read_only=True, models_dir=tmp_path / "empty")) as client:
        yield client


@pytest.fixture
def model_client(review_archive, tmp_path):
    path, _ = review_archive
    with new_client(web_app.create_app(path, read_only=True, models_dir=_installed(tmp_path / "models"))) as client:
        yield client


def test_untranslated_article_says_no_model_is_installed_and_how_to_install_one(no_model_client, review_archive):
    _, ids = review_archive
    html = no_model_client.get(f"/articles/{ids['pending']}").text
    assert 'id="model-hint"' in html and "provnews models install" in html
    assert "Not translated yet: no translation model is installed (see above)." in html


def test_translated_article_and_english_article_need_no_hint(no_model_client, review_archive):
    _, ids = review_archive
    for name in ("plain", "english"):
        assert 'id="model-hint"' not in no_model_client.get(f"/articles/{ids[name]}").text


def test_untranslated_article_with_a_model_installed_just_waits(model_client, review_archive):
    _, ids = review_archive
    html = model_client.get(f"/articles/{ids['pending']}").text
    assert 'id="model-hint"' not in html and "Not translated yet." in html


def test_queue_says_no_model_is_installed(no_model_client, model_client, review_archive, tmp_path):
    assert "provnews models install" in no_model_client.get("/queue").text
    assert "provnews models install" not in model_client.get("/queue").text


def test_empty_queue_without_a_model_says_why_it_is_empty(tmp_path):
    from archive import Archive

    path = tmp_path / "empty.db"
    Archive(path).close()
    with new_client(web_app.create_app(path, read_only=True, models_dir=tmp_path / "none")) as client:
        html = client.get("/queue").text
    assert "Nothing waiting for review: no translation model is installed, so nothing has been translated." in html


def test_missing_model_message(tmp_path):
    from translations.packages import MODEL_FILE, missing_model_message

    hint = missing_model_message(tmp_path / "none")
    assert "\n" not in hint and f"provnews models install --file {MODEL_FILE}" in hint
    assert missing_model_message(_installed(tmp_path / "models")) is None
