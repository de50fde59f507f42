"""Search against a brute-force scan of the same archive: every term length, phrases, exclusions."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import archive.search as search_module
from archive import Archive
from archive.period import FilterError
from archive.search import (
    count,
    index_in_sync,
    parse_query,
    reindex,
    search,
    snippet_parts,
)
from provnews.cli import cli

ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# 1- to 4-character Chinese terms, Latin ones in several cases, phrases with spaces, and terms
# that occur nowhere; several sit at the end of columns or make up a whole column. Short terms with
# a non-ASCII letter ("é", "Éu") are left to a scan by the index step.
TERMS = ["省", "会", "议", "港", "图", "]", "会议", "工作", "民生", "港口", "省政", "振兴", "务会", "政府召",
         "省政府", "乡村振兴", "常务会议", "高质量发展", "共同富裕", "振兴会议", "鲸鱼", "鲸", "航天局",
         "eu", "EU", "Eu", "e", "rural", "RURAL", "meeting", "Rural revitalization", "the work", "[图]",
         "port", "xyz", "会议。", "é", "Éu"]


def brute_force(db, query: str, site=None, lang=None) -> list[int]:
    """Ids matching `query`, newest first, by reading every article in Python."""
    parsed = parse_query(query)
    hits = []
    for id_, title, body, title_en, body_en, published, site_, lang_ in db.execute(
            "SELECT id, title, body, title_translation, body_translation, published_at, site, lang FROM articles"):
        text = "\x00".join(f.translate(ASCII_LOWER) for f in (title, body, title_en or "", body_en or ""))
        found = lambda term, text=text: term.translate(ASCII_LOWER) in text  # noqa: E731
        if ((site is None or site == site_) and (lang is None or lang == lang_)
                and all(found(t) for t in parsed.include) and not any(found(t) for t in parsed.exclude)):
            hits.append((published or "", id_))
    return [id_ for _, id_ in sorted(hits, reverse=True)]


@pytest.fixture(scope="module")
def db(corpus):
    with Archive(corpus) as archive:
        yield archive.db


@pytest.fixture(params=["window", "index"])
def strategy(request, monkeypatch):
    """Run each query with the default window and with a tiny one, so step 2 (the index) runs."""
    if request.param == "index":
        monkeypatch.setattr(search_module, "WINDOW_MIN", 3)
        monkeypatch.setattr(search_module, "WINDOW_PER_RESULT", 1)
        monkeypatch.setattr(search_module, "RANK_LIMIT", 4)  # broad index terms: newest first
    return request.param


def check(db, query: str, **filters) -> None:
    expected = brute_force(db, query, **filters)
    # Small pages, so that a rare term leaves the window short and the index step runs.
    results, offset = [], 0
    while True:
        page = search(db, query, limit=7, offset=offset, **filters)
        results += page
        offset += 7
        if len(page) < 7:
            break
    ids = [r["id"] for r in results]
    assert sorted(ids) == sorted(expected), query
    assert count(db, query, **filters) == len(expected)
    ranks = [r["rank"] for r in results]
    if parse_query(query).fts_include and search_module.RANK_LIMIT >= 100:
        assert None not in ranks and ranks == sorted(ranks)
    elif None not in ranks:
        assert ranks == sorted(ranks)
    else:
        assert ids == expected  # newest first, undated last
        assert set(ranks) == {None}


@pytest.mark.parametrize("term", TERMS)
def test_single_term_matches_brute_force(db, strategy, term):
    check(db, term if " " not in term else f'"{term}"')


@pytest.mark.parametrize("query", [
    "会议 省", "乡村振兴 会议", "乡村振兴 -会议", "省 -会议", "会议 -省", "-会议", "-乡村振兴", "-会议 -港口",
    '"常务会议" 工作', '-"省政府" 会议', "rural 会议", "EU 省 -港口", "meeting -eu", "高质量发展 -乡村振兴 -民生",
    "会 议", "鲸鱼 会议", "会议 鲸鱼", "港口 民生 工作",
])
def test_combined_queries_match_brute_force(db, strategy, query):
    check(db, query)


@pytest.mark.parametrize("filters", [{"site": "gz-zh"}, {"lang": "en"}, {"site": "zj-zh", "lang": "zh"}])
def test_filters_match_brute_force(db, strategy, filters):
    for query in ("会议", "乡村振兴", "省 -会议", "eu"):
        check(db, query, **filters)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(TERMS), st.booleans()), min_size=1, max_size=3))
def test_random_queries_match_brute_force(db, strategy, terms):
    query = " ".join(("-" if negate else "") + f'"{term}"' for term, negate in terms)
    check(db, query)


def test_paging_walks_the_same_order(db, strategy):
    for query in ("省", "乡村振兴"):
        full = [r["id"] for r in search(db, query, limit=1000)]
        paged = [r["id"] for offset in range(0, len(full), 4) for r in search(db, query, limit=4, offset=offset)]
        assert paged == full


def test_dates_are_inclusive_on_the_publication_day(db):
    rows = db.execute("SELECT id, published_at FROM articles WHERE published_at IS NOT NULL").fetchall()
    expected = {id_ for id_, published in rows if "2024-01-05" <= published[:10] <= "2024-02-10"}
    got = {r["id"] for r in search(db, "-鲸鱼", since="2024-01-05", until="2024-02-10", limit=1000)}
    assert got == expected and expected


def test_english_query_finds_chinese_articles_through_translations(db):
    results = search(db, "rural revitalization", lang="zh", limit=1000)
    assert results and all(r["lang"] == "zh" for r in results)
    assert all("[" in r["snippet"] for r in results)


def test_snippet_marks_hits_and_keeps_literal_brackets_apart(db):
    result = search(db, "[图] 会议", limit=1)[0]
    parts = snippet_parts(result["snippet"])
    hits = {text for text, hit in parts if hit}
    assert hits <= {"［图］", "会议"} and hits
    assert "[" not in "".join(text for text, _ in parts)


@pytest.mark.parametrize("query, args", [("", {}), ("   ", {}), ("-", {}), ("会议", {"since": "2024-02-30"}),
                                          ("会议", {"lang": "fr"}), ("会议", {"limit": 0}), ("会议", {"offset": -1})])
def test_bad_queries_are_refused_not_ignored(db, query, args):
    with pytest.raises(FilterError):  # SearchError, or the date filter's own error
        search(db, query, **args)


def test_index_follows_every_kind_of_write(archive_at):
    archive = archive_at
    page = {"url": "https://x.gov.cn/1.html", "site": "zj-zh", "lang": "zh", "title": "省政府常务会议",
            "published_at": "2024-01-02", "paragraphs": [{"text": "研究乡村振兴。"}]}
    assert archive.store_article(page) == "new"
    assert [r["id"] for r in search(archive.db, "乡村振兴")] == [1]
    assert archive.store_article(page) == "unchanged"
    assert archive.store_article({**page, "paragraphs": [{"text": "研究共同富裕。"}]}) == "changed"
    assert search(archive.db, "乡村振兴") == [] and len(search(archive.db, "共同富裕")) == 1
    # the translation worker, then a reviewer, write the English columns
    archive.db.execute("UPDATE articles SET title_translation = 'Executive meeting', body_translation = 'Common prosperity'"
                       " WHERE id = 1")
    assert len(search(archive.db, "prosperity")) == 1
    archive.db.execute("UPDATE articles SET body_translation = 'Shared wealth', reviewed_at = 'now' WHERE id = 1")
    assert search(archive.db, "prosperity") == [] and len(search(archive.db, "wealth")) == 1
    archive.db.execute("UPDATE articles SET fetched_at = '2030-01-01' WHERE id = 1")
    assert index_in_sync(archive.db)
    archive.db.execute("DELETE FROM articles WHERE id = 1")
    assert search(archive.db, "wealth") == [] and index_in_sync(archive.db)


def test_a_review_edit_reaches_the_index(archive_at):
    from archive import review

    archive = archive_at
    archive.store_article({"url": "https://x.gov.cn/2.html", "site": "zj-zh", "lang": "zh", "title": "民生工作",
                           "published_at": "2024-01-02", "paragraphs": [{"text": "推进民生工作。"}]})
    from tests.archive.conftest import translate

    translate(archive, 1, seed=1)
    review.edit_unit(archive.db, 1, 0, "Livelihood work advanced", reviewer="bob")
    assert [r["id"] for r in search(archive.db, "livelihood")] == [1]
    assert index_in_sync(archive.db)


def test_reindex_repairs_an_index_written_around(archive_at):
    archive = archive_at
    archive.store_article({"url": "https://x.gov.cn/3.html", "site": "zj-zh", "lang": "zh", "title": "港口建设",
                           "published_at": "2024-01-02", "paragraphs": [{"text": "港口建设推进。"}]})
    archive.db.execute("DROP TRIGGER articles_au")
    archive.db.execute("UPDATE articles SET body = '机场建设推进。' WHERE id = 1")
    assert not index_in_sync(archive.db)
    assert reindex(archive.db) == 1
    assert index_in_sync(archive.db) and len(search(archive.db, "机场建设")) == 1


def test_cli_search_prints_a_table_and_json(corpus):
    runner = CliRunner()
    table = runner.invoke(cli, ["search", "乡村振兴 会议", "--db", str(corpus), "--limit", "3"])
    assert table.exit_code == 0, table.output
    assert "[乡村振兴]" in table.output or "[会议]" in table.output
    as_json = runner.invoke(cli, ["search", "会议", "--db", str(corpus), "--json", "--site", "gz-zh"])
    results = json.loads(as_json.output)
    assert results and {r["site"] for r in results} == {"gz-zh"} and "会议" in as_json.output
    lines = runner.invoke(cli, ["search", "会议", "--db", str(corpus), "--nl", "--limit", "2"])
    assert [json.loads(line)["id"] for line in lines.output.splitlines()] == [r["id"] for r in results[:2]]


def test_cli_search_refuses_a_bad_date_in_one_line(corpus):
    result = CliRunner().invoke(cli, ["search", "会议", "--db", str(corpus), "--since", "yesterday"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == ["Error: since must be a date like 2024-05-01, not 'yesterday'"]


def test_cli_reindex(corpus):
    result = CliRunner().invoke(cli, ["reindex", "--db", str(corpus)])
    assert result.exit_code == 0 and result.output.startswith("Reindexed 90 articles")


def test_cli_search_says_how_many_it_did_not_show(corpus):
    with Archive(corpus) as archive:
        total = count(archive.db, "会议")
    assert total > 3
    runner = CliRunner()
    first = runner.invoke(cli, ["search", "会议", "--db", str(corpus), "--limit", "3"])
    assert first.exit_code == 0
    assert first.stderr.splitlines()[-1] == f"showing 3 of {total} (use --limit)"
    second = runner.invoke(cli, ["search", "会议", "--db", str(corpus), "--limit", "3", "--offset", "3"])
    assert second.stderr.splitlines()[-1] == f"showing 4-6 of {total} (use --limit and --offset)"
    every = runner.invoke(cli, ["search", "会议", "--db", str(corpus), "--limit", str(total)])
    assert "showing" not in every.stderr
    as_json = runner.invoke(cli, ["search", "会议", "--db", str(corpus), "--limit", "3", "--json"])
    assert "showing" not in as_json.output and len(json.loads(as_json.stdout)) == 3


def test_cli_search_names_the_province_beside_the_site(corpus):
    result = CliRunner().invoke(cli, ["search", "会议", "--db", str(corpus), "--site", "gz-zh", "--limit", "1"])
    assert result.exit_code == 0
    assert "gz-zh Guizhou 贵州" in result.stdout.splitlines()[0]
