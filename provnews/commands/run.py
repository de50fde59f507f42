"""`provnews run`: the daily cron job."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from provnews.errors import EXIT_BROKER_LOST, EXIT_LOCKED, EXIT_USAGE, CLIError
from provnews.tables import province_name, text_table

from .options import (
    base_url_option,
    broker_option,
    choose_sites,
    chosen,
    command_config,
    configured_archive_path,
    db_option,
    dispatcher,
    models_dir_option,
    parse_settings,
    selection_options,
    settings_option,
)


def _summary_table(result) -> str:
    columns = ("list_pages", "new", "changed", "failed", "translated", "duration_s")
    lines = [text_table([("site", "province", *columns)]
                        + [(s.site, province_name(s.site), *(getattr(s, c) for c in columns)) for s in result.sites],
                        labels=2)]
    for s in result.sites:
        lines.extend(f"{s.site}: {problem}" for problem in s.problems)
        lines.extend(f"ALARM {alarm}" for alarm in s.lines)
    return "\n".join(lines)


@click.command("run")
@selection_options
@db_option(creates=True)
@base_url_option
@click.option("--no-translate", is_flag=True, help="Crawl only.")
@click.option("--log-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also log to this file, rotated at 5 MB (5 kept) (default: `log_file` in the config).")
@models_dir_option
@settings_option
@broker_option
@click.option("--json", "as_json", is_flag=True,
              help="Print the summary as JSON (with --broker, each site's `worker` too).")
@click.option("-v", "--verbose", count=True,
              help="Log lines on the terminal too (-v: INFO, -vv: DEBUG); --log-file always gets INFO.")
def run_command(sites: tuple[str, ...], db_path: Path | None, provinces: tuple[str, ...], langs: tuple[str, ...],
                base_urls: tuple[str, ...], no_translate: bool, log_file: Path | None, models_dir: Path | None,
                overrides: tuple[str, ...], broker: str | None, as_json: bool, verbose: int) -> None:
    """Crawl the enabled sites (or SITE..., --province, --lang, or the selection kept in
    provnews.toml), translate what is pending, print a summary per site.

    Exit status: 0 all well; 1 finished with some failures or a health alarm (`provnews health`);
    2 usage or configuration error;
    65 the archive is damaged: nothing was written (`provnews doctor` gives the fix);
    75 another run holds the lock, or the --broker went away mid-run (cron can simply try again
    later: what was received is archived);
    130 / 143 stopped by SIGINT (Ctrl-C) / SIGTERM: what was archived stays, the next run resumes.

    Example:

    \b
        provnews run --db ~/provnews/news.db --log-file ~/provnews/provnews.log

    \b
        provnews run --province js,zj --lang en --db news.db

    \b
        PROVNEWS_BROKER=redis://:s3cret@10.0.0.5:6379/0 provnews run --db news.db --json
    """
    from archive import ArchiveError
    from provnews.crawling import CrawlConfigError
    from provnews.interruption import reported
    from provnews.lock import LockHeld, RunLock
    from provnews.logs import setup_logging
    from provnews.runner import run
    from provnews.scale.broker import BrokerError

    config = command_config(**chosen(sites, provinces, langs), log_file=log_file, scale={"broker": broker},
                            crawl={"settings": parse_settings(overrides)}, translation={"models_dir": models_dir})
    path = configured_archive_path(db_path, config)
    from .options import refuse_damaged_archive
    refuse_damaged_archive(path)  # reads the whole file; a damaged one: one line, exit 65
    setup_logging(config.log_file, verbose)
    names = choose_sites(config, base_urls, on_command_line=bool(sites or provinces or langs))

    tty = sys.stderr.isatty()
    # Progress bars on a terminal, unless a setting says otherwise.
    settings = {} if "PROVNEWS_PROGRESS" in config.crawl.settings else {"PROVNEWS_PROGRESS": tty}

    def progress():
        from provnews.progress import make_progress

        return make_progress(tty)

    workers = dispatcher(config)  # None: crawl and translate here
    try:
        with reported("run"), RunLock(path):
            result = run(path, names, config, settings=settings, translate=not no_translate,
                         progress_factory=progress, dispatcher=workers)
    except LockHeld as exc:
        raise CLIError(f"{exc}: not starting a second run", EXIT_LOCKED) from None
    except BrokerError as exc:  # the run is recorded with what was received
        raise CLIError(str(exc), EXIT_BROKER_LOST) from None
    except (CrawlConfigError, ArchiveError) as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    if as_json:
        import json

        sites_json = [{**s.summary(), **({"worker": result.workers.get(s.site)} if result.workers is not None else {})}
                      for s in result.sites]
        click.echo(json.dumps({"run_id": result.run_id, "exit_code": result.exit_code, "sites": sites_json,
                               "translation": result.translation_note}, ensure_ascii=False, indent=2))
    else:
        click.echo(_summary_table(result))
        click.echo(result.translation_note)
    sys.exit(result.exit_code)
