"""The archive side of translation: what is pending, the translation memory, saving results.

A translation unit is an article's title (idx -1) or one paragraph (idx ≥ 0); its row in
`translations` carries the hash of the source text it translates. An article counts as
translated (`articles.translated_at`) only when every unit has a row for its current text, and
that is decided inside the transaction that writes the rows, so a crawl that changes the
article meanwhile, or a kill at any moment, never leaves it marked translated with parts missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import sqlite_utils

from .clock import utc_now
from .db import transaction
from .hashing import text_hash

TITLE_IDX = -1
HUMAN_STATES = ("edited", "reviewed")
# SQLite's default limit on host parameters is 32766 since 3.32; stay far below it.
_IN_BATCH = 500

__all__ = ["TITLE_IDX", "Unit", "ArticleUnits", "select_articles", "load_units", "memory_lookup",
           "save_translations", "pending_count", "HUMAN_STATES"]


@dataclass(frozen=True)
class Unit:
    article_id: int
    idx: int
    text: str
    source_hash: str


@dataclass
class ArticleUnits:
    """An article's units that need a (new) machine translation."""

    article_id: int
    todo: list[Unit] = field(default_factory=list)


def _scope(site: str | None, retranslate: bool) -> tuple[str, list]:
    where, params = ["lang = 'zh'"], []
    if not retranslate:
        where.append("translated_at IS NULL")
    if site:
        where.append("site = ?")
        params.append(site)
    return " AND ".join(where), params


def select_articles(db: sqlite_utils.Database, *, limit: int | None = None, site: str | None = None,
                    retranslate: bool = False) -> list[int]:
    """Ids of the Chinese articles to translate, oldest first: the pending ones (never
    translated, or changed since), or with `retranslate` every one in scope."""
    where, params = _scope(site, retranslate)
    sql = f"SELECT id FROM articles WHERE {where} ORDER BY id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in db.execute(sql, params).fetchall()]


def pending_count(db: sqlite_utils.Database, site: str | None = None) -> int:
    where, params = _scope(site, False)
    return db.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]


def _chunks(items: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), _IN_BATCH):
        yield items[start:start + _IN_BATCH]


def _sources(db: sqlite_utils.Database, article_ids: Sequence[int]) -> dict[int, list[tuple[int, str, str]]]:
    """article id -> [(idx, text, hash)] for the title and every paragraph, in order."""
    sources: dict[int, list[tuple[int, str, str]]] = {}
    for part in _chunks(article_ids):
        marks = ",".join("?" * len(part))
        for article_id, title in db.execute(f"SELECT id, title FROM articles WHERE id IN ({marks})", part):
            sources[article_id] = [(TITLE_IDX, title, text_hash(title))]
        for article_id, idx, text, digest in db.execute(
            f"SELECT article_id, idx, text, text_hash FROM paragraphs WHERE article_id IN ({marks})"
            " ORDER BY article_id, idx", part,
        ):
            if article_id in sources:  # else the article was deleted between the two reads
                sources[article_id].append((idx, text, digest))
    return sources


def _existing(db: sqlite_utils.Database, article_ids: Sequence[int]) -> dict[tuple[int, int], tuple]:
    """(article id, idx) -> (source_hash, state, machine, edited) of the stored translations."""
    rows: dict[tuple[int, int], tuple] = {}
    for part in _chunks(article_ids):
        marks = ",".join("?" * len(part))
        for article_id, idx, *rest in db.execute(
            f"SELECT article_id, idx, source_hash, state, machine, edited FROM translations"
            f" WHERE article_id IN ({marks})", part,
        ):
            rows[(article_id, idx)] = tuple(rest)
    return rows


def load_units(db: sqlite_utils.Database, article_ids: Sequence[int], *,
               retranslate: bool = False) -> list[ArticleUnits]:
    """The units of these articles that need translating.

    A unit is done when a translation of its current text exists (kept across re-crawls by
    `Archive.store_article`). With `retranslate`, machine translations are redone too; a human
    edit or review of the current text is always kept.
    """
    sources = _sources(db, article_ids)
    existing = _existing(db, article_ids)
    out = []
    for article_id in article_ids:
        if article_id not in sources:
            continue  # deleted meanwhile
        work = ArticleUnits(article_id)
        for idx, text, digest in sources[article_id]:
            row = existing.get((article_id, idx))
            if row is not None and row[0] == digest and (not retranslate or row[1] in HUMAN_STATES):
                continue  # its current text is translated, and kept
            work.todo.append(Unit(article_id, idx, text, digest))
        out.append(work)
    return out


def memory_lookup(db: sqlite_utils.Database, model: str, hashes: Iterable[str]) -> dict[str, str]:
    """source hash -> target, for the sentences this model has translated before."""
    hashes = list(dict.fromkeys(hashes))
    found: dict[str, str] = {}
    for start in range(0, len(hashes), _IN_BATCH):
        part = hashes[start:start + _IN_BATCH]
        marks = ",".join("?" * len(part))
        found.update(db.execute(
            f"SELECT source_hash, target FROM translation_memory WHERE model = ? AND source_hash IN ({marks})",
            [model, *part],
        ).fetchall())
    return found


def save_translations(db: sqlite_utils.Database, model: str, *,
                      memory: Iterable[tuple[str, str, str]],
                      units: Iterable[tuple[Unit, str]],
                      article_ids: Sequence[int]) -> list[int]:
    """Store new memory sentences (hash, source, target) and unit translations, then mark each
    article whose every unit now has a translation of its current text; return those ids.

    One transaction: either all of it is committed or nothing is.
    """
    now = utc_now()
    with transaction(db):
        db.conn.executemany(
            "INSERT OR IGNORE INTO translation_memory (model, source_hash, source, target, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [(model, digest, source, target, now) for digest, source, target in memory],
        )
        # Re-read the sources under the write lock: a unit whose text changed since it was read
        # is not saved, and its article stays pending.
        sources = _sources(db, article_ids)
        current = {(a, idx): digest for a, rows in sources.items() for idx, _, digest in rows}
        db.conn.executemany(
            "INSERT INTO translations (article_id, idx, source_hash, model, machine, translated_at, state)"
            " VALUES (?, ?, ?, ?, ?, ?, 'machine')"
            " ON CONFLICT (article_id, idx) DO UPDATE SET source_hash = excluded.source_hash,"
            " model = excluded.model, machine = excluded.machine, translated_at = excluded.translated_at,"
            " edited = NULL, edited_at = NULL, state = 'machine', reviewer = NULL, reviewed_at = NULL,"
            " edited_by = NULL, reviewed_by = NULL"
            # A reviewer's edit of this very text, made while we translated, wins.
            " WHERE translations.state = 'machine' OR translations.source_hash != excluded.source_hash",
            [(u.article_id, u.idx, u.source_hash, model, target, now)
             for u, target in units if current.get((u.article_id, u.idx)) == u.source_hash],
        )
        existing = _existing(db, list(sources))
        completed = []
        for article_id, rows in sources.items():
            texts = []
            for idx, _, digest in rows:
                row = existing.get((article_id, idx))
                if row is None or row[0] != digest:
                    break
                _, state, machine, edited = row
                texts.append(edited if state in HUMAN_STATES and edited is not None else machine)
            else:
                db.execute(
                    "UPDATE articles SET title_translation = ?, body_translation = ?, translation_model = ?,"
                    " translated_at = ? WHERE id = ?",
                    [texts[0], "\n".join(texts[1:]), model, now, article_id],
                )
                completed.append(article_id)
    return completed
