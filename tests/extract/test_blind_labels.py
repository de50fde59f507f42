"""The blind labelled set (bench/blind/) is well-formed.

The blind pages are the measure the extractor was not tuned on, so a broken label would silently
move the figures: this checks the label file itself, never the extractor.
"""

import codecs
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

BLIND = Path(__file__).resolve().parents[2] / "bench" / "blind"
LABELS = json.loads((BLIND / "labels.json").read_text(encoding="utf-8"))
FIELDS = {"file", "url", "encoding", "is_article", "title", "published_at", "body",
          "attachments", "notes"}
ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?")


def test_every_page_is_labelled_once():
    files = [label["file"] for label in LABELS]
    assert len(files) == len(set(files))
    assert sorted(files) == sorted(p.name for p in (BLIND / "pages").glob("*.html"))


@pytest.mark.parametrize("label", LABELS, ids=lambda label: label["file"])
def test_label_is_well_formed(label):
    assert set(label) == FIELDS
    assert label["url"].startswith(("http://", "https://"))
    assert isinstance(label["is_article"], bool)
    assert isinstance(label["body"], str) and isinstance(label["notes"], str)
    assert isinstance(label["attachments"], list)
    assert all(isinstance(name, str) and name for name in label["attachments"])
    if label["is_article"]:
        assert label["title"] and label["title"] == label["title"].strip()
        assert label["body"] or label["attachments"], "an article has a body or an attachment"
    else:
        assert label["body"] == "" and label["published_at"] is None


@pytest.mark.parametrize("label", LABELS, ids=lambda label: label["file"])
def test_page_decodes_with_its_declared_encoding(label):
    codecs.lookup(label["encoding"])
    raw = (BLIND / "pages" / label["file"]).read_bytes()
    text = raw.decode(label["encoding"])  # strict: a wrong label raises
    if label["encoding"].lower() != "utf-8":
        assert raw != text.encode("utf-8"), "declared a legacy encoding for an ASCII/UTF-8 page"


@pytest.mark.parametrize("label", [lb for lb in LABELS if lb["published_at"]],
                         ids=lambda label: label["file"])
def test_published_at_is_a_valid_iso_prefix(label):
    value = label["published_at"]
    assert ISO_PREFIX.fullmatch(value), value
    if len(value) == 4:
        assert 1900 < int(value) < 2100
    elif len(value) == 7:
        date.fromisoformat(value + "-01")
    else:
        datetime.fromisoformat(value)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u3000", " ")).strip()


@pytest.mark.parametrize("label", LABELS, ids=lambda label: label["file"])
def test_label_text_is_on_its_page(label):
    """Each body line, the title and each attachment name are visible in the decoded page.

    A label that drifted from its page would count as an extractor error that is not one.
    """
    raw = (BLIND / "pages" / label["file"]).read_bytes().decode(label["encoding"])
    soup = BeautifulSoup(raw, "html.parser")
    head_title = _fold(soup.title.get_text()) if soup.title else ""
    for tag in soup(["script", "style"]):
        tag.decompose()
    visible = _fold(soup.get_text(" "))
    if label["title"]:
        assert _fold(label["title"]) in visible + " " + head_title
    for line in label["body"].split("\n") if label["body"] else []:
        assert _fold(line) in visible, line
    for name in label["attachments"]:
        assert _fold(name) in visible, name


def test_body_lines_carry_no_chrome_whitespace():
    for label in LABELS:
        for line in label["body"].split("\n") if label["body"] else []:
            assert line and line == line.strip(" \u3000\t"), (label["file"], line)
