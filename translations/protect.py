"""Keeping URLs, e-mail addresses, numbers and Latin-script tokens out of the model's hands.

Each such span is replaced by a numbered placeholder before translation and put back, byte for
byte, afterwards. This sidesteps the damage seen with Argos packages (their decoding turns "_"
into spaces, breaking URLs and file names) and the model's habit of respelling code-like tokens.
A placeholder the model dropped is appended to the sentence, so the token is never lost.

Short plain integers stay in the text ("2024年5月6日", "3个"): the model needs them to render
dates, months and counts. So do numbers followed by a Chinese magnitude (1.2万亿), which the
model must scale ("1.2 trillion").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["PROTECTED_RE", "Masked", "mask", "unmask", "placeholder"]

_URL = r"(?:https?://|ftp://|www\.)[^\s<>\"“”‘’\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*[^\s<>\"“”‘’.,;:!?)\]\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
_EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
_WORD = r"[A-Za-z0-9](?:[A-Za-z0-9_\-.'&+/%#]*[A-Za-z0-9%#])?"
# Runs of ASCII words separated by spaces ("Zhejiang University", "COVID-19", "5.6%") are one span.
_RUN = rf"{_WORD}(?: +{_WORD})*"

PROTECTED_RE = re.compile(rf"{_URL}|{_EMAIL}|{_RUN}")
_PLAIN_INTEGER = re.compile(r"[0-9]{1,4}")
_MAGNITUDE_AFTER = re.compile(r"[十百千万亿]")

# A capitalised Latin tag with a number: OPUS-MT models copy such unknown tokens through.
_PLACEHOLDER = "ZX{}"
_PLACEHOLDER_RE = re.compile(r"Z\s?X\s?([0-9]{1,3})", re.IGNORECASE)


def placeholder(index: int) -> str:
    return _PLACEHOLDER.format(index)


@dataclass(frozen=True)
class Masked:
    """A sentence as the model sees it, and the spans its placeholders stand for."""

    text: str
    originals: tuple[str, ...] = ()


def _keep_for_model(text: str, span: re.Match) -> bool:
    value = span.group()
    if _PLAIN_INTEGER.fullmatch(value):
        return True
    is_number = value[0].isdigit() and not re.search(r"[A-Za-z]", value)
    return is_number and bool(_MAGNITUDE_AFTER.match(text, span.end()))


def mask(sentence: str) -> Masked:
    originals: list[str] = []
    parts: list[str] = []
    last = 0
    for span in PROTECTED_RE.finditer(sentence):
        if _keep_for_model(sentence, span):
            continue
        parts.append(sentence[last:span.start()])
        parts.append(placeholder(len(originals)))
        originals.append(span.group())
        last = span.end()
    if not originals:
        return Masked(sentence)
    parts.append(sentence[last:])
    return Masked("".join(parts), tuple(originals))


def unmask(translation: str, originals: tuple[str, ...] | list[str]) -> str:
    """Put the protected spans back; spans whose placeholder the model lost go at the end."""
    if not originals:
        return translation
    used: set[int] = set()

    def restore(match: re.Match) -> str:
        index = int(match.group(1))
        if index >= len(originals):
            return ""  # a placeholder the model made up stands for nothing
        used.add(index)
        return originals[index]

    text = _PLACEHOLDER_RE.sub(restore, translation)
    missing = [original for i, original in enumerate(originals) if i not in used]
    if missing:
        text = f"{text.rstrip()} {' '.join(missing)}" if text.strip() else " ".join(missing)
    return re.sub(r" {2,}", " ", text).strip()
