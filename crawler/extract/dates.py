"""Dates as the portals write them -> ISO 8601 in China time, keeping the page's precision.

A page that gives only a day stays a bare 'YYYY-MM-DD'; a time to the minute becomes
'YYYY-MM-DDTHH:MM:00+08:00'; seconds are kept when the page gives them. A page that gives only a
month ('1998年3月号', 'March 1998') or a year ('1998年') gets ISO 8601's reduced precision,
'1998-03' or '1998': a magazine issue or an old essay is dated as precisely as it says, no more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8))

# Characters pages write in place of ':' between hours and minutes: full-width and small colons,
# RATIO (U+2236, what an IME's "colon" gives on some CMS editors), vertical presentation forms,
# the modifier-letter and triangular colons, and the two-dot punctuation of other scripts.
COLON_LIKE = "\uff1a\u2236\ufe55\ufe30\ufe13\ua789\u02d0\u02f8\u05c3\u0589\u1361\u16ec\u205a\u1804\ua4fd\u2e35"
# Dashes, slashes and points that stand for '-', '/' and '.' between the parts of a date.
DASH_LIKE = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d\u2015"
_FOLD = {
    **{c: ":" for c in COLON_LIKE}, **{c: "-" for c in DASH_LIKE}, "\uff0f": "/", "\u2215": "/", "\uff0e": ".",
    **{chr(0xFF10 + i): str(i) for i in range(10)},
}
_FOLDABLE = re.compile("[" + COLON_LIKE + DASH_LIKE + "\uff0f\u2215\uff0e\uff10-\uff19]")


def fold(text: str) -> str:
    """Dates and times in ASCII: full-width digits and every colon, dash, slash or point look-alike
    become '0'-'9', ':', '-', '/', '.'. One character for one, so offsets into `text` still hold."""
    # One replace() per look-alike present: translate() looks up every character of the text
    # (ten times slower on a long paragraph, and prose is full of '：' and '——').
    for char in set(_FOLDABLE.findall(text)):
        text = text.replace(char, _FOLD[char])
    return text

_SEP = r"\s*[-/.]\s*"
# One pattern for every written form the portals use: 2026-11-20 10:07[:47], 2026/11/20, 2026.11.20,
# 2026年11月20日 10时07分, ISO 8601 with T and an offset, and gov.cn's '2007-08-20-23:59:59'.
DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?:" + _SEP + r"(?P<m>\d{1,2})" + _SEP + r"(?P<d>\d{1,2})(?!\d)"
    r"|\s*年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*[日号])"
    r"(?:(?:\s*[T\s-]\s*|(?<=[日号]))"
    r"(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2})(?:\.\d+)?)?\s*(?:分|秒)?"
    r"(?:\s*(?P<ampm>[AaPp][Mm]))?"
    r"(?P<tz>Z|[+-]\d\d:?\d\d)?)?"
)
# US order as some older Chinese CMS templates print it: '9/17/2004 5:54:13 AM'.
US_DATE_RE = re.compile(
    r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ampm>[AaPp][Mm]))?)?"
)
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# English dates as China Daily and English portals write them: 'Nov 23, 2018', '23 November 2018'.
EN_DATE_RE = re.compile(
    r"\b(?:(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s+(?P<mon2>[A-Za-z]{3,9})\.?,?\s+(?P<y2>(?:19|20)\d\d))"
    r"(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"
)


# Reduced precision, read only where no full date overlaps: '1998年3月(号)', 'March 1998', '1998年'
# (not '1998年度', a fiscal year, nor the start of '1998年3月5日').
MONTH_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])"
    r"|\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?P<y2>(?:19|20)\d\d)\b(?!\s*\d)")
YEAR_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月)(?!度)")


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int  # offset of the match in the searched text
    end: int


def _iso(y: int, m: int, d: int, hh: str | None, mm: str | None, ss: str | None,
         ampm: str | None = None, tz: str | None = None) -> str | None:
    try:
        day = datetime(y, m, d)
    except ValueError:
        return None
    if hh is None or mm is None:
        return day.strftime("%Y-%m-%d")
    hour, minute, second = int(hh), int(mm), int(ss) if ss else 0
    if ampm and ampm.lower() == "pm" and hour < 12:
        hour += 12
    elif ampm and ampm.lower() == "am" and hour == 12:
        hour = 0
    try:
        stamp = day.replace(hour=hour, minute=minute, second=second)
    except ValueError:
        return day.strftime("%Y-%m-%d")
    if tz and tz != "+08:00" and tz != "+0800":
        offset = UTC if tz == "Z" else timezone(
            timedelta(hours=int(tz[:3]), minutes=int(tz[0] + tz[-2:])))
        stamp = stamp.replace(tzinfo=offset).astimezone(CHINA).replace(tzinfo=None)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S+08:00")


def find_dates(text: str) -> list[FoundDate]:
    """Every well-formed date in `text`, in order, as ISO strings at the precision written."""
    text = fold(text)
    found = []
    for match in DATE_RE.finditer(text):
        g = match.groupdict()
        iso = _iso(int(g["y"]), int(g["m"] or g["m2"]), int(g["d"] or g["d2"]),
                   g["H"], g["M"], g["S"], g["ampm"], g["tz"])
        if iso:
            found.append(FoundDate(iso, match.start(), match.end()))
    for match in EN_DATE_RE.finditer(text):
        g = match.groupdict()
        month = _MONTHS.get((g["mon"] or g["mon2"] or "")[:3].lower())
        if month is None:
            continue
        iso = _iso(int(g["y"] or g["y2"]), month, int(g["d"] or g["d2"]), g["H"], g["M"], g["S"],
                   (g["ampm"] or "").replace(".", "") or None)
        if iso:
            found.append(FoundDate(iso, match.start(), match.end()))
    for match in US_DATE_RE.finditer(text):
        g = match.groupdict()
        iso = _iso(int(g["y"]), int(g["m"]), int(g["d"]), g["H"], g["M"], g["S"], g["ampm"])
        if iso:
            found.append(FoundDate(iso, match.start(), match.end()))
    return sorted(found + _reduced(text, found), key=lambda f: f.start)


def _reduced(text: str, full: list[FoundDate]) -> list[FoundDate]:
    """Month- and year-only dates outside the spans of the full dates already found."""
    if "年" not in text and not _LATIN_MONTH.search(text):
        return []
    taken = [(f.start, f.end) for f in full]
    found: list[FoundDate] = []
    for match in MONTH_RE.finditer(text):
        if match["y"]:
            y, m = int(match["y"]), int(match["m"])
        else:
            y, m = int(match["y2"]), _MONTHS.get(match["mon"][:3].lower(), 0)
        if 1 <= m <= 12:
            found.append(FoundDate(f"{y:04d}-{m:02d}", match.start(), match.end()))
    for match in YEAR_RE.finditer(text):
        found.append(FoundDate(match["y"], match.start(), match.end()))
    kept: list[FoundDate] = []
    for f in found:
        if not any(a < f.end and f.start < b for a, b in taken):
            kept.append(f)
            taken.append((f.start, f.end))
    return kept


_LATIN_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d")


# Dates in Chinese numerals, as a document's signature writes them ('二〇二四年四月九日', with ○, 零
# or a Latin O for the zero). Read only where a signature stands (fields.signature_date): in running
# text such a date is an event, and no date line of a portal is written so.
_CN_NUMERALS = {**{c: 0 for c in "〇○零OoＯ０"}, **{c: i for i, c in enumerate("一二三四五六七八九", start=1)}}
_CN_DIGIT = "[〇○零OoＯ０一二三四五六七八九]"
CN_DATE_RE = re.compile(
    r"(?P<y>[一二]" + _CN_DIGIT + r"{3})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]")


def _cn_number(text: str) -> int:
    """'十二' -> 12, '二十九' -> 29, '九' -> 9 (the numbers of a month or a day)."""
    if "十" not in text:
        return _CN_NUMERALS[text]
    tens, _, ones = text.partition("十")
    return (_CN_NUMERALS[tens] if tens else 1) * 10 + (_CN_NUMERALS[ones] if ones else 0)


def find_numeral_dates(text: str) -> list[FoundDate]:
    """Every date in `text` written in Chinese numerals, in order, as ISO days."""
    if "年" not in text:
        return []
    found = []
    for match in CN_DATE_RE.finditer(text):
        year = int("".join(str(_CN_NUMERALS[c]) for c in match["y"]))
        iso = _iso(year, _cn_number(match["m"]), _cn_number(match["d"]), None, None, None)
        if iso:
            found.append(FoundDate(iso, match.start(), match.end()))
    return found


# What feed-style pages show instead of a date ('3小时前', '5 分钟前', '刚刚', '昨天 10:20', '2 天前'):
# the text says when relative to a moment the page does not keep (a saved or cached copy says
# '3小时前' for ever), so it is never read as a date; the absolute date the element carries in an
# attribute (title="2008-3-5 10:20", datetime=…) is (fields.relative_dates).
RELATIVE_RE = re.compile(
    r"^\s*(?:发表于|发布于|更新于)?\s*(?:\d{1,3}\s*(?:秒|分钟|小时|个小时|天|周|个月)\s*前|刚刚|半小时前|"
    r"(?:今天|昨天|前天)\s*(?:\d{1,2}\s*[:：]\s*\d{2})?|\d{1,3}\s*(?:seconds?|minutes?|mins?|hours?|days?)\s+ago)\s*$",
    re.I)


def unix_time(value: str) -> str | None:
    """A unix time in seconds or milliseconds ('1614912000') as an ISO time in China, to the second."""
    seconds = int(value) // 1000 if len(value) == 13 else int(value)
    try:
        stamp = datetime.fromtimestamp(seconds, CHINA)
    except (OverflowError, OSError, ValueError):
        return None
    return stamp.strftime("%Y-%m-%dT%H:%M:%S+08:00")


def has_date(text: str) -> bool:
    text = fold(text)
    return any(p.search(text) for p in (DATE_RE, EN_DATE_RE, US_DATE_RE, MONTH_RE, YEAR_RE))


def precision(iso: str) -> str:
    """'year', 'month', 'day' or 'time': how much of the date the page gave."""
    return {4: "year", 7: "month", 10: "day"}.get(len(iso), "time")


# A date box that prints the year apart from the month and day ('2026' above '11/26', then
# '21:10'), as some detail templates do. Read only from an element a site rule names, whole:
# in running text a year followed by "11/26" is too often something else.
BOX_RE = re.compile(r"\s*(?P<y>(?:19|20)\d\d)\s+(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})"
                    r"(?:\s+(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2}))?\s*")


def parse_date_box(text: str | None) -> str | None:
    """The date of an element that holds only a date box (see BOX_RE), or None."""
    match = BOX_RE.fullmatch(fold(text or ""))
    return _iso(int(match["y"]), int(match["m"]), int(match["d"]), match["H"], match["M"], None) if match else None


def parse_date(text: str | None) -> str | None:
    """The first date in `text` (a meta value, a label line), or None."""
    if not text:
        return None
    found = find_dates(text)
    return found[0].iso if found else None


def is_future(iso: str, now: datetime | None = None) -> bool:
    """A date after today in China (a day of slack for clocks) cannot be a publication date."""
    now = now or datetime.now(CHINA)
    # A month or a year is in the future only when all of it is: its first day is after today.
    first = iso[:10] + "-01-01"[len(iso[:10]) - 4:] if len(iso) < 10 else iso[:10]
    day = date(int(first[:4]), int(first[5:7]), int(first[8:10]))  # strptime is slow for an ISO day
    return day > (now + timedelta(days=1)).date()


def plausible(iso: str | None, now: datetime | None = None) -> bool:
    return bool(iso and iso[:4] >= "1990" and not is_future(iso, now))


def drop_midnight_filler(iso: str) -> str:
    """CMS exports stamp date-only records at 00:00:00 or 23:59:59: that is a day, not a time."""
    if iso.endswith(("T00:00:00+08:00", "T23:59:59+08:00")):
        return iso[:10]
    return iso
