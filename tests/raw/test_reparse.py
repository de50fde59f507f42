"""Re-extraction from stored pages after a site-rule change: exactly the affected articles get a
new version, through the archive's revision rules, and nothing is fetched."""

import json
import re

import pytest
from click.testing import CliRunner

import provnews.reparse as reparse_module
from archive.raw import version_pages
from crawler.extract import extract_page
from crawler.siteconfig import BUILTIN_DIR, SITES_DIR_ENV, get_site
from provnews.cli import cli
from provnews.reparse import reparse
from tests.raw.builders import BASE, article, hanweb_page, response

NOTE = "编者按：本文有删节，全文见浙江日报。"
FIRST = "5月1日，全省高质量发展推进会在杭州召开。"
SECOND = "会议强调，要坚持稳中求进工作总基调。"
URL_NOTE, URL_PLAIN, URL_BARE = BASE.format(n=1), BASE.format(n=2), BASE.format(n=3)


def crawl_by_hand(archive, url, html, fetched_at="2024-05-01T03:00:00+00:00"):
    """What the crawl pipeline does with one article page: extract with today's rules, store raw."""
    page = extract_page(html, url, {"Content-Type": "text/html"}, get_site("zj-zh")).to_dict()
    archive.store_article(page, fetched_at=fetched_at, raw_pages=[response(url, html, fetched_at)])


@pytest.fixture
def crawled(archive):
    crawl_by_hand(archive, URL_NOTE, hanweb_page("全省推进会召开", [FIRST, SECOND], note=NOTE))
    crawl_by_hand(archive, URL_PLAIN, hanweb_page("省政府常务会议召开", ["省政府常务会议研究部署近期工作。"]))
    archive.store_article(article(3, ["没有保存原始页面的文章。"]))  # crawled with --no-raw
    return archive


@pytest.fixture
def notes_dropped(tmp_path, monkeypatch):
    """zj-zh as shipped, plus one more `drop` rule: editor's notes are not article text."""
    text = (BUILTIN_DIR / "zj-zh.toml").read_text(encoding="utf-8")
    changed, n = re.subn(r"^drop = \[", 'drop = [".note", ', text, count=1, flags=re.M)
    assert n == 1, "zj-zh.toml has no drop rule to extend"
    directory = tmp_path / "sites"
    directory.mkdir()
    (directory / "zj-zh.toml").write_text(changed, encoding="utf-8")
    monkeypatch.setenv(SITES_DIR_ENV, str(directory))


def snapshot(archive, url):
    db = archive.db
    row = next(db.query("SELECT * FROM articles WHERE url = ?", [url]))
    paragraphs = db.execute("SELECT * FROM paragraphs WHERE article_id = ? ORDER BY idx", [row["id"]]).fetchall()
    return row, paragraphs


def paragraphs_of(archive, url):
    return [text for (text,) in archive.db.execute(
        "SELECT p.text FROM paragraphs p JOIN articles a ON a.id = p.article_id WHERE a.url = ? ORDER BY idx", [url])]


def test_without_a_rule_change_nothing_changes(crawled):
    before = [snapshot(crawled, u) for u in (URL_NOTE, URL_PLAIN)]
    report = reparse(crawled, jobs=1)
    assert (report.articles, report.pages, report.changed, report.unchanged, report.without_raw) == (2, 2, 0, 2, 1)
    assert [snapshot(crawled, u) for u in (URL_NOTE, URL_PLAIN)] == before


def test_rule_change_updates_exactly_the_affected_articles(crawled, notes_dropped):
    untouched = snapshot(crawled, URL_PLAIN)
    fetched_before = snapshot(crawled, URL_NOTE)[0]["fetched_at"]
    report = reparse(crawled, jobs=1)
    assert (report.changed, report.unchanged, report.failed) == (1, 1, [])
    assert dict(report.fields) == {"paragraphs": 1}
    assert paragraphs_of(crawled, URL_NOTE) == [FIRST, SECOND]
    row, _ = snapshot(crawled, URL_NOTE)
    assert row["version"] == 2 and row["fetched_at"] == fetched_before  # re-extracted, not re-fetched
    [(version, old_paragraphs)] = crawled.db.execute(
        "SELECT version, paragraphs FROM revisions WHERE article_id = ?", [row["id"]]).fetchall()
    assert version == 1 and [p["text"] for p in json.loads(old_paragraphs)] == [NOTE, FIRST, SECOND]
    assert snapshot(crawled, URL_PLAIN) == untouched


def test_new_version_is_linked_to_the_same_stored_responses(crawled, notes_dropped):
    reparse(crawled, jobs=1)
    article_id = snapshot(crawled, URL_NOTE)[0]["id"]
    assert [p.id for p in version_pages(crawled.db, article_id, 2)] == [p.id for p in version_pages(crawled.db, article_id, 1)]
    linked = crawled.db.execute("SELECT article_version FROM raw_page_versions WHERE article_id = ? ORDER BY 1",
                                [article_id]).fetchall()
    assert linked == [(1,), (2,)]
    assert crawled.db.execute("SELECT COUNT(*) FROM raw_pages").fetchone()[0] == 2


