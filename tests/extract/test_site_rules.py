"""Site rules come first, and a site object is read only through the documented attributes."""

from types import SimpleNamespace

from crawler.extract import extract_page

URL = "https://www.zj.gov.cn/art/2026/11/20/art_1554467_60195319.html"


def site(**extract):
    return SimpleNamespace(name="zj-zh", lang="zh", extract=SimpleNamespace(**extract))


def test_site_selectors_override_cms_conventions(page_bytes):
    rules = site(title=["h1.title"], date=[".info"], body=["div#zoom"], drop=["table", "p[style]"],
                 source=[".info"])
    page = extract_page(page_bytes("hanweb.html"), URL, site=rules)
    assert page.site == "zj-zh"
    # The site's rule gives the day; the PubDate meta of that same day adds its time.
    assert page.published_at == "2026-11-20T10:07:00+08:00" and page.date_rule == "site:.info + meta pubdate time"
    assert (page.title_rule, page.body_rule, page.source_rule) == ("site:h1.title", "site:div#zoom", "site:.info")
    assert page.source == "浙江日报"
    assert [p.kind for p in page.paragraphs] == ["text"] * 4


def test_site_title_suffixes_are_stripped(page_bytes):
    html = page_bytes("hanweb.html").replace(b'<meta name="ArticleTitle" content="\xe6\xb5\x99\xe6\xb1\x9f\xe6\x8e\xa8\xe8\xbf\x9b\xe6\x95\xb0\xe5\xad\x97\xe4\xb9\xa1\xe6\x9d\x91\xe5\xbb\xba\xe8\xae\xbe">', b"")
    page = extract_page(html, URL, site=site(title=["title"], title_suffixes=["_浙江省人民政府门户网站"]))
    assert page.title == "浙江推进数字乡村建设"


def test_missing_attributes_and_bad_selectors_mean_no_rule(page_bytes):
    page = extract_page(page_bytes("hanweb.html"), URL, site=SimpleNamespace(name="x"))
    assert page.title == "浙江推进数字乡村建设"
    page = extract_page(page_bytes("hanweb.html"), URL, site=site(body=["div[[["], title=[">>"]))
    assert page.published_at == "2026-11-20T10:07:00+08:00"
