"""What `pip install provnews` installs: the product, and none of the test machinery.

The packages are found with setuptools' own finder and pyproject.toml's `packages.find`, as a
wheel build finds them; then every installed module is read (not imported) for the names only
tests/support defines and for imports of the test tree.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from setuptools import find_namespace_packages

REPO = Path(__file__).resolve().parents[1]
# tests/support's machinery: the mirrors' faults and request log, the mutators of their data,
# the browser-site mirrors, the random Argos package.
MACHINERY = {"set_faults", "next_fault", "clear_log", "article_requests", "update_article", "add_article",
             "EditableSite", "LoggedRequest", "ChallengeServer", "serve_challenge", "challenge_value",
             "random_package", "FULL_SIZE"}


def _installed_modules() -> dict[str, Path]:
    """Module name -> source file, for every .py file a wheel of this checkout holds."""
    found = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    packages = find_namespace_packages(where=str(REPO), include=found["find"]["include"])
    return {f"{package}.{path.stem}": path for package in packages
            for path in (REPO / package.replace(".", "/")).glob("*.py")}


def _defined_and_imported(path: Path) -> tuple[set[str], set[str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    defined: set[str] = set()
    imported: set[str] = set()
    for statement in tree.body:  # module-level names (a local variable may be called anything)
        if isinstance(statement, (ast.Assign, ast.AnnAssign)):
            defined.update(n.id for n in ast.walk(statement)
                           if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            imported.add(node.module)
    return defined, imported


def test_the_wheel_holds_the_four_product_packages_only():
    top = {name.split(".")[0] for name in _installed_modules()}
    assert top == {"crawler", "archive", "translations", "provnews"}
    assert "provnews.mirror.server" in _installed_modules()  # what `provnews demo` serves


def test_no_installed_module_defines_test_machinery_or_imports_the_test_tree():
    offenders = {}
    for name, path in _installed_modules().items():
        defined, imported = _defined_and_imported(path)
        found = (defined & MACHINERY) | {module for module in imported if module.split(".")[0] in ("tests", "bench")}
        if name.rsplit(".", 1)[-1] in MACHINERY:
            found.add("(the module itself)")
        if found:
            offenders[name] = sorted(found)
    assert offenders == {}
