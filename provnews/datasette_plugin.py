"""Datasette plugin: a provnews archive's search box finds what `provnews search` finds.

Datasette answers `?_search=` through the FTS5 table it detects, `articles_fts`, whose trigram
tokenizer matches nothing for a term of one or two characters (会议, 省, EU) and gives no warning:
a user searching the commonest Chinese words concludes the archive is empty. So on the article
tables of a provnews archive, `_search` goes through `archive.search` (every term length,
"phrases", -exclusions, English through the translations) and Datasette's own FTS filter steps
aside; every other table and every other database keep Datasette's behaviour.

The plugin also supplies the metadata that makes the archive readable there (descriptions,
facets short enough to leave the rows on the first screen, newest first, provnews' internal tables
hidden, `articles` and its views first on the home page), links each article to its page in the review UI (`provnews serve`), and
answers a page that reads a damaged part of the file with 503 and the repair commands instead of
Datasette's bare error 500. The review UI's secrets (password hashes, feed token hashes, the key
that signs sessions) read as NULL in every query Datasette runs on an archive, the SQL a visitor
types included (`SECRET_COLUMNS`, through SQLite's authorizer).
Installed with `pip install 'provnews[datasette]'`; registered through the `datasette` entry
point, so `datasette news.db` is all it takes.
"""

from __future__ import annotations

import functools
import html
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from datasette import Response, hookimpl
from datasette.filters import FilterArguments
from datasette.utils.asgi import BadRequest
from jinja2 import BaseLoader

from archive.db import is_archive_file, is_corruption
from archive.errors import ArchiveDamaged
from archive.search import SearchError, match_conditions, matching_ids_sql

__all__ = ["SEARCHABLE", "SECRET_COLUMNS", "REVIEW_URL_ENV", "is_archive", "review_url", "prepare_connection",
           "INTERNAL_TABLES", "HOME_FIRST", "FACET_SIZE", "DEFAULT_REVIEW_URL", "filters_from_request", "get_metadata",
           "prepare_jinja2_environment", "STYLE_PATH", "register_routes", "extra_css_urls", "render_cell",
           "handle_exception"]

# The tables and views whose `_search` means provnews search: (their article id column, their
# names for the searched columns), or no columns where a row is a unit, not an article.
SEARCHABLE: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "articles": ("id", ("title", "body", "title_translation", "body_translation")),
    # An English page's title_en/body_en are its own title/body, whose translations are NULL.
    "articles_view": ("id", ("title", "body", "title_en", "body_en")),
    "article_translations": ("article_id", None),
}
REVIEW_URL_ENV = "PROVNEWS_REVIEW_URL"
DEFAULT_REVIEW_URL = "http://127.0.0.1:8000"  # where `provnews serve` listens by default


@functools.lru_cache(maxsize=64)
def _archive_file(path: str, mtime_ns: int) -> bool:  # mtime_ns: a changed file is asked again
    return is_archive_file(path)


def is_archive(datasette: Any, database: str | None) -> bool:
    """Whether Datasette's database of that name is a file provnews made (cached per file state)."""
    db = datasette.databases.get(database) if database else None
    if db is None or not db.path or not Path(db.path).is_file():
        return False
    return _archive_file(str(db.path), Path(db.path).stat().st_mtime_ns)


# (table, column) that no Datasette visitor may read: with a password hash a password can be
# guessed offline, with the session key a session cookie forged (docs/review.md, threat model).
SECRET_COLUMNS = frozenset({("accounts", "password_hash"), ("accounts", "feed_token_hash"),
                            ("web_secrets", "secret")})


def _hide_secrets(action: int, table: str | None, column: str | None, _db: str | None, _trigger: str | None) -> int:
    if action == sqlite3.SQLITE_READ and (table, column) in SECRET_COLUMNS:
        return sqlite3.SQLITE_IGNORE  # the column reads as NULL
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    """On a provnews archive, the review UI's secrets read as NULL (`SECRET_COLUMNS`)."""
    if is_archive(datasette, database):
        conn.set_authorizer(_hide_secrets)


