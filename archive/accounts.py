"""The review UI's accounts, its session key, and the history of what each person did.

The archive stores what it is given: an argon2 hash of each password and a SHA-256 of each feed
token, made by `provnews.accounts`, which also checks names, roles and passwords. Nothing here
sees a password or a token.
"""

from __future__ import annotations

import secrets

import sqlite_utils

from .clock import utc_now
from .db import transaction
from .errors import ArchiveError

__all__ = [
    "ROLES", "AccountError", "add_account", "get_account", "list_accounts", "set_password_hash",
    "disable_account", "end_sessions", "set_feed_token_hash", "account_for_feed_token", "session_secret", "stored_session_secret",
    "log_action", "history",
]

ROLES = ("reader", "reviewer", "editor")
_PUBLIC = "name, role, session_epoch, feed_token_hash IS NOT NULL AS has_feed_token, created_at, changed_at, disabled_at"


class AccountError(ArchiveError):
    """An account the archive cannot add or change (exists already, no such account)."""


def add_account(db: sqlite_utils.Database, name: str, role: str, password_hash: str) -> None:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    now = utc_now()
    with transaction(db):
        if db.execute("SELECT 1 FROM accounts WHERE name = ?", [name]).fetchone():
            raise AccountError(f"an account named {name} exists already: change its password with"
                               f" provnews users passwd {name}")
        db.execute("INSERT INTO accounts (name, role, password_hash, created_at, changed_at) VALUES (?, ?, ?, ?, ?)",
                   [name, role, password_hash, now, now])
        session_secret(db)  # the first account makes the key that signs its sessions


def get_account(db: sqlite_utils.Database, name: str, *, with_hash: bool = False) -> dict | None:
    """The account (`password_hash` too when asked), disabled or not; None if there is none."""
    columns = _PUBLIC + (", password_hash" if with_hash else "")
    return next(db.query(f"SELECT {columns} FROM accounts WHERE name = ?", [name]), None)


def list_accounts(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query(f"SELECT {_PUBLIC} FROM accounts ORDER BY name"))


def _change(db: sqlite_utils.Database, name: str, assignments: str, params: list) -> None:
    with transaction(db):
        cursor = db.execute(f"UPDATE accounts SET {assignments}, changed_at = ? WHERE name = ?",
                            [*params, utc_now(), name])
        if cursor.rowcount == 0:
            raise AccountError(f"no account named {name}: see provnews users list")


def set_password_hash(db: sqlite_utils.Database, name: str, password_hash: str, *, enable: bool = False) -> None:
    """A new password; the sessions signed before it end (`enable` also lifts a disable)."""
    extra = ", disabled_at = NULL" if enable else ""
    _change(db, name, f"password_hash = ?, session_epoch = session_epoch + 1{extra}", [password_hash])


def disable_account(db: sqlite_utils.Database, name: str) -> None:
    """No more sign-ins, sessions or feed tokens for this account; its history stays."""
    _change(db, name, "disabled_at = coalesce(disabled_at, ?), session_epoch = session_epoch + 1, "
                      "feed_token_hash = NULL", [utc_now()])


def end_sessions(db: sqlite_utils.Database, name: str) -> None:
    """Every session signed for the account so far is over (logout ends them on every device)."""
    _change(db, name, "session_epoch = session_epoch + 1", [])


def set_feed_token_hash(db: sqlite_utils.Database, name: str, token_hash: str | None) -> None:
    """Replace the account's feed token (None revokes it): the one before stops working."""
    _change(db, name, "feed_token_hash = ?", [token_hash])


def account_for_feed_token(db: sqlite_utils.Database, token_hash: str) -> dict | None:
    """The enabled account whose feed token has this hash, or None."""
    return next(db.query(f"SELECT {_PUBLIC} FROM accounts WHERE feed_token_hash = ? AND disabled_at IS NULL",
                         [token_hash]), None)


def stored_session_secret(db: sqlite_utils.Database) -> bytes | None:
    """The key that signs the review UI's sessions, if one was made (read-only connections too)."""
    row = db.execute("SELECT secret FROM web_secrets WHERE name = 'session'").fetchone()
    return bytes(row[0]) if row else None


def session_secret(db: sqlite_utils.Database) -> bytes:
    """The session key, made (32 random bytes) the first time it is asked for."""
    with transaction(db):
        found = stored_session_secret(db)
        if found is not None:
            return found
        secret = secrets.token_bytes(32)
        db.execute("INSERT INTO web_secrets (name, secret, created_at) VALUES ('session', ?, ?)", [secret, utc_now()])
        return secret


def log_action(db: sqlite_utils.Database, article_id: int, idx: int | None, action: str, account: str,
               at: str, detail: str | None = None) -> None:
    """One line of an article's history (call inside the write's own transaction)."""
    db.execute("INSERT INTO review_log (article_id, idx, action, account, at, detail) VALUES (?, ?, ?, ?, ?, ?)",
               [article_id, idx, action, account, at, detail])


def history(db: sqlite_utils.Database, article_id: int, limit: int = 200) -> list[dict]:
    """Who did what to the article and when, newest first."""
    return list(db.query("SELECT idx, action, account, at, detail FROM review_log WHERE article_id = ?"
                         " ORDER BY id DESC LIMIT ?", [article_id, limit]))
