"""Exports of the archive as JSONL, CSV and TMX 1.4, streamed in constant memory.

Every writer walks SQLite cursors in article order and writes each record as soon as it is
complete, so exporting a million articles holds one article in memory, not the archive.
Articles and their aligned units come from two cursors read side by side (a merge join), which
is one pass over each table instead of a query per article.

Filters: `site`; `since`/`until` on the publication date (archive.period); `reviewed_only`
keeps, for JSONL and CSV, the articles a reviewer signed off (`articles.reviewed_at` set) and,
for TMX, the units whose state is 'reviewed'.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterator
from io import TextIOBase
from typing import Any, TextIO, cast
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

import sqlite_utils

from .errors import ArchiveError
from .period import article_filters
from .version import provnews_version

__all__ = ["ExportError", "FORMATS", "PAIR_FORMATS", "iter_articles", "write_jsonl", "write_csv", "write_tmx", "export",
           "export_pairs", "CSV_COLUMNS"]

FORMATS = ("jsonl", "csv", "tmx")
# Stored as JSON text in the articles table; exported as the lists they are.
_JSON_COLUMNS = ("images", "attachments")
# XML 1.0 forbids most control characters; scraped text sometimes holds them.
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class ExportError(ArchiveError):
    """An export the archive cannot produce (unknown format)."""


def _where(conditions: list[str]) -> str:
    return (" WHERE " + " AND ".join(conditions)) if conditions else ""


def _effective(machine: str | None, edited: str | None) -> str | None:
    return edited if edited is not None else machine


def iter_articles(db: sqlite_utils.Database, *, site: str | None = None, since: Any = None,
                  until: Any = None, reviewed_only: bool = False) -> Iterator[dict]:
    """Each matching article (all archive columns) with its aligned units, in id order.

    Adds `title_translation`/`title_state` (and `title_edited_by`/`title_reviewed_by`) from the
    title unit where one exists, and `paragraphs`: [{"text", "kind", "translation" (effective
    English or None), "state", "edited_by", "edited_at", "reviewed_by", "reviewed_at"}]: who last
    edited the unit's English and who last signed it off (`reviewed_at` only while it stands).
    """
    conditions, params = article_filters(site, None, since, until, prefix="a.")
    if reviewed_only:
        conditions.append("a.reviewed_at IS NOT NULL")
    where = _where(conditions)
    # NOT INDEXED / CROSS JOIN pin both cursors to id order: a sort would buffer every row.
    articles = db.execute(
        "SELECT a.*, t.machine AS _title_machine, t.edited AS _title_edited, t.state AS _title_state,"
        " t.edited_by AS _title_edited_by, t.reviewed_by AS _title_reviewed_by"
        " FROM articles AS a NOT INDEXED"
        " LEFT JOIN translations t ON t.article_id = a.id AND t.idx = -1"
        f"{where} ORDER BY a.id", params)
    columns = [d[0] for d in articles.description]
    units = db.execute(
        "SELECT p.article_id, p.text, p.kind, t.machine, t.edited, t.state, t.edited_by, t.edited_at,"
        " t.reviewed_by, t.reviewed_at"
        " FROM paragraphs p CROSS JOIN articles a ON a.id = p.article_id"
        " LEFT JOIN translations t ON t.article_id = p.article_id AND t.idx = p.idx"
        f"{where} ORDER BY p.article_id, p.idx", params)
    pending = units.fetchone()
    for values in articles:
        article = dict(zip(columns, values))
        for column in _JSON_COLUMNS:
            if isinstance(article.get(column), str):
                article[column] = json.loads(article[column])
        title_machine, title_edited = article.pop("_title_machine"), article.pop("_title_edited")
        article["title_state"] = article.pop("_title_state")
        article["title_edited_by"] = article.pop("_title_edited_by")
        article["title_reviewed_by"] = article.pop("_title_reviewed_by")
        if title_machine is not None:
            article["title_translation"] = _effective(title_machine, title_edited)
        paragraphs = []
        while pending is not None and pending[0] < article["id"]:
            pending = units.fetchone()  # an orphan unit cannot happen with foreign keys; skip it
        while pending is not None and pending[0] == article["id"]:
            _, text, kind, machine, edited, state, edited_by, edited_at, reviewed_by, reviewed_at = pending
            paragraphs.append({"text": text, "kind": kind, "translation": _effective(machine, edited),
                               "state": state, "edited_by": edited_by, "edited_at": edited_at,
                               "reviewed_by": reviewed_by, "reviewed_at": reviewed_at})
            pending = units.fetchone()
        article["paragraphs"] = paragraphs
        yield article


def write_jsonl(db: sqlite_utils.Database, out: TextIO, **filters: Any) -> int:
    """One JSON object per line (UTF-8, Chinese unescaped); return the number of articles."""
    n = 0
    for article in iter_articles(db, **filters):
        out.write(json.dumps(article, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


# One row per article: the archive's own columns; the aligned units are JSONL's and TMX's job.
CSV_COLUMNS = (
    "id", "url", "site", "lang", "title", "title_translation", "published_at", "source", "author",
    "editor", "body", "body_translation", "translation_model", "translated_at", "reviewed_by",
    "reviewed_at", "version", "content_hash", "first_seen_at", "changed_at", "fetched_at",
    "images", "attachments",
)


def write_csv(db: sqlite_utils.Database, out: TextIO, **filters: Any) -> int:
    """RFC 4180 CSV with a header row; `out` should be opened with newline=''."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for article in iter_articles(db, **filters):
        row = []
        for column in CSV_COLUMNS:
            value = article.get(column)
            row.append(json.dumps(value, ensure_ascii=False) if column in _JSON_COLUMNS else value)
        writer.writerow(row)
        n += 1
    return n


