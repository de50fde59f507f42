"""Organisations, events and people an English lead names, and their counterparts in a Chinese text.

An official translation names no body, fair or person its original does not; a story of another
event of the same place and week often does. So each named organisation of the English lead
("Fudan University", "Ministry of Commerce", "China International Import Expo", "Canton Fair",
"CIIE") is looked for in the Chinese text through what the lexicon knows: the pinyin of its proper
words (Fudan: 复旦, through every reading of the Chinese characters), its known translation
(CC-CEDICT's or the lexicon's table of short names: 进博会 is glossed "China International Import
Expo CIIE", 商务部 "Ministry of Commerce") or its acronym (the table's capitals: CIIE, CIFTIS).
People are capitalised pairs of pinyin syllables ("Gong Zheng", "Chen Jining"), looked for in the
Chinese through their readings in either order. Places are `translations.lexicon.english_places`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .lexicon import SHORT_NAMES, STOP_WORDS, ZhText, dictionary, en_stem, gloss_counts, pinyin_like, spelt_at

__all__ = ["Organisation", "organisations", "english_persons", "name_agreement", "acronyms", "title_case"]

# The head words of a named body or event: "… University", "… Expo", "Ministry of …".
_HEADS = ("University", "College", "Hospital", "Institute", "Academy", "Ministry", "Bureau", "Commission",
          "Committee", "Administration", "Department", "Group", "Company", "Corporation", "Bank", "Association",
          "Federation", "Expo", "Exposition", "Fair", "Forum", "Summit", "Exhibition")
# Words of a body's name that say what kind of body it is, not which: its Chinese may drop them
# (市商务委 for "Shanghai Municipal Commission of Commerce") or write them in a word of its own.
_GENERIC = frozenset(en_stem(w) for w in (
    "university", "college", "hospital", "institute", "academy", "ministry", "bureau", "commission", "committee",
    "administration", "department", "group", "company", "corporation", "bank", "association", "federation",
    "municipal", "provincial", "national", "people", "peoples", "state", "city", "district", "county", "office",
    "general", "co", "ltd", "limited", "shanghai", "china", "chinese", "international", "affiliated", "first",
    "second", "third", "annual", "session", "exposition", "exhibition", "summit", "forum", "expo", "fair"))
_CONNECTORS = ("of", "and", "for", "on", "the", "&")
_CAP = r"[A-Z][A-Za-z'’\-]*"
_ORG = re.compile(
    rf"((?:{_CAP}\s+(?:(?:{'|'.join(_CONNECTORS)})\s+)?){{0,5}})\b({'|'.join(_HEADS)})\b"
    rf"((?:\s+(?:of|for)\s+(?:the\s+)?(?:{_CAP}(?:\s+and)?\s*){{1,5}})?)")
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_PERSON = re.compile(r"\b(?=([A-Z][a-z]+)[\s-]+([A-Z][a-z]+(?:-[a-z]+)?)\b)")   # overlapping: "Mayor Gong Zheng"


@dataclass(frozen=True)
class Organisation:
    text: str                    # as the English writes it
    words: frozenset[str]        # the stems that say which body it is (generic and stop words left out)
    pinyin: frozenset[str]       # its capitalised words that read as pinyin, letters only ("fudan")


def acronyms() -> dict[str, str]:
    """The acronyms the lexicon's table of short names knows: {"CIIE": "进博会", …}."""
    return {word: zh for zh, gloss in SHORT_NAMES.items() for word in gloss.split() if word.isupper() and len(word) >= 3}


def title_case(text: str) -> bool:
    """A line in Title Case ("Minhang District Signs Deal With Fudan University": no lower-case word
    of five letters or more): its capitals say nothing of what is a name."""
    words = re.findall(r"[A-Za-z]+", text)
    return sum(w[0].isupper() for w in words) >= 3 and not any(w.islower() and len(w) >= 5 for w in words)


def _lines(lead: str) -> list[str]:
    """The lines of a lead whose capitals mark names (Title Case lines left out)."""
    return [line for line in lead.split("\n") if not title_case(line)]


def organisations(lead: str) -> list[Organisation]:
    """The named bodies and events of an English lead (and known acronyms: CIIE)."""
    found: dict[str, Organisation] = {}
    known = acronyms()
    for line in _lines(unicodedata.normalize("NFKC", lead)):
        for match in _ORG.finditer(line):
            text = " ".join(match.group().split())
            tokens = [re.sub(r"['’]s$", "", t) for t in re.findall(r"[A-Za-z][A-Za-z'’\-]*", text)]
            words = frozenset(s for t in tokens if t.lower() not in STOP_WORDS and t.lower() not in _CONNECTORS
                              and (s := en_stem(t)) and s not in _GENERIC)
            pinyin = frozenset(letters for t in tokens if t[:1].isupper() and t.lower() not in _CONNECTORS
                               and len(letters := re.sub(r"[^a-z]", "", t.lower())) >= 4 and pinyin_like(letters))
            if words or pinyin:   # "the Ministry", "Municipal Commission": nothing says which
                found[text] = Organisation(text, words, pinyin)
        for match in _ACRONYM.finditer(line):
            if match.group() in known and not any(match.group() in o.text for o in found.values()):
                found[match.group()] = Organisation(match.group(), frozenset({en_stem(match.group())}), frozenset())
    return list(found.values())


