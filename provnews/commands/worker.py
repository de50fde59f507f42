"""`provnews worker`: crawl and translate for a writer on another host (docs/scaling.md)."""

from __future__ import annotations

from pathlib import Path

import click

from provnews.errors import EXIT_USAGE, CLIError

from .options import broker_option, command_config, models_dir_option


@click.command("worker")
@broker_option
@click.option("--name", default=None, help="This worker's name in the writer's reports (default: provnews@HOST).")
@click.option("--concurrency", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes: tasks run side by side (a CPU's cores are shared among them).")
@click.option("--device", type=click.Choice(["cpu", "cuda"]), default="cpu", show_default=True,
              help="Where the translation model runs.")
@click.option("--threads", type=click.IntRange(min=0), default=0, show_default=True,
              help="CTranslate2 threads per process (0: the cores divided among the processes).")
@models_dir_option
@click.option("-v", "--verbose", count=True, help="Celery's own log lines too.")
def worker_command(broker: str | None, name: str | None, concurrency: int, device: str, threads: int,
                   models_dir: Path | None, verbose: int) -> None:
    """Run a worker that crawls sites and translates sentences for `provnews run --broker`,
    until stopped (SIGTERM: the tasks in hand finish first). It never opens the archive; it
    logs one line when it is ready.

    Give the password through $PROVNEWS_BROKER rather than --broker: `ps` shows the command line.

    Example:

    \b
        PROVNEWS_BROKER=redis://:s3cret@10.0.0.5:6379/0 provnews worker --name gpu1 --device cuda

    \b
        provnews worker --broker redis://127.0.0.1:6379/0 --concurrency 2
    """
    from provnews.scale.broker import BrokerError
    from provnews.scale.worker import run_worker

    config = command_config(scale={"broker": broker}, translation={"models_dir": models_dir})
    if not config.scale.broker:
        raise CLIError("no broker: pass --broker redis://[:PASSWORD@]HOST:PORT/DB or set PROVNEWS_BROKER",
                       EXIT_USAGE)
    try:
        run_worker(config.scale.broker, name=name, concurrency=concurrency, device=device,
                   models_dir=config.translation.models_dir, threads=threads,
                   visibility_timeout=config.scale.visibility_timeout, verbose=verbose)
    except BrokerError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
