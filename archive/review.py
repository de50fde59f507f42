"""The reviewer's side of the archive: browsing, the review queue, and human edits to translations.

A unit is one aligned pair: idx -1 is the article title, idx >= 0 the paragraph of that idx. The
machine output in `translations.machine` is never overwritten; an edit goes to `edited`, and the
effective English is `edited` when set, else `machine`. Every write also refreshes the joined
`articles.title_translation` / `body_translation` in the same transaction, so the flat columns
that exports, Datasette and search read never disagree with the units.

`translations.reviewer` is the person who last edited or reviewed the unit, `edited_by` the last
to edit it and `reviewed_by` the last to sign it off; `reviewed_at` is set only while its state is
'reviewed'. An edit after a review sends the unit (and its article) back to the queue, because the
reviewed text is no longer the text on record. Every edit and sign-off is also a line of the
article's history (`archive.accounts.history`).
"""

from __future__ import annotations

import re

import sqlite_utils

from . import pairs
from .accounts import log_action
from .clock import utc_now
from .db import transaction
from .errors import ArchiveError
from .period import article_filters

__all__ = [
    "ReviewError", "NotFound", "ReviewConflict", "TITLE_IDX", "SHOWN_CONFIDENCE",
    "list_articles", "count_articles", "review_queue", "queue_size", "next_in_queue", "sites",
    "article_state", "get_article", "get_unit", "next_unit", "edit_unit", "review_unit", "review_article",
]

TITLE_IDX = -1
# A paragraph bead below this confidence is shown as unaligned: its Chinese as "no official English
# aligned", its English as "English only". Unrelated texts align below 0.4 and true pairs at 0.6 or
# more (tests/pairs/test_align.py); the review page and docs/pairing.md state the number.
SHOWN_CONFIDENCE = 0.4

_LIST_COLUMNS = (
    "id, url, site, lang, title, title_translation, published_at, source, translated_at, reviewed_by, reviewed_at"
)


class ReviewError(ArchiveError):
    """A review action the archive refuses (untranslated unit, empty edit, no reviewer name)."""


class NotFound(ReviewError):
    """No such article or unit."""


class ReviewConflict(ReviewError):
    """Someone changed the unit since the reviewer loaded it; reload instead of overwriting."""


def article_state(row: dict) -> str:
    """english | pending | translated | reviewed: what a list shows beside each article."""
    if row["reviewed_at"]:
        return "reviewed"
    if row["lang"] == "en":
        return "english"
    return "translated" if row["translated_at"] else "pending"


def _listing(db: sqlite_utils.Database, where: list[str], params: list, limit: int, offset: int,
             table: str = "articles") -> list[dict]:
    sql = f"SELECT {_LIST_COLUMNS} FROM {table}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?"
    rows = list(db.query(sql, [*params, limit, offset]))
    for row in rows:
        row["state"] = article_state(row)
    return rows


def list_articles(db: sqlite_utils.Database, *, site: str | None = None, lang: str | None = None,
                  since: str | None = None, until: str | None = None, limit: int = 50,
                  offset: int = 0, paired: str | None = None) -> list[dict]:
    """Articles newest first, filtered by site, language, an inclusive date range and
    `paired` ('yes': in a pair that is not rejected, 'no': in none)."""
    where, params = _list_filters(site, lang, since, until, paired)
    return _listing(db, where, params, limit, offset)


def count_articles(db: sqlite_utils.Database, *, site: str | None = None, lang: str | None = None,
                   since: str | None = None, until: str | None = None, paired: str | None = None) -> int:
    """How many articles `list_articles` pages through for the same filters."""
    where, params = _list_filters(site, lang, since, until, paired)
    sql = "SELECT count(*) FROM articles" + (" WHERE " + " AND ".join(where) if where else "")
    return db.execute(sql, params).fetchone()[0]


def _list_filters(site, lang, since, until, paired) -> tuple[list[str], list]:
    where, params = article_filters(site, lang, since, until)
    if paired in ("yes", "no"):
        where.append(("" if paired == "yes" else "NOT ") + _IN_PAIR)
    elif paired:
        raise ReviewError(f"paired must be yes or no, not {paired!r}")
    return where, params


_IN_PAIR = ("EXISTS (SELECT 1 FROM article_pairs p WHERE (p.en_id = articles.id OR p.zh_id = articles.id)"
            " AND p.status != 'rejected')")