def _tmx_date(iso: str | None) -> str | None:
    """TMX wants YYYYMMDDThhmmssZ (UTC); the archive stores ISO 8601 with an offset."""
    if not iso:
        return None
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def write_tmx(db: sqlite_utils.Database, out: TextIO, *, site: str | None = None, since: Any = None,
              until: Any = None, reviewed_only: bool = False) -> int:
    """TMX 1.4b: one <tu> per translated unit of a Chinese article (zh source, en target, the
    effective English), with its state, article URL and kind as <prop>s; return how many <tu>."""
    conditions, params = article_filters(site, None, since, until, prefix="a.")
    conditions += ["a.lang = 'zh'", "(t.idx = -1 OR p.idx IS NOT NULL)"]
    if reviewed_only:
        conditions.append("t.state = 'reviewed'")
    units = db.execute(
        "SELECT t.article_id, t.idx, a.url, a.site, CASE WHEN t.idx = -1 THEN a.title ELSE p.text END,"
        " CASE WHEN t.idx = -1 THEN 'title' ELSE p.kind END, t.machine, t.edited, t.state, t.model,"
        " t.translated_at, t.edited_at, t.reviewer, t.reviewed_at"
        " FROM translations t CROSS JOIN articles a ON a.id = t.article_id"
        " LEFT JOIN paragraphs p ON p.article_id = t.article_id AND p.idx = t.idx"
        f"{_where(conditions)} ORDER BY t.article_id, t.idx", params)

    xml = _tmx_start(out, "paragraph")
    n = 0
    for (article_id, idx, url, site_name, source, kind, machine, edited, state, model, translated_at,
         edited_at, reviewer, reviewed_at) in units:
        target: str = edited if edited is not None else machine  # machine is NOT NULL
        attributes = {"tuid": f"{article_id}:{idx}"}
        for name, value in (("creationdate", _tmx_date(translated_at)), ("creationid", model),
                            ("changedate", _tmx_date(reviewed_at or edited_at)), ("changeid", reviewer)):
            if value:
                attributes[name] = value
        _tmx_unit(xml, attributes, (("x-state", state), ("x-kind", kind), ("x-url", url), ("x-site", site_name)),
                  source, target)
        n += 1
    _tmx_end(xml)
    return n


