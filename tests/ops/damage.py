"""Real archives, damaged the way disks and stray writes damage them: whole pages overwritten
with garbage, or the 100-byte header. Shared by the CLI, review UI and Datasette tests."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

from archive import Archive

ARTICLES = 40
PARAGRAPHS = 8  # per article: the paragraphs table spans a few dozen pages under an interior root


def url(n: int) -> str:
    return f"https://www.zj.gov.cn/art/2024/5/{n % 28 + 1}/art_1554467_{n}.html"


def page(n: int) -> dict:
    return {"url": url(n), "site": "zj-zh", "lang": "zh", "title": f"浙江省召开乡村振兴工作会议（{n}）",
            "published_at": f"2024-05-{n % 28 + 1:02d}", "source": "浙江日报",
            "paragraphs": [{"text": f"第{n}篇第{i}段：会议强调，要坚定不移推进乡村振兴。" * 8}
                           for i in range(PARAGRAPHS)]}


def build_archive(path: Path, n: int = ARTICLES) -> Path:
    """An archive of `n` articles through the real store, closed (so checkpointed: no -wal file)."""
    with Archive(path) as archive:
        for i in range(n):
            archive.store_article(page(i))
    return path


def _page_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA page_size").fetchone()[0]


def root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
    finally:
        conn.close()


def page_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()


def rightmost_child(path: Path, table: str) -> int:
    """The last child page of `table`'s root (an interior b-tree page: type 5, the right-most
    pointer at bytes 8-11 of its header; sqlite.org/fileformat.html). Its rows are the table's
    newest; opening the archive reads only the leftmost path down, so it never sees this page."""
    size, root = _page_size(path), root_page(path, table)
    with open(path, "rb") as fh:
        fh.seek((root - 1) * size)
        header = fh.read(12)
    assert header[0] == 5, f"{table}'s root is not an interior page: add rows"
    return int.from_bytes(header[8:12], "big")


def overwrite_pages(path: Path, pages: list[int], seed: int = 7) -> None:
    size = _page_size(path)
    rng = random.Random(seed)
    with open(path, "r+b") as fh:
        for number in pages:
            fh.seek((number - 1) * size)
            fh.write(rng.randbytes(size))


def overwrite_header(path: Path, seed: int = 7) -> None:
    with open(path, "r+b") as fh:
        fh.write(random.Random(seed).randbytes(100))


def damaged_copy(healthy: Path, target: Path, kind: str) -> Path:
    """A copy of `healthy` damaged as the issue saw it.

    "pages": a few pages overwritten, the roots of `articles` and `paragraphs` among them (every
    table's root sits in the first pages of the file) and two from the middle of the file;
    "header": the first 100 bytes; "deep": only the last leaf of `paragraphs`, which opening
    does not read and `provnews show` of the newest article does.
    """
    shutil.copy(healthy, target)
    if kind == "pages":
        middle = page_count(target) // 2
        overwrite_pages(target, [root_page(target, "articles"), root_page(target, "paragraphs"), middle, middle + 1])
    elif kind == "header":
        overwrite_header(target)
    elif kind == "deep":
        overwrite_pages(target, [rightmost_child(target, "paragraphs")])
    else:
        raise ValueError(kind)
    return target


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
