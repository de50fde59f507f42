"""How long work shows its progress: a rich bar on a terminal, plain timestamped lines under cron
or in a pipe (a bar's carriage returns would fill a log file with noise)."""

from __future__ import annotations

import time

import click


class LogProgress:
    """Plain lines on stderr, one per committed chunk: for cron, pipes and log files."""

    def __init__(self) -> None:
        self.total = 0

    def start(self, total_sentences: int, total_articles: int) -> None:
        self.total = total_sentences
        click.echo(f"translating {total_articles} articles, {total_sentences} sentences", err=True)

    def advance(self, sentences: int) -> None:
        pass

    def stop(self) -> None:
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
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
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
