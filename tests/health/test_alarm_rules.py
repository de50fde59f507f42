"""The alarm rules on measured histories: gap, body length, failure share, partial rule drift,
per-site thresholds. (The mirrors' end-to-end cases are in test_alarms_mirrors.py.)"""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.siteconfig import (
    BUILTIN_DIR,
    HealthThresholds,
    SiteConfigError,
    get_site,
    load_site_file,
)
from provnews.health import SiteRun, evaluate, state_of

SITE = get_site("gz-zh")
T0 = dt.datetime(2026, 11, 1, 6, 15, tzinfo=dt.UTC)


def _at(days: float) -> str:
    return (T0 + dt.timedelta(days=days)).isoformat(timespec="seconds")


def _run(days: float, new: int = 5, body: dict | None = None, median: int | None = 900, failed: int = 0,
         statuses: dict | None = None) -> SiteRun:
    pages = new
    levels = {"title": {"site": pages}, "date": {"site": pages}, "body": body or {"site": pages},
              "source": {"site": pages}} if pages else {}
    return SiteRun(site="gz-zh", at=_at(days), list_pages=2, list_entries=20, article_requests=new + failed,
                   new=new, failed=failed, pages=pages, rule_levels=levels,
                   median_body=median if pages else None, statuses=statuses or {"200": 2 + new + failed})


def _codes(now, past, site=SITE):
    return [a["code"] for a in evaluate(now, past, site)]


def test_daily_site_quiet_for_a_week_raises_no_new():
    past = [_run(d) for d in range(10)]
    assert _codes(_run(10, new=0), past) == []
    now = _run(17, new=0)
    alarms = evaluate(now, past, SITE)
    assert [a["code"] for a in alarms] == ["no_new"]
    assert alarms[0]["line"].startswith("gz-zh: no new article for 8.0 days (usually one every 1.0 days)")


def test_gap_needs_history_and_respects_the_floor():
    assert _codes(_run(30, new=0), [_run(0), _run(1)]) == []  # two runs: no rhythm known yet
    hourly = [_run(d / 24) for d in range(10)]
    assert _codes(_run(1.5, new=0), hourly) == []  # 3x the gap passed, but less than 48 h


def test_body_length_halved():
    past = [_run(d, median=1000) for d in range(5)]
    assert _codes(_run(5, median=600), past) == []
    alarms = evaluate(_run(5, median=300), past, SITE)
    assert [a["code"] for a in alarms] == ["body_length"]
    assert "median body length fell to 300 characters (usually 1000)" in alarms[0]["line"]


def test_site_rule_on_far_fewer_pages_names_the_fallback():
    past = [_run(d, new=10) for d in range(5)]
    now = _run(5, new=10, body={"site": 2, "generic": 8})
    alarm, = evaluate(now, past, SITE)
    assert alarm["code"] == "rule_body"
    assert "matched 2 of 10 pages (usually 100%), generic fallback used" in alarm["line"]
    assert _codes(_run(5, new=10, body={"site": 7, "cms": 3}), past) == []


def test_failure_share_rose_sharply_names_the_cause():
    past = [_run(d, new=10, failed=1) for d in range(5)]
    now = _run(5, new=5, failed=6)
    now.causes = {"article": {"timeout": 6}}
    alarm, = evaluate(now, past, SITE)
    assert alarm["code"] == "failure_share"
    assert "6 of 13 pages failed (46%, usually 8%), mostly timeout" in alarm["line"]


def test_no_network_is_one_alarm_named_dns_and_the_site_is_failing():
    now = SiteRun(site="gz-zh", at=_at(3), statuses={"DNSLookupError": 2}, failed=1,
                  causes={"list": {"dns": 1}})
    now.alarms = evaluate(now, [_run(d) for d in range(3)], SITE)
    assert [a["line"] for a in now.alarms] == [
        "gz-zh: 2 of 2 requests failed, DNS lookup failed or no network: check this machine's network and DNS"
        " (the site's name did not resolve)"]
    assert state_of(now) == "failing"


