"""Where a run's log lines go: the terminal (stderr), and a rotating file with `--log-file`.

The handlers sit on the root logger and the crawl is told not to install Scrapy's own
(`LOG_INSTALL_ROOT_HANDLER=False`), so one set of handlers sees provnews and Scrapy alike.

The terminal stays quiet by default: the command prints its summary table, and stderr gets one
short line per problem (a warning or an error, without timestamp), nothing of what the table
already says. `-v` shows provnews' and Scrapy's INFO lines in full format, `-vv` DEBUG. The file
always gets provnews' INFO lines (the run's progress and its exit code) and every warning, so a
cron job's log says what happened while its mail shows only what went wrong.

A record logged with `extra=FILE_ONLY` repeats what the command prints anyway (an alarm line of the
summary): it goes to the file, and to the terminal only with `-v`.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# 5 files of 5 MB: a year of daily runs of a few sites, with room for a bad day's tracebacks.
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5
# What `provnews run` passes to the crawl so that Scrapy logs through these handlers.
SCRAPY_SETTINGS = {"LOG_INSTALL_ROOT_HANDLER": False, "LOG_LEVEL": "DEBUG"}


# `log.warning(..., extra=FILE_ONLY)`: for the log file (and the terminal at -v), not the quiet terminal.
FILE_ONLY = {"terminal": False}
# The quiet terminal's line: "warning: hb-en: not archived: https://… (HTTP 404)".
TERMINAL_FORMAT = "%(levelname_lower)s: %(message)s"


class _Levels(logging.Filter):
    def __init__(self, verbose: int, *, terminal: bool):
        super().__init__()
        self.terminal_quiet = terminal and not verbose
        self.own = logging.DEBUG if verbose > 1 else logging.WARNING if self.terminal_quiet else logging.INFO
        self.others = logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING

    def filter(self, record: logging.LogRecord) -> bool:
        if self.terminal_quiet and getattr(record, "terminal", True) is False:
            return False
        own = record.name == "provnews" or record.name.startswith("provnews.")
        return record.levelno >= (self.own if own else self.others)


class _Short(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        record.levelname_lower = record.levelname.lower()
        return super().format(record)


# Scrapy's own lines about a request that got no answer: the retry middleware giving up, the
# robots.txt download error (with a 75-line traceback), the scraper's "Error downloading".
_SCRAPY_REQUEST_LOGGERS = ("scrapy.downloadermiddlewares.retry", "scrapy.downloadermiddlewares.robotstxt",
                           "scrapy.core.scraper")


class _ExpectedNetworkFailure(logging.Filter):
    """Drops those lines when the failure is an expected network one (DNS, refused, TLS, timeout,
    reset, as `crawler.causes` names them): provnews reports it in one line of its own (the
    probe's verdict, the run's failure and alarm). Anything else, a bug included, is kept."""

    def filter(self, record: logging.LogRecord) -> bool:
        from crawler.causes import from_exception

        exc = record.exc_info[1] if record.exc_info else None
        if exc is None:
            values = record.args.values() if isinstance(record.args, dict) else record.args or ()
            exc = next((getattr(v, "value", v) for v in values
                        if isinstance(getattr(v, "value", v), BaseException)), None)
        return exc is None or from_exception(exc).code == "network"


def quiet_expected_network_failures() -> None:
    """Silence Scrapy's lines for expected network failures (`_ExpectedNetworkFailure`), once."""
    for name in _SCRAPY_REQUEST_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _ExpectedNetworkFailure) for f in logger.filters):
            logger.addFilter(_ExpectedNetworkFailure())


def setup_logging(log_file: Path | None, verbose: int = 0) -> None:
    """The terminal handler (quiet unless `verbose`) and, with `log_file`, the file's."""
    full = logging.Formatter(FORMAT, datefmt="%Y-%m-%dT%H:%M:%S%z")
    terminal = logging.StreamHandler()
    terminal.setFormatter(full if verbose else _Short(TERMINAL_FORMAT))
    terminal.addFilter(_Levels(verbose, terminal=True))
    handlers: list[logging.Handler] = [terminal]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file = logging.handlers.RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        file.setFormatter(full)
        file.addFilter(_Levels(verbose, terminal=False))
        handlers.append(file)
    quiet_expected_network_failures()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    for handler in handlers:
        root.addHandler(handler)
