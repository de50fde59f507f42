"""The crawl of one host group on a worker host, in a process of its own.

Scrapy's reactor runs once per process, and a worker process takes many tasks; so each crawl
task runs `provnews.crawling.run_crawl` (`main`) in a child, without the archive: the spiders
read the writer's snapshot from DIR and leave their items and walks there (`crawler.state`), and
the child writes Scrapy's stats of each site to DIR/stats.json.

`run_forked` forks the child from the worker process, which imported the crawl's modules before
its pool forked (`provnews.preload`), so a crawl starts in milliseconds, not the seconds a
fresh interpreter takes; where a reactor is already installed in the worker process (nothing of
provnews does that) it falls back to a fresh interpreter (`python -m provnews.scale.crawl_child DIR`).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

__all__ = ["main", "run_forked", "SPEC", "STATS", "PROCESS_NAME"]

SPEC = "spec.json"
STATS = "stats.json"
# The crawl child's name in `ps -o comm` and /proc/PID/comm (at most 15 bytes).
PROCESS_NAME = "provnews-crawl"


def main(directory: str) -> int:
    from provnews.crawling import run_crawl

    folder = Path(directory)
    spec = json.loads((folder / SPEC).read_text(encoding="utf-8"))
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    settings = {**spec["settings"], "PROVNEWS_REMOTE_DIR": str(folder), "PROVNEWS_PROGRESS": False,
                "ITEM_PIPELINES": {"crawler.pipelines.CollectPipeline": 300},
                "LOG_INSTALL_ROOT_HANDLER": False, "LOG_LEVEL": "WARNING"}
    stats = run_crawl(spec["sites"], None, base_urls=spec["base_urls"], max_pages=spec["max_pages"],
                      since=spec["since"], settings=settings, raw_stats=True)
    (folder / STATS).write_text(json.dumps(stats, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


def _prctl(option: int, value: int | bytes) -> None:
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(option, value, 0, 0, 0)
    except OSError:
        pass  # not Linux: no parent-death signal, no process name


def _as_child() -> None:
    """In the crawl process: die with the worker process that started it (PR_SET_PDEATHSIG), so
    a killed worker leaves no crawl behind that nobody will collect; carry no broker secret."""
    _prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    os.environ.pop("PROVNEWS_BROKER", None)


def run_forked(directory: str | Path) -> int:
    """`main(directory)` in a child forked from this process; its exit status."""
    if "twisted.internet.reactor" in sys.modules:  # a reactor cannot run twice: a fresh interpreter
        env = {k: v for k, v in os.environ.items() if k != "PROVNEWS_BROKER"}
        return subprocess.run([sys.executable, "-m", "provnews.scale.crawl_child", str(directory)], env=env,
                              preexec_fn=_as_child, check=False).returncode
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    pid = os.fork()
    if pid == 0:  # the child: whatever happens, it leaves through os._exit (never the worker's code)
        code = 1
        try:
            _as_child()
            _prctl(15, PROCESS_NAME.encode())  # PR_SET_NAME
            for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT, signal.SIGHUP, signal.SIGUSR1,
                           signal.SIGUSR2, signal.SIGCHLD):
                signal.signal(signum, signal.SIG_DFL)  # the worker's handlers are not the crawl's
            signal.pthread_sigmask(signal.SIG_SETMASK, set())
            code = main(str(directory))
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:
                    pass
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    _prctl(15, PROCESS_NAME.encode())
    sys.exit(main(sys.argv[1]))
