"""Where a run's log lines go: stderr always, and a rotating file with `--log-file`.

The handlers sit on the root logger and the crawl is told not to install Scrapy's own
(`LOG_INSTALL_ROOT_HANDLER=False`), so one set of handlers sees provnews and Scrapy alike. A
filter keeps Scrapy and Twisted at WARNING unless `-v`, so a cron mail shows what went wrong and
not every request.
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


class _Levels(logging.Filter):
    def __init__(self, verbose: int):
        super().__init__()
        self.own = logging.DEBUG if verbose > 1 else logging.INFO
        self.others = logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING

    def filter(self, record: logging.LogRecord) -> bool:
        own = record.name == "provnews" or record.name.startswith("provnews.")
        return record.levelno >= (self.own if own else self.others)


def setup_logging(log_file: Path | None, verbose: int = 0) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"))
    formatter = logging.Formatter(FORMAT, datefmt="%Y-%m-%dT%H:%M:%S%z")
    levels = _Levels(verbose)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(levels)
        root.addHandler(handler)
