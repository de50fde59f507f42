"""Where a run's log lines go: stderr always, and a rotating file with `--log-file`.

Scrapy installs its own root handler when a crawl starts; provnews' handlers are attached to the
"provnews" logger and to Scrapy's loggers at WARNING, so a cron mail shows what went wrong and
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


def setup_logging(log_file: Path | None, verbose: int = 0) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"))
    formatter = logging.Formatter(FORMAT, datefmt="%Y-%m-%dT%H:%M:%S%z")
    ours = logging.getLogger("provnews")
    ours.setLevel(logging.DEBUG if verbose else logging.INFO)
    ours.propagate = False
    for handler in handlers:
        handler.setFormatter(formatter)
        ours.addHandler(handler)
    # Scrapy's own loggers reach the file too, but only what needs a human.
    for name in ("scrapy", "twisted", "crawler"):
        logger = logging.getLogger(name)
        for handler in handlers:
            logger.addHandler(handler)
        logger.setLevel(logging.INFO if verbose else logging.WARNING)
        logger.propagate = False
