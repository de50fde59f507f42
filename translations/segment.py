"""Splitting Chinese paragraphs into sentences, the unit the model and the memory work on.

argostranslate downloads a Stanza or MiniSBD model for this; Chinese punctuation makes a rule
enough: a sentence ends after 。！？；… (and their ASCII forms), together with any closing quotes
or brackets that follow. A full stop between digits ("3.14", "5.6%") is never an end, and
neither is punctuation inside a URL or an e-mail address.
"""

from __future__ import annotations

import re
import unicodedata

from .protect import PROTECTED_RE

__all__ = ["split_sentences", "normalize", "MAX_SENTENCE_CHARS"]

# A sentence longer than this is split again at commas: the model's positions and quality both
# suffer on very long inputs, and some notices run a whole paragraph without a full stop.
MAX_SENTENCE_CHARS = 160

_CLOSERS = "”’」』）)】》〉］]\"'"
# Ends: runs of Chinese terminal punctuation or ellipses; ASCII ! ? ; only before a space or a
# CJK character (so "a.php?id=1" outside a URL match still stays whole); an ASCII full stop
# only after a letter and before a space.
_END_RE = re.compile(
    rf"(?:[。！？；]+|…+|\.{{3,}}|[!?;]+(?=\s|[\u3000-\u9fff]|$)|(?<=[A-Za-z])\.(?=\s))[{re.escape(_CLOSERS)}]*"
)
_SOFT_BREAK_RE = re.compile(r"(?<=[，、：,:])")
_SPACE_RE = re.compile(r"\s+")


def normalize(sentence: str) -> str:
    """The memory key's text: NFC, whitespace collapsed, trimmed. Punctuation width is kept, as
    the model sees it."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFC", sentence)).strip()


def split_sentences(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[str]:
    """The sentences of a paragraph, in order, stripped; empty text gives an empty list."""
    sentences: list[str] = []
    for line in text.splitlines():
        for sentence in _split_line(line):
            sentences.extend(_split_long(sentence, max_chars))
    return sentences


def _split_line(line: str) -> list[str]:
    shielded = [(m.start(), m.end()) for m in PROTECTED_RE.finditer(line)]
    out, start = [], 0
    for match in _END_RE.finditer(line):
        if any(a <= match.start() < b for a, b in shielded):
            continue
        out.append(line[start:match.end()])
        start = match.end()
    out.append(line[start:])
    return [s.strip() for s in out if s.strip()]


def _split_long(sentence: str, max_chars: int) -> list[str]:
    if len(sentence) <= max_chars:
        return [sentence]
    pieces, current = [], ""
    for clause in _SOFT_BREAK_RE.split(sentence):
        if current and len(current) + len(clause) > max_chars:
            pieces.append(current)
            current = ""
        current += clause
    pieces.append(current)
    # A clause longer than the limit on its own is left whole: cutting inside it would cut words.
    return [p.strip() for p in pieces if p.strip()]
