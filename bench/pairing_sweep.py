"""Sweep one pairing parameter over every scorer: generated draws, held-out sets, bundled mirrors.

    python bench/pairing_sweep.py topic [--values 40,70,100,150,250,off]
    python bench/pairing_sweep.py overseas [--values any-places,any,surname,reading,off]
    python bench/pairing_sweep.py topic --seeds 31000:0,32000:1,33000:0.5 --draws 200 --skip-mirrors

Parameters (issue 19, class 6; docs/pairing.md has the table this prints):

- `topic`: translations.pairing.TOPIC_GLOSS_AT_MOST, the English title's topic words (those at
  most that many CC-CEDICT entries gloss); `off` no topic word at all. On the generated draws
  every value is read off one pass: the pass keeps every title word (no bound), and each value's
  `topic` is that list cut to the words at most that many entries gloss (the same set the bound
  gives: it filters the title's words before any other step), then re-tiered (`tier` reads the
  evidence alone; the assignment reads no tier). `--check N` pairs the first N draws of each range
  at each value as well and stops on any difference.
- `overseas`: the rule that a name romanised overseas may stand for a three-character Chinese name
  the English does not otherwise spell (translations.lexicon._overseas_names). `any` (shipped):
  its surname in a spelling the dialect table lists for any surname, for people only;
  `any-places`: the same for the places of the Chinese lead too (as it was before the sweep);
  `surname`: a spelling the table lists for the surname that Chinese name has; `reading`: for any
  surname the table lists that reads as that name's surname (pypinyin, every reading: 萧 and 肖
  are both xiao); `off`: no such rule (the surname's spellings in the table still meet it,
  `_other_spelling`). One name for one in each.

Scorers: the generated draws of tests/pairs/unpaired_set.py (`--seeds START:HARD,...`, `--draws`
each), the held-out day windows (`--heldout DIR ...`, each paired as a run pairs them), the bundled
mirrors (`provnews demo`, once; the default export against tests/pairs/mirror_pairs.toml). Each
cell: true pairs strong / wrong strong pairs (of how many translations), and the seconds it took.
Nothing here is installed with the package; it patches module globals for the time of one value.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import translations.lexicon as lexicon  # noqa: E402
import translations.pairing as pairing  # noqa: E402

HELDOUT = ["bench/data/pairing-heldout", "bench/data/pairing-blind", "bench/data/pairing-blind3"]
_NO_BOUND = 10**9


# --- the parameters ---------------------------------------------------------------------------

def _topic_bound(value: str) -> int:
    return -1 if value == "off" else int(value)


@contextmanager
def _topic(value: str) -> Iterator[None]:
    shipped = pairing.TOPIC_GLOSS_AT_MOST
    pairing.TOPIC_GLOSS_AT_MOST = _topic_bound(value)
    try:
        yield
    finally:
        pairing.TOPIC_GLOSS_AT_MOST = shipped


def _surname_readings(surname: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    if surname in lexicon._SURNAME_PINYIN:
        return frozenset({lexicon._SURNAME_PINYIN[surname]})
    return frozenset("".join(options) for options in _product(pinyin(surname, style=Style.NORMAL, heteronym=True)))


def _product(options: list[list[str]]) -> list[tuple[str, ...]]:
    from itertools import product

    return list(product(*options))


def _allowed(name: str, variant: str) -> frozenset[str]:
    """The surname spellings an overseas romanisation of `name` may use under `variant`."""
    surname = lexicon._surname(name)
    if variant == "surname":
        return frozenset(lexicon._SURNAME_SPELLINGS.get(surname, ()))
    readings = _surname_readings(surname)
    return frozenset(s for other, spellings in lexicon._SURNAME_SPELLINGS.items()
                     if _surname_readings(other) & readings for s in spellings)


def _overseas_matches(english: str) -> list[str]:
    """The surname word of each distinct name `_overseas_names` counts, lower case."""
    surnames = {s for spellings in lexicon._SURNAME_SPELLINGS.values() for s in spellings}
    seen: dict[str, str] = {}
    for match in lexicon._OVERSEAS_NAME.finditer(english):
        if match.group(1).lower() in surnames and not all(lexicon.pinyin_like(w.lower()) for w in match.groups() if w):
            seen.setdefault(match.group(), match.group(1).lower())
    return list(seen.values())


def _matched(names: list[str], words: list[str], allowed: Callable[[str], frozenset[str]]) -> bool:
    """Each name gets a distinct surname word it allows (a bipartite matching, by augmenting paths)."""
    owner: dict[int, str] = {}

    def place(name: str, tried: set[int]) -> bool:
        for i, word in enumerate(words):
            if word in allowed(name) and i not in tried:
                tried.add(i)
                if i not in owner or place(owner[i], tried):
                    owner[i] = name
                    return True
        return False

    return all(place(name, set()) for name in names)


def _agreement(variant: str) -> Callable[..., dict]:
    def agreement(named: dict, english: str, *, overseas: bool = True) -> dict:
        if variant == "any-places":   # as before issue 19's sweep: places too (榕江县 for "Lao Deputy Prime")
            return _SHIPPED_AGREEMENT(named, english)
        result = _SHIPPED_AGREEMENT(named, english, overseas=False)
        rest = result["lacking"]
        if (overseas and variant != "off" and rest and all(len(n) == 3 for n in rest)
                and _matched(rest, _overseas_matches(unicodedata.normalize("NFKC", english)),
                             lambda name: _allowed(name, variant))):
            return {"found": sorted(named), "lacking": []}
        return result

    return agreement


_SHIPPED_AGREEMENT = lexicon.person_agreement


@contextmanager
def _overseas(value: str) -> Iterator[None]:
    if value == "any":
        yield
        return
    agreement = _agreement(value)
    lexicon.person_agreement, pairing.person_agreement = agreement, agreement  # type: ignore[assignment]
    try:
        yield
    finally:
        lexicon.person_agreement = pairing.person_agreement = _SHIPPED_AGREEMENT


PARAMETERS = {"topic": (_topic, "40,70,100,150,250,off"), "overseas": (_overseas, "any-places,any,surname,reading,off")}


# --- the scorers --------------------------------------------------------------------------------

def _draws(start: int, hard: float, count: int) -> Iterator[tuple[int, list, list, dict]]:
    from tests.pairs.unpaired_set import draw

    for seed in range(start, start + count):
        yield (seed, *draw(seed, hard=hard))


def _count(proposals: list[dict], truth: dict, tiers: list[str] | None = None) -> tuple[int, int]:
    right = wrong = 0
    for i, p in enumerate(proposals):
        if (tiers[i] if tiers is not None else p["tier"]) == "strong":
            right += truth.get(p["en_id"]) == p["zh_id"]
            wrong += truth.get(p["en_id"]) != p["zh_id"]
    return right, wrong


def generated(param: str, values: list[str], start: int, hard: float, count: int,
              check: int) -> dict[str, tuple[int, int, int, float]]:
    """{value: (true strong, wrong strong, translations, seconds)} over one seed range."""
    context = PARAMETERS[param][0]
    totals = {v: [0, 0, 0, 0.0] for v in values}
    if param == "topic":
        counts = lexicon.gloss_counts()
        started = time.perf_counter()
        with _topic(str(_NO_BOUND)):
            for seed, chinese, english, truth in _draws(start, hard, count):
                proposals = pairing.propose(english, chinese)
                for v in values:
                    bound = _topic_bound(v)
                    tiers = [pairing.tier(p["score"], {**p["evidence"], "topic": [
                        w for w in p["evidence"].get("topic", ()) if counts[w] <= bound]}) for p in proposals]
                    right, wrong = _count(proposals, truth, tiers)
                    totals[v][0] += right
                    totals[v][1] += wrong
                    totals[v][2] += len(truth)
                    if seed < start + check:
                        with _topic(v):
                            direct = [p["tier"] for p in pairing.propose(english, chinese)]
                        if direct != tiers:
                            raise SystemExit(f"seed {seed}, topic {v}: one pass gives {tiers}, pairing gives {direct}")
        seconds = time.perf_counter() - started
        for v in values:   # one pass for every value: each row shows the pass's time
            totals[v][3] = seconds
    else:
        for v in values:
            started = time.perf_counter()
            with context(v):
                for _seed, chinese, english, truth in _draws(start, hard, count):
                    right, wrong = _count(pairing.propose(english, chinese), truth)
                    totals[v][0] += right
                    totals[v][1] += wrong
                    totals[v][2] += len(truth)
            totals[v][3] = time.perf_counter() - started
    return {v: (int(t[0]), int(t[1]), int(t[2]), t[3]) for v, t in totals.items()}


def heldout(directory: Path, workdir: Path) -> tuple[int, int, int]:
    from bench.pairing_heldout import load_sets, pair_set

    right = wrong = translations = 0
    for data in load_sets(directory):
        db_path = workdir / f"{data['set']}.db"
        db_path.unlink(missing_ok=True)
        counts = pair_set(data, db_path)
        right += counts["strong_right"]
        wrong += counts["strong_wrong"]
        translations += counts["translations"]
    return right, wrong, translations


def mirrors(path: Path) -> tuple[int, int, int]:
    from archive import Archive
    from archive import pairs as store
    from tests.pairs.truth import truth

    right = wrong = 0
    with Archive(path) as archive:
        db = archive.db
        labelled = truth(db)
        for prov in sorted({site[:2] for site, in db.execute("SELECT DISTINCT site FROM articles")}):
            articles = store.articles_in_window(db, prov, "2000-01-01", "2100-01-01")
            english = [a for a in articles if a["lang"] == "en"]
            r, w = _count(pairing.propose(english, [a for a in articles if a["lang"] == "zh"]), labelled)
            right, wrong = right + r, wrong + w
    return right, wrong, len(labelled)


def _cell(right: int, wrong: int, translations: int, seconds: float) -> str:
    return f"{right} / {wrong} ({right / translations:.3f}), {seconds:.0f} s"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parameter", choices=sorted(PARAMETERS))
    parser.add_argument("--values", default=None, help="comma-separated (default: every value of the parameter)")
    parser.add_argument("--seeds", default="31000:0,32000:1,33000:0.5",
                        help="generated ranges, START:HARD (share of hard decoys), comma-separated; '' for none")
    parser.add_argument("--draws", type=int, default=200, help="draws per generated range")
    parser.add_argument("--check", type=int, default=0, help="topic: also pair the first N draws at each value")
    parser.add_argument("--heldout", nargs="*", default=HELDOUT, help="held-out folders")
    parser.add_argument("--skip-mirrors", action="store_true")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    context, default = PARAMETERS[args.parameter]
    values = (args.values or default).split(",")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="provnews-sweep-"))
    workdir.mkdir(parents=True, exist_ok=True)
    lexicon.dictionary()
    lexicon.zh_text("贵州")
    from scipy.optimize import linear_sum_assignment  # noqa: F401 (loaded once, outside every timing)

    columns: dict[str, dict[str, str]] = {v: {} for v in values}
    sums = {v: [0, 0, 0] for v in values}
    for spec in filter(None, args.seeds.split(",")):
        start, hard = spec.split(":")
        name = f"seeds {start}-{int(start) + args.draws - 1}" + {"0": "", "1": " hard"}.get(hard, f" {hard} hard")
        for v, (right, wrong, translations, seconds) in generated(args.parameter, values, int(start), float(hard),
                                                                  args.draws, args.check).items():
            columns[v][name] = _cell(right, wrong, translations, seconds)
            sums[v] = [sums[v][0] + right, sums[v][1] + wrong, sums[v][2] + translations]
        print(f"done {name}", file=sys.stderr, flush=True)
    demo = None
    if not args.skip_mirrors:
        from bench.pairing import _demo

        started = time.perf_counter()
        demo = _demo(workdir)
        print(f"demo archive built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    for v in values:
        with context(v):
            for directory in args.heldout:
                started = time.perf_counter()
                right, wrong, translations = heldout(ROOT / directory, workdir / Path(directory).name)
                columns[v][Path(directory).name] = _cell(right, wrong, translations, time.perf_counter() - started)
                sums[v] = [sums[v][0] + right, sums[v][1] + wrong, sums[v][2] + translations]
            if demo is not None:
                started = time.perf_counter()
                right, wrong, translations = mirrors(demo)
                columns[v]["mirrors"] = _cell(right, wrong, translations, time.perf_counter() - started)
                sums[v] = [sums[v][0] + right, sums[v][1] + wrong, sums[v][2] + translations]
        print(f"done {args.parameter} {v}", file=sys.stderr, flush=True)
    names = list(columns[values[0]])
    print(f"| {args.parameter} | " + " | ".join(names) + " | sum |")
    print("|---" * (len(names) + 2) + "|")
    for v in values:
        right, wrong, translations = sums[v]
        print(f"| {v} | " + " | ".join(columns[v][n] for n in names)
              + f" | {right} / {wrong} of {translations} ({right / translations:.3f}) |")


if __name__ == "__main__":
    main()
