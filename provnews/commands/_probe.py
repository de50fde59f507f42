"""`provnews sites --check`: argument handling and output around `provnews.probe`."""

from __future__ import annotations

import json
import sys

import click

from provnews.errors import EXIT_SOME_FAILED


def check_sites(selection: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], base_urls: tuple[str, ...],
                overrides: tuple[str, ...], as_json: bool) -> None:
    """Probe the sites chosen (SITE..., --province, --lang; else the config's selection) through
    `[base_urls]` and `--base-url`, with `[crawl.settings]` and `-s` over the probe's own settings."""
    from crawler.siteconfig import load_sites
    from provnews.probe import probe_sites, render

    from .options import choose_sites, chosen, command_config, parse_settings

    config = command_config(**chosen(*selection), crawl={"settings": parse_settings(overrides)})
    chosen_sites = choose_sites(config, base_urls, on_command_line=any(selection))
    sites = load_sites()
    reports = probe_sites([sites[name] for name in chosen_sites], config.base_urls, config.crawl.settings)
    if as_json:
        click.echo(json.dumps([r.to_json() for r in reports], ensure_ascii=False, indent=2))
    else:
        for report in reports:
            click.echo("\n".join(render(report)))
    if not all(r.fits for r in reports):
        sys.exit(EXIT_SOME_FAILED)
