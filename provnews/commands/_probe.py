"""`provnews sites --check`: argument handling and output around `provnews.probe`."""

from __future__ import annotations

import json
import sys

import click

from provnews.errors import EXIT_SOME_FAILED, EXIT_USAGE, CLIError


def check_sites(names: tuple[str, ...], base_urls: tuple[str, ...], overrides: tuple[str, ...],
                as_json: bool) -> None:
    from crawler.siteconfig import load_sites
    from provnews.crawling import CrawlConfigError, parse_setting, resolve_sites
    from provnews.probe import probe_sites, render

    try:
        chosen = resolve_sites(names)
        settings = dict(parse_setting(text) for text in overrides)
    except CrawlConfigError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    urls = {}
    for value in base_urls:
        site, sep, url = value.partition("=")
        if not sep or site not in chosen:
            raise CLIError(f"--base-url {value!r}: expected SITE=URL for a site being checked", EXIT_USAGE)
        urls[site] = url
    sites = load_sites()
    reports = probe_sites([sites[name] for name in chosen], urls, settings)
    if as_json:
        click.echo(json.dumps([r.to_json() for r in reports], ensure_ascii=False, indent=2))
    else:
        for report in reports:
            click.echo("\n".join(render(report)))
    if not all(r.fits for r in reports):
        sys.exit(EXIT_SOME_FAILED)