def test_translations_of_unchanged_paragraphs_are_kept(crawled, notes_dropped):
    article_id = snapshot(crawled, URL_NOTE)[0]["id"]
    from archive.hashing import text_hash

    for idx, text, english in ((-1, "全省推进会召开", "Provincial meeting held"), (0, NOTE, "Editor's note"),
                               (1, FIRST, "On May 1 ...")):
        crawled.db.execute(
            "INSERT INTO translations (article_id, idx, source_hash, model, machine, translated_at)"
            " VALUES (?, ?, ?, 'zh-en', ?, '2024-05-02T00:00:00+00:00')", [article_id, idx, text_hash(text), english])
    reparse(crawled, jobs=1)
    kept = crawled.db.execute("SELECT idx, machine FROM translations WHERE article_id = ? ORDER BY idx",
                              [article_id]).fetchall()
    assert kept == [(-1, "Provincial meeting held"), (0, "On May 1 ...")]


def test_a_second_reparse_changes_nothing(crawled, notes_dropped):
    reparse(crawled, jobs=1)
    again = reparse(crawled, jobs=1)
    assert (again.changed, again.unchanged) == (0, 2)


def test_a_page_that_no_longer_extracts_is_reported_and_left_alone(crawled):
    crawled.store_article(article(4, ["旧的正文内容。"]), raw_pages=[response(BASE.format(n=4), b"   ")])
    before = snapshot(crawled, BASE.format(n=4))
    report = reparse(crawled, jobs=1)
    assert report.failed == [(BASE.format(n=4), "empty page")]
    assert snapshot(crawled, BASE.format(n=4)) == before


@pytest.mark.parametrize(("kwargs", "changed"), [({"site": "zj-en"}, 0), ({"site": "zj-zh"}, 1),
                                                  ({"since": "2024-05-02"}, 0), ({"since": "2024-05-01"}, 1)])
def test_site_and_since_select_articles(crawled, notes_dropped, kwargs, changed):
    assert reparse(crawled, jobs=1, **kwargs).changed == changed


def test_worker_processes_give_the_same_result(crawled, notes_dropped, monkeypatch):
    monkeypatch.setattr(reparse_module, "BATCH", 1)  # several batches in flight, through the pool
    report = reparse(crawled, jobs=2)
    assert (report.changed, report.unchanged, dict(report.fields)) == (1, 1, {"paragraphs": 1})
    assert paragraphs_of(crawled, URL_NOTE) == [FIRST, SECOND]


def test_command_prints_changes_per_field(crawled, notes_dropped):
    result = CliRunner().invoke(cli, ["reparse", "--db", str(crawled.path), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("reparsed 2 articles (2 pages)")
    assert lines[1] == "changed: 1 (title 0, published_at 0, source 0, author 0, editor 0, paragraphs 1)"
    assert lines[2] == "unchanged: 1; without raw pages: 1; failed: 0"


def test_command_json_and_failures(crawled):
    crawled.store_article(article(4, ["旧的正文内容。"]), raw_pages=[response(BASE.format(n=4), b"   ")])
    result = CliRunner().invoke(cli, ["reparse", "--db", str(crawled.path), "--jobs", "1", "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["failed"] == 1
    assert result.stderr.splitlines() == [f"failed: {BASE.format(n=4)}: empty page"]


@pytest.mark.parametrize(("args", "message"), [(["--site", "nowhere"], "unknown site"),
                                               (["--since", "yesterday"], "--since must be a date")])
def test_command_refuses_bad_arguments(crawled, args, message):
    result = CliRunner().invoke(cli, ["reparse", "--db", str(crawled.path), *args])
    assert result.exit_code == 2 and message in result.stderr


def test_an_article_re_crawled_while_reparse_runs_keeps_the_crawled_version(archive, notes_dropped, monkeypatch):
    crawl_by_hand(archive, URL_PLAIN, hanweb_page("省政府常务会议召开", ["省政府常务会议研究部署近期工作。"]))
    crawl_by_hand(archive, URL_NOTE, hanweb_page("全省推进会召开", [FIRST, SECOND], note=NOTE))
    monkeypatch.setattr(reparse_module, "BATCH", 1)  # the note article is read before the first is stored
    recrawled = hanweb_page("全省推进会召开", [FIRST, "（更新）"])

    def crawl_meanwhile(report):
        if report.articles == 1:
            crawl_by_hand(archive, URL_NOTE, recrawled, fetched_at="2024-05-02T03:00:00+00:00")

    report = reparse(archive, jobs=2, progress=crawl_meanwhile)
    assert (report.skipped, report.changed) == (1, 0)
    assert paragraphs_of(archive, URL_NOTE) == [FIRST, "（更新）"]
    assert snapshot(archive, URL_NOTE)[0]["version"] == 2
