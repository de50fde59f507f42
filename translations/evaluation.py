"""Translation quality measured against the official English of confident pairs.

The Chinese side of every aligned sentence pair (confidence at least `min_confidence`, pair not
rejected) is translated afresh with the given model and settings, bypassing the translation
memory so that two settings really are two translations, and scored with sacrebleu's chrF and
BLEU against the official sentence, per site (the Chinese site) and over all. Each run is stored
in `evaluations` with the model id and settings, so beam 4 and beam 1, or two package versions,
can be compared on the same pairs.

Official translations are free (they summarize, merge, reorder): the figures measure closeness
to the official wording, a lower bound on quality, and are comparable only across runs on the
same pairs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass

import sqlite_utils

from archive import pairs as store
from archive.clock import utc_now

from .engine import Engine, EngineOptions
from .packages import InstalledModel

__all__ = ["SiteScore", "evaluate", "random_model_note"]


@dataclass
class SiteScore:
    site: str
    pairs: int
    sentences: int
    chrf: float | None
    bleu: float | None


def random_model_note(model: InstalledModel) -> str | None:
    """The package's own warning when it has random weights (the test and benchmark models)."""
    try:
        note = json.loads((model.path / "metadata.json").read_text(encoding="utf-8")).get("note", "")
    except (OSError, ValueError):
        return None
    return note if "random" in str(note).lower() else None


def evaluate(db: sqlite_utils.Database, model: InstalledModel, options: EngineOptions, *,
             min_confidence: float = 0.6, site: str | None = None) -> tuple[list[SiteScore], str | None]:
    """Translate, score, store; return the per-site scores (the last row is 'all') and the note."""
    import sacrebleu

    rows = list(store.iter_sentence_pairs(db, min_confidence=min_confidence, site=site))
    hypotheses = Engine(model, options).translate([r["zh"] for r in rows]) if rows else []
    groups: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        groups[row["zh_site"]].append(i)
    if rows:
        groups["all"] = list(range(len(rows)))
    scores = []
    for name, idxs in sorted(groups.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        hyps = [hypotheses[i] for i in idxs]
        refs = [[rows[i]["en"] for i in idxs]]
        scores.append(SiteScore(name, len({(rows[i]["en_id"], rows[i]["zh_id"]) for i in idxs}), len(idxs),
                                round(sacrebleu.corpus_chrf(hyps, refs).score, 2),
                                round(sacrebleu.corpus_bleu(hyps, refs).score, 2)))
    note = random_model_note(model)
    settings = {"beam_size": options.beam_size, "batch_size": options.batch_size}
    now = utc_now()
    store.store_evaluation(db, [{**asdict(s), "run_at": now, "model": model.id, "settings": settings,
                                 "min_confidence": min_confidence, "note": note} for s in scores])
    return scores, note
