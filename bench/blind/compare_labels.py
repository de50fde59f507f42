"""Agreement between the two labellings of the blind set (labels.json vs labels-second.json).

A blind set is only a measure if its labels do not depend on who wrote them, so the set was
labelled twice, independently, and this prints how far the two labellings agree, field by field:
titles and dates exactly, bodies as character-bigram F1 after NFKC folding with all whitespace
removed (the same way extraction is scored, so that a labelling difference reads in the units of
an extraction error), encodings as "both decode the bytes to the same text".

    python bench/blind/compare_labels.py [FIRST.json SECOND.json]
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from scoring import bigram_f1  # noqa: E402  (bench/scoring.py: the body score extraction uses)


def same_text(page: bytes, enc_a: str, enc_b: str) -> bool:
    try:
        return page.decode(enc_a) == page.decode(enc_b)
    except UnicodeDecodeError:
        return False


def compare(first: list[dict], second: list[dict]) -> tuple[list[tuple], dict]:
    by_file = {label["file"]: label for label in second}
    rows, disagreements = [], []
    for a in first:
        b = by_file[a["file"]]
        page = (HERE / "pages" / a["file"]).read_bytes()
        row = {
            "is_article": a["is_article"] == b["is_article"],
            "title": a["title"] == b["title"],
            "date": a["published_at"] == b["published_at"],
            "body": bigram_f1(a["body"], b["body"]),
            "attachments": a["attachments"] == b["attachments"],
            "encoding": same_text(page, a["encoding"], b["encoding"]),
        }
        rows.append(row)
        if not all(v is True or (isinstance(v, float) and v == 1.0) for v in row.values()):
            disagreements.append((a["file"], row))
    n = len(rows)
    bodies = [r["body"] for r in rows]
    summary = {
        "pages": n,
        "is_article agreement": sum(r["is_article"] for r in rows) / n,
        "title exact": sum(r["title"] for r in rows) / n,
        "date exact": sum(r["date"] for r in rows) / n,
        "body F1 mean": sum(bodies) / n,
        "body F1 min": min(bodies),
        "attachments exact": sum(r["attachments"] for r in rows) / n,
        "encoding (same text)": sum(r["encoding"] for r in rows) / n,
    }
    return disagreements, summary


def main(argv: list[str]) -> None:
    paths = [Path(p) for p in argv] or [HERE / "labels.json", HERE / "labels-second.json"]
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in paths)
    disagreements, summary = compare(first, second)
    print(f"| measure | {paths[0].name} vs {paths[1].name} |\n|---|---|")
    for key, value in summary.items():
        print(f"| {key} | {value if key == 'pages' else f'{value:.3f}'} |")
    for name, row in disagreements:
        bad = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in row.items()
               if v is not True and v != 1.0}
        print(f"{name}: {bad}")


if __name__ == "__main__":
    main(sys.argv[1:])
