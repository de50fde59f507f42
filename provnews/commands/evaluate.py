"""`provnews evaluate`: the installed model's English against the official English of the pairs."""

from __future__ import annotations

import json
from pathlib import Path

import click

from provnews.commands.options import (
    check_site,
    command_config,
    db_option,
    models_dir_option,
    open_existing_archive,
    translation_options,
)
from provnews.errors import CLIError


@click.command(name="evaluate")
@db_option
@translation_options
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.6, show_default=True,
              help="Only sentence pairs aligned with at least this confidence.")
@click.option("--site", default=None, help="Only pairs of this site (either side).")
@models_dir_option
def evaluate_command(db_path: Path | None, beam_size: int | None, batch_size: int | None, batch_tokens: int | None,
                     min_confidence: float, site: str | None, models_dir: Path | None) -> None:
    """Translate the Chinese side of the aligned pairs with the installed model and score it
    (chrF and BLEU, sacrebleu) against the official English, per site. Every run is stored in
    the archive's `evaluations` table with the model and settings, and the previous runs are
    listed beside it, so two models or two beams can be compared on the same pairs.

    Example:

    \b
        provnews evaluate --db news.db --beam-size 4 && provnews evaluate --db news.db --beam-size 1
    """
    from archive.pairs import evaluations
    from provnews.tables import province_name, text_table
    from translations.errors import TranslationError
    from translations.evaluation import evaluate
    from translations.packages import find_model

    config = command_config(translation={"models_dir": models_dir, "beam_size": beam_size,
                                         "batch_size": batch_size, "batch_tokens": batch_tokens})
    options = config.translation.engine_options()
    with open_existing_archive(db_path, config) as archive:  # a damaged archive is named before a missing model
        check_site(site, archive.db)
        try:
            model = find_model(directory=config.translation.models_dir)
        except TranslationError as exc:
            raise CLIError(str(exc)) from exc
        try:
            scores, note = evaluate(archive.db, model, options, min_confidence=min_confidence, site=site)
        except TranslationError as exc:
            raise CLIError(str(exc)) from exc
        history = evaluations(archive.db, limit=20)
    if not scores:
        click.echo(f"no aligned sentence pairs with confidence >= {min_confidence}: run `provnews pair` first")
        return
    click.echo(f"{model.id}, beam {options.beam_size}, sentence pairs aligned with confidence >= {min_confidence}:")
    click.echo(text_table([["site", "province", "pairs", "sentences", "chrF", "BLEU"]]
                          + [[s.site, province_name(s.site), s.pairs, s.sentences, f"{s.chrf:.1f}", f"{s.bleu:.1f}"]
                             for s in scores], labels=2))
    if note:
        click.echo(f"These figures are meaningless: this model has random weights ({note}).")
    click.echo("\nStored runs (newest first):")
    click.echo(text_table([["run", "model", "settings", "site", "province", "sentences", "chrF", "BLEU"]]
                          + [[r["run_at"][:19], r["model"], _settings(r["settings"]), r["site"],
                              province_name(r["site"]), r["sentences"], f"{r['chrf']:.1f}", f"{r['bleu']:.1f}"]
                             for r in history], numbers=False))


def _settings(settings: str) -> str:
    return " ".join(f"{k.split('_')[0]} {v}" for k, v in json.loads(settings).items())
