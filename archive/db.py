"""Opening an archive file: one place decides WAL, foreign keys, timeouts, migration, and whether
the file is damaged."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from .errors import ArchiveDamaged, ArchiveError, NotAnArchive
from .migrations import migrate

# A crawl, a translation run and the review UI may write to one file at once; waiting a while
# for the lock is better than failing a cron run on a momentary overlap.
BUSY_TIMEOUT_MS = 30_000

# SQLite's primary result codes for a damaged file (sqlite3.h).
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
_DAMAGE_WORDS = ("malformed", "corrupt", "not a database")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_PARTIAL_INDEX = re.compile(r"\)\s*WHERE\s+(.+)$", re.S | re.I)
# What makes a file an archive provnews made, besides its recorded migrations.
_ARCHIVE_TABLES = {"articles", "articles_fts", "paragraphs", "translations", "_sqlite_migrations"}


def open_db(path: str | Path, *, migrate_schema: bool = True, backup: bool = True,
            check: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) an archive and bring its schema up to date.

    The connection is in autocommit mode: writers group their statements with `transaction()`,
    so a process killed between two statements never leaves half an article behind.

    `check` first reads the schema and the first page of every table and index
    (`touch_btrees`), so a file whose pages are damaged raises `ArchiveDamaged` before anything
    writes to it; pass False only for a file checked a moment ago (the review UI's per-request
    connections).
    """
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if check:
            touch_btrees(conn)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise damage(path, exc) or NotAnArchive(
            f"{path} is not a provnews archive ({exc}): check the --db path") from None
    # NORMAL is durable across process kills in WAL mode (only a power cut can lose the last commit).
    conn.execute("PRAGMA synchronous = NORMAL")
    db = sqlite_utils.Database(conn)
    if migrate_schema:
        migrate(db, path=path, backup=backup)
    return db


def open_read_only(path: str | Path) -> sqlite_utils.Database:
    """A connection that cannot write (the file opened read-only, and `query_only` as well), for
    a reader that must never change the file; no check and no migration."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False,
                           timeout=30)
    conn.execute("PRAGMA query_only = 1")
    return sqlite_utils.Database(conn)


def is_archive_file(path: str | Path) -> bool:
    """Whether the file is an archive provnews made (its tables, and migrations recorded as
    provnews'), read without writing; False for any file SQLite cannot read."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
            return _ARCHIVE_TABLES <= names and conn.execute(
                "SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'provnews' LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def is_corruption(exc: BaseException) -> bool:
    """Whether SQLite raised this because the file's bytes are wrong (not a lock, not bad SQL)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return True
    return any(word in str(exc).lower() for word in _DAMAGE_WORDS)


def damage(path: str | Path, exc: BaseException) -> ArchiveError | None:
    """What a database error met on the archive at `path` means: `ArchiveDamaged`, or
    `NotAnArchive` for a file that never was SQLite (a wrong path), or None (not damage)."""
    if not is_corruption(exc):
        return None
    path = Path(path)
    if "not a database" in str(exc) and not _was_sqlite(path):
        return NotAnArchive(f"{path} is not a provnews archive ({exc}): check the --db path")
    return ArchiveDamaged(path, str(exc))


def _was_sqlite(path: Path) -> bool:
    """SQLite's magic string, or (the header overwritten) the schema's text in the first pages
    of a file sized in whole pages: a damaged archive, not some other file given as --db."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 20)
        size = path.stat().st_size
    except OSError:
        return False
    return head.startswith(_SQLITE_MAGIC) or (size >= 1024 and size % 512 == 0 and b"CREATE TABLE" in head)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def touch_btrees(conn: sqlite3.Connection) -> None:
    """The cheap check on open: read the schema, then the first row of every table and index.

    Each query reads one b-tree's root page and the pages down to its first leaf, so the cost is
    a few pages per table or index (a few milliseconds), whatever the file's size. It catches a
    damaged header, schema or root page; damage deeper in a b-tree surfaces when a query reads
    it (the CLI, the review UI and the Datasette plugin report that as damage too), and
    `check_archive(thorough=True)` reads every page.
    """
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"
                        " WHERE rootpage > 0 AND type IN ('table', 'index')").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table":
            # NOT INDEXED: `SELECT 1` would otherwise read the smallest covering index instead.
            query = f"SELECT 1 FROM {_quoted(name)} NOT INDEXED LIMIT 1"
        else:
            partial = _PARTIAL_INDEX.search(sql or "")  # a partial index is only usable under its WHERE
            query = (f"SELECT 1 FROM {_quoted(table)} INDEXED BY {_quoted(name)}"
                     f"{' WHERE ' + partial.group(1) if partial else ''} LIMIT 1")
        try:
            conn.execute(query).fetchall()
        except sqlite3.DatabaseError as exc:
            if is_corruption(exc):
                raise
            # "no query solution": an index this query cannot read; the thorough check covers it.


def check_archive(path: str | Path, *, thorough: bool = False) -> None:
    """Raise `ArchiveDamaged` (or `NotAnArchive`) if the file at `path` is damaged; writes nothing.

    Cheap (`touch_btrees`) by default. `thorough` adds `PRAGMA quick_check`, which reads every
    page (about as long as copying the file, seconds per GB): `provnews run` and `crawl` pay it
    before writing, because a cron job must never add to a damaged file. A missing file passes
    (the first crawl creates it).
    """
    path = Path(path)
    if not path.exists():
        return
    # Not `mode=ro`: a read-only connection leaves empty -wal and -shm files behind. query_only
    # makes SQLite refuse any write; closing writes nothing unless a crashed writer left a WAL.
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA query_only = 1")
        touch_btrees(conn)
        if thorough:
            problems = check_problems(conn, "quick_check")
            if problems != ["ok"]:
                raise ArchiveDamaged(path, f"quick_check: {first_problem(problems)}")
    except sqlite3.DatabaseError as exc:
        raise damage(path, exc) or NotAnArchive(
            f"{path} is not a provnews archive ({exc}): check the --db path") from None
    finally:
        conn.close()


def check_problems(conn: sqlite3.Connection, pragma: str) -> list[str]:
    """The first problems `PRAGMA quick_check` or `integrity_check` reports (["ok"]: none); damage
    that stops the check itself is its problem."""
    try:
        return [row[0] for row in conn.execute(f"PRAGMA {pragma}(5)")]
    except sqlite3.DatabaseError as exc:
        if not is_corruption(exc):
            raise
        return [str(exc)]


def first_problem(report: list[str]) -> str:
    """The first line of an integrity_check / quick_check report that names a problem."""
    lines = [line for text in report for line in text.splitlines() if not line.startswith("***")]
    return lines[0] if lines else report[0]


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid of the row an INSERT through `cursor` just made (None only before any INSERT)."""
    rowid = cursor.lastrowid
    assert rowid is not None, "no INSERT ran"
    return rowid


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT: take the write lock up front so two writers never deadlock."""
    conn = db.conn
    if conn.in_transaction:  # nested: a savepoint inside the caller's transaction
        with db.atomic():
            yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
