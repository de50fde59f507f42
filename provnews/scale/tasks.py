"""What a worker runs: a host group's crawl, a batch of sentences, and a ping.

A task is acknowledged only once it has finished (`task_acks_late`), so a worker killed in the
middle leaves it in the broker, which hands it to another worker after the visibility timeout.
While a task runs, its lease is renewed (`_Lease`), so a long crawl is never handed out twice
while its worker lives. A worker never opens the archive: a crawl task brings the writer's
snapshot of what the archive knows and returns the items; the writer stores them.
"""

from __future__ import annotations

import json
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.state import items_path, state_path, walks_path

from . import crawl_child
from .wire import pack, unpack

__all__ = ["WorkerSetup", "register_tasks", "crawl_group", "translate_batch", "CRAWL_TASK", "TRANSLATE_TASK", "PING_TASK"]

CRAWL_TASK = "provnews.crawl"
TRANSLATE_TASK = "provnews.translate"
PING_TASK = "provnews.ping"


@dataclass
class WorkerSetup:
    """What `provnews worker` was started with (read by the tasks in each worker process)."""

    name: str
    broker_url: str
    visibility_timeout: int = 60
    device: str = "cpu"
    threads: int = 0
    models_dir: Path | None = None
    engines: dict = field(default_factory=dict)  # engine options -> Engine, one per process


class _Lease(threading.Thread):
    """Renews the task's entry in kombu's index of unacknowledged messages while the task runs,
    so that the visibility timeout counts from the worker's last sign of life, not from delivery."""

    def __init__(self, task: Any, setup: WorkerSetup):
        super().__init__(daemon=True)
        self.tag = (task.request.delivery_info or {}).get("delivery_tag")
        self.setup = setup
        self.done = threading.Event()

    def run(self) -> None:
        import redis

        if not self.tag:
            return
        client = redis.Redis.from_url(self.setup.broker_url, socket_timeout=10, socket_connect_timeout=10)
        every = max(1.0, self.setup.visibility_timeout / 4)
        while not self.done.wait(every):
            try:
                client.zadd("unacked_index", {self.tag: time.time()}, xx=True)
            except redis.RedisError:
                pass  # the broker is away: the worker's own connection reports that

    def __enter__(self) -> _Lease:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()


def crawl_group(setup: WorkerSetup, spec: dict[str, Any]) -> dict[str, Any]:
    """Crawl the group's sites in a child forked from this process (`crawl_child.run_forked`);
    each site's Scrapy stats, items and walks."""
    with tempfile.TemporaryDirectory(prefix="provnews-crawl-") as directory:
        folder = Path(directory)
        for site, snapshot in spec["snapshots"].items():
            state_path(folder, site).write_text(json.dumps(snapshot, ensure_ascii=False), encoding="utf-8")
        child_spec = {key: spec[key] for key in ("sites", "base_urls", "max_pages", "since", "settings")}
        (folder / crawl_child.SPEC).write_text(json.dumps(child_spec, ensure_ascii=False), encoding="utf-8")
        status = crawl_child.run_forked(folder)
        stats_file = folder / crawl_child.STATS
        stats = json.loads(stats_file.read_text(encoding="utf-8")) if stats_file.exists() else {}
        sites = {}
        for site in spec["sites"]:
            items_file, walks_file = items_path(folder, site), walks_path(folder, site)
            site_stats = stats.get(site)
            if site_stats is None:
                site_stats = {"error": f"the crawl process on {setup.name} ended with exit status {status}"}
            sites[site] = {
                "stats": site_stats,
                "items": [json.loads(line) for line in items_file.read_text(encoding="utf-8").splitlines()]
                if items_file.exists() else [],
                "walks": json.loads(walks_file.read_text(encoding="utf-8")) if walks_file.exists() else [],
            }
    return {"worker": setup.name, "sites": sites}


def _engine(setup: WorkerSetup, options: dict[str, Any]) -> Any:
    """This process's engine for these options (the model loads once per process)."""
    from translations.engine import Engine, EngineOptions
    from translations.packages import find_model

    key = json.dumps(options, sort_keys=True)
    if key not in setup.engines:
        model = find_model(directory=setup.models_dir)
        setup.engines[key] = Engine(model, EngineOptions(**options, threads=setup.threads, device=setup.device))
    return setup.engines[key]


def translate_batch(setup: WorkerSetup, model_id: str, options: dict[str, Any], sentences: list[str]) -> dict:
    """The sentences in English by `model_id`, or a refusal saying why this worker cannot."""
    from translations.errors import TranslationError

    try:
        engine = _engine(setup, options)
    except TranslationError as exc:
        return {"worker": setup.name, "refused": f"worker {setup.name} has no usable model: {exc}"}
    if engine.model.id != model_id:
        return {"worker": setup.name,
                "refused": f"worker {setup.name} has {engine.model.id}, not {model_id}: install the same package"
                           " on every worker (`provnews models install --models-dir DIR`)"}
    return {"worker": setup.name, "model": engine.model.id, "targets": engine.translate(sentences)}


def register_tasks(app: Any, setup: WorkerSetup) -> None:
    """The worker's tasks on `app` (the writer sends them by name and needs none of this)."""

    @app.task(name=CRAWL_TASK, bind=True)
    def crawl(self: Any, spec: str) -> str:
        with _Lease(self, setup):
            return pack(crawl_group(setup, unpack(spec)))

    @app.task(name=TRANSLATE_TASK, bind=True)
    def translate(self: Any, model_id: str, options: dict, sentences: list[str]) -> dict:
        with _Lease(self, setup):
            return translate_batch(setup, model_id, options, sentences)

    @app.task(name=PING_TASK)
    def ping() -> str:
        return setup.name
