"""The parallel corpus export (TMX read back, JSONL, threshold) and `provnews evaluate` on the tiny model."""

from __future__ import annotations

import json
import re
import sqlite3
import xml.etree.ElementTree as ET

from click.testing import CliRunner

from provnews.cli import cli

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_tmx_reads_back_with_sites_urls_dates_and_confidence(demo_archive, tmp_path):
    out = tmp_path / "corpus.tmx"
    result = CliRunner().invoke(cli, ["export", "--db", str(demo_archive), "--pairs", "--format", "tmx",
                                      "--min-confidence", "0.5", "-o", str(out)])
    assert result.exit_code == 0, result.output
    units = ET.parse(out).getroot().findall("./body/tu")
    assert len(units) >= 12
    for tu in units:
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        assert float(props["x-confidence"]) >= 0.5
        assert props["x-zh-site"][-3:] == "-zh" and props["x-en-site"] == props["x-zh-site"][:-3] + "-en"
        assert props["x-zh-url"].startswith("https://www.") and props["x-en-published-at"]
        segs = {tuv.get(XML_LANG): tuv.find("seg").text for tuv in tu.findall("tuv")}
        assert segs["zh"] and segs["en"]
    pairs = {(tu.find("tuv/seg").text, tu.findall("tuv")[1].find("seg").text) for tu in units}
    assert ("11月16日，贵州两条新建高速公路建成通车，全省高速公路通车里程突破9000公里。",
            "Two newly built expressways in Guizhou opened to traffic on November 16, bringing the province's"
            " total expressway mileage to more than 9,000 kilometers.") in pairs
    assert f"Exported {len(units)} sentence pairs" in result.output


def test_jsonl_threshold_drops_weak_sentence_pairs(demo_archive):
    def lines(threshold: str) -> list[dict]:
        result = CliRunner().invoke(cli, ["export", "--db", str(demo_archive), "--pairs", "--min-confidence", threshold])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines()]

    everything, confident = lines("0"), lines("0.9")
    assert len(confident) < len(everything)
    assert min(r["confidence"] for r in confident) >= 0.9
    assert {"zh", "en", "zh_url", "en_url", "zh_published_at", "en_published_at", "confidence"} <= set(everything[0])


def test_pairs_refuses_csv(demo_archive):
    result = CliRunner().invoke(cli, ["export", "--db", str(demo_archive), "--pairs", "--format", "csv"])
    assert result.exit_code == 2 and "--pairs exports jsonl or tmx" in result.output


def test_evaluate_two_beams_are_stored_and_compared(demo_copy, models_env):
    runner = CliRunner()
    first = runner.invoke(cli, ["evaluate", "--db", str(demo_copy), "--beam-size", "4"])
    second = runner.invoke(cli, ["evaluate", "--db", str(demo_copy), "--beam-size", "1"])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert "meaningless" in first.output and "random weights" in first.output
    assert "gz-zh" in first.output and "chrF" in first.output
    # the province beside each site code, in the scores and in the stored runs
    assert re.search(r"^gz-zh\s+Guizhou 贵州\s+\d+", first.output, re.MULTILINE)
    assert re.search(r"^all\s+-\s+\d+", first.output, re.MULTILINE)
    assert re.search(r"\sgz-zh\s+Guizhou 贵州\s+\d+\s", second.output.split("Stored runs")[1])
    conn = sqlite3.connect(demo_copy)
    rows = conn.execute("SELECT model, settings, site, sentences, chrf, bleu FROM evaluations ORDER BY id").fetchall()
    conn.close()
    assert {json.loads(r[1])["beam_size"] for r in rows} == {1, 4}
    sites = {r[2] for r in rows}
    assert {"gz-zh", "hi-zh", "all"} <= sites and all(s == "all" or s.endswith("-zh") for s in sites)
    assert all(r[0] == "argos/translate-zh_en@0.0.1" and r[3] >= (10 if r[2] in ("gz-zh", "all") else 1)
               and r[4] is not None for r in rows)
    assert "beam 4" in second.output and "beam 1" in second.output   # the stored runs, side by side


def test_evaluate_without_a_model_is_one_clear_error(demo_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("PROVNEWS_MODELS_DIR", str(tmp_path / "none"))
    result = CliRunner().invoke(cli, ["evaluate", "--db", str(demo_copy)])
    assert result.exit_code == 1 and "no zh→en translation model" in result.output
