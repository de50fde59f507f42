"""The import rules of docs/architecture.md hold in the code.

Each package of the product (and tests/support) may import only the packages its row of
`MAY_IMPORT` names, which is the table "Import rules" of docs/architecture.md (a test keeps the
two equal). Every import counts: at module level, inside functions (the CLI imports lazily), under
`TYPE_CHECKING`, relative ones, and `importlib.import_module` of a literal name. archive/'s own rule
(nothing of ours) is checked with its SQL rule in tests/archive/test_boundaries.py.

Besides our own packages, the frameworks stay where the doc puts them (`FRAMEWORKS`): Scrapy in the
crawl, the translation engines in translations/, click in the CLI, Starlette in the web UI.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
PRODUCT = ("crawler", "archive", "translations", "provnews")

# The units the rules speak of, most specific first: a module belongs to the first one whose
# directory holds it (provnews/mirror/families/ is part of provnews.mirror).
UNITS = ("crawler.extract", "crawler.pagination", "crawler.spiders", "crawler", "archive", "translations",
         "provnews.health", "provnews.web", "provnews.commands", "provnews.mirror", "provnews.scale", "provnews",
         "tests.support", "tests", "bench")

ALL_PRODUCT = frozenset(u for u in UNITS if u.split(".")[0] in PRODUCT)

# unit -> what it may import besides itself: units, or single modules ("archive.folding").
MAY_IMPORT: dict[str, frozenset[str]] = {
    "crawler.pagination": frozenset(),
    "crawler.extract": frozenset({"archive.folding"}),
    "crawler": frozenset({"crawler.extract", "archive"}),
    "crawler.spiders": frozenset({"crawler", "crawler.extract", "crawler.pagination", "archive"}),
    "translations": frozenset({"archive"}),
    "provnews.health": frozenset({"crawler", "archive"}),
    "provnews.mirror": frozenset({"crawler"}),
    "provnews": frozenset({"crawler", "crawler.extract", "crawler.pagination", "crawler.spiders", "archive",
                           "translations", "provnews.health", "provnews.scale"}),
    "provnews.scale": frozenset({"crawler", "archive", "translations", "provnews"}),
    "provnews.web": frozenset({"crawler", "archive", "translations", "provnews", "provnews.health"}),
    "provnews.commands": frozenset({"crawler", "crawler.extract", "archive", "translations", "provnews",
                                    "provnews.health", "provnews.mirror", "provnews.scale", "provnews.web"}),
    "tests.support": ALL_PRODUCT,
}
# Rows of the doc's table checked elsewhere: archive/ imports nothing of ours (test_boundaries.py).
CHECKED_ELSEWHERE: dict[str, frozenset[str]] = {"archive": frozenset()}

# One module's import outside its unit's row, and why.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("provnews/cli.py", "provnews.commands"): "the click group loads each command's module when it is called",
}

# Third-party frameworks -> the only units that may import them.
FRAMEWORKS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("scrapy", "twisted", "scrapy_playwright", "playwright"),
                    frozenset({"crawler", "crawler.spiders", "provnews", "provnews.scale", "tests.support"})),
    **dict.fromkeys(("ctranslate2", "argostranslate", "sentencepiece"), frozenset({"translations", "tests.support"})),
    "click": frozenset({"provnews", "provnews.commands"}),
    **dict.fromkeys(("starlette", "uvicorn"), frozenset({"provnews.web"})),
}


def unit_of_module(name: str) -> str | None:
    """The unit of a dotted module name ("crawler.extract.dates" -> "crawler.extract"), None if not ours."""
    return next((u for u in UNITS if name == u or name.startswith(u + ".")), None)


def unit_of_path(relative: str) -> str | None:
    return unit_of_module(relative.removesuffix(".py").replace("/", "."))


def _exists(dotted: str) -> bool:
    path = ROOT.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imported(source: str, relative: str) -> list[tuple[int, str]]:
    """(line, dotted name) of every import in a module's source, wherever it stands.

    `from a import b` names `a.b` when that is a module or package, else `a`; relative imports are
    resolved against the module's package; `import_module("x")` and `import_module(f"x.{y}")` name
    `x` (the literal part). Names that are not absolute after that are left out.
    """
    package = relative.split("/")[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, relative)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package[:len(package) - (node.level - 1)] if node.level > 1 else package
                base = ".".join([*parent, *([node.module] if node.module else [])])
            for alias in node.names:
                name = f"{base}.{alias.name}" if base else alias.name
                found.append((node.lineno, name if alias.name != "*" and _exists(name) else base))
        elif (isinstance(node, ast.Call) and node.args
              and getattr(node.func, "attr", getattr(node.func, "id", None)) in {"import_module", "__import__"}):
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
            elif isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
                text = str(arg.values[0].value).rstrip(".")
            else:
                continue
            if text and not text.startswith("."):
                found.append((node.lineno, text))
    return sorted(found, key=lambda item: item[0])


def allowed(importer: str, relative: str, name: str) -> bool:
    unit = unit_of_module(name)
    if unit is None or unit == importer or (relative, unit) in EXCEPTIONS:
        return True
    rules = MAY_IMPORT[importer]
    return unit in rules or any(name == r or name.startswith(r + ".") for r in rules if r not in UNITS)


def _modules(*units: str) -> list[Path]:
    roots = {ROOT.joinpath(*u.split(".")) for u in units}
    return sorted({p for root in roots for p in root.rglob("*.py") if unit_of_path(p.relative_to(ROOT).as_posix()) in units})


def _id(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", _modules(*MAY_IMPORT), ids=_id)
def test_a_module_imports_only_what_its_package_may(path):
    relative = _id(path)
    unit = unit_of_path(relative)
    assert unit is not None
    wrong = [f"{relative}:{line}: {name} ({unit_of_module(name)})"
             for line, name in imported(path.read_text(encoding="utf-8"), relative)
             if not allowed(unit, relative, name)]
    assert wrong == [], (f"{unit} may import only {', '.join(sorted(MAY_IMPORT[unit])) or 'nothing of ours'}"
                         " (docs/architecture.md, Import rules)")


@pytest.mark.parametrize("path", _modules(*(u for u in UNITS if u.split(".")[0] in PRODUCT)), ids=_id)
def test_the_product_imports_nothing_of_tests_or_bench(path):
    relative = _id(path)
    wrong = [f"{relative}:{line}: {name}" for line, name in imported(path.read_text(encoding="utf-8"), relative)
             if name.split(".")[0] in ("tests", "bench")]
    assert wrong == []


@pytest.mark.parametrize("path", _modules(*UNITS[:-2]), ids=_id)
def test_frameworks_stay_in_their_packages(path):
    relative = _id(path)
    unit = unit_of_path(relative)
    wrong = [f"{relative}:{line}: {name}" for line, name in imported(path.read_text(encoding="utf-8"), relative)
             if name.split(".")[0] in FRAMEWORKS and unit not in FRAMEWORKS[name.split(".")[0]]]
    assert wrong == []


def test_importing_every_command_loads_no_framework():
    """The heavy imports stand inside the command functions: `provnews --help`, and a command that
    needs neither, pay for neither Scrapy nor CTranslate2 nor Starlette."""
    code = ("import importlib, pkgutil, sys, provnews.cli, provnews.commands as c\n"
            "for m in pkgutil.iter_modules(c.__path__): importlib.import_module('provnews.commands.' + m.name)\n"
            f"print(sorted(n for n in sys.modules if n.split('.')[0] in {sorted(set(FRAMEWORKS) - {'click'})!r}))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_tests_support_imports_nothing_of_the_other_tests_or_bench():
    """bench/ imports tests.support, so the machinery must not pull in the test suite."""
    wrong = [f"{_id(path)}:{line}: {name}" for path in _modules("tests.support")
             for line, name in imported(path.read_text(encoding="utf-8"), _id(path))
             if unit_of_module(name) in ("tests", "bench")]
    assert wrong == []


def test_every_package_has_a_rule():
    """A new sub-package of crawler/ or provnews/ gets its own row (and paragraph), not its parent's."""
    packages = sorted(p.parent.relative_to(ROOT).as_posix().replace("/", ".")
                      for top in PRODUCT for p in (ROOT / top).rglob("__init__.py"))
    unruled = [p for p in packages if p not in MAY_IMPORT and p not in CHECKED_ELSEWHERE
               and (unit_of_module(p) in PRODUCT or unit_of_module(p) is None)]
    assert unruled == []


