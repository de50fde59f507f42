"""Crawl throughput on one machine: pages/s from a local mirror, through the real CLI.

    python bench/crawl.py --articles 300 --concurrency 1 4 16

The mirror is the project's gz-zh (TRS) mirror grown to N synthetic articles, served on
127.0.0.1 from this process; each crawl runs `provnews crawl` in a subprocess into a fresh
archive with throttling off, so the figure is what the crawler itself sustains (fetch, extract,
write the archive), side by side with and without raw pages kept. Mirror and crawler share the
machine's cores: a real crawl is bounded by the portals' politeness limits long before this.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.mirror import serve  # noqa: E402


def grow(server, count: int) -> None:
    """Add `count` articles shaped like the mirror's own (dates spread over past months)."""
    templates = [a for a in server.mirror.data["articles"] if "paragraphs" in a]
    for i in range(count):
        model = templates[i % len(templates)]
        month, day = 1 + (i // 28) % 10, 1 + i % 28
        server.mirror.add_article({
            **model,
            "id": str(70_000_000 + i),
            "date": f"2026-{month:02d}-{day:02d} {8 + i % 10:02d}:{i % 60:02d}:00",
            "title": f"{model['title']}（{i}）",
            "paragraphs": [f"{p}（第{i}篇）" for p in model["paragraphs"]],
        })


def crawl(base_url: str, concurrency: int, keep_raw: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        command = [sys.executable, "-m", "provnews", "crawl", "gz-zh", "--db", str(db), "--base-url", base_url,
                   "--json", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
                   "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}", "-s", f"CONCURRENT_REQUESTS={concurrency}",
                   "-s", f"PROVNEWS_KEEP_RAW={int(keep_raw)}"]
        began = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - began
        if result.returncode not in (0, 1):
            raise SystemExit(f"crawl failed: {result.stderr.strip().splitlines()[-1]}")
        stats = json.loads(result.stdout)["gz-zh"]
        stats["wall_s"] = wall
        stats["db_mb"] = db.stat().st_size / 1e6
        return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    args = parser.parse_args()
    server, base_url = serve("gz-zh")
    grow(server, args.articles)
    print(f"gz-zh mirror with {len(server.mirror.data['articles'])} articles at {base_url}\n")
    print(f"{'concurrency':>11} {'raw kept':>8} {'pages':>6} {'crawl s':>8} {'pages/s':>8} {'new':>5} {'archive MB':>10}")
    try:
        for concurrency in args.concurrency:
            for keep_raw in (True, False):
                s = crawl(base_url, concurrency, keep_raw)
                pages = s["list_pages"] + s["article_requests"]
                # duration_s is the crawl itself; wall_s adds interpreter and Scrapy start-up.
                print(f"{concurrency:>11} {'yes' if keep_raw else 'no':>8} {pages:>6} {s['duration_s']:>8.1f}"
                      f" {pages / s['duration_s']:>8.1f} {s['new']:>5} {s['db_mb']:>10.1f}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
