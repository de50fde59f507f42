"""The raw record says whether a stored body is the page as served or a rendered DOM (0006)."""

from __future__ import annotations

from archive import Archive
from archive.raw import iter_raw_pages, version_pages
from tests.raw.builders import article, response


def test_the_raw_record_keeps_the_rendered_flag_through_a_new_version(tmp_path):
    url = "https://www.zj.gov.cn/art/2024/5/1/art_1554467_1.html"
    served = response(url, b"<html><body><div id=zoom><p>a</p></div></body></html>")
    rendered = {**response(url, b"<html><body><div id=zoom><p>b</p></div></body></html>",
                           fetched_at="2024-05-02T02:00:00+00:00"), "rendered": True}
    with Archive(tmp_path / "a.db") as archive:
        assert archive.store_article(article(1, ["a"]), raw_pages=[served]) == "new"
        assert archive.store_article(article(1, ["b"]), raw_pages=[rendered]) == "changed"
        (article_id,) = archive.db.execute("SELECT id FROM articles").fetchone()
        [first] = version_pages(archive.db, article_id, 1)
        [second] = version_pages(archive.db, article_id, 2)
        assert (first.rendered, second.rendered) == (False, True)
        assert second.as_fetched()["rendered"] is True and second.body == rendered["body"]
        assert [p.rendered for p in iter_raw_pages(archive.db)] == [False, True]
