"""Workers side by side on this machine: translation with one worker process and with two, the
crawl of every site mirror locally and through two workers, and the overhead of one task.

    python bench/scale.py [--sentences 128] [--workdir DIR]

* Translation: the full-size random model (tests/support/random_package.py, as
  bench/translation.py builds it), beam 4, provnews' output bound (the engine's own
  `decoding_limit`), 16 sentences per task. Each worker process gets one core (`--threads 1`), so
  "two processes" is two cores' worth; the English of both runs is compared.
* Crawl: every mirror of `provnews.mirror` on loopback; `provnews crawl` into one archive, then
  `provnews crawl --broker` with two workers into another; the archives must be equal
  (articles, paragraphs, revisions, failures, raw pages: tests/support/cluster.py archive_dump).
* Overhead: the round trip of an empty task (writer -> Redis -> worker -> Redis -> writer).
* CUDA: not measured here unless `ctranslate2` sees a GPU.

Its own redis-server on a free loopback port with a password; nothing sleeps a fixed time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.cluster import RedisServer, WorkerProcess, archive_dump  # noqa: E402

DEFAULT_TEXT = ROOT / "bench" / "data" / "news_zh.txt"
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"]


def build_models(workdir: Path, text: Path) -> Path:
    models = workdir / "models"
    if any(models.glob("*/model/model.bin")):
        return models
    out = subprocess.run(
        [sys.executable, "-m", "tests.support.random_package", str(workdir / "package"), "--full-size",
         "--corpus", str(text)], cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.strip().splitlines()[-1]
    from translations.packages import install_file

    install_file(out, models)
    return models


def sentences(text: Path, count: int) -> list[str]:
    from translations.segment import split_sentences

    found: list[str] = []
    for line in text.read_text(encoding="utf-8").splitlines():
        found += [s for s in split_sentences(line) if s.strip()]
    return list(dict.fromkeys(found))[:count]


def workers(broker: RedisServer, workdir: Path, names: list[str], models: Path, threads: int) -> list[WorkerProcess]:
    started = [WorkerProcess(broker.url, name, workdir, models_dir=models, extra_args=["--threads", str(threads)])
               for name in names]
    for worker in started:
        worker.start(timeout=120)
    return started


def translate_on(broker: RedisServer, models: Path, source: list[str]) -> tuple[float, list[str], set[str]]:
    from provnews.scale.writer import Dispatcher, RemoteEngine
    from translations.engine import EngineOptions
    from translations.packages import find_model

    model = find_model(directory=models)
    engine = RemoteEngine(Dispatcher(broker.url), model, EngineOptions(beam_size=4), task_sentences=16)
    engine.translate(source[:2])  # each process loads the model on its first task: not counted
    engine.translate(source[2:6])
    began = time.perf_counter()
    out = engine.translate(source)
    return time.perf_counter() - began, out, engine.workers


def crawl(workdir: Path, db: Path, servers: dict, broker: RedisServer | None) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PROVNEWS_MODELS_DIR": str(workdir / "no-models")}
    env.pop("PROVNEWS_BROKER", None)
    if broker is not None:
        env["PROVNEWS_BROKER"] = broker.url
    args = [a for site, server in servers.items() for a in ("--base-url", f"{site}={server.base_url}")]
    began = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "provnews", "crawl", *servers, "--db", str(db), *args, *FAST],
                            cwd=workdir, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - began
    if result.returncode not in (0, 1):
        sys.exit(f"crawl failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, help="where the model is built (reused if there); default: a temp dir")
    parser.add_argument("--text", type=Path, default=DEFAULT_TEXT, help="Chinese paragraphs, one a line")
    parser.add_argument("--sentences", type=int, default=128)
    parser.add_argument("--pings", type=int, default=50)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="provnews-bench-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)

    from provnews.mirror import ALL_SITE_NAMES as MIRROR_SITES
    from provnews.scale.writer import Dispatcher
    from tests.support.mirror import serve
    from translations.engine import cuda_devices

    began = time.perf_counter()
    models = build_models(workdir, args.text)
    print(f"model: random, full size, built in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    source = sentences(args.text, args.sentences)
    broker = RedisServer(workdir / "redis").start()
    rows: list[tuple[str, str]] = []
    try:
        one = workers(broker, workdir, ["t1"], models, threads=1)
        t_one, out_one, _ = translate_on(broker, models, source)
        for w in one:
            w.stop()
        two = workers(broker, workdir, ["t1", "t2"], models, threads=1)
        t_two, out_two, used = translate_on(broker, models, source)
        dispatcher = Dispatcher(broker.url)
        trips = [dispatcher.ping()[1] for _ in range(args.pings)]
        for w in two:
            w.stop()
        rate_one, rate_two = len(source) / t_one, len(source) / t_two
        rows += [(f"translation, 1 worker process (beam 4, 1 core), {len(source)} sentences", f"{rate_one:.2f} sentences/s"),
                 (f"translation, 2 worker processes ({', '.join(sorted(used))}), same sentences", f"{rate_two:.2f} sentences/s"),
                 ("  speed-up, two over one", f"{rate_two / rate_one:.2f}x"),
                 ("  same English from both", "yes" if out_one == out_two else "NO"),
                 ("overhead per task (empty task round trip, median)", f"{statistics.median(trips) * 1000:.1f} ms"),
                 ("CUDA worker, beam 4", f"{'a GPU is here: run a --device cuda worker' if cuda_devices() else 'not measured (no GPU)'}")]

        servers = {site: serve(site)[0] for site in sorted(MIRROR_SITES)}
        try:
            local_s = crawl(workdir, workdir / "local.db", servers, None)
            crawlers = workers(broker, workdir, ["c1", "c2"], models, threads=1)
            remote_s = crawl(workdir, workdir / "remote.db", servers, broker)
            for w in crawlers:
                w.stop()
        finally:
            for server in servers.values():
                server.stop()
        local, remote = archive_dump(workdir / "local.db"), archive_dump(workdir / "remote.db")
        rows += [(f"crawl of {len(servers)} site mirrors, local (one Scrapy process)", f"{local_s:.1f} s"),
                 ("crawl of the same mirrors through 2 workers (--broker)", f"{remote_s:.1f} s"),
                 ("  archives equal (articles, revisions, failures, raw pages)",
                  "yes" if local == remote else "NO: " + ", ".join(k for k in local if local[k] != remote[k])),
                 ("  articles / raw pages", f"{len(local['articles'])} / {len(local['raw pages'])}")]
    finally:
        broker.stop()
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  result")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
