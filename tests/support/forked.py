"""Run the real CLI in a child process forked from a warm forkserver.

A crawl is one Scrapy reactor, which cannot restart, so each run needs a process of its own; a
fresh interpreter (`python -m provnews`) spends a second or two importing Scrapy, the extractor
and the site files before it does anything. The children here are forked from a forkserver that
has imported all of that once (`preload_crawl`, no reactor installed), so a run costs a fork. The
child runs `provnews.cli.main()` with the given argv, working directory and environment, exactly
as the console script does; its stdout and stderr go to files, its exit status is the CLI's.

Subprocesses of a fresh interpreter remain for what needs one: one smoke test per command group.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Outcome", "run", "completed", "cli"]

PRELOAD = ["tests.support.preload_crawl"]

_context: Any = None


def _forkserver() -> Any:
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


def _child(argv: list[str], env: dict[str, str], cwd: str, out: str, err: str,
           before: Callable[[], None] | None) -> None:
    for fd, path in ((1, out), (2, err)):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(target, fd)
        os.close(target)
    faulthandler.enable()  # a run that hangs is dumped (SIGABRT) before it is killed
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(env)
    if "twisted.internet.reactor" in sys.modules:  # the forkserver must stay reactor-free
        print("a reactor was installed before the run", file=sys.stderr, flush=True)
        os._exit(99)
    sys.argv = ["provnews", *argv]
    from provnews.cli import main

    code: Any = 0
    try:
        if before is not None:
            before()
        main()
    except SystemExit as exc:
        code = exc.code
    except BaseException:  # as the interpreter would: the traceback on stderr, status 1
        import traceback

        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    status = code if isinstance(code, int) else (0 if code is None else 1)
    # The status also goes to a file: the forkserver's own report of it has been seen to break off
    # (multiprocessing then says 255) when runs start and end on two threads at once.
    Path(out + ".status").write_text(str(status))
    os._exit(status)


@dataclass
class Outcome:
    returncode: int  # the exit status; -N when killed by signal N
    stdout: str
    stderr: str
    signalled: bool = False  # (tests/ops/interrupt.py) the stop point was reached and the signal sent

    @property
    def code(self) -> int:
        return self.returncode

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run(argv: list[str], cwd: str | Path, *, env: Mapping[str, str] | None = None, timeout: float = 120,
        before: Callable[[], None] | None = None, started: Callable[[int], None] | None = None) -> Outcome:
    """`provnews ARGV` in a forked child, with `env` as its whole environment (default: this
    process's); `before` (a module-level function) runs in the child first; `started(pid)` is
    called once the child exists."""
    cwd = Path(cwd)
    stem = cwd / f".provnews-{uuid.uuid4().hex[:12]}"
    out, err = f"{stem}.out", f"{stem}.err"
    process = _forkserver().Process(target=_child, args=(list(argv), dict(os.environ if env is None else env),
                                                         str(cwd), out, err, before))
    process.start()
    if started is not None:
        started(process.pid)
    process.join(timeout)
    if process.is_alive():
        os.kill(process.pid, signal.SIGABRT)
        process.join(5)
        process.kill()
        process.join()
        raise AssertionError(f"provnews {' '.join(argv)} did not end in {timeout} s:\n"
                             f"{Path(out).read_text(errors='replace')}{Path(err).read_text(errors='replace')}")
    status = Path(out + ".status")
    code = int(status.read_text()) if status.exists() else process.exitcode
    result = Outcome(code, Path(out).read_text(errors="replace"), Path(err).read_text(errors="replace"))
    for path in (out, err, str(status)):
        Path(path).unlink(missing_ok=True)
    return result


def completed(argv: list[str], outcome: Outcome) -> subprocess.CompletedProcess:
    """The outcome as `subprocess.run` would have given it, for tests written against that."""
    return subprocess.CompletedProcess(["provnews", *argv], outcome.returncode, outcome.stdout, outcome.stderr)


def cli(argv: list[str], cwd: str | Path, *, env: Mapping[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    """`run`, answered as `subprocess.run(..., capture_output=True, text=True)` would answer."""
    return completed(argv, run(argv, cwd, env=env, timeout=timeout))
