"""Storing articles so that nothing is lost or overwritten in silence.

An article row is the current version of one canonical URL. When a re-crawl brings different
content, the version it replaces moves to `revisions` (with the translations it had) in the same
transaction, and translations of paragraphs whose text did not change follow the new version.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import sqlite_utils

from .clock import utc_now
from .db import inserted_id, open_db, transaction
from .hashing import content_hash, text_hash

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"

# Failures worth retrying on the next run: server errors, throttling, and network errors (no status).
_TRANSIENT = "http_status IS NULL OR http_status >= 500 OR http_status IN (408, 429)"

_ARTICLE_FIELDS = ("title", "published_at", "date_rule", "source", "author", "editor",
                   "title_rule", "body_rule", "source_rule")


class Archive:
    """The archive file and the operations every writer needs."""

    def __init__(self, path: str | Path, *, migrate_schema: bool = True):
        self.path = Path(path)
        self.db: sqlite_utils.Database = open_db(self.path, migrate_schema=migrate_schema)

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.conn.close()

    # -- articles -------------------------------------------------------------------------

    def known_urls(self, site: str | None = None) -> set[str]:
        if site is None:
            rows = self.db.execute("SELECT url FROM articles")
        else:
            rows = self.db.execute("SELECT url FROM articles WHERE site = ?", [site])
        return {url for (url,) in rows.fetchall()}

    def store_article(self, page: Mapping[str, Any], *, fetched_at: str | None = None,
                      raw_pages: Iterable[Mapping[str, Any]] | None = None) -> str:
        """Insert or update one article; return 'new', 'changed' or 'unchanged'."""
        fetched_at = fetched_at or utc_now()
        paragraphs = [
            {"text": p["text"], "kind": p.get("kind", "text")} for p in page["paragraphs"]
        ]
        digest = content_hash(page, paragraphs)
        with transaction(self.db):
            current = next(self.db.query("SELECT * FROM articles WHERE url = ?", [page["url"]]), None)
            if current is None:
                article_id = self._insert(page, paragraphs, digest, fetched_at)
                outcome, version = NEW, 1
            else:
                article_id, version = current["id"], current["version"]
                if current["content_hash"] == digest:
                    self.db.execute("UPDATE articles SET fetched_at = ? WHERE id = ?", [fetched_at, article_id])
                    outcome = UNCHANGED
                else:
                    version += 1
                    self._replace(current, page, paragraphs, digest, fetched_at)
                    outcome = CHANGED
            if raw_pages:
                from .raw import save_raw_pages

                save_raw_pages(self.db, raw_pages, article_id=article_id, article_version=version)
        return outcome

    def _insert(self, page: Mapping[str, Any], paragraphs: list[dict], digest: str, fetched_at: str) -> int:
        record = {field: page.get(field) for field in _ARTICLE_FIELDS}
        record.update(
            attachment_only=int(bool(page.get("attachment_only"))),
            url=page["url"], site=page["site"], lang=page["lang"],
            body="\n".join(p["text"] for p in paragraphs),
            images=json.dumps(page.get("images") or [], ensure_ascii=False),
            attachments=json.dumps(page.get("attachments") or [], ensure_ascii=False),
            content_hash=digest, version=1,
            first_seen_at=fetched_at, changed_at=fetched_at, fetched_at=fetched_at,
        )
        columns = ", ".join(record)
        marks = ", ".join("?" for _ in record)
        cursor = self.db.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})", list(record.values()))
        article_id = inserted_id(cursor)
        self._write_paragraphs(article_id, paragraphs)
        return article_id

    def _write_paragraphs(self, article_id: int, paragraphs: list[dict]) -> None:
        self.db.conn.executemany(
            "INSERT INTO paragraphs (article_id, idx, kind, text, text_hash) VALUES (?, ?, ?, ?, ?)",
            [(article_id, i, p["kind"], p["text"], text_hash(p["text"])) for i, p in enumerate(paragraphs)],
        )

    def _replace(self, current: dict, page: Mapping[str, Any], paragraphs: list[dict],
                 digest: str, fetched_at: str) -> None:
        article_id = current["id"]
        old_paragraphs = [
            {"text": text, "kind": kind}
            for kind, text in self.db.execute(
                "SELECT kind, text FROM paragraphs WHERE article_id = ? ORDER BY idx", [article_id]
            ).fetchall()
        ]
        old_translations = [
            dict(zip(("idx", "source_hash", "model", "machine", "translated_at", "edited", "edited_at",
                      "state", "reviewer", "reviewed_at", "edited_by", "reviewed_by"), r))
            for r in self.db.execute(
                "SELECT idx, source_hash, model, machine, translated_at, edited, edited_at, state, reviewer,"
                " reviewed_at, edited_by, reviewed_by FROM translations WHERE article_id = ? ORDER BY idx",
                [article_id]
            ).fetchall()
        ]
        self.db.execute(
            "INSERT INTO revisions (article_id, version, content_hash, title, published_at, source, author,"
            " editor, body, paragraphs, translations, changed_at, fetched_at, superseded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, current["version"], current["content_hash"], current["title"], current["published_at"],
             current["source"], current["author"], current["editor"], current["body"],
             json.dumps(old_paragraphs, ensure_ascii=False), json.dumps(old_translations, ensure_ascii=False),
             current["changed_at"], current["fetched_at"], fetched_at],
        )
        update = {field: page.get(field) for field in _ARTICLE_FIELDS}
        update.update(
            attachment_only=int(bool(page.get("attachment_only"))),
            body="\n".join(p["text"] for p in paragraphs),
            images=json.dumps(page.get("images") or [], ensure_ascii=False),
            attachments=json.dumps(page.get("attachments") or [], ensure_ascii=False),
            content_hash=digest, version=current["version"] + 1, changed_at=fetched_at, fetched_at=fetched_at,
            title_translation=None, body_translation=None, translation_model=None, translated_at=None,
        )
        assignments = ", ".join(f"{column} = ?" for column in update)
        self.db.execute(f"UPDATE articles SET {assignments} WHERE id = ?", [*update.values(), article_id])
        self.db.execute("DELETE FROM paragraphs WHERE article_id = ?", [article_id])
        self._write_paragraphs(article_id, paragraphs)
        self._carry_translations(article_id, page["title"], paragraphs, old_translations)

    def _carry_translations(self, article_id: int, title: str, paragraphs: list[dict],
                            old: list[dict]) -> None:
        """Keep each translation whose source text survives, re-indexed to its new position."""
        self.db.execute("DELETE FROM translations WHERE article_id = ?", [article_id])
        by_hash: dict[str, list[dict]] = {}
        for row in old:
            by_hash.setdefault(row["source_hash"], []).append(row)
        sources = [(-1, title)] + [(i, p["text"]) for i, p in enumerate(paragraphs)]
        for idx, text in sources:
            candidates = by_hash.get(text_hash(text))
            if not candidates:
                continue
            row = dict(candidates.pop(0), idx=idx)
            columns = ", ".join(row)
            self.db.execute(
                f"INSERT INTO translations (article_id, {columns}) VALUES (?, {', '.join('?' for _ in row)})",
                [article_id, *row.values()],
            )

    # -- failures -------------------------------------------------------------------------

    def permanent_failure_urls(self, site: str) -> set[str]:
        """URLs of the site whose failure will not pass by itself (a soft 404, an HTTP 404)."""
        rows = self.db.execute(f"SELECT DISTINCT url FROM failures WHERE site = ? AND NOT ({_TRANSIENT})", [site])
        return {url for (url,) in rows.fetchall()}

    def retryable_failure_urls(self, site: str) -> list[str]:
        """Articles of the site that failed for a passing reason and are not archived yet."""
        rows = self.db.execute(
            f"SELECT DISTINCT url FROM failures WHERE site = ? AND ({_TRANSIENT})"
            " AND reason NOT LIKE 'list page:%' AND url NOT IN (SELECT url FROM articles)", [site])
        return [url for (url,) in rows.fetchall()]

    def record_failure(self, url: str, site: str | None, reason: str, http_status: int | None = None,
                       run_id: int | None = None, raw_pages: Iterable[Mapping[str, Any]] | None = None) -> None:
        """Record why `url` is not archived; with `raw_pages` (the responses as fetched, first
        page first), keep them too, so nothing fetched is lost and `reparse` can retry."""
        with transaction(self.db):
            raw_ids: list[int] = []
            if raw_pages:
                from .raw import save_failed_pages

                raw_ids = save_failed_pages(self.db, raw_pages)
            self.db.execute(
                "INSERT INTO failures (url, site, reason, http_status, at, run_id, raw_page_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [url, site, reason, http_status, utc_now(), run_id, raw_ids[0] if raw_ids else None],
            )
