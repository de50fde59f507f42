"""What extraction produces: one page of an article, as plain data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# How general the rule that gave a field is, most specific first: a site's own selector, a CMS
# family's convention, what any page shows, the URL, or a field derived from weaker evidence
# (a title taken from a heading when the page has no <title>).
LEVELS = ("site", "cms", "generic", "url", "derived")


def rule(level: str, detail: str) -> str:
    assert level in LEVELS, level
    return f"{level}:{detail}"


def rule_level(value: str | None) -> str | None:
    """The level of a rule string ("cms:meta PubDate" -> "cms"); None for no rule or an old one."""
    if not value:
        return None
    level, sep, _ = value.partition(":")
    return level if sep and level in LEVELS else None


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
    # ISO 8601 at the page's own precision: a datetime with +08:00, or YYYY-MM-DD, YYYY-MM, YYYY
    published_at: str | None = None
    # Which rule gave each field, "LEVEL:detail" (LEVELS), for auditing extraction per run.
    date_rule: str | None = None
    title_rule: str | None = None
    body_rule: str | None = None
    source_rule: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    images: list[dict[str, str]] = field(default_factory=list)  # {"src", "caption"}
    attachments: list[dict[str, str]] = field(default_factory=list)  # {"url", "name"}
    page_urls: list[str] = field(default_factory=list)  # further pages of a multi-page article
    charset: str | None = None
    lossy: bool = False  # the strict decode failed and a lossy one was used
    # A notice whose whole content is its attachments (附件：….pdf): archived with an empty body.
    attachment_only: bool = False

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
            "attachment_only": self.attachment_only,
        }
