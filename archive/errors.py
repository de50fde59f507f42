"""Errors the archive raises; the CLI prints them as one line and a fix."""


class ArchiveError(Exception):
    """Base class: anything the archive refuses, with a message a user can act on."""


class SchemaTooNew(ArchiveError):
    """The file was written by a newer provnews; migrating it backwards would lose data."""


class NotAnArchive(ArchiveError):
    """The file is not an SQLite database (a wrong --db path, or a damaged file)."""
