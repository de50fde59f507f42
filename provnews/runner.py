"""`provnews run`: the cron job. Crawl the enabled sites, translate what is pending, record a
summary per site in `runs` / `run_sites`, and map the outcome to an exit code.

The lock is taken before the archive is opened, so two overlapping cron runs never interleave;
everything the run writes is committed as it goes, so a kill -9 loses at most the article in
flight and the next run simply continues.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provnews import interruption
from provnews.config import Config
from provnews.errors import EXIT_BROKER_LOST, EXIT_OK, EXIT_SOME_FAILED
from provnews.health import SiteRun
from provnews.logs import FILE_ONLY

log = logging.getLogger("provnews.run")


@dataclass
class RunResult:
    run_id: int
    exit_code: int
    sites: list[SiteRun]  # each site's part of the run (provnews.health.SiteRun)
    translation_note: str = ""
    interrupted: str | None = None  # the signal that stopped the run ("SIGINT", "SIGTERM")
    interrupted_in: str | None = None  # its stage then: "crawl", "translation" or "pairing"
    workers: dict[str, str | None] | None = None  # with a broker: site -> the worker that crawled it

    @property
    def archived(self) -> int:
        return sum(s.new + s.changed for s in self.sites)


def _start_run(db_path: Path, command: str) -> int:
    from archive import Archive
    from archive.runs import start_run

    with Archive(db_path) as archive:
        return start_run(archive.db, command)


def _finish_run(db_path: Path, run_id: int, result: RunResult) -> None:
    from archive import Archive, transaction
    from archive.runs import finish_run
    from provnews.health import record

    summary = {"sites": [s.summary() for s in result.sites], "translation": result.translation_note,
               "interrupted": result.interrupted, "interrupted_in": result.interrupted_in}
    with Archive(db_path) as archive, transaction(archive.db):
        for s in result.sites:  # with the health recorded after the crawl, for the sites judged then
            s.run_id = run_id
            record(archive.db, s)
        finish_run(archive.db, run_id, result.exit_code, summary)


def _crawl(db_path: Path, run_id: int, sites: list[str], config: Config,
           settings: dict[str, Any], dispatcher: Any = None,
           workers: dict[str, str | None] | None = None) -> dict[str, dict[str, Any]]:
    """Crawl the sites (here or on the workers): each site's `run_crawl` counts."""
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
    if dispatcher is None:
        stats = run_crawl(sites, db_path, base_urls=base_urls, settings=crawl_settings)
    else:  # on the workers, stored here through the same pipeline (provnews.scale.writer)
        from provnews.scale.writer import crawl_on_workers

        stats = crawl_on_workers(dispatcher, sites, db_path, base_urls=base_urls, settings=crawl_settings)
        if workers is not None:
            workers.update({site: s.get("worker") for site, s in stats.items()})
    return stats


def _judged(db_path: Path, run_id: int, stats: dict[str, dict[str, Any]], config: Config) -> dict[str, SiteRun]:
    """Each site's run: measured, and judged and recorded as its health unless the crawl was
    interrupted."""
    from crawler.health_stats import empty_list_cause
    from provnews.health import assess, measure

    if interruption.interrupted_by() is not None:
        # An interrupted crawl says nothing of a portal's health: no alarm, no health (state stays None).
        return {site: measure(site, "", s) for site, s in stats.items()}
    stats_started = {site: s for site, s in stats.items() if "error" not in s}
    health_failure = None
    try:
        judged = assess(db_path, run_id, stats_started)
    except Exception as exc:  # a bug of ours must not lose the run's summary: say so and go on
        log.exception("run %d: site health not recorded", run_id)
        judged, health_failure = {}, f"site health not recorded: {type(exc).__name__}: {exc}"
    runs = {}
    for site, s in stats.items():
        run = judged.get(site) or measure(site, "", s)
        if health_failure:
            run.problems.append(health_failure)
        if s.get("error"):
            run.problems.append(f"not crawled: {s['error']}")
        elif s.get("skipped"):
            run.problems.append(f"skipped: {s['skipped']}")
        elif s.get("empty") and not run.lines:
            run.problems.append(f"no list entries found: {empty_list_cause(s['health']).line()}")
        if s.get("finish_reason") == "closespider_timeout":
            run.problems.append(f"stopped at the {config.crawl.site_time_limit}s time limit")
        runs[site] = run
    return runs


def _translate(db_path: Path, summaries: dict[str, SiteRun], config: Config,
               progress_factory, dispatcher: Any = None) -> str:
    from translations.errors import ModelNotInstalled
    from translations.packages import find_model
    from translations.worker import translate_pending

    try:
        model = find_model(directory=config.translation.models_dir)
    except ModelNotInstalled as exc:
        return f"not translated: {exc}"
    options = config.translation.engine_options()
    from provnews.scale.writer import WorkerRefused

    remote: dict[str, Any] = {}
    if dispatcher is not None:  # the sentences the memory lacks go to the workers
        from provnews.scale.writer import RemoteEngine

        remote["engine_factory"] = RemoteEngine.factory(dispatcher, config.scale.task_sentences)
    for site, summary in summaries.items():
        started = time.monotonic()
        progress = interruption.Checkpoints(progress_factory())
        try:
            stats = translate_pending(db_path, site=site, model=model, options=options, progress=progress,
                                      **remote)
        except WorkerRefused as exc:  # no worker holds this model: a problem of the run, not of the broker
            summary.problems.append(str(exc))  # "not translated: <the worker's reason>"
            return str(exc)
        finally:
            getattr(progress, "stop", lambda: None)()
        summary.translated = stats.articles
        summary.duration_s = round(summary.duration_s + time.monotonic() - started, 2)
    return f"translated with {model.id}"


