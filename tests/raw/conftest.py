"""A fresh archive file per test."""

import pytest

from archive import Archive


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "news.db") as a:
        yield a
