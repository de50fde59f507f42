"""Plain aligned text tables for the terminal: readable in a cron mail and easy to grep."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

__all__ = ["text_table", "site_label", "province_name", "width"]


def width(text: str) -> int:
    """Columns `text` takes in a terminal: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def province_name(site: str) -> str:
    """`Tibet 西藏` for `xz-zh`: the province's English and Chinese names ("-" if unknown)."""
    from crawler.provinces import province_of

    province = province_of(site)
    return province.label() if province else "-"


def site_label(site: str) -> str:
    """`xz-zh Tibet 西藏`: the site's code with its province's names (the code alone if unknown)."""
    from crawler.provinces import province_of

    province = province_of(site)
    return f"{site} {province.label()}" if province else site


def text_table(rows: Iterable[Sequence[object]], *, numbers: bool = True, labels: int = 1) -> str:
    """Rows (the first is the header) in columns two spaces apart, by terminal width.

    With `numbers`, every column after the first `labels` ones is right-aligned, as counts read best.
    """
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(cells[0]))]

    def line(row: list[str]) -> str:
        return "  ".join(" " * (w - width(cell)) + cell if numbers and i >= labels else cell + " " * (w - width(cell))
                         for i, (cell, w) in enumerate(zip(row, widths))).rstrip()

    return "\n".join(line(row) for row in cells)