# The queue: Chinese articles whose translation is complete (the worker stamps translated_at)
# and that no reviewer has signed off yet. Kept textually identical to the partial index
# articles_review_queue (migration 0004), which SQLite uses only on an exact match.
_QUEUE = ["lang = 'zh'", "translated_at IS NOT NULL", "reviewed_at IS NULL"]
# Without ANALYZE statistics the planner prefers the (lang, translated_at) index and then reads
# every translated row; naming the index also makes SQLite fail loudly if the two ever drift apart.
_QUEUE_TABLE = "articles INDEXED BY articles_review_queue"


def review_queue(db: sqlite_utils.Database, *, site: str | None = None, limit: int = 50,
                 offset: int = 0) -> list[dict]:
    where, params = article_filters(site, None, None, None)
    return _listing(db, [*_QUEUE, *where], params, limit, offset, table=_QUEUE_TABLE)


def queue_size(db: sqlite_utils.Database, *, site: str | None = None) -> int:
    where, params = article_filters(site, None, None, None)
    sql = f"SELECT count(*) FROM {_QUEUE_TABLE} WHERE {' AND '.join([*_QUEUE, *where])}"
    return db.execute(sql, params).fetchone()[0]


def sites(db: sqlite_utils.Database) -> list[str]:
    """The archive's sites, by skipping through the (site, published_at) index: one seek per site
    instead of GROUP BY's read of every row (35 ms at 100k articles, on every browse page)."""
    return [site for (site,) in db.execute("""
        WITH RECURSIVE s(site) AS (
            SELECT min(site) FROM articles
            UNION ALL
            SELECT (SELECT min(site) FROM articles WHERE site > s.site) FROM s WHERE s.site IS NOT NULL
        ) SELECT site FROM s WHERE site IS NOT NULL""")]


def get_article(db: sqlite_utils.Database, article_id: int) -> dict:
    """The article row plus `units`: the title then each paragraph, with its translation if any.

    A unit without a translation row has `translated` False and `english` None: the UI shows the
    Chinese alone and offers no edit.
    """
    article = next(db.query("SELECT * FROM articles WHERE id = ?", [article_id]), None)
    if article is None:
        raise NotFound(f"no article with id {article_id}")
    translations = {
        row["idx"]: row for row in db.query("SELECT * FROM translations WHERE article_id = ?", [article_id])
    }
    sources = [(TITLE_IDX, "title", article["title"])] + [
        (idx, kind, text) for idx, kind, text in db.execute(
            "SELECT idx, kind, text FROM paragraphs WHERE article_id = ? ORDER BY idx", [article_id])
    ]
    units = [_unit(idx, kind, text, translations.get(idx)) for idx, kind, text in sources]
    article["units"] = units
    article["state"] = article_state(article)
    article["pair"] = pairs.pair_of(db, article_id)
    article["official"] = _official(db, article["pair"]) if article["lang"] == "zh" else {}
    translated = [u for u in units if u["translated"]]
    article["progress"] = {
        "units": len(units),
        "translated": len(translated),
        "reviewed": sum(u["state"] == "reviewed" for u in translated),
    }
    return article


def _official(db: sqlite_utils.Database, pair: dict | None) -> dict:
    """The official English beside each Chinese unit, from the pair's paragraph alignment.

    {idx: {"text", "confidence", "first", "shared"}}: a bead that joins several Chinese paragraphs
    shows its English on the first ("shared" on the others); an English paragraph the alignment
    left alone rides under the key of the Chinese unit before it, in "extra", so nothing the
    official translation says is hidden. A bead below SHOWN_CONFIDENCE is no pair: its Chinese
    units are unaligned ("weak", with the confidence) and its English rides in "extra".
    """
    if pair is None:
        return {}
    official: dict = {TITLE_IDX: {"text": next(db.query("SELECT title FROM articles WHERE id = ?",
                                                       [pair["en_id"]]))["title"],
                                  "confidence": None, "first": True, "shared": 1, "extra": []}}
    last = TITLE_IDX
    for bead in pairs.paragraph_beads(db, pair["en_id"], pair["zh_id"]):
        weak = bool(bead["zh_units"] and bead["en_units"]) and (bead["confidence"] or 0) < SHOWN_CONFIDENCE
        if weak:  # not a pair: each side shown alone, the Chinese first as in reading order
            for idx in bead["zh_units"]:
                official[idx] = {"text": None, "confidence": bead["confidence"], "first": True, "shared": 1,
                                 "extra": [], "weak": True}
                last = idx
        if not bead["zh_units"] or weak:
            official.setdefault(last, {"text": None, "confidence": None, "first": True, "shared": 1, "extra": []})
            official[last]["extra"].append(bead["en_text"])
            continue
        for n, idx in enumerate(bead["zh_units"]):
            official[idx] = {"text": bead["en_text"] if bead["en_units"] else None, "confidence": bead["confidence"],
                             "first": n == 0, "shared": len(bead["zh_units"]), "extra": []}
            last = idx
    return official