def _start(xml: XMLGenerator, name: str, attributes: dict[str, str]) -> None:
    # startElement reads the attributes' items() only; its stubs ask for the SAX attributes object.
    xml.startElement(name, AttributesImpl(attributes))


def _tmx_start(out: TextIO, segtype: str) -> XMLGenerator:
    # The text streams given here (files, sys.stdout) are io.TextIOBase, which typing.TextIO is not.
    xml = XMLGenerator(cast(TextIOBase, out), encoding="utf-8", short_empty_elements=True)
    xml.startDocument()
    out.write('<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n')
    _start(xml, "tmx", {"version": "1.4"})
    xml.ignorableWhitespace("\n")
    _start(xml, "header", {
        "creationtool": "provnews", "creationtoolversion": provnews_version(), "datatype": "plaintext",
        "segtype": segtype, "adminlang": "en", "srclang": "zh", "o-tmf": "provnews-sqlite",
    })
    xml.endElement("header")
    xml.ignorableWhitespace("\n")
    _start(xml, "body", {})
    xml.ignorableWhitespace("\n")
    return xml


def _tmx_unit(xml: XMLGenerator, attributes: dict[str, str], props: Any, zh: str, en: str) -> None:
    """One <tu>: its <prop>s (type, value) then the zh and en <tuv>s."""
    _start(xml, "tu", attributes)
    for prop, value in props:
        _start(xml, "prop", {"type": prop})
        xml.characters(_clean(value or ""))
        xml.endElement("prop")
    for lang, text in (("zh", zh), ("en", en)):
        _start(xml, "tuv", {"xml:lang": lang})
        _start(xml, "seg", {})
        xml.characters(_clean(text))
        xml.endElement("seg")
        xml.endElement("tuv")
    xml.endElement("tu")
    xml.ignorableWhitespace("\n")


def _tmx_end(xml: XMLGenerator) -> None:
    xml.endElement("body")
    xml.ignorableWhitespace("\n")
    xml.endElement("tmx")
    xml.ignorableWhitespace("\n")
    xml.endDocument()


_WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "tmx": write_tmx}


def export(db: sqlite_utils.Database, fmt: str, out: TextIO, **filters: Any) -> int:
    """Write the archive to `out` in `fmt` (one of FORMATS); return the number of records."""
    try:
        writer = _WRITERS[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}") from None
    return writer(db, out, **filters)


# -- the parallel corpus: official sentence pairs (archive.pairs) ------------------------------

PAIR_FORMATS = ("jsonl", "tmx")


def _pairs_jsonl(rows, out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def _pairs_tmx(rows, out: TextIO) -> int:
    xml = _tmx_start(out, "sentence")
    n = 0
    for row in rows:
        attributes = {"tuid": f"{row['en_id']}:{row['zh_id']}:{row['seq']}"}
        created = _tmx_date(row["en_published_at"])
        if created:
            attributes["creationdate"] = created
        props = [("x-" + name.replace("_", "-"), str(row[name]) if row[name] is not None else "")
                 for name in ("confidence", "status", "tier", "zh_site", "zh_url", "zh_published_at", "en_site", "en_url",
                              "en_published_at")]
        _tmx_unit(xml, attributes, props, row["zh"], row["en"])
        n += 1
    _tmx_end(xml)
    return n


def export_pairs(db: sqlite_utils.Database, fmt: str, out: TextIO, *, min_confidence: float = 0.0,
                 site: str | None = None, since: Any = None, until: Any = None, suggestions: bool = False) -> int:
    """The aligned official sentence pairs (zh original, official en) of every confirmed or strong
    machine pair (with `suggestions`, of every pair not rejected), with sites, URLs, dates, the
    pair's tier and the alignment confidence; streamed from one cursor."""
    from .pairs import iter_sentence_pairs

    writer = {"jsonl": _pairs_jsonl, "tmx": _pairs_tmx}.get(fmt)
    if writer is None:
        raise ExportError(f"--pairs exports {' or '.join(PAIR_FORMATS)}, not {fmt}")
    return writer(iter_sentence_pairs(db, min_confidence=min_confidence, site=site, since=since, until=until,
                                      suggestions=suggestions), out)
