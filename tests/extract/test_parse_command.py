"""`provnews parse`: the crawl's extraction on a saved file, JSON out, one-line errors."""

import json

from click.testing import CliRunner

from provnews.cli import cli
from tests.extract.conftest import PAGES

URL = "https://www.zj.gov.cn/art/2026/11/20/art_1554467_60195319.html"


def run(*args: str):
    return CliRunner().invoke(cli, ["parse", *args])


def test_prints_the_page_object_with_chinese_unescaped():
    result = run(str(PAGES / "hanweb.html"), "--url", URL, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"url", "site", "lang", "title", "published_at", "source", "paragraphs", "images", "attachments"}
    assert data["url"] == URL and data["title"] == "浙江推进数字乡村建设"
    assert data["paragraphs"][0] == "11月20日，全省数字乡村建设推进会在杭州召开。"
    assert "浙江推进" in result.output


def test_site_option_applies_that_sites_rules():
    result = run(str(PAGES / "hanweb.html"), "--url", URL, "--site", "zj-zh")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["site"] == "zj-zh"


def test_unknown_site_is_a_usage_error():
    result = run(str(PAGES / "hanweb.html"), "--site", "no-such-site")
    assert result.exit_code == 2
    assert result.output.startswith("Error: unknown site 'no-such-site'")


def test_a_page_that_is_not_an_article_fails_with_one_line():
    result = run(str(PAGES / "soft404.html"))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: not an article: page does not exist ({PAGES / 'soft404.html'})"]


def test_garbage_file_fails_with_one_line(tmp_path):
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 50)
    result = run(str(junk))
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and result.output.startswith("Error: not html")


def test_missing_file_names_the_path(tmp_path):
    result = run(str(tmp_path / "nope.html"))
    assert result.exit_code == 2 and "nope.html" in result.output


def test_charset_option_acts_as_the_http_header(tmp_path):
    page = tmp_path / "p.html"
    page.write_bytes((PAGES / "gb2312.html").read_bytes().replace(b"charset=gb2312", b""))
    result = run(str(page), "--charset", "gbk", "--all-fields")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["title"] == "朱镕基与陶喆的故事" and data["charset"] == "gb18030"
