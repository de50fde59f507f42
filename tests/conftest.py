"""Shared fixtures live in tests/fixtures/*.py, one module per component (mirror servers, a tiny
translation model, ...), loaded here as pytest plugins so any test directory can use them."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

pytest_plugins = sorted(
    f"tests.fixtures.{p.stem}" for p in (Path(__file__).parent / "fixtures").glob("*.py") if p.stem != "__init__"
)

# Tests never touch the user's real archive, models or config.
for _var in ("PROVNEWS_DB", "PROVNEWS_MODELS_DIR", "PROVNEWS_CONFIG", "ARGOS_PACKAGES_DIR"):
    os.environ.pop(_var, None)
# ... nor the user's cache: what they cache (the built CC-CEDICT lexicon) goes to a directory of
# the test run's own, made by the first process (pytest-xdist's workers and the CLI runs inherit
# it) and removed when that process ends.
if "TESTS_PROVNEWS_CACHE_HOME" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="provnews-tests-cache-")
    os.environ["TESTS_PROVNEWS_CACHE_HOME"] = os.environ["XDG_CACHE_HOME"] = _cache
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)

# Markers, for choosing (`pytest -m "not browser"`); `make test` and CI run everything.
SLOW_MODULES = {"tests/ops/test_interrupt.py", "tests/ops/test_interrupt_run.py",
                "tests/crawl/test_variants_provinces.py", "tests/crawl/test_crawl_provinces.py",
                "tests/crawl/test_variants_faults.py"}
# Modules whose module-scoped fixture crawls many mirrors once for all their tests: kept on one
# pytest-xdist worker, or each worker would crawl them again.
ONE_WORKER_MODULES = {"tests/crawl/test_variants_provinces.py", "tests/crawl/test_crawl_provinces.py",
                      "tests/crawl/test_variants.py", "tests/crawl/test_crawl_mirrors.py",
                      "tests/crawl/test_variants_faults.py"}


def pytest_collection_modifyitems(items):
    import pytest

    root = Path(__file__).resolve().parents[1]
    for item in items:
        path = item.path.relative_to(root).as_posix()
        if path.startswith("tests/browser/") or {"chromium_browser", "browser_page"} & set(item.fixturenames):
            item.add_marker(pytest.mark.browser)
            # one Chromium at a time (pytest-xdist --dist loadgroup): two starve a 2-core machine
            item.add_marker(pytest.mark.xdist_group("browser"))
        elif path in ONE_WORKER_MODULES:
            item.add_marker(pytest.mark.xdist_group(path))
        elif {"demo_archive", "demo_copy"} & set(item.fixturenames):
            # built once (tests/support/shared.py); its users on one worker, so the other never
            # waits for it idle
            item.add_marker(pytest.mark.xdist_group("demo"))
        if path in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
    # The long ones first: pytest-xdist hands tests out in order, and a long test drawn last leaves
    # the other worker idle at the end.
    first = SLOW_MODULES | ONE_WORKER_MODULES | {"tests/browser/test_challenge.py", "tests/browser/test_shell.py"}
    items.sort(key=lambda item: item.path.relative_to(root).as_posix() not in first)
