"""Datasette over a damaged archive: 503 and the repair commands (the plugin's handle_exception),
not Datasette's bare error 500."""

from __future__ import annotations

from tests.ops.damage import build_archive, damaged_copy


def test_a_damaged_archive_answers_503_with_the_fix(datasette_client, tmp_path):
    healthy = build_archive(tmp_path / "healthy.db")
    path = damaged_copy(healthy, tmp_path / "news.db", "pages")
    get = datasette_client([str(path)]).get
    page = get("/news/articles")
    assert page.status_code == 503
    assert "<h1>The archive is damaged</h1>" in page.text and "database disk image is malformed" in page.text
    assert f"provnews doctor --db {path}" in page.text
    data = get("/news/articles.json")
    assert data.status_code == 503
    assert data.json()["error"].startswith(f"archive {path} is damaged (database disk image is malformed)")


def test_other_errors_keep_datasette_s_own_page(datasette_client, tmp_path):
    path = build_archive(tmp_path / "news.db")
    assert datasette_client([str(path)]).get("/news/no_such_table").status_code == 404
