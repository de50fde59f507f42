"""Extraction quality and speed: provnews, trafilatura and GNE on the same labelled pages, one run.

Usage:
    python bench/extraction.py DEV_DIR [DEV_DIR ...] [--blind DIR] [--gov DIR] [--mirrors] [--repeat N] [--details]

DEV_DIR is a folder in the dev-pages layout: `gov/labels.tsv` (file, url, title, published_at,
source) and/or `zh-web/ID.html` with `ID.body.txt` and `ID.date.txt`. `--blind DIR` adds a set
the rules were not written on (bench/blind: its README gives the layout), reported apart: read
its figures, never its pages, when changing rules. `--gov DIR` adds real saved pages of
government sites (bench/data/gov-pages: `labels.json` in bench/blind's format, `manifest.json`
with each page's source and split), reported as `dev gov-pages` and `blind gov-pages`: the split
is by site, fixed by a hash of the host before any extraction result was seen (its README);
`--misses` lists provnews' misses on the dev half by class. `--mirrors` adds the project's own
mirror pages (truth known) from `provnews.mirror`.

Scores, per set: title exact match; date right to the day (labels that give a day); date right
at the page's own precision (a minute label to the minute, a month label as a month: a more or
less precise answer is wrong); body F1 over character bigrams, NFKC-folded, whitespace removed;
pages lost (no article at all from a page that is one); pages per second in process (best of
--repeat runs, each in a fresh process).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scoring import bigram_f1  # noqa: E402  (bench/scoring.py, shared with bench/blind/compare_labels.py)

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
    is_article: bool = True  # False: a soft 404 or a list page, which must not come out as an article


@dataclass
class Result:
    title: str | None
    date: str | None
    text: str
    lost: bool = False  # no article came out of the page at all


def date_parts(value: str | None) -> tuple[int, ...] | None:
    match = _LABEL_DATE.match(value.strip()) if value else None
    if not match:
        return None
    return tuple(int(g) for g in match.groups() if g is not None)


def date_match(label: str, predicted: str | None) -> bool:
    """Right at the label's precision, and no less precise (the old 'date exact')."""
    want, got = date_parts(label), date_parts(predicted)
    return want is not None and got is not None and got[: len(want)] == want


def day_match(label: str, predicted: str | None) -> bool | None:
    """Right to the day; None when the label gives no day."""
    want, got = date_parts(label), date_parts(predicted)
    if want is None or len(want) < 3:
        return None
    return got is not None and got[:3] == want[:3]


def precision_match(label: str, predicted: str | None) -> bool:
    """Right at exactly the page's precision: '1998-03' for a month label, to the minute for a
    minute label (zero seconds written by an ISO datetime are not extra precision)."""
    want, got = date_parts(label), date_parts(predicted)
    if want is None or got is None:
        return False
    if len(got) == 6 and len(want) == 5 and got[5] == 0:
        got = got[:5]
    if len(want) == 6 and want[5] == 0 and len(got) == 5:
        want = want[:5]
    return got == want


def _precision(value: str | None) -> str:
    parts = date_parts(value) or ()
    if len(parts) == 6 and parts[5] == 0 and "T" in (value or "") and "+" in (value or ""):
        parts = parts[:5]  # an ISO datetime's zero seconds
    return ("none", "year", "month", "day", "hour", "minute", "second")[len(parts)]


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
        from crawler.siteconfig import get_site
        from provnews import mirror
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
        return Result(None, None, "", lost=True)
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
        return Result(None, None, "", lost=True)
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