def english_persons(lead: str) -> dict[str, frozenset[str]]:
    """People an English lead names: two capitalised words that read as pinyin, a surname and a
    given name of one or two syllables ("Gong Zheng", "Chen Jining", "Xi Jin-ping"), each with its
    letters in either order."""
    surnames = _surname_pinyin()
    found: dict[str, frozenset[str]] = {}
    for line in _lines(unicodedata.normalize("NFKC", lead)):
        for match in _PERSON.finditer(line):
            first, second = (re.sub(r"[^a-z]", "", g.lower()) for g in match.groups())
            for family, given in ((first, second), (second, first)):
                if family in surnames and pinyin_like(given) and 2 <= len(given) <= 8:
                    found[f"{match.group(1)} {match.group(2)}"] = frozenset({family + given, given + family})
                    break
    return found


_SURNAME_SET: frozenset[str] | None = None


def _surname_pinyin() -> frozenset[str]:
    global _SURNAME_SET
    if _SURNAME_SET is None:
        from pypinyin import lazy_pinyin

        from .lexicon import _COMPOUND_SURNAMES, _SURNAME_PINYIN, _SURNAMES

        _SURNAME_SET = frozenset(["".join(lazy_pinyin(s)) for s in (*_SURNAMES, *_COMPOUND_SURNAMES)]
                                 + list(_SURNAME_PINYIN.values()))
    return _SURNAME_SET


def _spelt(letters: str, readings: tuple[frozenset[str], ...]) -> bool:
    return any(spelt_at(letters, readings, i) for i in range(len(readings)))


def name_agreement(orgs: list[Organisation], people: dict[str, frozenset[str]], zh: ZhText,
                   readings: tuple[frozenset[str], ...], text: str) -> dict:
    """Which of the bodies and people an English lead names the Chinese text names too.

    A body is found when each of its proper words is spelt by the Chinese (pinyin, any reading) or
    glossed by one of its words, and each other word it is named by is glossed by a Chinese word;
    `proper` lists those met through one name (a Chinese word of three characters or more, or a
    proper one, glosses it all: 进博会, 商务部) or through pinyin alone, which a story of another
    body does not share by chance. A person is found when the Chinese spells the name through its
    readings, surname first or last. {found, lacking, proper, persons: {found, lacking}}."""
    lexicon = dictionary()
    glosses = set().union(*(g for _, g in zh.words)) if zh.words else set()
    latin = {t.lower() for t in re.findall(r"[A-Za-z]{2,}", text)}
    found, lacking, proper = [], [], []
    vocabulary = gloss_counts()
    for org in orgs:
        spelt = {p for p in org.pinyin if _spelt(p, readings) or p in glosses or en_stem(p) in glosses}
        rest = org.words - {en_stem(p) for p in spelt} - spelt
        # A foreign name (Hessen Chemie, Richemont) is written in its own spelling, which neither
        # the pinyin of its Chinese transliteration nor CC-CEDICT's glosses hold: its words that
        # the dictionary does not know cannot be checked, and are left out (unknown, not missing).
        unknown = {w for w in rest if w not in vocabulary}
        if any(not pinyin_like(re.sub(r"[^a-z]", "", w)) for w in unknown):
            rest -= unknown
            if not rest and not spelt:
                continue
        acronym = org.text.lower() if org.text.isupper() else None
        if acronym and (acronym in latin or org.text in _acronym_in(text)):
            found.append(org.text)
            proper.append(org.text)
            continue
        if rest <= glosses and (spelt or rest):
            found.append(org.text)
            whole = [w for w, g in zh.words if rest and rest <= g
                     and (len(w) >= 3 or (lexicon.entries.get(w) is not None and lexicon.entries[w].proper))]
            if whole or (spelt and not rest):
                proper.append(org.text)
        else:
            lacking.append(org.text)
    persons_found = sorted(n for n, spellings in people.items() if any(_spelt(s, readings) for s in spellings))
    return {"found": found, "lacking": lacking, "proper": proper,
            "persons": {"found": persons_found, "lacking": sorted(set(people) - set(persons_found))}}


def _acronym_in(text: str) -> set[str]:
    """The table's acronyms whose Chinese short name the text holds (进博会: CIIE)."""
    return {acronym for acronym, zh in acronyms().items() if zh in text}
