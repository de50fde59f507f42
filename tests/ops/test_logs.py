"""provnews.logs: the quiet terminal's filters, one record at a time."""

from __future__ import annotations

import logging
import sys

from twisted.internet.error import ConnectionRefusedError, DNSLookupError

from provnews.logs import FILE_ONLY, _ExpectedNetworkFailure, _Levels


def record(name: str, level: int, msg: str = "x", args=None, exc: BaseException | None = None, **extra):
    rec = logging.LogRecord(name, level, __file__, 1, msg, args, None)
    if exc is not None:
        try:
            raise exc
        except BaseException:
            rec.exc_info = sys.exc_info()
    rec.__dict__.update(extra)
    return rec


def test_scrapy_lines_of_an_expected_network_failure_are_dropped():
    keep = _ExpectedNetworkFailure().filter
    robots = "scrapy.downloadermiddlewares.robotstxt"
    assert not keep(record(robots, logging.ERROR, exc=DNSLookupError("no-such-host.invalid")))
    retry = record("scrapy.downloadermiddlewares.retry", logging.ERROR, "Gave up retrying %(request)s: %(reason)s",
                   {"request": "<GET http://x/>", "reason": ConnectionRefusedError()})
    assert not keep(retry)
    assert keep(record(robots, logging.ERROR, exc=ValueError("a bug")))  # not a network failure: shown
    assert keep(record(robots, logging.ERROR, "no exception at all"))


def test_the_terminal_is_quiet_unless_verbose():
    quiet, verbose, file = _Levels(0, terminal=True), _Levels(1, terminal=True), _Levels(0, terminal=False)
    info = record("provnews.run", logging.INFO)
    warning = record("crawler.pipelines", logging.WARNING)
    alarm = record("provnews.run", logging.WARNING, **FILE_ONLY)
    scrapy_info = record("scrapy.core.engine", logging.INFO)
    assert [quiet.filter(r) for r in (info, warning, alarm, scrapy_info)] == [False, True, False, False]
    assert [verbose.filter(r) for r in (info, warning, alarm, scrapy_info)] == [True, True, True, True]
    assert [file.filter(r) for r in (info, warning, alarm, scrapy_info)] == [True, True, True, False]
