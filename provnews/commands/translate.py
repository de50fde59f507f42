"""`provnews translate`: translate the archive's pending Chinese articles offline."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from provnews.commands._archive_option import refuse_damaged_archive
from provnews.errors import CLIError
from provnews.progress import make_progress


@click.command("translate")
@click.option("--db", "db_path", envvar="PROVNEWS_DB", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The archive file ($PROVNEWS_DB).")
@click.option("--limit", type=click.IntRange(min=1), help="Translate at most this many articles.")
@click.option("--site", help="Only articles of this site, e.g. zj-zh.")
@click.option("--retranslate", is_flag=True,
              help="Redo machine translations with the current model (human edits are kept).")
@click.option("--beam-size", type=click.IntRange(min=1), default=4, show_default=True,
              help="Beam width; 1 is about twice as fast and somewhat worse.")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Sentences per CTranslate2 batch, at most.")
@click.option("--batch-tokens", type=click.IntRange(min=1), default=512, show_default=True,
              help="Source tokens per batch (sentences x the longest), which bounds memory on long sentences.")
@click.option("--chunk-sentences", type=click.IntRange(min=1), default=256, show_default=True,
              help="Sentences per committed chunk (what a kill can lose).")
def translate_command(db_path: Path, limit: int | None, site: str | None, retranslate: bool,
                      beam_size: int, batch_size: int, batch_tokens: int, chunk_sentences: int) -> None:
    """Translate pending Chinese articles (new or changed) into English, offline.

    Committed in chunks: interrupted, a re-run continues where it stopped. Sentences translated
    before are taken from the translation memory.

    Example:

    \b
        provnews translate --db news.db --site zj-zh --limit 100
    """
    from archive import ArchiveError
    from translations.engine import EngineOptions
    from translations.errors import TranslationError
    from translations.packages import find_model
    from provnews.interruption import Checkpoints, Interrupted, handle_signals, line, signalled_as_interrupted
    from translations.worker import translate_pending

    if not db_path.exists():
        raise CLIError(f"no archive at {db_path}: crawl first (`provnews crawl SITE --db {db_path}`)")
    refuse_damaged_archive(db_path, thorough=False)  # a damaged archive is named before a missing model
    try:
        model = find_model()
    except TranslationError as exc:
        raise CLIError(str(exc)) from exc
    progress = make_progress(sys.stderr.isatty())
    pending_before = _pending(db_path, site)
    try:
        with handle_signals(), signalled_as_interrupted():
            stats = translate_pending(
                db_path, limit=limit, site=site, retranslate=retranslate, model=model,
                options=EngineOptions(beam_size=beam_size, batch_size=batch_size, batch_tokens=batch_tokens),
                progress=Checkpoints(progress), chunk_sentences=chunk_sentences,
            )
    except Interrupted as exc:  # the article being written is rolled back; the ones before are kept
        progress.stop()
        done = max(0, pending_before - _pending(db_path, site))
        click.echo(line("translation", exc.signum, f"{done} articles translated"), err=True)
        sys.exit(exc.exit_code)
    except (ArchiveError, TranslationError) as exc:
        raise CLIError(str(exc)) from exc
    finally:
        progress.stop()
    rate = stats.translated_sentences / stats.seconds if stats.seconds else 0.0
    click.echo(
        f"translated {stats.articles} articles: {stats.sentences} sentences "
        f"({stats.translated_sentences} by {stats.model}, {stats.memory_hits} from memory) "
        f"in {stats.seconds:.1f} s, {rate:.1f} sentences/s"
    )


def _pending(db_path: Path, site: str | None) -> int:
    from archive import Archive
    from archive.translations import pending_count

    with Archive(db_path) as archive:
        return pending_count(archive.db, site)
