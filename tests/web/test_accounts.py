"""`provnews serve --auth` from the outside: a real server, Debian's chromium and plain HTTP
clients that sign in, guess, forge and replay (docs/review.md, "Threat model").

Accounts are made through `provnews users` with the argon2 cost lowered in a provnews.toml
(`[review] argon2_*`), the one place tests may lower it. Time is a clock the test moves, so the
idle expiry and the throttle need no sleeps.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import time

import feedparser
import httpx
import pytest
from click.testing import CliRunner

from provnews.cli import cli
from tests.web.conftest import build_review_archive

pytestmark = pytest.mark.timeout(90)

PASSWORDS = {"rita": "reader-pass-1", "vic": "reviewer-pass-1", "eve": "editor-pass-12"}
ROLES = {"rita": "reader", "vic": "reviewer", "eve": "editor"}
CHEAP_ARGON2 = "[review]\nargon2_time_cost = 1\nargon2_memory_kib = 8\nargon2_parallelism = 1\n"
META_TOKEN = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


class Clock:
    """time.time, until a test moves it on."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@pytest.fixture(scope="module")
def users_env(tmp_path_factory) -> dict[str, str]:
    config = tmp_path_factory.mktemp("accounts-config") / "provnews.toml"
    config.write_text(CHEAP_ARGON2, encoding="utf-8")
    return {"PROVNEWS_CONFIG": str(config)}


def users(env: dict[str, str], *args: str, password: str | None = None):
    """`provnews users ...`, the password on standard input as a script would pipe it."""
    return CliRunner().invoke(cli, ["users", *args], input=None if password is None else password + "\n", env=env)


@pytest.fixture(scope="module")
def accounts_archive(tmp_path_factory, users_env):
    path = tmp_path_factory.mktemp("accounts") / "archive.db"
    ids = build_review_archive(path)
    for name, password in PASSWORDS.items():
        result = users(users_env, "add", name, "--role", ROLES[name], "--db", str(path), password=password)
        assert result.exit_code == 0, result.output
    return path, ids


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auth_server(accounts_archive, clock):
    """`provnews serve --auth` as users run it (uvicorn on loopback), with a clock the test moves;
    a server of its own per test, so one test's wrong passwords never lock out the next."""
    from provnews.web import create_app
    from provnews.web.server import BackgroundServer

    path, _ = accounts_archive
    with BackgroundServer(create_app(path, auth=True, session_idle_minutes=30, clock=clock)) as server:
        yield server


def sign_in(client: httpx.Client, name: str, password: str, **headers: str) -> httpx.Response:
    token = META_TOKEN.search(client.get("/login", follow_redirects=True).text).group(1)
    return client.post("/login", data={"csrf_token": token, "name": name, "password": password, "next": "/"},
                       headers=headers)


def browser_sign_in(page, url: str, name: str, password: str | None = None) -> None:
    page.goto(f"{url}/")
    assert "/login" in page.url
    page.get_by_label("Name").fill(name)
    page.get_by_label("Password").fill(password or PASSWORDS[name])
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()


def _row(path, sql: str, params: list) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute(sql, params).fetchone())
    finally:
        conn.close()


# -- in the browser ---------------------------------------------------------------------------


def test_sign_in_then_sign_out(browser_page, auth_server):
    page = browser_page
    page.goto(f"{auth_server.url}/queue")
    assert page.url.startswith(f"{auth_server.url}/login?next=")
    page.get_by_label("Name").fill("vic")
    page.get_by_label("Password").fill(PASSWORDS["vic"])
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    assert page.url == f"{auth_server.url}/queue"  # back where the sign-in began
    assert page.locator(".account-name").inner_text() == "vic"
    assert page.locator(".account-role").inner_text() == "reviewer"
    cookie = next(c for c in page.context.cookies() if c["name"] == "provnews_login")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and not cookie["secure"]  # plain http here
    stolen = cookie["value"]

    with page.expect_navigation():
        page.get_by_role("button", name="Sign out").click()
    assert page.url.startswith(f"{auth_server.url}/login")
    page.goto(f"{auth_server.url}/queue")
    assert "/login" in page.url
    # The signed cookie of before, replayed, is over too (signing out ends the account's sessions).
    with httpx.Client(base_url=auth_server.url, cookies={"provnews_login": stolen}) as client:
        assert client.get("/queue").status_code == 303


