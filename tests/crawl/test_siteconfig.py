from pathlib import Path

import pytest

from crawler.siteconfig import SiteConfigError, get_site, load_sites

MIRROR = "http://127.0.0.1:8123"


def test_the_four_sites_load_with_their_pagination_kinds():
    sites = load_sites()
    assert {name: s.pagination.kind for name, s in sites.items()} == {
        "zj-zh": "hanweb", "zj-en": "hanweb", "gz-zh": "trs_index", "gz-en": "numbered"}
    assert sites["zj-zh"].extract.body == ["div#zoom"] and sites["gz-en"].lang == "en"


def test_base_url_override_keeps_paths_for_every_host_of_the_site():
    site = get_site("zj-zh").with_base_url(MIRROR)
    assert site.fetch_url("/col/col1554467/index.html") == f"{MIRROR}/col/col1554467/index.html"
    assert site.fetch_url("https://zj.gov.cn/art/2026/1/2/art_1_2.html?x=1") == f"{MIRROR}/art/2026/1/2/art_1_2.html?x=1"
    assert site.fetch_url("http://www.news.cn/a.htm") == "http://www.news.cn/a.htm"


def test_canonical_url_is_the_real_site_url_whatever_the_fetch_host():
    site = get_site("gz-zh").with_base_url(MIRROR)
    url = "/xwdt/gzyw/202611/t20261120_88123456.html"
    assert site.canonical_url(MIRROR + url) == "https://www.guizhou.gov.cn" + url
    assert get_site("gz-zh").canonical_url("https://www.guizhou.gov.cn" + url) == "https://www.guizhou.gov.cn" + url


@pytest.mark.parametrize("url, expected", [
    ("https://www.zj.gov.cn/art/2026/11/20/art_1554467_60195319.html", True),
    ("/col/col1554467/art/2026/art_195b4c02a328313270ee7af6f0321989.html", True),
    (MIRROR + "/art/2026/11/20/art_1554467_60195319.html", True),
    ("https://www.zj.gov.cn/col/col1554467/index.html", False),
    ("http://www.news.cn/art/2026/11/20/art_1554467_60195319.html", False),
])
def test_article_urls_are_on_site_and_match_a_pattern(url, expected):
    assert get_site("zj-zh").with_base_url(MIRROR).is_article_url(url) is expected


def test_trs_continuation_pages_are_not_articles_of_their_own():
    site = get_site("gz-zh")
    assert site.is_article_url("/xwdt/gzyw/202611/t20261120_88123456.html")
    assert not site.is_article_url("/xwdt/gzyw/202611/t20261120_88123456_1.html")


def _write(directory: Path, name: str, text: str) -> None:
    (directory / f"{name}.toml").write_text(text, encoding="utf-8")


PROVINCE = """
title = "Jiangsu (Chinese)"
lang = "zh"
base_url = "https://www.jiangsu.gov.cn"
start_urls = ["/col/col60096/index.html"]
article_url_patterns = ['^/art/\\d{4}/\\d{1,2}/\\d{1,2}/art_\\d+_\\d+\\.html$']
[pagination]
kind = "hanweb"
proxy_path = "/module/web/jpage/dataproxy.jsp"
"""


def test_a_province_is_added_by_a_file_in_PROVNEWS_SITES_DIR(tmp_path, monkeypatch):
    _write(tmp_path, "js-zh", PROVINCE)
    monkeypatch.setenv("PROVNEWS_SITES_DIR", str(tmp_path))
    site = get_site("js-zh")
    assert site.pagination.proxy_path == "/module/web/jpage/dataproxy.jsp"
    assert "zj-zh" in load_sites()


def test_a_typo_fails_at_load_naming_the_field(tmp_path, monkeypatch):
    _write(tmp_path, "js-zh", PROVINCE.replace("proxy_path", "proxy_pth"))
    monkeypatch.setenv("PROVNEWS_SITES_DIR", str(tmp_path))
    with pytest.raises(SiteConfigError, match=r"js-zh.toml: field 'pagination.proxy_pth'"):
        load_sites()


def test_a_bad_pattern_or_kind_is_named(tmp_path, monkeypatch):
    _write(tmp_path, "js-zh", PROVINCE.replace('kind = "hanweb"', 'kind = "jpage"'))
    monkeypatch.setenv("PROVNEWS_SITES_DIR", str(tmp_path))
    with pytest.raises(SiteConfigError, match=r"field 'pagination.kind'"):
        load_sites()


def test_unknown_site_names_the_known_ones():
    with pytest.raises(SiteConfigError, match="known sites are gz-en, gz-zh, zj-en, zj-zh"):
        get_site("sc-zh")


def test_a_link_to_another_real_host_of_the_site_keeps_that_host():
    site = get_site("zj-en").with_base_url(MIRROR)
    moved = "http://www.zj.gov.cn/art/2019/6/28/art_1229659935_59724725.html"
    assert site.is_article_url(moved)
    assert site.fetch_url(moved) == MIRROR + "/art/2019/6/28/art_1229659935_59724725.html"
    assert site.canonical_url(moved) == moved
    assert site.canonical_url(MIRROR + "/art/2018/11/23/art_5798_2296745.html") == \
        "http://english.zj.gov.cn/art/2018/11/23/art_5798_2296745.html"
