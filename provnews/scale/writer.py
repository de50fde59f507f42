"""The writer's side: send crawl and translation tasks to the workers, store what comes back.

One crawl task per host group (sites sharing a host stay on one worker, one after the other, so
politeness holds), carrying a snapshot of what the archive knows (`crawler.state.snapshot`).
Each returned item goes through `crawler.pipelines.ArchivePipeline`, the path of a local crawl,
then the group's complete walks are recorded; counts are computed from the worker's Scrapy stats
as a local crawl computes them (`provnews.crawling.site_stats`). Translation goes through
`translations.worker.translate_pending` with a `RemoteEngine` in place of the local one.

Nothing is lost and nothing doubled: a task is acknowledged after it ran, a dead worker's task
goes to another worker, each task's result is stored once, storing is idempotent (an article
stored again is "unchanged"), and a walk is recorded only after its items. When the broker goes
away mid-run, what was received stays archived and `BrokerLost` names the broker (masked).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import asdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from provnews import interruption

from .broker import CRAWL_QUEUE, TRANSLATE_QUEUE, BrokerError, BrokerLost, make_app, mask_secrets, parse_broker
from .tasks import CRAWL_TASK, PING_TASK, TRANSLATE_TASK
from .wire import pack, unpack

__all__ = ["Dispatcher", "DictStats", "crawl_on_workers", "RemoteEngine", "WorkerRefused", "REFUSALS", "BROKER_GRACE_S"]

log = logging.getLogger("provnews.scale")

# How long the broker may be unreachable before the run gives up on it (redis-py retries inside).
BROKER_GRACE_S = 10.0
# A refused translation batch is sent again this many times (another worker may have the model).
REFUSALS = 4
_POLL_S = 0.05


class WorkerRefused(BrokerError):
    """No worker would translate with the writer's model."""


class DictStats:
    """Scrapy's stats interface over a plain dict (the worker's stats of a site, as received)."""

    def __init__(self, values: Mapping[str, Any] | None = None):
        self.values: dict[str, Any] = dict(values or {})

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self.values[key] = value

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.values[key] = self.values.get(key, start) + count

    def get_stats(self) -> dict[str, Any]:
        return self.values


def _connection_errors() -> tuple[type[BaseException], ...]:
    import kombu.exceptions
    import redis.exceptions

    return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, kombu.exceptions.OperationalError,
            ConnectionError, TimeoutError)


class Dispatcher:
    """The writer's connection to the broker: send tasks by name, wait for their results."""

    def __init__(self, url: str, visibility_timeout: int = 60, grace_s: float = BROKER_GRACE_S):
        self.broker = parse_broker(url)
        self.app = make_app(self.broker, visibility_timeout)
        self.grace_s = grace_s
        self.errors = _connection_errors()

    def lost(self, exc: BaseException) -> BrokerLost:
        detail = mask_secrets(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__,
                              self.broker.url)
        return BrokerLost(f"broker {self.broker.masked} is gone ({detail}): what was received is archived;"
                          " run again once it is back to complete the rest")

    def send(self, name: str, args: Sequence[Any], queue: str) -> str:
        try:
            return self.app.send_task(name, args=list(args), queue=queue).id
        except self.errors as exc:
            raise self.lost(exc) from None

    def wait(self, ids: Iterable[str], on_result: Callable[[str, str, Any], None]) -> None:
        """Call `on_result(id, state, result)` for each task as it ends (SUCCESS or FAILURE), until
        all have, or the run is interrupted (the rest stay in the broker for another run to redo)."""
        pending = list(ids)
        down_since: float | None = None
        while pending and interruption.interrupted_by() is None:
            try:
                for task_id in list(pending):
                    meta = self.app.backend.get_task_meta(task_id)
                    if meta["status"] in ("SUCCESS", "FAILURE"):
                        pending.remove(task_id)
                        on_result(task_id, meta["status"], meta["result"])
                        self.app.backend.forget(task_id)
                down_since = None
            except self.errors as exc:
                down_since = down_since or time.monotonic()
                if time.monotonic() - down_since > self.grace_s:
                    raise self.lost(exc) from None
            time.sleep(_POLL_S)

    def ping(self) -> tuple[str, float]:
        """A worker's name and the round trip of one task in seconds (the overhead per task)."""
        began = time.perf_counter()
        task_id = self.send(PING_TASK, [], CRAWL_QUEUE)
        got: list[str] = []
        self.wait([task_id], lambda _id, _state, result: got.append(str(result)))
        return (got[0] if got else ""), time.perf_counter() - began


# -- crawl --------------------------------------------------------------------------------------


def _store_site(db_path: Path, site: str, received: Mapping[str, Any], worker: str, keep_raw: bool,
                run_id: int | None) -> dict[str, Any]:
    """A site's items through the local crawl's pipeline, then its walks; its counts."""
    from archive.walks import ColumnWalk
    from crawler.items import from_wire
    from crawler.pipelines import ArchivePipeline
    from crawler.state import ArchiveState
    from provnews.crawling import site_stats

    raw = dict(received["stats"])
    error = raw.pop("error", None)
    stats = DictStats(raw)
    pipeline = ArchivePipeline(SimpleNamespace(stats=stats), keep_raw, run_id)
    pipeline.open(db_path)
    try:
        for item in received["items"]:
            pipeline.process_item(from_wire(item))
    finally:
        pipeline.close_spider()
    walks = [ColumnWalk(**{**w, "anchors": tuple(w["anchors"])}) for w in received["walks"]]
    if walks:
        ArchiveState(db_path).record_walks(site, walks)
    result = site_stats(stats.get_stats())
    if error:
        result["error"] = error
    result["worker"] = worker
    return result


