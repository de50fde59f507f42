"""kill -9 at random moments of crawl and translation: the next run completes with no duplicate,
no lost article and no half-written row."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import time

from provnews.mirror import truths

from .conftest import FAST, provnews_argv

SITES = ("zj-zh", "gz-zh")


def _check_consistent(db) -> None:
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone() is None:
        # killed after the file was created, before its first migration committed: nothing is
        # archived yet, and the next run migrates the file (each migration is one transaction)
        tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables <= {"_sqlite_migrations"}, tables
        return
    for article_id, body, translated_at in con.execute("SELECT id, body, translated_at FROM articles"):
        texts = [t for (t,) in con.execute("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx",
                                           [article_id])]
        assert "\n".join(texts) == body
        if translated_at is not None:
            units = con.execute("SELECT count(*) FROM translations WHERE article_id = ?", [article_id]).fetchone()[0]
            assert units == len(texts) + 1  # the title and every paragraph
    assert con.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0


def test_kill_at_random_points_then_complete(tmp_path, mirror, installed_models_dir):
    db = tmp_path / "news.db"
    argv = provnews_argv("run", *SITES, "--db", str(db), *FAST,
                         *(a for s in SITES for a in ("--base-url", f"{s}={mirror(s).base_url}")))
    env = {**os.environ, "PROVNEWS_MODELS_DIR": str(installed_models_dir)}
    rng = random.Random(20261127)
    for _ in range(6):
        process = subprocess.Popen(argv, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.8, 4.0))
        process.kill()
        process.wait()
        if db.exists():
            _check_consistent(db)
    final = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
    # 1 when this run met the mirrors' soft 404 and dead link itself, 0 when a killed run already had.
    assert final.returncode in (0, 1), final.stderr
    _check_consistent(db)
    con = sqlite3.connect(db)
    expected = set().union(*(truths(site) for site in SITES))
    rows = [url for (url,) in con.execute("SELECT url FROM articles")]
    assert sorted(rows) == sorted(expected)
    pending = con.execute("SELECT count(*) FROM articles WHERE lang = 'zh' AND translated_at IS NULL").fetchone()[0]
    assert pending == 0
