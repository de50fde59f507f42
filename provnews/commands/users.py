"""`provnews users`: the accounts of the review UI (`provnews serve --auth`), kept in the archive."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from provnews.commands.options import command_config, db_option, open_existing_archive
from provnews.errors import EXIT_USAGE, CLIError

ROLE_CHOICE = click.Choice(["reader", "reviewer", "editor"])


@click.group(name="users")
def users_command() -> None:
    """Accounts of the review UI: who may sign in to `provnews serve --auth`, and in which role.

    reader: browse, search, read feeds; reviewer: also edit translations and mark them reviewed;
    editor: also confirm or reject pairs and manage the glossary. Passwords are read from a prompt
    (or one line of standard input when it is not a terminal), never from the command line, and
    only their argon2 hash is stored.

    Example:

    \b
        provnews users add alice --role reviewer --db news.db
        provnews users list --db news.db
    """


@contextmanager
def _accounts(db_path: Path | None) -> Iterator[Any]:
    from archive.accounts import AccountError
    from provnews.accounts import configure_hashing

    config = command_config()
    configure_hashing(config.review.argon2_time_cost, config.review.argon2_memory_kib,
                      config.review.argon2_parallelism)
    with open_existing_archive(db_path, config) as archive:
        try:
            yield archive.db
        except AccountError as exc:
            raise CLIError(str(exc), EXIT_USAGE) from None


def _read_password(confirm: bool = True) -> str:
    """From a hidden prompt on a terminal (asked twice), else the first line of standard input."""
    from provnews.accounts import AccountError, check_password

    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=confirm, err=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CLIError("no password on standard input: pipe one line, or run in a terminal to be asked",
                           EXIT_USAGE)
    try:
        return check_password(password)
    except AccountError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None


@users_command.command(name="add")
@db_option
@click.argument("name")
@click.option("--role", type=ROLE_CHOICE, required=True, help="reader, reviewer or editor.")
def add_command(db_path: Path | None, name: str, role: str) -> None:
    """Add an account; its password is asked for (or read from standard input).

    Example:

    \b
        provnews users add alice --role editor --db news.db
        printf '%s\\n' "$PASSWORD" | provnews users add bob --role reader --db news.db
    """
    from provnews.accounts import add_user, check_name

    with _accounts(db_path) as db:
        check_name(name)
        add_user(db, name, role, _read_password())
    click.echo(f"Added {name} ({role})", err=True)


@users_command.command(name="list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def list_command(db_path: Path | None, as_json: bool) -> None:
    """The accounts: name, role, whether enabled, whether they hold a feed token.

    Example:

    \b
        provnews users list --db news.db --json
    """
    from provnews.accounts import list_users
    from provnews.tables import text_table

    with _accounts(db_path) as db:
        rows = list_users(db)
    if as_json:
        for row in rows:
            row["has_feed_token"] = bool(row["has_feed_token"])
            row.pop("session_epoch")
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        click.echo()
        return
    if not rows:
        click.echo("No accounts yet: add one with provnews users add NAME --role editor", err=True)
        return
    table = [("name", "role", "state", "feed token", "created")] + [
        (r["name"], r["role"], "disabled" if r["disabled_at"] else "enabled", "yes" if r["has_feed_token"] else "no",
         r["created_at"][:10]) for r in rows]
    click.echo(text_table(table, numbers=False))


@users_command.command(name="passwd")
@db_option
@click.argument("name")
def passwd_command(db_path: Path | None, name: str) -> None:
    """Set a new password (asked for, or read from standard input); the account's sessions end,
    and a disabled account is enabled again.

    Example:

    \b
        provnews users passwd alice --db news.db
    """
    from provnews.accounts import set_password

    with _accounts(db_path) as db:
        set_password(db, name, _read_password())
    click.echo(f"Changed the password of {name}; its sessions have ended", err=True)


@users_command.command(name="disable")
@db_option
@click.argument("name")
def disable_command(db_path: Path | None, name: str) -> None:
    """Disable an account: no sign-in, its sessions end at their next request, its feed token
    stops working. Its edits and reviews keep its name. `users passwd` enables it again.

    Example:

    \b
        provnews users disable bob --db news.db
    """
    from provnews.accounts import disable_user

    with _accounts(db_path) as db:
        disable_user(db, name)
    click.echo(f"Disabled {name}", err=True)


@users_command.command(name="token")
@db_option
@click.argument("name")
def token_command(db_path: Path | None, name: str) -> None:
    """Print a new feed token for the account (the one before stops working): feed readers
    cannot sign in, so a feed URL under /feeds/ carries ?token=... instead. Shown once, stored
    hashed.

    Example:

    \b
        provnews users token alice --db news.db
        # then subscribe to http://HOST/feeds/...?token=PRINTED_TOKEN
    """
    from provnews.accounts import new_feed_token

    with _accounts(db_path) as db:
        token = new_feed_token(db, name)
    click.echo(token)


@users_command.command(name="revoke-token")
@db_option
@click.argument("name")
def revoke_token_command(db_path: Path | None, name: str) -> None:
    """Revoke the account's feed token: feeds fetched with it are refused from now on.

    Example:

    \b
        provnews users revoke-token alice --db news.db
    """
    from provnews.accounts import revoke_feed_token

    with _accounts(db_path) as db:
        revoke_feed_token(db, name)
    click.echo(f"Revoked the feed token of {name}", err=True)
