"""Full-text search over the archive that is right for Chinese terms of any length.

FTS5's trigram tokenizer (migration 0003_search) finds any substring of three or more characters,
but a term of one or two characters matches nothing, silently, and poisons NOT and AND queries
that contain it (docs/schema.md). So a query is split: terms of 3+ characters go to `MATCH`
on `articles_fts`, shorter ones become `instr()` filters on the base table, and both are AND-ed
in one SQL statement. Every term means the same thing either way: a case-insensitive substring
of the title, the body or their English translations.

Query syntax: terms separated by spaces are AND-ed; "a quoted phrase" is one term (spaces kept);
a leading `-` excludes a term or a phrase.

Snippets mark each hit as `[hit]`. Brackets that were in the text itself become fullwidth
`［` `］` inside a snippet, so `[` and `]` there only ever delimit highlights: a caller escapes
the text between markers and wraps the hits (`snippet_parts()` splits them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from .folding import fold_numbers
from .migrations import FTS_COLUMNS
from .period import FilterError, article_filters

__all__ = [
    "SearchError", "Query", "parse_query", "search", "count", "reindex", "index_in_sync",
    "snippet_parts", "mark_hits", "MARK_START", "MARK_END", "MIN_FTS_CHARS", "match_conditions", "matching_ids_sql",
    "MAX_LIMIT", "RANK_LIMIT",
]

MARK_START, MARK_END = "[", "]"
# A trigram index cannot see a term shorter than one trigram.
MIN_FTS_CHARS = 3
MAX_LIMIT = 1000
# Characters of context kept on each side of the first hit; a terminal line holds about this.
SNIPPET_BEFORE, SNIPPET_WIDTH = 24, 96

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_HAS_ASCII_LETTER = re.compile(r"[A-Za-z]")
_LITERAL_BRACKETS = str.maketrans({"[": "［", "]": "］", "\n": " ", "\r": " ", "\t": " "})


class SearchError(FilterError):
    """A query or filter the search refuses (empty query, bad limit, unknown language)."""


@dataclass
class Query:
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)

    @property
    def fts_include(self) -> list[str]:
        return [t for t in self.include if len(t) >= MIN_FTS_CHARS]

    @property
    def fts_exclude(self) -> list[str]:
        return [t for t in self.exclude if len(t) >= MIN_FTS_CHARS]

    @property
    def short_include(self) -> list[str]:
        return [t for t in self.include if len(t) < MIN_FTS_CHARS]

    @property
    def short_exclude(self) -> list[str]:
        return [t for t in self.exclude if len(t) < MIN_FTS_CHARS]


def parse_query(text: str) -> Query:
    """Split a query into the terms to include and to exclude (see the module docstring)."""
    query = Query()
    for match in _TOKEN.finditer(text):
        negate, phrase, word = match.groups()
        if word is not None:
            negate, term = word.startswith("-"), word
            if negate:
                term = term[1:]
        else:
            term, negate = phrase, bool(negate)
        if not term.strip():
            continue
        # Extraction folds numbers whole (３．２７ and 3．27 are stored as 3.27): so does the query.
        term = fold_numbers(term)
        bucket = query.exclude if negate else query.include
        if term not in bucket:
            bucket.append(term)
    if not query.include and not query.exclude:
        raise SearchError("empty query: give at least one term, e.g. 乡村振兴 or \"rural revitalization\"")
    return query


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts_expression(query: Query) -> str | None:
    if not query.fts_include:
        return None
    expression = " AND ".join(_fts_string(t) for t in query.fts_include)
    if query.fts_exclude:
        expression = f"({expression})" + "".join(f" NOT {_fts_string(t)}" for t in query.fts_exclude)
    return expression


def _contains_sql(term: str, columns: Sequence[str]) -> tuple[str, list[str]]:
    """SQL true when `term` is in any of `columns` (the searched ones); NULL counts as empty."""
    if _HAS_ASCII_LETTER.search(term):
        # SQLite's lower() folds ASCII only, like the ASCII folding the snippet uses; the
        # trigram tokenizer folds all of Unicode, so 1-2 character terms are the one place
        # where É and é differ.
        columns = [f"lower({c})" for c in columns]
        needle = term.translate(_ASCII_LOWER)
    else:
        # Lowering only changes ASCII letters, which cannot take part in a match of a term
        # without any: skip the copy (most terms are Chinese).
        needle = term
    sql = "coalesce(" + " OR ".join(f"instr({c}, ?)" for c in columns) + ", 0)"
    return sql, [needle] * len(columns)


_ALIASED = [f"a.{c}" for c in FTS_COLUMNS]


def _term_conditions(query: Query, columns: Sequence[str], id_column: str) -> tuple[list[str], list]:
    """Conditions for the short terms, and for 3+ character exclusions when no MATCH is made."""
    where: list[str] = []
    params: list = []
    for term in query.short_include:
        sql, args = _contains_sql(term, columns)
        where.append(sql)
        params.extend(args)
    for term in query.short_exclude:
        sql, args = _contains_sql(term, columns)
        where.append(f"NOT {sql}")
        params.extend(args)
    if query.fts_exclude and not query.fts_include:
        # No MATCH to subtract from: exclude the rows the index finds for those terms.
        where.append(f"{id_column} NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(" OR ".join(_fts_string(t) for t in query.fts_exclude))
    return where, params


def _where(query: Query, *, site: str | None, lang: str | None, since: Any, until: Any) -> tuple[list[str], list]:
    where, params = article_filters(site, lang, since, until, prefix="a.")
    terms, term_params = _term_conditions(query, _ALIASED, "a.id")
    return where + terms, params + term_params


def _select(query: Query, where: list[str], params: list, select: str, *, ranked: bool = True) -> tuple[str, list]:
    expression = _fts_expression(query)
    if expression is None:
        sql = f"SELECT {select}, NULL AS rank FROM articles a"
    elif ranked:
        sql = f"SELECT {select}, f.rank AS rank FROM articles_fts f JOIN articles a ON a.id = f.rowid"
        where = ["articles_fts MATCH ?", *where]
        params = [expression, *params]
    else:
        sql = f"SELECT {select}, NULL AS rank FROM articles a"
        # "+": not an index lookup per match, but a walk down the published_at index that
        # checks each article against the matches and stops after one page.
        where = ["+a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", *where]
        params = [expression, *params]
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql, params


def search(db: sqlite_utils.Database, query: str, *, site: str | None = None, lang: str | None = None,
           since: str | dt.date | None = None, until: str | dt.date | None = None,
           limit: int = 20, offset: int = 0) -> list[dict]:
    """Articles matching `query`, best first.

    :param since: / :param until: dates (YYYY-MM-DD, inclusive) on `published_at`; articles
      without a publication date are left out when either is given.
    :returns: dicts with id, url, site, lang, title, title_translation, published_at, snippet
      (hits marked with MARK_START/MARK_END) and rank: the FTS5 bm25 score (lower is better)
      when the query has a term of 3+ characters and its index terms match at most RANK_LIMIT
      articles; otherwise None, and results come newest first (undated last).
    """
    if not isinstance(limit, int) or not 0 < limit <= MAX_LIMIT:
        raise SearchError(f"limit must be between 1 and {MAX_LIMIT}, not {limit!r}")
    if not isinstance(offset, int) or offset < 0:
        raise SearchError(f"offset must be 0 or more, not {offset!r}")
    parsed = parse_query(query)
    where, params = _where(parsed, site=site, lang=lang, since=since, until=until)
    columns = "a.id, a.url, a.site, a.lang, a.title, a.title_translation, a.published_at"
    if parsed.fts_include and _rankable(db, parsed):
        sql, params = _select(parsed, where, params, columns)
        found = db.execute(f"{sql} ORDER BY f.rank, a.id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    elif parsed.fts_include:
        sql, params = _select(parsed, where, params, columns, ranked=False)
        found = db.execute(f"{sql}{_ORDER_NEWEST} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    else:
        found = _newest_first(db, parsed, site, lang, since, until, where, params, columns, limit, offset)
    rows = [dict(zip(("id", "url", "site", "lang", "title", "title_translation", "published_at", "rank"), r))
            for r in found]
    if rows:
        # Texts are fetched only for the page of results, never carried through a sort.
        marks = ", ".join("?" for _ in rows)
        texts = {r[0]: r[1:] for r in db.execute(
            f"SELECT id, {', '.join(FTS_COLUMNS)} FROM articles WHERE id IN ({marks})", [r["id"] for r in rows])}
        for row in rows:
            title, body, title_en, body_en = texts[row["id"]]
            row["snippet"] = _snippet([body, body_en, title, title_en], parsed.include)
    return [{key: row[key] for key in ("id", "url", "site", "lang", "title", "title_translation",
                                        "published_at", "snippet", "rank")} for row in rows]


# bm25 needs every match scored before the first result (about 2.5 us each); past this many
# matches the term is too common for its ranking to say much, and results come newest first.
RANK_LIMIT = 10_000


def _rankable(db: sqlite_utils.Database, query: Query) -> bool:
    """True when the index terms match few enough articles to rank them all by bm25."""
    n = db.execute("SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)",
                   [_fts_expression(query), RANK_LIMIT + 1]).fetchone()[0]
    return n <= RANK_LIMIT


# Step 1 of a query without a 3+ character term reads this many of the newest articles (~20 ms
# for 1,000 bodies); a term found (limit + offset) times there needs nothing else, and one found
# less often (under 2-5% of articles) is rare enough for step 2's index lookup to be cheap.
WINDOW_MIN, WINDOW_PER_RESULT = 1000, 20
_ORDER_NEWEST = " ORDER BY a.published_at DESC, a.id DESC"
_MAX_CHAR = "\U0010ffff"


def _newest_first(db: sqlite_utils.Database, query: Query, site: str | None, lang: str | None,
                  since: Any, until: Any, where: list[str], params: list, columns: str,
                  limit: int, offset: int) -> list[tuple]:
    """Results ordered by date for a query whose terms are all shorter than a trigram.

    1. Filter the newest articles only: exact, and enough for any common term.
    2. Otherwise the term is rare, so collect its candidates from the trigram index (every
       trigram that starts with it) plus the indexed column tails, and filter those exactly.
    The instr() conditions in `where` decide every row either way; the steps only bound what
    is read.
    """
    need = limit + offset
    page_sql, page_params = _select(query, where, params, columns)
    page_sql += _ORDER_NEWEST + " LIMIT ? OFFSET ?"
    if not query.short_include:  # exclusions only: nearly every article matches
        return db.execute(page_sql, [*page_params, limit, offset]).fetchall()

    scope, scope_params = _where(Query(), site=site, lang=lang, since=since, until=until)
    scope_sql = (" WHERE " + " AND ".join(scope)) if scope else ""
    window = max(WINDOW_MIN, WINDOW_PER_RESULT * need)
    cut = db.execute(f"SELECT a.published_at, a.id FROM articles a{scope_sql}{_ORDER_NEWEST} LIMIT 1 OFFSET ?",
                     [*scope_params, window - 1]).fetchone()
    if cut is None or cut[0] is None:  # a small archive, or the window reaches the undated ones
        return db.execute(page_sql, [*page_params, limit, offset]).fetchall()
    # The window as a range on the published_at index, so a common term stops at one page.
    newest = "a.published_at >= ? AND (a.published_at > ? OR a.id >= ?)"
    newest_params = [cut[0], cut[0], cut[1]]
    window_sql, window_params = _select(query, [newest, *where], [*newest_params, *params], columns)
    found = db.execute(window_sql + _ORDER_NEWEST + " LIMIT ? OFFSET ?", [*window_params, limit, offset]).fetchall()
    if len(found) == limit:
        return found

    term = _rarest(db, query.short_include, [newest, *scope], [*newest_params, *scope_params])
    candidates, candidate_params = _candidates(db, term)
    if candidates is None:
        return db.execute(page_sql, [*page_params, limit, offset]).fetchall()
    sql, sql_params = _select(query, [f"a.id IN ({candidates})", *where], [*candidate_params, *params], columns)
    return db.execute(sql + _ORDER_NEWEST + " LIMIT ? OFFSET ?", [*sql_params, limit, offset]).fetchall()


def _rarest(db: sqlite_utils.Database, terms: list[str], window: list[str], window_params: list) -> str:
    """The short term with the fewest hits among the newest articles: the fewest candidates."""
    if len(terms) == 1:
        return terms[0]
    conditions, condition_params = zip(*(_contains_sql(t, _ALIASED) for t in terms))
    counts = db.execute(f"SELECT {', '.join(f'sum({c})' for c in conditions)} FROM articles a"
                        f" WHERE {' AND '.join(window)}",
                        [*(p for ps in condition_params for p in ps), *window_params]).fetchone()
    return min(zip(counts, terms), key=lambda pair: (pair[0] or 0, -len(pair[1])))[1]


def _candidates(db: sqlite_utils.Database, term: str) -> tuple[str | None, list]:
    """SQL for the ids of every article that may contain `term` (1-2 characters), or None.

    A position followed by enough characters starts a trigram, which the index keeps folded
    to lower case; any other position lies in a column's last two characters, which the
    `articles_*_tail*` indexes keep. Terms with non-ASCII letters are left to a scan, because
    SQLite's folding of those differs from Python's.
    """
    if any(ord(c) > 127 and c.lower() != c.upper() for c in term):
        return None, []
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_fts_instances"
               " USING fts5vocab(main, 'articles_fts', 'instance')")
    low = term.translate(_ASCII_LOWER)
    parts = ["SELECT doc FROM temp.articles_fts_instances WHERE term >= ? AND term <= ?"]
    params: list[Any] = [low, low + _MAX_CHAR * (MIN_FTS_CHARS - len(low))]
    variants = sorted(_case_variants(term))
    marks = ", ".join("?" for _ in variants)
    for column in FTS_COLUMNS:
        if len(term) == 2:
            parts.append(f"SELECT id FROM articles WHERE substr({column}, -2) IN ({marks})")
            params.extend(variants)
        else:
            parts.append(f"SELECT id FROM articles WHERE substr({column}, -1) IN ({marks})")
            params.extend(variants)
            for variant in variants:
                parts.append(f"SELECT id FROM articles WHERE substr({column}, -2) BETWEEN ? AND ?")
                params.extend([variant, variant + _MAX_CHAR])
    return " UNION ".join(parts), params


def _case_variants(term: str) -> set[str]:
    variants = {""}
    for char in term:
        options = {char, char.lower(), char.upper()} if char.isascii() else {char}
        variants = {v + o for v in variants for o in options}
    return variants


def match_conditions(query: str, *, columns: Sequence[str] = FTS_COLUMNS,
                     id_column: str = "id") -> tuple[list[str], list]:
    """WHERE conditions, on a caller's own table or view, true for exactly the articles that
    `search()` finds for `query` (in whatever order the caller sorts them).

    :param columns: the caller's names for the searched columns, in FTS_COLUMNS' order (title,
      body, their English); :param id_column: its name for the article id.
    The conditions sit on the caller's rows, not in a subquery, so a caller that sorts by an
    indexed column and pages (Datasette's table page) stops after a page for a common short term.
    Raises SearchError.
    """
    parsed = parse_query(query)
    where, params = _term_conditions(parsed, columns, id_column)
    expression = _fts_expression(parsed)
    if expression is not None:
        where.insert(0, f"{id_column} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.insert(0, expression)
    return where, params


def matching_ids_sql(query: str) -> tuple[str, list]:
    """A `SELECT a.id FROM articles a …` of exactly the articles `search()` finds for `query`,
    for views that hold several rows per article (`id IN (…)`). Raises SearchError."""
    where, params = match_conditions(query, columns=_ALIASED, id_column="a.id")
    return "SELECT a.id FROM articles a WHERE " + " AND ".join(where), params


def count(db: sqlite_utils.Database, query: str, *, site: str | None = None, lang: str | None = None,
          since: str | dt.date | None = None, until: str | dt.date | None = None) -> int:
    """How many articles `search()` would page through for the same query and filters."""
    parsed = parse_query(query)
    where, params = _where(parsed, site=site, lang=lang, since=since, until=until)
    sql, params = _select(parsed, where, params, "a.id")
    return db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]


def _folded(text: str) -> str:
    # Same length as the text, so offsets found in it apply to the original.
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def _hits(text: str, terms: list[str]) -> list[tuple[int, int]]:
    folded = _folded(text)
    spans = []
    for term in terms:
        needle = _folded(term)
        start = folded.find(needle)
        while start != -1:
            spans.append((start, start + len(needle)))
            start = folded.find(needle, start + 1)
    return sorted(spans)


def _snippet(fields: list[str | None], terms: list[str]) -> str:
    """A short window of the field with the most distinct terms, each hit in it marked."""
    best_text, best_spans, best_score = None, [], -1
    for text in fields:
        if not text:
            continue
        spans = _hits(text, terms)
        score = len({text[s:e].lower() for s, e in spans})
        if score > best_score:
            best_text, best_spans, best_score = text, spans, score
    if best_text is None:
        return ""
    start = max(0, best_spans[0][0] - SNIPPET_BEFORE) if best_spans else 0
    end = min(len(best_text), start + SNIPPET_WIDTH)
    out, cursor = [], start
    for s, e in best_spans:
        s, e = max(s, cursor), min(e, end)
        if s >= e:
            continue  # overlaps a mark already made, or lies beyond the window
        out.append(best_text[cursor:s].translate(_LITERAL_BRACKETS))
        out.append(MARK_START + best_text[s:e].translate(_LITERAL_BRACKETS) + MARK_END)
        cursor = e
    out.append(best_text[cursor:end].translate(_LITERAL_BRACKETS))
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(best_text) else "")


def mark_hits(text: str, query: str) -> str:
    """The whole `text` (a title) with every hit of the query's terms marked as in a snippet."""
    out, cursor = [], 0
    for s, e in _hits(text, parse_query(query).include):
        s = max(s, cursor)
        if s >= e:
            continue
        out.append(text[cursor:s].translate(_LITERAL_BRACKETS))
        out.append(MARK_START + text[s:e].translate(_LITERAL_BRACKETS) + MARK_END)
        cursor = e
    out.append(text[cursor:].translate(_LITERAL_BRACKETS))
    return "".join(out)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, is_hit) pieces, for a caller that escapes and highlights."""
    parts: list[tuple[str, bool]] = []
    for piece in re.split(r"(\[[^\[\]]*\])", snippet):
        if piece.startswith(MARK_START) and piece.endswith(MARK_END) and len(piece) >= 2:
            parts.append((piece[1:-1], True))
        elif piece:
            parts.append((piece, False))
    return parts


def reindex(db: sqlite_utils.Database) -> int:
    """Rebuild the full-text index from the articles table; return how many articles it holds."""
    db.table("articles").rebuild_fts()
    db.table("articles").optimize()
    return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def index_in_sync(db: sqlite_utils.Database) -> bool:
    """True when the index holds exactly the articles' current text (FTS5 integrity-check)."""
    import sqlite3

    try:
        db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError:
        return False
    return True
