"""Further pages of a multi-page article: the TRS pager script, or plain links to `<name>_N`."""

from crawler.extract.pages import further_pages

CD = "https://guizhou.chinadaily.com.cn/2026-11/20/content_1210050.htm"


def test_trs_pager_script_names_pages_1_to_n_minus_1():
    html = '<script>createPageHTML(3, 0, "t20261120_88123456", "html");</script>'
    url = "https://www.guizhou.gov.cn/xwdt/gzyw/202611/t20261120_88123456.html"
    assert further_pages(html, url) == [url.replace(".html", "_1.html"), url.replace(".html", "_2.html")]


def test_linked_pager_gives_the_numbered_pages_in_order_once():
    html = ('<div id="div_currpage"><span>1</span> <a href="content_1210050_3.htm">3</a>'
            ' <a href="//guizhou.chinadaily.com.cn/2026-11/20/content_1210050_2.htm">2</a>'
            ' <a href="content_1210050_2.htm#top">Next</a></div>')
    assert further_pages(html, CD) == [CD.replace(".htm", "_2.htm"), CD.replace(".htm", "_3.htm")]


def test_links_to_other_articles_or_folders_are_not_pages():
    html = ('<a href="content_1210051_2.htm">other story</a> <a href="../21/content_1210050_2.htm">elsewhere</a>'
            ' <a href="news_2.html">list</a>')
    assert further_pages(html, CD) == []


def test_a_later_page_names_no_further_pages():
    html = '<div id="div_currpage"><a href="content_1210050.htm">1</a> <a href="content_1210050_3.htm">3</a></div>'
    assert further_pages(html, CD.replace(".htm", "_2.htm")) == []
