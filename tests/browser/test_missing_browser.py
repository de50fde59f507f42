"""A browser site on a machine without Chromium: skipped in one line naming the fix, exit 1;
`provnews doctor` says the same before any run."""

from __future__ import annotations

import subprocess
import sys

from tests.fixtures.mirror import REPO, crawl_stats
from tests.support.challenge import serve_challenge

from .conftest import failures

NOWHERE = "/nonexistent/chromium"


def test_a_browser_site_without_a_browser_is_skipped_with_the_fix(crawl_cli, browser_sites_env, tmp_path):
    server = serve_challenge("gz-zh", challenge=True)
    try:
        db = tmp_path / "news.db"
        result = crawl_cli("waf-zh", "--db", str(db), "--base-url", server.base_url, "--json",
                           "-s", f"PROVNEWS_BROWSER={NOWHERE}", env=browser_sites_env)
        assert server.requests == []  # nothing was fetched, not even robots.txt
    finally:
        server.stop()
    assert result.returncode == 1
    skipped = crawl_stats(result)["waf-zh"]["skipped"]
    assert skipped.startswith(f"browser missing: no Chromium at {NOWHERE} (setting PROVNEWS_BROWSER)")
    assert "apt-get install chromium" in skipped and "PROVNEWS_BROWSER" in skipped
    last = result.stderr.strip().splitlines()[-1]
    assert last == f"Error: waf-zh: skipped: {skipped}"
    assert "Traceback" not in result.stderr and failures(db) == []


def _doctor(env, tmp_path):
    return subprocess.run([sys.executable, "-m", "provnews", "doctor", "--db", str(tmp_path / "n.db")],
                          cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**env, "PROVNEWS_MODELS_DIR": str(tmp_path)})


def test_doctor_names_the_missing_browser_and_the_fix(browser_sites_env, tmp_path):
    result = _doctor({**browser_sites_env, "PROVNEWS_BROWSER": NOWHERE}, tmp_path)
    lines = result.stdout.splitlines()
    fail = next(i for i, line in enumerate(lines) if line.startswith("FAIL browser"))
    assert "shell-zh" in lines[fail] and "waf-zh" in lines[fail]
    assert "fix: apt-get install chromium" in lines[fail + 1] and result.returncode == 1


def test_doctor_finds_the_system_chromium(chromium, browser_sites_env, tmp_path):
    ok = [line for line in _doctor(browser_sites_env, tmp_path).stdout.splitlines() if line.startswith("ok   browser")]
    assert len(ok) == 1 and str(chromium) in ok[0]
