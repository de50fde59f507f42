"""How far each list column was walked, so that an interrupted crawl resumes where it stopped.

A crawl reads a column's list pages newest first and may stop at the first page whose entries
are all archived. That shortcut is only sound below the top of a walk that went all the way
(to the column's end, to where an earlier complete walk began, to `--since` or `--max-pages`):
an interrupted walk leaves older articles unfetched under a page of archived ones. So a complete
walk records its *anchors* (the article entries of its first list page), and the next crawl of
that column stops early only once it has passed one from their lower half; without a record it walks to the end.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from .clock import utc_now
from .db import transaction

__all__ = ["ColumnWalk", "complete_walks", "record_complete_walks", "ANCHOR_COUNT"]

# At most this many entries of a walk's first list page are kept as its anchors (a page rarely
# lists more; several, so that one article taken down does not make the next crawl walk it all).
ANCHOR_COUNT = 50


@dataclass(frozen=True)
class ColumnWalk:
    """A complete walk of one list column: where it began and why it ended."""

    site: str
    column_url: str
    anchors: tuple[str, ...]  # canonical article URLs at the top of the column, newest first
    list_pages: int
    stop: str  # "end of column", "caught up", "since", "max pages"
    completed_at: str = ""


def complete_walks(db: sqlite_utils.Database, site: str) -> dict[str, ColumnWalk]:
    """The last complete walk of each of the site's columns, by column URL."""
    rows = db.execute("SELECT column_url, anchors, list_pages, stop, completed_at FROM column_walks WHERE site = ?",
                      [site]).fetchall()
    return {url: ColumnWalk(site, url, tuple(json.loads(anchors)), pages, stop, at)
            for url, anchors, pages, stop, at in rows}


def record_complete_walks(db: sqlite_utils.Database, walks: Iterable[ColumnWalk]) -> None:
    """Replace the record of these columns (one transaction: all of a crawl's columns or none)."""
    at = utc_now()
    with transaction(db):
        for walk in walks:
            db.execute(
                "INSERT OR REPLACE INTO column_walks (site, column_url, anchors, list_pages, stop, completed_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [walk.site, walk.column_url, json.dumps(list(walk.anchors[:ANCHOR_COUNT]), ensure_ascii=False),
                 walk.list_pages, walk.stop, at])
