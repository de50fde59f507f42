"""The reviewer's glossary: the team's terms, the user's own file and the terms mined from
confident pairs.

The file is CSV (`zh,en[,note]`, a header line optional) or TOML (`[terms]` with `"湄潭" =
"Meitan"`, or `[[term]]` tables with `zh`, `en`, `note`). It is read again when the file changes,
so edits show on the next page load. The team's terms are the ones editors manage in the review
UI (`/glossary`, stored by archive.glossary).

For one Chinese term, a team term wins over the file's, and the file's over a mined one
(`PRECEDENCE`): the mined English is a guess from the pairs, the file is the server's start-up
configuration, which an editor cannot change from the UI, and a team term is an editor's
decision made where everyone sees it, signed and in the history; an editor who disagrees with the
file overrides it there rather than asking for the server to be restarted.
"""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path

__all__ = ["GlossaryError", "Glossary", "PRECEDENCE", "load_file"]

# Where a term comes from, the weakest first: a later source wins for the same Chinese.
PRECEDENCE = ("mined", "file", "team")


class GlossaryError(ValueError):
    """A glossary file that cannot be read; the message names the file and the line."""


def load_file(path: Path) -> list[dict]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryError(f"cannot read the glossary {path}: {exc}") from None
    terms = []
    if path.suffix.lower() == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise GlossaryError(f"{path} is not valid TOML: {exc}") from None
        for zh, en in (data.get("terms") or {}).items():
            terms.append({"zh": zh, "en": str(en), "kind": "user", "note": ""})
        for row in data.get("term") or []:
            if not isinstance(row, dict) or not row.get("zh") or not row.get("en"):
                raise GlossaryError(f"{path}: every [[term]] needs zh and en")
            terms.append({"zh": row["zh"], "en": row["en"], "kind": "user", "note": row.get("note", "")})
        return terms
    for line_no, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or row[0].startswith("#") or (line_no == 1 and row[0].strip().lower() == "zh"):
            continue
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise GlossaryError(f"{path} line {line_no}: expected zh,en[,note]")
        terms.append({"zh": row[0].strip(), "en": row[1].strip(), "kind": "user",
                      "note": row[2].strip() if len(row) > 2 else ""})
    return terms


class Glossary:
    def __init__(self, path: Path | None = None):
        self.path = path
        self._stamp: float | None = None
        self._user: list[dict] = []

    def user_terms(self) -> list[dict]:
        if self.path is None:
            return []
        stamp = self.path.stat().st_mtime if self.path.exists() else None
        if stamp != self._stamp:
            self._user = load_file(self.path) if stamp is not None else []
            self._stamp = stamp
        return self._user

    def merged(self, mined: list[dict], team: list[dict] | None = None) -> dict[str, dict]:
        """Chinese -> the term that counts for it, by `PRECEDENCE`; each term says its `source`."""
        merged: dict[str, dict] = {}
        for term in mined:
            merged.setdefault(term["zh"], {**term, "source": "mined", "note": f"mined from {term['pairs']} pair(s)"})
        for term in self.user_terms():
            merged[term["zh"]] = {**term, "source": "file"}
        for term in team or []:
            note = term.get("note") or ""
            merged[term["zh"]] = {"zh": term["zh"], "en": term["en"], "kind": "team", "source": "team",
                                  "note": f"{note} (team term, {term['changed_by']})" if note
                                  else f"team term, {term['changed_by']}"}
        return merged

    def listing(self, mined: list[dict], team: list[dict], query: str = "") -> list[dict]:
        """Every term of every source for the glossary page, the counting one of each Chinese
        first; a term another source overrides has `shadowed_by`. `query` keeps the terms whose
        Chinese, English or note holds it (case-insensitive)."""
        counting = self.merged(mined, team)
        rows = [{**t, "source": "team", "kind": "team"} for t in team]
        rows += [{**t, "source": "file"} for t in self.user_terms()]
        rows += [{**t, "source": "mined", "note": f"mined from {t['pairs']} pair(s)"} for t in mined]
        needle = query.strip().casefold()
        found = []
        for row in rows:
            if needle and not any(needle in (row.get(k) or "").casefold() for k in ("zh", "en", "note")):
                continue
            winner = counting[row["zh"]]["source"]
            found.append({**row, "shadowed_by": None if winner == row["source"] else winner})
        order = {source: n for n, source in enumerate(reversed(PRECEDENCE))}
        return sorted(found, key=lambda t: (t["zh"], t["shadowed_by"] is not None, order[t["source"]], t["en"]))

    def annotate(self, mined: list[dict], units: list[dict], team: list[dict] | None = None) -> None:
        """Give each unit `terms`: the glossary terms in its Chinese, each marked `missing` when
        the unit's English (machine or edited) lacks the term's English."""
        ordered = sorted(self.merged(mined, team).values(), key=lambda t: -len(t["zh"]))
        for unit in units:
            found, covered = [], ""
            for term in ordered:
                if term["zh"] in unit["source"] and term["zh"] not in covered:
                    english = unit.get("english")
                    found.append({**term, "missing": english is not None and term["en"].lower() not in english.lower()})
                    covered += "\n" + term["zh"]
            unit["terms"] = found
