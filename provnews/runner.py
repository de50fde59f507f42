"""`provnews run`: the cron job. Crawl the enabled sites, translate what is pending, record a
summary per site in `runs` / `run_sites`, and map the outcome to an exit code.

The lock is taken before the archive is opened, so two overlapping cron runs never interleave;
everything the run writes is committed as it goes, so a kill -9 loses at most the article in
flight and the next run simply continues.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from provnews.config import Config
from provnews.errors import EXIT_OK, EXIT_SOME_FAILED

log = logging.getLogger("provnews.run")


@dataclass
class SiteSummary:
    site: str
    list_pages: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    translated: int = 0
    duration_s: float = 0.0
    problems: list[str] = field(default_factory=list)


@dataclass
class RunResult:
    run_id: int
    exit_code: int
    sites: list[SiteSummary]
    translation_note: str = ""


def _start_run(db_path: Path, command: str) -> int:
    from archive import Archive, transaction
    from archive.clock import utc_now

    with Archive(db_path) as archive, transaction(archive.db):
        cursor = archive.db.execute(
            "INSERT INTO runs (command, started_at) VALUES (?, ?)", [command, utc_now()]
        )
        return cursor.lastrowid


def _finish_run(db_path: Path, run_id: int, result: RunResult) -> None:
    from archive import Archive, transaction
    from archive.clock import utc_now

    summary = {"sites": [asdict(s) for s in result.sites], "translation": result.translation_note}
    with Archive(db_path) as archive, transaction(archive.db):
        for s in result.sites:
            archive.db.execute(
                "INSERT OR REPLACE INTO run_sites (run_id, site, list_pages, new, changed, unchanged, failed,"
                " translated, duration_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [run_id, s.site, s.list_pages, s.new, s.changed, s.unchanged, s.failed, s.translated, s.duration_s],
            )
        archive.db.execute(
            "UPDATE runs SET finished_at = ?, exit_code = ?, summary = ? WHERE id = ?",
            [utc_now(), result.exit_code, json.dumps(summary, ensure_ascii=False), run_id],
        )


def _crawl(db_path: Path, run_id: int, sites: list[str], config: Config,
           settings: dict[str, Any]) -> dict[str, SiteSummary]:
    from provnews.crawling import run_crawl

    from provnews.logs import SCRAPY_SETTINGS

    crawl_settings = {
        **SCRAPY_SETTINGS,
        # One hung site must never hold up the next day's run.
        "CLOSESPIDER_TIMEOUT": config.crawl.site_time_limit,
        "PROVNEWS_KEEP_RAW": config.crawl.keep_raw,
        "PROVNEWS_RUN_ID": run_id,
        **config.crawl.settings,
        **settings,
    }
    base_urls = {site: url for site, url in config.base_urls.items() if site in sites}
    stats = run_crawl(sites, db_path, base_urls=base_urls, settings=crawl_settings)
    summaries = {}
    for site, s in stats.items():
        summary = SiteSummary(site=site, list_pages=s["list_pages"], new=s["new"], changed=s["changed"],
                              unchanged=s["unchanged"], failed=s["failed"], duration_s=s["duration_s"])
        if s.get("skipped"):
            summary.problems.append(f"skipped: {s['skipped']}")
        elif s.get("empty"):
            summary.problems.append("no list entries found: the site may be blocking us, moved, or be down")
        if s.get("finish_reason") == "closespider_timeout":
            summary.problems.append(f"stopped at the {config.crawl.site_time_limit}s time limit")
        summaries[site] = summary
    return summaries


def _translate(db_path: Path, summaries: dict[str, SiteSummary], config: Config,
               progress_factory) -> str:
    from translations.errors import ModelNotInstalled
    from translations.packages import find_model
    from translations.worker import translate_pending

    try:
        model = find_model()
    except ModelNotInstalled as exc:
        return f"not translated: {exc}"
    from translations.engine import EngineOptions

    options = EngineOptions(beam_size=config.translation.beam_size, batch_size=config.translation.batch_size)
    for site, summary in summaries.items():
        started = time.monotonic()
        progress = progress_factory()
        try:
            stats = translate_pending(db_path, site=site, model=model, options=options, progress=progress)
        finally:
            getattr(progress, "stop", lambda: None)()
        summary.translated = stats.articles
        summary.duration_s = round(summary.duration_s + time.monotonic() - started, 2)
    return f"translated with {model.id}"


def run(db_path: Path, sites: list[str], config: Config, *, settings: dict[str, Any] | None = None,
        translate: bool = True, progress_factory=None) -> RunResult:
    """One whole run; the caller holds the lock."""
    if config.translation.models_dir and not os.environ.get("PROVNEWS_MODELS_DIR"):
        os.environ["PROVNEWS_MODELS_DIR"] = str(config.translation.models_dir)
    run_id = _start_run(db_path, "run")
    log.info("run %d: crawling %s into %s", run_id, ", ".join(sites), db_path)
    summaries = _crawl(db_path, run_id, sites, config, settings or {})
    note = "translation skipped (--no-translate)"
    if translate:
        from translations.worker import Progress

        note = _translate(db_path, summaries, config, progress_factory or Progress)
    failed = any(s.failed or s.problems for s in summaries.values())
    result = RunResult(run_id=run_id, exit_code=EXIT_SOME_FAILED if failed else EXIT_OK,
                       sites=list(summaries.values()), translation_note=note)
    _finish_run(db_path, run_id, result)
    for s in result.sites:
        log.info("run %d: %s: %d list pages, %d new, %d changed, %d failed, %d translated, %.1f s%s",
                 run_id, s.site, s.list_pages, s.new, s.changed, s.failed, s.translated, s.duration_s,
                 "".join(f"; {p}" for p in s.problems))
    log.info("run %d: %s; exit code %d", run_id, note, result.exit_code)
    return result
