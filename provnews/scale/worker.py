"""`provnews worker`: a Celery worker that crawls host groups and translates batches for the writer."""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path

from provnews.preload import preload_crawl

from .broker import CRAWL_QUEUE, TRANSLATE_QUEUE, BrokerError, make_app, parse_broker
from .tasks import WorkerSetup, register_tasks

__all__ = ["run_worker", "model_note"]

log = logging.getLogger("provnews.worker")


def model_note(models_dir: Path | None, device: str) -> str:
    """Which model this worker translates with, or why it refuses translation tasks."""
    from translations.errors import TranslationError
    from translations.packages import find_model

    try:
        return f"model {find_model(directory=models_dir).id} on {device}"
    except TranslationError:
        return "no translation model (translation tasks are refused)"


def _check_device(device: str) -> None:
    if device == "cuda":
        from translations.engine import cuda_devices

        if cuda_devices() < 1:
            raise BrokerError("--device cuda: CTranslate2 sees no CUDA device on this host")


def run_worker(url: str, *, name: str | None = None, concurrency: int = 1, device: str = "cpu",
               models_dir: Path | None = None, threads: int = 0, visibility_timeout: int = 60,
               verbose: int = 0) -> None:
    """Run until stopped (SIGTERM: finish the tasks in hand, then exit)."""
    broker = parse_broker(url)
    _check_device(device)
    name = name or f"provnews@{socket.gethostname()}"
    if threads == 0 and device == "cpu":
        threads = max(1, len(os.sched_getaffinity(0)) // concurrency)  # the cores shared among the processes
    setup = WorkerSetup(name, broker.url, visibility_timeout, device, threads, models_dir)
    app = make_app(broker, visibility_timeout)
    register_tasks(app, setup)
    note = model_note(models_dir, device)
    # Before the pool forks: every pool process then forks its crawls from a process that has
    # Scrapy and the extractor imported (provnews.scale.crawl_child.run_forked).
    preload_crawl()

    from celery.signals import worker_ready

    @worker_ready.connect(weak=False)
    def ready(**_: object) -> None:
        log.warning("provnews worker %s ready: broker %s, %d process(es), %s", name, broker.masked,
                    concurrency, note)

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    # (--quiet: no banner; the ready line above says what matters, without the password)
    app.worker_main([*([] if verbose else ["--quiet"]), "worker", "--hostname", name, "--concurrency", str(concurrency), "--pool", "prefork",
                     "--queues", f"{CRAWL_QUEUE},{TRANSLATE_QUEUE}", "--without-mingle", "--without-gossip",
                     "--without-heartbeat", "--loglevel", "INFO" if verbose else "WARNING"])
