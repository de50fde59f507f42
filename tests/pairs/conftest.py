"""An archive of the bundled mirrors, made by `provnews demo` (crawl of the 44 sites, then the
pairing step of `provnews run`; tests/fixtures/demo.py), and the mirrors' truth about which English article translates
which Chinese one (tests/pairs/mirror_pairs.toml, labelled by hand)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.pairs.truth import LABELS, mirror_id

REPO = Path(__file__).resolve().parents[2]

# The dev split: gz-en article id -> the gz-zh article it translates (provnews/mirror/data). The
# other English articles of the four original sites have no Chinese original in the archive.
TRUTH = {p["en_id"]: p["zh_id"] for p in LABELS["pair"] if p["split"] == "dev"}
# What `provnews demo` pairs: the dev pairs and the 44-site mirrors' (all but one, docs/pairing.md).
DEMO_PAIRS, DEMO_ENGLISH = 35, 43


def pairs_by_mirror_id(path: Path, statuses=("machine", "confirmed")) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT e.url, z.url FROM article_pairs p JOIN articles e ON e.id = p.en_id JOIN articles z ON z.id = p.zh_id"
            f" WHERE p.status IN ({','.join('?' * len(statuses))})", list(statuses)).fetchall()
    finally:
        conn.close()
    return {mirror_id(en): mirror_id(zh) for en, zh in rows}


def article_id(path: Path, mirror: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return next(i for i, url in conn.execute("SELECT id, url FROM articles") if mirror_id(url) == mirror)
    finally:
        conn.close()


@pytest.fixture
def demo_copy(demo_archive, tmp_path) -> Path:
    """A private copy for a test that writes."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_archive, copy)
    return copy
