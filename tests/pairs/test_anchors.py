"""The facts pairing weighs (translations.lexicon.anchors): dates and figures written alike in
both languages, in their many spellings, and how one side's lead fares in the other's text."""

from __future__ import annotations

import datetime as dt

import pytest

from translations.lexicon import (
    anchor_agreement,
    anchors,
    english_place_agreement,
    english_places,
    number_weight,
    person_agreement,
    persons,
    places,
    zh_readings,
)

THURSDAY = dt.date(2026, 11, 19)


@pytest.mark.parametrize("text", ["11月18日，", "2026年11月18日", "１１月１８日", "18日上午", "11月18号", "星期三",
                                  "周三"])
def test_chinese_dates(text):
    assert anchors(text, "zh", THURSDAY).dates == {"11-18"}


@pytest.mark.parametrize("text", ["on November 18", "on Nov. 18,", "Nov 18, 2026", "18 November", "on November 18th",
                                  "on Wednesday", "last Wednesday"])
def test_english_dates(text):
    assert anchors(text, "en", THURSDAY).dates == {"11-18"}


def test_a_day_after_the_publication_day_is_last_month():
    assert anchors("28日", "zh", dt.date(2026, 12, 2)).dates == {"11-28"}


@pytest.mark.parametrize("zh, en", [
    ("总投资35.7亿元", "a total investment of 3.57 billion yuan"),
    ("服务居民123万人次", "served residents 1,230,000 times"),
    ("服务居民123万人次", "served residents 1.23 million times"),
    ("超过一百亿元", "over 10 billion yuan"),
    ("增长百分之十五", "up 15%"),
    ("增长15%", "up 15 percent"),
    ("新增十条航线", "ten new routes"),
    ("突破千列", "exceeded 1,000 trips"),
    ("２５个项目", "25 projects"),
])
def test_figures_meet_across_languages(zh, en):
    met = anchor_agreement(anchors(en, "en"), anchors(zh, "zh"))
    assert met["figures"] == [1, 0] and met["met"] >= 0.5


def test_years_dates_and_small_integers_are_not_figures():
    assert anchors("2026年11月18日，3个区", "zh", THURSDAY).numbers == ()
    assert anchors("by 2027, on November 18, 3 districts", "en", THURSDAY).numbers == ()


def test_agreement_counts_what_the_other_text_lacks():
    lead = anchors("Xuhui signed 25 projects worth 3.57 billion yuan on November 18", "en", THURSDAY)
    other = anchors("11月17日，徐汇区签约25个项目，总投资48亿元。", "zh", THURSDAY)
    assert anchor_agreement(lead, other) == {"met": 0.5, "missed": 1.5, "figures": [1, 1], "dates": [0, 1]}


@pytest.mark.parametrize("text, name", [
    ("12月2日，市领导吴伟前往嘉定区调研航运物流工作。", "吴伟"),
    ("龚正指出，要抓住机遇。", "龚正"),
    ("习近平主持会议并发表重要讲话", "习近平"),
    ("市委书记陈吉宁会见企业代表", "陈吉宁"),
    ("市领导欧阳明前往浦东新区", "欧阳明"),
])
def test_people_a_chinese_lead_names(text, name):
    assert list(persons(text)) == [name]


@pytest.mark.parametrize("text", ["前往徐汇区调研", "有关负责人表示，将加强服务", "专家表示", "他强调", "与会人员表示",
                                  "记者从市商务委获悉"])
def test_no_person_in_words_of_office_and_places(text):
    assert persons(text) == {}


@pytest.mark.parametrize("english", ["Gong Zheng visited", "Mayor GONG Zheng", "Zheng Gong, the mayor", "Gong-Zheng"])
def test_a_person_found_in_either_order_and_spelling(english):
    assert person_agreement(persons("市长龚正指出"), english) == {"found": ["龚正"], "lacking": []}


def test_a_person_the_english_never_names_is_lacking():
    named = persons("12月2日，市领导吴伟前往嘉定区调研，陈吉宁指出")
    assert person_agreement(named, "Wu Wei visited Jiading District.") == {"found": ["吴伟"], "lacking": ["陈吉宁"]}


@pytest.mark.parametrize("text, english", [("闵行区", "Minhang District"), ("长宁区", "Changning"),
                                           ("浦东新区", "Pudong New Area"), ("上海市", "Shanghai")])
