"""Reviewers see when a title was derived (the page had none) and when a notice is only attachments."""

from __future__ import annotations

from archive import Archive
from provnews.web import create_app
from tests.web.conftest import new_client


def test_a_derived_title_and_an_attachment_only_notice_are_shown_as_such(tmp_path):
    path = tmp_path / "a.db"
    with Archive(path) as archive:
        archive.store_article({"url": "https://www.zj.gov.cn/art/1.html", "site": "zj-zh", "lang": "zh",
                               "title": "雨后的茶园", "title_rule": "derived:heading near body",
                               "published_at": "2012-02-09", "paragraphs": [{"text": "连着下了三天雨。"}]})
        archive.store_article({"url": "https://www.zj.gov.cn/art/2.html", "site": "zj-zh", "lang": "zh",
                               "title": "关于公布名单的通知", "title_rule": "cms:meta ArticleTitle",
                               "attachment_only": True, "paragraphs": []})
        ids = dict(archive.db.execute("SELECT url, id FROM articles").fetchall())
    with new_client(create_app(path)) as client:
        derived = client.get(f"/articles/{ids['https://www.zj.gov.cn/art/1.html']}").text
        notice = client.get(f"/articles/{ids['https://www.zj.gov.cn/art/2.html']}").text
    assert "derived from heading near body" in derived and "attachment-only" not in derived
    assert "derived-title" not in notice and "the notice is its attachments" in notice
