"""`provnews pair`: pair English-edition articles with their Chinese originals, and align them."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from provnews.commands.options import db_option, open_existing_archive


@click.command(name="pair")
@db_option
@click.option("--full", is_flag=True, help="Re-pair the whole archive, not only the days around new articles.")
def pair_command(db_path: Path | None, full: bool) -> None:
    """Find the Chinese original of each English article (same province, same day or a few days
    before), score it on numbers, names and dictionary words, and align the pair's paragraphs and
    sentences. A reviewer's confirmed or rejected pair is never changed. `provnews run` does this
    after every crawl.

    Example:

    \b
        provnews pair --db news.db && provnews export --db news.db --pairs --format tmx -o corpus.tmx
    """
    from archive.articles import sites_by_id, titles_by_id
    from provnews.interruption import Interrupted, handle_signals, line, signalled_as_interrupted
    from provnews.tables import province_name, text_table
    from translations.pairing import run_pairing

    try:
        with handle_signals(), signalled_as_interrupted(), open_existing_archive(db_path) as archive:
            stats = run_pairing(archive.db, full=full)
    except Interrupted as exc:  # each province's pairs are one transaction: the one under way is rolled back
        click.echo(line("pairing", exc.signum, "the pairs of provinces already done are kept"), err=True)
        sys.exit(exc.exit_code)
    with open_existing_archive(db_path) as archive:
        titles = titles_by_id(archive.db, (i for p in stats.pairs for i in p[:2]))
        sites = sites_by_id(archive.db, (en for en, _, _ in stats.pairs))
    if stats.pairs:   # both sides of a pair are of one province: the English site names it
        click.echo(text_table([["site", "province", "en", "zh", "score", "English title", "Chinese title"]]
                              + [[sites[en], province_name(sites[en]), en, zh, f"{score:.2f}", titles[en][:40],
                                  titles[zh][:24]] for en, zh, score in stats.pairs], numbers=False))
    click.echo(f"paired {stats.proposed} of {stats.english_considered} English articles looked at"
               f" ({stats.kept_by_person} kept as a reviewer decided); {stats.aligned} pairs aligned")
