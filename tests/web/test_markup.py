"""Markup built from untrusted text: escaped first, then marked up."""

from __future__ import annotations

import pytest

from provnews.web import markup


def test_diff_marks_removed_and_added_words():
    html = markup.diff("The meeting was held today.", "The conference was held today.")
    assert html == "The <del>meeting</del><ins>conference</ins> was held today."


def test_diff_escapes_both_sides():
    html = markup.diff("a <b>bold</b> claim", "a <script>alert(1)</script> claim")
    assert html == ("a &lt;<del>b</del><ins>script</ins>&gt;<del>bold</del><ins>alert(1)</ins>"
                    "&lt;/<del>b</del><ins>script</ins>&gt; claim")


def test_snippet_wraps_hits_and_escapes_the_rest():
    html = markup.snippet("前文 [乡村振兴] <img src=x onerror=alert(1)> [会议]")
    assert html == "前文 <mark>乡村振兴</mark> &lt;img src=x onerror=alert(1)&gt; <mark>会议</mark>"


def test_snippet_hit_text_is_escaped_too():
    assert markup.snippet("[<b>]") == "<mark>&lt;b&gt;</mark>"


@pytest.mark.parametrize("url, expected", [
    ("https://www.zj.gov.cn/art/1.html", "https://www.zj.gov.cn/art/1.html"),
    ("http://example.cn/a", "http://example.cn/a"),
    ("javascript:alert(1)", None),
    (" JavaScript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("", None),
])
def test_safe_href_allows_only_http(url, expected):
    assert markup.safe_href(url) == expected
