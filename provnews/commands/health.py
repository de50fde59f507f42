"""`provnews health`: each site's state after the last runs, and the alarms with their fix."""

from __future__ import annotations

import json
import sys

import click

from provnews.commands.options import check_site, db_option, open_existing_archive
from provnews.errors import EXIT_SOME_FAILED, EXIT_USAGE, CLIError
from provnews.tables import province_name, text_table


def _levels(levels: dict[str, int]) -> str:
    return " ".join(f"{level}:{n}" for level, n in sorted(levels.items(), key=lambda kv: -kv[1])) or "-"


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


@click.command(name="health")
@db_option
@click.option("--site", "site_name", default=None, help="One site's recent runs instead of every site's state.")
@click.option("--runs", "limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="With --site: how many recent runs.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def health_command(db_path, site_name: str | None, limit: int, as_json: bool) -> None:
    """Each site's health after its last run (healthy, alarm, failing, skipped) and the alarms.

    `provnews run` records the health of every site it crawls; an alarm compares the run with the
    site's own last healthy runs (thresholds: `[health]` in the site file). Exit status 1 when a
    site's last run raised an alarm.

    Example:

    \b
        provnews health --db news.db
        provnews health --db news.db --site gz-zh --json
    """
    from crawler.siteconfig import SiteConfigError, load_sites
    from provnews.health import overview, recent

    try:
        sites = load_sites()
    except SiteConfigError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    with open_existing_archive(db_path) as archive:
        if site_name:
            check_site(site_name, archive.db)
            rows = recent(archive.db, site_name, limit)
        else:
            rows = overview(archive.db, sites)
    if as_json:
        click.echo(json.dumps([r.site_health() for r in rows], ensure_ascii=False, indent=2))
    elif site_name:
        if not rows:
            click.echo(f"{site_name}: no run recorded yet (`provnews run {site_name}` records one)")
        table = [("run", "at", "state", "entries", "new", "changed", "failed", "body rules", "date only",
                  "median body", "statuses", "s")]
        table += [(r.run_id, r.at, r.state, r.list_entries, r.new, r.changed, r.failed,
                   _levels(r.rule_levels.get("body", {})), _share(r.date_only_share),
                   "-" if r.median_body is None else r.median_body, _levels(r.statuses), r.crawl_s)
                  for r in rows]
        click.echo(text_table(table, numbers=False))
        for r in rows:
            for line in r.lines:
                click.echo(f"run {r.run_id}: {line}")
    else:
        table = [("site", "province", "state", "last run", "entries", "new", "failed", "alarms")]
        table += [(r.site, province_name(r.site), r.state, r.at or "-", *((r.list_entries, r.new, r.failed) if r.at else "---"),
                   len(r.lines) if r.state != "skipped" else r.alarms[0]["line"]) for r in rows]
        click.echo(text_table(table, numbers=False))
        for r in rows:
            if r.state in ("alarm", "failing"):
                for line in r.lines:
                    click.echo(f"ALARM {line}")
    if any(r.state in ("alarm", "failing") for r in (rows[:1] if site_name else rows)):
        sys.exit(EXIT_SOME_FAILED)
