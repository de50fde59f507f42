"""Ctrl-C and SIGTERM (cron's time limit, systemd, a shutdown): stop cleanly, say so in one line.

The first SIGINT or SIGTERM asks the work in progress to stop: the crawl lets the page it is
writing finish and closes its spiders (no column is then recorded as walked, so the next run
resumes it); translation and pairing roll back the article they are writing. The command then
prints `interrupted: …`, records nothing as a failure, and exits 128 + the signal's number
(130, 143). A second signal ends the process at once; SQLite's journal keeps the archive whole
(every write is one transaction), so even that loses only the article in flight.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["Interrupted", "handle_signals", "graceful_stop", "interrupted_by", "installed", "check", "line",
           "signalled_as_interrupted", "reported", "work_done",
           "Checkpoints", "SIGNALS"]

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """The command was stopped by a signal. A BaseException, like KeyboardInterrupt, so that the
    `except Exception` of a stage that must not fail a run does not swallow it."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.archived = 0  # articles the command archived before the signal, for its last line

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


class _State:
    signum: int | None = None
    stop: Callable[[], Any] | None = None  # the stage's graceful stop; None: raise Interrupted
    installed = False


_state = _State()


def line(what: str, signum: int, kept: str) -> str:
    """The one line an interrupted command prints: `kept` says what stays ("12 articles archived")."""
    name = signal.Signals(signum).name
    return f"interrupted: {what} stopped by {name} ({kept}; the next run resumes)"


def _handle(signum: int, frame: Any) -> None:
    if _state.signum is not None:  # the second signal: stop now, as a kill would (no write is half done)
        sys.stderr.write(f"interrupted: stopped at once by a second {signal.Signals(signum).name}\n")
        sys.stderr.flush()
        os._exit(128 + _state.signum)
    _state.signum = signum
    if _state.stop is not None:
        _state.stop()
        return
    raise Interrupted(signum)


@contextmanager
def handle_signals() -> Iterator[None]:
    """SIGINT and SIGTERM stop the command as this module says, for the block's duration."""
    previous = {s: signal.getsignal(s) for s in SIGNALS}
    _state.signum, _state.stop, _state.installed = None, None, True
    for s in SIGNALS:
        signal.signal(s, _handle)
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        _state.installed = False


@contextmanager
def graceful_stop(stop: Callable[[], Any]) -> Iterator[None]:
    """Within the block, a first signal calls `stop()` (which must only schedule the stop) instead
    of raising; a signal that came before the block makes it raise at once."""
    if _state.signum is not None:
        raise Interrupted(_state.signum)
    previous, _state.stop = _state.stop, stop
    try:
        yield
    finally:
        _state.stop = previous


def _ignore() -> None:
    pass


def work_done() -> None:
    """The command's work is whole and about to be recorded as such: from now on a first signal
    changes nothing (the command ends as it would have, with the exit code it records); a second
    still ends it at once."""
    _state.stop = _ignore


def interrupted_by() -> int | None:
    """The signal that interrupted this command, if one did."""
    return _state.signum


@contextmanager
def signalled_as_interrupted() -> Iterator[None]:
    """Whatever escapes the block after a signal came is the interruption: the exception raised by
    the handler may reach us changed (an extension module whose import it broke raises
    ImportError), and a stage may have caught it and failed on the next step instead."""
    try:
        yield
    except Interrupted:
        raise
    except BaseException as exc:
        if _state.signum is None:
            raise
        raise Interrupted(_state.signum) from exc


def installed() -> bool:
    """Whether a command has taken SIGINT and SIGTERM over (`handle_signals`)."""
    return _state.installed


def check(archived: int = 0) -> None:
    """Raise Interrupted if a signal came while a graceful stop was under way (`archived`: the
    articles the command archived, for its last line)."""
    if _state.signum is not None:
        exc = Interrupted(_state.signum)
        exc.archived = archived
        raise exc


class Checkpoints:
    """A progress reporter whose every report is also a point where a pending signal stops the
    work: the handler's own exception can be lost (raised inside a weakref callback, a __del__, an
    extension's import), so long stages check again each time they report progress."""

    def __init__(self, progress: Any):
        self._progress = progress

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._progress, name)
        if not callable(attr):
            return attr

        def report(*args: Any, **kwargs: Any) -> Any:
            check()
            return attr(*args, **kwargs)

        return report


@contextmanager
def reported(what: str) -> Iterator[None]:
    """SIGINT and SIGTERM stop the block as this module says; an interruption then prints its one
    line and exits 128 + the signal's number."""
    try:
        with handle_signals():
            yield
    except Interrupted as exc:
        sys.stderr.write(line(what, exc.signum, f"{exc.archived} articles archived") + "\n")
        sys.stderr.flush()
        sys.exit(exc.exit_code)