def _ours(datasette: Any, database: str | None, table: str | None) -> bool:
    return table in SEARCHABLE and is_archive(datasette, database)


def review_url(datasette: Any) -> str:
    """The review UI's base URL: plugin setting `review_url`, else $PROVNEWS_REVIEW_URL, else the default."""
    config = datasette.plugin_config("provnews") or {}
    return (config.get("review_url") or os.environ.get(REVIEW_URL_ENV) or DEFAULT_REVIEW_URL).rstrip("/")


# -- search -----------------------------------------------------------------------------------

@hookimpl
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Callable | None:
    query = request.args.get("_search")
    # An empty search box submits `_search=`: that is no search, as in Datasette itself.
    if not (query or "").strip() or not _ours(datasette, database, table):
        return None

    async def inner() -> FilterArguments:
        id_column, columns = SEARCHABLE[table]
        try:
            if columns is None:
                sql, params = matching_ids_sql(query)
                where = [f"[{id_column}] IN ({sql})"]
            else:
                # On the rows themselves, so the newest-first page of a common term stops early.
                where, params = match_conditions(query, columns=[f"[{c}]" for c in columns], id_column=f"[{id_column}]")
        except SearchError as exc:
            raise BadRequest(f"search: {exc}") from None
        # archive.search writes positional `?` (none inside a literal); Datasette binds names.
        pieces = " AND ".join(f"({w})" for w in where).split("?")
        assert len(pieces) == len(params) + 1, "a ? inside a literal of archive.search's SQL"
        names = {f"provnews_search_{i}": value for i, value in enumerate(params)}
        sql = pieces[0] + "".join(f":{name}{piece}" for name, piece in zip(names, pieces[1:]))
        return FilterArguments(
            [sql], names,
            [f'search matches "{query}" (provnews search: terms of any length)'],
            {"supports_search": True, "search": query},
        )

    return inner


@hookimpl(specname="filters_from_request", wrapper=True)
def _datasette_search_steps_aside(request: Any, database: str, table: str, datasette: Any):
    """Drop Datasette's own `_search` filter (datasette.filters.search_filters) on our tables.

    Both filters would otherwise be AND-ed, and Datasette's finds nothing for short terms. The
    built-in is told apart by its function's qualified name; a Datasette that renames it fails
    the plugin's tests (tests/datasette), not silently in front of a user.
    """
    results = yield
    if not _ours(datasette, database, table):
        return results
    return [r for r in results if getattr(r, "__qualname__", "") != "search_filters.<locals>.inner"]


# -- metadata ---------------------------------------------------------------------------------

# Only the columns whose meaning is not plain from the name: Datasette lists these above the rows.
_ARTICLE_COLUMNS = {
    "url": "Canonical URL on the real portal (also for pages crawled through a mirror)",
    "site": "Province code and language (zj-zh, gz-en, ...)",
    "published_at": "As printed on the page: ISO 8601 +08:00, or only the day, month or year it gives",
    "title_translation": "English of the title (reviewer's edit, else machine)",
    "version": "+1 each time the content changed (earlier versions: revisions)",
}