def _pair(db_path: Path) -> str:
    """Pair English articles with their Chinese originals, incrementally; a failure is logged, not fatal."""
    from archive import Archive
    from translations.pairing import run_pairing

    try:
        with Archive(db_path) as archive:
            stats = run_pairing(archive.db)
    except Exception as exc:  # pairing is a bonus on top of the archived crawl: never lose the run for it
        log.exception("pairing failed")
        return f"pairing failed: {exc}"
    # (no "articles" here: the crawl's progress bars own that word in the log)
    return f"pairs: {stats.proposed} proposed for {stats.english_considered} English pages considered"


def run(db_path: Path, sites: list[str], config: Config, *, settings: dict[str, Any] | None = None,
        translate: bool = True, progress_factory=None, failures_expected: bool = False,
        dispatcher: Any = None) -> RunResult:
    """One whole run; the caller holds the lock. Its exit code is 1 when a page failed or a site
    raised an alarm, unless `failures_expected` (the demo, whose mirrors fail on purpose): the code
    logged and recorded in `runs` is the one the command exits with. With a `dispatcher`
    (`provnews.scale.writer`) the sites are crawled and the sentences translated on the workers,
    stored here.

    When the broker goes away the run is recorded with what it received (exit status
    EXIT_BROKER_LOST) and `BrokerError` is raised for the caller to print."""
    from provnews.scale.broker import BrokerError

    run_id = _start_run(db_path, "run")
    workers: dict[str, str | None] | None = {} if dispatcher is not None else None
    log.info("run %d: crawling %s into %s", run_id, ", ".join(sites), db_path)
    summaries: dict[str, SiteRun] = {}
    note = ""
    stage = "crawl"
    try:
        with interruption.signalled_as_interrupted():
            stats = _crawl(db_path, run_id, sites, config, settings or {}, dispatcher, workers)
            if interruption.interrupted_by() is None:
                # The crawl is whole: a signal from here on stops what follows it (its health may be
                # judged by then), never "the crawl", which records no health.
                stage = "translation" if translate else "pairing"
            summaries = _judged(db_path, run_id, stats, config)
            interruption.check()
            note = "translation skipped (--no-translate)"
            if translate:
                from translations.worker import Progress

                stage = "translation"
                note = _translate(db_path, summaries, config, progress_factory or Progress, dispatcher)
                interruption.check()
            stage = "pairing"
            note = "; ".join(filter(None, [note, _pair(db_path)]))
            interruption.check()
            # A signal from here on, as the run is recorded and summed up, comes once its work is
            # done: the run ends as it would have, and its record and exit code agree.
            interruption.work_done()
    except interruption.Interrupted as exc:
        # Recorded as interrupted, never as a failure: the next run resumes what this one began.
        result = RunResult(run_id=run_id, exit_code=exc.exit_code, sites=list(summaries.values()),
                           translation_note=note, interrupted=exc.name, interrupted_in=stage)
        _finish_run(db_path, run_id, result)
        log.warning("run %d: interrupted by %s", run_id, exc.name, extra=FILE_ONLY)  # the command says it
        exc.archived = result.archived
        raise
    except BrokerError as exc:
        result = RunResult(run_id=run_id, exit_code=EXIT_BROKER_LOST, sites=list(summaries.values()),
                           translation_note=f"{note}; {stage} stopped: {exc}".lstrip("; "), workers=workers)
        _finish_run(db_path, run_id, result)
        log.error("run %d: %s", run_id, exc, extra=FILE_ONLY)  # the command says it
        raise
    failed = any(s.failed or s.problems or s.lines for s in summaries.values())
    result = RunResult(run_id=run_id, exit_code=EXIT_SOME_FAILED if failed and not failures_expected else EXIT_OK,
                       sites=list(summaries.values()), translation_note=note, workers=workers)
    _finish_run(db_path, run_id, result)
    for s in result.sites:
        log.info("run %d: %s: %d list pages, %d new, %d changed, %d failed, %d translated, %.1f s%s",
                 run_id, s.site, s.list_pages, s.new, s.changed, s.failed, s.translated, s.duration_s,
                 "".join(f"; {p}" for p in s.problems))
        for alarm in s.lines:
            log.warning("run %d: alarm: %s", run_id, alarm, extra=FILE_ONLY)  # an ALARM line of the summary
    log.info("run %d: %s; exit code %d%s", run_id, note, result.exit_code,
             " (failures expected: the demo's mirrors fail on purpose)" if failed and failures_expected else "")
    return result
