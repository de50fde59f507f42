"""The labelled truth of tests/pairs/mirror_pairs.toml, resolved against an archive's articles."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

__all__ = ["LABELS", "mirror_id", "truth", "precision_recall"]

LABELS = tomllib.loads((Path(__file__).with_name("mirror_pairs.toml")).read_text(encoding="utf-8"))


def mirror_id(url: str) -> str:
    """The mirror's article id, the last run of digits in the URL."""
    return re.findall(r"\d+", url)[-1]


def _find(rows: list[tuple], site: str, key: str) -> int:
    """An article by its site and either its mirror id or its title (exactly one must match)."""
    hits = [i for i, s, url, title in rows if s == site and key in (mirror_id(url), title)]
    if len(hits) != 1:
        raise LookupError(f"{site}: {key!r} matches {len(hits)} archived articles")
    return hits[0]


def truth(conn, split: str | None = None) -> dict[int, int]:
    """{English article id: Chinese article id} of the labelled pairs of one split (None: all)."""
    rows = conn.execute("SELECT id, site, url, title FROM articles").fetchall()
    return {_find(rows, p["en_site"], p.get("en_id") or p["en_title"]): _find(rows, p["zh_site"], p.get("zh_id") or p["zh_title"])
            for p in LABELS["pair"] if split in (None, p["split"])}


def precision_recall(found: dict[int, int], right: dict[int, int], english: set[int] | None = None) -> tuple[float, float]:
    """Precision over the pairs made for `english` (all of `found` when None), recall over `right`."""
    made = {e: z for e, z in found.items() if english is None or e in english}
    hits = sum(right.get(e) == z for e, z in made.items())
    return (hits / len(made) if made else 1.0), (hits / len(right) if right else 1.0)
