"""Pairs of an English-edition article and its Chinese original, their alignment, and the
figures measured on them.

A pair's `status` says who decided it: 'machine' rows are a pairing run's proposal and the next
run may replace them; 'confirmed' and 'rejected' rows are a reviewer's decision (`decided_by`
'person') and no run ever changes them. The schema itself (migration 0007) keeps every article in
at most one pair that is not rejected. The matching and the aligning happen elsewhere
(translations.pairing, translations.align); this module stores and reads plain rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import sqlite_utils

from .accounts import log_action
from .clock import utc_now
from .db import transaction
from .errors import ArchiveError
from .period import article_filters

__all__ = [
    "PairError", "province", "articles_in_window", "changed_articles", "high_watermark", "last_watermark",
    "record_run", "pairs_of", "person_decisions", "replace_machine_pairs", "stale_alignments",
    "store_alignment", "pair_of", "paragraph_beads", "confirm", "reject", "set_pair", "iter_sentence_pairs",
    "store_evaluation", "evaluations", "paragraph_alignments", "replace_mined_terms", "glossary_terms",
    "ACTIVE", "EXPORTED", "paragraph_texts", "pair_candidates",
]

ACTIVE = "status != 'rejected'"
# What the parallel corpus holds by default: a reviewer's pair, or a machine pair the pairing run
# found strong (translations.pairing.tier); a machine row without a tier predates the tiers and is
# a suggestion until the next run decides.
EXPORTED = ("(p.status = 'confirmed' OR (p.status = 'machine'"
            " AND json_extract(p.evidence, '$.tier') = 'strong'))")


class PairError(ArchiveError):
    """A pair decision the archive refuses (same language, unknown article, pair taken)."""


def province(site: str) -> str:
    """`gz-en` -> `gz`: a site name is the province code then the language."""
    return site.rsplit("-", 1)[0]


def articles_in_window(db: sqlite_utils.Database, prov: str, since: str, until: str) -> list[dict]:
    """A province's articles published between two dates (inclusive), with what pairing reads."""
    where, params = article_filters(None, None, since, until)
    where.append("(site = ? OR site LIKE ?)")
    params += [prov, f"{prov}-%"]
    return list(db.query(
        "SELECT id, site, lang, url, title, title_translation, published_at, body, content_hash FROM articles"
        f" WHERE {' AND '.join(where)} ORDER BY published_at, id", params))


def changed_articles(db: sqlite_utils.Database, watermark: str | None) -> list[dict]:
    """Articles new or changed since a pairing run saw `watermark` (all of them when None)."""
    sql = "SELECT id, site, lang, published_at FROM articles WHERE published_at IS NOT NULL"
    params: list = []
    if watermark:
        sql += " AND changed_at > ?"
        params.append(watermark)
    return list(db.query(sql, params))


def high_watermark(db: sqlite_utils.Database) -> str | None:
    return db.execute("SELECT max(changed_at) FROM articles").fetchone()[0]


