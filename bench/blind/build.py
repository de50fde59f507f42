"""Write the blind extraction pages and their labels from one source of truth.

Each page's markup is hand-written in `pages_*.py` after the public descriptions of a kind of
real site; its article text is written once, as a list of items, and both rendered into the
markup and joined into the label. That way a label can never drift from its page. After
writing, every label is checked against its page (each body line and the title must be visible
in the decoded page), so a typo in a template shows up here, not as a false extractor failure.

Run: python bench/blind/build.py   (rewrites pages/ and labels.json)
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
BODY = "@@BODY@@"


@dataclass
class Img:
    """A picture in the body; its caption (if any) is part of the article text."""

    src: str
    caption: str = ""


@dataclass
class Table:
    """A data table in the body; each row becomes one label line, cells joined by a space."""

    rows: list[list[str]]


@dataclass
class Page:
    file: str
    url: str
    title: str
    published_at: str | None
    html: str
    body: list = field(default_factory=list)
    render: object = None
    encoding: str = "utf-8"
    is_article: bool = True
    attachments: list[str] = field(default_factory=list)
    notes: str = ""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def label_lines(items) -> list[str]:
    lines = []
    for item in items:
        if isinstance(item, Img):
            if item.caption:
                lines.append(item.caption)
        elif isinstance(item, Table):
            lines.extend(" ".join(cells) for cells in item.rows)
        else:
            lines.append(item)
    return lines


# --- body renderers: the ways real CMSs and editors write paragraphs --------------------------

def table_html(table: Table, attrs: str = ' border="1" cellspacing="0" cellpadding="4" width="100%"') -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>\n" for row in table.rows)
    return f"<table{attrs}><tbody>\n{rows}</tbody></table>\n"


def paragraphs(p_open: str = "<p>", p_close: str = "</p>", indent: str = "",
               img=None, table=None):
    """Renderer for one <p>-like element per paragraph, opened by `p_open`."""

    def render(items) -> str:
        out = []
        for item in items:
            if isinstance(item, Img):
                out.append((img or default_img)(item))
            elif isinstance(item, Table):
                out.append((table or table_html)(item))
            else:
                out.append(f"{p_open}{indent}{esc(item)}{p_close}\n")
        return "".join(out)

    return render


def default_img(item: Img) -> str:
    pic = f'<p style="text-align: center;"><img src="{item.src}" border="0" /></p>\n'
    if item.caption:
        pic += f'<p style="text-align: center;">{esc(item.caption)}</p>\n'
    return pic


def br_lines(indent: str = "\u3000\u3000", sep: str = "<br />\n<br />\n"):
    """Renderer for old editors that separate paragraphs by <br> only, inside one container."""

    def render(items) -> str:
        return sep.join(indent + esc(item) for item in label_lines(items)) + "<br />\n"

    return render


P = paragraphs()
P_INDENT = paragraphs('<p style="text-indent: 2em;">')
P_FULLWIDTH = paragraphs("<p>", indent="\u3000\u3000")


# --- writing and checking --------------------------------------------------------------------

def visible_text(raw: str) -> str:
    """Page text as a reader sees it, whitespace-folded, for checking labels against pages."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return fold(soup.get_text(" "))


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u3000", " ")).strip()


def check(page: Page, raw: str) -> list[str]:
    problems = []
    text = visible_text(raw)
    title_text = text + " " + fold(re.sub(r"<[^>]+>", " ", raw))
    if page.title and fold(html.unescape(page.title)) not in fold(html.unescape(title_text)):
        problems.append(f"title not on page: {page.title!r}")
    for line in label_lines(page.body):
        if fold(line) not in text:
            problems.append(f"body line not visible: {line[:40]!r}")
    for name in page.attachments:
        if fold(name) not in text:
            problems.append(f"attachment not visible: {name!r}")
    if page.published_at and not re.fullmatch(
            r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?", page.published_at):
        problems.append(f"bad published_at {page.published_at!r}")
    if not page.is_article and page.body:
        problems.append("a non-article has a body")
    return problems


def build(pages: list[Page]) -> int:
    out_dir = HERE / "pages"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    labels, failures = [], 0
    seen = set()
    for page in pages:
        assert page.file not in seen, page.file
        seen.add(page.file)
        render = page.render or P
        markup = page.html.replace(BODY, render(page.body) if page.body else "")
        raw = unicodedata.normalize("NFC", markup)
        (out_dir / page.file).write_bytes(raw.encode(page.encoding))
        for problem in check(page, raw):
            print(f"{page.file}: {problem}")
            failures += 1
        labels.append({
            "file": page.file,
            "url": page.url,
            "encoding": page.encoding,
            "is_article": page.is_article,
            "title": page.title if page.is_article else None,
            "published_at": page.published_at,
            "body": "\n".join(label_lines(page.body)),
            "attachments": page.attachments,
            "notes": page.notes,
        })
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in out_dir.glob("*.html"))
    print(f"{len(labels)} pages, {size / 1024:.0f} KiB, {failures} label problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    import pages_gov
    import pages_news
    import pages_other

    import build as this  # the page modules import `build`, not `__main__`

    sys.exit(this.build(pages_gov.PAGES + pages_news.PAGES + pages_other.PAGES))
