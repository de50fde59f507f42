"""Archives with a few Chinese and English articles, and a guard that fails any network use."""

from __future__ import annotations

import socket

import pytest

from .articles import fill


@pytest.fixture
def archive_path(tmp_path):
    path = tmp_path / "news.db"
    fill(path)
    return path


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection or resolve a name fails the test."""

    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
