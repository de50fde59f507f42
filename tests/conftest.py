"""Shared fixtures live in tests/fixtures/*.py, one module per component (mirror servers, a tiny
translation model, ...), loaded here as pytest plugins so any test directory can use them."""

import os
from pathlib import Path

pytest_plugins = sorted(
    f"tests.fixtures.{p.stem}" for p in (Path(__file__).parent / "fixtures").glob("*.py") if p.stem != "__init__"
)

# Tests never touch the user's real archive, models or config.
for _var in ("PROVNEWS_DB", "PROVNEWS_MODELS_DIR", "PROVNEWS_CONFIG", "ARGOS_PACKAGES_DIR"):
    os.environ.pop(_var, None)
