"""A damaged archive: every command that opens one says so in one line, names the fix and exits
65, and nothing writes to it; `provnews backup` makes the copies that fix it; `provnews doctor`
gives the exact commands. (A --db that is not an archive at all stays a usage error, exit 2:
tests/ops/test_bad_archive.py and the last tests here.)

The archives are real files damaged as disks damage them (tests/ops/damage.py). The review UI
and Datasette over a damaged file: tests/web/test_damaged.py, tests/datasette/test_damaged.py.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading

import pytest
from click.testing import CliRunner

from archive import Archive, ArchiveDamaged, check_archive
from archive.backup import backup_archive, find_backups
from provnews.cli import COMMANDS, cli
from provnews.errors import EXIT_DAMAGED, EXIT_USAGE

from .conftest import REPO, provnews_argv
from .damage import ARTICLES, PARAGRAPHS, build_archive, damaged_copy, digest, page, url

# Every command that opens an archive, with arguments that would otherwise make it work.
ARCHIVE_COMMANDS = {
    "search": ["search", "会议"],
    "export": ["export", "--format", "jsonl"],
    "show": ["show", url(ARTICLES - 1)],
    "health": ["health"],
    "translate": ["translate"],
    "reparse": ["reparse"],
    "pair": ["pair"],
    "evaluate": ["evaluate"],
    "reindex": ["reindex"],
    "crawl": ["crawl", "gz-zh", "--base-url", "http://127.0.0.1:9"],
    "run": ["run", "gz-zh", "--no-translate"],
    "demo": ["demo"],
    "serve": ["serve", "--port", "0"],
    "backup": ["backup", "--to", "backups/"],
    "doctor": ["doctor"],
    "users": ["users", "list"],
}
NO_ARCHIVE = {"sites", "parse", "models", "worker"}  # a worker never opens the archive (docs/scaling.md)


@pytest.fixture(scope="module")
def healthy(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("healthy") / "news.db")


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """An empty current folder (no provnews.toml) and no models, as cron starts a command."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PROVNEWS_MODELS_DIR", str(tmp_path / "no-models"))
    return tmp_path


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def assert_one_damage_line(result, path) -> None:
    assert result.exit_code == EXIT_DAMAGED, (result.exit_code, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Error: archive {path} is damaged ("), lines[0]
    assert "restore the newest backup" in lines[0] and "recover" in lines[0], lines[0]
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def test_every_command_that_opens_an_archive_is_covered():
    assert set(ARCHIVE_COMMANDS) | NO_ARCHIVE == set(COMMANDS)


@pytest.mark.parametrize("kind", ["pages", "header"])
def test_the_damage_is_what_sqlite_reports(healthy, tmp_path, kind):
    path = damaged_copy(healthy, tmp_path / "news.db", kind)
    conn = sqlite3.connect(path)
    try:
        report = "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    except sqlite3.DatabaseError as exc:
        report = str(exc)
    finally:
        conn.close()
    expected = {"pages": ("btreeInitPage() returns error code 11", "database disk image is malformed"),
                "header": ("file is not a database",)}[kind]
    assert any(text in report for text in expected), report


@pytest.mark.parametrize("kind", ["pages", "header"])
def test_the_cheap_check_on_open_finds_it(healthy, tmp_path, kind):
    path = damaged_copy(healthy, tmp_path / "news.db", kind)
    with pytest.raises(ArchiveDamaged):
        check_archive(path)
    with pytest.raises(ArchiveDamaged):
        Archive(path)


@pytest.mark.parametrize("kind", ["pages", "header"])
@pytest.mark.parametrize("name", sorted(ARCHIVE_COMMANDS))
def test_each_command_says_damaged_in_one_line_and_writes_nothing(healthy, workdir, name, kind):
    path = damaged_copy(healthy, workdir / "news.db", kind)
    before = digest(path)
    result = invoke(*ARCHIVE_COMMANDS[name], "--db", str(path))
    assert_one_damage_line(result, path)
    assert digest(path) == before
    assert not (workdir / "backups").exists() or not any((workdir / "backups").iterdir())


def test_doctor_prints_its_report_before_the_line(healthy, workdir):
    path = damaged_copy(healthy, workdir / "news.db", "pages")
    result = invoke("doctor", "--db", str(path))
    assert_one_damage_line(result, path)
    assert f"FAIL archive  {path} is damaged: " in result.stdout


def test_the_real_exit_status_and_stderr(healthy, tmp_path):
    path = damaged_copy(healthy, tmp_path / "news.db", "pages")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(provnews_argv("search", "会议", "--db", str(path)), cwd=tmp_path, capture_output=True,
                            text=True, timeout=60, env=env)
    assert result.returncode == 65, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: archive {path} is damaged ("), result.stderr
    assert result.stdout == ""


# -- damage that opening does not read -----------------------------------------------------------

def test_deep_damage_passes_the_cheap_check_and_is_reported_where_a_query_meets_it(healthy, workdir):
    path = damaged_copy(healthy, workdir / "news.db", "deep")
    check_archive(path)  # the cheap check reads only the first path down each b-tree
    assert invoke("search", "会议", "--db", str(path)).exit_code == 0
    assert invoke("show", url(0), "--db", str(path)).exit_code == 0  # the first leaf is intact
    assert_one_damage_line(invoke("show", url(ARTICLES - 1), "--db", str(path)), path)
    assert_one_damage_line(invoke("export", "--db", str(path)), path)


def test_run_and_crawl_read_every_page_first(healthy, workdir):
    path = damaged_copy(healthy, workdir / "news.db", "deep")
    with pytest.raises(ArchiveDamaged, match="quick_check"):
        check_archive(path, thorough=True)
    before = digest(path)
    for args in (ARCHIVE_COMMANDS["run"], ARCHIVE_COMMANDS["crawl"]):
        assert_one_damage_line(invoke(*args, "--db", str(path)), path)
    assert digest(path) == before
    assert not (workdir / "news.db.lock").exists()  # refused before taking the lock


# -- a file that never was an archive is still a usage error ------------------------------------

@pytest.mark.parametrize("name", ["health", "pair", "evaluate", "reindex", "translate", "backup", "doctor"])
def test_a_file_that_is_not_an_archive_is_still_a_usage_error(workdir, name):
    path = workdir / "notes.db"
    path.write_bytes(b"my notes, not a database\n" * 10)
    result = invoke(*ARCHIVE_COMMANDS[name], "--db", str(path))
    if name == "doctor":
        assert result.exit_code == 1 and "is not a provnews archive" in result.stdout
        assert "damaged" not in result.output and ".bak" not in result.output
    else:
        assert result.exit_code == EXIT_USAGE, result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "is not a provnews archive" in lines[0], result.stderr
    assert path.read_bytes() == b"my notes, not a database\n" * 10


# -- backup -------------------------------------------------------------------------------------------

def _articles(path) -> list[tuple[str, int]]:
    """(url, paragraphs) of every article, from an integrity-checked file."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT a.url, (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id)"
                            " FROM articles a ORDER BY a.id").fetchall()
    finally:
        conn.close()


def test_backup_into_a_folder_prints_one_line_with_the_size(healthy, workdir):
    result = invoke("backup", "--db", str(healthy), "--to", str(workdir / "backups") + "/")
    assert result.exit_code == 0, result.output
    [copy] = (workdir / "backups").iterdir()
    assert re.fullmatch(r"news\.\d{8}T\d{6}Z\.db", copy.name), copy.name
    [line] = result.stdout.splitlines()
    assert re.fullmatch(rf"Backed up {healthy} to {copy}: [\d.]+ KB, 40 articles, integrity ok, [\d.]+ s", line), line
    assert _articles(copy) == _articles(healthy)
    assert not (workdir / "backups" / "news.db-wal").exists() and len(list((workdir / "backups").iterdir())) == 1


def test_backup_refuses_an_existing_file_unless_forced(healthy, workdir):
    target = workdir / "copy.db"
    target.write_bytes(b"an older backup")
    result = invoke("backup", "--db", str(healthy), "--to", str(target))
    assert result.exit_code == EXIT_USAGE and "already exists: pass --force" in result.stderr
    assert target.read_bytes() == b"an older backup"
    assert invoke("backup", "--db", str(healthy), "--to", str(target), "--force").exit_code == 0
    assert _articles(target) == _articles(healthy)


def test_backup_keeps_the_newest_n(healthy, workdir):
    folder = workdir / "backups"
    folder.mkdir()
    for stamp in ("20240101T033000Z", "20240102T033000Z", "20240103T033000Z"):
        (folder / f"news.{stamp}.db").write_bytes(b"old")
    (folder / "notes.txt").write_text("mine")
    result = invoke("backup", "--db", str(healthy), "--to", str(folder), "--keep", "2")
    assert result.exit_code == 0 and "removed 2 older" in result.stdout, result.output
    names = sorted(p.name for p in folder.iterdir())
    assert names[0] == "news.20240103T033000Z.db" and names[2] == "notes.txt" and len(names) == 3


def test_a_backup_taken_while_a_writer_writes_is_consistent(healthy, tmp_path):
    source = tmp_path / "news.db"
    source.write_bytes(healthy.read_bytes())
    started, stop, written = threading.Event(), threading.Event(), []

    def writer() -> None:
        with Archive(source) as archive:
            n = ARTICLES
            while not stop.is_set():
                archive.store_article(page(n))
                written.append(url(n))
                started.set()
                n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert started.wait(30)
        before = len(written)
        backup_archive(source, tmp_path / "copy.db", step_pages=8)
    finally:
        stop.set()
        thread.join(30)
    copied = _articles(tmp_path / "copy.db")
    assert all(n == PARAGRAPHS for _, n in copied)  # no article without its paragraphs
    urls = [u for u, _ in copied]
    assert urls == [url(i) for i in range(ARTICLES)] + written[:len(urls) - ARTICLES]  # a prefix of the commits
    assert len(urls) >= ARTICLES + before


def test_writers_go_on_during_a_backup_and_their_commits_are_not_in_the_copy(healthy, tmp_path):
    source = tmp_path / "news.db"
    source.write_bytes(healthy.read_bytes())
    remaining, during = [], []
    with Archive(source) as writer:
        writer.db.execute("PRAGMA busy_timeout = 0")  # blocked by the backup, a write would fail at once

        def between_steps(status: int, left: int, total: int) -> None:
            remaining.append(left)
            writer.store_article(page(1000 + len(during)))
            during.append(url(1000 + len(during)))

        backup_archive(source, tmp_path / "copy.db", step_pages=8, progress=between_steps)
    assert len(during) > 3 and remaining == sorted(remaining, reverse=True)  # never restarted
    assert [u for u, _ in _articles(tmp_path / "copy.db")] == [url(i) for i in range(ARTICLES)]
    assert len(_articles(source)) == ARTICLES + len(during)


def test_a_failed_backup_leaves_nothing_at_the_target(healthy, tmp_path):
    def fail(*_: int) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        backup_archive(healthy, tmp_path / "copy.db", step_pages=8, progress=fail)
    assert list(tmp_path.iterdir()) == []


def test_a_killed_backup_leaves_nothing_at_the_target(healthy, tmp_path):
    script = ("import os, signal, sys\nfrom archive.backup import backup_archive\n"
              "backup_archive(sys.argv[1], sys.argv[2], step_pages=8,"
              " progress=lambda *_: os.kill(os.getpid(), signal.SIGKILL))\n")
    result = subprocess.run([sys.executable, "-c", script, str(healthy), str(tmp_path / "copy.db")], cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert not (tmp_path / "copy.db").exists()
    assert all(p.name.startswith(".copy.db.") for p in tmp_path.iterdir())  # only the hidden partial copy


def test_backing_up_a_damaged_archive_is_refused(healthy, tmp_path):
    path = damaged_copy(healthy, tmp_path / "news.db", "deep")  # opening passes; the copy's check does not
    with pytest.raises(ArchiveDamaged, match="integrity_check"):
        backup_archive(path, tmp_path / "copy.db")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]


# -- doctor ---------------------------------------------------------------------------------------

def test_doctor_recommends_the_nightly_backup_for_a_healthy_archive(healthy, workdir):
    path = workdir / "news.db"
    path.write_bytes(healthy.read_bytes())
    out = invoke("doctor", "--db", str(path)).stdout
    assert f"ok   archive  {path}: {ARTICLES} articles, schema current" in out
    cron = next(line.strip() for line in out.splitlines() if line.strip().startswith("30 3 * * *"))
    assert cron.endswith(f"backup --db {path} --to {workdir / 'backups'}/ --keep 14"), cron
    assert invoke("backup", "--db", str(path), "--to", str(workdir / "backups") + "/").exit_code == 0
    out = invoke("doctor", "--db", str(path)).stdout
    assert f"ok   backup   newest {workdir / 'backups'}/news." in out and "30 3 * * *" not in out


def test_doctor_on_a_damaged_archive_without_a_backup_suggests_none(healthy, workdir):
    from provnews.doctor import recover_support

    path = damaged_copy(healthy, workdir / "news.db", "pages")
    out = invoke("doctor", "--db", str(path)).stdout
    assert f"(no backup of news.db found beside it or in {workdir / 'backups'})" in out
    assert ".bak" not in out and "cp -p" not in out
    # Debian 12's sqlite3 shell has no sqlite_dbpage table, and its .recover fails: the doctor says
    # so and gives the .dump recipe instead. Whichever it gives is run here, for real.
    assert ("cannot .recover" in out) == (recover_support() is not None)
    if recover_support() is None:
        command = f"sqlite3 {path} .recover > {path}.recover.sql && sqlite3 {path}.recovered.db < {path}.recover.sql"
    else:
        command = (f"sqlite3 {path} .dump | sed 's/^ROLLBACK; -- due to errors$/COMMIT;/'"
                   f" | sqlite3 {path}.recovered.db")
    assert command in out
    if shutil.which("sqlite3"):
        subprocess.run(command, shell=True, check=True, capture_output=True, timeout=60)
        con = sqlite3.connect(f"{path}.recovered.db")
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # what could be read: this damage hit the articles table's root, not every table
        readable = sum(con.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
                       for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                  " AND name NOT LIKE '%fts%'"))
        assert readable > 0
        con.close()


def test_doctor_names_the_newest_backup_and_its_restore_command_works(healthy, workdir):
    path = workdir / "news.db"
    path.write_bytes(healthy.read_bytes())
    (workdir / "news.db.bak-20240101T000000Z").write_bytes(healthy.read_bytes())  # an older migration copy
    assert invoke("backup", "--db", str(path), "--to", str(workdir / "backups") + "/").exit_code == 0
    [newest] = (workdir / "backups").iterdir()
    damaged_copy(healthy, path, "pages")
    result = invoke("doctor", "--db", str(path))
    assert result.exit_code == EXIT_DAMAGED
    assert f"restore the newest backup ({newest.name};" in result.stdout
    [restore] = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("mv ")
                 and "cp -p" in line]
    assert find_backups(path)[0] == newest
    subprocess.run(["bash", "-c", restore], check=True, cwd=workdir)
    assert (workdir / "news.db.damaged").exists()
    out = invoke("doctor", "--db", str(path)).stdout
    assert f"ok   archive  {path}: {ARTICLES} articles, schema current" in out
    assert os.path.getsize(path) == os.path.getsize(newest)


def test_exit_status_65_is_documented():
    assert EXIT_DAMAGED == 65
    run_help = " ".join(invoke("run", "-h").stdout.split())
    assert "65 the archive is damaged" in run_help
    docs = (REPO / "docs" / "operations.md").read_text(encoding="utf-8")
    assert "| 65 | the archive file is damaged" in docs and "## A damaged archive" in docs
    assert "65 (the archive\nfile is damaged" in (REPO / "README.md").read_text(encoding="utf-8")
