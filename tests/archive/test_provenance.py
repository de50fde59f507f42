"""Migration 0005: which rule gave each field is stored, old date rules take the new form, and
reduced-precision dates sort and filter as the first day of their month or year."""

from __future__ import annotations

from archive import Archive, open_db
from archive.migrations import migrations
from archive.search import search
from crawler.extract import rule_level


def _page(i: int, published: str | None, **extra) -> dict:
    return {"url": f"https://www.zj.gov.cn/art/{i}.html", "site": "zj-zh", "lang": "zh",
            "title": f"第{i}篇 省政府工作会议", "published_at": published,
            "paragraphs": [{"text": f"省政府召开工作会议，第{i}篇。"}], **extra}


def test_rule_levels():
    assert [rule_level(r) for r in ("site:div#zoom", "cms:meta PubDate", "generic:density", "url:path date",
                                    "derived:heading near body")] == ["site", "cms", "generic", "url", "derived"]
    assert rule_level(None) is None and rule_level("label line") is None and rule_level("other:x") is None


def test_rules_and_the_attachment_flag_are_stored(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        archive.store_article(_page(1, "2024-01-02", title_rule="derived:h1", date_rule="generic:label line",
                                    body_rule="generic:density", source_rule=None, attachment_only=True))
        row = archive.db.execute("SELECT title_rule, date_rule, body_rule, source_rule, attachment_only"
                                 " FROM articles").fetchone()
    assert row == ("derived:h1", "generic:label line", "generic:density", None, 1)


def test_old_date_rules_are_rewritten_with_their_level(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(path, migrate_schema=False)
    migrations.apply(db, stop_before=["0005_extraction_provenance"])
    for i, rule in enumerate(["meta pubdate + visible time", "site rule + visible seconds", "label line", "url", None]):
        db.execute("INSERT INTO articles (url, site, lang, title, body, date_rule, content_hash, first_seen_at,"
                   " changed_at, fetched_at) VALUES (?, 'zj-zh', 'zh', '标题', '正文', ?, 'h', 't', 't', 't')",
                   [f"u{i}", rule])
    db.conn.close()
    with Archive(path) as archive:
        rules = [r for (r,) in archive.db.execute("SELECT date_rule FROM articles ORDER BY id")]
    assert rules == ["cms:meta pubdate + visible time", "site:rule + visible seconds", "generic:label line",
                     "url:path date", None]


def test_reduced_dates_sort_and_filter_as_their_first_day(tmp_path):
    dates = ["1998", "1998-03", "1998-02-28T09:00:00+08:00", "1998-03-01", "1998-03-02", "1997-12-31"]
    with Archive(tmp_path / "a.db") as archive:
        for i, published in enumerate(dates):
            archive.store_article(_page(i, published))

        def found(**period) -> list[str]:
            return [r["published_at"] for r in search(archive.db, "会议", **period)]  # short terms: newest first

        assert found() == sorted(dates, reverse=True)
        assert found(since="1998-03-01") == ["1998-03-02", "1998-03-01", "1998-03"]
        assert found(since="1998-03-02") == ["1998-03-02"]
        assert found(until="1998-02-28") == ["1998-02-28T09:00:00+08:00", "1998", "1997-12-31"]
        assert found(since="1998-01-01", until="1998-01-01") == ["1998"]
        assert found(until="1997-12-31") == ["1997-12-31"]
