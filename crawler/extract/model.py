"""What extraction produces: one page of an article, as plain data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


class ExtractionError(Exception):
    """A page that cannot become an article; `reason` is one short line for logs and the CLI."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Paragraph:
    text: str
    kind: str = "text"  # text | caption | table_row


@dataclass
class Page:
    url: str
    title: str
    paragraphs: list[Paragraph]
    lang: str = "zh"
    site: str | None = None
    published_at: str | None = None  # ISO 8601 with +08:00, or a bare date when the page gives only a date
    date_rule: str | None = None  # which rule found the date, for auditing extraction
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    images: list[dict[str, str]] = field(default_factory=list)  # {"src", "caption"}
    attachments: list[dict[str, str]] = field(default_factory=list)  # {"url", "name"}
    page_urls: list[str] = field(default_factory=list)  # further pages of a multi-page article
    charset: str | None = None
    lossy: bool = False  # the strict decode failed and a lossy one was used

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> dict[str, Any]:
        """The object `provnews parse --json` prints."""
        return {
            "url": self.url,
            "site": self.site,
            "lang": self.lang,
            "title": self.title,
            "published_at": self.published_at,
            "source": self.source,
            "author": self.author,
            "editor": self.editor,
            "paragraphs": [p.text for p in self.paragraphs],
            "images": self.images,
            "attachments": self.attachments,
        }
