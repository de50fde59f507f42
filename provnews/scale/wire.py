"""Payloads between the writer and the workers: JSON, zstd-compressed, base64 in a JSON string.

A site's known URLs (tens of thousands) and a crawl's items (every page as fetched) are large and
repetitive; compressed they travel at a fraction of the size, still within the JSON-only rule.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import zstandard

__all__ = ["pack", "unpack"]


def pack(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return base64.b64encode(zstandard.ZstdCompressor(level=3).compress(text.encode("utf-8"))).decode("ascii")


def unpack(text: str) -> Any:
    return json.loads(zstandard.ZstdDecompressor().decompress(base64.b64decode(text)).decode("utf-8"))
