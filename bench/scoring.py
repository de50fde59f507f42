"""The one body score of the benchmarks: F1 over character bigrams after NFKC folding, with all
whitespace removed (characters, not words: Chinese has no spaces to count words by)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["bigram_f1"]


def _bigrams(text: str) -> Counter:
    folded = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return Counter(folded[i:i + 2] for i in range(len(folded) - 1))


def bigram_f1(truth: str, predicted: str) -> float:
    """1.0 for two empty bodies (attachment-only notices, non-articles): they agree."""
    a, b = _bigrams(truth), _bigrams(predicted)
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(b.values()), common / sum(a.values())
    return 2 * precision * recall / (precision + recall)
