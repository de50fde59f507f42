import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from archive import Archive
from provnews.cli import cli

from .articles import BOILERPLATE, fill

ROOT = Path(__file__).resolve().parents[2]


def pending(path) -> int:
    with Archive(path) as archive:
        return archive.db.execute("SELECT count(*) FROM articles WHERE lang = 'zh' AND translated_at IS NULL").fetchone()[0]


def test_translate_command_reports_and_a_rerun_does_nothing(archive_path, models_env):
    first = CliRunner().invoke(cli, ["translate", "--db", str(archive_path)])
    assert first.exit_code == 0, first.output
    assert "translated 3 articles" in first.output and "argos/translate-zh_en@0.0.1" in first.output
    again = CliRunner().invoke(cli, ["translate", "--db", str(archive_path), "--beam-size", "1", "--batch-size", "4"])
    assert again.exit_code == 0 and "translated 0 articles: 0 sentences" in again.output
    assert pending(archive_path) == 0


def test_without_a_model_one_line_says_how_to_install_and_articles_stay_pending(archive_path, tmp_path):
    result = CliRunner().invoke(cli, ["translate", "--db", str(archive_path)],
                                env={"PROVNEWS_MODELS_DIR": str(tmp_path / "none")})
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert result.output.startswith("Error: no zh→en translation model")
    assert "provnews models install" in result.output and "--file" in result.output
    assert pending(archive_path) == 3


def test_a_missing_archive_is_an_error_not_a_new_file(tmp_path, models_env):
    result = CliRunner().invoke(cli, ["translate", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1 and "no archive at" in result.output
    assert not (tmp_path / "nope.db").exists()


def _many_articles(path) -> None:
    articles = [(f"第{i}号通知", [f"第{i}项工作已经部署完毕。各地要认真落实第{i}项要求！", f"联系人{i}号。", BOILERPLATE])
                for i in range(16)]
    fill(path, zh=articles, en=())


def test_killed_mid_run_a_rerun_completes_and_nothing_is_half_marked(tmp_path, installed_models_dir):
    db = tmp_path / "news.db"
    _many_articles(db)
    env = {**os.environ, "PROVNEWS_MODELS_DIR": str(installed_models_dir)}
    command = [sys.executable, "-m", "provnews", "translate", "--db", str(db), "--chunk-sentences", "6", "--beam-size", "1"]
    blocker = sqlite3.connect(db, isolation_level=None, timeout=60)
    child = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        for line in child.stderr:  # plain log lines: stderr is not a terminal
            if "committed" in line:
                # Hold the write lock: the child's next commit now waits, so it cannot finish
                # before the kill however fast it runs.
                blocker.execute("BEGIN IMMEDIATE")
                break
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
        if blocker.in_transaction:
            blocker.execute("ROLLBACK")
        blocker.close()
    assert child.returncode == -signal.SIGKILL
    left = pending(db)
    assert 0 < left < 16
    with Archive(db) as archive:
        # Every article marked translated has a translation of every unit's current text.
        incomplete = archive.db.execute("""
            SELECT a.id FROM articles a
            WHERE a.translated_at IS NOT NULL AND (
                NOT EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id AND t.idx = -1)
                OR EXISTS (SELECT 1 FROM paragraphs p LEFT JOIN translations t
                           ON t.article_id = p.article_id AND t.idx = p.idx AND t.source_hash = p.text_hash
                           WHERE p.article_id = a.id AND t.idx IS NULL))
        """).fetchall()
        assert incomplete == []
    rerun = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"translated {left} articles" in rerun.stdout
    assert pending(db) == 0


def test_a_damaged_model_is_one_error_line_and_articles_stay_pending(archive_path, installed_models_dir, tmp_path):
    models = tmp_path / "models"
    shutil.copytree(installed_models_dir, models)
    (models / "translate-zh_en-0_0_1" / "model" / "model.bin").write_bytes(b"\0" * 100)
    result = CliRunner().invoke(cli, ["translate", "--db", str(archive_path)], env={"PROVNEWS_MODELS_DIR": str(models)})
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(lines) == 1 and "cannot load" in lines[0] and "reinstall" in lines[0]
    assert pending(archive_path) == 3
