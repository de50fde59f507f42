"""A --db that is not an archive: one line naming the path, a non-zero exit, the file untouched."""

from __future__ import annotations

import os

import pytest

from tests.support import forked


@pytest.mark.parametrize("args", [
    ["crawl", "gz-zh", "--base-url", "http://127.0.0.1:9"],
    ["run", "gz-zh", "--no-translate"],
    ["search", "会议"],
    ["export", "--format", "jsonl"],
    ["reparse"],
    ["show", "https://www.guizhou.gov.cn/x.html"],
])
def test_commands_refuse_a_file_that_is_not_an_archive(tmp_path, args):
    path = tmp_path / "notes.db"
    path.write_bytes(b"my notes, not a database\n" * 10)
    result = forked.cli([*args, "--db", str(path)], tmp_path, env={**os.environ, "PROVNEWS_MODELS_DIR": str(tmp_path)},
                        timeout=60)
    assert result.returncode == 2, result.stderr  # a usage error: the --db path is wrong
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is not a provnews archive" in lines[0], result.stderr
    assert path.read_bytes() == b"my notes, not a database\n" * 10
