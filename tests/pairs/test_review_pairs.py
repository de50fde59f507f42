"""Pairs in the review UI: three columns, links both ways, the paired filter, decisions, the
official wording copied into the machine column, glossary marks; in-process and in chromium."""

from __future__ import annotations

import re
import sqlite3

import pytest

from archive import Archive
from provnews.web import create_app
from provnews.web.server import BackgroundServer
from tests.fixtures.browser import DESKTOP, PHONE
from tests.pairs.conftest import article_id
from tests.web.conftest import new_client, translate

OFFICIAL_0 = ("Two newly built expressways in Guizhou opened to traffic on November 16, bringing the province's"
              " total expressway mileage to more than 9,000 kilometers.")


def _token(page) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)">', page.text).group(1)


@pytest.fixture
def translated(demo_copy):
    """The expressway pair, its Chinese side machine-translated (random-looking English)."""
    zh, en = article_id(demo_copy, "88123190"), article_id(demo_copy, "1209950")
    with Archive(demo_copy) as archive:
        translate(archive.db, zh, {-1: "Guizhou two highway open", 0: "On 16 November two roads opened in the province.",
                                   1: "The roads improve the network of northwestern Guizhou."})
    return demo_copy, zh, en


def test_three_columns_and_links_both_ways(translated):
    path, zh, en = translated
    with new_client(create_app(path, reviewer="tester")) as client:
        page = client.get(f"/articles/{zh}")
        assert page.status_code == 200
        assert 'class="units bilingual three"' in page.text
        assert OFFICIAL_0.replace("'", "&#39;") in page.text
        assert f'href="/articles/{en}"' in page.text and "copy-official-form" in page.text
        back = client.get(f"/articles/{en}")
        assert f'href="/articles/{zh}"' in back.text and "Chinese original" in back.text


def test_browse_filters_paired_and_unpaired(demo_archive):
    with new_client(create_app(demo_archive, read_only=True)) as client:
        paired = client.get("/?paired=yes&site=gz-zh").text
        unpaired = client.get("/?paired=no&site=gz-zh").text
        assert paired.count('<a href="/articles/') == 4 and unpaired.count('<a href="/articles/') == 2
        assert "贵州新增两条高速公路建成通车" in paired and "贵州新增两条高速公路建成通车" not in unpaired
        assert "Guizhou villages bet on rural tourism" in client.get("/?paired=no&site=gz-en").text
        assert client.get("/?paired=maybe").status_code == 400


def test_decisions_through_the_form(translated):
    path, zh, en = translated
    other_zh = article_id(path, "88123456")
    with new_client(create_app(path, reviewer="tester")) as client:
        token = _token(client.get(f"/articles/{en}"))
        response = client.post(f"/articles/{en}/pair", data={"csrf_token": token, "action": "reject", "other": str(zh)})
        assert response.status_code == 303
        response = client.post(f"/articles/{en}/pair", data={"csrf_token": token, "action": "set",
                                                              "other": str(other_zh)})
        assert response.status_code == 303
        page = client.get(f"/articles/{en}").text
        assert "新型工业化" in page and 'id="pair-status">confirmed' in page
        assert client.post(f"/articles/{en}/pair", data={"csrf_token": token, "action": "set",
                                                         "other": "x"}).status_code == 400
    with sqlite3.connect(path) as conn:
        rows = dict(((e, z), s) for e, z, s in conn.execute("SELECT en_id, zh_id, status FROM article_pairs"
                                                              " WHERE en_id = ?", [en]))
        aligned = conn.execute("SELECT count(*) FROM pair_alignments WHERE en_id = ? AND zh_id = ?",
                               [en, other_zh]).fetchone()[0]
    assert rows == {(en, zh): "rejected", (en, other_zh): "confirmed"}
    assert aligned > 0   # a pair a person set is aligned at once


def test_glossary_marks_missing_english(translated, tmp_path):
    path, zh, _ = translated
    glossary = tmp_path / "glossary.csv"
    glossary.write_text("zh,en,note\n黔西北,northwestern Guizhou,region\n高速公路,expressway,\n", encoding="utf-8")
    with new_client(create_app(path, reviewer="tester", glossary=glossary)) as client:
        page = client.get(f"/articles/{zh}").text
    units = {m.group(1): m.group(2) for m in re.finditer(r'id="u(-?\d+)"(.*?)</li>\s*(?=<li class="unit|</ol>)', page, re.S)}
    # ¶2 has 黔西北 and its machine English says "northwestern Guizhou": no mark; ¶1 says "roads", not "expressway".
    assert re.search(r'class="term missing"[^>]*><span lang="zh">高速公路', units["0"])
    assert re.search(r'class="term"[^>]*><span lang="zh">黔西北', units["1"])
    assert "mined from" in page   # the mined names (Guizhou) beside the user's terms


