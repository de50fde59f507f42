"""Opening an archive file: one place decides WAL, foreign keys, timeouts and migration."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from .errors import NotAnArchive
from .migrations import migrate

# A crawl, a translation run and the review UI may write to one file at once; waiting a while
# for the lock is better than failing a cron run on a momentary overlap.
BUSY_TIMEOUT_MS = 30_000


def open_db(path: str | Path, *, migrate_schema: bool = True, backup: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) an archive and bring its schema up to date.

    The connection is in autocommit mode: writers group their statements with `transaction()`,
    so a process killed between two statements never leaves half an article behind.
    """
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotAnArchive(f"{path} is not a provnews archive ({exc}): check the --db path") from None
    # NORMAL is durable across process kills in WAL mode (only a power cut can lose the last commit).
    conn.execute("PRAGMA synchronous = NORMAL")
    db = sqlite_utils.Database(conn)
    if migrate_schema:
        migrate(db, path=path, backup=backup)
    return db


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