def test_a_wrong_password_is_refused(browser_page, auth_server):
    page = browser_page
    browser_sign_in(page, auth_server.url, "vic", "not-the-password")
    assert "/login" in page.url
    assert page.get_by_role("alert").inner_text() == "wrong name or password"
    assert not any(c["name"] == "provnews_login" for c in page.context.cookies())
    with httpx.Client(base_url=auth_server.url) as client:
        assert sign_in(client, "nobody", "not-the-password").status_code == 401  # the same answer


def test_a_readers_edit_is_refused_in_the_page_and_when_forged(browser_page, auth_server, accounts_archive):
    path, ids = accounts_archive
    page = browser_page
    article_id = ids["api"]
    browser_sign_in(page, auth_server.url, "rita")
    page.goto(f"{auth_server.url}/articles/{article_id}")
    assert page.locator(".unit").count() > 0
    assert page.locator("form.edit-form, form.review-form, form.review-article-form, .pair-actions").count() == 0
    # The edit form a reviewer would see, put into the reader's own page with its valid form token
    # (the CSP allows no fetch), and submitted: 403.
    with page.expect_navigation() as navigation:
        page.evaluate("""([action, token]) => {
            const form = document.createElement("form");
            form.method = "post";
            form.action = action;
            for (const [name, value] of [["csrf_token", token], ["english", "A reader's edit."]]) {
                const input = document.createElement("input");
                input.type = "hidden"; input.name = name; input.value = value;
                form.appendChild(input);
            }
            document.body.appendChild(form);
            form.submit();
        }""", [f"/articles/{article_id}/units/0/edit", page.locator("meta[name=csrf-token]").get_attribute("content")])
    assert navigation.value.status == 403
    assert "your role (reader) may not edit" in page.get_by_role("alert").inner_text()
    # A forged post with no session at all, and one with the reader's cookies and token: 403 both.
    with httpx.Client(base_url=auth_server.url) as client:
        assert client.post(f"/articles/{article_id}/units/0/edit", data={"english": "Forged."}).status_code == 403
        assert sign_in(client, "rita", PASSWORDS["rita"]).status_code == 303
        assert "edit-form" not in client.get(f"/articles/{article_id}").text  # no edit form on a reader's page
        token = META_TOKEN.search(client.get("/").text).group(1)
        refused = client.post(f"/articles/{article_id}/units/0/edit", data={"csrf_token": token, "english": "Forged."})
        assert refused.status_code == 403 and "your role (reader) may not edit" in refused.text
        refused = client.post(f"/articles/{article_id}/pair", data={"csrf_token": token, "action": "set", "other": "1"})
        assert refused.status_code == 403
    unit = _row(path, "SELECT edited, state FROM translations WHERE article_id = ? AND idx = 0", [article_id])
    assert unit == {"edited": None, "state": "machine"}


