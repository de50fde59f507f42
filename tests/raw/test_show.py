"""`provnews show URL [--raw]`: the article as JSON, or the stored bytes exactly as served."""

import json

import pytest
from click.testing import CliRunner

from archive import Archive
from provnews.cli import cli
from tests.raw.builders import article, response

GBK_BODY = "<html><head><meta charset=gbk></head><body><p>省政府常务会议</p></body></html>".encode("gbk")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "news.db"
    with Archive(path) as archive:
        first = article(1, ["一", "二"])
        archive.store_article(first, raw_pages=[
            response(first["url"], GBK_BODY), response(first["url"].replace(".html", "_2.html"), b"\xff page two", page_no=2)])
        archive.store_article(article(2, ["无原始页面"]))
    return path


def show(*args):
    return CliRunner().invoke(cli, ["show", *map(str, args)])


def test_json_is_the_current_version(db):
    url = article(1, [])["url"]
    result = show(url, "--db", db)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["url"] == url and data["version"] == 1 and data["revisions"] == 0
    assert [p["text"] for p in data["paragraphs"]] == ["一", "二"]
    assert [(p["page_no"], p["status"]) for p in data["raw_pages"]] == [(1, 200), (2, 200)]
    assert '"text": "一"' in result.output  # Chinese printed as is, not \u-escaped


def test_raw_prints_every_page_byte_for_byte(db):
    result = show(article(1, [])["url"], "--db", db, "--raw")
    assert result.exit_code == 0
    assert result.stdout_bytes == GBK_BODY + b"\xff page two"


def test_raw_of_one_page(db):
    url = article(1, [])["url"]
    assert show(url, "--db", db, "--raw", "--page", 2).stdout_bytes == b"\xff page two"
    assert show(url.replace(".html", "_2.html"), "--db", db, "--raw").stdout_bytes == b"\xff page two"


@pytest.mark.parametrize(("args", "message", "code"), [
    ([article(9, [])["url"]], "no article with URL", 1),
    ([article(2, [])["url"], "--raw"], "without its raw page", 1),
    ([article(1, [])["url"], "--raw", "--page", "3"], "has no stored page 3", 1),
])
def test_errors_are_one_line_with_a_fix(db, args, message, code):
    result = show(*args, "--db", db)
    assert result.exit_code == code
    assert result.stdout_bytes == b""
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: ") and message in line


def test_missing_archive_is_not_created(tmp_path):
    result = show("https://example.org/a.html", "--db", tmp_path / "typo.db")
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert not (tmp_path / "typo.db").exists()


def test_an_article_by_its_id_as_search_json_prints_it(db):
    found = json.loads(CliRunner().invoke(cli, ["search", "无原始页面", "--db", str(db), "--json"]).output)
    by_id = show(found[0]["id"], "--db", db)
    assert by_id.exit_code == 0, by_id.output
    assert json.loads(by_id.output) == json.loads(show(found[0]["url"], "--db", db).output)
    assert json.loads(by_id.output)["id"] == found[0]["id"]
    first = article(1, [])["url"]
    ids = {json.loads(show(first, "--db", db).output)["id"]}
    assert show(ids.pop(), "--db", db, "--raw").stdout_bytes == GBK_BODY + b"\xff page two"


def test_an_unknown_id_says_where_ids_come_from(db):
    result = show(999, "--db", db)
    assert result.exit_code == 1 and result.stdout_bytes == b""
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: no article 999") and "search --json" in line
