"""One page of a mirror, and the ISO form of the dates the mirrors' data write."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["MirrorPage", "iso_date"]


@dataclass
class MirrorPage:
    path: str
    body: bytes
    content_type: str = "text/html; charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)
    # {url, title, published_at, source, author, paragraphs} for an article; None otherwise.
    truth: dict[str, Any] | None = None
    status: int = 200
    kind: str = "page"  # article | article_page | list | soft404 | robots | page


def iso_date(date: str) -> str:
    """'YYYY-MM-DD[ HH:MM[:SS]]' -> the archive's ISO form in China time, keeping the precision."""
    day, _, clock = date.partition(" ")
    if not clock:
        return day
    return f"{day}T{clock if clock.count(':') == 2 else clock + ':00'}+08:00"
