"""`provnews doctor`."""

from __future__ import annotations

from pathlib import Path

import click

from provnews.commands.options import config_path, db_option, models_dir_option
from provnews.errors import EXIT_DAMAGED, EXIT_OK, EXIT_SOME_FAILED, CLIError


@click.command("doctor")
@db_option
@models_dir_option
def doctor_command(db_path: Path | None, models_dir: Path | None) -> None:
    """Check the set-up: config, site files, archive (every page: PRAGMA quick_check), backups,
    model, lock; say exactly what to fix.

    Exits 0 when everything is ready, 1 when something needs fixing, 65 when the archive is
    damaged: then it gives the commands that restore the newest backup or recover the readable rows.

    Example:

    \b
        provnews doctor --db ~/provnews/news.db
    """
    from provnews.doctor import run_checks

    # The config is read here, not by command_config: a bad file is one of the checks.
    checks = run_checks(config_path(), {"db": db_path, "translation": {"models_dir": models_dir}})
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        click.echo(f"{mark} {check.name:8} {check.detail}")
        if not check.ok and check.fix:
            _lines("fix: ", check.fix)
        if check.hint:
            _lines("", check.hint)
    damage = next((c.damage for c in checks if c.damage is not None), None)
    if damage is not None:
        raise CLIError(f"archive {damage.path} is damaged ({damage.detail}): stop writing to it, then restore the"
                       " newest backup or recover its rows with the commands above", EXIT_DAMAGED)
    raise SystemExit(EXIT_OK if all(c.ok for c in checks) else EXIT_SOME_FAILED)


def _lines(label: str, text: str) -> None:
    first, *rest = text.splitlines()
    click.echo(f"     {'':8} {label}{first}")
    for line in rest:
        click.echo(f"     {'':8} {' ' * len(label)}{line}")
