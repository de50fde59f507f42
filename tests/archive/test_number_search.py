"""Numbers are found however the page wrote them: extraction folds '３．２７' and '5．9％' whole,
and the search folds its query the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive import Archive
from archive.search import search
from crawler.extract import extract_page

PAGE = Path(__file__).parents[1] / "extract" / "pages" / "classes" / "fullwidth_numbers.html"


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        page = extract_page(PAGE.read_bytes(), "https://www.zj.gov.cn/art/2026/10/20/art_1_1.html").to_dict()
        page.update(site="zj-zh")
        archive.store_article(page)
        yield archive


@pytest.mark.parametrize("query", ["3.27", "5.9%", "３．２７", "5．9％", "6.2%", "3.27万亿元"])
def test_numbers_are_found_however_written(archive, query):
    assert [r["title"] for r in search(archive.db, query)] == ["前三季度全省经济运行稳中有进"]


def test_a_different_number_is_not_found(archive):
    assert search(archive.db, "3.28") == []
