"""Crawl the second, independent mirrors of the provincial CMS families (tests/crawl/variants/,
written from the published facts alone) through the real CLI, twice, into a real SQLite archive.

Bar per site: every article archived exactly (title, date to the minute where the page gives one,
paragraphs in order), no duplicate, nothing archived that is not an article, and no article (nor a
listed page that failed for good) requested again on the second run. URLs are compared by host and
path: the scheme of a portal is not a published fact.
"""

from __future__ import annotations

import json
import sqlite3
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from provnews.cli import cli
from tests.crawl.variants import (
    anhui,
    editions,
    fujian,
    gansu,
    guangdong,
    hanweb,
    hebei,
    henan,
    hubei,
    liaoning,
    shanghai,
    tianjin,
    trs,
    ucap,
)
from tests.crawl.variants.kit import Art
from tests.crawl.variants.server import VariantServer, crawl_twice
from tests.fixtures.mirror import crawl_stats

FAMILIES = {"trs": trs, "hanweb": hanweb, "ucap": ucap, "hebei": hebei, "liaoning": liaoning,
            "shanghai": shanghai, "anhui": anhui, "guangdong": guangdong, "henan": henan,
            "fujian": fujian, "tianjin": tianjin, "hubei": hubei, "gansu": gansu, "editions": editions}
VARIANTS = {(site, family): variant for family, module in FAMILIES.items()
            for site, variant in module.SITES.items()}
CASES = list(VARIANTS)
GROUP_SIZE = 14  # sites per CLI run


def _site(case) -> str:
    """A site may have several variants ('tj-zh#igs'): the site name is before the '#'."""
    return case[0].split("#")[0]


def _groups(cases) -> list[list]:
    """Runs of at most GROUP_SIZE cases, never one site twice in a run (one archive, one --base-url)."""
    groups: list[list] = []
    for case in cases:
        for group in groups:
            if len(group) < GROUP_SIZE and _site(case) not in {_site(c) for c in group}:
                group.append(case)
                break
        else:
            groups.append([case])
    return groups


def _configured() -> dict[str, dict]:
    out = CliRunner().invoke(cli, ["sites", "--json"])
    return {row["name"]: row for row in json.loads(out.output)} if out.exit_code == 0 else {}


