"""Each module's `__all__` is its whole public interface: every public name the module defines is
listed, and every listed name exists. A package `__init__` that binds any public name declares
`__all__` (empty ones, and `provnews/__init__.py` with only `__version__`, need none)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("crawler", "archive", "translations", "provnews")
MODULES = sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))


def _bound(body: list[ast.stmt]) -> set[str]:
    """Every name a module binds at top level: definitions, assignments and imports, also under if/try."""
    names: set[str] = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {n.id for target in node.targets for n in ast.walk(target) if isinstance(n, ast.Name)}
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
        elif isinstance(node, ast.If):
            names |= _bound(node.body) | _bound(node.orelse)
        elif isinstance(node, ast.Try):
            names |= _bound(node.body) | _bound(node.orelse) | _bound(node.finalbody)
            names |= {n for handler in node.handlers for n in _bound(handler.body)}
    return names


def _is_logger(value: ast.expr | None) -> bool:
    """`logging.getLogger(...)`: a module's logger is not part of its interface."""
    return (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
            and value.func.attr == "getLogger")


def _defined(body: list[ast.stmt]) -> set[str]:
    """The public names a module itself defines at top level (functions, classes, constants), not
    the ones it imports."""
    names: set[str] = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign) and not _is_logger(node.value):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and not _is_logger(node.value):
            names.add(node.target.id)
    return {name for name in names if not name.startswith("_")}


def _declared_all(tree: ast.Module) -> list[str] | None:
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
            return list(ast.literal_eval(node.value))
    return None


def _id(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", MODULES, ids=_id)
def test_all_is_complete_and_exists(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    declared = _declared_all(tree)
    if declared is None:
        if path.name == "__init__.py":
            public = {name for name in _bound(tree.body) if not name.startswith("_")}
            assert not public, f"{_id(path)} binds {sorted(public)}: declare them in __all__"
        return
    assert len(declared) == len(set(declared)), f"{_id(path)}: a name is listed twice in __all__"
    unlisted = _defined(tree.body) - set(declared)
    assert not unlisted, f"{_id(path)} defines {sorted(unlisted)} but its __all__ does not list them"
    missing = set(declared) - _bound(tree.body)
    assert not missing, f"{_id(path)}'s __all__ lists {sorted(missing)}, which it neither defines nor imports"


def test_the_walk_sees_the_packages():
    assert len(MODULES) > 100
    assert ROOT / "archive" / "__init__.py" in MODULES
