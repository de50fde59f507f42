"""Text normalization shared by titles, metadata, paragraphs and search queries."""

from __future__ import annotations

import re
import unicodedata

# Full-width ASCII letters and digits -> half-width; full-width punctuation is left alone because
# in Chinese text it is the correct punctuation, not a typing accident.
_HALF_WIDTH = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
               for c in range(r[0], r[1] + 1)}
_FULL_WIDTH = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# A number is folded as a whole: its full-width decimal point (３．２７, 3．27) and percent or
# per-mille sign (５．９％) become ASCII with its digits, so '3.27' and '5.9%' find it. Elsewhere
# those characters are Chinese punctuation and stay.
_NUMBER_MARKS = re.compile(r"(?<=\d)[．\uff0e](?=\d)|(?<=\d)[％\uff05]")
_NUMBER_ASCII = {"．": ".", "％": "%"}
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


def fold_numbers(text: str) -> str:
    """'３．２７万亿元' -> '3.27万亿元', '5．9％' -> '5.9%' (digits, point and percent together)."""
    if "．" not in text and "％" not in text:
        return text
    if _FULL_WIDTH.search(text):
        text = text.translate(_HALF_WIDTH)
    return _NUMBER_MARKS.sub(lambda m: _NUMBER_ASCII[m.group()], text)


def clean_title(title: str | None, suffixes: list[str] | tuple[str, ...] = ()) -> str:
    """A title without the site suffix ('…_浙江省人民政府门户网站', '… - China Daily')."""
    # A full-width space in a title is typesetting (centring a two-line heading), never a word gap.
    title = clean_text((title or "").replace("\u3000", ""))
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
                title, changed = head.strip(), True
                break
    return title


def title_parts(title: str) -> list[str]:
    """<title> split at its separators: the article title is usually the longest part."""
    parts = [title]
    for sep in TITLE_SEPARATORS:
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