_TABLES = {
    "articles": {
        "description": "One row per article, its current version. The search box finds terms of any "
                       "length (会议, 乡村振兴), \"phrases\" and -exclusions, and English through the translations.",
        "facets": ["site", "lang"], "sort_desc": "published_at", "label_column": "title",
        "columns": _ARTICLE_COLUMNS,
    },
    "articles_view": {
        "description": "Articles with their English side by side; id links to the review UI.",
        "facets": ["site", "lang", "translation_state", "month"], "sort_desc": "published_at",
        "columns": {"id": "Opens the article in the review UI",
                    "title_en": "The title itself for an English page, else its translation",
                    "translation_state": "official English, pending, translated or reviewed"},
    },
    "article_translations": {
        "description": "Each article unit by unit (idx -1 is the title) beside its English.",
        "facets": ["site", "state", "kind"],
        "columns": {"article_id": "Opens the article in the review UI", "idx": "-1 the title, 0.. paragraphs",
                    "translation": "Effective English: edited, else machine"},
    },
    "paragraphs": {"description": "The units translation and review align on, in reading order.",
                   "facets": ["kind"]},
    "translations": {"description": "Machine and human English of each unit (idx -1: the title).",
                     "facets": ["state", "model"]},
    "revisions": {"description": "Earlier versions of changed articles, with the translations they had."},
    "failures": {"description": "Pages that could not be archived, with the reason.", "facets": ["site", "reason"],
                 "sort_desc": "at"},
    "runs": {"description": "One row per provnews run (cron), with its exit code and summary.", "sort_desc": "id"},
    "run_sites": {"description": "Per site and run: list pages, new, changed, failed, translated, duration, and the "
                                 "health measured and judged (state NULL: not judged).", "facets": ["site"]},
    "translation_memory": {"description": "Distinct source sentences and their machine English, per model."},
    "article_pairs": {"description": "Each English-edition article and its Chinese original: score, evidence, "
                                     "and whether a machine proposed it or a person decided (never overwritten).",
                      "facets": ["status", "decided_by", "method"]},
    "pair_alignments": {"description": "The aligned paragraphs and sentences of each pair, with confidence; "
                                       "the parallel corpus (`provnews export --pairs`).",
                        "facets": ["level"]},
    "evaluations": {"description": "chrF and BLEU of the installed model against the official English, per run, "
                                   "site, model and settings (`provnews evaluate`).", "facets": ["site", "model"],
                    "sort_desc": "id"},
    "glossary_terms": {"description": "Terms mined from confident pairs (names of people, places, bodies).",
                       "facets": ["kind"]},
    "site_health": {"description": "Each site's health per run (a view of run_sites): rule levels, body length, "
                                   "HTTP statuses, causes of failures and the drift alarms raised (`provnews health`).",
                    "facets": ["site", "state"], "sort_desc": "run_id"},
}


# provnews' own bookkeeping and the raw material of the views: hidden from the home and database
# pages (the database page still lists them under "hidden tables"; their URLs keep working).
# Datasette also hides every table whose name starts with a hidden one's.
INTERNAL_TABLES = ("paragraphs", "translations", "pair_alignments", "raw_pages", "raw_blobs", "raw_page_versions",
                   "translation_memory", "column_walks", "pairing_runs", "_sqlite_migrations")
# What a reader opens first; Datasette's home page otherwise lists the five largest tables.
HOME_FIRST = ("articles", "articles_view", "article_translations")
# Datasette's default of 30 values a facet pushes the rows below the first screen (one facet value
# per site: 44 sites); six and a "…" link to the rest keep the rows in view.
FACET_SIZE = 6


def _tables() -> dict:
    tables = {name: {**meta, "facet_size": FACET_SIZE} for name, meta in _TABLES.items()}
    for name in INTERNAL_TABLES:
        tables[name] = {**tables.get(name, {}), "hidden": True}
    return tables


@hookimpl
def get_metadata(datasette: Any, key: str, database: str | None, table: str | None) -> dict:
    archives = [name for name in datasette.databases if is_archive(datasette, name)]
    return {"databases": {name: {
        "description": "provnews archive: Chinese provincial-government news and its English",
        "tables": _tables(),
    } for name in archives}}


# -- the home page ----------------------------------------------------------------------------

# The expression Datasette's index.html lists a database's tables with: the home page shows it
# through `provnews_home_tables`, which puts HOME_FIRST first for an archive and changes nothing
# for any other database. A Datasette whose template lacks it fails tests/datasette, not a user.
_HOME_LIST = "database.tables_and_views_truncated"


def _home_tables(datasette: Any, database: dict) -> list:
    listed = list(database.get("tables_and_views_truncated") or [])
    if not is_archive(datasette, database.get("name")):
        return listed
    by_name = {t["name"]: t for t in listed}
    first = [by_name.get(name, {"name": name, "count": None, "private": False}) for name in HOME_FIRST]
    rest = [t for t in listed if t["name"] not in HOME_FIRST]
    return first + rest[:max(0, len(listed) - len(first))]


