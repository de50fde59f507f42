"""Choosing sites: by name, by province code, by language, or the selection kept in provnews.toml."""

from __future__ import annotations

import json
import sqlite3

import pytest

from crawler.siteconfig import load_sites
from provnews.crawling import CrawlConfigError, host_groups, resolve_sites
from provnews.mirror import truths
from tests.support import forked

from .conftest import FAST, REPO


def test_provinces_and_languages_select_enabled_sites():
    sites = load_sites()
    enabled = [n for n, s in sites.items() if s.enabled]
    assert resolve_sites([]) == enabled
    assert resolve_sites([], provinces=["gz"]) == [n for n in enabled if n.startswith("gz-")]
    assert resolve_sites([], provinces=["zj,gz"], langs=["en"]) == [
        n for n in enabled if n.split("-")[0] in ("zj", "gz") and sites[n].lang == "en"]
    assert resolve_sites([], langs=["zh"]) == [n for n in enabled if sites[n].lang == "zh"]
    assert resolve_sites(["gz-en"], provinces=["zj"]) == ["gz-en"] + [n for n in enabled if n.startswith("zj-")]


@pytest.mark.parametrize("kwargs, message", [
    ({"site_names": ["xx-zh"]}, "unknown site 'xx-zh'"),
    ({"site_names": [], "provinces": ["xx"]}, "unknown province code 'xx'"),
    ({"site_names": [], "langs": ["fr"]}, "unknown language 'fr'"),
])
def test_unknown_names_codes_and_languages_are_errors(kwargs, message):
    with pytest.raises(CrawlConfigError, match=message):
        resolve_sites(**kwargs)


def test_sites_sharing_a_host_are_one_group():
    groups = host_groups(["zj-zh", "gz-zh", "zj-en", "gz-en"])
    assert ["zj-zh", "zj-en"] in groups and ["gz-zh"] in groups and ["gz-en"] in groups


def _crawl(tmp_path, *args, cwd=None):
    return forked.cli(["crawl", *args, "--json", *FAST], cwd or REPO)


def _archived_sites(db):
    con = sqlite3.connect(db)
    sites = {s for (s,) in con.execute("SELECT DISTINCT site FROM articles")}
    con.close()
    return sites


def test_crawl_by_province_and_language(tmp_path, mirror):
    db = tmp_path / "news.db"
    result = _crawl(tmp_path, "--province", "gz", "--lang", "en", "--db", str(db),
                    "--base-url", mirror("gz-en").base_url)
    assert result.returncode == 0, result.stderr
    assert list(json.loads(result.stdout)) == ["gz-en"]
    assert _archived_sites(db) == {"gz-en"}


def test_run_uses_the_selection_kept_in_provnews_toml(tmp_path, run_cli, mirror):
    db = tmp_path / "news.db"
    (tmp_path / "provnews.toml").write_text(
        f'db = "news.db"\nprovinces = ["gz"]\nlangs = ["en"]\n[base_urls]\n"gz-en" = "{mirror("gz-en").base_url}"\n',
        encoding="utf-8")
    result = run_cli("--no-translate")
    assert result.returncode == 0, result.stderr
    assert "gz-en" in result.stdout and "gz-zh" not in result.stdout
    con = sqlite3.connect(db)
    assert {u for (u,) in con.execute("SELECT url FROM articles")} == set(truths("gz-en"))


def test_crawl_applies_the_site_time_limit_of_provnews_toml(tmp_path, fresh_mirror):
    server = fresh_mirror("gz-zh", faults={"/xwdt/gzyw/index_1.html": ["slow:8"]})
    (tmp_path / "provnews.toml").write_text("[crawl]\nsite_time_limit = 2\n", encoding="utf-8")
    result = _crawl(tmp_path, "gz-zh", "--db", str(tmp_path / "news.db"), "--base-url", server.base_url,
                    cwd=tmp_path)
    assert json.loads(result.stdout)["gz-zh"]["finish_reason"] == "closespider_timeout", result.stderr
