"""Text normalization shared by titles, metadata, paragraphs and search queries."""

from __future__ import annotations

import re
import unicodedata

# Full-width letters and digits become half-width, numbers fold whole (archive.folding: search
# folds its queries with the same tables, so they live below both).
from archive.folding import FULL_WIDTH as _FULL_WIDTH
from archive.folding import HALF_WIDTH as _HALF_WIDTH
from archive.folding import fold_numbers

# Every kind of space HTML pages use for indentation: nbsp, ensp/emsp, thin, zero-width, U+3000.
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
# A line break in the HTML source between two CJK characters is layout, not text ("记者 王新 摄"
# written with spaces keeps them; the same words broken over two source lines do not).
_CJK_CHAR = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"
_CJK_GAP = re.compile(rf"(?<={_CJK_CHAR})[ \t\u00a0\u3000]*[\r\n][\s\u00a0\u3000]*(?={_CJK_CHAR})")

# The separators portals put between an article title and the site name in <title>.
TITLE_SEPARATORS = ("_", " - ", " — ", " -- ", " | ", "｜", "|", "--", "－", "—")
# Site names that trail titles on many portals; a site's own suffixes come from its configuration.
COMMON_TITLE_SUFFIXES = (
    "人民政府门户网站", "人民政府网站", "人民政府网", "政府门户网站", "门户网站", "China Daily", "chinadaily.com.cn",
)


def clean_text(text: str | None) -> str:
    """NFC, half-width letters and digits, one space per run of whitespace, no layout spaces."""
    if not text:
        return ""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _FULL_WIDTH.search(text):  # translate() is slow on long text; most text has none
        text = text.translate(_HALF_WIDTH)
    text = fold_numbers(text)
    text = _CJK_GAP.sub("", text)
    return _SPACES.sub(" ", text).strip()


_LATIN_GAP = re.compile(r"(?<=[A-Za-z])\u3000+|\u3000+(?=[A-Za-z])|(?<=\d)\u3000+(?=\d)")


def clean_title(title: str | None, suffixes: list[str] | tuple[str, ...] = ()) -> str:
    """A title without the site suffix ('…_浙江省人民政府门户网站', '… - China Daily')."""
    # A full-width space in a Chinese title is typesetting (centring a two-line heading), never a
    # word gap; beside a Latin letter, or between digits, it is one ('record　Jan 1, 2015').
    title = clean_text(_LATIN_GAP.sub(" ", title or "").replace("\u3000", ""))
    changed = True
    while changed and title:
        changed = False
        for suffix in suffixes:
            if suffix and title.endswith(suffix) and title != suffix:
                title = title[: -len(suffix)].rstrip(" _-|｜—－").strip()
                changed = True
        for sep in TITLE_SEPARATORS:
            head, found, tail = title.rpartition(sep)
            if found and head.strip() and any(tail.strip().endswith(s) for s in COMMON_TITLE_SUFFIXES):
                # a doubled separator ('标题——某某省人民政府门户网站') leaves no dash on the title
                title, changed = head.rstrip(" _-|｜—－–").strip(), True
                break
    return title


def title_parts(title: str, separators: tuple[str, ...] = TITLE_SEPARATORS) -> list[str]:
    """<title> split at its separators: the article title is usually the longest part."""
    parts = [title]
    for sep in separators:
        parts = [piece.strip() for part in parts for piece in part.split(sep)]
    return [p for p in parts if p]


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def detect_lang(text: str, default: str = "zh") -> str:
    """zh when Chinese characters carry the text, en when Latin letters do."""
    cjk, latin = cjk_count(text), len(_LATIN.findall(text))
    if cjk == 0 and latin == 0:
        return default
    # A Chinese character carries about as much text as a short English word (~4 letters).
    return "zh" if cjk * 4 >= latin else "en"
