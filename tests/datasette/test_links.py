"""The review UI and Datasette link to each other: each side's link lands on the same article."""

from __future__ import annotations

import re
import subprocess
import sys

from provnews.web import create_app
from tests.web.conftest import build_review_archive, new_client


def test_the_review_ui_links_to_datasette_and_datasette_links_back(datasette_client, tmp_path):
    path = tmp_path / "news.db"
    ids = build_review_archive(path)
    article_id = ids["xss"]
    with new_client(create_app(path, datasette_url="http://127.0.0.1:8001/")) as review:
        page = review.get(f"/articles/{article_id}").text
        row_link = re.search(r'class="datasette-row" href="([^"]+)"', page).group(1)
        assert row_link == f"http://127.0.0.1:8001/news/articles/{article_id}"

        ds = datasette_client([str(path)], metadata={"plugins": {"provnews": {"review_url": "http://127.0.0.1"}}})
        row = ds.get(row_link.removeprefix("http://127.0.0.1:8001"))
        view = ds.get("/news/articles_view", id=article_id)
        assert row.status_code == 200 and "<script>alert(1)</script>" not in row.text
        back = re.search(rf'href="(http://127\.0\.0\.1/articles/{article_id})"', view.text).group(1)
        assert review.get(back.removeprefix("http://127.0.0.1")).status_code == 200


def test_without_a_datasette_there_is_no_link(tmp_path):
    path = tmp_path / "news.db"
    ids = build_review_archive(path)
    with new_client(create_app(path)) as review:
        assert "datasette" not in review.get(f"/articles/{ids['xss']}").text.lower()


def test_serve_refuses_a_datasette_url_that_is_not_http(tmp_path):
    path = tmp_path / "news.db"
    build_review_archive(path)
    done = subprocess.run([sys.executable, "-m", "provnews", "serve", "--db", str(path), "--datasette-url", "news.db"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.strip().endswith("not 'news.db'")
