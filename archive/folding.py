"""Folding the widths of numbers, shared by the text the archive stores and the queries that
search it: a query finds '３．２７万亿元' by '3.27万亿元' only if both are folded the same way.

Extraction (crawler.extract.normalize.clean_text) folds every stored text with these; search folds
each query term with `fold_numbers`. They live in archive/, below both users.
"""

from __future__ import annotations

import re

__all__ = ["HALF_WIDTH", "FULL_WIDTH", "fold_numbers"]

# Full-width ASCII letters and digits -> half-width; full-width punctuation is left alone because
# in Chinese text it is the correct punctuation, not a typing accident.
HALF_WIDTH = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
              for c in range(r[0], r[1] + 1)}
FULL_WIDTH = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# A number is folded as a whole: its full-width decimal point (３．２７, 3．27) and percent or
# per-mille sign (５．９％) become ASCII with its digits, so '3.27' and '5.9%' find it. Elsewhere
# those characters are Chinese punctuation and stay.
_NUMBER_MARKS = re.compile(r"(?<=\d)[．\uff0e](?=\d)|(?<=\d)[％\uff05]")
_NUMBER_ASCII = {"．": ".", "％": "%"}


def fold_numbers(text: str) -> str:
    """'３．２７万亿元' -> '3.27万亿元', '5．9％' -> '5.9%' (digits, point and percent together)."""
    if "．" not in text and "％" not in text:
        return text
    if FULL_WIDTH.search(text):
        text = text.translate(HALF_WIDTH)
    return _NUMBER_MARKS.sub(lambda m: _NUMBER_ASCII[m.group()], text)
