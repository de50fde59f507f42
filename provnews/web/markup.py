"""HTML fragments built from untrusted archive text: every piece is escaped before markup is added.

These are the only places the UI produces markup from archive text; templates never use |safe on
archive fields.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from markupsafe import Markup, escape

# Words, runs of space, and single other characters (CJK characters and punctuation), so a diff
# of English edits reads word by word and a Chinese one character by character.
_TOKEN = re.compile(r"\s+|[A-Za-z0-9_'’-]+|.", re.S)


def diff(machine: str, edited: str) -> Markup:
    """The edit against the machine version: removed words in <del>, added words in <ins>."""
    old, new = _TOKEN.findall(machine), _TOKEN.findall(edited)
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(old[i1:i2])))
            continue
        if i2 > i1:
            parts.append(Markup("<del>%s</del>") % "".join(old[i1:i2]))
        if j2 > j1:
            parts.append(Markup("<ins>%s</ins>") % "".join(new[j1:j2]))
    return Markup("").join(parts)


def snippet(text: str) -> Markup:
    """A search snippet (hits delimited as archive.search marks them) with the hits in <mark>."""
    from archive.search import snippet_parts

    return Markup("").join(
        Markup("<mark>%s</mark>") % piece if hit else escape(piece) for piece, hit in snippet_parts(text)
    )


# The zone every page shows times in (base.html says so): the portals publish in China Standard
# Time, so a reviewer comparing with the original page sees the same clock.
DISPLAY_TZ = dt.timezone(dt.timedelta(hours=8), "China Standard Time")
DISPLAY_TZ_NAME = "China Standard Time (UTC+08:00)"


def when(value: str | None, tz: dt.tzinfo = DISPLAY_TZ) -> str:
    """An archive time (ISO 8601, with an offset or without) as `2026-11-19 10:15` in `tz`.

    A bare day, month or year (what a page printed) stays as it is; a time without an offset is
    shown as stored, since its zone is unknown; text that is no ISO time comes back unchanged.
    """
    if not value:
        return ""
    text = str(value).strip()
    if len(text) <= 10:
        return text
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone(tz)
    return moment.strftime("%Y-%m-%d %H:%M")


def province(site: str | None) -> str:
    """`Tibet 西藏` for a site name such as `xz-zh`; empty when the code is no province's."""
    from crawler.provinces import province_of

    found = province_of(site) if site else None
    return found.label() if found else ""


def safe_href(url: str | None) -> str | None:
    """Only http(s) links to the original: a scraped `javascript:` URL must never become a link."""
    if url and re.match(r"(?i)https?://", url.strip()):
        return url.strip()
    return None
