"""Every second mirror (tests/crawl/variants/) crawled through the real CLI while its server misbehaves
as real portals do (server.Faults: 5xx once, resets, bodies cut short, a 200 "系统繁忙" page, WAF
hops, slow answers, gzip, GBK pages labelled UTF-8 or not labelled), drawn from several seeds so that
each seed hits other pages.

Bar per site and seed, after the run and at most one re-run (a fault that the run records as a
failure and fetches again next run is fine): every article archived exactly, as in
test_variants_provinces; nothing lost for good, nothing archived wrong, nothing archived that is not
an article, and no failure recorded for a page the mirror does not serve.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from urllib.parse import urlsplit

import pytest

from tests.crawl.test_variants_provinces import (
    CASES,
    KNOWN_BROKEN,
    VARIANTS,
    _archived,
    _configured,
    _date_matches,
    _failed_urls,
    _groups,
    _site,
)
from tests.crawl.variants.server import Faults, VariantServer

SEEDS = (1, 2)  # seed 3 passed too when the test was written; two keep the suite quick


def _misses(db, case, arts, host) -> list[str]:
    """What differs from the truth: (url, field, expected, got) lines; [] when every article is exact."""
    archived = _archived(db, _site(case))
    truth = {host + a.path: a for a in arts}
    found = {a["url"]: a for a in archived}
    misses = [f"{u}: archived twice" for u, n in Counter(a["url"] for a in archived).items() if n > 1]
    misses += [f"{u}: not archived" for u in sorted(set(truth) - set(found))]
    misses += [f"{u}: archived but not an article" for u in sorted(set(found) - set(truth))]
    for url in sorted(set(found) & set(truth)):
        got, art = found[url], truth[url]
        if got["title"] != art.title:
            misses.append(f"{url}: title {art.title!r} != {got['title']!r}")
        if not _date_matches(got["date"], art.date):
            misses.append(f"{url}: date {art.date!r} != {got['date']!r}")
        if got["paragraphs"] != art.paragraphs:
            misses.append(f"{url}: paragraphs {art.paragraphs!r} != {got['paragraphs']!r}")
    return misses


def _failures(db, site) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT url, reason FROM failures WHERE site = ? ORDER BY id", [site]).fetchall()
    conn.close()
    return [(urlsplit(url).path, reason) for url, reason in rows]


@pytest.fixture(scope="module")
def faulted(crawl_cli, tmp_path_factory, request):
    """{(case, seed): result dict} for every case whose site is configured, under every seed a
    selected test asks for (`-k seed2` crawls seed 2 only)."""
    configured = _configured()
    runnable = [c for c in CASES if _site(c) in configured and configured[_site(c)]["enabled"]]
    wanted = {item.callspec.params["seed"] for item in request.session.items
              if item.path == request.path and hasattr(item, "callspec")}
    done = {}
    for seed in [s for s in SEEDS if s in wanted]:
        for group in _groups(runnable):
            db = tmp_path_factory.mktemp(f"faults{seed}") / "news.db"
            servers, arts, served = {}, {}, {}
            args = [_site(c) for c in group] + ["--db", str(db), "--json"]
            for case in group:
                start = urlsplit(configured[_site(case)]["start_urls"][0]).path
                routes, arts[case] = VARIANTS[case].routes(start)
                served[case] = set(routes)
                servers[case] = VariantServer(routes, faults=Faults(seed))
                args += ["--base-url", f"{_site(case)}={servers[case].base_url}"]
            runs = [crawl_cli(*args)]
            first = {case: _misses(db, case, arts[case], VARIANTS[case].host) for case in group}
            if any(first.values()):
                runs.append(crawl_cli(*args))
            for case in group:
                done[(case, seed)] = {
                    "db": db, "arts": arts[case], "runs": runs, "served": served[case], "first_misses": first[case],
                    "faults": [f"{r.method} {r.path} {r.fault}" for r in servers[case].log if r.fault],
                    "failures": _failures(db, _site(case))}
            for server in servers.values():
                server.stop()
    return done


# what misses without faults misses with them too (test_variants_provinces says why)
PARAMS = [pytest.param(case, seed, id=f"{'-'.join(case)}-seed{seed}",
                       marks=[pytest.mark.xfail(strict=True, reason=KNOWN_BROKEN[case])] if case in KNOWN_BROKEN else [])
          for case in CASES for seed in SEEDS]


@pytest.mark.parametrize(("case", "seed"), PARAMS)
def test_every_article_is_archived_exactly_despite_faults(faulted, case, seed):
    if (case, seed) not in faulted:
        pytest.fail(f"{_site(case)} is not a configured, enabled site")
    r = faulted[(case, seed)]
    for run in r["runs"]:
        assert run.returncode in (0, 1), run.stderr[-2000:]
    variant = VARIANTS[case]
    misses = _misses(r["db"], case, r["arts"], variant.host)
    assert misses == [], (f"{misses} after {len(r['runs'])} runs; faults {r['faults']}; "
                          f"after the first run: {r['first_misses']}; failures: {r['failures']}")
    # what failed is a page the mirror serves (a fault, or a listed page that is not an article),
    # never a URL the crawl made up
    served = {variant.host + p for p in r["served"]} | {variant.host + p for p in variant.not_articles}
    assert {urlsplit("//" + u).netloc + urlsplit("//" + u).path for u in _failed_urls(r["db"], _site(case))} <= served