def test_places_through_every_reading(text, english):
    assert person_agreement(places(f"在{text}召开"), english)["lacking"] == []
    assert person_agreement(places(f"在{text}召开"), "Yangpu District")["lacking"] == [text]


@pytest.mark.parametrize("text", ["老城区改造", "全市各区县", "城区道路"])
def test_common_words_with_a_place_suffix_are_no_places(text):
    assert places(text) == {}


def test_a_two_digit_number_weighs_a_third():
    assert number_weight("89") == pytest.approx(1 / 3)
    assert number_weight("890") == number_weight("3.5") == 1.0


@pytest.mark.parametrize("english, name", [
    ("Hua Yuan inspects shipping work in Lingang Special Area", "lingang"),
    ("The Pudong New Area unveils a plan", "pudong"), ("Minhang District signs 12 projects", "minhang"),
    ("in Jing'an District on Monday", "jingan"), ("Gong Zheng visited Xuhui district", "xuhui"),
    ("Qingpu County", "qingpu"), ("Zhujiajiao Town", "zhujiajiao"),
])
def test_places_an_english_lead_names(english, name):
    assert english_places(english) == {name}


@pytest.mark.parametrize("english", ["Old Town renewal", "Central District", "The Free Trade Zone", "the district said",
                                     "Hua Yuan visited the port"])
def test_no_place_in_english_words(english):
    assert english_places(english) == set()


def test_an_english_place_is_looked_for_in_the_chinese_pinyin():
    named = english_places("Hua Yuan inspects shipping and logistics work in Lingang Special Area, Jing'an District")
    assert english_place_agreement(named, zh_readings("市领导华源前往临港新片区调研")) == {
        "found": ["lingang"], "lacking": ["jingan"]}
    assert english_place_agreement(named, zh_readings("华源会见航运物流领域企业家代表，静安区"))["lacking"] == ["lingang"]


@pytest.mark.parametrize("english", ["Chia Boon Kiat, managing director of the authority.",
                                     "Lim Chee Keong on Friday."])
def test_a_name_romanised_overseas_is_unverifiable_not_lacking(english):
    """A three-character name the English writes as Singapore or Malaysia do (a surname and two
    given syllables, not pinyin): the surname's dialect spelling may be none a table lists."""
    named = persons("市长顾维民会见新加坡金融管理局局长陈文健")
    assert person_agreement(named, f"Mayor Gu Weimin met {english}")["lacking"] == []
    # One name for one: it cannot stand for both.
    assert person_agreement(named, english)["lacking"] == ["陈文健", "顾维民"]


@pytest.mark.parametrize("english", ["Governor Yang met the Lao Deputy Prime Minister.", "Ho Chi Minh City",
                                     "Lim Chee Keong on Friday."])
def test_a_name_romanised_overseas_stands_for_no_place(english):
    """Places are read as people are, but a romanised name is a person's, never 榕江县's: the rule
    fired for 榕江县, 安新区 and 亚太区 on candidates of the held-out sets (issue 19's sweep)."""
    named = places("5月26日，榕江县召开会议")
    assert person_agreement(named, english)["lacking"] == []
    assert person_agreement(named, english, overseas=False)["lacking"] == ["榕江县"]


def test_pairing_reads_the_places_of_a_chinese_lead_without_the_overseas_rule():
    from translations.pairing import score_window

    zh = {"id": 1, "lang": "zh", "title": "榕江县召开乡村振兴会议", "published_at": "2026-05-26T09:00:00+08:00",
          "body": "5月26日，榕江县召开乡村振兴工作会议。"}
    en = {"id": 2, "lang": "en", "title": "Guizhou governor meets Lao deputy prime minister",
          "published_at": "2026-05-26T20:00:00+08:00",
          "body": "Governor Yang Xiaofeng met with Lao Deputy Prime Minister Khamphong Vongsavath in Guiyang."}
    evidence = score_window([en], [zh])[(2, 1)][1]
    assert evidence["places"]["lacking"] == ["榕江县"]


@pytest.mark.parametrize("english", ["Mayor Gu met the managing director of the authority.",
                                     "The mayor met Wang Jianguo on Friday.", "The mayor met Balazs Kovacs."])
def test_a_chinese_name_without_such_a_name_in_the_english_is_lacking(english):
    assert person_agreement(persons("市长顾维民会见局长陈文健"), english)["lacking"] == ["陈文健", "顾维民"]
