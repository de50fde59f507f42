"""The review UI over a damaged archive: refused at start when opening finds the damage; a page
that reads a damaged part later answers 503 with the repair commands, not a bare error 500."""

from __future__ import annotations

import shutil

import pytest

from archive import ArchiveDamaged
from provnews.web import create_app
from tests.ops.damage import ARTICLES, build_archive, damaged_copy
from tests.web.conftest import new_client


@pytest.fixture(scope="module")
def healthy(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("healthy") / "news.db")


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("kind", ["pages", "header"])
def test_the_app_refuses_a_damaged_archive_at_start(healthy, tmp_path, kind, read_only):
    path = damaged_copy(healthy, tmp_path / "news.db", kind)
    with pytest.raises(ArchiveDamaged, match=f"archive {path} is damaged"):
        create_app(path, read_only=read_only)


@pytest.mark.parametrize("read_only", [False, True])
def test_a_page_that_reads_a_damaged_part_says_so(healthy, tmp_path, read_only):
    path = tmp_path / "news.db"
    shutil.copy(healthy, path)
    newest = f"/articles/{ARTICLES}"  # its paragraphs are in the last page of the paragraphs table
    with new_client(create_app(path, read_only=read_only)) as client:
        assert client.get(newest).status_code == 200
        damaged_copy(healthy, path, "deep")  # damaged under the running server
        response = client.get(newest)
        assert response.status_code == 503
        assert "<h1>The archive is damaged</h1>" in response.text
        assert "database disk image is malformed" in response.text
        assert f"provnews doctor --db {path}" in response.text and ".recover" in response.text
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
        assert client.get("/articles/1").status_code == 200  # the intact part is still served
