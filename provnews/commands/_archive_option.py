"""`--db` for commands that read an archive which must already exist.

Opening a missing path would create an empty archive and report "nothing found", which hides a
typo in the path; these commands refuse instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import click

from provnews.errors import EXIT_USAGE, CLIError

# Where a command notes the archive it works on (click's `meta` is shared by every context of one
# invocation), so `provnews.cli` can name the file when a query later finds it damaged.
ARCHIVE_META = "provnews.archive"


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="Archive file (default: $PROVNEWS_DB, then `db` in provnews.toml).",
    )(func)


def configured_archive_path(db_path: Path | None) -> Path:
    """`--db`, else $PROVNEWS_DB, else `db` in the config file; a usage error when none is set."""
    if db_path is None:
        from provnews.config import ConfigError, load_config

        try:
            db_path = load_config().db
        except ConfigError as exc:
            raise CLIError(f"{exc}: fix the file or pass --db", EXIT_USAGE) from None
    if db_path is None:
        raise CLIError("no archive given: pass --db PATH or set PROVNEWS_DB", EXIT_USAGE)
    return remember_archive(db_path)


def remember_archive(path: Path) -> Path:
    """Note `path` as this command's archive (for the damaged-archive line); return it."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[ARCHIVE_META] = path
    return path


def refuse_damaged_archive(path: Path, *, thorough: bool = True) -> None:
    """`archive.check_archive`, which raises `ArchiveDamaged` (`provnews.cli` turns it into one
    line and exit 65). Thorough (PRAGMA quick_check, every page) before a crawl writes: a cron job
    must never add to a damaged file."""
    from archive import NotAnArchive, check_archive

    try:
        check_archive(remember_archive(path), thorough=thorough)
    except NotAnArchive as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None


def existing_archive_path(db_path: Path | None) -> Path:
    db_path = configured_archive_path(db_path)
    if not db_path.is_file():
        raise CLIError(f"archive {db_path} does not exist: pass the path of an existing archive"
                       " (`provnews crawl` creates one)", EXIT_USAGE)
    return db_path


def open_existing_archive(db_path: Path | None) -> Any:
    """The `archive.Archive` at `--db` (or the configured one), refusing a path that is not there."""
    import sqlite3

    from archive import Archive, ArchiveDamaged, ArchiveError, NotAnArchive

    path = existing_archive_path(db_path)
    try:
        return Archive(path)
    except ArchiveDamaged:
        raise  # provnews.cli: one line, exit 65
    except NotAnArchive as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    except ArchiveError as exc:
        raise CLIError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise CLIError(f"{path} is not a provnews archive ({exc}): check the --db path", EXIT_USAGE) from None
