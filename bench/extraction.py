"""Extraction quality and speed: provnews against trafilatura on the same labelled pages.

Usage:
    python bench/extraction.py PAGES_DIR [PAGES_DIR ...] [--mirrors] [--repeat N]

PAGES_DIR is a folder in the dev-pages layout: `gov/labels.tsv` (file, url, title, published_at,
source) and/or `zh-web/ID.html` with `ID.body.txt` and `ID.date.txt`. `--mirrors` adds the
project's own mirror pages (truth known) from `provnews.mirror`.

Scores: title exact match; date exact match at the precision the label gives (a label with minutes
is compared to the minute, a year-only label by year); body F1 over character bigrams with all
whitespace removed; pages per second over the whole set (best of --repeat runs).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.extract import ExtractionError, extract_page  # noqa: E402

_LABEL_DATE = re.compile(
    r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?)?)?")


@dataclass
class Case:
    set: str
    name: str
    body: bytes
    url: str
    headers: dict[str, str] | None = None
    site: Any = None
    title: str | None = None
    date: str | None = None  # as labelled; None: no usable label
    text: str | None = None
    further: dict[str, bytes] | None = None  # URL -> body of the later pages of a multi-page article


@dataclass
class Result:
    title: str | None
    date: str | None
    text: str


def date_parts(value: str | None) -> tuple[int, ...] | None:
    match = _LABEL_DATE.match(value.strip()) if value else None
    if not match:
        return None
    return tuple(int(g) for g in match.groups() if g is not None)


def date_match(label: str, predicted: str | None) -> bool:
    want, got = date_parts(label), date_parts(predicted)
    return want is not None and got is not None and got[: len(want)] == want


def bigram_f1(truth: str, predicted: str) -> float:
    def grams(text: str) -> Counter:
        text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
        return Counter(text[i: i + 2] for i in range(len(text) - 1))

    a, b = grams(truth), grams(predicted)
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(b.values()), common / sum(a.values())
    return 2 * precision * recall / (precision + recall)


def load_dev_pages(root: Path) -> list[Case]:
    cases = []
    labels = root / "gov" / "labels.tsv"
    if labels.exists():
        with labels.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                cases.append(Case("dev gov", row["file"], (root / "gov" / row["file"]).read_bytes(), row["url"],
                                  title=row["title"], date=row["published_at"] or None))
    for html in sorted((root / "zh-web").glob("*.html")):
        stem = html.name[: -len(".html")]
        date_file, body_file = html.with_name(stem + ".date.txt"), html.with_name(stem + ".body.txt")
        label = date_file.read_text(encoding="utf-8").strip() if date_file.exists() else ""
        cases.append(Case("dev zh-web", stem, html.read_bytes(), f"http://example.invalid/{stem}.html",
                          date=label if date_parts(label) else None,
                          text=body_file.read_text(encoding="utf-8") if body_file.exists() else None))
    return cases


def load_mirrors() -> list[Case]:
    try:
        from provnews import mirror
        from crawler.siteconfig import get_site
    except ImportError as exc:
        print(f"(mirrors skipped: {exc})", file=sys.stderr)
        return []
    cases = []
    for name in mirror.SITE_NAMES:
        site = get_site(name)
        base = site.base_url.rstrip("/")
        pages = mirror.pages(name)
        bodies = {base + p.path: p.body for p in pages}
        for page in pages:
            if page.kind != "article" or not page.truth:
                continue
            truth = page.truth
            cases.append(Case(f"mirror {name}", page.path, page.body, base + page.path,
                              {"Content-Type": page.content_type}, site, title=truth.get("title"),
                              date=truth.get("published_at"), text="\n".join(truth.get("paragraphs") or []),
                              further=bodies))
    return cases


def run_provnews(case: Case) -> Result:
    from crawler.extract import merge_pages

    try:
        page = extract_page(case.body, case.url, case.headers, case.site)
        if page.page_urls and case.further:
            # As the crawl does: fetch the pages the first one announces and join them.
            later = [extract_page(case.further[u], u, case.headers, case.site) for u in page.page_urls if u in case.further]
            page = merge_pages([page, *later])
    except ExtractionError:
        return Result(None, None, "")
    return Result(page.title, page.published_at, "\n".join(p.text for p in page.paragraphs))


def run_trafilatura(case: Case) -> Result:
    import trafilatura

    def one(body: bytes, url: str):
        return trafilatura.bare_extraction(
            body, url=url, favor_precision=True, with_metadata=True, as_dict=False,
            date_extraction_params={"extensive_search": True, "original_date": True,
                                    "outputformat": "%Y-%m-%d %H:%M:%S"})

    doc = one(case.body, case.url)
    if doc is None:
        return Result(None, None, "")
    text = doc.text or ""
    if case.further:
        # trafilatura does not follow pagers: give it the same later pages provnews reads.
        stem = case.url.rsplit(".", 1)[0]
        for url in sorted(u for u in case.further if u.startswith(stem + "_")):
            more = one(case.further[url], url)
            text += "\n" + (more.text or "" if more else "")
    return Result(doc.title, _trim_midnight(doc.date), text)


def _trim_midnight(value: str | None) -> str | None:
    # htmldate pads a date-only find with 00:00:00; keep it a day so it is judged at day precision.
    return value[:10] if value and value.endswith(" 00:00:00") else value


WARM_UP = Case("warm-up", "warm-up", "<html><head><title>预热页面</title></head><body><h1>预热页面</h1><p>这是一段用于加载模块的正文，不参与计分。</p></body></html>".encode(), "http://example.invalid/warm.html")


def _one_pass(fn: Callable[[Case], Result], cases: list[Case], conn) -> None:
    times = []
    for case in cases:
        start = time.perf_counter()
        fn(case)
        times.append(time.perf_counter() - start)
    conn.send(times)
    conn.close()


def timed(fn: Callable[[Case], Result], cases: list[Case], repeat: int,
          warm_up: list[Case]) -> tuple[list[Result], list[float]]:
    """Results, and seconds per page (best of `repeat` passes), each pass in a fresh forked process.

    A fresh process per pass keeps memoized work (htmldate caches its date parsing by content)
    from making a pass over pages already seen look faster than a crawl, which sees each page
    once. Start-up work (imports, compiled selectors and patterns) is done before forking.
    """
    import multiprocessing

    for case in warm_up:
        fn(case)
    context = multiprocessing.get_context("fork")
    best = [float("inf")] * len(cases)
    for _ in range(repeat):
        parent, child = context.Pipe(duplex=False)
        process = context.Process(target=_one_pass, args=(fn, cases, child))
        process.start()
        best = [min(a, b) for a, b in zip(best, parent.recv())]
        process.join()
    results = [fn(c) for c in cases]
    return results, best


def scores(cases: list[Case], results: list[Result]) -> dict[str, tuple[float, int]]:
    titled = [(c, r) for c, r in zip(cases, results) if c.title]
    dated = [(c, r) for c, r in zip(cases, results) if c.date]
    texted = [(c, r) for c, r in zip(cases, results) if c.text]
    out: dict[str, tuple[float, int]] = {}
    if titled:
        out["title exact"] = (sum((r.title or "").strip() == c.title for c, r in titled) / len(titled), len(titled))
    if dated:
        out["date exact"] = (sum(date_match(c.date, r.date) for c, r in dated) / len(dated), len(dated))
    if texted:
        out["body F1"] = (sum(bigram_f1(c.text, r.text) for c, r in texted) / len(texted), len(texted))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="dev-pages style folders")
    parser.add_argument("--mirrors", action="store_true", help="add the project's mirror pages")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    parser.add_argument("--details", action="store_true", help="print each page's fields")
    args = parser.parse_args(argv)
    cases = [c for d in args.dirs for c in load_dev_pages(d)] + (load_mirrors() if args.mirrors else [])
    if not cases:
        parser.error("no pages: pass a dev-pages folder or --mirrors")
    sets = sorted({c.set for c in cases}, key=lambda s: (s.startswith("dev"), s))
    # provnews memoizes nothing by content, so warming it on the pages only compiles its site
    # selectors; trafilatura is warmed on a page of its own so its content caches start empty.
    ours, our_speed = timed(run_provnews, cases, args.repeat, cases)
    theirs, their_speed = timed(run_trafilatura, cases, args.repeat, [WARM_UP])
    print("| set | field | pages | provnews | trafilatura |")
    print("|---|---|---:|---:|---:|")
    groups = [(s, [i for i, c in enumerate(cases) if c.set == s]) for s in sets]
    dev = [i for i, c in enumerate(cases) if c.set.startswith("dev")]
    if dev and len([s for s in sets if s.startswith("dev")]) > 1:
        groups.append(("dev all", dev))
    for name, idx in groups:
        mine = scores([cases[i] for i in idx], [ours[i] for i in idx])
        other = scores([cases[i] for i in idx], [theirs[i] for i in idx])
        for field, (value, n) in mine.items():
            fmt = "{:.3f}" if field == "body F1" else "{:.0%}"
            print(f"| {name} | {field} | {n} | {fmt.format(value)} | {fmt.format(other[field][0])} |")
    speed_groups = [(n, [i for i, c in enumerate(cases) if c.set.split()[0] == n]) for n in ("mirror", "dev")]
    for name, idx in [g for g in speed_groups if g[1]] + [("all", list(range(len(cases))))]:
        mine = len(idx) / sum(our_speed[i] for i in idx)
        other = len(idx) / sum(their_speed[i] for i in idx)
        print(f"| {name} | pages/s | {len(idx)} | {mine:.1f} ({mine / other:.1f}x) | {other:.1f} |")
    if args.details:
        for c, r, t in zip(cases, ours, theirs):
            f1 = f"{bigram_f1(c.text, r.text):.3f}/{bigram_f1(c.text, t.text):.3f}" if c.text else "-"
            ok = "ok" if c.date and date_match(c.date, r.date) else ("--" if c.date else "  ")
            print(f"{c.set:12} {c.name[:24]:24} {ok} date={r.date} ({c.date}) tf={t.date} f1={f1} title={r.title!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
