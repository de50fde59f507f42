"""`provnews export`: the archive as JSONL, CSV, TMX, WARC or an Atom feed, on stdout or into a file."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from provnews.commands.options import check_site, db_option, open_existing_archive
from provnews.errors import EXIT_USAGE, CLIError


@click.command(name="export")
@click.argument("query", required=False)
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "tmx", "warc", "atom"]), default="jsonl",
              show_default=True, help="jsonl: articles with aligned paragraphs; csv: one row per article;"
              " tmx: zh/en translation memory; warc: the stored raw pages; atom: a feed of the newest"
              " articles (those QUERY finds, if given), as `provnews serve` serves at /feeds/.")
@click.option("--since", default=None, metavar="DATE", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", default=None, metavar="DATE", help="Published on or before this date (YYYY-MM-DD).")
@click.option("--site", default=None, help="Only this site's articles.")
@click.option("--reviewed-only", is_flag=True,
              help="jsonl/csv: only articles a reviewer signed off; tmx: only reviewed units.")
@click.option("--pairs", "pairs", is_flag=True,
              help="jsonl/tmx: the parallel corpus instead: aligned official sentence pairs (docs/pairing.md).")
@click.option("--with-suggestions", "suggestions", is_flag=True,
              help="--pairs: also the pairs pairing only suggests (weaker evidence; may be wrong) besides the"
              " confirmed and strong ones.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="--pairs: only sentence pairs aligned with at least this confidence.")
@click.option("--limit", type=click.IntRange(1, 500), default=None,
              help="atom: entries in the feed (default: 50, as the served feeds).")
@click.option("--review-url", default="http://127.0.0.1:8000", show_default=True, metavar="URL",
              help="atom: where `provnews serve` runs, for each entry's link to its review page.")
@click.option("--bom", "--excel", "bom", is_flag=True,
              help="csv: start with a UTF-8 byte-order mark, so Excel reads the Chinese as UTF-8.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here (the file appears only once complete); default: stdout.")
def export_command(query: str | None, db_path: Path | None, fmt: str, since: str | None, until: str | None,
                   site: str | None, reviewed_only: bool, pairs: bool, suggestions: bool, min_confidence: float,
                   limit: int | None, review_url: str, bom: bool, output: Path | None) -> None:
    """Export articles, their translations and reviews, streamed (any archive size, little memory).

    --since/--until compare the publication date (the page's own date), both ends inclusive.
    --format atom writes the newest articles as an Atom feed (docs/feeds.md) for a static site;
    QUERY (the language of `provnews search`) narrows it.

    Example:

    \b
        provnews export --db news.db --format tmx --reviewed-only -o reviewed.tmx
        provnews export --db news.db --pairs --format tmx --min-confidence 0.6 -o corpus.tmx
        provnews export --db news.db --format atom --site zj-zh 乡村振兴 -o zj.atom
        provnews export --db news.db --format csv --excel -o news.csv
    """
    from archive.errors import ArchiveError
    from archive.period import FilterError

    if fmt == "atom":
        if pairs or reviewed_only or since or until:
            raise CLIError("--format atom takes --site, QUERY and --limit (newest first), not --pairs,"
                           " --reviewed-only, --since or --until", EXIT_USAGE)
    elif query is not None or limit is not None:
        raise CLIError("QUERY and --limit narrow --format atom only: drop them, or add --format atom", EXIT_USAGE)
    if bom and (fmt != "csv" or pairs):
        raise CLIError("--bom (--excel) is for --format csv: drop it, or add --format csv", EXIT_USAGE)
    with open_existing_archive(db_path) as archive:
        check_site(site, archive.db)
        try:
            if fmt == "atom":
                n = _export_atom(archive.db, output, site=site, query=query, limit=limit or 50,
                                 review_url=review_url)
                noun = "entries"
            elif pairs:
                if reviewed_only or fmt not in ("jsonl", "tmx"):
                    raise CLIError("--pairs exports jsonl or tmx, without --reviewed-only", EXIT_USAGE)
                n = _export_text(archive.db, fmt, output, since=since, until=until, site=site,
                                 min_confidence=min_confidence, suggestions=suggestions, writer="pairs")
                noun = "sentence pairs"
            elif suggestions:
                raise CLIError("--with-suggestions goes with --pairs", EXIT_USAGE)
            elif fmt == "warc":
                n = _export_warc(archive.db, output, since=since, until=until, site=site,
                                 reviewed_only=reviewed_only)
                noun = "records"
            else:
                n = _export_text(archive.db, fmt, output, since=since, until=until, site=site,
                                 reviewed_only=reviewed_only, bom=bom)
                noun = "translation units" if fmt == "tmx" else "articles"
        except FilterError as exc:
            raise CLIError(str(exc), EXIT_USAGE) from None
        except ArchiveError as exc:
            raise CLIError(str(exc)) from None
    if output is not None:
        click.echo(f"Exported {n} {noun} to {output}.", err=True)


def _export_text(db, fmt: str, output: Path | None, writer: str = "articles", bom: bool = False,  # noqa: ANN001
                 **filters) -> int:
    from archive.export import export, export_pairs

    if writer == "pairs":
        export = export_pairs  # noqa: F811 (same streaming and partial-file handling for the corpus)

    # Excel on Windows reads a CSV file as the system's code page unless it starts with a BOM.
    mark = "\ufeff" if bom else ""
    if output is None:
        sys.stdout.write(mark)
        return export(db, fmt, sys.stdout, **filters)

    def write(partial: Path) -> int:
        with open(partial, "w", encoding="utf-8", newline="") as out:
            out.write(mark)
            return export(db, fmt, out, **filters)

    return _write_whole(output, write)


def _write_whole(output: Path, write: Callable[[Path], int]) -> int:
    """`write(partial)` fills a file beside `output`, renamed onto it once complete: an interrupted
    export never leaves a file that looks complete (nor clobbers a previous good one)."""
    partial = output.with_name(output.name + ".partial")
    try:
        n = write(partial)
        os.replace(partial, output)
    except OSError as exc:
        raise CLIError(f"cannot write {output}: {exc.strerror}: choose another -o path") from None
    finally:
        partial.unlink(missing_ok=True)
    return n


def _export_warc(db, output: Path | None, *, reviewed_only: bool, **filters) -> int:  # noqa: ANN001
    if output is None:
        raise CLIError("--format warc writes a file: pass -o FILE.warc.gz", EXIT_USAGE)
    if reviewed_only:
        raise CLIError("--reviewed-only does not apply to warc (raw pages are not reviewed): drop it", EXIT_USAGE)
    try:
        from archive.warc import export_warc
    except ImportError as exc:
        raise CLIError(f"WARC export is not available in this installation ({exc}): reinstall provnews") from None
    return export_warc(db, output, **filters)


def _export_atom(db, output: Path | None, *, site: str | None, query: str | None, limit: int,  # noqa: ANN001
                 review_url: str) -> int:
    """The feed `provnews serve` serves for the same choice, built by the same code."""
    from archive.feeds import feed_entries
    from provnews.web.feeds import build_feed, feed_spec

    spec = feed_spec(site=site, query=query)
    entries = feed_entries(db, sites=spec.sites, query=spec.query, limit=limit)
    document = build_feed(entries, spec, review_base=review_url)
    n = len(entries)
    if output is None:
        out = click.get_binary_stream("stdout")
        out.write(document)
        out.flush()
        return n
    _write_whole(output, lambda partial: partial.write_bytes(document))
    return n
