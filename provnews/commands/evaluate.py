"""`provnews evaluate`: the installed model's English against the official English of the pairs."""

from __future__ import annotations

import json
from pathlib import Path

import click

from provnews.commands._archive_option import db_option, open_existing_archive
from provnews.errors import CLIError


@click.command(name="evaluate")
@db_option
@click.option("--beam-size", type=click.IntRange(min=1), default=4, show_default=True, help="Beam width.")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Sentences per CTranslate2 batch.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.6, show_default=True,
              help="Only sentence pairs aligned with at least this confidence.")
@click.option("--site", default=None, help="Only pairs of this site (either side).")
def evaluate_command(db_path: Path | None, beam_size: int, batch_size: int, min_confidence: float,
                     site: str | None) -> None:
    """Translate the Chinese side of the aligned pairs with the installed model and score it
    (chrF and BLEU, sacrebleu) against the official English, per site. Every run is stored in
    the archive's `evaluations` table with the model and settings, and the previous runs are
    listed beside it, so two models or two beams can be compared on the same pairs.

    Example:

    \b
        provnews evaluate --db news.db --beam-size 4 && provnews evaluate --db news.db --beam-size 1
    """
    from archive.pairs import evaluations
    from provnews.tables import text_table
    from translations.engine import EngineOptions
    from translations.errors import TranslationError
    from translations.evaluation import evaluate
    from translations.packages import find_model

    with open_existing_archive(db_path) as archive:  # a damaged archive is named before a missing model
        try:
            model = find_model()
        except TranslationError as exc:
            raise CLIError(str(exc)) from exc
        try:
            scores, note = evaluate(archive.db, model, EngineOptions(beam_size=beam_size, batch_size=batch_size),
                                    min_confidence=min_confidence, site=site)
        except TranslationError as exc:
            raise CLIError(str(exc)) from exc
        history = evaluations(archive.db, limit=20)
    if not scores:
        click.echo(f"no aligned sentence pairs with confidence >= {min_confidence}: run `provnews pair` first")
        return
    click.echo(f"{model.id}, beam {beam_size}, sentence pairs aligned with confidence >= {min_confidence}:")
    click.echo(text_table([["site", "pairs", "sentences", "chrF", "BLEU"]]
                          + [[s.site, s.pairs, s.sentences, f"{s.chrf:.1f}", f"{s.bleu:.1f}"] for s in scores]))
    if note:
        click.echo(f"These figures are meaningless: this model has random weights ({note}).")
    click.echo("\nStored runs (newest first):")
    click.echo(text_table([["run", "model", "settings", "site", "sentences", "chrF", "BLEU"]]
                          + [[r["run_at"][:19], r["model"], _settings(r["settings"]), r["site"], r["sentences"],
                              f"{r['chrf']:.1f}", f"{r['bleu']:.1f}"] for r in history], numbers=False))


def _settings(settings: str) -> str:
    return " ".join(f"{k.split('_')[0]} {v}" for k, v in json.loads(settings).items())
