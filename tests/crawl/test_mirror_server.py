import http.client
import urllib.error
import urllib.request

import pytest

from provnews.mirror import pages, truths


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers.get("Content-Type"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read()


def test_faults_play_in_sequence_then_the_page_comes_back(fresh_mirror):
    server = fresh_mirror("gz-en", faults={"/news.html": [503, "reset"]})
    assert _get(server.base_url + "/news.html")[0] == 503
    with pytest.raises((urllib.error.URLError, http.client.RemoteDisconnected, ConnectionResetError)):
        urllib.request.urlopen(server.base_url + "/news.html", timeout=5)
    assert _get(server.base_url + "/news.html")[0] == 200
    assert [r.status for r in server.requests] == [503, 0, 200]


def test_gb2312_page_is_served_with_the_declared_charset_and_gbk_only_characters(mirror):
    server = mirror("zj-zh", "jpage")
    page = next(p for p in pages("zj-zh", "jpage") if p.truth and "朱镕基" in " ".join(p.truth["paragraphs"]))
    status, content_type, body = _get(server.base_url + page.path)
    assert (status, content_type) == (200, "text/html; charset=gb2312")
    assert b'charset=gb2312"' in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("gb2312")
    assert "朱镕基" in body.decode("gb18030")


def test_soft_404_answers_200_and_unknown_paths_404(mirror):
    server = mirror("zj-zh", "jpage")
    soft = next(p for p in pages("zj-zh", "jpage") if p.kind == "soft404")
    status, _, body = _get(server.base_url + soft.path)
    assert status == 200 and "页面不存在" in body.decode()
    assert _get(server.base_url + "/art/2026/1/1/art_1_1.html")[0] == 404


def test_truth_urls_are_canonical():
    assert all(url.startswith("https://www.guizhou.gov.cn/xwdt/gzyw/") for url in truths("gz-zh"))
    assert "http://english.zj.gov.cn/art/2018/11/23/art_5798_2296745.html" in truths("zj-en")
