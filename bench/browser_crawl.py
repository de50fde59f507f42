"""What the browser costs: a `browser-once` crawl of a mirror behind a JavaScript challenge, side
by side with a plain crawl of the same mirror without the challenge (and a `browser` crawl,
every page in Chromium), through the real CLI.

    python bench/browser_crawl.py --articles 60 --cookie-uses 20

The mirror is gz-zh (TRS) grown to N articles (tests/support/challenge.py), served on 127.0.0.1
from this process. Throttling is off, so pages/s is what the machinery sustains, not what a polite
crawl of a real portal does (that is bounded by DOWNLOAD_DELAY / AutoThrottle long before).
Peak memory is the largest sum of proportional set size (PSS: shared pages split between the
processes that share them, so Chromium's many processes are not counted several times) over the
crawl process and all its children (the Playwright driver, Chromium), sampled every 50 ms from
/proc (Linux).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.challenge import serve_challenge  # noqa: E402

MODES = {  # name: (fetch keys of the site file, challenge in front of the mirror)
    "plain": ('fetch = "plain"', False),
    "browser-once": ('fetch = "browser-once"', True),
    "browser": ('fetch = "browser"', True),
}


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _tree_pss_kb(root: int) -> int:
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def site_file(folder: Path, name: str, keys: str) -> None:
    text = (ROOT / "crawler" / "sites" / "gz-zh.toml").read_text(encoding="utf-8")
    (folder / f"{name}.toml").write_text(text.replace('name = "gz-zh"', f'name = "{name}"\n{keys}'), encoding="utf-8")


def crawl(mode: str, articles: int, cookie_uses: int) -> dict:
    keys, challenge = MODES[mode]
    server = serve_challenge("gz-zh", extra_articles=articles, challenge=challenge, cookie_uses=cookie_uses)
    name = f"bench-{mode}-zh"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            site_file(Path(tmp), name, keys)
            env = {**os.environ, "PROVNEWS_SITES_DIR": tmp, "PYTHONPATH": str(ROOT)}
            command = [sys.executable, "-m", "provnews", "crawl", name, "--db", str(Path(tmp) / "b.db"),
                       "--base-url", server.base_url, "--json", "-s", "AUTOTHROTTLE_ENABLED=0",
                       "-s", "DOWNLOAD_DELAY=0"]
            began = time.perf_counter()
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       text=True)
            peak = [0]

            def sample() -> None:
                while process.poll() is None:
                    peak[0] = max(peak[0], _tree_pss_kb(process.pid))
                    time.sleep(0.05)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            out, err = process.communicate(timeout=900)
            wall = time.perf_counter() - began
            sampler.join()
            if process.returncode not in (0, 1):
                raise SystemExit(f"{mode}: crawl failed ({process.returncode}): {err[-2000:]}")
            stats = json.loads(out)[name]
    finally:
        server.stop()
    pages = stats["new"]
    return {"mode": mode, "articles": pages, "browser_pages": stats["browser_pages"], "wall_s": wall,
            "crawl_s": stats["duration_s"], "pages_per_s": pages / stats["duration_s"] if stats["duration_s"] else 0.0,
            "peak_mb": peak[0] / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60, help="articles added to the mirror's own")
    parser.add_argument("--cookie-uses", type=int, default=20, help="requests one challenge cookie is good for")
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=list(MODES))
    args = parser.parse_args()
    rows = [crawl(mode, args.articles, args.cookie_uses) for mode in args.modes]
    header = f"{'mode':13} {'articles':>8} {'browser pages':>13} {'crawl s':>8} {'wall s':>7} {'pages/s':>8} {'peak MB':>8}"
    print(header)
    for r in rows:
        print(f"{r['mode']:13} {r['articles']:8d} {r['browser_pages']:13d} {r['crawl_s']:8.2f} {r['wall_s']:7.2f}"
              f" {r['pages_per_s']:8.2f} {r['peak_mb']:8.0f}")
    print(f"(cookie good for {args.cookie_uses} requests; throttling off; peak = PSS of the crawl process + children)")


if __name__ == "__main__":
    main()
