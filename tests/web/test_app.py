"""The app over HTTP, in process: escaping, the write guard (CSRF, origin, read-only), filters, errors."""

from __future__ import annotations

import re
import sqlite3

import pytest

from tests.web.conftest import XSS_IMG, XSS_SCRIPT, new_client


def _token(page) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)">', page.text).group(1)


def _state(path, article_id, idx):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT state, edited, reviewer FROM translations WHERE article_id = ? AND idx = ?",
                            [article_id, idx]).fetchone()


@pytest.fixture
def named_client(client):
    """The shared client, signed in as a reviewer through the header form."""
    page = client.get("/")
    response = client.post("/reviewer", data={"csrf_token": _token(page), "name": "王 芳", "next": "/queue"})
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    return client


def test_pages_render(client, review_archive):
    _, ids = review_archive
    for url in ("/", "/queue", f"/articles/{ids['plain']}", f"/articles/{ids['english']}", "/?q=乡村振兴"):
        assert client.get(url).status_code == 200, url


def test_security_headers(client):
    response = client.get("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    cookie = response.headers.get("set-cookie") or ""
    if cookie:  # only a browser without a session gets one
        assert "SameSite=Strict" in cookie and "HttpOnly" in cookie


@pytest.mark.parametrize("url", ["/", "/?q=alert", "/queue"])
def test_untrusted_text_is_escaped_in_lists(client, url):
    html = client.get(url).text
    assert XSS_SCRIPT not in html
    # A search marks its hits inside titles too: the text between the marks is still escaped.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html.replace("<mark>", "").replace("</mark>", "")


def test_untrusted_text_is_escaped_on_the_article_page(client, review_archive):
    _, ids = review_archive
    html = client.get(f"/articles/{ids['xss']}").text
    assert XSS_SCRIPT not in html and XSS_IMG not in html and "<img" not in html
    assert html.count("&lt;img src=x onerror=alert(1)&gt;") >= 3  # source field, paragraph, translation
    # The only scripts are our own file.
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/review.js" defer>']


def test_javascript_url_is_not_a_link(client, review_archive):
    _, ids = review_archive
    html = client.get(f"/articles/{ids['xss']}").text
    assert 'href="javascript:' not in html
    assert '<span class="original">javascript:alert(1)</span>' in html


def test_original_link(client, review_archive):
    _, ids = review_archive
    html = client.get(f"/articles/{ids['plain']}").text
    assert 'href="https://www.zj.gov.cn/art/2024/05/01/art_plain.html"' in html


def test_english_article_has_no_translation_column(client, review_archive):
    _, ids = review_archive
    html = client.get(f"/articles/{ids['english']}").text
    assert 'class="units single"' in html and 'class="tgt"' not in html
    assert "The fair opened on Friday." in html


def test_pending_article_shows_chinese_only_and_no_edit(client, review_archive):
    _, ids = review_archive
    html = client.get(f"/articles/{ids['pending']}").text
    assert "这一段还没有翻译。" in html and "Not translated yet" in html
    assert "edit-form" not in html and "review-article-form" not in html


def test_search_highlights_hits(client):
    html = client.get("/?q=乡村振兴").text
    assert "<mark>乡村振兴</mark>" in html


def test_search_filters_by_site(client, review_archive):
    _, ids = review_archive
    html = client.get("/?q=乡村振兴&site=js-zh").text
    assert f'href="/articles/{ids["other_site"]}"' in html
    assert f'href="/articles/{ids["plain"]}"' not in html


def test_browse_filters_by_date(client, review_archive):
    _, ids = review_archive
    html = client.get("/?since=2024-04-01&until=2024-04-30").text
    assert re.findall(r'href="/articles/(\d+)"', html) == [str(ids["other_site"])]


def test_bad_date_filter_is_a_clear_400(client):
    response = client.get("/?since=2024/05/01")
    assert response.status_code == 400
    assert "since must be a date like 2024-05-01" in response.text


def test_queue_lists_translated_unreviewed(client, review_archive):
    _, ids = review_archive
    linked = set(re.findall(r'href="/articles/(\d+)"', client.get("/queue").text))
    assert str(ids["readonly"]) in linked
    assert str(ids["pending"]) not in linked and str(ids["english"]) not in linked


def test_unknown_article_is_404(client):
    response = client.get("/articles/99999")
    assert response.status_code == 404 and "no article with id 99999" in response.text


def test_post_without_token_is_refused(client, review_archive):
    path, ids = review_archive
    client.get("/")
    response = client.post(f"/articles/{ids['api']}/units/0/edit", data={"english": "Forged."})
    assert response.status_code == 403 and "form token" in response.text
    assert _state(path, ids["api"], 0)[1] is None


def test_post_with_a_wrong_token_is_refused(client, review_archive):
    path, ids = review_archive
    response = client.post(f"/articles/{ids['api']}/review", data={"csrf_token": "0" * 64})
    assert response.status_code == 403
    assert _state(path, ids["api"], -1)[0] == "machine"


def test_token_is_bound_to_the_session_cookie(client, review_archive):
    path, ids = review_archive
    token = _token(client.get("/"))
    other = new_client(client.app)
    other.get("/")  # a different browser: its own session cookie
    response = other.post(f"/articles/{ids['api']}/units/0/review", data={"csrf_token": token})
    assert response.status_code == 403


def test_token_in_header_is_accepted(named_client, review_archive):
    path, ids = review_archive
    token = _token(named_client.get("/"))
    response = named_client.post(f"/articles/{ids['api']}/units/2/review", headers={"x-csrf-token": token})
    assert response.status_code == 303
    assert _state(path, ids["api"], 2)[0] == "reviewed"


def test_cross_origin_post_is_refused(named_client, review_archive):
    path, ids = review_archive
    token = _token(named_client.get("/"))
    response = named_client.post(f"/articles/{ids['api']}/units/0/review", data={"csrf_token": token},
                                 headers={"origin": "http://evil.example"})
    assert response.status_code == 403
    assert _state(path, ids["api"], 0)[0] == "machine"


def test_write_endpoints_refuse_get(client, review_archive):
    _, ids = review_archive
    assert client.get(f"/articles/{ids['api']}/units/0/edit").status_code == 405


def test_foreign_host_header_is_refused(client):
    # DNS rebinding: a page on evil.example resolved to 127.0.0.1 arrives with its own Host.
    assert client.get("/", headers={"host": "evil.example:8000"}).status_code == 400


def test_write_without_reviewer_name_is_refused(client, review_archive):
    path, ids = review_archive
    anonymous = new_client(client.app)
    token = _token(anonymous.get("/"))
    response = anonymous.post(f"/articles/{ids['api']}/units/0/review", data={"csrf_token": token})
    assert response.status_code == 400 and "reviewer name" in response.text
    assert _state(path, ids["api"], 0)[0] == "machine"


def test_edit_then_review_with_token(named_client, review_archive):
    path, ids = review_archive
    token = _token(named_client.get(f"/articles/{ids['api']}"))
    response = named_client.post(f"/articles/{ids['api']}/units/1/edit",
                                 data={"csrf_token": token, "english": "Provincial officials spoke."})
    assert response.status_code == 303 and response.headers["location"] == f"/articles/{ids['api']}#u1"
    assert _state(path, ids["api"], 1) == ("edited", "Provincial officials spoke.", "王 芳")
    response = named_client.post(f"/articles/{ids['api']}/units/1/review", data={"csrf_token": token})
    assert response.headers["location"] == f"/articles/{ids['api']}#u2"  # on to the next paragraph
    assert _state(path, ids["api"], 1) == ("reviewed", "Provincial officials spoke.", "王 芳")
    html = named_client.get(f"/articles/{ids['api']}").text
    assert "<ins>" in html and "<del>" in html  # the diff against the machine version


def test_stale_edit_is_a_409(named_client, review_archive):
    path, ids = review_archive
    token = _token(named_client.get(f"/articles/{ids['api2']}"))
    response = named_client.post(f"/articles/{ids['api2']}/units/0/edit",
                                 data={"csrf_token": token, "english": "Mine.", "expected": "Not what is there."})
    assert response.status_code == 409 and "reload" in response.text
    assert _state(path, ids["api2"], 0)[1] is None


def test_review_of_untranslated_article_is_a_400(named_client, review_archive):
    _, ids = review_archive
    token = _token(named_client.get("/"))
    response = named_client.post(f"/articles/{ids['pending']}/review", data={"csrf_token": token})
    assert response.status_code == 400 and "untranslated" in response.text


def test_reviewer_redirect_stays_on_this_site(client):
    token = _token(client.get("/"))
    response = client.post("/reviewer", data={"csrf_token": token, "name": "ann", "next": "//evil.example/"})
    assert response.headers["location"] == "/"


def test_read_only_hides_edit_controls(readonly_client, review_archive):
    _, ids = review_archive
    html = readonly_client.get(f"/articles/{ids['readonly']}").text
    assert "read-only" in html
    assert "<form" not in html and "<textarea" not in html and "Mark reviewed" not in html


def test_read_only_refuses_every_write(readonly_client, review_archive):
    path, ids = review_archive
    token = _token(readonly_client.get("/"))
    before = _snapshot(path)
    for url, data in [
        (f"/articles/{ids['readonly']}/units/0/edit", {"english": "Changed."}),
        (f"/articles/{ids['readonly']}/units/0/review", {}),
        (f"/articles/{ids['readonly']}/review", {}),
        ("/reviewer", {"name": "ann"}),
    ]:
        response = readonly_client.post(url, data={"csrf_token": token, **data})
        assert response.status_code == 403 and "read-only" in response.text, url
    assert _snapshot(path) == before


def _snapshot(path):
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT * FROM translations WHERE article_id IN (SELECT id FROM articles WHERE url LIKE"
                             " '%readonly%')").fetchall(),
                conn.execute("SELECT reviewed_by, reviewed_at FROM articles").fetchall())


def test_page_links_keep_the_filters(client):
    html = client.get("/?site=zj-zh&page=2").text
    assert 'href="/?site=zj-zh&amp;page=1" rel="prev"' in html