def run_gne(case: Case) -> Result:
    from gne import GeneralNewsExtractor

    from crawler.extract.decode import decode

    try:
        # GNE takes text: give it the same decoding provnews uses, so only extraction is compared.
        found = GeneralNewsExtractor().extract(decode(case.body, case.headers).text)
    except Exception:  # noqa: BLE001 - GNE raises on pages it cannot read; that is a lost page
        return Result(None, None, "", lost=True)
    date = found.get("publish_time") or None
    return Result(found.get("title"), _trim_midnight(date), found.get("content") or "")


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
    daily = [(c, r) for c, r in dated if day_match(c.date, r.date) is not None]
    texted = [(c, r) for c, r in zip(cases, results) if c.text]
    articles = [r for c, r in zip(cases, results) if c.is_article]
    others = [r for c, r in zip(cases, results) if not c.is_article]
    out: dict[str, tuple[float, int]] = {}
    if titled:
        out["title exact"] = (sum((r.title or "").strip() == c.title for c, r in titled) / len(titled), len(titled))
    if daily:
        out["date to the day"] = (sum(bool(day_match(c.date, r.date)) for c, r in daily) / len(daily), len(daily))
    if dated:
        out["date at precision"] = (sum(precision_match(c.date, r.date) for c, r in dated) / len(dated), len(dated))
    if texted:
        out["body F1"] = (sum(bigram_f1(c.text, r.text) for c, r in texted) / len(texted), len(texted))
    out["pages lost"] = (sum(r.lost for r in articles), len(articles))
    if others:
        out["non-articles refused"] = (sum(r.lost for r in others) / len(others), len(others))
    return out


def load_set(root: Path, name: str) -> list[Case]:
    """A labelled folder as one set: the dev-pages layout, or bench/blind's (`labels.json`: a list
    of {file, url, is_article, title, published_at, body, ...} for the files under `pages/`)."""
    cases = load_dev_pages(root)
    labels = root / "labels.json"
    if labels.exists():
        for row in json.loads(labels.read_text(encoding="utf-8")):
            cases.append(Case(name, row["file"], (root / "pages" / row["file"]).read_bytes(),
                              row.get("url") or f"http://example.invalid/{row['file']}",
                              title=row.get("title") or None,
                              date=row["published_at"] if date_parts(row.get("published_at")) else None,
                              text=row.get("body") or None, is_article=row.get("is_article", True)))
    for case in cases:
        case.set = name if not case.set.startswith("dev ") or name != "dev" else case.set
    return cases


def load_gov_pages(root: Path) -> list[Case]:
    """Real saved government pages, each in the set its manifest entry names (`dev` or `blind`).

    The split is by site: a page's `split` is fixed by a hash of its host (`gov_split`), so all
    pages of one site sit on the same side and the blind side stays blind to rule writers.
    """
    manifest = {row["file"]: row for row in json.loads((root / "manifest.json").read_text(encoding="utf-8"))}
    cases = []
    for row in json.loads((root / "labels.json").read_text(encoding="utf-8")):
        split = manifest[row["file"]]["split"]
        cases.append(Case(f"{split} gov-pages", row["file"], (root / "pages" / row["file"]).read_bytes(),
                          row["url"], title=row.get("title") or None,
                          date=row["published_at"] if date_parts(row.get("published_at")) else None,
                          text=row.get("body") or None, is_article=row.get("is_article", True)))
    return cases


def gov_split(host: str) -> str:
    """`dev` or `blind` for a site: the first byte of SHA-256 of its lower-case host, even or odd."""
    import hashlib

    return "dev" if hashlib.sha256(host.lower().encode("utf-8")).digest()[0] % 2 == 0 else "blind"


def print_misses(pairs: list[tuple[Case, Result]], body_floor: float = 0.95) -> None:
    """provnews' misses by class, for the lead to assign: a title not exact, a date not right at
    the page's precision, a body under `body_floor` F1. Dev pages only (never a blind page)."""
    classes: dict[str, list[str]] = {"title": [], "date": [], "body": []}
    for c, r in pairs:
        if c.title and (r.title or "").strip() != c.title:
            classes["title"].append(f"{c.name}: got {r.title!r}, want {c.title!r}")
        if c.date and not precision_match(c.date, r.date):
            classes["date"].append(f"{c.name}: got {r.date}, want {c.date}")
        if c.text and (f1 := bigram_f1(c.text, r.text)) < body_floor:
            classes["body"].append(f"{c.name}: F1 {f1:.3f}")
    for name, lines in classes.items():
        print(f"\nmisses: {name} ({len(lines)} of {len(pairs)})")
        for line in lines:
            print(f"  {line}")