def test_a_reviewers_edit_is_signed_with_the_account(browser_page, auth_server, accounts_archive):
    path, ids = accounts_archive
    page = browser_page
    article_id = ids["browser"]
    browser_sign_in(page, auth_server.url, "vic")
    page.goto(f"{auth_server.url}/articles/{article_id}")
    assert page.locator(".reviewer-form").count() == 0  # no name to type: the account signs
    assert page.locator(".pair-actions").count() == 0  # pairs are an editor's
    unit = page.locator("#u1")
    unit.locator("details.edit summary").click()
    unit.locator("textarea").fill("Provincial officials attended and spoke.")
    with page.expect_navigation():
        unit.get_by_role("button", name="Save").click()
    with page.expect_navigation():
        page.locator("#u1").get_by_role("button", name="Mark reviewed").click()

    row = _row(path, "SELECT edited, reviewer, edited_by, reviewed_by, state FROM translations"
                     " WHERE article_id = ? AND idx = 1", [article_id])
    assert row == {"edited": "Provincial officials attended and spoke.", "reviewer": "vic", "edited_by": "vic",
                   "reviewed_by": "vic", "state": "reviewed"}
    history = page.locator("#history tbody tr")
    assert history.count() == 2
    assert page.locator("#history .history-account").all_inner_texts() == ["vic", "vic"]
    assert page.locator("#history .history-action").all_inner_texts() == ["review", "edit"]

    result = CliRunner().invoke(cli, ["export", "--db", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    record = next(r for r in map(json.loads, result.output.splitlines()) if r["id"] == article_id)
    paragraph = record["paragraphs"][1]
    assert (paragraph["edited_by"], paragraph["reviewed_by"]) == ("vic", "vic")
    assert paragraph["edited_at"] and paragraph["reviewed_at"]


def test_an_editor_may_decide_pairs(browser_page, auth_server, accounts_archive):
    _, ids = accounts_archive
    page = browser_page
    browser_sign_in(page, auth_server.url, "eve")
    page.goto(f"{auth_server.url}/articles/{ids['plain']}")
    assert page.locator(".pair-search-form").count() == 1 and page.locator(".edit-form").count() > 0


def test_an_idle_session_expires(browser_page, auth_server, clock):
    page = browser_page
    browser_sign_in(page, auth_server.url, "vic")
    page.goto(f"{auth_server.url}/queue")
    assert page.url == f"{auth_server.url}/queue"
    clock.advance(29 * 60)
    page.reload()  # in use: the session goes on, from now
    assert page.url == f"{auth_server.url}/queue"
    clock.advance(29 * 60)
    page.reload()
    assert page.url == f"{auth_server.url}/queue"
    clock.advance(31 * 60)
    page.reload()
    assert page.url.startswith(f"{auth_server.url}/login?next=")


# -- over plain HTTP ----------------------------------------------------------------------------


def test_wrong_passwords_are_throttled_per_account_and_per_address(auth_server, clock):
    with httpx.Client(base_url=auth_server.url) as client:
        # From one address (a trusted proxy's X-Forwarded-For), guessing different names.
        for n in range(4):
            assert sign_in(client, f"guess{n}", "wrong-password", **{"x-forwarded-for": "203.0.113.7"}
                           ).status_code == 401
        locked = sign_in(client, "eve", PASSWORDS["eve"], **{"x-forwarded-for": "203.0.113.7"})
        assert locked.status_code == 429 and "too many wrong passwords" in locked.text
        assert int(locked.headers["retry-after"]) >= 1
        # One account, guessed from many addresses.
        for n in range(4):
            assert sign_in(client, "vic", "wrong-password", **{"x-forwarded-for": f"198.51.100.{n}"}
                           ).status_code == 401
        assert sign_in(client, "vic", PASSWORDS["vic"], **{"x-forwarded-for": "192.0.2.1"}).status_code == 429
        # Others are not held up, and the locks wear off.
        assert sign_in(client, "eve", PASSWORDS["eve"], **{"x-forwarded-for": "192.0.2.2"}).status_code == 303
        clock.advance(3)
        assert sign_in(client, "vic", PASSWORDS["vic"], **{"x-forwarded-for": "192.0.2.3"}).status_code == 303


def test_a_feed_token_works_until_revoked(auth_server, accounts_archive, users_env):
    path, _ = accounts_archive
    made = users(users_env, "token", "rita", "--db", str(path))
    assert made.exit_code == 0, made.output
    token = made.stdout.strip()
    with httpx.Client(base_url=auth_server.url) as client:
        assert client.get("/feeds/all.atom").status_code == 401
        for url in ("/feeds/all.atom", "/feeds/site/zj-zh.atom", "/feeds/province/zj.atom"):
            feed = client.get(url, params={"token": token})
            assert feed.status_code == 200, url
            parsed = feedparser.parse(feed.content)
            assert not parsed.bozo and parsed.entries, url
        assert client.get("/", params={"token": token}).status_code == 303  # feeds only
        assert client.post("/feeds/all.atom", params={"token": token}).status_code == 405
        assert client.get("/feeds/all.atom", params={"token": token[:-2]}).status_code == 403
        assert users(users_env, "revoke-token", "rita", "--db", str(path)).exit_code == 0
        assert client.get("/feeds/all.atom", params={"token": token}).status_code == 403


def test_session_cookies_are_secure_behind_a_tls_proxy(auth_server):
    with httpx.Client(base_url=auth_server.url) as client:
        signed = sign_in(client, "vic", PASSWORDS["vic"], **{"x-forwarded-proto": "https"})
    login = next(c for c in signed.headers.get_list("set-cookie") if c.startswith("provnews_login="))
    assert "; Secure" in login and "; HttpOnly" in login and "SameSite=Strict" in login


def test_forwarded_headers_count_only_from_trusted_proxies(accounts_archive):
    from provnews.web import create_app
    from provnews.web.server import BackgroundServer

    path, _ = accounts_archive
    with BackgroundServer(create_app(path, auth=True), trusted_proxies=["192.0.2.99"]) as server:
        with httpx.Client(base_url=server.url) as client:
            signed = sign_in(client, "vic", PASSWORDS["vic"], **{"x-forwarded-proto": "https"})
    assert signed.status_code == 303
    login = next(c for c in signed.headers.get_list("set-cookie") if c.startswith("provnews_login="))
    assert "Secure" not in login


def test_a_disabled_account_is_out_at_its_next_request(auth_server, accounts_archive, users_env, tmp_path):
    path, _ = accounts_archive
    assert users(users_env, "add", "temp", "--role", "reviewer", "--db", str(path),
                 password="temporary-pass").exit_code == 0
    with httpx.Client(base_url=auth_server.url) as client:
        assert sign_in(client, "temp", "temporary-pass").status_code == 303
        assert client.get("/queue").status_code == 200
        assert users(users_env, "disable", "temp", "--db", str(path)).exit_code == 0
        assert client.get("/queue").status_code == 303
        assert sign_in(client, "temp", "temporary-pass").status_code == 401


# -- starting the server ------------------------------------------------------------------------


def test_serving_beyond_loopback_without_auth_refuses_to_start(accounts_archive):
    path, _ = accounts_archive
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--host", "0.0.0.0", "--port", "0"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "--auth" in lines[0] and "--no-auth" in lines[0], result.output


def test_no_auth_is_allowed_with_a_warning_at_every_start(accounts_archive):
    path, _ = accounts_archive
    process = subprocess.Popen([sys.executable, "-m", "provnews", "serve", "--db", str(path), "--host", "0.0.0.0",
                                "--port", "0", "--no-auth"], stderr=subprocess.PIPE, text=True)
    try:
        first, second = process.stderr.readline(), process.stderr.readline()
    finally:
        process.terminate()
        process.wait(10)
    assert "Reviewing" in first and "http://0.0.0.0:" in first
    assert second.startswith("Warning: --no-auth: anyone who can reach 0.0.0.0")


def test_auth_without_any_account_refuses_to_start(tmp_path):
    path = tmp_path / "archive.db"
    build_review_archive(path)
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--auth", "--port", "0"])
    assert result.exit_code == 1
    assert "no enabled account" in result.output and "provnews users add" in result.output


# -- provnews users ------------------------------------------------------------------------------


def test_users_add_takes_no_password_on_the_command_line(users_env, tmp_path):
    path = tmp_path / "archive.db"
    build_review_archive(path)
    result = users(users_env, "add", "ann", "--role", "reader", "--password", "secret-pass-1", "--db", str(path))
    assert result.exit_code == 2 and "No such option" in result.output
    assert users(users_env, "add", "ann", "--role", "reader", "--db", str(path), password="short").exit_code == 2
    assert users(users_env, "add", "ann", "--role", "reader", "--db", str(path), password="").exit_code == 2
    added = users(users_env, "add", "ann", "--role", "reader", "--db", str(path), password="secret-pass-1")
    assert added.exit_code == 0 and "secret-pass-1" not in added.output
    again = users(users_env, "add", "ann", "--role", "editor", "--db", str(path), password="secret-pass-2")
    assert again.exit_code == 2 and "exists already" in again.output
    stored = _row(path, "SELECT * FROM accounts WHERE name = 'ann'", [])
    assert stored["password_hash"].startswith("$argon2id$") and "secret-pass-1" not in json.dumps(stored)
    assert "m=8,t=1,p=1" in stored["password_hash"]  # the cost of the test's provnews.toml


def test_users_list_passwd_and_disable(users_env, tmp_path):
    path = tmp_path / "archive.db"
    build_review_archive(path)
    assert users(users_env, "add", "bob", "--role", "editor", "--db", str(path), password="first-password").exit_code == 0
    listed = users(users_env, "list", "--json", "--db", str(path))
    assert listed.exit_code == 0
    [bob] = json.loads(listed.stdout)
    assert (bob["name"], bob["role"], bob["disabled_at"], bob["has_feed_token"]) == ("bob", "editor", None, False)
    assert "password_hash" not in bob
    before = _row(path, "SELECT password_hash, session_epoch FROM accounts WHERE name = 'bob'", [])
    assert users(users_env, "passwd", "bob", "--db", str(path), password="second-password").exit_code == 0
    after = _row(path, "SELECT password_hash, session_epoch FROM accounts WHERE name = 'bob'", [])
    assert after["password_hash"] != before["password_hash"]
    assert after["session_epoch"] == before["session_epoch"] + 1  # its sessions have ended
    assert users(users_env, "disable", "bob", "--db", str(path)).exit_code == 0
    assert "disabled" in users(users_env, "list", "--db", str(path)).stdout
    missing = users(users_env, "disable", "nobody", "--db", str(path))
    assert missing.exit_code == 2 and "no account named nobody" in missing.output


# -- the pieces --------------------------------------------------------------------------------


def test_the_throttle_doubles_caps_and_forgets():
    from provnews.web.auth import Throttle

    clock = Clock()
    throttle = Throttle(clock=clock, free=3, base=2.0, cap=10.0, forget=100.0)
    waits = []
    for _ in range(7):
        throttle.failed("k")
        waits.append(round(throttle.wait("k")))
    assert waits == [0, 0, 0, 2, 4, 8, 10]
    assert throttle.wait("other") == 0
    clock.advance(100)
    throttle.failed("k")  # quiet long enough: counted from the start again
    assert throttle.wait("k") == 0
    throttle.succeeded("k")
    assert throttle.wait("k") == 0


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:x"])
def test_sign_in_goes_on_only_to_a_local_page(auth_server, target):
    with httpx.Client(base_url=auth_server.url) as client:
        token = META_TOKEN.search(client.get("/login").text).group(1)
        signed = client.post("/login", data={"csrf_token": token, "name": "eve", "password": PASSWORDS["eve"],
                                             "next": target})
    assert signed.status_code == 303 and signed.headers["location"] == "/"


def test_a_sign_in_without_the_form_token_is_refused(auth_server):
    with httpx.Client(base_url=auth_server.url) as client:
        client.get("/login")
        forged = client.post("/login", data={"name": "eve", "password": PASSWORDS["eve"]})
    assert forged.status_code == 403 and "provnews_login" not in forged.headers.get("set-cookie", "")
