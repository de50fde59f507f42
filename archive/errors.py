"""Errors the archive raises; the CLI prints them as one line and a fix."""

from __future__ import annotations

import shlex
from pathlib import Path


class ArchiveError(Exception):
    """Base class: anything the archive refuses, with a message a user can act on."""


class SchemaTooNew(ArchiveError):
    """The file was written by a newer provnews; migrating it backwards would lose data."""


class NotAnArchive(ArchiveError):
    """The file is not an SQLite database at all (a wrong --db path)."""


class ArchiveDamaged(ArchiveError):
    """The file is an SQLite archive whose pages are damaged: SQLite answers "database disk
    image is malformed" (SQLITE_CORRUPT), or "file is not a database" for a file that was one
    until its header was overwritten. Nothing may write to it: restore a backup, or recover its
    readable rows into a new file (`provnews doctor` gives the commands for this machine).
    """

    def __init__(self, path: str | Path, detail: str):
        self.path = Path(path)
        self.detail = detail
        super().__init__(
            f"archive {self.path} is damaged ({detail}): stop writing to it, then restore the newest backup"
            f" or recover its rows; `provnews doctor --db {shlex.quote(str(self.path))}` gives the exact commands")

    @property
    def recovered_path(self) -> Path:
        return self.path.with_name(self.path.name + ".recovered.db")

    @property
    def recover_command(self) -> str:
        """The sqlite3 shell's `.recover` (3.29 or later, built with the sqlite_dbpage table) writing
        every readable row into a new file. Through a file, not a pipe: a failing `.recover`
        (Debian 12's shell lacks sqlite_dbpage) must stop the second step, not feed it an empty script."""
        sql = self.path.with_name(self.path.name + ".recover.sql")
        return (f"sqlite3 {shlex.quote(str(self.path))} .recover > {shlex.quote(str(sql))}"
                f" && sqlite3 {shlex.quote(str(self.recovered_path))} < {shlex.quote(str(sql))}")

    @property
    def dump_command(self) -> str:
        """For a shell without `.recover`: `.dump` writes the rows it can read and ends a damaged
        file's script with `ROLLBACK; -- due to errors`, which is turned into a COMMIT so that
        what was read is kept."""
        return (f"sqlite3 {shlex.quote(str(self.path))} .dump | sed 's/^ROLLBACK; -- due to errors$/COMMIT;/'"
                f" | sqlite3 {shlex.quote(str(self.recovered_path))}")
