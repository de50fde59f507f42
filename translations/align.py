"""Align the units of a Chinese article with those of its official English translation.

Official translations merge, split, drop and reorder paragraphs, so a bead can join 1-1, 2-1,
1-2, or leave a unit alone (1-0, 0-1). The method is Gale–Church's dynamic programme over
lengths (the English/Chinese length ratio taken from the pair itself, since it varies with the
desk that translated it) with hunalign's addition of a dictionary score: the share of content
words, numbers and names that the two sides have in common (translations.lexicon). A unit left
alone is kept in the result as its own bead with confidence 0, so a reviewer sees it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .lexicon import EnText, ZhText, coverage, en_text, zh_text
from .segment import split_sentences

__all__ = ["Bead", "align", "align_sentences", "split_english"]

# Gale–Church's priors, as costs (-log p): most beads are 1-1; merges and splits are rarer than
# that, drops rarer still.
_PRIOR = {(1, 1): 0.89, (2, 1): 0.045, (1, 2): 0.045, (1, 0): 0.01, (0, 1): 0.01}
_COST = {shape: -math.log(p) for shape, p in _PRIOR.items()}
_LEX_WEIGHT = 8.0   # dictionary evidence outweighs length: official desks shorten freely
_SKIP_COST = 0.0     # a dropped unit costs its prior only: official desks do drop and add
_VARIANCE = 6.8      # Gale–Church's per-character variance, scaled by the ratio below

_EN_SENTENCE_END = re.compile(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Bead:
    zh: tuple[int, ...]
    en: tuple[int, ...]
    confidence: float


def split_english(text: str) -> list[str]:
    """English sentences: a stop, then a space and a capital ("No. 5" and "3.5" stay whole)."""
    parts, start = [], 0
    for match in _EN_SENTENCE_END.finditer(text):
        parts.append(text[start:match.end()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    merged: list[str] = []
    for part in parts:
        if merged and re.search(r"\b(?:No|Mr|Ms|Dr|St|Co|Ltd|Inc|U\.S)\.$", merged[-1]):
            merged[-1] += " " + part
        elif part:
            merged.append(part)
    return merged


def _similarity(zh: ZhText, en: EnText) -> float:
    signals = coverage(zh, en)
    shared = len(signals["numbers"]) + len(signals["names"]) + len(signals["latin"])
    return min(1.0, (signals["words"] + signals["words_en"]) / 2 + 0.15 * shared)


def _length_cost(zh_len: int, en_len: int, ratio: float) -> float:
    if zh_len == 0 and en_len == 0:
        return 0.0
    mean = max(zh_len, 1) * ratio
    delta = (en_len - mean) / math.sqrt(max(zh_len, 1) * _VARIANCE * ratio)
    p = max(math.erfc(abs(delta) / math.sqrt(2)), 1e-12)   # two-sided tail of the normal
    return -math.log(p)


def _join_zh(parts: list[ZhText]) -> ZhText:
    if len(parts) == 1:
        return parts[0]
    names: dict[str, str] = {}
    for part in parts:
        names.update(part.names)
    return ZhText([w for p in parts for w in p.words], names, set().union(*(p.numbers for p in parts)),
                  set().union(*(p.latin for p in parts)))


def _join_en(parts: list[EnText]) -> EnText:
    if len(parts) == 1:
        return parts[0]
    return EnText(set().union(*(p.stems for p in parts)), set().union(*(p.names for p in parts)),
                  set().union(*(p.numbers for p in parts)), set().union(*(p.latin for p in parts)))


def align(zh_units: list[str], en_units: list[str]) -> list[Bead]:
    """The cheapest sequence of beads covering both sides, in order."""
    zh_ev = [zh_text(u) for u in zh_units]
    en_ev = [en_text(u) for u in en_units]
    zh_len = [len(u) for u in zh_units]
    en_len = [len(u) for u in en_units]
    ratio = (sum(en_len) / sum(zh_len)) if sum(zh_len) and sum(en_len) else 3.0
    n, m = len(zh_units), len(en_units)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == inf:
                continue
            for (dz, de), prior in _COST.items():
                ni, nj = i + dz, j + de
                if ni > n or nj > m:
                    continue
                if dz and de:
                    zh_side, en_side = _join_zh(zh_ev[i:ni]), _join_en(en_ev[j:nj])
                    sim = _similarity(zh_side, en_side)
                    if dz + de > 2:
                        # Each member of a merge must carry evidence of its own: an added
                        # paragraph glued to a good 1-1 bead is a 0-1 bead, not a split.
                        members = ([_similarity(z, en_side) for z in zh_ev[i:ni]] if dz > 1 else
                                   [_similarity(zh_side, e) for e in en_ev[j:nj]])
                        sim = (sim + min(members)) / 2
                    length = _length_cost(sum(zh_len[i:ni]), sum(en_len[j:nj]), ratio)
                    cost = prior + length + _LEX_WEIGHT * (1 - sim)
                    confidence = round(0.75 * min(1.0, max(0.0, (sim - 0.1) / 0.4)) + 0.25 * math.exp(-length), 3)
                else:
                    cost, confidence = prior + _SKIP_COST, 0.0
                if here + cost < best[ni][nj]:
                    best[ni][nj] = here + cost
                    back[ni][nj] = (i, j, confidence)
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        step = back[i][j]
        assert step is not None  # every cell on the path back was reached
        pi, pj, confidence = step
        beads.append(Bead(tuple(range(pi, i)), tuple(range(pj, j)), confidence))
        i, j = pi, pj
    return beads[::-1]


def align_sentences(zh_paragraph: str, en_paragraph: str) -> list[tuple[str, str, float]]:
    """Sentence beads inside one aligned paragraph bead: (zh, en, confidence), either side may be ''."""
    zh_sentences = split_sentences(zh_paragraph)
    en_sentences = split_english(en_paragraph)
    out = []
    for bead in align(zh_sentences, en_sentences):
        out.append(("".join(zh_sentences[i] for i in bead.zh), " ".join(en_sentences[j] for j in bead.en),
                    bead.confidence))
    return out