def last_watermark(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT watermark FROM pairing_runs ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def record_run(db: sqlite_utils.Database, watermark: str | None, considered: int, pairs: int) -> None:
    with transaction(db):
        db.execute("INSERT INTO pairing_runs (at, watermark, english_considered, pairs) VALUES (?, ?, ?, ?)",
                   [utc_now(), watermark, considered, pairs])


def pairs_of(db: sqlite_utils.Database, ids: Iterable[int]) -> list[dict]:
    """Every pair row (any status) that involves one of these articles."""
    ids = list(ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return list(db.query(f"SELECT * FROM article_pairs WHERE en_id IN ({marks}) OR zh_id IN ({marks})", ids + ids))


def person_decisions(rows: list[dict]) -> tuple[set[int], set[tuple[int, int]]]:
    """(articles a person paired, pairs a person rejected) among these rows."""
    held = {i for r in rows if r["status"] == "confirmed" for i in (r["en_id"], r["zh_id"])}
    rejected = {(r["en_id"], r["zh_id"]) for r in rows if r["status"] == "rejected"}
    return held, rejected


def replace_machine_pairs(db: sqlite_utils.Database, en_ids: Iterable[int], proposals: list[dict]) -> None:
    """Replace the machine proposals of these English articles with `proposals` (one transaction).

    A proposal equal to the stored one keeps its row, so its alignment is not redone; a person's
    row is never touched (the caller never proposes against one).
    """
    en_ids = list(en_ids)
    now = utc_now()
    wanted = {(p["en_id"], p["zh_id"]): p for p in proposals}
    with transaction(db):
        marks = ",".join("?" * len(en_ids)) or "NULL"
        for en_id, zh_id in db.execute(
                f"SELECT en_id, zh_id FROM article_pairs WHERE status = 'machine' AND en_id IN ({marks})",
                en_ids).fetchall():
            if (en_id, zh_id) not in wanted:
                db.execute("DELETE FROM article_pairs WHERE en_id = ? AND zh_id = ?", [en_id, zh_id])
        for (en_id, zh_id), p in wanted.items():
            db.execute(
                "INSERT INTO article_pairs (en_id, zh_id, score, method, evidence, status, decided_by, decided_at)"
                " VALUES (?, ?, ?, ?, ?, 'machine', 'machine', ?)"
                " ON CONFLICT (en_id, zh_id) DO UPDATE SET score = excluded.score, evidence = excluded.evidence,"
                " method = excluded.method WHERE status = 'machine'",
                [en_id, zh_id, p["score"], p["method"], json.dumps(p["evidence"], ensure_ascii=False), now])


def stale_alignments(db: sqlite_utils.Database) -> list[dict]:
    """Active pairs whose alignment is missing or was made from other versions of the texts."""
    return list(db.query(
        "SELECT p.en_id, p.zh_id, e.content_hash || ':' || z.content_hash AS hash FROM article_pairs p"
        " JOIN articles e ON e.id = p.en_id JOIN articles z ON z.id = p.zh_id"
        f" WHERE p.{ACTIVE} AND p.aligned_hash IS NOT e.content_hash || ':' || z.content_hash"))


def pair_candidates(db: sqlite_utils.Database, article_id: int, query: str, limit: int = 10) -> list[dict]:
    """Articles in the other language whose title (or its English) holds every word of `query`,
    newest first: what a reviewer picks a pair from. A number finds that article id too."""
    row = db.execute("SELECT lang FROM articles WHERE id = ?", [article_id]).fetchone()
    terms = query.split()
    if row is None or not terms:
        return []
    other = "zh" if row[0] == "en" else "en"
    escaped = ["%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for t in terms]
    like = " AND ".join("(title LIKE ? ESCAPE '\\' OR coalesce(title_translation, '') LIKE ? ESCAPE '\\')"
                        for _ in terms)
    by_id = " OR id = ?" if query.strip().isdigit() else ""
    params: list[Any] = [other, article_id] + [p for e in escaped for p in (e, e)]
    if by_id:
        params.append(int(query.strip()))
    return list(db.query(
        "SELECT id, site, lang, title, title_translation, published_at FROM articles"
        f" WHERE lang = ? AND id != ? AND (({like}){by_id}) ORDER BY published_at DESC, id DESC LIMIT ?",
        params + [limit]))


def paragraph_texts(db: sqlite_utils.Database, article_id: int) -> list[str]:
    return [t for (t,) in db.execute("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx", [article_id])]


def store_alignment(db: sqlite_utils.Database, en_id: int, zh_id: int, aligned_hash: str,
                    beads: dict[str, list[dict]]) -> None:
    """Replace the pair's beads: {'paragraph': [...], 'sentence': [...]}, each bead
    {zh_units, en_units, zh_text, en_text, confidence}."""
    with transaction(db):
        db.execute("DELETE FROM pair_alignments WHERE en_id = ? AND zh_id = ?", [en_id, zh_id])
        for level, rows in beads.items():
            for seq, b in enumerate(rows):
                db.execute(
                    "INSERT INTO pair_alignments (en_id, zh_id, level, seq, zh_units, en_units, zh_text, en_text,"
                    " confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [en_id, zh_id, level, seq, json.dumps(b["zh_units"]), json.dumps(b["en_units"]),
                     b["zh_text"], b["en_text"], b["confidence"]])
        db.execute("UPDATE article_pairs SET aligned_hash = ? WHERE en_id = ? AND zh_id = ?",
                   [aligned_hash, en_id, zh_id])


def pair_of(db: sqlite_utils.Database, article_id: int) -> dict | None:
    """The article's pair that is not rejected, with the other article's id, title, site and lang."""
    row = next(db.query(
        "SELECT p.*, o.id AS other_id, o.title AS other_title, o.site AS other_site, o.lang AS other_lang,"
        " o.published_at AS other_published_at FROM article_pairs p"
        " JOIN articles o ON o.id = CASE WHEN p.en_id = :id THEN p.zh_id ELSE p.en_id END"
        f" WHERE (p.en_id = :id OR p.zh_id = :id) AND p.{ACTIVE}", {"id": article_id}), None)
    if row is not None:
        row["evidence"] = json.loads(row["evidence"] or "{}")
    return row


def paragraph_beads(db: sqlite_utils.Database, en_id: int, zh_id: int) -> list[dict]:
    rows = list(db.query("SELECT * FROM pair_alignments WHERE en_id = ? AND zh_id = ? AND level = 'paragraph'"
                         " ORDER BY seq", [en_id, zh_id]))
    for row in rows:
        row["zh_units"], row["en_units"] = json.loads(row["zh_units"]), json.loads(row["en_units"])
    return rows


def _langs(db: sqlite_utils.Database, a: int, b: int) -> tuple[int, int]:
    """(en_id, zh_id) of two articles in either order; a pair is one English and one Chinese."""
    langs = dict(db.execute("SELECT id, lang FROM articles WHERE id IN (?, ?)", [a, b]).fetchall())
    if a not in langs or b not in langs:
        raise PairError(f"no article with id {b if a in langs else a}")
    if langs[a] == langs[b]:
        raise PairError(f"articles {a} and {b} are both {langs[a]}: a pair is one English and one Chinese article")
    return (a, b) if langs[a] == "en" else (b, a)


def _decide(db: sqlite_utils.Database, en_id: int, zh_id: int, status: str, reviewer: str, method: str) -> None:
    if not (reviewer or "").strip():
        raise PairError("a reviewer name is required")
    now = utc_now()
    with transaction(db):
        if status == "confirmed":
            # Whatever else either article was paired with gives way; another person's confirmed
            # pair does not: that needs their rejection first.
            for row in db.query(f"SELECT * FROM article_pairs WHERE {ACTIVE} AND (en_id = ? OR zh_id = ?)"
                                " AND NOT (en_id = ? AND zh_id = ?)", [en_id, zh_id, en_id, zh_id]):
                if row["status"] == "confirmed":
                    raise PairError(f"article {row['en_id'] if row['en_id'] != en_id else row['zh_id']} is already"
                                    " in a confirmed pair: reject that pair first")
                db.execute("DELETE FROM article_pairs WHERE en_id = ? AND zh_id = ?", [row["en_id"], row["zh_id"]])
        db.execute(
            "INSERT INTO article_pairs (en_id, zh_id, score, method, evidence, status, decided_by, reviewer,"
            " decided_at) VALUES (?, ?, NULL, ?, NULL, ?, 'person', ?, ?)"
            " ON CONFLICT (en_id, zh_id) DO UPDATE SET status = excluded.status, decided_by = 'person',"
            " reviewer = excluded.reviewer, decided_at = excluded.decided_at",
            [en_id, zh_id, method, status, reviewer.strip(), now])
        action = "confirm pair" if status == "confirmed" else "reject pair"
        for article_id, other in ((en_id, zh_id), (zh_id, en_id)):
            log_action(db, article_id, None, action, reviewer.strip(), now, str(other))


def confirm(db: sqlite_utils.Database, a: int, b: int, reviewer: str) -> None:
    _decide(db, *_langs(db, a, b), "confirmed", reviewer, "person")


def reject(db: sqlite_utils.Database, a: int, b: int, reviewer: str) -> None:
    _decide(db, *_langs(db, a, b), "rejected", reviewer, "person")


def set_pair(db: sqlite_utils.Database, a: int, b: int, reviewer: str) -> None:
    """A reviewer names the pair themselves: confirmed, whatever either article was paired with."""
    _decide(db, *_langs(db, a, b), "confirmed", reviewer, "person")


def iter_sentence_pairs(db: sqlite_utils.Database, *, min_confidence: float = 0.0, site: str | None = None,
                        since: Any = None, until: Any = None, suggestions: bool = False) -> Iterator[dict]:
    """Aligned sentence beads with both sides present, in pair order (a cursor): of confirmed and
    strong machine pairs, and with `suggestions` of every pair not rejected."""
    where, params = article_filters(None, None, since, until, prefix="e.")
    where += [f"p.{ACTIVE}" if suggestions else EXPORTED, "s.level = 'sentence'", "s.zh_text != ''",
              "s.en_text != ''", "s.confidence >= ?"]
    params.append(min_confidence)
    if site:
        where.append("(e.site = ? OR z.site = ?)")
        params += [site, site]
    cursor = db.execute(
        "SELECT p.en_id, p.zh_id, p.status, json_extract(p.evidence, '$.tier'), s.seq, s.zh_text, s.en_text,"
        " s.confidence, z.site, z.url, z.published_at, e.site, e.url, e.published_at FROM article_pairs p"
        " JOIN pair_alignments s ON s.en_id = p.en_id AND s.zh_id = p.zh_id"
        " JOIN articles e ON e.id = p.en_id JOIN articles z ON z.id = p.zh_id"
        f" WHERE {' AND '.join(where)} ORDER BY p.en_id, s.seq", params)
    names = ("en_id", "zh_id", "status", "tier", "seq", "zh", "en", "confidence", "zh_site", "zh_url",
             "zh_published_at", "en_site", "en_url", "en_published_at")
    for row in cursor:
        yield dict(zip(names, row))


def store_evaluation(db: sqlite_utils.Database, rows: list[dict]) -> None:
    with transaction(db):
        for row in rows:
            db.table("evaluations").insert({**row, "settings": json.dumps(row["settings"], sort_keys=True)})


def evaluations(db: sqlite_utils.Database, limit: int = 50) -> list[dict]:
    return list(db.query("SELECT * FROM evaluations ORDER BY id DESC LIMIT ?", [limit]))


def paragraph_alignments(db: sqlite_utils.Database, min_confidence: float) -> list[tuple[int, int, str, str]]:
    """(en_id, zh_id, zh_text, en_text) of each paragraph bead of a pair not rejected, at least
    this confident: what terms are mined from."""
    return db.execute(
        "SELECT a.en_id, a.zh_id, a.zh_text, a.en_text FROM pair_alignments a JOIN article_pairs p"
        f" ON p.en_id = a.en_id AND p.zh_id = a.zh_id WHERE p.{ACTIVE} AND a.level = 'paragraph'"
        " AND a.confidence >= ?", [min_confidence]).fetchall()


def replace_mined_terms(db: sqlite_utils.Database, terms: list[dict]) -> None:
    """The glossary terms mined from confident pairs: {zh, en, kind, pairs}; replaces the last mining."""
    now = utc_now()
    with transaction(db):
        db.execute("DELETE FROM glossary_terms")
        for t in terms:
            db.execute("INSERT OR REPLACE INTO glossary_terms (zh, en, kind, pairs, updated_at) VALUES (?, ?, ?, ?, ?)",
                       [t["zh"], t["en"], t["kind"], t["pairs"], now])


def glossary_terms(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT zh, en, kind, pairs FROM glossary_terms ORDER BY length(zh) DESC, zh"))
