"""`provnews demo`: a newcomer's first run, with no internet needed."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from provnews.commands.options import db_option
from provnews.errors import EXIT_LOCKED, EXIT_USAGE, CLIError

FEED_URL = "http://127.0.0.1:8000/feeds/all.atom"


@click.command("demo")
@db_option(default=Path("provnews-demo.db"),
           help="The demo archive (never $PROVNEWS_DB or the config's `db`: the demo archives its mirrors' pages).")
@click.option("--log-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also log to this file (the run's progress and exit code).")
@click.option("-v", "--verbose", count=True, help="Log lines on the terminal too (-v: INFO, -vv: DEBUG).")
def demo_command(db_path: Path, log_file: Path | None, verbose: int) -> None:
    """Serve the bundled mirror sites on 127.0.0.1, crawl them, translate if a model is installed.

    Every configured site has a mirror (Hanweb, TRS, Ucap, China Daily and the other CMS
    families) with the broken pages real portals serve (soft 404s, dead links), so the summary
    shows failures on purpose. Run it again: the second crawl fetches no article twice.

    Example:

    \b
        provnews demo && provnews serve --db provnews-demo.db
    """
    from archive import ArchiveError
    from crawler.siteconfig import load_sites
    from provnews.config import Config
    from provnews.interruption import reported
    from provnews.lock import LockHeld, RunLock
    from provnews.logs import setup_logging
    from provnews.mirror import ALL_SITE_NAMES, serve
    from provnews.runner import run

    from .options import refuse_damaged_archive
    from .run import _summary_table

    refuse_damaged_archive(db_path)  # as `provnews run`: never crawl into a damaged file
    setup_logging(log_file, verbose)
    configured = load_sites()
    names = [site for site in ALL_SITE_NAMES if site in configured]
    servers = [serve(site) for site in names]
    config = Config(base_urls={site: url for site, (_, url) in zip(names, servers)})
    click.echo(f"serving {len(names)} mirrors on 127.0.0.1 ({servers[0][1]} … {servers[-1][1]})")
    # The mirrors are local: no need to be polite to them.
    settings = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0}
    try:
        with reported("demo"), RunLock(db_path):
            result = run(db_path, names, config, settings=settings, failures_expected=True)
    except LockHeld as exc:
        raise CLIError(f"{exc}: wait for it to finish", EXIT_LOCKED) from None
    except ArchiveError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    finally:
        for server, _ in servers:
            server.stop()
    click.echo(_summary_table(result))
    click.echo(result.translation_note)
    click.echo(f"\nArchive: {db_path}. Review it in a browser:\n\n    provnews serve --db {db_path}\n")
    click.echo(f"Search it:  provnews search 乡村振兴 --db {db_path}")
    click.echo(f"Follow it in a feed reader, while `provnews serve` runs:  {FEED_URL}")
    sys.exit(result.exit_code)  # 0: the mirrors' failures are deliberate (and logged as such)
