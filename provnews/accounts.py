"""Accounts of the review UI: names, roles, argon2 password hashes and feed tokens.

`provnews users` and `provnews serve --auth` both go through here; `archive.accounts` stores what
this module makes (the hash of a password, the SHA-256 of a feed token), never a secret itself.

Roles grow: a reader browses, searches and reads feeds; a reviewer also edits translations and
marks them reviewed; an editor also confirms and rejects pairs and manages the glossary.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from archive import accounts as store
from archive.accounts import ROLES, AccountError

__all__ = ["ROLES", "PERMISSIONS", "Account", "AccountError", "MIN_PASSWORD", "can", "check_name", "check_password",
           "hash_password", "configure_hashing", "add_user", "set_password", "disable_user", "list_users", "authenticate", "new_feed_token",
           "revoke_feed_token", "feed_account", "token_hash"]

MIN_PASSWORD = 10
# What each role may do, beyond reading (which every role may).
PERMISSIONS = {
    "reader": frozenset(),
    "reviewer": frozenset({"edit"}),
    "editor": frozenset({"edit", "pairs", "glossary"}),
}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
_hasher = PasswordHasher()  # argon2id with the library's recommended parameters (RFC 9106, low memory)
# Verified against when the name is unknown, so that a wrong name costs as long as a wrong
# password; made on first use, with the parameters then configured.
_dummy_hash: str | None = None


def configure_hashing(time_cost: int, memory_kib: int, parallelism: int) -> None:
    """The argon2id cost of the hashes made from now on (`[review] argon2_*` in provnews.toml);
    a stored hash keeps the parameters it was made with, so verifying needs no configuration."""
    global _hasher, _dummy_hash
    _hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism)
    _dummy_hash = None


def _dummy() -> str:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash(secrets.token_urlsafe(16))
    return _dummy_hash


@dataclass(frozen=True)
class Account:
    """An enabled account, as a request sees it."""

    name: str
    role: str
    session_epoch: int = 0

    def can(self, permission: str) -> bool:
        return can(self.role, permission)


def can(role: str, permission: str) -> bool:
    """Whether `role` may do `permission` ('read', 'edit', 'pairs', 'glossary')."""
    return permission == "read" or permission in PERMISSIONS.get(role, frozenset())


def check_name(name: str) -> str:
    if not _NAME.match(name or ""):
        raise AccountError(f"account name {name!r} is not allowed: use 1-64 letters, digits, '.', '_', '@' or '-',"
                           " starting with a letter or digit")
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password is too short: use at least {MIN_PASSWORD} characters")
    if password != password.strip():
        raise AccountError("the password starts or ends with a space: leave those out")
    return password


def hash_password(password: str) -> str:
    return _hasher.hash(check_password(password))


def add_user(db: sqlite_utils.Database, name: str, role: str, password: str) -> None:
    store.add_account(db, check_name(name), role, hash_password(password))


def set_password(db: sqlite_utils.Database, name: str, password: str) -> None:
    """A new password, which also enables a disabled account; its earlier sessions end."""
    store.set_password_hash(db, name, hash_password(password), enable=True)


def disable_user(db: sqlite_utils.Database, name: str) -> None:
    store.disable_account(db, name)


def list_users(db: sqlite_utils.Database) -> list[dict]:
    return store.list_accounts(db)


def authenticate(db: sqlite_utils.Database, name: str, password: str) -> Account | None:
    """The account when the name and password match an enabled account, else None (the same
    answer, in about the same time, for an unknown name, a wrong password or a disabled account)."""
    row = store.get_account(db, name, with_hash=True) if _NAME.match(name or "") else None
    try:
        _hasher.verify(row["password_hash"] if row else _dummy(), password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or row["disabled_at"] is not None:
        return None
    return Account(row["name"], row["role"], row["session_epoch"])


def token_hash(token: str) -> str:
    # A feed token is 256 random bits: a plain SHA-256 of it cannot be reversed by guessing.
    return hashlib.sha256(token.encode()).hexdigest()


def new_feed_token(db: sqlite_utils.Database, name: str) -> str:
    """A new feed token for the account (the one before stops working); shown once, stored hashed."""
    row = store.get_account(db, name)
    if row is None:
        raise AccountError(f"no account named {name}: see provnews users list")
    if row["disabled_at"] is not None:
        raise AccountError(f"the account {name} is disabled: give it a password first (provnews users passwd {name})")
    token = secrets.token_urlsafe(32)
    store.set_feed_token_hash(db, name, token_hash(token))
    return token


def revoke_feed_token(db: sqlite_utils.Database, name: str) -> None:
    store.set_feed_token_hash(db, name, None)


def feed_account(db: sqlite_utils.Database, token: str) -> Account | None:
    """The enabled account whose feed token this is, or None."""
    if not token or len(token) > 200:
        return None
    row = store.account_for_feed_token(db, token_hash(token))
    return Account(row["name"], row["role"], row["session_epoch"]) if row else None
