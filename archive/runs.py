"""The `runs` table: one row per `provnews run`, opened when it starts and closed with its exit
code and summary when it ends (a run killed in between keeps a row without `finished_at`)."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from .clock import utc_now
from .db import inserted_id, transaction

__all__ = ["start_run", "finish_run"]


def start_run(db: sqlite_utils.Database, command: str) -> int:
    """Record that a run of `command` starts now; return its id."""
    with transaction(db):
        return inserted_id(db.execute("INSERT INTO runs (command, started_at) VALUES (?, ?)", [command, utc_now()]))


def finish_run(db: sqlite_utils.Database, run_id: int, exit_code: int, summary: dict[str, Any]) -> None:
    """Record that the run ended now, with its exit code and summary (JSON, Chinese unescaped)."""
    with transaction(db):
        db.execute("UPDATE runs SET finished_at = ?, exit_code = ?, summary = ? WHERE id = ?",
                   [utc_now(), exit_code, json.dumps(summary, ensure_ascii=False), run_id])