def _unit(idx: int, kind: str, source: str, row: dict | None) -> dict:
    unit = {"idx": idx, "kind": kind, "source": source, "translated": row is not None}
    if row is None:
        unit.update(machine=None, edited=None, english=None, state=None, model=None, reviewer=None,
                    reviewed_at=None, edited_at=None, translated_at=None, edited_by=None, reviewed_by=None)
        return unit
    unit.update(
        machine=row["machine"], edited=row["edited"],
        english=row["edited"] if row["edited"] is not None else row["machine"],
        state=row["state"], model=row["model"], reviewer=row["reviewer"], reviewed_at=row["reviewed_at"],
        edited_at=row["edited_at"], translated_at=row["translated_at"], edited_by=row.get("edited_by"),
        reviewed_by=row.get("reviewed_by"),
    )
    return unit


def _translation(db: sqlite_utils.Database, article_id: int, idx: int) -> dict:
    row = next(db.query("SELECT * FROM translations WHERE article_id = ? AND idx = ?", [article_id, idx]), None)
    if row is not None:
        return row
    exists = db.execute("SELECT lang FROM articles WHERE id = ?", [article_id]).fetchone()
    if exists is None:
        raise NotFound(f"no article with id {article_id}")
    has_source = idx == TITLE_IDX or db.execute(
        "SELECT 1 FROM paragraphs WHERE article_id = ? AND idx = ?", [article_id, idx]).fetchone()
    if not has_source:
        raise NotFound(f"article {article_id} has no paragraph {idx}")
    raise ReviewError(f"paragraph {idx} of article {article_id} has no translation yet: run provnews translate first")


def _effective(row: dict) -> str:
    return row["edited"] if row["edited"] is not None else row["machine"]


def _normalize(text: str) -> str:
    # A unit is one paragraph: line breaks typed in a text box would break the line-per-paragraph
    # alignment of body_translation with body, so they become spaces.
    return re.sub(r"\s*[\r\n]+\s*", " ", text).strip()


def _require_reviewer(reviewer: str) -> str:
    reviewer = (reviewer or "").strip()
    if not reviewer:
        raise ReviewError("a reviewer name is required")
    return reviewer


def _refresh_article(db: sqlite_utils.Database, article_id: int, *, unreview: bool) -> None:
    """Rebuild the joined English from the units; an edit also withdraws the article's sign-off."""
    rows = db.execute(
        "SELECT t.idx, coalesce(t.edited, t.machine) FROM translations t WHERE t.article_id = ? ORDER BY t.idx",
        [article_id],
    ).fetchall()
    english = dict(rows)
    paragraph_idxs = [i for (i,) in db.execute("SELECT idx FROM paragraphs WHERE article_id = ? ORDER BY idx",
                                               [article_id])]
    body = "\n".join(english.get(i, "") for i in paragraph_idxs) if any(i in english for i in paragraph_idxs) else None
    sql = "UPDATE articles SET title_translation = ?, body_translation = ?"
    if unreview:
        sql += ", reviewed_by = NULL, reviewed_at = NULL"
    db.execute(sql + " WHERE id = ?", [english.get(TITLE_IDX), body, article_id])


