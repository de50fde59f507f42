"""archive.store and archive.db: new / unchanged / changed, revisions, carried translations,
recorded migrations with a backup first, WAL."""

from __future__ import annotations

import json
import sqlite3

import pytest

from archive import Archive, SchemaTooNew, open_db
from archive.migrations import migrations, schema_version

PAGE = {"url": "https://www.zj.gov.cn/art/2024/1/2/art_1_1.html", "site": "zj-zh", "lang": "zh",
        "title": "省政府召开常务会议", "published_at": "2024-01-02T10:00:00+08:00", "source": "浙江日报",
        "paragraphs": [{"text": "会议研究乡村振兴。"}, {"text": "会议指出，要推进高质量发展。"},
                       {"text": "图为会议现场", "kind": "caption"}]}


def test_a_new_article_is_stored_with_its_paragraphs(archive_at):
    assert archive_at.store_article(PAGE, fetched_at="2024-01-02T03:00:00+00:00") == "new"
    row = next(archive_at.db.query("SELECT * FROM articles"))
    assert (row["title"], row["version"], row["first_seen_at"]) == (PAGE["title"], 1, "2024-01-02T03:00:00+00:00")
    assert row["body"] == "\n".join(p["text"] for p in PAGE["paragraphs"])
    assert archive_at.db.execute("SELECT idx, kind, text FROM paragraphs ORDER BY idx").fetchall() == [
        (0, "text", "会议研究乡村振兴。"), (1, "text", "会议指出，要推进高质量发展。"), (2, "caption", "图为会议现场")]
    assert archive_at.known_urls("zj-zh") == {PAGE["url"]} and archive_at.known_urls("gz-zh") == set()


def test_the_same_content_again_is_unchanged_and_only_refetched(archive_at):
    archive_at.store_article(PAGE, fetched_at="2024-01-02T03:00:00+00:00")
    assert archive_at.store_article(PAGE, fetched_at="2024-01-09T03:00:00+00:00") == "unchanged"
    row = next(archive_at.db.query("SELECT version, fetched_at, changed_at FROM articles"))
    assert row == {"version": 1, "fetched_at": "2024-01-09T03:00:00+00:00", "changed_at": "2024-01-02T03:00:00+00:00"}
    assert archive_at.db["revisions"].count == 0


def test_changed_content_keeps_the_earlier_version_as_a_revision(archive_at):
    archive_at.store_article(PAGE, fetched_at="2024-01-02T03:00:00+00:00")
    changed = {**PAGE, "title": "省政府召开第十次常务会议"}
    assert archive_at.store_article(changed, fetched_at="2024-01-05T03:00:00+00:00") == "changed"
    article = next(archive_at.db.query("SELECT title, version, changed_at FROM articles"))
    assert article == {"title": changed["title"], "version": 2, "changed_at": "2024-01-05T03:00:00+00:00"}
    revision = next(archive_at.db.query("SELECT * FROM revisions"))
    assert (revision["version"], revision["title"], revision["superseded_at"]) == (
        1, PAGE["title"], "2024-01-05T03:00:00+00:00")
    assert [p["text"] for p in json.loads(revision["paragraphs"])] == [p["text"] for p in PAGE["paragraphs"]]


def test_translations_of_unchanged_paragraphs_follow_the_new_version(archive_at):
    from tests.archive.conftest import translate

    archive_at.store_article(PAGE)
    translate(archive_at, 1, seed=3)
    before = dict(archive_at.db.execute("SELECT idx, machine FROM translations").fetchall())
    # paragraph 0 removed, a new one inserted at the end: 1 and 2 move up one place
    paragraphs = PAGE["paragraphs"][1:] + [{"text": "新增段落。"}]
    assert archive_at.store_article({**PAGE, "paragraphs": paragraphs}) == "changed"
    after = dict(archive_at.db.execute("SELECT idx, machine FROM translations").fetchall())
    assert after == {-1: before[-1], 0: before[1], 1: before[2]}
    kept = json.loads(next(archive_at.db.query("SELECT translations FROM revisions"))["translations"])
    assert {t["idx"]: t["machine"] for t in kept} == before
    # the joined English no longer describes the article: cleared until translated again
    assert archive_at.db.execute("SELECT body_translation, translated_at FROM articles").fetchone() == (None, None)


def test_the_archive_is_in_wal_mode(archive_at):
    assert archive_at.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert archive_at.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_every_migration_is_recorded_in_order(archive_at):
    assert schema_version(archive_at.db) == [m.name for m in migrations._migrations]
    assert schema_version(archive_at.db)[0] == "0001_initial" and "0003_search" in schema_version(archive_at.db)


def test_an_existing_file_is_backed_up_before_it_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(path, migrate_schema=False)
    migrations.apply(db, stop_before=[m.name for m in migrations._migrations[1:]])
    db.execute("INSERT INTO articles (url, site, lang, title, body, content_hash, first_seen_at, changed_at,"
               " fetched_at) VALUES ('u', 'zj-zh', 'zh', '旧文章', '正文', 'h', 't', 't', 't')")
    db.conn.close()

    with Archive(path) as archive:
        assert schema_version(archive.db) == [m.name for m in migrations._migrations]
        assert archive.db.execute("SELECT title FROM articles").fetchall() == [("旧文章",)]
    backups = list(tmp_path.glob("old.db.bak-*"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT title FROM articles").fetchall() == [("旧文章",)]
    assert [n for (n,) in old.execute("SELECT name FROM _sqlite_migrations")] == ["0001_initial"]
    old.close()


def test_a_new_file_needs_no_backup(tmp_path):
    with Archive(tmp_path / "new.db"):
        pass
    assert list(tmp_path.glob("*.bak-*")) == []


def test_a_file_from_a_newer_provnews_is_refused(tmp_path):
    path = tmp_path / "future.db"
    with Archive(path) as archive:
        archive.db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                           " VALUES ('provnews', '9999_future', 'later')")
    with pytest.raises(SchemaTooNew, match="upgrade provnews"):
        open_db(path)
