"""Built once per test session, however many pytest-xdist workers run it.

A session fixture runs once in each worker; for the costly ones (the tiny model, the demo archive)
the first worker to ask builds the thing in the session's shared temporary directory, under a file
lock, and the others wait for it and use the same files. Users must treat the result as read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from filelock import FileLock

__all__ = ["built_once"]


def built_once(tmp_path_factory: Any, name: str, build: Callable[[Path], Path]) -> Path:
    """`build(directory)` run once for the session; its result path, the same in every worker."""
    base = tmp_path_factory.getbasetemp()
    if base.name.startswith("popen-gw"):  # an xdist worker: its parent directory is the session's
        base = base.parent
    directory = base / f"shared-{name}"
    done = directory / ".built"
    with FileLock(str(base / f"shared-{name}.lock")):
        if not done.exists():
            directory.mkdir(exist_ok=True)
            result = build(directory)
            done.write_text(str(result))
    return Path(done.read_text())
