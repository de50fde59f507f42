"""Terms mined from confident pairs: the official English of names (people, places, bodies,
programmes) as the English desks write them.

A name is a Chinese word met in the English through its pinyin (translations.lexicon) inside an
aligned paragraph bead of good confidence; its English is the capitalized run around that hit
("Meitan", "Chishui River", "Zunyi"). Bodies and programmes whose English is not pinyin come
from the user's glossary file (provnews.glossary). The terms are shown to reviewers; they are
never forced into the decoder.
"""

from __future__ import annotations

import re
from collections import Counter

import sqlite_utils

from archive import pairs as store

from .lexicon import dictionary, en_text, zh_text

__all__ = ["MIN_CONFIDENCE", "mine_terms"]

MIN_CONFIDENCE = 0.6
_CAPITALIZED_RUN = re.compile(r"(?:[A-Z][\w'\-]*)(?:\s+(?:of|and|the|for|on)?\s*[A-Z][\w'\-]*)*")
_PLACE_WORDS = {"River": "河", "County": "县", "City": "市", "Lake": "湖", "Mountain": "山", "Province": "省"}


def _norm(word: str) -> str:
    return word.removesuffix("'s").lower().replace("-", "").replace("'", "")


def _surface(pinyin: str, word: str, zh: str, english: str) -> tuple[str, str] | None:
    """(Chinese, English) of the name: the capitalized word(s) of `english` spelling `pinyin`,
    with a following "River"/"County"/... when the Chinese has the matching 河/县/... after it."""
    for match in _CAPITALIZED_RUN.finditer(english):
        words = match.group().split()
        for i in range(len(words)):
            for j in (i + 1, i + 2):
                if j <= len(words) and "".join(_norm(w) for w in words[i:j]) == pinyin:
                    surface = " ".join(words[i:j]).removesuffix("'s")
                    following = words[j] if j < len(words) else ""
                    suffix = _PLACE_WORDS.get(following)
                    if suffix and word + suffix in zh:
                        return word + suffix, f"{surface} {following}"
                    return word, surface
    return None


def mine_terms(db: sqlite_utils.Database) -> list[dict]:
    """Mine, store (replacing the previous mining) and return {zh, en, kind, pairs} terms."""
    found: Counter[tuple[str, str, str]] = Counter()
    lexicon = dictionary()
    rows = store.paragraph_alignments(db, MIN_CONFIDENCE)
    seen: set[tuple[int, str, str]] = set()
    for en_id, _zh_id, zh, en in rows:
        zh_ev, en_ev = zh_text(zh), en_text(en)
        for pinyin, word in zh_ev.names.items():
            if len(pinyin) < 4 or pinyin not in en_ev.names:
                continue
            named = _surface(pinyin, word, zh, en)
            if not named:
                continue
            word, surface = named
            entry = lexicon.entries.get(word)
            kind = "name" if entry is None or entry.proper else "term"
            if (en_id, word, surface) not in seen:
                seen.add((en_id, word, surface))
                found[(word, surface, kind)] += 1
    terms = [{"zh": zh, "en": en, "kind": kind, "pairs": n} for (zh, en, kind), n in found.items()]
    store.replace_mined_terms(db, terms)
    return terms
