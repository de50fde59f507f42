"""archive.review on a real archive file: units, edits beside the machine version, sign-offs."""

from __future__ import annotations

import pytest

from archive import review
from archive.period import FilterError

NOW = "2024-06-01T08:00:00+00:00"


def _row(archive, article_id, idx):
    return next(archive.db.query("SELECT * FROM translations WHERE article_id = ? AND idx = ?", [article_id, idx]))


def _article(archive, article_id):
    return next(archive.db.query("SELECT * FROM articles WHERE id = ?", [article_id]))


def test_units_align_title_then_paragraphs(fresh_archive):
    archive, ids = fresh_archive
    article = review.get_article(archive.db, ids["plain"])
    assert [u["idx"] for u in article["units"]] == [-1, 0, 1, 2]
    assert article["units"][0]["source"] == article["title"]
    assert article["units"][1]["source"] == "会议强调，要坚定不移推进乡村振兴。"
    assert article["units"][1]["english"].startswith("The meeting stressed")
    assert article["progress"] == {"units": 4, "translated": 4, "reviewed": 0}


def test_untranslated_units_have_no_english(fresh_archive):
    archive, ids = fresh_archive
    units = review.get_article(archive.db, ids["pending"])["units"]
    assert [(u["translated"], u["english"]) for u in units] == [(False, None), (False, None)]


def test_edit_keeps_machine_version_and_refreshes_article(fresh_archive):
    archive, ids = fresh_archive
    unit = review.edit_unit(archive.db, ids["plain"], 1, "Officials of the provincial\ngovernment spoke.", "ann",
                            now=NOW)
    assert unit["english"] == "Officials of the provincial government spoke."  # one line per paragraph
    row = _row(archive, ids["plain"], 1)
    assert row["machine"] == "Officials of the provincial government attended the meeting and spoke."
    assert (row["edited"], row["edited_at"], row["state"], row["reviewer"]) == (
        "Officials of the provincial government spoke.", NOW, "edited", "ann")
    assert _article(archive, ids["plain"])["body_translation"].split("\n") == [
        "The meeting stressed the need to unswervingly promote rural revitalization.",
        "Officials of the provincial government spoke.",
        "The meeting also arranged the key work for the next stage.",
    ]


def test_editing_the_title_refreshes_title_translation(fresh_archive):
    archive, ids = fresh_archive
    review.edit_unit(archive.db, ids["plain"], review.TITLE_IDX, "Zhejiang meets on rural revitalization", "ann")
    assert _article(archive, ids["plain"])["title_translation"] == "Zhejiang meets on rural revitalization"


def test_submitting_the_machine_text_drops_the_edit(fresh_archive):
    archive, ids = fresh_archive
    machine = _row(archive, ids["plain"], 0)["machine"]
    review.edit_unit(archive.db, ids["plain"], 0, "Something else.", "ann")
    review.edit_unit(archive.db, ids["plain"], 0, machine, "ann")
    row = _row(archive, ids["plain"], 0)
    assert (row["edited"], row["state"]) == (None, "machine")


def test_resubmitting_unchanged_text_is_not_an_edit(fresh_archive):
    archive, ids = fresh_archive
    archive.db.execute("UPDATE translations SET machine = 'Two lines\nof machine text.'"
                       " WHERE article_id = ? AND idx = 0", [ids["plain"]])
    review.edit_unit(archive.db, ids["plain"], 0, "Two lines\r\nof machine text.", "ann")  # as a textarea sends it
    assert _row(archive, ids["plain"], 0)["state"] == "machine"


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_empty_edit_is_refused(fresh_archive, text):
    archive, ids = fresh_archive
    with pytest.raises(review.ReviewError, match="empty"):
        review.edit_unit(archive.db, ids["plain"], 0, text, "ann")
    assert _row(archive, ids["plain"], 0)["edited"] is None


def test_edit_needs_a_reviewer(fresh_archive):
    archive, ids = fresh_archive
    with pytest.raises(review.ReviewError, match="reviewer"):
        review.edit_unit(archive.db, ids["plain"], 0, "New text.", "  ")


def test_untranslated_unit_cannot_be_edited_or_reviewed(fresh_archive):
    archive, ids = fresh_archive
    with pytest.raises(review.ReviewError, match="no translation yet"):
        review.edit_unit(archive.db, ids["pending"], 0, "Made up.", "ann")
    with pytest.raises(review.ReviewError, match="no translation yet"):
        review.review_unit(archive.db, ids["pending"], 0, "ann")
    assert archive.db.execute("SELECT count(*) FROM translations WHERE article_id = ?",
                              [ids["pending"]]).fetchone()[0] == 0


@pytest.mark.parametrize("article, idx", [(999, 0), ("plain", 42)])
def test_unknown_article_or_paragraph_is_not_found(fresh_archive, article, idx):
    archive, ids = fresh_archive
    with pytest.raises(review.NotFound):
        review.edit_unit(archive.db, ids.get(article, article), idx, "Text.", "ann")