class _HomeLoader(BaseLoader):
    """Datasette's own loader, with index.html's table list passed through `provnews_home_tables`."""

    def __init__(self, loader: BaseLoader):
        self.loader = loader

    def get_source(self, environment: Any, template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = self.loader.get_source(environment, template)
        if template == "index.html":
            source = source.replace(_HOME_LIST, "(database | provnews_home_tables)")
        return source, filename, uptodate

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()


@hookimpl
def prepare_jinja2_environment(env: Any, datasette: Any) -> None:
    env.filters["provnews_home_tables"] = functools.partial(_home_tables, datasette)
    env.loader = _HomeLoader(env.loader)


# -- the rows' layout -------------------------------------------------------------------------

STYLE_PATH = "/-/provnews.css"
# The first row of a search must not wrap to four characters a line: an unbreakable URL took the
# width, so the URL breaks anywhere and the titles keep a readable measure; a body shows its
# first lines, scrolling inside its cell, so one article does not fill the screen.
_STYLE = """
.rows-and-columns td.col-url { word-break: break-all; min-width: 14em; }
.rows-and-columns td.col-title, .rows-and-columns td.col-title_en,
.rows-and-columns td.col-title_translation { min-width: 14em; }
.rows-and-columns td .provnews-long { min-width: 22em; max-height: 7.5em; overflow: auto; }
"""
_LONG_COLUMNS = {"body", "body_translation", "body_en", "text", "source_text", "translation"}


@hookimpl
def register_routes() -> list:
    async def style() -> Response:
        return Response(_STYLE, content_type="text/css; charset=utf-8")

    return [(r"^" + STYLE_PATH.replace(".", r"\.") + r"$", style)]


@hookimpl
def extra_css_urls(database: str | None, datasette: Any) -> list[str]:
    return [datasette.urls.path(STYLE_PATH)] if is_archive(datasette, database) else []


# -- links to the review UI -------------------------------------------------------------------

@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> str | None:
    from markupsafe import Markup

    if column in _LONG_COLUMNS and isinstance(value, str) and len(value) > 200 and table in SEARCHABLE \
            and is_archive(datasette, database):
        return Markup('<div class="provnews-long">{}</div>').format(value)
    link_column = {"articles_view": "id", "article_translations": "article_id"}.get(table or "")
    if column != link_column or not isinstance(value, int) or not is_archive(datasette, database):
        return None

    href = f"{review_url(datasette)}/articles/{value}"
    return Markup(f'<a href="{html.escape(href)}" title="review this article">{value}</a>')


# -- a damaged file ---------------------------------------------------------------------------

@hookimpl
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Response | None:
    """SQLite found damaged pages ("database disk image is malformed"): 503 naming the file and
    the fix, as the review UI and the CLI do. Other errors keep Datasette's own handling."""
    if not is_corruption(exception):
        return None
    name = (request.url_vars or {}).get("database")
    db = datasette.databases.get(name) if name else None
    damage = ArchiveDamaged(db.path if db is not None and db.path else name or "the database", str(exception))
    if request.path.split("?")[0].endswith(".json"):
        return Response.json({"ok": False, "error": str(damage), "status": 503, "title": "Archive damaged"},
                             status=503)
    q = html.escape
    return Response.html(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Archive damaged</title></head><body>"
        f"<h1>The archive is damaged</h1><p>{q(str(damage.path))} is damaged: SQLite says"
        f" \u201c{q(damage.detail)}\u201d. Nothing should write to it until it is repaired.</p>"
        "<ol><li>Stop <code>provnews run</code> (cron), <code>provnews serve</code> and this Datasette;"
        " keep the damaged file.</li>"
        f"<li>Run <code>provnews doctor --db {q(str(damage.path))}</code>: it names the newest backup and gives"
        " the commands that restore it, or that recover the readable rows into a new file:"
        f"<pre>{q(damage.recover_command)}</pre></li></ol>"
        "<p>docs/operations.md, \u201cA damaged archive\u201d, has the details.</p></body></html>",
        status=503)
