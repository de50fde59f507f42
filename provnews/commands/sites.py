"""`provnews sites`: the configured sites (built-in and from PROVNEWS_SITES_DIR)."""

from __future__ import annotations

import json

import click

from provnews.errors import EXIT_USAGE, CLIError
from provnews.tables import text_table


@click.command(name="sites")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
def sites_command(as_json: bool) -> None:
    """List the sites: name, language, CMS, list kind, confidence, fetch (plain or a browser), start URL.

    `--json` adds each site's title and evidence (where its facts come from).

    A site is a file crawler/sites/NAME.toml; add directories of your own with PROVNEWS_SITES_DIR.

    Example:

        provnews sites --json
    """
    from crawler.siteconfig import SiteConfigError, load_sites

    try:
        sites = load_sites()
    except SiteConfigError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    rows = [{"name": s.name, "lang": s.lang, "cms": s.cms, "pagination": s.pagination.kind,
             "enabled": s.enabled, "title": s.title, "start_urls": s.start_request_urls,
             "confidence": s.confidence, "fetch": s.fetch, "evidence": s.evidence}
            for s in sites.values()]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = [("name", "lang", "cms", "list kind", "confidence", "fetch", "start URL")] + [
        (r["name"] + ("" if r["enabled"] else " (disabled)"), r["lang"], r["cms"] or "-", r["pagination"],
         r["confidence"], r["fetch"], r["start_urls"][0]) for r in rows]
    click.echo(text_table(table, numbers=False))
