"""Translating the archive's pending articles, chunk by chunk.

Each chunk (a few hundred sentences from consecutive articles) is split into sentences, looked up
in the translation memory, the unknown sentences are translated together in length-sorted
batches, and the results are committed in one transaction. A kill loses at most the chunk in
flight; the next run picks up the articles still pending.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from archive import Archive
from archive.hashing import text_hash
from archive.translations import ArticleUnits, load_units, memory_lookup, save_translations, select_articles

from .engine import Engine, EngineOptions
from .packages import InstalledModel, find_model
from .segment import normalize, split_sentences

__all__ = ["TranslateStats", "Progress", "translate_pending", "DEFAULT_CHUNK_SENTENCES"]

# Sentences per committed chunk: large enough for full batches of every length, small enough
# that a kill loses well under a minute of work on two cores.
DEFAULT_CHUNK_SENTENCES = 256


@dataclass
class TranslateStats:
    articles: int = 0              # articles marked translated
    sentences: int = 0             # sentences in the units that needed a translation
    translated_sentences: int = 0  # of those, run through the model
    memory_hits: int = 0           # of those, answered by the translation memory
    seconds: float = 0.0
    model: str | None = None


class Progress:
    """What the worker reports as it goes; the CLI draws a bar or logs lines. No-op by default."""

    def start(self, total_sentences: int, total_articles: int) -> None: ...

    def advance(self, sentences: int) -> None: ...

    def chunk_done(self, stats: TranslateStats) -> None: ...


@dataclass
class _Chunk:
    """The sentences of a chunk's units, deduplicated by their memory key."""

    works: list[ArticleUnits]
    unit_sentences: list[tuple] = field(default_factory=list)  # (unit, [key, ...])
    sources: dict[str, str] = field(default_factory=dict)      # key -> normalized sentence

    @classmethod
    def of(cls, works: list[ArticleUnits]) -> _Chunk:
        chunk = cls(works)
        for work in works:
            for unit in work.todo:
                keys = []
                for sentence in split_sentences(unit.text):
                    source = normalize(sentence)
                    key = text_hash(source)
                    chunk.sources.setdefault(key, source)
                    keys.append(key)
                chunk.unit_sentences.append((unit, keys))
        return chunk

    @property
    def sentence_count(self) -> int:
        return sum(len(keys) for _, keys in self.unit_sentences)


@contextmanager
def _database(db: str | Path | Archive | sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    if isinstance(db, sqlite_utils.Database):
        yield db
    elif isinstance(db, Archive):
        yield db.db
    else:
        with Archive(db) as archive:
            yield archive.db


def _plan(db: sqlite_utils.Database, ids: list[int], retranslate: bool,
          chunk_sentences: int) -> tuple[list[list[int]], int]:
    """Group article ids into chunks of about `chunk_sentences` sentences; total sentences."""
    chunks: list[list[int]] = [[]]
    filled = total = 0
    for start in range(0, len(ids), 500):
        for work in load_units(db, ids[start:start + 500], retranslate=retranslate):
            count = sum(len(split_sentences(u.text)) for u in work.todo)
            if filled and filled + count > chunk_sentences:
                chunks.append([])
                filled = 0
            chunks[-1].append(work.article_id)
            filled += count
            total += count
    return [c for c in chunks if c], total


def translate_pending(db: str | Path | Archive | sqlite_utils.Database, *, limit: int | None = None,
                      site: str | None = None, retranslate: bool = False,
                      options: EngineOptions | None = None, model: InstalledModel | None = None,
                      models_dir: Path | None = None, progress: Progress | None = None,
                      chunk_sentences: int = DEFAULT_CHUNK_SENTENCES,
                      engine_factory: Callable[[InstalledModel, EngineOptions | None], Any] = Engine) -> TranslateStats:
    """Translate the pending Chinese articles (or, with `retranslate`, all of them again).

    Raises ModelNotInstalled before touching anything when no zh→en package is installed.
    `limit` counts articles. With `retranslate`, machine translations are redone with the current
    model while human edits and reviews are kept. `engine_factory` makes what translates the
    sentences the memory lacks (`Engine`; on worker hosts, `provnews.scale.writer.RemoteEngine`).
    """
    model = model or find_model(directory=models_dir)
    progress = progress or Progress()
    stats = TranslateStats(model=model.id)
    began = time.perf_counter()
    engine: Any = None
    with _database(db) as database:
        ids = select_articles(database, limit=limit, site=site, retranslate=retranslate)
        chunks, total = _plan(database, ids, retranslate, chunk_sentences)
        progress.start(total, len(ids))
        for chunk_ids in chunks:
            chunk = _Chunk.of(load_units(database, chunk_ids, retranslate=retranslate))
            known = memory_lookup(database, model.id, chunk.sources)
            unknown = [key for key in chunk.sources if key not in known]
            progress.advance(chunk.sentence_count - len(unknown))
            if unknown:
                engine = engine or engine_factory(model, options)
                targets = engine.translate([chunk.sources[k] for k in unknown], on_batch=progress.advance)
                known.update(zip(unknown, targets))
            completed = save_translations(
                database, model.id,
                memory=[(key, chunk.sources[key], known[key]) for key in unknown],
                units=[(unit, " ".join(filter(None, (known[k] for k in keys)))) for unit, keys in chunk.unit_sentences],
                article_ids=chunk_ids,
            )
            stats.articles += len(completed)
            stats.sentences += chunk.sentence_count
            stats.translated_sentences += len(unknown)
            stats.memory_hits += chunk.sentence_count - len(unknown)
            stats.seconds = time.perf_counter() - began
            progress.chunk_done(stats)
    stats.seconds = time.perf_counter() - began
    return stats