def test_a_broken_glossary_is_one_clear_error(demo_archive, tmp_path):
    from provnews.glossary import GlossaryError

    bad = tmp_path / "g.toml"
    bad.write_text("[terms\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="not valid TOML"):
        create_app(demo_archive, read_only=True, glossary=bad)


@pytest.mark.timeout(90)
def test_reviewer_copies_official_wording_and_decides_in_the_browser(translated, browser_page):
    path, zh, en = translated
    page = browser_page
    with BackgroundServer(create_app(path, reviewer="tester")) as server:
        page.goto(f"{server.url}/articles/{zh}")
        row = page.locator("#u0")
        assert row.locator(".src").is_visible() and row.locator(".official").is_visible() and row.locator(".tgt").is_visible()
        boxes = [row.locator(sel).bounding_box() for sel in (".src", ".official", ".tgt")]
        assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]          # Chinese | official | machine
        assert row.locator(".official-text").inner_text() == OFFICIAL_0
        with page.expect_navigation():
            row.get_by_role("button", name="Use the official wording →").click()
        row = page.locator("#u0")
        assert row.locator(".english").inner_text() == OFFICIAL_0
        assert row.locator(".tgt .badge").inner_text().lower() == "edited"

        with page.expect_navigation():
            page.locator("a.pair-link").click()
        assert page.url.split("#")[0].endswith(f"/articles/{en}")
        with page.expect_navigation():
            page.get_by_role("button", name="Confirm pair").click()
        assert page.locator("#pair-status").inner_text().lower() == "confirmed"

        page.goto(f"{server.url}/?paired=no&site=gz-en")
        assert page.locator("select[name=paired]").input_value() == "no"
        assert page.get_by_text("Guizhou villages bet on rural tourism").is_visible()
    with sqlite3.connect(path) as conn:
        edited, state = conn.execute("SELECT edited, state FROM translations WHERE article_id = ? AND idx = 0",
                                     [zh]).fetchone()
        status, reviewer = conn.execute("SELECT status, reviewer FROM article_pairs WHERE en_id = ?", [en]).fetchone()
    assert (edited, state) == (OFFICIAL_0, "edited") and (status, reviewer) == ("confirmed", "tester")


