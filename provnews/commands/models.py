"""`provnews models`: install and list the offline translation packages (Argos format)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from provnews.commands.options import command_config, config_option, models_dir_option
from provnews.errors import CLIError
from translations.packages import DEFAULT_TIMEOUT


def _directory(models_dir: Path | None) -> Path:
    """--models-dir, else $PROVNEWS_MODELS_DIR, else `models_dir` in [translation] of the config,
    else the user's data directory."""
    return command_config(translation={"models_dir": models_dir}).translation.packages_dir()


@click.group("models")
def models_command() -> None:
    """Install and list offline translation models (Argos Translate packages).

    Packages live in $PROVNEWS_MODELS_DIR (default: the user's data directory), in the standard
    Argos layout, so `argospm` can fill it too. The zh→en package is translate-zh_en-1_9.argosmodel
    (version 1.9, about 74 MB), listed in the Argos package index; offline, download it from
    https://argos-net.com/v1/translate-zh_en-1_9.argosmodel on another machine.

    Example:

    \b
        provnews models install --file translate-zh_en-1_9.argosmodel && provnews models list
    """


@models_command.command("install")
@click.option("--file", "file_", type=click.Path(dir_okay=False, path_type=Path),
              help="Install this .argosmodel file (offline) instead of downloading.")
@click.option("--timeout", type=click.FloatRange(min=1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds to wait for an answer from the package index or download host.")
@models_dir_option
@config_option
def install_command(file_: Path | None, timeout: float, models_dir: Path | None) -> None:
    """Install the zh→en model from the Argos package index, or from a file (checked first, as
    `provnews models check` does).

    Example:

    \b
        provnews models install

    \b
        provnews models install --file ~/Downloads/translate-zh_en-1_9.argosmodel
    """
    from translations import packages
    from translations.errors import TranslationError

    directory = _directory(models_dir)
    try:
        if file_ is not None:
            packages.check_file(file_)
            model = packages.install_file(file_, directory)
        else:
            click.echo("Downloading the zh→en package from the Argos package index…", err=True)
            model = packages.install_from_index(directory=directory, timeout=timeout)
    except TranslationError as exc:
        raise CLIError(str(exc)) from exc
    click.echo(f"installed {model.name} {model.package_version} in {model.path}")


@models_command.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per package.")
@models_dir_option
@config_option
def list_command(as_json: bool, models_dir: Path | None) -> None:
    """List installed packages with their versions.

    Example:

    \b
        provnews models list
    """
    from translations import packages

    directory = _directory(models_dir)
    installed = packages.list_installed(directory)
    if as_json:
        for model in installed:
            click.echo(json.dumps({
                "name": model.name, "from": model.from_code, "to": model.to_code,
                "version": model.package_version, "id": model.id, "path": str(model.path),
                "problem": model.problem,
            }, ensure_ascii=False))
        return
    if not installed:
        click.echo(f"no models installed in {directory}: {packages.INSTALL_HINT}")
        return
    for model in installed:
        problem = f"  (unusable: {model.problem})" if model.problem else ""
        click.echo(f"{model.name}\t{model.package_version}\t{model.from_code}→{model.to_code}\t{model.path}{problem}")


@models_command.command("check")
@click.argument("file_", metavar="FILE", type=click.Path(dir_okay=False, path_type=Path))
def check_command(file_: Path) -> None:
    """Check a downloaded package file without installing it: one line, what it holds or what is
    wrong (not a zip, an incomplete download, another language pair, a missing file).

    Example:

    \b
        provnews models check ~/Downloads/translate-zh_en-1_9.argosmodel
    """
    from translations import packages
    from translations.errors import TranslationError

    try:
        model = packages.check_file(file_)
    except TranslationError as exc:
        raise CLIError(str(exc)) from exc
    click.echo(f"{file_}: {model.name} {model.package_version} ({model.from_code}→{model.to_code}),"
               " complete: install it with `provnews models install --file`")


@models_command.command("dir")
@models_dir_option
@config_option
def dir_command(models_dir: Path | None) -> None:
    """Print the packages directory.

    Example:

    \b
        ARGOS_PACKAGES_DIR="$(provnews models dir)" argospm install translate-zh_en
    """
    click.echo(str(_directory(models_dir)))
