"""Pairing on the held-out sets: provincial English editions that are mostly not translations.

    python bench/pairing_heldout.py [bench/data/pairing-heldout] [--keep DIR]
    python bench/pairing.py --heldout bench/data/pairing-heldout      (the same)

Each set of bench/data/pairing-heldout/ (its README says how they were written: without reading
the pairing code or its tests) is stored into a fresh archive through archive's public API, and
paired as a run pairs (translations.pairing.run_pairing, no translation model). The pairs the
archive then holds are scored against the set's labels: per set and in total, the true pairs
found strong (what the parallel corpus exports by default), the wrong strong pairs, the
suggestions (right and wrong), and precision/recall of the default export and of every proposal
(suggestions included). Nothing here tunes anything: it measures.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import Archive  # noqa: E402
from archive.articles import article_by_url  # noqa: E402
from archive.pairs import pairs_of  # noqa: E402

DEFAULT_DIR = ROOT / "bench" / "data" / "pairing-heldout"


def load_sets(directory: Path) -> list[dict]:
    """Every set file of the directory, in name order."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))]


def store_set(archive: Archive, data: dict) -> None:
    """The set's articles as a crawl would archive them (site, language, date, paragraphs)."""
    for lang in ("zh", "en"):
        for article in data[lang]:
            archive.store_article({
                "url": article["url"], "site": data[f"{lang}_site"], "lang": lang, "title": article["title"],
                "published_at": article["published_at"],
                "paragraphs": [{"text": text, "kind": "text"} for text in article["paragraphs"]]})


def pair_set(data: dict, db_path: Path) -> dict:
    """Store one set into a fresh archive, pair it as a run does, and count against its labels."""
    from translations.pairing import run_pairing

    with Archive(db_path) as archive:
        store_set(archive, data)
        started = time.perf_counter()
        run_pairing(archive.db)
        seconds = time.perf_counter() - started
        url_of = {}
        en_ids = []
        for lang in ("zh", "en"):
            for article in data[lang]:
                row = article_by_url(archive.db, article["url"])
                url_of[row["id"]] = article["url"]
                if lang == "en":
                    en_ids.append(row["id"])
        rows = [r for r in pairs_of(archive.db, en_ids) if r["status"] != "rejected"]
    truth = data["pairs"]
    titles = {a["url"]: a["title"] for lang in ("zh", "en") for a in data[lang]}
    counts = {"en": len(data["en"]), "zh": len(data["zh"]), "translations": len(truth), "strong_right": 0,
              "strong_wrong": 0, "suggested_right": 0, "suggested_wrong": 0, "seconds": seconds, "wrong": [],
              "missed": []}
    found_strong = set()
    for row in rows:
        en_url, zh_url = url_of[row["en_id"]], url_of[row["zh_id"]]
        tier = (json.loads(row["evidence"] or "{}") or {}).get("tier")
        strong = row["status"] == "confirmed" or tier == "strong"
        right = truth.get(en_url) == zh_url
        counts[f"{'strong' if strong else 'suggested'}_{'right' if right else 'wrong'}"] += 1
        if strong and right:
            found_strong.add(en_url)
        elif right:
            counts["missed"].append(("only suggested", titles[en_url], row["score"]))
        if not right:
            counts["wrong"].append(("strong" if strong else "suggestion", titles[en_url], titles[zh_url],
                                    row["score"]))
    suggested = {title for _, title, _ in counts["missed"]}
    counts["missed"] += [("original not proposed", titles[en_url], None) for en_url in truth
                         if en_url not in found_strong and titles[en_url] not in suggested]
    return counts


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "n/a"


def _row(name: str, c: dict) -> str:
    strong = c["strong_right"] + c["strong_wrong"]
    every = strong + c["suggested_right"] + c["suggested_wrong"]
    right_every = c["strong_right"] + c["suggested_right"]
    return (f"| {name} | {c['en']} en / {c['zh']} zh | {c['translations']} | {c['strong_right']} | {c['strong_wrong']}"
            f" | {c['suggested_right']} right, {c['suggested_wrong']} wrong"
            f" | {_ratio(c['strong_right'], strong)} | {_ratio(c['strong_right'], c['translations'])}"
            f" | {_ratio(right_every, every)} | {_ratio(right_every, c['translations'])} |")


def score(directory: Path, workdir: Path | None = None, verbose: bool = False) -> dict:
    """Pair every set of `directory` (each in its own archive under `workdir`) and print the table."""
    workdir = workdir or Path(tempfile.mkdtemp(prefix="provnews-heldout-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print("| set | articles | translations | true pairs strong | wrong strong | suggestions"
          " | precision (default export) | recall (default export) | precision (with suggestions)"
          " | recall (with suggestions) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    total: dict = {}
    wrong, missed = [], []
    for data in load_sets(directory):
        db_path = workdir / f"{data['set']}.db"
        db_path.unlink(missing_ok=True)
        counts = pair_set(data, db_path)
        print(_row(data["set"], counts))
        for key, value in counts.items():
            total[key] = total.get(key, 0 if not isinstance(value, list) else []) + value
        wrong += [(data["set"], *w) for w in counts["wrong"]]
        missed += [(data["set"], *m) for m in counts["missed"]]
    if total:
        print(_row("total", total))
    if verbose and wrong:
        print("\nWrong pairs (set, tier, score: English title -> Chinese title):")
        for name, kind, en_title, zh_title, pair_score in wrong:
            print(f"- {name}, {kind}, {pair_score:.2f}: {en_title} -> {zh_title}")
    if verbose and missed:
        print("\nTranslations not in the default export (set, what happened: English title):")
        for name, what, en_title, pair_score in missed:
            print(f"- {name}, {what}" + (f" ({pair_score:.2f})" if pair_score is not None else "") + f": {en_title}")
    return total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--keep", type=Path, default=None, help="write the archives here (kept to inspect)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list every wrong pair")
    args = parser.parse_args(argv)
    score(args.directory, args.keep, verbose=args.verbose)


if __name__ == "__main__":
    main()
