"""Search latency and export throughput on a large synthetic archive.

    python bench/search.py --articles 100000 --db bench-search.db

Builds (or reuses, when it already holds that many articles) an archive of synthetic Chinese
government-news articles of about 700 characters, a share of them machine-translated, loaded in
bulk with executemany (the FTS triggers index them as they go). Then it times, on the same file:

* search() for 4-character terms, against the alternative of a base-table instr() scan;
* search() for 2-character terms (common, rare and absent ones), against a plain full scan;
* export throughput (JSONL, CSV, TMX) in articles/s and MB/s, and the export's peak Python
  memory (tracemalloc), against the naive one-query-per-article alternative;
* with --datasette: Datasette's JSON API `/db/articles.json?_search=TERM` (first page of 20, the
  count and the facets, as the search box asks) through provnews' plugin, against Datasette's own
  trigram filter (the plugin unregistered; it finds nothing for 2-character terms) and against
  the same page without a search, with Datasette's default 1 s SQL time limit: a request over it
  is an error the user would see.

Targets (issue 5): p95 < 50 ms for 4-character terms, < 300 ms for 2-character terms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive import open_db  # noqa: E402
from archive.export import write_csv, write_jsonl, write_tmx  # noqa: E402
from archive.hashing import text_hash  # noqa: E402
from archive.search import search  # noqa: E402

# (Chinese, English gloss, weight): the weight is how often the word appears in running text.
VOCABULARY = [
    ("省政府", "provincial government", 30), ("会议", "meeting", 40), ("召开", "convene", 25),
    ("常务会议", "executive meeting", 10), ("乡村振兴", "rural revitalization", 12),
    ("高质量发展", "high-quality development", 12), ("推进", "promote", 30), ("工作", "work", 45),
    ("全省", "the whole province", 25), ("各地", "all localities", 15), ("部门", "departments", 20),
    ("要求", "require", 25), ("落实", "implement", 20), ("加强", "strengthen", 22),
    ("建设", "construction", 28), ("经济", "economy", 20), ("社会", "society", 18),
    ("发展", "development", 40), ("改革", "reform", 15), ("创新", "innovation", 14),
    ("数字化", "digitalization", 6), ("营商环境", "business environment", 5),
    ("共同富裕", "common prosperity", 6), ("示范区", "demonstration zone", 5),
    ("生态环境", "ecological environment", 7), ("保护", "protection", 12), ("民生", "livelihood", 8),
    ("就业", "employment", 8), ("教育", "education", 9), ("医疗", "medical care", 7),
    ("卫生健康", "health", 5), ("疫情防控", "epidemic prevention", 3), ("安全生产", "work safety", 4),
    ("防汛", "flood control", 2), ("抗旱", "drought relief", 1), ("交通运输", "transport", 4),
    ("基础设施", "infrastructure", 5), ("项目", "projects", 18), ("投资", "investment", 10),
    ("招商引资", "attracting investment", 3), ("对外开放", "opening up", 4), ("贸易", "trade", 5),
    ("开放", "opening", 6), ("科技", "science and technology", 9), ("人才", "talent", 7),
    ("文化", "culture", 8), ("旅游", "tourism", 6), ("农业", "agriculture", 7), ("农村", "rural areas", 8),
    ("农民", "farmers", 6), ("城市", "cities", 8), ("城乡", "urban and rural", 5), ("统筹", "coordinate", 5),
    ("治理", "governance", 8), ("法治", "rule of law", 4), ("党建", "party building", 5),
    ("领导", "leaders", 12), ("主持", "preside over", 6), ("讲话", "speech", 6), ("指出", "pointed out", 10),
    ("强调", "emphasized", 12), ("研究", "study", 10), ("部署", "deploy", 9), ("调研", "inspection", 5),
    ("座谈会", "symposium", 3), ("新闻发布会", "press conference", 2), ("政策", "policy", 10),
    ("措施", "measures", 9), ("意见", "opinions", 6), ("方案", "plan", 7), ("实施", "implementation", 10),
    ("服务", "services", 12), ("企业", "enterprises", 12), ("市场", "market", 9), ("产业", "industry", 10),
    ("制造业", "manufacturing", 4), ("数字经济", "digital economy", 4), ("绿色低碳", "green and low-carbon", 3),
    ("碳达峰", "carbon peaking", 1), ("水利", "water conservancy", 2), ("山区", "mountain areas", 2),
    ("海洋", "ocean", 1), ("港口", "port", 1), ("杭州", "Hangzhou", 5), ("宁波", "Ningbo", 3),
    ("温州", "Wenzhou", 2), ("贵阳", "Guiyang", 4), ("遵义", "Zunyi", 2), ("大数据", "big data", 4),
    ("茶产业", "tea industry", 1), ("白酒", "baijiu", 1), ("亚运会", "Asian Games", 1),
    ("一带一路", "Belt and Road", 1), ("长三角", "Yangtze River Delta", 2), ("一体化", "integration", 3),
    ("有关", "relevant", 15), ("进一步", "further", 18), ("积极", "actively", 14), ("重点", "key", 12),
    ("全面", "comprehensively", 14), ("持续", "continuously", 10), ("扎实", "solidly", 8),
]
FUNCTION_WORDS = [("的", "of", 60), ("和", "and", 35), ("在", "in", 25), ("是", "is", 10), ("为", "for", 12)]
# Named things and set phrases are far rarer per word than the generic verbs around them: scale
# them so that a 4-character term is in roughly 1-30% of articles, as in the real portals.
RARE_2 = {"防汛", "抗旱", "白酒", "港口", "海洋", "温州", "遵义", "山区", "水利"}
WORDS = [(zh, en, w * 0.15 if len(zh) >= 4 else w * 0.05 if zh in RARE_2 else w)
         for zh, en, w in VOCABULARY] + FUNCTION_WORDS

TERMS_4 = ["常务会议", "乡村振兴", "营商环境", "共同富裕", "生态环境", "卫生健康", "疫情防控", "安全生产",
           "交通运输", "基础设施", "招商引资", "对外开放", "数字经济", "绿色低碳", "一带一路", "新闻发布",
           "质量发展", "民生就业", "长江经济"]  # the last two never occur
TERMS_2 = ["会议", "工作", "发展", "改革", "就业", "防汛", "抗旱", "白酒", "港口", "海洋", "温州", "遵义",
           "民生", "人才", "农民", "碳达", "亚运", "鲸鱼", "量子", "航天"]  # the last three never occur


def _sentence(rng: random.Random, words: list, weights: list) -> tuple[str, str]:
    picked = rng.choices(words, cum_weights=weights, k=rng.randint(6, 14))
    zh = "".join(w[0] for w in picked)
    en = " ".join(w[1] for w in picked)
    return zh, en[0].upper() + en[1:] + "."


def build(path: Path, n_articles: int, translated_share: float, seed: int = 7) -> None:
    rng = random.Random(seed)
    cum, total = [], 0
    for w in WORDS:
        total += w[2]
        cum.append(total)
    # A pool of sentences keeps generation fast; articles still differ in mix and order.
    pool = [_sentence(rng, WORDS, cum) for _ in range(40_000)]
    db = open_db(path)
    sites = ["zj-zh", "gz-zh", "zj-en", "gz-en"]
    start = dt_start = time.perf_counter()
    batch_articles, batch_paragraphs, batch_translations = [], [], []
    day0 = 19000  # days since the epoch: 2022-01-08

    def flush() -> None:
        db.conn.execute("BEGIN")
        db.conn.executemany(
            "INSERT INTO articles (id, url, site, lang, title, published_at, source, body, content_hash,"
            " first_seen_at, changed_at, fetched_at, title_translation, body_translation, translation_model,"
            " translated_at) VALUES (?, ?, ?, 'zh', ?, ?, '省政府办公厅', ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch_articles)
        db.conn.executemany("INSERT INTO paragraphs (article_id, idx, kind, text, text_hash)"
                            " VALUES (?, ?, 'text', ?, ?)", batch_paragraphs)
        db.conn.executemany("INSERT INTO translations (article_id, idx, source_hash, model, machine,"
                            " translated_at) VALUES (?, ?, ?, 'bench', ?, ?)", batch_translations)
        db.conn.execute("COMMIT")
        batch_articles.clear(), batch_paragraphs.clear(), batch_translations.clear()

    for i in range(1, n_articles + 1):
        day = dt.date.fromordinal(dt.date(1970, 1, 1).toordinal() + day0 + i * 1000 // max(n_articles, 1) * 1)
        published = f"{day.isoformat()}T{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:00+08:00"
        title_zh, title_en = _sentence(rng, WORDS, cum)
        paragraphs, chars = [], 0
        while chars < 700:
            sentences = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(2, 5))]
            zh = "，".join(s[0] for s in sentences) + "。"
            en = " ".join(s[1] for s in sentences)
            paragraphs.append((zh, en))
            chars += len(zh)
        translated = rng.random() < translated_share
        body = "\n".join(p[0] for p in paragraphs)
        stamp = "2024-06-01T00:00:00+00:00"
        batch_articles.append((
            i, f"https://www.example.gov.cn/art/{i}.html", sites[i % 2], title_zh, published, body,
            text_hash(body), stamp, stamp, stamp,
            title_en if translated else None, "\n".join(p[1] for p in paragraphs) if translated else None,
            "bench" if translated else None, stamp if translated else None))
        for idx, (zh, en) in enumerate(paragraphs):
            batch_paragraphs.append((i, idx, zh, text_hash(zh)))
            if translated:
                batch_translations.append((i, idx, text_hash(zh), en, stamp))
        if translated:
            batch_translations.append((i, -1, text_hash(title_zh), title_en, stamp))
        if i % 5000 == 0:
            flush()
            print(f"  {i} articles, {time.perf_counter() - dt_start:.0f} s", file=sys.stderr)
    flush()
    db.execute("ANALYZE")
    db.conn.close()
    print(f"built {n_articles} articles in {time.perf_counter() - start:.0f} s", file=sys.stderr)


def search_rank_limit() -> int:
    from archive.search import RANK_LIMIT

    return RANK_LIMIT


def percentiles(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    p50 = statistics.median(samples)
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return p50 * 1000, p95 * 1000


def time_calls(fn, terms: list[str], repeat: int) -> list[float]:  # noqa: ANN001
    samples = []
    for _ in range(repeat):
        for term in terms:
            t0 = time.perf_counter()
            fn(term)
            samples.append(time.perf_counter() - t0)
    return samples


def scan(db, term: str) -> list:  # noqa: ANN001
    """The alternative: a base-table instr() scan, newest first (fast for common terms, which stop
    early; a full read of every body for rare ones)."""
    return db.execute(
        "SELECT id FROM articles WHERE instr(title, ?) OR instr(body, ?) OR coalesce(instr(title_translation, ?)"
        " OR instr(body_translation, ?), 0) ORDER BY published_at DESC LIMIT 20", [term] * 4).fetchall()


def export_naive(db, out, since: str | None) -> int:  # noqa: ANN001
    """The alternative: the articles as a list, then one query per article for its units."""
    n = 0
    for article in list(db.query("SELECT * FROM articles WHERE published_at >= ? ORDER BY id", [since or ""])):
        article["paragraphs"] = [dict(p) for p in db.query(
            "SELECT p.text, p.kind, coalesce(t.edited, t.machine) AS translation, t.state FROM paragraphs p"
            " LEFT JOIN translations t ON t.article_id = p.article_id AND t.idx = p.idx"
            " WHERE p.article_id = ? ORDER BY p.idx", [article["id"]])]
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
        n += 1
    return n


class _Counter(io.TextIOBase):
    """A sink that counts UTF-8 bytes: throughput of the export, not of the disk."""

    def __init__(self) -> None:
        self.bytes = 0

    def write(self, text: str) -> int:
        self.bytes += len(text.encode("utf-8"))
        return len(text)


def datasette_rows(path: Path, repeat: int) -> list[tuple]:
    import asyncio

    from datasette.app import Datasette
    from datasette.plugins import pm

    loop = asyncio.new_event_loop()
    url = f"/{path.stem}/articles.json"
    rows = []
    for label, own in (("plugin", False), ("Datasette's own filter", True)):
        if own:
            pm.unregister(name="provnews")
        ds = Datasette([str(path)])
        groups = [("4-char", TERMS_4), ("2-char", TERMS_2)]
        if not own:  # what any table page costs (count, facets, suggested facets), for scale
            groups.insert(0, ("", [""] * len(TERMS_4)))
        for size, terms in groups:
            failed, found = [0], [0]

            # Bound as defaults: the closure must see this iteration's client and counters.
            def get(term: str, ds: Datasette = ds, failed: list[int] = failed, found: list[int] = found) -> None:
                response = loop.run_until_complete(ds.client.get(url, params={"_search": term, "_size": "20"}))
                failed[0] += response.status_code != 200
                found[0] += response.status_code == 200 and response.json()["filtered_table_rows_count"] > 0

            samples = time_calls(get, terms, repeat)
            name = f"{size} Datasette _search, {label}" if size else "table page, no search (for scale)"
            rows.append((name, *percentiles(samples), max(samples) * 1000,
                         len(samples), failed[0], found[0]))
    loop.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--translated-share", type=float, default=0.3)
    parser.add_argument("--db", type=Path, required=True, help="archive file to build or reuse")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over each term list")
    parser.add_argument("--export-articles", type=int, default=20_000,
                        help="articles per export timing (a --since window); 0 = all")
    parser.add_argument("--datasette", action="store_true", help="also time Datasette's search box (needs datasette)")
    args = parser.parse_args()

    if args.db.exists():
        db = open_db(args.db)
        have = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        db.conn.close()
        if have != args.articles:
            sys.exit(f"{args.db} holds {have} articles, not {args.articles}: remove it or pass another --db")
    else:
        build(args.db, args.articles, args.translated_share)
    db = open_db(args.db)
    size_mb = os.path.getsize(args.db) / 1e6
    text_mb = db.execute("SELECT sum(length(CAST(body AS BLOB))) FROM articles").fetchone()[0] / 1e6
    print(f"\narchive: {args.articles} articles, {text_mb:.0f} MB of Chinese body text, file {size_mb:.0f} MB,"
          f" SQLite {db.execute('select sqlite_version()').fetchone()[0]}\n")

    for term in TERMS_4 + TERMS_2:  # warm the page cache the same way for both contenders
        scan(db, term)
    for label, terms in (("4-char", TERMS_4), ("2-char", TERMS_2)):
        shares = sorted(db.execute("SELECT count(*) FROM articles WHERE instr(body, ?)", [t]).fetchone()[0]
                        / args.articles for t in terms)
        print(f"{label} terms: in {shares[0]:.1%} to {shares[-1]:.1%} of articles"
              f" (median {statistics.median(shares):.1%})")
    print()
    rows = []
    for label, terms in (("4-char", TERMS_4), ("2-char", TERMS_2)):
        ours = time_calls(lambda t: search(db, t, limit=20), terms, args.repeat)
        alt = time_calls(lambda t: scan(db, t), terms, 1)
        rows.append((f"{label} search() (limit 20)", *percentiles(ours), max(ours) * 1000, len(ours)))
        rows.append((f"{label} base-table scan", *percentiles(alt), max(alt) * 1000, len(alt)))
    mixed = ["乡村振兴 会议", "高质量发展 -会议", '"召开常务会议" 省', "rural revitalization 会议"]
    ours = time_calls(lambda t: search(db, t, limit=20), mixed, args.repeat)
    rows.append(("mixed long+short search()", *percentiles(ours), max(ours) * 1000, len(ours)))
    print(f"{'search':34} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'calls':>6}")
    for label, p50, p95, worst_ms, n in rows:
        print(f"{label:34} {p50:8.1f} {p95:8.1f} {worst_ms:8.1f} {n:6d}")
    ranked = sum(1 for t in TERMS_4 if (search(db, t, limit=1) or [{"rank": None}])[0]["rank"] is not None)
    print(f"(4-char terms ranked by bm25: {ranked} of {len(TERMS_4)}; the others match more than"
          f" {search_rank_limit()} articles and come newest first)")
    worst = max(TERMS_2, key=lambda t: min(time_calls(lambda q: search(db, q), [t], 1)))
    print(f"(slowest 2-char term: {worst!r})")
    if args.datasette:
        print(f"\n{'Datasette JSON API':42} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'calls':>6} {'errors':>6}"
              f" {'found':>6}")
        for label, p50, p95, worst_ms, n, errors, found in datasette_rows(args.db, args.repeat):
            print(f"{label:42} {p50:8.1f} {p95:8.1f} {worst_ms:8.1f} {n:6d} {errors:6d} {found:6d}")
        print("(found: calls that returned at least one article; every term but the absent ones occurs)")

    since = None
    if args.export_articles:
        since = db.execute("SELECT substr(published_at, 1, 10) FROM articles ORDER BY published_at DESC"
                           " LIMIT 1 OFFSET ?", [min(args.export_articles, args.articles) - 1]).fetchone()[0]
    print(f"\n{'export' + (f' (published since {since})' if since else ''):34} {'articles':>9} {'art/s':>8}"
          f" {'MB/s':>7} {'peak MB':>8}")
    for label, fn in (("jsonl", write_jsonl), ("csv", write_csv), ("tmx (units)", write_tmx),
                      ("jsonl, naive query per article", None)):
        sink = _Counter()
        tracemalloc.start()
        t0 = time.perf_counter()
        if fn is None:
            n = export_naive(db, sink, since)
        else:
            n = fn(db, sink, since=since)
        elapsed = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        print(f"{label:34} {n:9d} {n / elapsed:8.0f} {sink.bytes / 1e6 / elapsed:7.1f} {peak:8.1f}")


if __name__ == "__main__":
    main()
