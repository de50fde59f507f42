from pathlib import Path

import pytest

from crawler.siteconfig import SiteConfigError, get_site, load_sites

MIRROR = "http://127.0.0.1:8123"


# The sites table of the project: name -> start URL (a path where the table gives one).
START_URLS = {
    "bj-zh": "https://www.beijing.gov.cn/ywdt/yaowen/index.html", "tj-zh": "https://www.tj.gov.cn/sy/tjxw/index.html",
    "he-zh": "https://www.hebei.gov.cn/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/index.html",
    "sx-zh": "https://www.shanxi.gov.cn/ywdt/sxyw/index.shtml",
    "ln-zh": "https://www.ln.gov.cn/web/ywdt/jrln/wzxx2018/index.shtml", "jl-zh": "https://www.jl.gov.cn/szyw/jlyw/index.html",
    "hl-zh": "https://www.hlj.gov.cn/hlj/c107855/news.shtml", "sh-zh": "https://www.shanghai.gov.cn/nw4411/index.html",
    "js-zh": "https://www.jiangsu.gov.cn/col/col60096/index.html", "ah-zh": "https://www.ah.gov.cn/zwyw/jryw/index.html",
    "fj-zh": "https://www.fujian.gov.cn/xwdt/fjyw/index.htm", "jx-zh": "https://www.jiangxi.gov.cn/col/col393/index.html",
    "sd-zh": "https://www.shandong.gov.cn/col/col97564/index.html", "ha-zh": "https://www.henan.gov.cn/ywdt/hnyw/index.html",
    "hb-zh": "https://www.hubei.gov.cn/zwgk/hbyw/hbywqb/index.shtml", "gd-zh": "https://www.gd.gov.cn/gdywdt/gdyw/index.html",
    "gx-zh": "https://www.gxzf.gov.cn/gxyw/index.shtml", "hi-zh": "https://www.hainan.gov.cn/hainan/5309/list3.shtml",
    "cq-zh": "https://www.cq.gov.cn/ywdt/jrcq/index.html", "sc-zh": "https://www.sc.gov.cn/10462/10464/10797/jrsc_list.shtml",
    "yn-zh": "https://www.yn.gov.cn/ywdt/ynyw/index.html", "xz-zh": "https://www.xizang.gov.cn/xwzx_406/zwyw/index.html",
    "sn-zh": "https://www.shaanxi.gov.cn/xw/sxyw/index.html", "gs-zh": "https://www.gansu.gov.cn/gsszf/c100002/ywdt.shtml",
    "nx-zh": "https://www.nx.gov.cn/zwxx_11337/nxyw/index.html",
    "xj-zh": "https://www.xinjiang.gov.cn/xinjiang/xjyw/common_list.shtml",
    "sh-en": "https://english.shanghai.gov.cn/en-Latest-WhatsNew/index.html",
}
# Rows whose column is taken from the sources: only the host is fixed.
HOSTS = {"nm-zh": "www.nmg.gov.cn", "hn-zh": "www.hunan.gov.cn", "qh-zh": "www.qinghai.gov.cn",
         "bj-en": "english.beijing.gov.cn", "js-en": "en.jiangsu.gov.cn", "ah-en": "english.ah.gov.cn",
         "fj-en": "www.fujian.gov.cn", "ha-en": "english.henan.gov.cn", "hb-en": "en.hubei.gov.cn",
         "hn-en": "www.enghunan.gov.cn", "hi-en": "en.hainan.gov.cn", "cq-en": "english.cq.gov.cn",
         "sn-en": "english.shaanxi.gov.cn", "zj-zh": "www.zj.gov.cn", "zj-en": "english.zj.gov.cn",
         "gz-zh": "www.guizhou.gov.cn", "gz-en": "guizhou.chinadaily.com.cn"}


def test_every_site_of_the_table_is_configured_with_its_start_url_and_its_evidence():
    sites = load_sites()
    assert set(sites) == set(START_URLS) | set(HOSTS)
    for name, url in START_URLS.items():
        assert sites[name].start_request_urls == [url], name
    for name, host in HOSTS.items():
        assert sites[name].start_request_urls[0].split("/")[2] == host, name
    for site in sites.values():
        assert site.confidence in ("high", "medium", "low") and len(site.evidence) > 20, site.name
        assert site.name[:2] + "-" + site.lang == site.name
    assert {n for n, s in sites.items() if s.fetch == "browser-once"} == {"hb-zh", "gs-zh"}
    # every list kind is used by a configuration
    assert {s.pagination.kind for s in sites.values()} == {"hanweb", "trs_index", "numbered", "json_api", "fragment", "rss"}
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


def test_a_field_of_another_pagination_kind_is_named_with_the_kind(tmp_path, monkeypatch):
    # `page_template` belongs to the static walks: a Hanweb file may set it, a feed may not
    _write(tmp_path, "js-zh", PROVINCE + 'page_template = "index_{n}.html"\n')
    _write(tmp_path, "js-en", PROVINCE.replace('"hanweb"', '"rss"').replace("proxy_path", "page_template"))
    monkeypatch.setenv("PROVNEWS_SITES_DIR", str(tmp_path))
    with pytest.raises(SiteConfigError, match=r"js-en.toml: field 'pagination.page_template': not a field of "
                                              r"pagination kind 'rss' \(only of hanweb, trs_index, numbered, json_api\)"):
        load_sites()
    (tmp_path / "js-en.toml").unlink()
    assert load_sites()["js-zh"].pagination.page_template == "index_{n}.html"


def test_unknown_site_names_the_known_ones():
    with pytest.raises(SiteConfigError, match="known sites are ah-en, ah-zh, bj-en, .*, zj-en, zj-zh"):
        get_site("tw-zh")


def test_a_link_to_another_real_host_of_the_site_keeps_that_host():
    site = get_site("zj-en").with_base_url(MIRROR)
    moved = "http://www.zj.gov.cn/art/2019/6/28/art_1229659935_59724725.html"
    assert site.is_article_url(moved)
    assert site.fetch_url(moved) == MIRROR + "/art/2019/6/28/art_1229659935_59724725.html"
    assert site.canonical_url(moved) == moved
    assert site.canonical_url(MIRROR + "/art/2018/11/23/art_5798_2296745.html") == \
        "http://english.zj.gov.cn/art/2018/11/23/art_5798_2296745.html"


def test_a_copy_for_another_fetch_host_does_not_inherit_the_original_hosts():
    site = get_site("gz-zh")
    url = "/xwdt/gzyw/202611/t20261120_88123456.html"
    # works out (and caches) the original's hosts and fetch host
    assert not site.is_on_site(MIRROR + url) and site.fetch_url(url) == "https://www.guizhou.gov.cn" + url
    mirrored = site.with_base_url(MIRROR)
    assert mirrored.is_on_site(MIRROR + url) and mirrored.fetch_url(url) == MIRROR + url
    assert site.fetch_url(url) == "https://www.guizhou.gov.cn" + url
