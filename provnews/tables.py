"""Plain aligned text tables for the terminal: readable in a cron mail and easy to grep."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def text_table(rows: Iterable[Sequence[object]], *, numbers: bool = True) -> str:
    """Rows (the first is the header) in columns two spaces apart.

    With `numbers`, every column after the first is right-aligned, as counts read best.
    """
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]

    def line(row: list[str]) -> str:
        return "  ".join(cell.rjust(w) if numbers and i else cell.ljust(w)
                         for i, (cell, w) in enumerate(zip(row, widths))).rstrip()

    return "\n".join(line(row) for row in cells)