def test_stale_edit_is_a_conflict_not_an_overwrite(fresh_archive):
    archive, ids = fresh_archive
    machine = _row(archive, ids["plain"], 0)["machine"]
    review.edit_unit(archive.db, ids["plain"], 0, "First reviewer's text.", "ann", expected=machine)
    with pytest.raises(review.ReviewConflict):
        review.edit_unit(archive.db, ids["plain"], 0, "Second reviewer's text.", "bob", expected=machine)
    assert _row(archive, ids["plain"], 0)["edited"] == "First reviewer's text."


def test_review_unit_stores_reviewer_and_time(fresh_archive):
    archive, ids = fresh_archive
    review.review_unit(archive.db, ids["plain"], 2, "ann", now=NOW)
    row = _row(archive, ids["plain"], 2)
    assert (row["state"], row["reviewer"], row["reviewed_at"]) == ("reviewed", "ann", NOW)
    assert _article(archive, ids["plain"])["reviewed_at"] is None  # one unit does not sign off the article


def test_review_article_marks_every_unit_and_leaves_the_queue(fresh_archive):
    archive, ids = fresh_archive
    assert ids["plain"] in [r["id"] for r in review.review_queue(archive.db)]
    review.edit_unit(archive.db, ids["plain"], 0, "An edited paragraph.", "ann")
    review.review_unit(archive.db, ids["plain"], 1, "ann", now="2024-05-30T00:00:00+00:00")
    review.review_article(archive.db, ids["plain"], "bob", now=NOW)
    rows = list(archive.db.query("SELECT idx, state, reviewer, reviewed_at, edited FROM translations"
                                 " WHERE article_id = ? ORDER BY idx", [ids["plain"]]))
    assert all(r["state"] == "reviewed" for r in rows)
    assert rows[2] == {"idx": 1, "state": "reviewed", "reviewer": "ann", "reviewed_at": "2024-05-30T00:00:00+00:00",
                       "edited": None}  # an earlier sign-off keeps its reviewer
    assert rows[1]["edited"] == "An edited paragraph." and rows[1]["reviewer"] == "bob"
    article = _article(archive, ids["plain"])
    assert (article["reviewed_by"], article["reviewed_at"]) == ("bob", NOW)
    assert ids["plain"] not in [r["id"] for r in review.review_queue(archive.db)]
    assert review.queue_size(archive.db) == len(review.review_queue(archive.db))


def test_an_edit_after_sign_off_sends_the_article_back_to_the_queue(fresh_archive):
    archive, ids = fresh_archive
    review.review_article(archive.db, ids["plain"], "bob")
    review.edit_unit(archive.db, ids["plain"], 0, "A later correction.", "ann")
    article = _article(archive, ids["plain"])
    assert (article["reviewed_by"], article["reviewed_at"]) == (None, None)
    assert _row(archive, ids["plain"], 0)["state"] == "edited"
    assert ids["plain"] in [r["id"] for r in review.review_queue(archive.db)]


def test_untranslated_article_cannot_be_signed_off(fresh_archive):
    archive, ids = fresh_archive
    with pytest.raises(review.ReviewError, match="untranslated"):
        review.review_article(archive.db, ids["pending"], "ann")
    assert _article(archive, ids["pending"])["reviewed_at"] is None


def test_english_article_can_be_signed_off(fresh_archive):
    archive, ids = fresh_archive
    review.review_article(archive.db, ids["english"], "ann", now=NOW)
    assert _article(archive, ids["english"])["reviewed_by"] == "ann"


def test_queue_holds_translated_unreviewed_chinese_only(fresh_archive):
    archive, ids = fresh_archive
    queued = {r["id"] for r in review.review_queue(archive.db)}
    assert ids["plain"] in queued and ids["xss"] in queued
    assert ids["pending"] not in queued and ids["english"] not in queued
    assert review.next_in_queue(archive.db, after=ids["pending"]) in queued


@pytest.mark.parametrize("filters, expected", [
    ({"site": "js-zh"}, {"other_site"}),
    ({"lang": "en"}, {"english"}),
    ({"since": "2024-05-10"}, {"xss", "pending"}),
    ({"since": "2024-04-01", "until": "2024-04-30"}, {"other_site"}),
    ({"until": "2024-03-01"}, {"english"}),
])
def test_list_filters(fresh_archive, filters, expected):
    archive, ids = fresh_archive
    names = {v: k for k, v in ids.items()}
    assert {names[r["id"]] for r in review.list_articles(archive.db, **filters)} == expected


def test_list_is_newest_first_with_states(fresh_archive):
    archive, ids = fresh_archive
    rows = review.list_articles(archive.db, limit=3)
    assert [r["id"] for r in rows] == [ids["pending"], ids["xss"], ids["readonly"]]
    assert [r["state"] for r in rows] == ["pending", "translated", "translated"]


@pytest.mark.parametrize("filters", [{"since": "2024/05/01"}, {"until": "yesterday"}, {"lang": "fr"}])
def test_bad_filter_is_refused(fresh_archive, filters):
    archive, _ = fresh_archive
    with pytest.raises(FilterError):
        review.list_articles(archive.db, **filters)


def test_next_unit_walks_paragraphs(fresh_archive):
    archive, ids = fresh_archive
    assert [review.next_unit(archive.db, ids["plain"], i) for i in (-1, 0, 1, 2)] == [0, 1, 2, 2]
