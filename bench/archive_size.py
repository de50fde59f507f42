"""What keeping raw pages costs, and how fast the archive re-extracts from them.

    python bench/archive_size.py --pages-dir DIR [--articles 1000] [--jobs N]
    python bench/archive_size.py --mirror [--articles 1000]

Pages come from a folder of saved article pages (*.html, e.g. the team's dev pages) or from the
project's mirrors (`provnews.mirror.pages`). Each of `--articles` articles is one of those pages
with a unique marker added, so no two bodies deduplicate: the figures are those of an archive
of that many distinct articles, each stored like a crawl stores it (extracted article + raw page).

Prints three tables:
1. codecs: compressed size and speed of the pages under gzip and zstd levels (the alternatives);
2. archive size per 1,000 articles, without and with raw pages (SQLite file after VACUUM);
3. reparse pages/s in-process and with worker processes, and the time that projects for 100,000,
   beside extraction alone (the floor: what reparse adds is reading, comparing and storing).
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import zstandard

from archive import Archive
from archive.raw import ZSTD_LEVEL
from crawler.extract import ExtractionError, extract_page
from crawler.siteconfig import load_sites
from provnews.reparse import reparse

HEADERS = {"Content-Type": "text/html"}


def pages_from_dir(directory: Path, site: str) -> list[tuple[str, str, bytes]]:
    files = sorted(directory.rglob("*.html"))
    return [(site, f"https://www.zj.gov.cn/art/bench/{f.stem}.html", f.read_bytes()) for f in files]


def pages_from_mirror() -> list[tuple[str, str, bytes]]:
    from provnews import mirror

    return [(name, page.truth["url"], page.body)
            for name in mirror.SITE_NAMES for page in mirror.pages(name) if page.kind == "article"]


def extractable(pages: list[tuple[str, str, bytes]]) -> list[tuple[str, str, bytes, dict]]:
    """Keep the pages that extract as articles (what a crawl would have stored)."""
    kept, sites = [], load_sites()
    for site, url, body in pages:
        try:
            kept.append((site, url, body, extract_page(body, url, HEADERS, sites[site]).to_dict()))
        except ExtractionError:
            pass
    return kept


def codec_table(bodies: list[bytes]) -> None:
    total = sum(len(b) for b in bodies)
    codecs = [("gzip -6", lambda b: gzip.compress(b, 6))]
    codecs += [(f"zstd -{lvl}", zstandard.ZstdCompressor(level=lvl).compress) for lvl in (3, ZSTD_LEVEL, 19)]
    print(f"\n{len(bodies)} distinct pages, {total / len(bodies) / 1024:.1f} KiB on average")
    print(f"{'codec':<10} {'ratio':>6} {'KiB/page':>9} {'compress MB/s':>14}")
    for name, fn in codecs:
        started = time.perf_counter()
        size = sum(len(fn(b)) for b in bodies)
        seconds = time.perf_counter() - started
        mark = "  <- used" if name == f"zstd -{ZSTD_LEVEL}" else ""
        print(f"{name:<10} {total / size:6.2f} {size / len(bodies) / 1024:9.1f} {total / seconds / 1e6:14.1f}{mark}")


def build(path: Path, pages: list[tuple[str, str, bytes, dict]], n: int, keep_raw: bool) -> float:
    started = time.perf_counter()
    with Archive(path) as archive:
        for i in range(n):
            site, url, body, page = pages[i % len(pages)]
            unique_url = f"{url}?bench={i}"
            # A distinct body per article (as on a real site), so nothing deduplicates away.
            unique_body = body + f"<!-- bench article {i} -->".encode()
            record = dict(page, url=unique_url)
            raw = [{"url": unique_url, "status": 200, "headers": HEADERS, "body": unique_body,
                    "fetched_at": "2024-05-01T00:00:00+00:00", "page_no": 1}] if keep_raw else None
            archive.store_article(record, raw_pages=raw)
        archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        archive.db.execute("VACUUM")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--pages-dir", type=Path, help="folder of saved article pages (*.html, searched recursively)")
    source.add_argument("--mirror", action="store_true", help="use the article pages of the project's mirrors")
    parser.add_argument("--site", default="zj-zh", help="site config applied to --pages-dir pages")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    raw_pages = pages_from_mirror() if args.mirror else pages_from_dir(args.pages_dir, args.site)
    pages = extractable(raw_pages)
    if not pages:
        sys.exit("no page extracted as an article: point --pages-dir at saved article pages")
    codec_table([body for _, _, body, _ in pages])

    print(f"\narchive of {args.articles} articles ({len(pages)} distinct source pages)")
    print(f"{'archive':<18} {'MiB':>8} {'MiB per 1,000':>14} {'store s':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        sizes = {}
        for label, keep in (("without raw pages", False), ("with raw pages", True)):
            path = Path(tmp) / f"{keep}.db"
            seconds = build(path, pages, args.articles, keep)
            sizes[keep] = path.stat().st_size
            print(f"{label:<18} {sizes[keep] / 2**20:8.1f} {sizes[keep] / 2**20 * 1000 / args.articles:14.1f} {seconds:8.1f}")
        print(f"raw pages add {(sizes[True] - sizes[False]) / args.articles / 1024:.1f} KiB per article")

        print(f"\nreparse of {args.articles} stored pages (every page is extracted and compared)")
        print(f"{'mode':<14} {'wall s':>7} {'pages/s':>8} {'CPU ms/page':>12} {'100,000 pages':>14}")
        sites = load_sites()

        def extract_only() -> None:  # the floor: extraction alone, no archive reads or writes
            for i in range(args.articles):
                site, url, body, _ = pages[i % len(pages)]
                extract_page(body, url, HEADERS, sites[site])

        runs = [("extract only", extract_only)]
        archive = Archive(Path(tmp) / "True.db")
        for label, jobs in (("in-process", 1), (f"{args.jobs} processes", args.jobs)):
            def run(jobs: int = jobs) -> None:
                report = reparse(archive, jobs=jobs)
                assert report.failed == [] and report.pages == args.articles, report.failed[:3]
            runs.append((label, run))
        for label, fn in runs:
            wall, cpu = timed(fn)
            print(f"{label:<14} {wall:7.1f} {args.articles / wall:8.0f} {cpu / args.articles * 1000:12.1f}"
                  f" {100_000 / (args.articles / wall) / 60:10.1f} min")
        archive.close()
        print("(CPU ms/page counts worker processes too; wall time depends on the machine's other load:"
              f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")


def timed(fn) -> tuple[float, float]:  # noqa: ANN001
    """Wall and CPU seconds of fn(), CPU including child processes that ended meanwhile."""
    def cpu() -> float:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime

    wall0, cpu0 = time.perf_counter(), cpu()
    fn()
    return time.perf_counter() - wall0, cpu() - cpu0

if __name__ == "__main__":
    main()
