"""What a feed shows of the newest articles: one read, newest first, with both languages' openings.

A feed entry needs, besides the article's row, its first paragraph and the English beside it:
the official English (the article's confirmed or machine-proposed pair, not a rejected one) where
there is one, else the machine translation (a reviewer's edit where there is one). The English
of an English-edition article is its own text; its Chinese is its pair's. `provnews.web.feeds`
turns these dicts into Atom; this module only reads.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .search import match_conditions

__all__ = ["feed_entries", "FEED_LIMIT", "MAX_FEED_LIMIT"]

FEED_LIMIT = 50
MAX_FEED_LIMIT = 500

_COLUMNS = ("id", "url", "site", "lang", "title", "published_at", "source", "version", "first_seen_at",
            "changed_at", "title_translation", "translation_model")


def _first_paragraphs(db: sqlite_utils.Database, ids: list[int]) -> dict[int, tuple[int, str]]:
    """{article id: (idx, text)} of each article's first paragraph, a text paragraph before a
    caption or a table row."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT article_id, idx, text FROM paragraphs WHERE article_id IN ({marks}) AND text != ''"
        " ORDER BY article_id, kind != 'text', idx", ids).fetchall()
    first: dict[int, tuple[int, str]] = {}
    for article_id, idx, text in rows:
        first.setdefault(article_id, (idx, text))
    return first


def _machine_english(db: sqlite_utils.Database, wanted: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """{(article id, idx): effective English (edit, else machine)} of these units."""
    if not wanted:
        return {}
    # One read; CROSS JOIN keeps the units outside, so each is a primary-key lookup.
    rows = db.execute(
        "SELECT t.article_id, t.idx, coalesce(t.edited, t.machine)"
        f" FROM (VALUES {', '.join(['(?, ?)'] * len(wanted))}) AS w"
        " CROSS JOIN translations t ON t.article_id = w.column1 AND t.idx = w.column2",
        [value for unit in wanted for value in unit]).fetchall()
    return {(article_id, idx): english for article_id, idx, english in rows if english}


def _partners(db: sqlite_utils.Database, ids: list[int]) -> dict[int, dict]:
    """{article id: the other article of its pair that is not rejected (id, title, lang)}."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        "SELECT p.en_id, p.zh_id, e.title, z.title FROM article_pairs p"
        " JOIN articles e ON e.id = p.en_id JOIN articles z ON z.id = p.zh_id"
        f" WHERE p.status != 'rejected' AND (p.en_id IN ({marks}) OR p.zh_id IN ({marks}))"
        " ORDER BY p.status = 'machine', p.en_id, p.zh_id", [*ids, *ids]).fetchall()
    partners: dict[int, dict] = {}
    for en_id, zh_id, en_title, zh_title in rows:  # a person's decision first, then the run's proposal
        partners.setdefault(zh_id, {"id": en_id, "title": en_title, "lang": "en"})
        partners.setdefault(en_id, {"id": zh_id, "title": zh_title, "lang": "zh"})
    return partners


def feed_entries(db: sqlite_utils.Database, *, sites: list[str] | None = None, query: str | None = None,
                 limit: int = FEED_LIMIT) -> list[dict]:
    """The newest articles (by publication date, undated last; then the newest archived), of
    `sites` (None: every site) and matching `query` (the search language of `archive.search`;
    raises SearchError for a bad one), at most `limit`.

    Each dict has the article's url, site, lang, title, published_at, source, version,
    first_seen_at, changed_at, and:
      zh: {"title", "paragraph"} of the Chinese (the article's, or its pair's), or None
      en: {"title", "paragraph", "kind"} of the English, kind "official" (an English-edition
          article or the pair's) or "machine" (with "model"), or None
    """
    if not isinstance(limit, int) or not 0 < limit <= MAX_FEED_LIMIT:
        raise ValueError(f"limit must be between 1 and {MAX_FEED_LIMIT}, not {limit!r}")
    where: list[str] = []
    params: list[Any] = []
    if sites is not None:
        if not sites:
            return []
        where.append(f"site IN ({','.join('?' * len(sites))})")
        params.extend(sites)
    if query is not None:
        conditions, query_params = match_conditions(query)
        where.extend(conditions)
        params.extend(query_params)
    sql = f"SELECT {', '.join(_COLUMNS)} FROM articles"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY published_at DESC, id DESC LIMIT ?"
    rows = [dict(zip(_COLUMNS, row)) for row in db.execute(sql, [*params, limit]).fetchall()]

    ids = [row["id"] for row in rows]
    partners = _partners(db, ids)
    firsts = _first_paragraphs(db, ids + [p["id"] for p in partners.values()])
    machine = _machine_english(db, [(row["id"], firsts[row["id"]][0]) for row in rows
                                    if row["lang"] == "zh" and row["id"] in firsts])
    for row in rows:
        own = {"title": row["title"], "paragraph": firsts.get(row["id"], (None, None))[1]}
        partner = partners.get(row["id"])
        other = ({"title": partner["title"], "paragraph": firsts.get(partner["id"], (None, None))[1]}
                 if partner else None)
        if row["lang"] == "en":
            row["en"] = {**own, "kind": "official"}
            row["zh"] = other
            continue
        row["zh"] = own
        if other is not None:
            row["en"] = {**other, "kind": "official"}
        elif row["title_translation"]:
            idx = firsts.get(row["id"], (None, None))[0]
            row["en"] = {"title": row["title_translation"],
                         "paragraph": machine.get((row["id"], idx)) if idx is not None else None,
                         "kind": "machine", "model": row["translation_model"]}
        else:
            row["en"] = None
    return rows
