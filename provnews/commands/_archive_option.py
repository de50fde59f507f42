"""`--db` for commands that read an archive which must already exist.

Opening a missing path would create an empty archive and report "nothing found", which hides a
typo in the path; these commands refuse instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import click

from provnews.errors import EXIT_USAGE, CLIError


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
    return db_path


def existing_archive_path(db_path: Path | None) -> Path:
    db_path = configured_archive_path(db_path)
    if not db_path.is_file():
        raise CLIError(f"archive {db_path} does not exist: pass the path of an existing archive"
                       " (`provnews crawl` creates one)", EXIT_USAGE)
    return db_path


def open_existing_archive(db_path: Path | None) -> Any:
    """The `archive.Archive` at `--db` (or the configured one), refusing a path that is not there."""
    import sqlite3

    from archive import Archive, ArchiveError, NotAnArchive

    path = existing_archive_path(db_path)
    try:
        return Archive(path)
    except NotAnArchive as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    except ArchiveError as exc:
        raise CLIError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise CLIError(f"{path} is not a provnews archive ({exc}): check the --db path", EXIT_USAGE) from None
