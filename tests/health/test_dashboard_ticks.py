"""The dashboard's charts count things: their y axis has whole-number ticks only."""

from __future__ import annotations

import re

import pygal
import pytest

from provnews.web.dashboard import _chart, count_ticks


@pytest.mark.parametrize("top, ticks", [(0, [0, 1]), (1, [0, 1]), (2, [0, 1, 2]), (4, [0, 1, 2, 3, 4]),
                                         (5, [0, 2, 4, 6]), (37, [0, 10, 20, 30, 40])])
def test_count_ticks(top, ticks):
    assert count_ticks(top) == ticks


def _y_labels(svg: bytes) -> list[str]:
    axis = re.search(rb'<g class="axis y[^"]*">(.*?)</g>\s*</g>\s*<g class="axis', svg, re.S)
    text = axis.group(1) if axis else svg.split(b'class="axis y')[1].split(b'class="series')[0]
    return [t.decode() for t in re.findall(rb"<text[^>]*>([^<]*)</text>", text)]


@pytest.mark.parametrize("kind", [pygal.Line, pygal.Bar])
@pytest.mark.parametrize("values", [[0, 1, 0, 2], [0, 0, 0], [1], [3, 9, 14]])
def test_charts_of_counts_have_integer_ticks(kind, values):
    labels = _y_labels(_chart(kind, [(f"#{n}", v) for n, v in enumerate(values)], "failed pages", 1))
    assert labels, "no y labels found"
    assert all(re.fullmatch(r"\d+", label) for label in labels), labels
    assert int(labels[-1]) >= max(values) if labels else True
