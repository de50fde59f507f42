"""The team's glossary: terms editors add, change and remove in the review UI, and the history of
each change with the account that made it.

One English per Chinese term (`team_terms`, migration 0016). These rows are apart from the mined
terms (`glossary_terms`, archive/pairs.py), so a mining run, which replaces its own terms whole,
never touches them. How the terms are merged with the file's and the mined ones for display is
provnews.glossary's business.
"""

from __future__ import annotations

import sqlite_utils

from .clock import utc_now
from .db import transaction
from .errors import ArchiveError

__all__ = ["TermError", "MAX_ZH", "MAX_EN", "MAX_NOTE", "team_terms", "add_term", "change_term", "remove_term",
           "glossary_log"]

MAX_ZH, MAX_EN, MAX_NOTE = 64, 200, 300


class TermError(ArchiveError):
    """A team-term change the archive refuses (empty, too long, exists already, no such term)."""


def _clean(value: str | None, field: str, limit: int, *, required: bool = True) -> str:
    text = " ".join((value or "").split())
    if required and not text:
        raise TermError(f"the term's {field} is empty")
    if len(text) > limit:
        raise TermError(f"the term's {field} is longer than {limit} characters")
    return text


def team_terms(db: sqlite_utils.Database) -> list[dict]:
    """Every team term {zh, en, note, added_by, added_at, changed_by, changed_at}, by Chinese."""
    return list(db.query("SELECT zh, en, note, added_by, added_at, changed_by, changed_at FROM team_terms"
                         " ORDER BY zh"))


def _log(db: sqlite_utils.Database, zh: str, action: str, account: str, at: str, en: str | None,
         note: str | None, previous_en: str | None) -> None:
    db.execute("INSERT INTO glossary_log (zh, action, account, at, en, note, previous_en)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)", [zh, action, account, at, en, note, previous_en])


def _account(account: str) -> str:
    if not (account or "").strip():
        raise TermError("a glossary change needs the account (or reviewer name) that makes it")
    return account.strip()


def add_term(db: sqlite_utils.Database, zh: str, en: str, note: str | None, account: str) -> dict:
    """A new team term; refused if the Chinese has one already (change that one instead)."""
    zh, en = _clean(zh, "Chinese", MAX_ZH), _clean(en, "English", MAX_EN)
    note, account = _clean(note, "note", MAX_NOTE, required=False), _account(account)
    now = utc_now()
    with transaction(db):
        if db.execute("SELECT 1 FROM team_terms WHERE zh = ?", [zh]).fetchone():
            raise TermError(f"{zh} is a team term already: change it in the list instead")
        db.execute("INSERT INTO team_terms (zh, en, note, added_by, added_at, changed_by, changed_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)", [zh, en, note, account, now, account, now])
        _log(db, zh, "add", account, now, en, note, None)
    return {"zh": zh, "en": en, "note": note}


def change_term(db: sqlite_utils.Database, zh: str, en: str, note: str | None, account: str) -> None:
    """A team term's new English and note (the Chinese is its name: remove and add to rename)."""
    en, note, account = _clean(en, "English", MAX_EN), _clean(note, "note", MAX_NOTE, required=False), _account(account)
    now = utc_now()
    with transaction(db):
        row = db.execute("SELECT en FROM team_terms WHERE zh = ?", [zh]).fetchone()
        if row is None:
            raise TermError(f"no team term {zh}: someone may have removed it; reload the page")
        db.execute("UPDATE team_terms SET en = ?, note = ?, changed_by = ?, changed_at = ? WHERE zh = ?",
                   [en, note, account, now, zh])
        _log(db, zh, "change", account, now, en, note, row[0])


def remove_term(db: sqlite_utils.Database, zh: str, account: str) -> None:
    account = _account(account)
    now = utc_now()
    with transaction(db):
        row = db.execute("SELECT en FROM team_terms WHERE zh = ?", [zh]).fetchone()
        if row is None:
            raise TermError(f"no team term {zh}: someone may have removed it already")
        db.execute("DELETE FROM team_terms WHERE zh = ?", [zh])
        _log(db, zh, "remove", account, now, None, None, row[0])


def glossary_log(db: sqlite_utils.Database, limit: int = 100) -> list[dict]:
    """Who added, changed or removed which team term and when, newest first."""
    return list(db.query("SELECT zh, action, account, at, en, note, previous_en FROM glossary_log"
                         " ORDER BY id DESC LIMIT ?", [limit]))
