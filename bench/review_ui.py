"""Review UI page latency on a large archive, with the review-queue index and without it.

    python bench/review_ui.py --db PATH [--articles 100000] [--repeat 5]

Fills PATH (a new file) with synthetic articles of ~700 characters: 80% of the Chinese ones
translated, 70% of those reviewed, spread over 12 sites and ten years. Then serves the app
in-process and prints the median time of each page, first with migration 0004's indexes
(articles_review_queue, articles_lang_published), then after replacing them by what the
planner picked before that migration (the alternative: a plain (lang, translated_at) index, under
the queue index's name so the queue's INDEXED BY still resolves). Delete the file after the run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

from archive import Archive, transaction

PAGES = [
    "/", "/?site=s3", "/?since=2020-01-01&until=2020-01-31", "/?lang=en&page=50",
    "/queue", "/queue?site=s5", "/articles/{mid}", "/?q=乡村振兴", "/?q=会议",
]
BODY = "浙江省召开乡村振兴工作会议，会议强调要坚定不移推进高质量发展。" * 24


def fill(path: Path, n: int) -> None:
    rnd = random.Random(1)
    with Archive(path) as archive, transaction(archive.db):
        rows = []
        for i in range(n):
            date = f"20{rnd.randint(15, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            lang = "en" if i % 5 == 0 else "zh"
            translated = lang == "zh" and rnd.random() < 0.8
            reviewed = translated and rnd.random() < 0.7
            rows.append((f"https://example.gov.cn/art/{i}.html", f"s{i % 12}", lang, f"标题 {i} 会议", date,
                         BODY[: 650 + i % 100], f"h{i}", date, date, date,
                         "Title" if translated else None, "Body" if translated else None,
                         date if translated else None, "bench" if reviewed else None, date if reviewed else None))
        archive.db.conn.executemany(
            "INSERT INTO articles (url, site, lang, title, published_at, body, content_hash, first_seen_at,"
            " changed_at, fetched_at, title_translation, body_translation, translated_at, reviewed_by, reviewed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def time_pages(path: Path, n: int, repeat: int) -> dict[str, float]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from provnews.web import create_app

    client = TestClient(create_app(path, read_only=True), base_url="http://127.0.0.1")
    out = {}
    for page in PAGES:
        url = page.format(mid=n // 2)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        out[page] = statistics.median(times)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="new archive file to fill")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.db.exists():
        sys.exit(f"Error: {args.db} exists: give a new path (the benchmark drops indexes in it)")
    start = time.perf_counter()
    fill(args.db, args.articles)
    print(f"filled {args.articles:,} articles in {time.perf_counter() - start:.1f} s")
    with_index = time_pages(args.db, args.articles, args.repeat)
    with Archive(args.db) as archive:
        # Without the partial index the queue's INDEXED BY cannot work: time the planner's choice.
        archive.db.execute("DROP INDEX articles_review_queue")
        archive.db.execute("DROP INDEX articles_lang_published")
        archive.db.execute("CREATE INDEX articles_review_queue ON articles (lang, translated_at)")
    without = time_pages(args.db, args.articles, args.repeat)
    print(f"\n{'page':42} {'with 0004 (ms)':>15} {'without (ms)':>13}")
    for page in PAGES:
        print(f"{page:42} {with_index[page]:15.1f} {without[page]:13.1f}")


if __name__ == "__main__":
    main()
