"""`provnews backup`: a consistent copy of the archive while it is in use."""

from __future__ import annotations

from pathlib import Path

import click

from provnews.commands.options import db_option, existing_archive_path
from provnews.errors import EXIT_USAGE, CLIError


@click.command(name="backup")
@db_option
@click.option("--to", "to", required=True, metavar="PATH",
              help="The backup file, or a folder (existing, or ending in /) to write <name>.<UTC time>.db in.")
@click.option("--force", is_flag=True, help="Replace the backup file if it exists.")
@click.option("--keep", type=click.IntRange(min=1), default=None, metavar="N",
              help="With a folder: then delete all but the newest N dated backups of this archive there.")
def backup_command(db_path: Path | None, to: str, force: bool, keep: int | None) -> None:
    """Copy the archive with SQLite's online backup: readers, the review UI and a running crawl
    go on, and the copy is one consistent moment of the archive. The copy is written beside
    the target, checked with PRAGMA integrity_check, then renamed into place, so an interrupted
    backup never leaves a partial file under the target's name. An existing file is replaced
    only with --force.

    Exit status 65 when the archive is damaged (its copy would be too).

    Example:

    \b
        provnews backup --db ~/provnews/news.db --to ~/provnews/backups/ --keep 14
        # nightly at 03:30, a crontab line:
        30 3 * * *  provnews backup --db ~/provnews/news.db --to ~/provnews/backups/ --keep 14
    """
    from archive import ArchiveDamaged, ArchiveError, NotAnArchive
    from archive.backup import BackupError, backup_archive, backup_path, prune_backups

    source = existing_archive_path(db_path)
    target = backup_path(source, to)
    if keep is not None and target == Path(to):
        raise CLIError("--keep needs a folder for --to (an existing one, or a path ending in /)", EXIT_USAGE)
    try:
        result = backup_archive(source, target, force=force)
    except ArchiveDamaged:
        raise  # provnews.cli: one line, exit 65
    except (BackupError, NotAnArchive) as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    except ArchiveError as exc:
        raise CLIError(str(exc)) from None
    except OSError as exc:
        raise CLIError(f"cannot write {target}: {exc.strerror or exc}: choose another --to") from None
    pruned = prune_backups(target.parent, source, keep) if keep is not None else []
    articles = "" if result.articles is None else f", {result.articles} articles"
    removed = f"; removed {len(pruned)} older" if pruned else ""
    click.echo(f"Backed up {source} to {result.path}: {_size(result.size)}{articles},"
               f" integrity ok, {result.seconds:.1f} s{removed}")


def _size(n: int) -> str:
    value, unit = float(n), "bytes"
    for bigger in ("KB", "MB", "GB", "TB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{n} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
