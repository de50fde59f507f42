"""A consistent copy of a live archive, made with SQLite's online backup API, and the backups
that already exist beside an archive (newest first).

The copy is taken from one read snapshot: the source connection opens a read transaction and
the backup copies the pages of that snapshot in steps. In WAL mode (every archive is) a reader
blocks nobody, so readers, the review UI and a running crawl go on, and their commits are simply
not in the copy. (Without the held snapshot, SQLite restarts a stepped backup whenever another
connection commits, and a busy crawl would keep it from ever finishing.) The copy is written to
a hidden file beside the target, checked with `PRAGMA integrity_check`, then renamed: a killed or
failed backup never leaves a half-written file under the target's name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .db import BUSY_TIMEOUT_MS, check_problems, damage, first_problem, touch_btrees
from .errors import ArchiveDamaged, ArchiveError

# Pages per backup step (4 MiB at the default page size): progress is reported between steps.
STEP_PAGES = 1024
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_STAMP = r"(\d{8}T\d{6}Z)"


class BackupError(ArchiveError):
    """The backup cannot be written where asked (the target exists, or is the archive itself)."""


@dataclass
class BackupResult:
    path: Path
    size: int  # bytes
    articles: int | None  # None for a file without an `articles` table
    seconds: float


def backup_path(source: str | Path, to: str | Path, now: dt.datetime | None = None) -> Path:
    """`to` itself, or for a directory (an existing one, or a path ending in /) a new file in it
    named `<archive stem>.<UTC time>.db`, e.g. backups/news.20240501T033000Z.db."""
    source, text = Path(source), str(to)
    to = Path(to)
    if to.is_dir() or text.endswith(("/", os.sep)):
        stamp = (now or dt.datetime.now(dt.UTC)).strftime(STAMP_FORMAT)
        return to / f"{source.stem}.{stamp}.db"
    return to


def backup_archive(source: str | Path, target: str | Path, *, force: bool = False, step_pages: int = STEP_PAGES,
                   progress: Callable[[int, int, int], object] | None = None) -> BackupResult:
    """Copy the archive at `source` to the file `target` (its folder is created if missing).

    Refuses an existing `target` unless `force`. `progress(status, remaining, total)` is called
    after each step of `step_pages` pages. Raises `ArchiveDamaged` when the source is damaged
    (found on open, or when the copy fails its integrity check), leaving no file behind.
    """
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise BackupError(f"no archive at {source}: check --db")
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError(f"{target} is the archive itself: back it up to another file or folder")
    if target.exists() and not force:
        raise BackupError(f"{target} already exists: pass --force to replace it, or choose another name")
    if target.is_dir():
        raise BackupError(f"{target} is a folder: end it with / to write a dated file in it")
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(fd)
    partial = Path(name)
    try:
        os.chmod(partial, source.stat().st_mode & 0o777)  # mkstemp's 0600 would hide it from a reader group
        _copy(source, partial, step_pages, progress)
        articles = _verify(source, partial)
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)
    finally:
        partial.unlink(missing_ok=True)
    return BackupResult(target, target.stat().st_size, articles, time.monotonic() - started)


def _copy(source: Path, partial: Path, step_pages: int, progress: Callable | None) -> None:
    src = sqlite3.connect(str(source), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    dst = sqlite3.connect(str(partial))
    try:
        src.execute("PRAGMA query_only = 1")
        try:
            touch_btrees(src)  # a damaged source is named now, not after copying it
            src.execute("BEGIN")  # the snapshot every step copies from (see the module docstring)
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            src.backup(dst, pages=step_pages, progress=progress)
            src.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise damage(source, exc) or ArchiveError(f"cannot back up {source}: {exc}") from None
        # A backup is one self-contained file: no -wal beside it (`open_db` turns WAL back on).
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()


def _verify(source: Path, partial: Path) -> int | None:
    """Run integrity_check on the copy; return its article count."""
    conn = sqlite3.connect(f"{partial.resolve().as_uri()}?mode=ro", uri=True)
    try:
        problems = check_problems(conn, "integrity_check")
        if problems != ["ok"]:
            raise ArchiveDamaged(source, f"its copy fails integrity_check: {first_problem(problems)}")
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0] if "articles" in tables else None
    except sqlite3.DatabaseError as exc:
        raise damage(source, exc) or ArchiveError(f"cannot check the copy of {source}: {exc}") from None
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _dated(folder: Path, source: Path) -> list[tuple[str, Path]]:
    """(UTC stamp, path) of the backups of `source` in `folder`: `provnews backup`'s dated files
    and the `.bak-*` copies a migration makes."""
    patterns = [re.compile(re.escape(source.stem) + r"\." + _STAMP + r"\.db"),
                re.compile(re.escape(source.name) + r"\.bak-" + _STAMP)]
    found = []
    for path in folder.iterdir() if folder.is_dir() else ():
        for pattern in patterns:
            match = pattern.fullmatch(path.name)
            if match and path.is_file() and path.resolve() != source.resolve():
                found.append((match.group(1), path))
    return found


def find_backups(source: str | Path) -> list[Path]:
    """Backups of the archive, newest first, in its folder and in the `backups` folder beside it
    (where docs/operations.md's cron line writes them)."""
    source = Path(source)
    folder = source.parent
    found = _dated(folder, source) + _dated(folder / "backups", source)
    return [path for _, path in sorted(found, key=lambda item: item[0], reverse=True)]


def prune_backups(folder: str | Path, source: str | Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` dated backups of `source` that `provnews backup` wrote in
    `folder`; return the deleted paths. Other files, `.bak-*` copies included, are left alone."""
    source = Path(source)
    pattern = re.compile(re.escape(source.stem) + r"\." + _STAMP + r"\.db")
    dated = sorted(((m.group(1), p) for p in Path(folder).iterdir()
                    if (m := pattern.fullmatch(p.name)) and p.is_file()), key=lambda item: item[0], reverse=True)
    old = [path for _, path in dated[keep:]]
    for path in old:
        path.unlink()
    return old