TOOLS = (("provnews", run_provnews), ("trafilatura", run_trafilatura), ("GNE", run_gne))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="dev-pages style folders (the dev split)")
    parser.add_argument("--blind", type=Path, action="append", default=[], help="a blind labelled folder")
    parser.add_argument("--gov", type=Path, action="append", default=[],
                        help="real government pages with a manifest (bench/data/gov-pages), split dev/blind")
    parser.add_argument("--mirrors", action="store_true", help="add the project's mirror pages")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    parser.add_argument("--details", action="store_true", help="print each page's fields")
    parser.add_argument("--misses", action="store_true",
                        help="list provnews' misses on the dev gov-pages by class (title, date, body)")
    args = parser.parse_args(argv)
    cases = [c for d in args.dirs for c in load_set(d, "dev")] + [c for d in args.blind for c in load_set(d, "blind")]
    cases += [c for d in args.gov for c in load_gov_pages(d)]
    cases += load_mirrors() if args.mirrors else []
    if not cases:
        parser.error("no pages: pass a dev-pages folder, --blind, --gov or --mirrors")
    sets = sorted({c.set for c in cases}, key=lambda s: (s.startswith("dev"), s.startswith("blind"), s))
    runs = {}
    for name, fn in TOOLS:
        # provnews memoizes nothing by content, so warming it on the pages only compiles its site
        # selectors; the others are warmed on a page of their own so their content caches start empty.
        runs[name] = timed(fn, cases, args.repeat, cases if name == "provnews" else [WARM_UP])
    print("| set | measure | pages | " + " | ".join(name for name, _ in TOOLS) + " |")
    print("|---|---|---:|" + "---:|" * len(TOOLS))
    groups = [(s, [i for i, c in enumerate(cases) if c.set == s]) for s in sets]
    dev = [i for i, c in enumerate(cases) if c.set.startswith("dev")]
    if dev and len([s for s in sets if s.startswith("dev")]) > 1:
        groups.insert([g[0] for g in groups].index(next(s for s in sets if s.startswith("dev"))), ("dev all", dev))
    for name, idx in groups:
        table = {tool: scores([cases[i] for i in idx], [runs[tool][0][i] for i in idx]) for tool, _ in TOOLS}
        for field, (_, n) in table["provnews"].items():
            fmt = "{:.3f}" if field == "body F1" else ("{:.0f}" if field == "pages lost" else "{:.0%}")
            if field not in table["trafilatura"]:
                continue
            cells = " | ".join(fmt.format(table[tool][field][0]) for tool, _ in TOOLS)
            print(f"| {name} | {field} | {n} | {cells} |")
    speed_groups = [(n, [i for i, c in enumerate(cases) if c.set.split()[0] == n]) for n in ("mirror", "dev", "blind")]
    for name, idx in [g for g in speed_groups if g[1]] + [("all", list(range(len(cases))))]:
        rates = {tool: len(idx) / sum(runs[tool][1][i] for i in idx) for tool, _ in TOOLS}
        ratio = rates["provnews"] / rates["trafilatura"]
        cells = " | ".join(f"{rates[t]:.1f}" + (f" ({ratio:.1f}x trafilatura)" if t == "provnews" else "") for t, _ in TOOLS)
        print(f"| {name} | pages/s | {len(idx)} | {cells} |")
    # Where the day is right but the precision is not: label precision -> given precision, per
    # set (counts only, so a blind set can be read this way without looking at its pages).
    for name, idx in groups:
        shifts = Counter()
        for i in idx:
            c, r = cases[i], runs["provnews"][0][i]
            if c.date and day_match(c.date, r.date) and not precision_match(c.date, r.date):
                shifts[f"{_precision(c.date)} -> {_precision(r.date)}"] += 1
        if shifts:
            print(f"| {name} | day right, precision not | {sum(shifts.values())} | "
                  + ", ".join(f"{k}: {v}" for k, v in sorted(shifts.items())) + " | | |")
    if args.misses:
        print_misses([(c, r) for c, r in zip(cases, runs["provnews"][0]) if c.set == "dev gov-pages"])
    if args.details:
        ours, theirs = runs["provnews"][0], runs["trafilatura"][0]
        for c, r, t in zip(cases, ours, theirs):
            if c.set.startswith("blind"):
                continue  # blind pages are scored, never looked at one by one
            f1 = f"{bigram_f1(c.text, r.text):.3f}/{bigram_f1(c.text, t.text):.3f}" if c.text else "-"
            ok = "ok" if c.date and precision_match(c.date, r.date) else ("--" if c.date else "  ")
            print(f"{c.set:12} {c.name[:24]:24} {ok} date={r.date} ({c.date}) tf={t.date} f1={f1} title={r.title!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
