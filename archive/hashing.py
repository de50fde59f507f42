"""Content hashes: what counts as "the same article" and "the same paragraph"."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def content_hash(page: Mapping, paragraphs: Iterable[Mapping]) -> str:
    """Hash of what a reader sees; fetch times and extraction bookkeeping do not count."""
    payload = {
        "title": page.get("title"),
        "published_at": page.get("published_at"),
        "source": page.get("source"),
        "author": page.get("author"),
        "editor": page.get("editor"),
        "paragraphs": [[p.get("kind", "text"), p["text"]] for p in paragraphs],
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
