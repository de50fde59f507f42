"""`provnews export`: the archive as JSONL, CSV, TMX or WARC, on stdout or into a file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from provnews.commands.options import db_option, open_existing_archive
from provnews.errors import EXIT_USAGE, CLIError


@click.command(name="export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "tmx", "warc"]), default="jsonl",
              show_default=True, help="jsonl: articles with aligned paragraphs; csv: one row per article;"
              " tmx: zh/en translation memory; warc: the stored raw pages.")
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
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here (the file appears only once complete); default: stdout.")
def export_command(db_path: Path | None, fmt: str, since: str | None, until: str | None, site: str | None,
                   reviewed_only: bool, pairs: bool, suggestions: bool, min_confidence: float,
                   output: Path | None) -> None:
    """Export articles, their translations and reviews, streamed (any archive size, little memory).

    --since/--until compare the publication date (the page's own date), both ends inclusive.

    Example:

    \b
        provnews export --db news.db --format tmx --reviewed-only -o reviewed.tmx
        provnews export --db news.db --pairs --format tmx --min-confidence 0.6 -o corpus.tmx
    """
    from archive.errors import ArchiveError
    from archive.period import FilterError

    with open_existing_archive(db_path) as archive:
        try:
            if pairs:
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
                                 reviewed_only=reviewed_only)
                noun = "translation units" if fmt == "tmx" else "articles"
        except FilterError as exc:
            raise CLIError(str(exc), EXIT_USAGE) from None
        except ArchiveError as exc:
            raise CLIError(str(exc)) from None
    if output is not None:
        click.echo(f"Exported {n} {noun} to {output}.", err=True)


def _export_text(db, fmt: str, output: Path | None, writer: str = "articles", **filters) -> int:  # noqa: ANN001
    from archive.export import export, export_pairs

    if writer == "pairs":
        export = export_pairs  # noqa: F811 (same streaming and partial-file handling for the corpus)

    if output is None:
        return export(db, fmt, sys.stdout, **filters)
    # Written beside the target and renamed, so an interrupted export never leaves a file that
    # looks complete (nor clobbers a previous good one).
    partial = output.with_name(output.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as out:
            n = export(db, fmt, out, **filters)
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