def test_the_rules_name_only_units_and_modules_that_exist():
    named = {name for rules in MAY_IMPORT.values() for name in rules} | set(MAY_IMPORT)
    assert [n for n in sorted(named) if n not in UNITS and not _exists(n)] == []
    assert [path for path, _ in EXCEPTIONS if not (ROOT / path).is_file()] == []


def doc_rules() -> dict[str, frozenset[str]]:
    """The table under "## Import rules" in docs/architecture.md: | `unit` | `name`, `name` or nothing | ...

    "every product package" in a row stands for all of them."""
    section = DOC.read_text(encoding="utf-8").split("## Import rules", 1)[1].split("\n## ", 1)[0]
    rules = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and re.fullmatch(r"`[\w.]+`", cells[0]):
            names = frozenset(re.findall(r"`([\w.]+)`", cells[1]))
            rules[cells[0].strip("`")] = ALL_PRODUCT if "every product package" in cells[1] else names
    return rules


def test_the_doc_states_the_rules_this_test_checks():
    assert doc_rules() == {**MAY_IMPORT, **CHECKED_ELSEWHERE}


def test_the_checker_sees_every_kind_of_import():
    source = '''
import archive.db
from crawler import extract
from crawler.extract import dates
from ..health import SiteRun
from . import markup
import importlib
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from translations.worker import TranslateStats
def lazy(name):
    from provnews.mirror import serve
    importlib.import_module(f"provnews.commands.{name}")
    importlib.import_module("tests.support.mirror")
'''
    names = [name for _, name in imported(source, "provnews/web/app.py")]
    assert names == ["archive.db", "crawler.extract", "crawler.extract.dates", "provnews.health",
                     "provnews.web.markup", "importlib", "typing", "translations.worker",
                     "provnews.mirror", "provnews.commands", "tests.support.mirror"]
    assert [unit_of_module(n) for n in names] == [
        "archive", "crawler.extract", "crawler.extract", "provnews.health", "provnews.web", None, None,
        "translations", "provnews.mirror", "provnews.commands", "tests.support"]
    assert not allowed("provnews.web", "provnews/web/app.py", "provnews.mirror")
    assert not allowed("crawler.extract", "crawler/extract/normalize.py", "archive.db")
    assert allowed("crawler.extract", "crawler/extract/normalize.py", "archive.folding")
    assert allowed("provnews", "provnews/cli.py", "provnews.commands.crawl")
    assert not allowed("provnews", "provnews/runner.py", "provnews.commands.run")
