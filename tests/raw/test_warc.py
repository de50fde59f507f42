"""The WARC export, read back with warcio: every response, as stored, dated by its fetch."""

import gzip

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive import ArchiveError
from archive.raw import iter_raw_pages
from archive.warc import export_warc
from tests.raw.builders import article, read_responses, response

GBK_BODY = "<html><body><p>省政府常务会议</p></body></html>".encode("gbk")


@pytest.fixture
def filled(archive):
    first = article(1, ["一", "二"])
    url2 = first["url"].replace(".html", "_2.html")
    archive.store_article(first, raw_pages=[
        response(first["url"], GBK_BODY, headers={"Content-Type": "text/html; charset=gbk",
                                                  "Set-Cookie": ["a=1", "b=2"]}),
        response(url2, b"<html>page two</html>", page_no=2)])
    second = article(2, ["英文"], site="zj-en", published_at="2024-05-03")
    archive.store_article(second, raw_pages=[response(second["url"], b"<html>english</html>", "2024-05-03T09:30:00+08:00")])
    changed = article(2, ["英文", "更正"], site="zj-en", published_at="2024-05-03")
    archive.store_article(changed, raw_pages=[response(second["url"], b"<html>english, corrected</html>",
                                                       "2024-05-04T00:00:00Z", status=203)])
    return archive


def test_every_stored_response_round_trips(filled, tmp_path):
    out = tmp_path / "all.warc.gz"
    assert export_warc(filled.db, out) == 4
    stored = list(iter_raw_pages(filled.db))
    records = read_responses(out)
    assert [(url, date, body) for url, date, _, body in records] == [
        (p.url, p.fetched_at.replace("+00:00", "Z"), p.body) for p in stored]
    assert [int(h.get_statuscode()) for _, _, h, _ in records] == [p.status for p in stored]


def test_headers_are_kept_as_served(filled, tmp_path):
    out = tmp_path / "all.warc.gz"
    export_warc(filled.db, out)
    _, _, headers, body = read_responses(out)[0]
    assert headers.get_header("Content-Type") == "text/html; charset=gbk"
    assert [v for k, v in headers.headers if k == "Set-Cookie"] == ["a=1", "b=2"]
    assert headers.get_header("Content-Length") == str(len(body))


def test_transport_encoding_of_the_original_response_is_not_claimed(archive, tmp_path):
    # Scrapy hands the body already un-gzipped; a WARC that still said gzip would be unreadable.
    page = article(1, ["一"])
    archive.store_article(page, raw_pages=[response(page["url"], b"<html>plain</html>", headers={
        "Content-Encoding": "gzip", "Transfer-Encoding": "chunked", "Content-Length": "9"})])
    out = tmp_path / "one.warc.gz"
    export_warc(archive.db, out)
    [(_, _, headers, body)] = read_responses(out)
    assert body == b"<html>plain</html>"
    assert headers.get_header("Content-Encoding") is None and headers.get_header("Transfer-Encoding") is None


def test_file_is_gzip_per_record_with_warcinfo_first(filled, tmp_path):
    out = tmp_path / "all.warc.gz"
    export_warc(filled.db, out)
    with open(out, "rb") as fh:
        types = [(r.rec_type, r.rec_headers.protocol) for r in ArchiveIterator(fh)]
    assert types[0] == ("warcinfo", "WARC/1.0") and [t for t, _ in types[1:]] == ["response"] * 4
    raw = out.read_bytes()
    assert raw.count(b"\x1f\x8b\x08") >= 5  # one gzip member per record, so readers can seek
    assert gzip.decompress(raw).startswith(b"WARC/1.0")


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"site": "zj-en"}, 2),  # both versions of the zj-en article
    ({"since": "2024-05-03"}, 2),  # by publication date, like every --since/--until
    ({"until": "2024-05-02"}, 2),
    ({"since": "2024-05-04"}, 0),
])
def test_filters(filled, tmp_path, kwargs, expected):
    out = tmp_path / "part.warc.gz"
    assert export_warc(filled.db, out, **kwargs) == expected
    assert len(read_responses(out)) == expected


def test_unwritable_target_is_a_clear_error_and_leaves_no_file(filled, tmp_path):
    out = tmp_path / "missing-dir" / "all.warc.gz"
    with pytest.raises(ArchiveError, match="cannot write"):
        export_warc(filled.db, out)
    assert not out.parent.exists()


def test_failed_export_leaves_no_partial_file(filled, tmp_path):
    filled.db.execute("UPDATE raw_blobs SET data = X'00' WHERE size = (SELECT MAX(size) FROM raw_blobs)")
    out = tmp_path / "all.warc.gz"
    with pytest.raises(ArchiveError):
        export_warc(filled.db, out)
    assert list(tmp_path.glob("all.warc.gz*")) == []
