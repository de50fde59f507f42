"""docs/schema.md describes the schema there is; the examples in docs/querying.md run."""

from __future__ import annotations

import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from archive import Archive

DOCS = Path(__file__).resolve().parents[2] / "docs"


def blocks(name: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", (DOCS / name).read_text(encoding="utf-8"), re.S)


def test_schema_md_names_every_table_column_and_view(corpus):
    text = (DOCS / "schema.md").read_text(encoding="utf-8")
    with Archive(corpus) as archive:
        db = archive.db
        names = [t for t in db.table_names() if not t.startswith("articles_fts_")] + db.view_names()
        missing = [f"{name}.{column.name}" for name in names for column in db[name].columns
                   if f"`{column.name}`" not in text and f"`{column.name}," not in text]
        missing += [name for name in names if f"`{name}`" not in text]
        missing += [m for (m,) in db.execute("SELECT name FROM _sqlite_migrations") if f"`{m}`" not in text]
    assert missing == []


def test_every_sql_example_in_querying_md_runs(corpus):
    statements = [s.strip() for block in blocks("querying.md", "sql") for s in block.split(";\n") if s.strip()]
    assert len(statements) >= 8
    conn = sqlite3.connect(corpus)
    try:
        for statement in statements:
            rows = conn.execute(statement).fetchall()
            assert rows or "failures" in statement or "revisions" in statement, statement
    finally:
        conn.close()


def test_every_sqlite_utils_example_in_querying_md_runs(corpus, tmp_path):
    copy = tmp_path / "news.db"
    shutil.copy(corpus, copy)
    lines = [line for block in blocks("querying.md", "sh") for line in block.splitlines()
             if line.startswith("sqlite-utils ")]
    assert len(lines) >= 6
    for line in lines:
        # `python -m sqlite_utils` is the sqlite-utils command, whatever PATH holds.
        argv = [sys.executable, "-m", "sqlite_utils",
                *(str(copy) if arg == "news.db" else arg for arg in shlex.split(line)[1:])]
        result = subprocess.run(argv, capture_output=True, text=True, cwd=tmp_path, timeout=60)
        assert result.returncode == 0, (line, result.stderr)
        assert result.stdout.strip() or "rebuild-fts" in line, line
