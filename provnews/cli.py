"""The `provnews` command: a click group whose commands live in `provnews/commands/`.

Commands are imported only when called, so `provnews models list` does not pay for importing
Scrapy and `provnews crawl` does not pay for the translation engine.
"""

from __future__ import annotations

import importlib
import sys

import click

from provnews import __version__

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


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provnews")
def cli() -> None:
    """Crawl provincial-government news into a dated SQLite archive, translate it offline, review it.

    Example:

        provnews crawl zj-zh --db news.db && provnews translate --db news.db
    """


def main() -> None:
    # Chinese text must print on any terminal, and through pipes under cron.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    cli(prog_name="provnews")
