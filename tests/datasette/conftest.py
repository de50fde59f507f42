"""Datasette is asynchronous; its test client runs on an event loop of its own thread.

Not on the main thread's: the browser fixture's Playwright (sync API) keeps a loop running there
for the whole session, and `run_until_complete` refuses to start a second one.
"""

from __future__ import annotations

import asyncio
import threading

import pytest
from datasette.app import Datasette


class DatasetteClient:
    def __init__(self, loop: asyncio.AbstractEventLoop, *args, **kwargs):
        self._loop = loop
        self.datasette = Datasette(*args, **kwargs)

    def get(self, path: str, **params):
        call = self.datasette.client.get(path, params=params)
        return asyncio.run_coroutine_threadsafe(call, self._loop).result(timeout=60)


@pytest.fixture(scope="session")
def datasette_client():
    """`datasette_client(files, **Datasette kwargs).get(path, **params)` -> an httpx response."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield lambda *args, **kwargs: DatasetteClient(loop, *args, **kwargs)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=10)
