"""`provnews parse FILE`: run the crawl's extraction on a saved page and print what it finds."""

from __future__ import annotations

import json
from pathlib import Path

import click

from provnews.errors import EXIT_SOME_FAILED, EXIT_USAGE, CLIError


@click.command("parse")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--url", help="The page's URL (resolves links and multi-page articles); default: the file's URI.")
@click.option("--site", "site_name", help="Apply this configured site's extraction rules (see `provnews sites`).")
@click.option("--charset", help="Treat the page as served with this charset (like an HTTP Content-Type header).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (the default output).")
@click.option("--all-fields", is_flag=True, help="Also print the field rules (date_rule, title_rule, ...), paragraph kinds, charset and page_urls.")
def parse_command(file: Path, url: str | None, site_name: str | None, charset: str | None, as_json: bool,
                  all_fields: bool) -> None:
    """Extract title, date, source and paragraphs from a saved article page, as the crawl does.

    Example:

    \b
        provnews parse saved.html --url https://www.zj.gov.cn/art/2026/11/20/art_1554467_1.html --site zj-zh
    """
    from crawler.extract import ExtractionError, extract_page

    try:
        body = file.read_bytes()
    except OSError as exc:
        raise CLIError(f"cannot read {file}: {exc.strerror or exc}; check the path", EXIT_USAGE) from None
    site = _load_site(site_name) if site_name else None
    headers = {"Content-Type": f"text/html; charset={charset}"} if charset else None
    try:
        page = extract_page(body, url or file.resolve().as_uri(), headers, site)
    except ExtractionError as exc:
        raise CLIError(f"{exc.reason} ({file})", EXIT_SOME_FAILED) from None
    data = page.to_json()
    if all_fields:
        data.update(date_rule=page.date_rule, title_rule=page.title_rule, body_rule=page.body_rule,
                    source_rule=page.source_rule, charset=page.charset, lossy=page.lossy, page_urls=page.page_urls,
                    paragraph_kinds=[p.kind for p in page.paragraphs])
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _load_site(name: str):
    try:
        from crawler.siteconfig import SiteConfigError, get_site
    except ImportError:  # the site registry is optional for parsing: say so rather than crash
        raise CLIError("site configurations are not available in this installation; drop --site", EXIT_USAGE) from None
    try:
        return get_site(name)
    except SiteConfigError as exc:
        raise CLIError(f"{exc}; see `provnews sites`", EXIT_USAGE) from None
