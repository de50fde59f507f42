"""Raw pages stored with an article: once per distinct response, linked to the versions they made."""

import gzip
import hashlib

import pytest

from archive import CHANGED, NEW, UNCHANGED
from archive.raw import RawPageError, iter_raw_pages, version_pages
from tests.raw.builders import article, response

GBK_PAGE = "<html><head><meta charset=gbk></head><body><p>浙江省人民政府</p></body></html>".encode("gbk")


def count(archive, table):
    return archive.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_page_is_kept_byte_for_byte_with_its_response(archive):
    page = article(1, ["第一段"])
    archive.store_article(page, raw_pages=[response(page["url"], GBK_PAGE, headers={
        b"Content-Type": [b"text/html; charset=gbk"], b"Set-Cookie": [b"a=1", b"b=2"]})])
    [stored] = version_pages(archive.db, 1)
    assert stored.body == GBK_PAGE
    assert stored.blob_hash == hashlib.sha256(GBK_PAGE).hexdigest()
    assert stored.headers == {"Content-Type": "text/html; charset=gbk", "Set-Cookie": ["a=1", "b=2"]}
    assert (stored.status, stored.page_no, stored.fetched_at) == (200, 1, "2024-05-01T02:00:00+00:00")
    codec, size, data = archive.db.execute("SELECT codec, size, data FROM raw_blobs").fetchone()
    assert (codec, size) == ("zstd", len(GBK_PAGE)) and data != GBK_PAGE


def test_unchanged_refetch_adds_nothing(archive):
    page = article(1, ["第一段"])
    body = b"<html>" + "正文".encode() * 500 + b"</html>"
    assert archive.store_article(page, raw_pages=[response(page["url"], body)]) == NEW
    assert archive.store_article(page, raw_pages=[response(page["url"], body, "2024-05-02T02:00:00Z")]) == UNCHANGED
    assert (count(archive, "raw_pages"), count(archive, "raw_blobs")) == (1, 1)
    [stored] = version_pages(archive.db, 1)
    assert stored.fetched_at == "2024-05-01T02:00:00+00:00"  # when this content was first captured


def test_changed_page_adds_a_copy_linked_to_the_new_version(archive):
    v1, v2 = article(1, ["第一段"]), article(1, ["第一段", "更正"])
    archive.store_article(v1, raw_pages=[response(v1["url"], b"<p>one</p>")])
    assert archive.store_article(v2, raw_pages=[response(v2["url"], b"<p>two</p>", "2024-05-03T00:00:00Z")]) == CHANGED
    assert count(archive, "raw_pages") == 2 and count(archive, "revisions") == 1
    assert [p.body for p in version_pages(archive.db, 1, 1)] == [b"<p>one</p>"]
    assert [p.body for p in version_pages(archive.db, 1)] == [b"<p>two</p>"]


def test_multi_page_article_keeps_every_page_in_order(archive):
    page = article(1, ["一", "二"])
    url2 = page["url"].replace(".html", "_2.html")
    archive.store_article(page, raw_pages=[response(page["url"], b"page one"), response(url2, b"page two", page_no=2)])
    assert [(p.page_no, p.url, p.body) for p in version_pages(archive.db, 1)] == [
        (1, page["url"], b"page one"), (2, url2, b"page two")]


def test_shorter_refetch_of_a_multi_page_article_drops_the_old_last_page(archive):
    page = article(1, ["一", "二"])
    url2 = page["url"].replace(".html", "_2.html")
    archive.store_article(page, raw_pages=[response(page["url"], b"1 of 2"), response(url2, b"2 of 2", page_no=2)])
    shorter = article(1, ["一二"])
    archive.store_article(shorter, raw_pages=[response(page["url"], b"1 of 1", "2024-05-04T00:00:00Z")])
    assert [p.body for p in version_pages(archive.db, 1)] == [b"1 of 1"]
    assert [p.body for p in version_pages(archive.db, 1, 1)] == [b"1 of 2", b"2 of 2"]


def test_same_bytes_at_two_urls_are_stored_once(archive):
    body = b"<html>identical template page</html>"
    for n in (1, 2):
        page = article(n, [f"段落{n}"])
        archive.store_article(page, raw_pages=[response(page["url"], body)])
    assert (count(archive, "raw_pages"), count(archive, "raw_blobs")) == (2, 1)


def test_fetch_time_is_stored_in_utc(archive):
    page = article(1, ["第一段"])
    archive.store_article(page, raw_pages=[response(page["url"], b"x", fetched_at="2024-05-01T10:00:00+08:00")])
    assert version_pages(archive.db, 1)[0].fetched_at == "2024-05-01T02:00:00+00:00"


def test_article_without_raw_pages_has_none(archive):
    archive.store_article(article(1, ["第一段"]))
    assert version_pages(archive.db, 1) == [] and count(archive, "raw_blobs") == 0


def test_decoded_text_is_refused_and_nothing_is_half_stored(archive):
    page = article(1, ["第一段"])
    with pytest.raises(TypeError):
        archive.store_article(page, raw_pages=[response(page["url"], "<p>text, not bytes</p>")])
    assert count(archive, "articles") == 0 and count(archive, "raw_pages") == 0


def test_gzip_blobs_written_by_other_tools_are_readable(archive):
    page = article(1, ["第一段"])
    archive.store_article(page, raw_pages=[response(page["url"], b"original")])
    archive.db.execute("UPDATE raw_blobs SET codec = 'gzip', data = ?", [gzip.compress(b"original")])
    assert version_pages(archive.db, 1)[0].body == b"original"


def test_damaged_blob_is_a_clear_error(archive):
    page = article(1, ["第一段"])
    archive.store_article(page, raw_pages=[response(page["url"], b"original")])
    archive.db.execute("UPDATE raw_blobs SET data = X'00112233'")
    with pytest.raises(RawPageError, match="damaged"):
        _ = version_pages(archive.db, 1)[0].body  # the property decodes the blob


@pytest.mark.parametrize(("since", "until", "site", "expected"), [
    (None, None, None, [1, 2, 3]),
    ("2024-05-02", None, None, [2, 3]),
    (None, "2024-05-02", None, [1, 2]),  # both ends inclusive, like every --since/--until
    (None, None, "zj-en", [2]),
])
def test_iter_raw_pages_filters_by_publication_date_and_site(archive, since, until, site, expected):
    for n, day, site_name in ((1, "01", "zj-zh"), (2, "02", "zj-en"), (3, "03", "zj-zh")):
        page = article(n, [f"段落{n}"], site=site_name, published_at=f"2024-05-{day}T20:00:00+08:00")
        # fetched in the opposite order of publication: the filter is on the date printed on the page
        archive.store_article(page, raw_pages=[response(page["url"], f"page {n}".encode(), f"2024-06-0{4 - n}T08:00:00Z")])
    got = sorted(p.body for p in iter_raw_pages(archive.db, since=since, until=until, site=site))
    assert got == [f"page {n}".encode() for n in expected]


def test_iter_raw_pages_is_in_fetch_order(archive):
    for n in (1, 2, 3):
        page = article(n, [f"段落{n}"])
        archive.store_article(page, raw_pages=[response(page["url"], f"page {n}".encode(), f"2024-06-0{4 - n}T08:00:00Z")])
    assert [p.body for p in iter_raw_pages(archive.db)] == [b"page 3", b"page 2", b"page 1"]
