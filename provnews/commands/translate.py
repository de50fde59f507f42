"""`provnews translate`: translate the archive's pending Chinese articles offline."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from provnews.errors import CLIError


class LogProgress:
    """Plain lines on stderr, one per committed chunk: for cron, pipes and log files."""

    def __init__(self) -> None:
        self.total = 0

    def start(self, total_sentences: int, total_articles: int) -> None:
        self.total = total_sentences
        click.echo(f"translating {total_articles} articles, {total_sentences} sentences", err=True)

    def advance(self, sentences: int) -> None:
        pass

    def chunk_done(self, stats) -> None:
        rate = stats.translated_sentences / stats.seconds if stats.seconds else 0.0
        click.echo(
            f"{time.strftime('%H:%M:%S')} committed: {stats.articles} articles, "
            f"{stats.sentences}/{self.total} sentences ({stats.memory_hits} from memory), "
            f"{rate:.1f} sentences/s", err=True,
        )


class RichProgress:
    """A progress bar with sentences/s and the time left, for a terminal."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                                   TextColumn, TimeRemainingColumn)
        from rich.text import Text

        class SpeedColumn(ProgressColumn):
            def render(self, task) -> Text:
                return Text(f"{task.speed:.1f} sentences/s" if task.speed else "… sentences/s")

        self._bar = Progress(TextColumn("translating"), BarColumn(), MofNCompleteColumn(), SpeedColumn(),
                             TimeRemainingColumn(), console=Console(stderr=True), transient=False)
        self._task = None

    def start(self, total_sentences: int, total_articles: int) -> None:
        self._bar.start()
        self._task = self._bar.add_task("translate", total=total_sentences)

    def advance(self, sentences: int) -> None:
        if self._task is not None:
            self._bar.advance(self._task, sentences)

    def chunk_done(self, stats) -> None:
        pass

    def stop(self) -> None:
        self._bar.stop()


def make_progress(tty: bool):
    """The progress reporter for `translate_pending`: a bar on a terminal, log lines otherwise."""
    return RichProgress() if tty else LogProgress()


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
              help="Sentences per CTranslate2 batch.")
@click.option("--chunk-sentences", type=click.IntRange(min=1), default=256, show_default=True,
              help="Sentences per committed chunk (what a kill can lose).")
def translate_command(db_path: Path, limit: int | None, site: str | None, retranslate: bool,
                      beam_size: int, batch_size: int, chunk_sentences: int) -> None:
    """Translate pending Chinese articles (new or changed) into English, offline.

    Committed in chunks: interrupted, a re-run continues where it stopped. Sentences translated
    before are taken from the translation memory.

    Example:

        provnews translate --db news.db --site zj-zh --limit 100
    """
    from archive import ArchiveError
    from translations.engine import EngineOptions
    from translations.errors import TranslationError
    from translations.packages import find_model
    from translations.worker import translate_pending

    if not db_path.exists():
        raise CLIError(f"no archive at {db_path}: crawl first (`provnews crawl SITE --db {db_path}`)")
    try:
        model = find_model()
    except TranslationError as exc:
        raise CLIError(str(exc)) from exc
    progress = make_progress(sys.stderr.isatty())
    try:
        stats = translate_pending(
            db_path, limit=limit, site=site, retranslate=retranslate, model=model,
            options=EngineOptions(beam_size=beam_size, batch_size=batch_size),
            progress=progress, chunk_sentences=chunk_sentences,
        )
    except (ArchiveError, TranslationError) as exc:
        raise CLIError(str(exc)) from exc
    finally:
        if isinstance(progress, RichProgress):
            progress.stop()
    rate = stats.translated_sentences / stats.seconds if stats.seconds else 0.0
    click.echo(
        f"translated {stats.articles} articles: {stats.sentences} sentences "
        f"({stats.translated_sentences} by {stats.model}, {stats.memory_hits} from memory) "
        f"in {stats.seconds:.1f} s, {rate:.1f} sentences/s"
    )