def test_column_404_says_moved():
    now = SiteRun(site="gz-zh", at=_at(3), list_pages=0, statuses={"200": 3, "404": 1},
                  causes={"list": {"http_404": 1}}, failed=1)
    alarm, = evaluate(now, [], SITE)
    assert alarm["code"] == "no_entries" and "column page answered HTTP 404: the column has moved" in alarm["line"]


def test_thresholds_are_set_per_site(tmp_path):
    toml = tmp_path / "gz-zh.toml"
    builtin = (BUILTIN_DIR / "gz-zh.toml").read_text(encoding="utf-8")
    toml.write_text(builtin + "\n[health]\nbody_drop = 0.2\n", encoding="utf-8")
    relaxed = load_site_file(toml)
    assert relaxed.health == HealthThresholds(body_drop=0.2)
    past = [_run(d, median=1000) for d in range(5)]
    assert _codes(_run(5, median=300), past, relaxed) == []
    assert _codes(_run(5, median=150), past, relaxed) == ["body_length"]
    toml.write_text(builtin + "\n[health]\nbody_dorp = 0.2\n", encoding="utf-8")
    with pytest.raises(SiteConfigError, match="health.body_dorp"):
        load_site_file(toml)


def test_a_site_skipped_by_the_crawl_is_recorded_as_skipped_not_as_an_alarm(tmp_path):
    from archive import Archive, transaction
    from provnews import health

    db = tmp_path / "news.db"
    with Archive(db) as archive, transaction(archive.db):
        run_id = archive.db.execute("INSERT INTO runs (command, started_at) VALUES ('run', ?)", [_at(0)]).lastrowid
    reason = "browser missing: no Chromium at /usr/bin/chromium: apt-get install chromium"
    found = health.assess(db, run_id, {"gz-zh": {"list_pages": 0, "skipped": reason, "health": {}}})
    assert found["gz-zh"].state == "skipped" and found["gz-zh"].lines == []
    with Archive(db) as archive:
        assert health.history(archive.db, "gz-zh", None, 10) == []  # a skipped run is no history
        assert health.recent(archive.db, "gz-zh")[0].alarms == [{"code": "skipped", "line": f"gz-zh: skipped: {reason}"}]


@pytest.mark.parametrize("reason, status, code", [
    ("list page: network: DNSLookupError: DNS lookup failed: no results for hostname lookup: www.js.gov.cn.", None, "dns"),
    ("network: TCPTimedOutError: TCP connection timed out: 110: Connection timed out.", None, "timeout"),
    ("network: ResponseNeverReceived: [<twisted.python.failure.Failure OpenSSL.SSL.Error: [('SSL routines', '', "
     "'wrong version number')]>]", None, "tls"),
    ("network: ConnectionRefusedError: Connection was refused by other side: 111: Connection refused.", None, "refused"),
    ('list page: needs a browser: JavaScript challenge (HTTP 412); set fetch = "browser-once" in the site file', 412,
     "http_412_script"),
    ("list page: HTTP 403", 403, "http_403"),
    ("HTTP 404", 404, "http_404"),
    ("HTTP 502", 502, "http_5xx"),
])
def test_stored_failures_are_classified(reason, status, code):
    from crawler.causes import from_reason

    assert from_reason(reason, status).code == code


def test_new_articles_in_a_run_with_another_alarm_still_count_as_new():
    past = [_run(d) for d in range(10)]
    assert _codes(_run(17, new=0), past, SITE) == ["no_new"]
    assert evaluate(_run(17, new=0), past, SITE, last_new_at=_at(16)) == []


def test_a_site_rule_that_fits_nothing_from_the_first_run_is_no_drift():
    first = _run(0, new=10, body={"generic": 10})
    assert _codes(first, []) == []
    assert _codes(_run(1, new=10, body={"generic": 10}), [first]) == []
