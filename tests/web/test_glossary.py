"""The glossary page (`/glossary`): everyone reads the terms, editors manage the team's, and the
team's annotate article pages. A real server with accounts, chromium, and plain HTTP clients that
forge; the sign-in machinery is test_accounts.py's."""

from __future__ import annotations

import re
import sqlite3

import httpx
import pytest

from archive import Archive, pairs
from archive import glossary as team_glossary
from provnews.glossary import Glossary
from provnews.web import create_app
from tests.web import test_accounts as accounts
from tests.web.conftest import build_review_archive, new_client

pytestmark = pytest.mark.timeout(90)

# The accounts, the server and the sign-in of test_accounts.py (an archive and a server of this module's own).
users_env, accounts_archive, clock, auth_server = (accounts.users_env, accounts.accounts_archive, accounts.clock,
                                                   accounts.auth_server)
META_TOKEN, PASSWORDS, browser_sign_in, sign_in = (accounts.META_TOKEN, accounts.PASSWORDS, accounts.browser_sign_in,
                                                   accounts.sign_in)

FORGE = """([token, zh, en]) => {
    const form = document.createElement("form");
    form.method = "post";
    form.action = "/glossary";
    for (const [name, value] of [["csrf_token", token], ["action", "add"], ["zh", zh], ["en", en]]) {
        const input = document.createElement("input");
        input.type = "hidden"; input.name = name; input.value = value;
        form.appendChild(input);
    }
    document.body.appendChild(form);
    form.submit();
}"""


