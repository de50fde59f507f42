"""The archive's schema as numbered migrations, recorded in sqlite-utils' `_sqlite_migrations`.

A migration is never edited once released: a schema change is a new function at the end of the
list. Before migrating a file that already holds data, `migrate()` copies it aside, so a bad
migration can always be undone by hand.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .errors import SchemaTooNew

MIGRATION_SET = "provnews"
migrations = Migrations(MIGRATION_SET)


def _run(db: sqlite_utils.Database, statements: str) -> None:
    # executescript() would COMMIT the migration's transaction half-way; run one statement at a time.
    for statement in statements.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_initial")
def m0001_initial(db: sqlite_utils.Database) -> None:
    _run(db, """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    site TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
    title TEXT NOT NULL,
    published_at TEXT,
    date_rule TEXT,
    source TEXT,
    author TEXT,
    editor TEXT,
    body TEXT NOT NULL,
    images TEXT NOT NULL DEFAULT '[]',
    attachments TEXT NOT NULL DEFAULT '[]',
    content_hash TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    first_seen_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    title_translation TEXT,
    body_translation TEXT,
    translation_model TEXT,
    translated_at TEXT,
    reviewed_by TEXT,
    reviewed_at TEXT
);
CREATE INDEX articles_site_published ON articles (site, published_at);
CREATE INDEX articles_published ON articles (published_at);
CREATE INDEX articles_pending_translation ON articles (lang, translated_at);
CREATE TABLE paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'caption', 'table_row')),
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    published_at TEXT,
    source TEXT,
    author TEXT,
    editor TEXT,
    body TEXT NOT NULL,
    paragraphs TEXT NOT NULL,
    translations TEXT NOT NULL DEFAULT '[]',
    changed_at TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    superseded_at TEXT NOT NULL,
    UNIQUE (article_id, version)
);
CREATE TABLE translations (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    source_hash TEXT NOT NULL,
    model TEXT NOT NULL,
    machine TEXT NOT NULL,
    translated_at TEXT NOT NULL,
    edited TEXT,
    edited_at TEXT,
    state TEXT NOT NULL DEFAULT 'machine' CHECK (state IN ('machine', 'edited', 'reviewed')),
    reviewer TEXT,
    reviewed_at TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE translation_memory (
    model TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (model, source_hash)
);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    site TEXT,
    reason TEXT NOT NULL,
    http_status INTEGER,
    at TEXT NOT NULL,
    run_id INTEGER
);
CREATE INDEX failures_url ON failures (url);
CREATE INDEX failures_at ON failures (at);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    exit_code INTEGER,
    summary TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE run_sites (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    site TEXT NOT NULL,
    list_pages INTEGER NOT NULL DEFAULT 0,
    new INTEGER NOT NULL DEFAULT 0,
    changed INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    translated INTEGER NOT NULL DEFAULT 0,
    duration_s REAL,
    PRIMARY KEY (run_id, site)
);
CREATE TABLE raw_blobs (
    hash TEXT PRIMARY KEY,
    codec TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE raw_pages (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    article_version INTEGER,
    page_no INTEGER NOT NULL DEFAULT 1,
    status INTEGER,
    headers TEXT NOT NULL DEFAULT '{}',
    fetched_at TEXT NOT NULL,
    blob_hash TEXT NOT NULL REFERENCES raw_blobs (hash),
    UNIQUE (url, blob_hash)
);
CREATE INDEX raw_pages_article ON raw_pages (article_id, article_version)
""")


def schema_version(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def pending(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def migrate(db: sqlite_utils.Database, *, path: Path | None = None, backup: bool = True) -> Path | None:
    """Apply pending migrations; return the path of the backup made first, if any."""
    known = {m.name for m in migrations._migrations}
    unknown = [name for name in schema_version(db) if name not in known]
    if unknown:
        raise SchemaTooNew(
            f"archive schema has migrations this provnews does not know ({', '.join(unknown)}): upgrade provnews"
        )
    todo = pending(db)
    if not todo:
        return None
    copy = None
    if backup and path is not None and "articles" in db.table_names():
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        copy = path.with_name(f"{path.name}.bak-{stamp}")
        target = sqlite3.connect(str(copy))
        with target:
            db.conn.backup(target)
        target.close()
    migrations.apply(db)
    return copy