def _key(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc + parts.path + ("?" + parts.query if parts.query else "")


def _archived(db, site):
    conn = sqlite3.connect(db)
    found = []
    for article_id, url, title, published_at in conn.execute(
            "SELECT id, url, title, published_at FROM articles WHERE site = ?", [site]):
        paragraphs = [t for (t,) in conn.execute(
            "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx", [article_id])]
        found.append({"url": _key(url), "title": title, "date": published_at, "paragraphs": paragraphs})
    conn.close()
    return found


def _failed_urls(db, site) -> set[str]:
    conn = sqlite3.connect(db)
    rows = {_key(url) for (url,) in conn.execute("SELECT url FROM failures WHERE site = ?", [site])}
    conn.close()
    return rows


def _date_matches(archived: str | None, truth: str) -> bool:
    """To the minute where the page gives a time; the day alone where it gives only a day."""
    if archived is None:
        return False
    if len(truth) == 10:
        return archived == truth
    return archived[:10] == truth[:10] and archived[11:16] == truth[11:16]


def _fetched(server: VariantServer, watched: set[str]) -> list[str]:
    return [p for p in server.paths() if p in watched]


@pytest.fixture(scope="module")
def crawled(crawl_cli, tmp_path_factory):
    """{case: result dict} for every case whose site is configured."""
    configured = _configured()
    runnable = [c for c in CASES if _site(c) in configured and configured[_site(c)]["enabled"]]
    done = {}
    for group in _groups(runnable):
        db = tmp_path_factory.mktemp("provinces") / "news.db"
        servers, arts, watched = {}, {}, {}
        args = [_site(c) for c in group] + ["--db", str(db), "--json"]
        for case in group:
            variant = VARIANTS[case]
            start = urlsplit(configured[_site(case)]["start_urls"][0]).path
            routes, arts[case] = variant.routes(start)
            servers[case] = VariantServer(routes)
            watched[case] = {a.path for a in arts[case]} | {p for a in arts[case] for p in a.more} | set(
                variant.not_articles) | set(variant.never)
            args += ["--base-url", f"{_site(case)}={servers[case].base_url}"]
        runs, fetched = crawl_twice(crawl_cli, args, servers, lambda case, server, watched=watched: _fetched(server, watched[case]))
        for case in group:
            done[case] = {"db": db, "arts": arts[case], "first": runs[0], "second": runs[1],
                          "fetched_first": fetched[0][case], "fetched_second": fetched[1][case],
                          "host": VARIANTS[case].host, "never": set(VARIANTS[case].never)}
        for server in servers.values():
            server.stop()
    return done


CASE_IDS = ["-".join(c) for c in CASES]
# Second-mirror forms the crawler does not read yet (issue 19, written without the rules): kept, and
# strict, so that the fix shows here.
KNOWN_BROKEN: dict[tuple[str, str], str] = {}
# ... and those of them whose missed articles are never requested at all
NEVER_REQUESTED: dict[tuple[str, str], str] = {}
# (ah-en's `/content/article/{8 digits}` and sn-en's `/news/YYYYMMDD/{id}.html` behind a 'More >>'
# link, issue 19, matched no configured pattern: their lists are read by their structure now)


def _params(broken: dict) -> list:
    return [pytest.param(c, id=i, marks=[pytest.mark.xfail(strict=True, reason=broken[c])] if c in broken else [])
            for c, i in zip(CASES, CASE_IDS, strict=True)]


def _result(crawled, case):
    if case not in crawled:
        pytest.fail(f"{_site(case)} is not a configured, enabled site")
    return crawled[case]


@pytest.mark.parametrize("case", _params(KNOWN_BROKEN))
def test_every_article_is_archived_exactly(crawled, case):
    r = _result(crawled, case)
    assert r["first"].returncode in (0, 1), r["first"].stderr[-2000:]
    archived = _archived(r["db"], _site(case))
    urls = [a["url"] for a in archived]
    assert len(urls) == len(set(urls)), "an article archived twice"
    truth: dict[str, Art] = {r["host"] + a.path: a for a in r["arts"]}
    missing, extra = sorted(set(truth) - set(urls)), sorted(set(urls) - set(truth))
    assert (missing, extra) == ([], []), f"not archived: {missing}; archived but not an article: {extra}"
    for found in archived:
        art = truth[found["url"]]
        assert (found["url"], found["title"]) == (found["url"], art.title)
        assert _date_matches(found["date"], art.date), (found["url"], found["date"], art.date)
        assert (found["url"], found["paragraphs"]) == (found["url"], art.paragraphs)
    # a failure is a listed page that is not an article; anything else (an off-site link followed,
    # a page misread) is a fault of the crawl
    allowed = {r["host"] + p for p in VARIANTS[case].not_articles}
    assert _failed_urls(r["db"], _site(case)) <= allowed


@pytest.mark.parametrize("case", _params(NEVER_REQUESTED))
def test_a_second_run_fetches_no_article(crawled, case):
    r = _result(crawled, case)
    assert r["second"].returncode in (0, 1), r["second"].stderr[-2000:]
    assert len(set(r["fetched_first"])) >= len(r["arts"]), "not every article was requested"
    assert r["fetched_second"] == []
    assert not r["never"] & set(r["fetched_first"]), "a link that is commented out was followed"
    stats = crawl_stats(r["second"])[_site(case)]
    assert (stats["new"], stats["article_requests"]) == (0, 0)


# The portals whose article URLs the configuration does not know (issue 19): their lists are read by
# their structure, and the crawl says so once; every other site's patterns still match, and it takes
# nothing by structure.
BY_STRUCTURE = {("ah-en", "editions"), ("sn-en", "editions")}


@pytest.mark.parametrize("case", [pytest.param(c, id=i) for c, i in zip(CASES, CASE_IDS, strict=True)])
def test_entries_are_taken_by_structure_only_where_the_patterns_miss(crawled, case):
    r = _result(crawled, case)
    taken = crawl_stats(r["first"])[_site(case)]["health"]["by_structure"]
    said = r["first"].stderr.count(f"{_site(case)}: article links no longer match the configured pattern;")
    if case in BY_STRUCTURE:
        assert (taken, said) == (len(r["arts"]), 1)
    else:
        assert (taken, said) == (0, 0)
