"""A full `provnews run` over every mirror with the production politeness settings.

    python bench/full_run.py [--throttle-off]

Serves every mirror (all configured sites) on 127.0.0.1, writes a provnews.toml whose only
difference from a production one is `[base_urls]` pointing at the mirrors, and runs
`provnews run --no-translate` twice in a subprocess: no `-s` override, so crawler/settings.py
applies as shipped (one request at a time per host, DOWNLOAD_DELAY 1 s with jitter,
AutoThrottle from 2 s, robots.txt, the per-site time limit). The mirrors answer in about a
millisecond, so the figure is the politeness floor of a run, not the portals' latency.
`--throttle-off` adds the test suite's settings (no delay, no AutoThrottle) for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.siteconfig import load_sites  # noqa: E402
from provnews.mirror import ALL_SITE_NAMES, serve  # noqa: E402

FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"]


def run_once(config: Path, extra: list[str]) -> tuple[float, str]:
    """Seconds the run took, and its summary (stdout: a row per site, then the problems)."""
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "provnews", "run", "--config", str(config), "--no-translate",
                             *extra], cwd=config.parent, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=3600)
    return time.monotonic() - started, result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--throttle-off", action="store_true", help="also run with the tests' no-delay settings")
    args = parser.parse_args()
    configured = load_sites()
    names = [n for n in ALL_SITE_NAMES if n in configured and configured[n].enabled]
    servers = {n: serve(n)[0] for n in names}
    rows = []
    try:
        for label, extra in [("production settings", [])] + ([("throttle off", FAST)] if args.throttle_off else []):
            with tempfile.TemporaryDirectory() as tmp:
                config = Path(tmp) / "provnews.toml"
                urls = "\n".join(f'"{n}" = "{s.base_url}"' for n, s in servers.items())
                config.write_text(f'db = "news.db"\n[base_urls]\n{urls}\n', encoding="utf-8")
                first, out1 = run_once(config, extra)
                second, out2 = run_once(config, extra)
                con = sqlite3.connect(Path(tmp) / "news.db")
                articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                per_site = json.loads(con.execute("SELECT summary FROM runs ORDER BY id LIMIT 1").fetchone()[0])
                con.close()
                slowest = max(per_site["sites"], key=lambda s: s.get("duration_s", 0))
                rows.append((label, len(names), articles, f"{first:.1f}", f"{second:.1f}",
                             f"{slowest['site']} {slowest.get('duration_s', 0):.1f}"))
                print(f"{label}, first run:\n{out1}")
    finally:
        for server in servers.values():
            server.stop()
    header = ("settings", "sites", "articles", "first run s", "second run s", "slowest site s")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
