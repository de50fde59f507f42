"""`provnews serve`: refuses bad input in one line, and really serves (as a subprocess)."""

from __future__ import annotations

import re
import socket
import subprocess
import sys

import httpx
import pytest
from click.testing import CliRunner

from provnews.cli import cli


def test_missing_archive_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 2
    assert "Error: archive" in result.output and "does not exist" in result.output
    assert not (tmp_path / "nope.db").exists()


def test_busy_port_is_one_clear_error(review_archive):
    path, _ = review_archive
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--port", str(port), "--read-only"])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "--port" in result.output


def test_help_has_an_example():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "provnews serve --db news.db" in result.output


@pytest.fixture
def served(review_archive):
    """`provnews serve --read-only --port 0` running as users run it; yields its base URL."""
    path, _ = review_archive
    process = subprocess.Popen([sys.executable, "-m", "provnews", "serve", "--db", str(path), "--port", "0",
                                "--read-only"], stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+)/ \(read-only\)", line)
        assert match, line
        yield match.group(1)
    finally:
        process.terminate()
        process.wait(10)


def test_serve_binds_loopback_and_refuses_writes_when_read_only(served, review_archive):
    _, ids = review_archive
    with httpx.Client(base_url=served, timeout=10) as client:
        page = client.get(f"/articles/{ids['plain']}")
        assert page.status_code == 200 and "read-only" in page.text
        token = re.search(r'<meta name="csrf-token" content="([^"]+)">', page.text).group(1)
        response = client.post(f"/articles/{ids['plain']}/review", data={"csrf_token": token})
        assert response.status_code == 403


def test_a_file_that_is_not_an_archive_is_refused(tmp_path):
    not_archive = tmp_path / "notes.db"
    not_archive.write_text("just some notes\n" * 100)
    result = CliRunner().invoke(cli, ["serve", "--db", str(not_archive), "--port", "0"])
    assert result.exit_code == 1
    assert "is not a provnews archive" in result.output
    assert not_archive.read_text() == "just some notes\n" * 100
