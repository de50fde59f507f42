"""A site's run is one record (`SiteRun`), stored once (`run_sites`); `site_health` is a view with
the columns its table had, also over an archive written before `0011_run_sites_hold_health`; the
crawl's health counts are read back by one function."""

from __future__ import annotations

import json
import sqlite3

from archive import Archive, open_db, transaction
from archive.migrations import migrations
from crawler.health_stats import (
    HealthCounts,
    count_article,
    count_failure,
    empty_list_cause,
    read_counts,
)
from provnews import health

OLD_SITE_HEALTH = ["run_id", "site", "at", "state", "list_pages", "list_entries", "article_requests", "new",
                   "changed", "failed", "pages", "rule_levels", "date_only_share", "median_body", "statuses",
                   "causes", "duration_s", "alarms"]


class Stats:
    """The part of Scrapy's stats collector the counting uses."""

    def __init__(self):
        self.values = {}

    def inc_value(self, key, count=1):
        self.values[key] = self.values.get(key, 0) + count

    def get_value(self, key):
        return self.values.get(key)

    def set_value(self, key, value):
        self.values[key] = value


class Failure:
    def __init__(self, value):
        self.value = value


def test_what_the_crawl_counts_is_read_back_typed():
    from twisted.internet.error import DNSLookupError

    stats = Stats()
    page = {"title_rule": "site:h1", "date_rule": "cms:meta", "body_rule": "generic:density", "source_rule": None,
            "published_at": "2026-11-02", "paragraphs": [{"text": "一二三"}, {"text": "四五"}]}
    count_article(stats, page, "new")
    count_article(stats, {**page, "published_at": "2026-11-02T08:00:00+08:00"}, "changed")
    count_article(stats, page, "unchanged")  # not counted: nothing was extracted anew
    count_failure(stats, "list", Failure(DNSLookupError("no such host")))
    stats.values.update({"downloader/response_status_count/200": 4, "downloader/response_status_count/403": 1,
                         "downloader/exception_type_count/twisted.internet.error.DNSLookupError": 1,
                         "provnews/new": 1, "elapsed_time_seconds": 2.5})
    counts = read_counts(stats.values)
    assert counts == HealthCounts(
        pages=2, dated=2, date_only=1, body_lengths=(5, 5),
        rule_levels={"title": {"site": 2}, "date": {"cms": 2}, "body": {"generic": 2}, "source": {"none": 2}},
        causes={"list": {"dns": 1}, "article": {}}, statuses={"200": 4, "403": 1, "DNSLookupError": 1})
    assert empty_list_cause(counts).code == "dns"
    assert empty_list_cause(HealthCounts()).code == "no_entries"
    run = health.measure("gz-zh", "", {"list_pages": 1, "new": 1, "changed": 1, "duration_s": 2.5, "health": counts})
    assert (run.pages, run.date_only_share, run.median_body, run.crawl_s, run.duration_s) == (2, 0.5, 5, 2.5, 2.5)
    assert run.state is None and run.lines == []  # measured, not judged


def test_a_site_run_is_one_row_and_site_health_shows_the_judged_ones(tmp_path):
    db_path = tmp_path / "news.db"
    with Archive(db_path) as archive, transaction(archive.db):
        run_id = archive.db.execute("INSERT INTO runs (command, started_at) VALUES ('run', '2026-11-02T06:15:00+00:00')"
                                    ).lastrowid
        judged = health.SiteRun(site="gz-zh", run_id=run_id, state="alarm", new=3, list_entries=20, pages=3,
                                rule_levels={"body": {"generic": 3}}, statuses={"200": 5}, crawl_s=4.0,
                                duration_s=4.0, alarms=[{"code": "rule_body", "line": "gz-zh: body selector ..."}])
        health.record(archive.db, judged)
        judged.translated, judged.duration_s, judged.problems = 3, 9.5, ["stopped at the 600s time limit"]
        health.record(archive.db, judged)  # the run's end: the same row, with translation's part
        health.record(archive.db, health.SiteRun(site="zj-zh", run_id=run_id, new=1))  # interrupted: not judged
    with Archive(db_path) as archive:
        got, = health.recent(archive.db, "gz-zh")
        assert got == health.SiteRun(**{**judged.__dict__, "at": "2026-11-02T06:15:00+00:00"})
        assert health.recent(archive.db, "zj-zh") == [] and list(health.latest(archive.db)) == ["gz-zh"]
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM run_sites").fetchone()[0] == 2
    cursor = con.execute("SELECT * FROM site_health")
    assert [d[0] for d in cursor.description] == OLD_SITE_HEALTH
    row = dict(zip(OLD_SITE_HEALTH, cursor.fetchone()))
    assert (row["site"], row["state"], row["duration_s"], json.loads(row["rule_levels"])) == (
        "gz-zh", "alarm", 4.0, {"body": {"generic": 3}})
    assert cursor.fetchone() is None
    assert set(judged.site_health()) == set(OLD_SITE_HEALTH)  # `provnews health --json` prints these
    assert judged.site_health()["duration_s"] == 4.0


def test_an_archive_from_before_0011_keeps_its_health_and_its_queries(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(path, migrate_schema=False)
    migrations.apply(db, stop_before=["0011_run_sites_hold_health"])
    with transaction(db):
        for run_id in (1, 2, 3):
            db.execute("INSERT INTO runs (id, command, started_at) VALUES (?, 'run', ?)",
                       [run_id, f"2026-11-0{run_id}T06:15:00+00:00"])
        # run 1: finished (both tables); run 2: killed during translation (site_health only);
        # run 3: interrupted during the crawl (run_sites only).
        db.execute("INSERT INTO run_sites VALUES (1, 'gz-zh', 2, 5, 1, 7, 0, 5, 12.5)")
        db.execute("INSERT INTO run_sites VALUES (3, 'gz-zh', 1, 1, 0, 0, 0, 0, 1.0)")
        for run_id, state, new in ((1, "healthy", 5), (2, "alarm", 0)):
            db.execute("INSERT INTO site_health VALUES (?, 'gz-zh', ?, ?, 2, 20, ?, ?, 1, 0, ?, ?, 0.0, 900, ?, ?,"
                       " 3.5, ?)",
                       [run_id, f"2026-11-0{run_id}T06:15:00+00:00", state, new, new, new,
                        json.dumps({"body": {"site": new}}), json.dumps({"200": 4}),
                        json.dumps({"list": {}, "article": {}}),
                        json.dumps([{"code": "no_new", "line": "gz-zh: no new article"}] if new == 0 else [])])
    before = db.execute("SELECT * FROM site_health ORDER BY run_id").fetchall()
    db.conn.close()
    with Archive(path) as archive:
        assert "site_health" in archive.db.view_names() and "site_health" not in archive.db.table_names()
        cursor = archive.db.execute("SELECT * FROM site_health ORDER BY run_id")
        assert [d[0] for d in cursor.description] == OLD_SITE_HEALTH
        assert cursor.fetchall() == before
        rows = archive.db.execute("SELECT run_id, state, unchanged, translated, duration_s, crawl_s FROM run_sites"
                                  " ORDER BY run_id").fetchall()
        assert rows == [(1, "healthy", 7, 5, 12.5, 3.5), (2, "alarm", 0, 0, 3.5, 3.5), (3, None, 0, 0, 1.0, None)]
        assert [r.run_id for r in health.history(archive.db, "gz-zh", None, 10)] == [1]
        assert health.recent(archive.db, "gz-zh")[0].lines == ["gz-zh: no new article"]