def crawl_on_workers(dispatcher: Dispatcher, site_names: Iterable[str], db_path: str | Path,
                     base_urls: Mapping[str, str] | None = None, max_pages: int | None = None,
                     since: Any = None, settings: Mapping[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """`provnews.crawling.run_crawl` on the workers: the same arguments and counts, and per site
    the `worker` that crawled it."""
    from scrapy.settings import Settings

    from archive import Archive
    from crawler.state import snapshot
    from provnews.crawling import crawl_arguments, host_groups, site_stats

    names, base_urls, since_text = crawl_arguments(site_names, base_urls, since)
    db_path = Path(db_path)
    Archive(db_path).close()  # create or migrate it before anything is stored
    settings = {k: v for k, v in (settings or {}).items() if k not in ("PROVNEWS_PROGRESS", "PROVNEWS_DB")}
    scrapy_settings = Settings(settings)
    keep_raw = scrapy_settings.getbool("PROVNEWS_KEEP_RAW", True)
    run_id = scrapy_settings.getint("PROVNEWS_RUN_ID") or None
    refresh, retry = scrapy_settings.getbool("PROVNEWS_REFRESH"), scrapy_settings.getbool("PROVNEWS_RETRY_FAILED")
    stats: dict[str, dict[str, Any]] = {name: {**site_stats({}), "worker": None} for name in names}
    groups: dict[str, list[str]] = {}
    with interruption.handle_signals() if not interruption.installed() else nullcontext():
        for group in host_groups(names):
            spec = {"sites": group, "base_urls": {s: base_urls[s] for s in group if s in base_urls},
                    "max_pages": max_pages, "since": since_text, "settings": settings,
                    "snapshots": {s: asdict(snapshot(db_path, s, refresh=refresh, retry_failed=retry))
                                  for s in group}}
            groups[dispatcher.send(CRAWL_TASK, [pack(spec)], CRAWL_QUEUE)] = group
        log.info("sent %d crawl task(s) for %d site(s) to %s", len(groups), len(names), dispatcher.broker.masked)

        def received(task_id: str, state: str, result: Any) -> None:
            group = groups[task_id]
            if state != "SUCCESS":
                for site in group:
                    stats[site]["error"] = f"crawl task failed on a worker: {mask_secrets(str(result), None)[:200]}"
                return
            data = unpack(result)
            for site in group:
                stats[site] = _store_site(db_path, site, data["sites"][site], data["worker"], keep_raw, run_id)
                log.info("%s: crawled by %s, %d new, %d changed, %d failed", site, data["worker"],
                         stats[site]["new"], stats[site]["changed"], stats[site]["failed"])

        dispatcher.wait(groups, received)
    return stats


# -- translation --------------------------------------------------------------------------------


class RemoteEngine:
    """`translations.engine.Engine`'s `translate` on the workers: the sentences in tasks of
    `task_sentences`, all sent at once, the answers put back in order."""

    def __init__(self, dispatcher: Dispatcher, model: Any, options: Any, task_sentences: int = 64):
        self.dispatcher = dispatcher
        self.model = model
        self.options = {"beam_size": options.beam_size, "batch_size": options.batch_size,
                        "batch_tokens": options.batch_tokens} if options else {}
        self.task_sentences = task_sentences
        self.workers: set[str] = set()

    @classmethod
    def factory(cls, dispatcher: Dispatcher, task_sentences: int = 64) -> Callable[[Any, Any], RemoteEngine]:
        return lambda model, options: cls(dispatcher, model, options, task_sentences)

    def translate(self, sentences: Sequence[str], on_batch: Callable[[int], None] | None = None) -> list[str]:
        slices = [list(sentences[i:i + self.task_sentences]) for i in range(0, len(sentences), self.task_sentences)]
        out: list[list[str] | None] = [None] * len(slices)
        refusals: list[str] = []
        tasks = {self._send(part): i for i, part in enumerate(slices)}
        while tasks:
            again: dict[str, int] = {}

            def received(task_id: str, state: str, result: Any, tasks: dict[str, int] = tasks,
                         again: dict[str, int] = again) -> None:
                i = tasks[task_id]
                if state == "SUCCESS" and "targets" in result and result["model"] == self.model.id:
                    out[i] = list(result["targets"])
                    self.workers.add(result["worker"])
                    if on_batch:
                        on_batch(len(slices[i]))
                    return
                reason = result.get("refused") if state == "SUCCESS" else f"the task failed: {result}"
                refusals.append(str(reason))
                log.warning("translation batch refused: %s", reason)
                if len(refusals) >= REFUSALS * max(1, len(slices)):
                    return
                again[self._send(slices[i])] = i

            self.dispatcher.wait(tasks, received)
            interruption.check()
            if any(part is None for part in out) and not again:
                raise WorkerRefused(f"not translated: {refusals[-1]}" if refusals else "not translated")
            tasks = again
        return [target for part in out for target in part or []]

    def _send(self, part: list[str]) -> str:
        return self.dispatcher.send(TRANSLATE_TASK, [self.model.id, self.options, part], TRANSLATE_QUEUE)
