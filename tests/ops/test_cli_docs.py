"""Every command has help with an example, the example survives click's rewrapping, and the
README names the command."""

from __future__ import annotations

import inspect
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from provnews.cli import COMMANDS, cli

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group = cli, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    """Every command and subcommand under `group`, nested groups included, with its path."""
    ctx = click.Context(group)
    found = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        found.append(((*path, name), command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, (*path, name)))
    return found


ALL = [((), cli), *_commands()]


def example_lines(doc: str) -> list[str]:
    """The lines of the indented block(s) under `Example:` in a docstring, `\\b` markers left out."""
    lines = inspect.cleandoc(doc).splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "Example:") + 1
    block = []
    for line in lines[start:]:
        if line.strip() == "\b" or not line.strip():
            continue
        if not line[0].isspace():
            break  # prose after the example
        block.append(line.strip())
    return block


def test_every_command_is_covered():
    paths = {path for path, _ in ALL}
    assert {(name,) for name in COMMANDS} <= paths
    assert ("models", "install") in paths  # nested groups are walked


@pytest.mark.parametrize("path,command", ALL, ids=[" ".join(p) or "provnews" for p, _ in ALL])
def test_help_shows_each_example_line_unwrapped(path, command):
    # a narrow terminal: an example that fits 80 columns only by luck must be marked too
    result = CliRunner().invoke(cli, [*path, "-h"], terminal_width=40)
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    examples = example_lines(command.help or "")
    assert examples, f"{' '.join(path) or 'provnews'}: no example under `Example:`"
    shown = {line.strip() for line in result.output.splitlines()}
    for line in examples:
        assert line in shown, (f"example line rewrapped by click (put a line holding only \\b before its"
                               f" paragraph): {line!r}\n{result.output}")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_readme_mentions_the_command(name):
    assert f"provnews {name}" in README


def test_serve_help_names_the_feeds_and_the_accounts():
    output = CliRunner().invoke(cli, ["serve", "-h"], terminal_width=80).output
    for url in ("/feeds/all.atom", "/feeds/site/SITE.atom", "/feeds/province/CODE.atom",
                "/feeds/search.atom?q=QUERY", "docs/feeds.md"):
        assert url in output, url
    text = " ".join(output.split())   # as read, whatever the wrapping
    for words in ("Accounts (--auth)", "reader", "reviewer", "editor", "provnews users add NAME --role editor",
                  "?token=TOKEN", "provnews users token NAME", "docs/review.md"):
        assert words in text, words
