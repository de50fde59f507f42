"""Exports parse back with standard readers and say what the archive says."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from archive import Archive
from archive.export import ExportError, export, iter_articles
from provnews.cli import cli

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def db(corpus):
    with Archive(corpus) as archive:
        yield archive.db


def run(db, fmt: str, **filters) -> str:
    out = io.StringIO(newline="")
    export(db, fmt, out, **filters)
    return out.getvalue()


def units(db, article_id: int) -> list[tuple]:
    return db.execute(
        "SELECT p.text, p.kind, coalesce(t.edited, t.machine), t.state, t.edited_by, t.edited_at, t.reviewed_by,"
        " t.reviewed_at FROM paragraphs p LEFT JOIN translations t"
        " ON t.article_id = p.article_id AND t.idx = p.idx WHERE p.article_id = ? ORDER BY p.idx", [article_id]).fetchall()


def test_jsonl_holds_every_article_with_aligned_paragraphs(db):
    records = [json.loads(line) for line in run(db, "jsonl").splitlines()]
    assert [r["id"] for r in records] == [i for (i,) in db.execute("SELECT id FROM articles ORDER BY id")]
    for record in records:
        row = next(db.query("SELECT * FROM articles WHERE id = ?", [record["id"]]))
        for column in ("url", "site", "lang", "title", "published_at", "body", "body_translation", "translation_model"):
            assert record[column] == row[column]
        assert [tuple(p.values()) for p in record["paragraphs"]] == units(db, record["id"])
        assert record["images"] == json.loads(row["images"])
    edited = next(r for r in records if r["id"] == 4)
    assert edited["paragraphs"][0] == {**edited["paragraphs"][0], "translation": "An edited [line] & <b>",
                                       "state": "reviewed", "edited_by": "alice", "reviewed_by": "alice"}
    english = next(r for r in records if r["lang"] == "en")
    assert all(p["translation"] is None and p["state"] is None for p in english["paragraphs"])


def test_iter_articles_is_lazy(db):
    articles = iter_articles(db)
    first = next(articles)
    assert first["id"] == 1 and hasattr(articles, "__next__")


def test_csv_has_one_row_per_article(db):
    rows = list(csv.DictReader(io.StringIO(run(db, "csv"), newline="")))
    assert len(rows) == db["articles"].count
    by_id = {int(r["id"]): r for r in rows}
    for id_, title, body, translation in db.execute("SELECT id, title, body, body_translation FROM articles"):
        assert (by_id[id_]["title"], by_id[id_]["body"]) == (title, body)
        assert by_id[id_]["body_translation"] == (translation or "")


def test_tmx_is_translation_memory_of_every_translated_unit(db):
    root = ET.fromstring(run(db, "tmx").encode("utf-8"))
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("srclang") == "zh" and header.get("segtype") == "paragraph"
    tus = root.findall("body/tu")
    expected = db.execute(
        "SELECT t.article_id, t.idx, CASE WHEN t.idx = -1 THEN a.title ELSE p.text END, coalesce(t.edited, t.machine),"
        " t.state FROM translations t JOIN articles a ON a.id = t.article_id LEFT JOIN paragraphs p"
        " ON p.article_id = t.article_id AND p.idx = t.idx WHERE a.lang = 'zh' ORDER BY t.article_id, t.idx").fetchall()
    got = []
    for tu in tus:
        article_id, idx = map(int, tu.get("tuid").split(":"))
        segs = {tuv.get(XML_LANG): tuv.find("seg").text for tuv in tu.findall("tuv")}
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        got.append((article_id, idx, segs["zh"], segs["en"], props["x-state"]))
    assert got == expected and len(got) > 20
    reviewed = [tu for tu in tus if tu.find("prop[@type='x-state']").text == "reviewed"]
    assert len(reviewed) == 2 and all(tu.get("changeid") == "alice" for tu in reviewed)


def test_reviewed_only(db):
    tmx = ET.fromstring(run(db, "tmx", reviewed_only=True).encode("utf-8"))
    assert [tu.get("tuid") for tu in tmx.findall("body/tu")] == ["3:0", "4:0"]
    assert [json.loads(line)["id"] for line in run(db, "jsonl", reviewed_only=True).splitlines()] == [3]


def test_since_until_and_site_filter_on_the_publication_date(db):
    expected = [i for i, published, site in db.execute("SELECT id, published_at, site FROM articles ORDER BY id")
                if published and "2024-02-01" <= published[:10] <= "2024-02-28" and site == "gz-zh"]
    got = [json.loads(line)["id"] for line in
           run(db, "jsonl", since="2024-02-01", until="2024-02-28", site="gz-zh").splitlines()]
    assert got == expected and expected


def test_control_characters_cannot_break_the_tmx(archive_at):
    archive_at.store_article({"url": "u", "site": "zj-zh", "lang": "zh", "title": "标题\x0b", "published_at": None,
                              "paragraphs": [{"text": "正文\x01<script>"}]})
    from tests.archive.conftest import translate

    translate(archive_at, 1, seed=1)
    root = ET.fromstring(run(archive_at.db, "tmx").encode("utf-8"))
    assert [seg.text for seg in root.iter("seg")][::2] == ["标题", "正文<script>"]


def test_an_unknown_format_is_refused(db):
    with pytest.raises(ExportError, match="jsonl, csv, tmx"):
        run(db, "xlsx")


def test_cli_writes_stdout_or_a_complete_file(corpus, tmp_path):
    runner = CliRunner()
    stdout = runner.invoke(cli, ["export", "--db", str(corpus), "--format", "jsonl", "--site", "zj-en"])
    assert stdout.exit_code == 0 and "\\u" not in stdout.output
    assert {json.loads(line)["site"] for line in stdout.output.splitlines()} == {"zj-en"}
    target = tmp_path / "out.tmx"
    result = runner.invoke(cli, ["export", "--db", str(corpus), "--format", "tmx", "-o", str(target)])
    assert result.exit_code == 0 and "translation units" in result.output
    assert ET.parse(target).getroot().tag == "tmx" and not list(tmp_path.glob("*.partial"))


def test_cli_warc_needs_a_file_and_is_handed_to_archive_warc(corpus, tmp_path, monkeypatch):
    import archive.warc

    calls = []
    monkeypatch.setattr(archive.warc, "export_warc", lambda db, path, **filters: calls.append((path, filters)) or 7)
    runner = CliRunner()
    refused = runner.invoke(cli, ["export", "--db", str(corpus), "--format", "warc"])
    assert refused.exit_code == 2 and refused.output.startswith("Error: --format warc writes a file")
    done = runner.invoke(cli, ["export", "--db", str(corpus), "--format", "warc", "--site", "zj-zh",
                               "-o", str(tmp_path / "x.warc.gz")])
    assert done.exit_code == 0 and "Exported 7 records" in done.output
    assert calls == [(tmp_path / "x.warc.gz", {"since": None, "until": None, "site": "zj-zh"})]


def test_cli_refuses_a_missing_archive_without_creating_it(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "typo.db")])
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not (tmp_path / "typo.db").exists()


@pytest.mark.parametrize("flag", ["--bom", "--excel"])
def test_cli_csv_with_a_bom_for_excel(corpus, tmp_path, flag):
    target = tmp_path / "news.csv"
    result = CliRunner().invoke(cli, ["export", "--db", str(corpus), "--format", "csv", flag, "-o", str(target)])
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not data[3:].startswith(b"\xef\xbb\xbf")
    plain = CliRunner().invoke(cli, ["export", "--db", str(corpus), "--format", "csv"]).stdout_bytes
    assert data == b"\xef\xbb\xbf" + plain  # the mark, then the same UTF-8 bytes
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows and "id" in rows[0] and any(ord(ch) > 0x4E00 for r in rows for ch in r["title"])
    stdout = CliRunner().invoke(cli, ["export", "--db", str(corpus), "--format", "csv", flag])
    assert stdout.exit_code == 0 and stdout.stdout_bytes == data


def test_cli_csv_without_bom_is_plain_utf8(corpus):
    result = CliRunner().invoke(cli, ["export", "--db", str(corpus), "--format", "csv"])
    assert result.exit_code == 0 and result.stdout_bytes.startswith(b"id,")


def test_cli_bom_is_for_csv_only(corpus):
    result = CliRunner().invoke(cli, ["export", "--db", str(corpus), "--format", "jsonl", "--bom"])
    assert result.exit_code == 2 and "--format csv" in result.output
