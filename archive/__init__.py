"""The SQLite archive: schema, storage, search and export, over sqlite-utils.

It stores and reads plain mappings; it knows nothing of Scrapy or of translation engines.
"""

from .db import check_archive, open_db, transaction
from .errors import ArchiveDamaged, ArchiveError, NotAnArchive, SchemaTooNew
from .store import CHANGED, NEW, UNCHANGED, Archive

__all__ = ["Archive", "ArchiveDamaged", "ArchiveError", "NotAnArchive", "SchemaTooNew", "check_archive", "open_db",
           "transaction", "NEW", "CHANGED", "UNCHANGED"]
