"""What a crawl of a site knows before it starts, and where it records its complete walks.

A local crawl reads and writes the archive (`ArchiveState`). A crawl on a worker host never opens
the archive: the writer takes a `Snapshot` of the same facts (`snapshot`), sends it with the
task, and the worker's spider reads it instead (`SnapshotState`, chosen by the setting
`PROVNEWS_REMOTE_DIR`); the walks it completes go back with the items, and the writer records
them after it has stored the items, so an interrupted hand-over walks the columns again.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from archive import Archive
from archive.walks import ColumnWalk, complete_walks, record_complete_walks

__all__ = ["Snapshot", "ArchiveState", "SnapshotState", "snapshot", "state_path", "walks_path", "items_path"]


@dataclass
class Snapshot:
    """The facts a crawl of one site starts from."""

    site: str
    known: list[str] = field(default_factory=list)      # archived URLs (and permanent failures)
    retryable: list[str] = field(default_factory=list)  # failed for a passing reason, not archived
    walks: list[dict] = field(default_factory=list)     # ColumnWalk fields, one per column

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Snapshot:
        return cls(data["site"], list(data.get("known", [])), list(data.get("retryable", [])),
                   list(data.get("walks", [])))


def _read(archive: Archive, site: str, *, refresh: bool, retry_failed: bool) -> Snapshot:
    walks = [asdict(w) for w in complete_walks(archive.db, site).values()]
    if refresh:  # re-fetch every listed article, so that changed ones become revisions
        return Snapshot(site, walks=walks)
    known = archive.known_urls(site)
    if not retry_failed:
        known |= archive.permanent_failure_urls(site)
    return Snapshot(site, sorted(known), archive.retryable_failure_urls(site), walks)


def snapshot(db_path: str | Path, site: str, *, refresh: bool = False, retry_failed: bool = False) -> Snapshot:
    """The archive's facts for a crawl of `site` (as `ArchiveState` reads them)."""
    with Archive(db_path) as archive:
        return _read(archive, site, refresh=refresh, retry_failed=retry_failed)


class ArchiveState:
    """The archive itself (a local crawl)."""

    def __init__(self, db_path: str | Path):
        self.db_path = db_path

    def load(self, site: str, *, refresh: bool, retry_failed: bool) -> Snapshot:
        return snapshot(self.db_path, site, refresh=refresh, retry_failed=retry_failed)

    def record_walks(self, site: str, walks: list[ColumnWalk]) -> None:
        with Archive(self.db_path) as archive:
            record_complete_walks(archive.db, walks)


def state_path(directory: str | Path, site: str) -> Path:
    return Path(directory) / f"{site}.state.json"


def walks_path(directory: str | Path, site: str) -> Path:
    return Path(directory) / f"{site}.walks.json"


def items_path(directory: str | Path, site: str) -> Path:
    return Path(directory) / f"{site}.items.jsonl"


class SnapshotState:
    """A snapshot in a directory of the worker (`<site>.state.json`); the walks go to `<site>.walks.json`."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)

    def _snapshot(self, site: str) -> Snapshot:
        return Snapshot.from_json(json.loads(state_path(self.directory, site).read_text(encoding="utf-8")))

    def load(self, site: str, *, refresh: bool, retry_failed: bool) -> Snapshot:
        return self._snapshot(site)  # the writer took it with these settings already

    def record_walks(self, site: str, walks: list[ColumnWalk]) -> None:
        walks_path(self.directory, site).write_text(json.dumps([asdict(w) for w in walks], ensure_ascii=False),
                                                    encoding="utf-8")
