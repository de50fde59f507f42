"""The crawl of one host group on a worker host, in a process of its own (`python -m provnews.scale.crawl_child DIR`).

Scrapy's reactor runs once per process, and a worker process takes many tasks; so each crawl
task runs `provnews.crawling.run_crawl` here, without the archive: the spiders read the writer's
snapshot from DIR and leave their items and walks there (`crawler.state`), and this process
writes Scrapy's stats of each site to DIR/stats.json.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

__all__ = ["main", "SPEC", "STATS"]

SPEC = "spec.json"
STATS = "stats.json"


def main(directory: str) -> int:
    from provnews.crawling import run_crawl

    folder = Path(directory)
    spec = json.loads((folder / SPEC).read_text(encoding="utf-8"))
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    settings = {**spec["settings"], "PROVNEWS_REMOTE_DIR": str(folder), "PROVNEWS_PROGRESS": False,
                "ITEM_PIPELINES": {"crawler.pipelines.CollectPipeline": 300},
                "LOG_INSTALL_ROOT_HANDLER": False, "LOG_LEVEL": "WARNING"}
    stats = run_crawl(spec["sites"], None, base_urls=spec["base_urls"], max_pages=spec["max_pages"],
                      since=spec["since"], settings=settings, raw_stats=True)
    (folder / STATS).write_text(json.dumps(stats, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