def edit_unit(db: sqlite_utils.Database, article_id: int, idx: int, english: str, reviewer: str, *,
              expected: str | None = None, now: str | None = None) -> dict:
    """Store a reviewer's English for one unit, keeping the machine version beside it.

    `expected` is the English the reviewer started from; if the unit has changed since (another
    reviewer, a re-translation), ReviewConflict is raised rather than overwriting their work.
    Submitting the machine text again withdraws the edit.
    """
    reviewer = _require_reviewer(reviewer)
    english = _normalize(english)
    if not english:
        raise ReviewError("the English text is empty: to keep the machine version, submit it unchanged")
    now = now or utc_now()
    with transaction(db):
        row = _translation(db, article_id, idx)
        if expected is not None and _normalize(expected) != _normalize(_effective(row)):
            raise ReviewConflict(
                f"paragraph {idx} of article {article_id} was changed by someone else: reload and edit again")
        if english == _normalize(_effective(row)):
            return get_unit(db, article_id, idx)
        if english == _normalize(row["machine"]):
            db.execute(
                "UPDATE translations SET edited = NULL, edited_at = NULL, state = 'machine', reviewer = ?,"
                " edited_by = ?, reviewed_at = NULL WHERE article_id = ? AND idx = ?",
                [reviewer, reviewer, article_id, idx])
            log_action(db, article_id, idx, "restore machine", reviewer, now, english)
        else:
            db.execute(
                "UPDATE translations SET edited = ?, edited_at = ?, state = 'edited', reviewer = ?, edited_by = ?,"
                " reviewed_at = NULL WHERE article_id = ? AND idx = ?",
                [english, now, reviewer, reviewer, article_id, idx])
            log_action(db, article_id, idx, "edit", reviewer, now, english)
        _refresh_article(db, article_id, unreview=True)
    return get_unit(db, article_id, idx)


def review_unit(db: sqlite_utils.Database, article_id: int, idx: int, reviewer: str, *,
                now: str | None = None) -> dict:
    """Sign off one unit's effective English as it stands."""
    reviewer = _require_reviewer(reviewer)
    now = now or utc_now()
    with transaction(db):
        _translation(db, article_id, idx)
        db.execute(
            "UPDATE translations SET state = 'reviewed', reviewer = ?, reviewed_by = ?, reviewed_at = ?"
            " WHERE article_id = ? AND idx = ?",
            [reviewer, reviewer, now, article_id, idx])
        log_action(db, article_id, idx, "review", reviewer, now)
        _refresh_article(db, article_id, unreview=False)
    return get_unit(db, article_id, idx)


def review_article(db: sqlite_utils.Database, article_id: int, reviewer: str, *, now: str | None = None) -> dict:
    """Sign off a whole article: every unit not yet reviewed is marked reviewed by this reviewer.

    A Chinese article with units still untranslated cannot be signed off (there is nothing to
    review for them); an English article can, as a check of its extraction.
    """
    reviewer = _require_reviewer(reviewer)
    now = now or utc_now()
    with transaction(db):
        article = get_article(db, article_id)
        if article["lang"] == "zh":
            missing = [u["idx"] for u in article["units"] if not u["translated"]]
            if missing:
                raise ReviewError(
                    f"article {article_id} has {len(missing)} untranslated unit(s): run provnews translate first")
        db.execute(
            "UPDATE translations SET state = 'reviewed', reviewer = ?, reviewed_by = ?, reviewed_at = ?"
            " WHERE article_id = ? AND state != 'reviewed'", [reviewer, reviewer, now, article_id])
        log_action(db, article_id, None, "review article", reviewer, now)
        db.execute("UPDATE articles SET reviewed_by = ?, reviewed_at = ? WHERE id = ?", [reviewer, now, article_id])
        _refresh_article(db, article_id, unreview=False)
    return get_article(db, article_id)


def get_unit(db: sqlite_utils.Database, article_id: int, idx: int) -> dict:
    row = _translation(db, article_id, idx)
    if idx == TITLE_IDX:
        kind, source = "title", db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    else:
        kind, source = db.execute("SELECT kind, text FROM paragraphs WHERE article_id = ? AND idx = ?",
                                  [article_id, idx]).fetchone()
    return _unit(idx, kind, source, row)


def next_unit(db: sqlite_utils.Database, article_id: int, idx: int) -> int:
    """The unit after `idx` (or `idx` itself at the end): where a reviewer goes after signing one off."""
    (following,) = db.execute("SELECT min(idx) FROM paragraphs WHERE article_id = ? AND idx > ?",
                              [article_id, idx]).fetchone()
    return idx if following is None else following


def next_in_queue(db: sqlite_utils.Database, *, after: int | None = None) -> int | None:
    """The queued article a reviewer should open next (skipping the one they are on)."""
    sql = f"SELECT id FROM {_QUEUE_TABLE} WHERE {' AND '.join(_QUEUE)}"
    params: list = []
    if after is not None:
        sql += " AND id != ?"
        params.append(after)
    row = db.execute(sql + " ORDER BY published_at DESC, id DESC LIMIT 1", params).fetchone()
    return row[0] if row else None
