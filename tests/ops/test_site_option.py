"""An unknown `--site` is the same usage error in every command that takes one: before, `search`
and `export` answered nothing with exit 0, which looks like an empty archive."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from archive import Archive
from provnews.cli import cli

PAGE = {"url": "https://www.zj.gov.cn/art/2024/5/3/art_1.html", "site": "zj-zh", "lang": "zh",
        "title": "浙江省召开会议", "published_at": "2024-05-03", "paragraphs": [{"text": "会议召开。", "kind": "text"}]}
RETIRED = {**PAGE, "url": "https://www.example.gov.cn/a.html", "site": "old-zh"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sites") / "news.db"
    with Archive(path) as archive:
        archive.store_article(PAGE)
        archive.store_article(RETIRED)
    return str(path)


COMMANDS = {
    "search": ["search", "会议"],
    "export": ["export"],
    "export atom": ["export", "--format", "atom"],
    "translate": ["translate"],
    "evaluate": ["evaluate"],
    "reparse": ["reparse"],
    "health": ["health"],
}


def crawl_error(db) -> str:
    result = CliRunner().invoke(cli, ["crawl", "zz-zh", "--db", db])
    assert result.exit_code == 2
    return result.stderr.strip()


@pytest.mark.parametrize("name", COMMANDS)
def test_an_unknown_site_is_the_usage_error_of_crawl(db, name, tmp_path, monkeypatch):
    monkeypatch.setenv("PROVNEWS_MODELS_DIR", str(tmp_path))  # no model: the site is checked first
    result = CliRunner().invoke(cli, [*COMMANDS[name], "--db", db, "--site", "zz-zh"])
    assert result.exit_code == 2, result.output
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Error: unknown site 'zz-zh': known sites are ") and "(see `provnews sites`)" in line
    assert line.split(":", 1)[1] == crawl_error(db).split(":", 1)[1]


@pytest.mark.parametrize("name", ["search", "export"])
def test_a_site_the_archive_holds_is_known_though_no_longer_configured(db, name):
    result = CliRunner().invoke(cli, [*COMMANDS[name], "--db", db, "--site", "old-zh"])
    assert result.exit_code == 0, result.output
    assert "example.gov.cn" in result.stdout
