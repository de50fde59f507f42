"""Mirrors generated from data, one module per CMS family.

`data/provinces.toml` holds one row per site (host, column paths, the class names the sources
give, charset, list parameters, a few short articles, the quirks it shows); the family module
named by the row's `family` turns it into pages. A new site of a known family is a new row.
"""

from __future__ import annotations

import importlib
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from .base import FamilySite

__all__ = ["FamilySite", "generated_site", "rows", "GENERATED_NAMES", "DATA"]

DATA = Path(__file__).resolve().parent.parent / "data" / "provinces.toml"


@lru_cache(maxsize=1)
def rows() -> dict[str, dict[str, Any]]:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))["sites"]


def generated_site(name: str, changes: dict[str, Any] | None = None) -> FamilySite:
    """The mirror of `name`, built by the module of its row's family (families/<family>.py), from
    its data row with `changes` (another form of the same portal's pages)."""
    row = {**rows()[name], **(changes or {})}
    return importlib.import_module(f".{row['family']}", __package__).Site(name, row)


GENERATED_NAMES = tuple(rows())
