"""`provnews sites`: the configured sites (built-in and from PROVNEWS_SITES_DIR)."""

from __future__ import annotations

import json

import click

from provnews.commands.options import base_url_option, config_option, selection_options, settings_option
from provnews.errors import EXIT_USAGE, CLIError
from provnews.tables import province_name, text_table


@click.command(name="sites")
@selection_options
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.option("--check", is_flag=True,
              help="Fetch one list page and one article of each SITE (default: the selection in the config, else"
                   " every enabled site) and report which rule gave each field.")
@base_url_option
@settings_option
@config_option
def sites_command(sites: tuple[str, ...], provinces: tuple[str, ...], langs: tuple[str, ...], as_json: bool,
                  check: bool, base_urls: tuple[str, ...], overrides: tuple[str, ...]) -> None:
    """List the sites: name, language, CMS, list kind, confidence, fetch (plain or a browser), start URL.

    `--json` adds each site's title and evidence (where its facts come from).

    A site is a file crawler/sites/NAME.toml; add directories of your own with PROVNEWS_SITES_DIR.

    With --check, first contact with the live portal: per field, whether the site rule, a CMS
    convention or the generic fallback matched, and what was extracted; a blocked or moved column
    is named (HTTP 412 with a script: needs a browser; 403: blocked; no entries: moved or the
    list selectors miss). Exit status 1 when a site does not fit.

    Example:

    \b
        provnews sites --json
        provnews sites --check gz-zh js-zh
    """
    if check:
        from provnews.commands._probe import check_sites

        check_sites((sites, provinces, langs), base_urls, overrides, as_json)
        return
    from crawler.siteconfig import SiteConfigError, load_sites

    try:
        configured = load_sites()
    except SiteConfigError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    if sites or provinces or langs:
        raise CLIError("sites, --province and --lang are only taken with --check (provnews sites --check SITE...)",
                       EXIT_USAGE)
    rows = [{"name": s.name, "lang": s.lang, "cms": s.cms, "pagination": s.pagination.kind,
             "enabled": s.enabled, "title": s.title, "start_urls": s.start_request_urls,
             "confidence": s.confidence, "fetch": s.fetch, "evidence": s.evidence}
            for s in configured.values()]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = [("name", "province", "lang", "cms", "list kind", "confidence", "fetch", "start URL")] + [
        (r["name"] + ("" if r["enabled"] else " (disabled)"), province_name(r["name"]), r["lang"], r["cms"] or "-", r["pagination"],
         r["confidence"], r["fetch"], r["start_urls"][0]) for r in rows]
    click.echo(text_table(table, numbers=False))