def _team(path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT zh, en FROM team_terms").fetchall())
    finally:
        conn.close()


def test_an_editor_adds_a_term_that_annotates_articles_and_the_history(browser_page, auth_server, accounts_archive):
    path, ids = accounts_archive
    page = browser_page
    browser_sign_in(page, auth_server.url, "eve")
    with page.expect_navigation():
        page.get_by_role("link", name="Glossary").click()  # in the top navigation
    assert page.url == f"{auth_server.url}/glossary"
    form = page.locator(".glossary-add-form")
    form.get_by_label("Chinese").fill("乡村振兴")
    form.get_by_label("English").fill("rural revitalization")
    form.get_by_label("Note").fill("the desk's wording")
    with page.expect_navigation():
        form.get_by_role("button", name="Add term").click()
    row = page.locator("tr.term-team", has_text="乡村振兴")
    assert row.locator(".term-en").inner_text() == "rural revitalization"
    history = page.locator("#history tbody tr").first
    assert history.locator(".history-account").inner_text() == "eve"
    assert history.locator(".history-action").inner_text() == "add"

    # ¶1 says "rural revitalization": the term is there, not marked missing.
    page.goto(f"{auth_server.url}/articles/{ids['plain']}")
    term = page.locator("#u0 .terms li", has_text="乡村振兴")
    assert term.inner_text().startswith("乡村振兴 → rural revitalization")
    assert "missing" not in (term.get_attribute("class") or "")
    assert "team term, eve" in term.get_attribute("title")

    # A change, then the search finds it; the history says who changed what from what.
    page.goto(f"{auth_server.url}/glossary?q=振兴")
    row = page.locator("tr.term-team", has_text="乡村振兴")
    row.locator("summary", has_text="Change").click()
    row.locator(".glossary-change-form").get_by_label("English").fill("rural vitalization")
    with page.expect_navigation():
        row.get_by_role("button", name="Save").click()
    assert page.locator("tr.term-team .term-en").all_inner_texts() == ["rural vitalization"]
    latest = page.locator("#history tbody tr").first
    assert latest.locator(".history-action").inner_text() == "change"
    assert "rural revitalization" in latest.locator("del").inner_text()
    page.goto(f"{auth_server.url}/articles/{ids['plain']}")
    assert "missing" in page.locator("#u0 .terms li", has_text="乡村振兴").get_attribute("class")

    page.goto(f"{auth_server.url}/glossary")
    with page.expect_navigation():
        page.locator("tr.term-team", has_text="乡村振兴").get_by_role("button", name="Remove").click()
    assert page.locator("tr.term-team").count() == 0
    assert "乡村振兴" not in _team(path)
    log = _row_log(path)
    assert [(r[0], r[1], r[2]) for r in log] == [("乡村振兴", "add", "eve"), ("乡村振兴", "change", "eve"),
                                                 ("乡村振兴", "remove", "eve")]


def _row_log(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT zh, action, account FROM glossary_log ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("name", ["vic", "rita"])
def test_a_reviewers_or_readers_forged_post_is_refused(browser_page, auth_server, accounts_archive, name):
    path, _ = accounts_archive
    page = browser_page
    browser_sign_in(page, auth_server.url, name)
    page.goto(f"{auth_server.url}/glossary")
    assert page.locator("h1").inner_text().startswith("Glossary")  # every role reads it
    assert page.locator(".glossary-add-form, .glossary-change-form, .glossary-remove-form").count() == 0
    with page.expect_navigation() as navigation:
        page.evaluate(FORGE, [page.locator("meta[name=csrf-token]").get_attribute("content"), "省政府", "Forged"])
    assert navigation.value.status == 403
    assert "may not manage the glossary" in page.get_by_role("alert").inner_text()
    with httpx.Client(base_url=auth_server.url) as client:
        assert client.post("/glossary", data={"action": "add", "zh": "省政府", "en": "Forged"}).status_code == 403
        assert sign_in(client, name, PASSWORDS[name]).status_code == 303
        token = META_TOKEN.search(client.get("/glossary").text).group(1)
        for action in ("add", "change", "remove"):
            refused = client.post("/glossary", data={"csrf_token": token, "action": action, "zh": "省政府",
                                                     "en": "Forged"})
            assert refused.status_code == 403, action
    assert "省政府" not in _team(path)


def test_an_editors_post_needs_the_form_token(auth_server, accounts_archive):
    path, _ = accounts_archive
    with httpx.Client(base_url=auth_server.url) as client:
        assert sign_in(client, "eve", PASSWORDS["eve"]).status_code == 303
        refused = client.post("/glossary", data={"action": "add", "zh": "省委", "en": "Forged"})
        assert refused.status_code == 403 and "form token" in refused.text
    assert "省委" not in _team(path)


def test_mining_again_keeps_the_team_terms_and_a_team_term_wins(tmp_path):
    path = tmp_path / "archive.db"
    ids = build_review_archive(path)
    mined = [{"zh": "乡村振兴", "en": "Rural Vitalization", "kind": "term", "pairs": 3},
             {"zh": "浙江", "en": "Zhejiang", "kind": "name", "pairs": 5}]
    with Archive(path) as archive:
        pairs.replace_mined_terms(archive.db, mined)
        team_glossary.add_term(archive.db, "乡村振兴", "rural revitalization", "", "eve")
        team_glossary.add_term(archive.db, "浙江", "Zhejiang", "same as mined", "eve")  # same (zh, en) as a mined row
        pairs.replace_mined_terms(archive.db, mined[:1])  # the refresh: a new mining
        assert [t["zh"] for t in pairs.glossary_terms(archive.db)] == ["乡村振兴"]
        assert {t["zh"]: t["en"] for t in team_glossary.team_terms(archive.db)} == {
            "乡村振兴": "rural revitalization", "浙江": "Zhejiang"}
    with new_client(create_app(path, reviewer="tester")) as client:
        page = client.get(f"/articles/{ids['plain']}").text
        listing = client.get("/glossary?q=乡村").text
    assert re.search(r'class="term"[^>]*><span lang="zh">乡村振兴</span> → <span lang="en">rural revitalization', page)
    assert "Rural Vitalization" not in page
    assert "overridden by team" in listing  # the mined term is listed, marked as overridden


def test_precedence_team_over_file_over_mined(tmp_path):
    glossary_file = tmp_path / "g.csv"
    glossary_file.write_text("zh,en,note\n湄潭,Meitan County,file\n赤水,Chishui,file\n", encoding="utf-8")
    glossary = Glossary(glossary_file)
    mined = [{"zh": "湄潭", "en": "Meitan", "kind": "name", "pairs": 2},
             {"zh": "遵义", "en": "Zunyi", "kind": "name", "pairs": 4}]
    team = [{"zh": "赤水", "en": "Chishui City", "note": "", "changed_by": "eve", "changed_at": "2024-05-01"}]
    merged = glossary.merged(mined, team)
    assert {zh: (t["en"], t["source"]) for zh, t in merged.items()} == {
        "湄潭": ("Meitan County", "file"), "遵义": ("Zunyi", "mined"), "赤水": ("Chishui City", "team")}
    rows = glossary.listing(mined, team)
    assert [(r["zh"], r["source"], r["shadowed_by"]) for r in rows] == [
        ("湄潭", "file", None), ("湄潭", "mined", "file"), ("赤水", "team", None), ("赤水", "file", "team"),
        ("遵义", "mined", None)]
    assert [r["zh"] for r in glossary.listing(mined, team, "chishui")] == ["赤水", "赤水"]
    assert [r["zh"] for r in glossary.listing(mined, team, "mined from 4")] == ["遵义"]


def test_without_accounts_anyone_on_loopback_edits_and_read_only_refuses(tmp_path):
    path = tmp_path / "archive.db"
    build_review_archive(path)
    with new_client(create_app(path)) as client:
        page = client.get("/glossary")
        assert page.status_code == 200 and "glossary-add-form" in page.text
        token = META_TOKEN.search(page.text).group(1)
        unsigned = client.post("/glossary", data={"csrf_token": token, "action": "add", "zh": "会议", "en": "meeting"})
        assert unsigned.status_code == 400 and "reviewer name" in unsigned.text  # a change is signed
        client.post("/reviewer", data={"csrf_token": token, "name": "alice"})
        added = client.post("/glossary", data={"csrf_token": token, "action": "add", "zh": "会议", "en": "meeting"})
        assert added.status_code == 303
        assert client.post("/glossary", data={"csrf_token": token, "action": "rename", "zh": "会议"}).status_code == 400
    assert _row_log(path) == [("会议", "add", "alice")]
    with new_client(create_app(path, read_only=True)) as client:
        page = client.get("/glossary")
        assert page.status_code == 200 and "会议" in page.text and "glossary-add-form" not in page.text
        token = META_TOKEN.search(page.text).group(1)
        refused = client.post("/glossary", data={"csrf_token": token, "action": "remove", "zh": "会议"})
        assert refused.status_code == 403
    assert _team(path) == {"会议": "meeting"}
