"""Bytes -> text: the page's declared charset first, then detection, strict before lossy.

Chinese portals lie about their charset in both directions: pages declared gb2312 hold GBK-only
characters (镕, 喆), and templates declared UTF-8 serve GBK bodies. So every declaration is only a
candidate, checked by a strict decode, and gb2312/gbk are always read as their superset gb18030.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass

from crawler.extract.model import ExtractionError

# Superset decoders: a page declared as the left one may use characters only the right one has.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# A lossy decode that had to replace more than this share of characters is not text any more.
_MAX_LOSSY_SHARE = 0.02
# Control bytes (other than tab/newline/CR/FF/ESC) are never in HTML; a sample full of them is binary.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_MAX_CONTROL_SHARE = 0.01


@dataclass
class Decoded:
    text: str
    charset: str
    lossy: bool


def codec_name(label: str | None) -> str | None:
    """The Python codec to use for a declared charset label, or None if Python knows no such codec."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def _text(value: object) -> str:
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    return value if isinstance(value, str) else ""


def header_charset(headers: Mapping | None) -> str | None:
    """The charset of a Content-Type header; str or bytes keys (Scrapy's Headers) alike."""
    if not isinstance(headers, Mapping):
        return None
    for key, value in headers.items():
        if _text(key).lower() == "content-type":
            match = _HEADER_CHARSET.search(_text(value))
            return match.group(1) if match else None
    return None


def _candidates(body: bytes, headers: Mapping[str, str] | None) -> list[str]:
    found: list[str | None] = [header_charset(headers)]
    found += [m.group(1).decode("ascii", "ignore") for m in _META_CHARSET.finditer(body[:8192])]
    found += [name for bom, name in _BOMS if body.startswith(bom)]
    names: list[str] = []
    for label in found:
        name = codec_name(label)
        if name and name not in names:
            names.append(name)
    return names


def _detect(body: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000], cp_isolation=None).best()
    return codec_name(best.encoding) if best is not None else None


def _looks_binary(body: bytes) -> bool:
    sample = body[:4096]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL))  # one pass over the sample
    return controls / len(sample) > _MAX_CONTROL_SHARE


def _strict(body: bytes, name: str) -> str | None:
    try:
        return body.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(body: bytes, headers: Mapping[str, str] | None = None) -> Decoded:
    """Decode an HTML page; raises ExtractionError('undecodable charset'/'not html: ...')."""
    if _looks_binary(body):
        raise ExtractionError("not html: binary content")
    candidates = _candidates(body, headers)
    # Valid UTF-8 with non-ASCII bytes is almost never an accident of another encoding, while a
    # legacy double-byte decoder accepts most UTF-8 as mojibake: trust the bytes over the label.
    if body.isascii():
        return Decoded(body.decode("ascii"), candidates[0] if candidates else "utf-8", False)
    utf8 = _strict(body, "utf-8-sig")
    if utf8 is not None:
        return Decoded(utf8, "utf-8", False)
    # The declared charsets come first and detection is only appended after them, so when one of
    # them decodes strictly, detection (the slow part: ~1.5 ms a page) cannot change the answer.
    for name in (c for c in candidates if c != "utf-8"):
        text = _strict(body, name)
        if text is not None:
            return Decoded(text, name, False)
    detected = _detect(body)
    if detected and detected not in candidates:
        candidates.append(detected)
    candidates = [c for c in candidates if c != "utf-8"] + (["utf-8"] if "utf-8" in candidates else [])
    for name in candidates:
        text = _strict(body, name)
        if text is not None:
            return Decoded(text, name, False)
    # Every candidate failed strictly: keep the one that lost the fewest characters, and say so.
    best: Decoded | None = None
    best_lost = None
    for name in candidates or ["utf-8"]:
        text = body.decode(name, errors="replace")
        lost = text.count("\ufffd")
        if best_lost is None or lost < best_lost:
            best, best_lost = Decoded(text, name, True), lost
    assert best is not None and best_lost is not None
    if best_lost > _MAX_LOSSY_SHARE * max(len(best.text), 1):
        raise ExtractionError("undecodable charset")
    return best
