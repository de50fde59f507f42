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


@migrations(name="0002_raw_page_versions")
def m0002_raw_page_versions(db: sqlite_utils.Database) -> None:
    # One stored response can produce several versions (a re-extraction makes a new version from
    # the same bytes); this says which responses make up each version, page by page.
    _run(db, """
CREATE TABLE raw_page_versions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    article_version INTEGER NOT NULL,
    page_no INTEGER NOT NULL,
    raw_page_id INTEGER NOT NULL REFERENCES raw_pages (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, article_version, page_no)
);
CREATE INDEX raw_page_versions_page ON raw_page_versions (raw_page_id)
""")


def schema_version(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def pending(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def check_not_newer(db: sqlite_utils.Database) -> None:
    """Refuse a file migrated by a newer provnews: running old code on it could lose data."""
    known = {m.name for m in migrations._migrations}
    unknown = [name for name in schema_version(db) if name not in known]
    if unknown:
        raise SchemaTooNew(
            f"archive schema has migrations this provnews does not know ({', '.join(unknown)}): upgrade provnews"
        )


def migrate(db: sqlite_utils.Database, *, path: Path | None = None, backup: bool = True) -> Path | None:
    """Apply pending migrations; return the path of the backup made first, if any."""
    check_not_newer(db)
    todo = pending(db)
    if not todo:
        return None
    copy = None
    if backup and path is not None and "articles" in db.table_names():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = path.with_name(f"{path.name}.bak-{stamp}")
        target = sqlite3.connect(str(copy))
        with target:
            db.conn.backup(target)
        target.close()
    migrations.apply(db)
    return copy


# The columns of `articles` that full-text search covers: the original and its English.
FTS_COLUMNS = ("title", "body", "title_translation", "body_translation")


@migrations(name="0003_search")
def m0003_search(db: sqlite_utils.Database) -> None:
    # unicode61 makes a run of Chinese characters one token; trigram finds any substring of 3+
    # characters (shorter terms are archive.search's business). Registered the sqlite-utils way,
    # so `sqlite-utils search`, Datasette's `_search` and `rebuild-fts` all find it.
    db.table("articles").enable_fts(FTS_COLUMNS, tokenize="trigram", create_triggers=True)
    # sqlite-utils' update trigger re-indexes on every UPDATE; a re-crawl that only touches
    # fetched_at, or a review stamp, must not rewrite the article's trigrams. (executescript:
    # trigger bodies hold ";\n", which _run would split; inside the migration's transaction
    # sqlite-utils runs it statement by statement without committing.)
    db.executescript(f"""
DROP TRIGGER articles_au;
CREATE TRIGGER articles_au AFTER UPDATE OF id, {", ".join(FTS_COLUMNS)} ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, {", ".join(FTS_COLUMNS)})
    VALUES ('delete', old.rowid, {", ".join("old." + c for c in FTS_COLUMNS)});
  INSERT INTO articles_fts (rowid, {", ".join(FTS_COLUMNS)})
    VALUES (new.rowid, {", ".join("new." + c for c in FTS_COLUMNS)});
END;
CREATE VIEW article_translations AS
SELECT a.id AS article_id, a.url, a.site, a.lang, a.published_at,
       -1 AS idx, 'title' AS kind, a.title AS text,
       COALESCE(t.edited, t.machine) AS translation, t.machine, t.edited, t.state, t.model,
       t.translated_at, t.edited_at, t.reviewer, t.reviewed_at
  FROM articles a LEFT JOIN translations t ON t.article_id = a.id AND t.idx = -1
UNION ALL
SELECT a.id, a.url, a.site, a.lang, a.published_at,
       p.idx, p.kind, p.text,
       COALESCE(t.edited, t.machine), t.machine, t.edited, t.state, t.model,
       t.translated_at, t.edited_at, t.reviewer, t.reviewed_at
  FROM articles a JOIN paragraphs p ON p.article_id = a.id
  LEFT JOIN translations t ON t.article_id = p.article_id AND t.idx = p.idx;
CREATE VIEW articles_view AS
SELECT a.id, a.url, a.site, a.lang, a.published_at, a.source,
       a.title, CASE a.lang WHEN 'en' THEN a.title ELSE a.title_translation END AS title_en,
       a.body, CASE a.lang WHEN 'en' THEN a.body ELSE a.body_translation END AS body_en,
       a.translation_model, a.translated_at,
       (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id) AS paragraphs,
       (SELECT count(*) FROM translations t WHERE t.article_id = a.id AND t.idx >= 0) AS translated_paragraphs,
       (SELECT count(*) FROM translations t WHERE t.article_id = a.id AND t.state = 'reviewed') AS reviewed_segments,
       a.reviewed_by, a.reviewed_at, a.version, a.first_seen_at, a.changed_at, a.fetched_at
  FROM articles a;
""")
    # The last two characters of each searched column: the only places where a 1-2 character
    # term can sit without starting a trigram, so archive.search can find rare short terms
    # through the index instead of reading every body.
    for column in FTS_COLUMNS:
        for tail in (1, 2):
            db.execute(f"CREATE INDEX articles_{column}_tail{tail} ON articles (substr({column}, -{tail}))")


@migrations(name="0004_review_queue")
def m0004_review_queue(db: sqlite_utils.Database) -> None:
    # The review queue (translated, not yet reviewed) is read newest first on every queue page and
    # article page; without its own index that is a sort of every translated article (0.4 s at
    # 100k). The partial index holds only queued rows, so it stays small as reviews progress.
    # `site` rides along so the queue of one site is counted from the index alone.
    # archive.review's queue condition must stay textually identical to this WHERE clause.
    # (lang, published_at) serves browsing by language newest first without a sort.
    _run(db, """
CREATE INDEX articles_review_queue ON articles (published_at, site)
    WHERE lang = 'zh' AND translated_at IS NOT NULL AND reviewed_at IS NULL;
CREATE INDEX articles_lang_published ON articles (lang, published_at)
""")


@migrations(name="0005_extraction_provenance")
def m0005_extraction_provenance(db: sqlite_utils.Database) -> None:
    # Which rule gave each field ("LEVEL:detail", crawler.extract.LEVELS), so a run can be judged
    # by how much came from site rules, CMS conventions, generic reading or derivation; a flag for
    # notices whose content is only their attachments; and the raw page a failure was fetched
    # with, so a better extractor (`provnews reparse`) can still turn it into an article.
    _run(db, """
ALTER TABLE articles ADD COLUMN title_rule TEXT;
ALTER TABLE articles ADD COLUMN body_rule TEXT;
ALTER TABLE articles ADD COLUMN source_rule TEXT;
ALTER TABLE articles ADD COLUMN attachment_only INTEGER NOT NULL DEFAULT 0;
ALTER TABLE failures ADD COLUMN raw_page_id INTEGER REFERENCES raw_pages (id) ON DELETE SET NULL;
ALTER TABLE failures ADD COLUMN resolved_at TEXT;
CREATE INDEX failures_raw_page ON failures (raw_page_id) WHERE raw_page_id IS NOT NULL;
UPDATE articles SET date_rule = CASE
    WHEN date_rule LIKE 'site rule%' THEN 'site:rule' || substr(date_rule, 10)
    WHEN date_rule LIKE 'meta %' THEN 'cms:' || date_rule
    WHEN date_rule IN ('label line', 'near title', 'only date') THEN 'generic:' || date_rule
    WHEN date_rule = 'url' THEN 'url:path date'
    ELSE date_rule END
  WHERE date_rule IS NOT NULL AND instr(date_rule, ':') = 0
""")


@migrations(name="0006_raw_rendered")
def m0006_raw_rendered(db: sqlite_utils.Database) -> None:
    # A page read in a browser after its scripts ran is stored as the DOM it ended with, not the
    # bytes the server sent: the raw record says which (1 = rendered DOM), so evidence and
    # re-extraction know what they hold. Earlier rows were all stored as served.
    _run(db, "ALTER TABLE raw_pages ADD COLUMN rendered INTEGER NOT NULL DEFAULT 0")


@migrations(name="0007_pairs")
def m0007_pairs(db: sqlite_utils.Database) -> None:
    # An English-edition article and its Chinese original. `status` is 'machine' (a pairing run's
    # proposal, replaced by the next run), 'confirmed' or 'rejected' (a person's decision, which no
    # run touches). The two partial unique indexes make "one article pairs with at most one other"
    # a property of the file, whoever writes it; a rejection blocks only that one pair.
    # `aligned_hash` is the two articles' content hashes the stored alignment was made from.
    # `pair_alignments` holds the beads of the paragraph and sentence alignment (JSON lists of
    # indexes; the texts too, so the corpus export reads one table). `evaluations`: one row per
    # `provnews evaluate` run and site. `glossary_terms`: terms mined from confident pairs.
    _run(db, """
CREATE TABLE article_pairs (
    en_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    zh_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    score REAL,
    method TEXT NOT NULL,
    evidence TEXT,
    status TEXT NOT NULL DEFAULT 'machine' CHECK (status IN ('machine', 'confirmed', 'rejected')),
    decided_by TEXT NOT NULL DEFAULT 'machine' CHECK (decided_by IN ('machine', 'person')),
    reviewer TEXT,
    decided_at TEXT NOT NULL,
    aligned_hash TEXT,
    PRIMARY KEY (en_id, zh_id)
);
CREATE UNIQUE INDEX article_pairs_one_zh ON article_pairs (en_id) WHERE status != 'rejected';
CREATE UNIQUE INDEX article_pairs_one_en ON article_pairs (zh_id) WHERE status != 'rejected';
CREATE TABLE pair_alignments (
    en_id INTEGER NOT NULL,
    zh_id INTEGER NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('paragraph', 'sentence')),
    seq INTEGER NOT NULL,
    zh_units TEXT NOT NULL,
    en_units TEXT NOT NULL,
    zh_text TEXT NOT NULL,
    en_text TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (en_id, zh_id, level, seq),
    FOREIGN KEY (en_id, zh_id) REFERENCES article_pairs (en_id, zh_id) ON DELETE CASCADE
);
CREATE TABLE pairing_runs (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    watermark TEXT,
    english_considered INTEGER NOT NULL,
    pairs INTEGER NOT NULL
);
CREATE TABLE evaluations (
    id INTEGER PRIMARY KEY,
    run_at TEXT NOT NULL,
    model TEXT NOT NULL,
    settings TEXT NOT NULL,
    site TEXT NOT NULL,
    pairs INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    min_confidence REAL NOT NULL,
    chrf REAL,
    bleu REAL,
    note TEXT
);
CREATE TABLE glossary_terms (
    zh TEXT NOT NULL,
    en TEXT NOT NULL,
    kind TEXT NOT NULL,
    pairs INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (zh, en)
)
""")


@migrations(name="0008_site_health")
def m0008_site_health(db: sqlite_utils.Database) -> None:
    # One row per site and run beside run_sites: what the crawl measured (provnews.health) and
    # the drift alarms raised against the site's own earlier healthy runs (provnews.alarms).
    # JSON columns: rule_levels {field: {level: count}}, statuses {status or exception: count},
    # causes {"list"|"article": {cause code: count}}, alarms [{"code", "line"}].
    _run(db, """
CREATE TABLE site_health (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    site TEXT NOT NULL,
    at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('healthy', 'alarm', 'failing', 'skipped')),
    list_pages INTEGER NOT NULL DEFAULT 0,
    list_entries INTEGER NOT NULL DEFAULT 0,
    article_requests INTEGER NOT NULL DEFAULT 0,
    new INTEGER NOT NULL DEFAULT 0,
    changed INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    pages INTEGER NOT NULL DEFAULT 0,
    rule_levels TEXT NOT NULL DEFAULT '{}',
    date_only_share REAL,
    median_body INTEGER,
    statuses TEXT NOT NULL DEFAULT '{}',
    causes TEXT NOT NULL DEFAULT '{}',
    duration_s REAL,
    alarms TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (run_id, site)
);
CREATE INDEX site_health_site ON site_health (site, run_id)
""")


@migrations(name="0009_articles_view_facets")
def m0009_articles_view_facets(db: sqlite_utils.Database) -> None:
    # Datasette facets on columns only: the month and the translation state people filter by
    # become columns of the view (the view is recreated whole; its other columns are unchanged).
    _run(db, """
DROP VIEW articles_view;
CREATE VIEW articles_view AS
SELECT a.id, a.url, a.site, a.lang, a.published_at, substr(a.published_at, 1, 7) AS month, a.source,
       a.title, CASE a.lang WHEN 'en' THEN a.title ELSE a.title_translation END AS title_en,
       a.body, CASE a.lang WHEN 'en' THEN a.body ELSE a.body_translation END AS body_en,
       CASE WHEN a.lang = 'en' THEN 'official English'
            WHEN a.reviewed_at IS NOT NULL THEN 'reviewed'
            WHEN a.translated_at IS NOT NULL THEN 'translated'
            ELSE 'pending' END AS translation_state,
       a.translation_model, a.translated_at,
       (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id) AS paragraphs,
       (SELECT count(*) FROM translations t WHERE t.article_id = a.id AND t.idx >= 0) AS translated_paragraphs,
       (SELECT count(*) FROM translations t WHERE t.article_id = a.id AND t.state = 'reviewed') AS reviewed_segments,
       a.reviewed_by, a.reviewed_at, a.version, a.first_seen_at, a.changed_at, a.fetched_at
  FROM articles a
""")


@migrations(name="0010_column_walks")
def m0010_column_walks(db: sqlite_utils.Database) -> None:
    # How far the last complete walk of each list column went (archive/walks.py). A crawl may stop
    # paging early only below the top of such a walk; without a row, it walks the column to its end.
    _run(db, """
CREATE TABLE column_walks (
    site TEXT NOT NULL,
    column_url TEXT NOT NULL,
    anchors TEXT NOT NULL,
    list_pages INTEGER NOT NULL,
    stop TEXT NOT NULL,
    completed_at TEXT NOT NULL,
    PRIMARY KEY (site, column_url)
)
""")


@migrations(name="0011_run_sites_hold_health")
def m0011_run_sites_hold_health(db: sqlite_utils.Database) -> None:
    # A site's run was stored twice under one key: `run_sites` (the run's counts) and `site_health`
    # (the health measured and judged), with overlapping columns. `run_sites` now holds it all
    # (archive/health.py); `site_health` becomes a view of the judged rows with its old columns,
    # so queries on it keep working: `at` is the run's start from `runs` (as it always was), its
    # `duration_s` the crawl's seconds (`crawl_s`; `run_sites.duration_s` adds translation's).
    # `state` is NULL for a site's run that was not judged (interrupted, could not start).
    _run(db, """
ALTER TABLE run_sites ADD COLUMN state TEXT CHECK (state IN ('healthy', 'alarm', 'failing', 'skipped'));
ALTER TABLE run_sites ADD COLUMN list_entries INTEGER NOT NULL DEFAULT 0;
ALTER TABLE run_sites ADD COLUMN article_requests INTEGER NOT NULL DEFAULT 0;
ALTER TABLE run_sites ADD COLUMN pages INTEGER NOT NULL DEFAULT 0;
ALTER TABLE run_sites ADD COLUMN rule_levels TEXT NOT NULL DEFAULT '{}';
ALTER TABLE run_sites ADD COLUMN date_only_share REAL;
ALTER TABLE run_sites ADD COLUMN median_body INTEGER;
ALTER TABLE run_sites ADD COLUMN statuses TEXT NOT NULL DEFAULT '{}';
ALTER TABLE run_sites ADD COLUMN causes TEXT NOT NULL DEFAULT '{}';
ALTER TABLE run_sites ADD COLUMN crawl_s REAL;
ALTER TABLE run_sites ADD COLUMN alarms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE run_sites ADD COLUMN problems TEXT NOT NULL DEFAULT '[]';
INSERT INTO run_sites (run_id, site, list_pages, new, changed, failed, duration_s)
SELECT h.run_id, h.site, h.list_pages, h.new, h.changed, h.failed, h.duration_s FROM site_health h
 WHERE NOT EXISTS (SELECT 1 FROM run_sites s WHERE s.run_id = h.run_id AND s.site = h.site);
UPDATE run_sites SET (state, list_entries, article_requests, pages, rule_levels, date_only_share, median_body,
                      statuses, causes, crawl_s, alarms) =
       (SELECT h.state, h.list_entries, h.article_requests, h.pages, h.rule_levels, h.date_only_share,
               h.median_body, h.statuses, h.causes, h.duration_s, h.alarms
          FROM site_health h WHERE h.run_id = run_sites.run_id AND h.site = run_sites.site)
 WHERE EXISTS (SELECT 1 FROM site_health h WHERE h.run_id = run_sites.run_id AND h.site = run_sites.site);
DROP TABLE site_health;
CREATE INDEX run_sites_site ON run_sites (site, run_id);
CREATE VIEW site_health AS
SELECT s.run_id, s.site, r.started_at AS at, s.state, s.list_pages, s.list_entries, s.article_requests, s.new,
       s.changed, s.failed, s.pages, s.rule_levels, s.date_only_share, s.median_body, s.statuses, s.causes,
       s.crawl_s AS duration_s, s.alarms
  FROM run_sites s JOIN runs r ON r.id = s.run_id
 WHERE s.state IS NOT NULL
""")


@migrations(name="0012_accounts")
def m0012_accounts(db: sqlite_utils.Database) -> None:
    # The review UI's accounts (archive/accounts.py; docs/review.md). Only an argon2 hash of each
    # password is stored, and only a SHA-256 of each feed token (the token is shown once, when
    # made). `session_epoch` grows when the password changes or the account is disabled: the
    # sessions signed before then no longer count. `web_secrets` holds the key that signs sessions,
    # so a restarted server keeps them. `translations` gains who last edited and who last reviewed
    # each unit (`reviewer` stays: whoever touched it last); the earlier rows get the one name they
    # have. `review_log` is the history of every person's edit, sign-off and pair decision.
    _run(db, """
CREATE TABLE accounts (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('reader', 'reviewer', 'editor')),
    password_hash TEXT NOT NULL,
    session_epoch INTEGER NOT NULL DEFAULT 0,
    feed_token_hash TEXT UNIQUE,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    disabled_at TEXT
);
CREATE TABLE web_secrets (
    name TEXT PRIMARY KEY,
    secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);
ALTER TABLE translations ADD COLUMN edited_by TEXT;
ALTER TABLE translations ADD COLUMN reviewed_by TEXT;
UPDATE translations SET edited_by = reviewer WHERE edited IS NOT NULL;
UPDATE translations SET reviewed_by = reviewer WHERE state = 'reviewed';
CREATE TABLE review_log (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER,
    action TEXT NOT NULL,
    account TEXT NOT NULL,
    at TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX review_log_article ON review_log (article_id, id)
""")


@migrations(name="0016_team_glossary")
def m0016_team_glossary(db: sqlite_utils.Database) -> None:
    # The team's glossary, managed by editors in the review UI (archive/glossary.py;
    # docs/review.md): one English per Chinese term. A table of its own rather than rows of
    # `glossary_terms`, which each mining replaces whole and whose key (zh, en) would let a mined
    # row collide with a team one. `glossary_log` is the history of every team-term change, with
    # the account that made it (a glossary change belongs to no article, so not `review_log`).
    _run(db, """
CREATE TABLE team_terms (
    zh TEXT PRIMARY KEY,
    en TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE TABLE glossary_log (
    id INTEGER PRIMARY KEY,
    zh TEXT NOT NULL,
    action TEXT NOT NULL,
    account TEXT NOT NULL,
    at TEXT NOT NULL,
    en TEXT,
    note TEXT,
    previous_en TEXT
)
""")
