"""`provnews crawl`: fetch new articles of the configured sites into the archive."""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from provnews.errors import EXIT_BROKER_LOST, EXIT_LOCKED, EXIT_SOME_FAILED, EXIT_USAGE, CLIError
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
    parse_settings,
    selection_options,
    settings_option,
)

_COLUMNS = ("list_pages", "article_requests", "new", "changed", "unchanged", "failed", "duration_s")


def _table(stats: dict[str, dict[str, Any]]) -> str:
    return text_table([("site", "province", *_COLUMNS)]
                      + [(site, province_name(site), *(s[c] for c in _COLUMNS)) for site, s in stats.items()],
                      labels=2)


@click.command(name="crawl")
@selection_options
@db_option(creates=True)
@base_url_option
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="At most this many list pages per column (bounds a backfill).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Skip list entries dated before this day; stop paging once a page is all older.")
@click.option("--refresh", is_flag=True, help="Fetch archived articles again (changes become revisions).")
@click.option("--no-raw", is_flag=True,
              help="Do not keep the fetched pages (default: `keep_raw` in [crawl] of the config, else keep them,"
                   " see docs/raw-pages.md).")
@settings_option
@broker_option
@click.option("--json", "as_json", is_flag=True,
              help="Print the per-site counts as JSON (with --broker, each site's `worker` too).")
@click.option("-v", "--verbose", count=True, help="Show Scrapy's log (-v: INFO, -vv: DEBUG).")
def crawl_command(sites: tuple[str, ...], db_path: Path | None, provinces: tuple[str, ...],
                  langs: tuple[str, ...], base_urls: tuple[str, ...],
                  max_pages: int | None, since: dt.datetime | None, refresh: bool, no_raw: bool,
                  overrides: tuple[str, ...], broker: str | None,
                  as_json: bool, verbose: int) -> None:
    """Crawl SITE... (default: the selection in provnews.toml, else every enabled site) and
    archive new articles. --province and --lang choose sites by province code and language.

    Only articles not yet archived are fetched; a column stops at the first list page whose
    entries are all archived. Pages that cannot be archived are recorded as failures and the
    crawl goes on; exit status 1 when any page failed or a site listed nothing, 130 / 143 when
    stopped by SIGINT / SIGTERM (the next crawl resumes where this one stopped).

    Example:

    \b
        provnews crawl zj-zh gz-zh --db news.db --max-pages 5

    \b
        provnews crawl zj-zh --base-url http://127.0.0.1:8000 --db news.db

    \b
        provnews crawl --province js,zj --lang en --db news.db

    \b
        PROVNEWS_BROKER=redis://:s3cret@10.0.0.5:6379/0 provnews crawl --db news.db
    """
    from archive import ArchiveError
    from provnews.crawling import CrawlConfigError, run_crawl
    from provnews.interruption import check, reported
    from provnews.lock import LockHeld, RunLock
    from provnews.scale.broker import BrokerError

    from .options import refuse_damaged_archive

    # -v counts as a setting given on the command line: -s LOG_LEVEL=... still wins.
    verbosity = {"LOG_LEVEL": ("INFO", "DEBUG")[min(verbose, 2) - 1]} if verbose else {}
    config = command_config(**chosen(sites, provinces, langs), scale={"broker": broker},
                            crawl={"keep_raw": False if no_raw else None,
                                   "settings": {**verbosity, **parse_settings(overrides)}})
    path = configured_archive_path(db_path, config)
    refuse_damaged_archive(path)  # reads the whole file; a damaged one: one line, exit 65
    names = choose_sites(config, base_urls, on_command_line=bool(sites or provinces or langs))
    # site_time_limit as in `provnews run`: one stalled portal never holds up the others.
    settings: dict[str, Any] = {"LOG_LEVEL": "WARNING", "PROVNEWS_PROGRESS": sys.stderr.isatty(),
                                **config.crawl.scrapy_settings()}
    if refresh:
        settings["PROVNEWS_REFRESH"] = True
    workers = dispatcher(config)  # None: crawl here
    try:
        with reported("crawl"), RunLock(path):
            if workers is None:
                stats = run_crawl(names, path, base_urls=config.base_urls, max_pages=max_pages,
                                  since=since.date() if since else None, settings=settings)
            else:
                from provnews.scale.writer import crawl_on_workers

                stats = crawl_on_workers(workers, names, path, base_urls=config.base_urls, max_pages=max_pages,
                                         since=since.date() if since else None, settings=settings)
            check(archived=sum(s["new"] + s["changed"] for s in stats.values()))
    except LockHeld as exc:
        raise CLIError(f"{exc}: wait for it to finish", EXIT_LOCKED) from None
    except BrokerError as exc:  # the broker went away: what was received is archived
        raise CLIError(str(exc), EXIT_BROKER_LOST) from None
    except (CrawlConfigError, ArchiveError) as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    # (each site's `health` is crawler.health_stats.HealthCounts: printed as its fields)
    click.echo(json.dumps(stats, ensure_ascii=False, indent=2, default=asdict) if as_json else _table(stats))
    errors = [f"{site}: not crawled: {s['error']}" for site, s in stats.items() if s.get("error")]
    if errors:
        raise CLIError("; ".join(errors), EXIT_SOME_FAILED)
    skipped = [f"{site}: skipped: {s['skipped']}" for site, s in stats.items() if s.get("skipped")]
    if skipped:
        raise CLIError("; ".join(skipped), EXIT_SOME_FAILED)
    empty = [site for site, s in stats.items() if s["empty"]]
    failed = sum(s["failed"] for s in stats.values())
    if empty:
        from crawler.health_stats import empty_list_cause

        # The cause the crawl saw (DNS, 403, 412 with a script, a 404 column, 200 with no entries).
        causes = [f"no list entries found for {site}: {empty_list_cause(stats[site]['health']).line()}"
                  for site in empty]
        raise CLIError("; ".join(causes) + f" (check with `provnews sites --check {' '.join(empty)}`)",
                       EXIT_SOME_FAILED)
    if failed:
        raise CLIError(f"{failed} page(s) could not be archived: see the failures table"
                       f" (sqlite-utils {path} 'select url, reason from failures order by id desc')",
                       EXIT_SOME_FAILED)
