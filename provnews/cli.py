"""The `provnews` command: a click group whose commands live in `provnews/commands/`.

Commands are imported only when called, so `provnews models list` does not pay for importing
Scrapy and `provnews crawl` does not pay for the translation engine.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from provnews import __version__
from provnews.errors import EXIT_DAMAGED, CLIError

# command name -> the module under provnews.commands that defines `<name>_command`
COMMANDS = {
    "sites": "sites",
    "crawl": "crawl",
    "parse": "parse",
    "export": "export",
    "search": "search",
    "reindex": "search",
    "models": "models",
    "translate": "translate",
    "serve": "serve",
    "run": "run",
    "doctor": "doctor",
    "demo": "demo",
    "reparse": "reparse",
    "show": "show",
    "health": "health",
    "pair": "pair",
    "evaluate": "evaluate",
    "backup": "backup",
    "users": "users",
    "worker": "worker",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module_name = COMMANDS.get(name)
        if module_name is None:
            return None
        module = importlib.import_module(f"provnews.commands.{module_name}")
        return getattr(module, f"{name}_command")

    def invoke(self, ctx: click.Context) -> Any:
        """Any command that meets a damaged archive ends with one line and exit 65 (EXIT_DAMAGED).

        The archive raises `ArchiveDamaged` when opening finds the damage; a query that reads a
        damaged page later raises SQLite's own error. Either may reach here as it is, or as the
        cause of the error a command turned it into (many turn every ArchiveError into a usage
        error), so the whole chain is searched.
        """
        try:
            return super().invoke(ctx)
        except click.exceptions.Exit:
            raise
        except Exception as exc:
            message = _damage_line(exc, ctx)
            if message is None:
                raise
            raise CLIError(message, EXIT_DAMAGED) from None


def _damage_line(exc: BaseException | None, ctx: click.Context) -> str | None:
    """The message of the `ArchiveDamaged` that `exc` is or was caused by; None if there is none."""
    from archive import ArchiveDamaged
    from archive.db import damage, is_corruption
    from provnews.commands.options import ARCHIVE_META

    path = ctx.meta.get(ARCHIVE_META)  # the command's archive, noted when it resolved --db
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        found = exc if isinstance(exc, ArchiveDamaged) else damage(path, exc) if path is not None else None
        if isinstance(found, ArchiveDamaged):
            return str(found)
        if path is None and is_corruption(exc):
            return (f"the archive is damaged ({exc}): stop writing to it;"
                    " `provnews doctor --db PATH` gives the commands that recover it")
        exc = exc.__cause__ or exc.__context__
    return None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provnews")
def cli() -> None:
    """Crawl provincial-government news into a dated SQLite archive, translate it offline, review it.

    Example:

    \b
        provnews crawl zj-zh --db news.db && provnews translate --db news.db
    """


def main() -> None:
    # Chinese text must print on any terminal, and through pipes under cron.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    cli(prog_name="provnews")
