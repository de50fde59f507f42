"""archive/ owns every SQL statement on its tables, and imports nothing from the packages above it.

The library-first split of sqlite-utils: the packages that use the archive (crawler/, translations/,
provnews/) call functions of archive/ named for what they answer; they never write SQL or reach
into the tables through sqlite-utils themselves. And archive/ knows neither Scrapy nor translation
nor the CLI (docs/architecture.md), so it imports none of them.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
USERS = ("crawler", "translations", "provnews")  # the packages that use the archive
ARCHIVE = "archive"

# Calls that run SQL (sqlite3 and sqlite-utils), and sqlite-utils' table API on the archive's tables.
SQL_CALLS = {"execute", "executemany", "executescript", "query"}
TABLE_CALLS = {"rows_where", "pks_and_rows_where", "count_where", "insert_all", "upsert", "upsert_all",
               "delete_where", "table_names", "view_names", "enable_fts", "create_table", "create_view"}
# A string that is (part of) an SQL statement. Upper-case keywords in the shape of a statement, so
# that prose naming one ("checked with PRAGMA integrity_check, then renamed") does not count.
SQL_TEXT = re.compile(
    r"\bSELECT\b.*\bFROM\b|\bINSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\b(?:CREATE|DROP)\s+(?:TABLE|INDEX|VIEW|TRIGGER)\b|\bALTER\s+TABLE\b|\bPRAGMA\s+\w+\s*(?:=|\(|$)"
    r"|\b\w+\s+(?:=|!=|<|>|<=|>=|LIKE)\s+\?", re.S)

# Modules allowed to hold SQL on the archive's tables outside archive/ (a path -> None for all of
# its statements, or a word every allowed statement contains). Empty, and to stay so.
ALLOWED: dict[str, str | None] = {}


def _modules(*packages: str) -> list[Path]:
    return sorted(p for package in packages for p in (ROOT / package).rglob("*.py"))


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring constants (module, class, function), which are prose."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                found.add(id(first.value))
    return found


def sql_offenders(path: Path) -> list[tuple[int, str]]:
    """(line, what) of each SQL call and each SQL string in one module."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, str(path))
    prose = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS | TABLE_CALLS:
            found.append((node.lineno, (ast.get_source_segment(source, node) or node.func.attr)))
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose
              and SQL_TEXT.search(node.value)):
            found.append((node.lineno, repr(node.value)))
    return found


def _allowed(relative: str, what: str) -> bool:
    if relative not in ALLOWED:
        return False
    only = ALLOWED[relative]
    return only is None or only in what


def test_sql_outside_archive_is_found(tmp_path):
    """The check itself: each kind of statement it must catch is caught, prose is not."""
    tree = '''
"""Module docstring: SELECT title FROM articles is prose here."""
def f(db, conn, sql):
    """PRAGMA quick_check: every page."""
    db.execute(sql, [1])
    conn.executemany("x", [])
    db.query("SELECT * FROM articles WHERE id = ?", [1])
    db.table_names()
    where = " AND site = ?"
    print("checked with PRAGMA integrity_check, then renamed")
'''
    path = tmp_path / "module.py"
    path.write_text(tree, encoding="utf-8")
    lines = sorted({line for line, _ in sql_offenders(path)})
    assert lines == [5, 6, 7, 8, 9]


def test_no_sql_outside_archive():
    offenders = []
    for path in _modules(*USERS):
        relative = path.relative_to(ROOT).as_posix()
        offenders += [f"{relative}:{line}: {what.splitlines()[0][:100]}"
                      for line, what in sorted(sql_offenders(path)) if not _allowed(relative, what)]
    assert offenders == [], "SQL outside archive/: move it into a function of archive/ named for what it answers\n" + \
        "\n".join(offenders)


def test_the_allow_list_names_only_modules_that_exist():
    missing = [name for name in ALLOWED if not (ROOT / name).is_file()]
    assert missing == []


def _imported(tree: ast.AST) -> list[tuple[int, str]]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append((node.lineno, node.module))
        elif (isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name))
              and getattr(node.func, "attr", getattr(node.func, "id", None)) in {"import_module", "__import__"}
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            names.append((node.lineno, node.args[0].value))
    return names


@pytest.mark.parametrize("path", _modules(ARCHIVE), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_archive_imports_nothing_above_it(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    above = [f"{path.relative_to(ROOT).as_posix()}:{line}: {name}" for line, name in _imported(tree)
             if name.split(".")[0] in USERS]
    assert above == []
