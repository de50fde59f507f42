"""`provnews reparse`: re-extract archived articles from their stored raw pages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from provnews.commands.options import check_site, db_option, open_existing_archive
from provnews.errors import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, CLIError

# Enough failures to see the pattern; the rest are counted.
SHOWN_FAILURES = 10


@click.command(name="reparse")
@db_option
@click.option("--site", default=None, help="Only this site's articles.")
@click.option("--since", default=None, metavar="DATE",
              help="Only articles published on or after this date (YYYY-MM-DD).")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Extraction processes (default: one per CPU).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def reparse_command(db_path: Path | None, site: str | None, since: str | None, jobs: int | None,
                    as_json: bool) -> None:
    """Re-run the current extraction on the stored raw pages, without fetching anything.

    Articles whose title, date, source, author or paragraphs come out different get a new version
    (the earlier one is kept as a revision; translations of unchanged paragraphs are kept).
    Without --since, stored failures are retried from their raw pages, and those that now
    extract are archived.

    Example:

    \b
        provnews reparse --db news.db --site zj-zh --since 2024-01-01
    """
    from archive import ArchiveError
    from archive.period import FilterError, check_date
    from crawler.siteconfig import SiteConfigError
    from provnews.reparse import VERSIONED_FIELDS, reparse

    try:
        check_date(since, "--since")
    except FilterError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    check_site(site)  # reparse extracts with the site's configuration: it must have one
    progress = None
    if sys.stderr.isatty():
        def progress(report):  # noqa: ANN001
            click.echo(f"\r{report.articles} articles, {report.changed} changed", nl=False, err=True)
    with open_existing_archive(db_path) as archive:
        try:
            report = reparse(archive, site=site, since=since, jobs=jobs, progress=progress)
        except (ArchiveError, SiteConfigError) as exc:
            raise CLIError(str(exc)) from None
    if progress is not None:
        click.echo(err=True)
    for url, reason in report.failed[:SHOWN_FAILURES]:
        click.echo(f"failed: {url}: {reason}", err=True)
    if len(report.failed) > SHOWN_FAILURES:
        click.echo(f"... and {len(report.failed) - SHOWN_FAILURES} more failures", err=True)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        per_field = ", ".join(f"{name} {report.fields[name]}" for name in VERSIONED_FIELDS)
        click.echo(f"reparsed {report.articles} articles ({report.pages} pages) in {report.seconds:.1f} s,"
                   f" {report.pages_per_second:.0f} pages/s")
        click.echo(f"changed: {report.changed} ({per_field})")
        click.echo(f"unchanged: {report.unchanged}; without raw pages: {report.without_raw};"
                   f" failed: {len(report.failed)}"
                   + (f"; re-crawled meanwhile: {report.skipped}" if report.skipped else ""))
        if report.retried:
            click.echo(f"stored failures retried: {report.retried}, archived now: {report.recovered}")
    click.get_current_context().exit(EXIT_SOME_FAILED if report.failed else EXIT_OK)
