"""The review UI in Debian's chromium against the real server: what a reviewer does, end to end."""

from __future__ import annotations

import sqlite3

import pytest

from tests.web.conftest import XSS_IMG, XSS_SCRIPT

pytestmark = pytest.mark.timeout(60)


def _unit_row(path, article_id, idx) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM translations WHERE article_id = ? AND idx = ?",
                                 [article_id, idx]).fetchone())
    finally:
        conn.close()


def _current(page) -> str:
    return page.locator(".unit.current").get_attribute("id")


def test_edit_review_reload_and_check_the_archive(browser_page, review_server, review_archive):
    page = browser_page
    path, ids = review_archive
    article_id = ids["browser"]
    page.goto(f"{review_server.url}/articles/{article_id}")
    unit = page.locator("#u1")
    unit.locator("details.edit summary").click()
    unit.locator("textarea").fill("Provincial government officials attended and gave speeches.")
    with page.expect_navigation():
        unit.get_by_role("button", name="Save").click()

    unit = page.locator("#u1")
    assert unit.locator(".english").inner_text() == "Provincial government officials attended and gave speeches."
    assert unit.locator(".badge").inner_text().lower() == "edited"
    unit.locator("details.diff summary").click()
    assert unit.locator(".diff-text del").first.is_visible() and unit.locator(".diff-text ins").first.is_visible()
    assert "attended the meeting and spoke" in unit.locator(".machine").inner_text()

    with page.expect_navigation():
        unit.get_by_role("button", name="Mark reviewed").click()
    assert page.url.endswith("#u2")  # on to the next paragraph
    with page.expect_navigation():
        page.get_by_role("button", name="Mark article reviewed").click()

    page.reload()
    assert page.locator("#article-state").inner_text().lower() == "reviewed"
    assert page.locator(".reviewed-by").inner_text() == "tester"
    assert page.locator("#u1 .badge").inner_text().lower() == "reviewed"

    row = _unit_row(path, article_id, 1)
    assert row["machine"] == "Officials of the provincial government attended the meeting and spoke."
    assert row["edited"] == "Provincial government officials attended and gave speeches."
    assert (row["state"], row["reviewer"]) == ("reviewed", "tester") and row["reviewed_at"]
    with sqlite3.connect(path) as conn:
        reviewed_by, reviewed_at, body = conn.execute(
            "SELECT reviewed_by, reviewed_at, body_translation FROM articles WHERE id = ?", [article_id]).fetchone()
    assert reviewed_by == "tester" and reviewed_at
    assert body.split("\n")[1] == "Provincial government officials attended and gave speeches."


def test_keyboard_j_k_e_r(browser_page, review_server, review_archive):
    page = browser_page
    path, ids = review_archive
    article_id = ids["keys"]
    page.goto(f"{review_server.url}/articles/{article_id}")
    assert _current(page) == "u-1"
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert _current(page) == "u1"
    page.keyboard.press("k")
    assert _current(page) == "u0"

    page.keyboard.press("e")
    box = page.locator("#u0 textarea")
    assert box.is_visible() and box.evaluate("el => el === document.activeElement")
    page.keyboard.type(" Not saved.")
    page.keyboard.press("Escape")
    assert not box.is_visible()
    assert _unit_row(path, article_id, 0)["edited"] is None

    page.keyboard.press("e")
    page.keyboard.type(" Saved.")
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    assert _current(page) == "u0"  # the cursor survives the reload
    assert _unit_row(path, article_id, 0)["edited"].endswith("revitalization. Saved.")

    with page.expect_navigation():
        page.keyboard.press("r")
    assert _current(page) == "u1"
    row = _unit_row(path, article_id, 0)
    assert (row["state"], row["reviewer"]) == ("reviewed", "tester")


def test_hostile_article_is_inert_text(browser_page, review_server, review_archive):
    page = browser_page
    _, ids = review_archive
    for url in (f"/articles/{ids['xss']}", "/", "/?q=alert"):
        page.goto(review_server.url + url)
        page.wait_for_load_state("load")
        # Nothing from the archive became an element: no injected script or image in the page.
        assert page.evaluate("document.querySelectorAll('main script, main img, main [onerror]').length") == 0
        assert page.evaluate("window.__xss") is None
    page.goto(f"{review_server.url}/articles/{ids['xss']}")
    assert XSS_SCRIPT in page.locator("#u0 .src").inner_text()
    assert XSS_IMG in page.locator("#u1 .src").inner_text()
    assert XSS_IMG in page.locator("#u1 .english").inner_text()
    page.keyboard.press("j")
    page.keyboard.press("e")  # the edit box holds the hostile text as text, too
    assert XSS_SCRIPT in page.locator("#u0 textarea").input_value()
    assert page.dialogs == []


@pytest.mark.parametrize("path, name", [("/", "review-browse"), ("/?q=会议", "review-search"), ("/queue", "review-queue"),
                                        ("/runs", "review-runs"), ("/articles/{plain}", "review-article")])
def test_every_page_fits_a_phone_and_the_desktop(sized_page, review_server, review_archive, path, name):
    from tests.fixtures.browser import DESKTOP, PHONE

    _, ids = review_archive
    url = review_server.url + path.format(**ids)
    for viewport in (DESKTOP, PHONE):
        page = sized_page(viewport)
        page.goto(url)
        page.wait_for_load_state("load")
        # Nothing runs off the side (the top bar and the tables used to, at 390 px).
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        assert page.evaluate("window.scrollY") == 0 and page.locator("h1").first.is_visible()
        assert page.shoot(f"{name}-{viewport['width']}") == (viewport["width"], viewport["height"])
