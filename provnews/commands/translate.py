"""`provnews translate`: translate the archive's pending Chinese articles offline."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from provnews.commands.options import (
    broker_option,
    check_site,
    command_config,
    configured_archive_path,
    db_option,
    dispatcher,
    models_dir_option,
    refuse_damaged_archive,
    translation_options,
)
from provnews.errors import CLIError
from provnews.progress import make_progress
from translations.worker import DEFAULT_CHUNK_SENTENCES


@click.command("translate")
@db_option
@click.option("--limit", type=click.IntRange(min=1), help="Translate at most this many articles.")
@click.option("--site", help="Only articles of this site, e.g. zj-zh.")
@click.option("--retranslate", is_flag=True,
              help="Redo machine translations with the current model (human edits are kept).")
@translation_options
@click.option("--chunk-sentences", type=click.IntRange(min=1), default=DEFAULT_CHUNK_SENTENCES, show_default=True,
              help="Sentences per committed chunk (what a kill can lose).")
@models_dir_option
@broker_option
def translate_command(db_path: Path | None, limit: int | None, site: str | None, retranslate: bool,
                      beam_size: int | None, batch_size: int | None, batch_tokens: int | None,
                      chunk_sentences: int, models_dir: Path | None, broker: str | None) -> None:
    """Translate pending Chinese articles (new or changed) into English, offline.

    Committed in chunks: interrupted, a re-run continues where it stopped. Sentences translated
    before are taken from the translation memory. With --broker the other sentences are
    translated by `provnews worker` hosts holding the same model as this one (docs/scaling.md).

    Example:

    \b
        provnews translate --db news.db --site zj-zh --limit 100

    \b
        PROVNEWS_BROKER=redis://:s3cret@10.0.0.5:6379/0 provnews translate --db news.db
    """
    from archive import ArchiveError
    from provnews.interruption import Checkpoints, Interrupted, handle_signals, line, signalled_as_interrupted
    from provnews.scale.broker import BrokerError
    from translations.errors import TranslationError
    from translations.packages import find_model
    from translations.worker import translate_pending

    config = command_config(scale={"broker": broker}, translation={"models_dir": models_dir, "beam_size": beam_size,
                                         "batch_size": batch_size, "batch_tokens": batch_tokens})
    db_path = configured_archive_path(db_path, config)
    if not db_path.exists():
        raise CLIError(f"no archive at {db_path}: crawl first (`provnews crawl SITE --db {db_path}`)")
    refuse_damaged_archive(db_path, thorough=False)  # a damaged archive is named before a missing model
    if site is not None:
        from archive import Archive

        with Archive(db_path) as archive:
            check_site(site, archive.db)
    try:
        model = find_model(directory=config.translation.models_dir)
    except TranslationError as exc:
        raise CLIError(str(exc)) from exc
    remote = {}
    workers = dispatcher(config)
    if workers is not None:
        from provnews.scale.writer import RemoteEngine

        remote["engine_factory"] = RemoteEngine.factory(workers, config.scale.task_sentences)
    progress = make_progress(sys.stderr.isatty())
    pending_before = _pending(db_path, site)
    try:
        with handle_signals(), signalled_as_interrupted():
            stats = translate_pending(
                db_path, limit=limit, site=site, retranslate=retranslate, model=model,
                options=config.translation.engine_options(),
                progress=Checkpoints(progress), chunk_sentences=chunk_sentences, **remote,
            )
    except Interrupted as exc:  # the article being written is rolled back; the ones before are kept
        progress.stop()
        done = max(0, pending_before - _pending(db_path, site))
        click.echo(line("translation", exc.signum, f"{done} articles translated"), err=True)
        sys.exit(exc.exit_code)
    except (ArchiveError, TranslationError) as exc:
        raise CLIError(str(exc)) from exc
    except BrokerError as exc:  # the chunks translated before are kept
        from provnews.errors import EXIT_BROKER_LOST
        from provnews.scale.writer import WorkerRefused

        raise CLIError(str(exc), 1 if isinstance(exc, WorkerRefused) else EXIT_BROKER_LOST) from None
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