def test_glossary_files_csv_and_toml(tmp_path):
    from provnews.glossary import GlossaryError, load_file

    toml = tmp_path / "g.toml"
    toml.write_text('[terms]\n"湄潭" = "Meitan"\n\n[[term]]\nzh = "乡村振兴"\nen = "rural revitalization"\nnote = "policy"\n',
                    encoding="utf-8")
    assert [(t["zh"], t["en"]) for t in load_file(toml)] == [("湄潭", "Meitan"), ("乡村振兴", "rural revitalization")]
    bad = tmp_path / "g.csv"
    bad.write_text("zh,en\n湄潭\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="line 2: expected zh,en"):
        load_file(bad)


# The Hefei pair: its table rows align with unrelated English at 0.05 and 0.12 (the report).
HEFEI_ZH, HEFEI_EN = "701568933", "993651242"
WEAK_ENGLISH = "Officials said the measures would be carried out in stages, with progress reviewed every quarter."


def test_alignments_below_the_stated_confidence_are_shown_unaligned(demo_archive):
    from archive.review import SHOWN_CONFIDENCE, get_article

    zh = article_id(demo_archive, HEFEI_ZH)
    with Archive(demo_archive) as archive:
        official = get_article(archive.db, zh)["official"]
        confidences = {c for (c,) in archive.db.execute(
            "SELECT confidence FROM pair_alignments WHERE zh_id = ? AND level = 'paragraph'", [zh])}
    assert SHOWN_CONFIDENCE == 0.4 and min(confidences) < 0.1   # the archive does hold weak beads
    shown = [o for o in official.values() if o["text"] and o["confidence"] is not None]
    assert shown and all(o["confidence"] >= SHOWN_CONFIDENCE for o in shown)
    extras = [e for o in official.values() for e in o["extra"]]
    assert WEAK_ENGLISH in extras   # not hidden: shown as English only
    with new_client(create_app(demo_archive, read_only=True)) as client:
        page = client.get(f"/articles/{zh}").text
    assert "No official English aligned: the best match, 0.05, is below 0.40." in page
    assert "Paragraphs aligned below 0.40 confidence are shown unaligned." in page
    assert f'<p class="official-text">{WEAK_ENGLISH}' not in page


def test_pair_candidates_search_titles_in_the_other_language(demo_archive):
    from archive.pairs import pair_candidates

    zh, en = article_id(demo_archive, HEFEI_ZH), article_id(demo_archive, HEFEI_EN)
    with Archive(demo_archive) as archive:
        assert [c["id"] for c in pair_candidates(archive.db, en, "合肥 科学中心")] == [zh]
        assert [c["id"] for c in pair_candidates(archive.db, zh, "Hefei science")] == [en]
        assert [c["id"] for c in pair_candidates(archive.db, zh, str(en))] == [en]   # an id still works
        assert pair_candidates(archive.db, zh, "100%_") == [] and pair_candidates(archive.db, zh, "  ") == []
        assert all(c["lang"] == "zh" for c in pair_candidates(archive.db, en, "贵州"))


@pytest.mark.timeout(150)
def test_the_pair_box_finds_the_article_by_its_title_in_the_browser(translated, browser_page):
    path, zh, en = translated
    other_zh = article_id(path, "88123456")
    page = browser_page
    with BackgroundServer(create_app(path, reviewer="tester")) as server:
        page.goto(f"{server.url}/articles/{en}")
        assert "article number" not in page.locator("#pair").inner_text()
        page.locator("input[name=pair_q]").fill("新型工业化")
        with page.expect_navigation():
            page.get_by_role("button", name="Search titles").click()
        candidates = page.locator("#pair-candidates li")
        assert candidates.count() == 1 and "贵州省推进新型工业化大会在贵阳召开" in candidates.first.inner_text()
        # Setting a pair aligns it at once; the first alignment in a process loads the dictionary
        # (from its disk cache; ~20 s in a busy server where it must be built).
        with page.expect_navigation(timeout=80_000):
            candidates.first.get_by_role("button", name="Set as pair").click(no_wait_after=True)
        assert page.locator("#pair-status").inner_text().lower() == "confirmed"
        assert page.locator("a.pair-link").inner_text() == "贵州省推进新型工业化大会在贵阳召开"
        page.locator("input[name=pair_q]").fill("no such title")
        with page.expect_navigation():
            page.get_by_role("button", name="Search titles").click()
        assert "has “no such title” in its title" in page.locator("#pair-candidates").inner_text()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT status, reviewer FROM article_pairs WHERE en_id = ? AND zh_id = ?",
                            [en, other_zh]).fetchone() == ("confirmed", "tester")


@pytest.mark.timeout(90)
@pytest.mark.parametrize("viewport, name", [(DESKTOP, "review-pair"), (PHONE, "review-pair-phone")])
def test_paired_article_page_layout(demo_archive, sized_page, viewport, name):
    """At 1400×1000 the page opens at its title with the rows right below (no blank band, nothing
    scrolled away); at phone width nothing runs off the side and the three columns stack."""
    zh = article_id(demo_archive, HEFEI_ZH)
    page = sized_page(viewport)
    with BackgroundServer(create_app(demo_archive, reviewer="tester")) as server:
        page.goto(f"{server.url}/articles/{zh}")
        page.wait_for_load_state("load")
        assert page.evaluate("window.scrollY") == 0 and "#" not in page.url
        title = page.locator("h1").bounding_box()
        assert 0 <= title["y"] < 200
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"]
        row = page.locator("#u0")
        boxes = [row.locator(sel).bounding_box() for sel in (".src", ".official", ".tgt")]
        if viewport is DESKTOP:
            assert page.locator("#u-1").bounding_box()["y"] < viewport["height"] - 100   # rows start on screen 1
            assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
        else:
            assert boxes[0]["x"] == boxes[1]["x"] == boxes[2]["x"] and boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]
        assert page.shoot(name) == (viewport["width"], viewport["height"])
        # No blank band at the end: scrolled to the bottom, the last row ends near the page's end.
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        end = page.evaluate("document.documentElement.scrollHeight")
        last = page.locator("li.unit, #history").last.bounding_box()  # the rows, then the edit history
        assert end - (last["y"] + last["height"] + page.evaluate("window.scrollY")) < 120
        # The cursor keys still remember the paragraph in the address.
        page.keyboard.press("j")
        assert page.url.endswith("#u0")
