"""`provnews search` and `provnews reindex`: the archive's full-text search from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import click

from provnews.commands.options import check_site, db_option, open_existing_archive
from provnews.errors import EXIT_USAGE, CLIError


@click.command(name="search")
@click.argument("query")
@db_option
@click.option("--site", default=None, help="Only this site's articles.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default=None, help="Only Chinese or only English articles.")
@click.option("--since", default=None, metavar="DATE", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", default=None, metavar="DATE", help="Published on or before this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Most results to show.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many results (paging).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of results.")
@click.option("--nl", "as_lines", is_flag=True, help="Print one JSON object per line.")
def search_command(query: str, db_path: Path | None, site: str | None, lang: str | None, since: str | None,
                   until: str | None, limit: int, offset: int, as_json: bool, as_lines: bool) -> None:
    """Search titles and bodies, Chinese and their English translations.

    Terms are AND-ed; "quoted phrase" is one term; -term excludes. Terms of any length work
    (会议 as well as 乡村振兴); case is ignored for Latin letters. Hits are marked [like this].

    Example:

    \b
        provnews search '乡村振兴 -会议' --db news.db --since 2024-01-01
    """
    from archive.period import FilterError
    from archive.search import count, search
    from provnews.tables import site_label

    with open_existing_archive(db_path) as archive:
        check_site(site, archive.db)
        try:
            results = search(archive.db, query, site=site, lang=lang, since=since, until=until,
                             limit=limit, offset=offset)
            # The total only costs a second query when this page may not be all of it.
            total = (count(archive.db, query, site=site, lang=lang, since=since, until=until)
                     if results and (len(results) == limit or offset) else offset + len(results))
        except FilterError as exc:  # a bad query or date: the user's to fix
            raise CLIError(str(exc), EXIT_USAGE) from None
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    elif as_lines:
        for result in results:
            click.echo(json.dumps(result, ensure_ascii=False))
    elif not results:
        click.echo("No articles match.", err=True)
    else:
        for result in results:
            date = (result["published_at"] or "")[:10] or "----------"
            click.echo(f"{date}  {site_label(result['site'])}  {result['title']}")
            if result["title_translation"]:
                click.echo(f"            {result['title_translation']}")
            if result["snippet"]:
                click.echo(f"            {result['snippet']}")
            click.echo(f"            {result['url']}")
        note = _shown(len(results), offset, total)
        if note:
            click.echo(note, err=True)


def _shown(n: int, offset: int, total: int) -> str | None:
    """"showing 20 of 36 (use --limit)" when this page is not every match; None when it is."""
    if offset == 0 and n >= total:
        return None
    if offset == 0:
        return f"showing {n} of {total} (use --limit)"
    return f"showing {offset + 1}-{offset + n} of {total} (use --limit and --offset)"


@click.command(name="reindex")
@db_option
def reindex_command(db_path: Path | None) -> None:
    """Rebuild the full-text index from the articles (after a bulk load with triggers off, or
    if `provnews doctor` finds the index out of step).

    Example:

    \b
        provnews reindex --db news.db
    """
    from archive.search import reindex

    with open_existing_archive(db_path) as archive:
        n = reindex(archive.db)
    click.echo(f"Reindexed {n} articles.")
