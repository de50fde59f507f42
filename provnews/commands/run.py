"""`provnews run`: the daily cron job."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from provnews.errors import EXIT_LOCKED, EXIT_USAGE, CLIError
from provnews.tables import text_table


def _summary_table(result) -> str:
    columns = ("list_pages", "new", "changed", "failed", "translated", "duration_s")
    lines = [text_table([("site", *columns)] + [(s.site, *(getattr(s, c) for c in columns)) for s in result.sites])]
    for s in result.sites:
        lines.extend(f"{s.site}: {problem}" for problem in s.problems)
        lines.extend(f"ALARM {alarm}" for alarm in s.lines)
    return "\n".join(lines)


@click.command("run")
@click.argument("sites", nargs=-1)
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Archive file, created if missing (default: $PROVNEWS_DB, then `db` in provnews.toml).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file (default: $PROVNEWS_CONFIG, ./provnews.toml, the user config dir).")
@click.option("--province", "provinces", multiple=True, metavar="CODES",
              help="Every enabled site of these provinces (ISO 3166-2:CN codes, comma-separated: js,zj).")
@click.option("--lang", "langs", multiple=True, metavar="LANGS",
              help="Only sites in these languages (zh, en; comma-separated).")
@click.option("--base-url", "base_urls", multiple=True, metavar="SITE=URL",
              help="Fetch SITE through a mirror or proxy (repeatable; also `[base_urls]` in the config).")
@click.option("--no-translate", is_flag=True, help="Crawl only.")
@click.option("--log-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also log to this file, rotated at 5 MB (5 kept).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="KEY=VALUE",
              help="Override a Scrapy/provnews setting for this run (repeatable).")
@click.option("-v", "--verbose", count=True, help="More log lines.")
def run_command(sites: tuple[str, ...], db_path: Path | None, config_path: str | None,
                provinces: tuple[str, ...], langs: tuple[str, ...], base_urls: tuple[str, ...], no_translate: bool, log_file: Path | None,
                overrides: tuple[str, ...], verbose: int) -> None:
    """Crawl the enabled sites (or SITE..., --province, --lang, or the selection kept in
    provnews.toml), translate what is pending, print a summary per site.

    Exit status: 0 all well; 1 finished with some failures or a health alarm (`provnews health`);
    2 usage or configuration error;
    65 the archive is damaged: nothing was written (`provnews doctor` gives the fix);
    75 another run holds the lock (cron can simply try again later);
    130 / 143 stopped by SIGINT (Ctrl-C) / SIGTERM: what was archived stays, the next run resumes.

    Example:

    \b
        provnews run --db ~/provnews/news.db --log-file ~/provnews/provnews.log

    \b
        provnews run --province js,zj --lang en --db news.db
    """
    from provnews.config import ConfigError, load_config
    from archive import ArchiveError
    from provnews.crawling import CrawlConfigError, parse_setting, resolve_sites
    from provnews.interruption import reported
    from provnews.lock import LockHeld, RunLock
    from provnews.logs import setup_logging
    from provnews.runner import run

    try:
        config = load_config(config_path)
    except ConfigError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    path = db_path or config.db
    if path is None:
        raise CLIError("no archive given: pass --db PATH, set PROVNEWS_DB or `db` in provnews.toml", EXIT_USAGE)
    from ._archive_option import refuse_damaged_archive
    refuse_damaged_archive(path)  # reads the whole file; a damaged one: one line, exit 65
    setup_logging(log_file or config.log_file, verbose)
    try:
        if sites or provinces or langs:
            names = resolve_sites(sites, provinces, langs)
        else:
            names = resolve_sites(config.sites or (), config.provinces or (), config.langs or ())
        settings = dict(parse_setting(text) for text in overrides)
    except CrawlConfigError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    for value in base_urls:
        site, sep, url = value.partition("=")
        if not sep or site not in names:
            raise CLIError(f"--base-url {value!r}: expected SITE=URL for a site in this run", EXIT_USAGE)
        config.base_urls[site] = url

    tty = sys.stderr.isatty()
    settings.setdefault("PROVNEWS_PROGRESS", tty)

    def progress():
        from provnews.progress import make_progress

        return make_progress(tty)

    try:
        with reported("run"), RunLock(path):
            result = run(path, names, config, settings=settings, translate=not no_translate,
                         progress_factory=progress)
    except LockHeld as exc:
        raise CLIError(f"{exc}: not starting a second run", EXIT_LOCKED) from None
    except (CrawlConfigError, ArchiveError) as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    click.echo(_summary_table(result))
    click.echo(result.translation_note)
    sys.exit(result.exit_code)
