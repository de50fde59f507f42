"""Places, bodies, events and people an English lead names, looked for in the Chinese text
(translations.names, translations.lexicon.english_places): one missing vetoes a strong pair, one
met is evidence (issue 19, class 6)."""

from __future__ import annotations

import pytest

from translations.lexicon import english_place_agreement, english_place_kinds, english_places, zh_readings, zh_text
from translations.names import english_persons, name_agreement, organisations
from translations.pairing import score_window, tier

# (English name, its Chinese); each is read through its characters' pinyin.
NAMES = [("Yangshan", "洋山"), ("Hongqiao", "虹桥"), ("Zhangjiang", "张江"), ("Chongming", "崇明"),
         ("Dianshan", "淀山"), ("Lingang", "临港")]
KINDS = [("Port", "港"), ("Free Trade Zone", "自贸区"), ("Pilot Free Trade Zone", "自由贸易试验区"),
         ("Comprehensive Bonded Zone", "综合保税区"), ("Development Zone", "开发区"), ("High-tech Zone", "高新区"),
         ("City", "城"), ("Park", "园区"), ("Island", "岛"), ("Lake", "湖"), ("Mountain", "山"), ("Bay Area", "湾区")]


def _places(english: str, chinese: str) -> dict:
    glosses = frozenset().union(*(g for _, g in zh_text(chinese).words))
    return english_place_agreement(english_places(english), zh_readings(chinese), glosses, chinese,
                                   english_place_kinds(english))


@pytest.mark.parametrize("kind, zh_kind", KINDS)
@pytest.mark.parametrize("name, zh_name", NAMES)
def test_a_place_of_every_kind_is_met_through_its_pinyin(name, zh_name, kind, zh_kind):
    english = f"Officials visited the {name} {kind} on Monday."
    assert english_places(english) == {name.lower()}
    assert _places(english, f"市领导前往{zh_name}{zh_kind}调研。") == {"found": [name.lower()], "lacking": []}


@pytest.mark.parametrize("kind, zh_kind", KINDS)
@pytest.mark.parametrize("name, other", [("Yangshan", "外高桥"), ("Hongqiao", "张江"), ("Chongming", "临港")])
def test_a_place_of_every_kind_the_chinese_never_names_is_lacking(name, other, kind, zh_kind):
    english = f"{name} {kind} signs 12 projects"
    assert _places(english, f"{other}{zh_kind}签约12个项目。") == {"found": [], "lacking": [name.lower()]}


@pytest.mark.parametrize("english", ["Yangtze River Delta", "Hong Kong Island"])
def test_a_place_met_through_its_known_translation(english):
    assert _places(english, "长江三角洲和香港的合作")["lacking"] == []


@pytest.mark.parametrize("english, chinese", [("Anhui Province", "全省冬小麦播种基本结束"),
                                              ("Hefei City", "全市新能源汽车产量持续增长")])
def test_a_portals_own_province_or_city_is_not_lacking(english, chinese):
    assert _places(f"Farmers in {english} finished sowing", chinese)["lacking"] == []
    assert _places(f"Farmers in {english} finished sowing", "浦东新区综合改革")["lacking"] != []


@pytest.mark.parametrize("english", ["the Greater Bay Area", "Central Park", "China Pilot Free Trade Zone",
                                     "Science City", "the city said"])
def test_no_place_in_english_words_of_every_kind(english):
    assert english_places(english) == set()


ORGS = [
    ("Deals signed at the China International Import Expo are turning into projects.", "本届进博会意向成交项目加快落地"),
    ("CIIE deals turn into projects", "本届进博会意向成交项目加快落地"),
    ("Buyers flocked to the Canton Fair on Monday.", "广交会开幕，采购商踊跃到会"),
    ("Fudan University opened a new lab.", "复旦大学新建实验室"),
    ("The Ministry of Commerce said exports grew.", "商务部表示，出口增长"),
]


@pytest.mark.parametrize("english, chinese", ORGS)
def test_a_body_or_event_is_met_through_pinyin_known_translation_or_acronym(english, chinese):
    named = organisations(english)
    assert named
    agreement = name_agreement(named, {}, zh_text(chinese), zh_readings(chinese), chinese)
    assert agreement["lacking"] == [] and agreement["proper"] == agreement["found"] != []


@pytest.mark.parametrize("english, chinese", ORGS)
def test_a_body_or_event_the_chinese_never_names_is_lacking(english, chinese):
    other = "市领导调研城市更新项目，实地察看旧区改造"
    agreement = name_agreement(organisations(english), {}, zh_text(other), zh_readings(other), other)
    assert agreement["found"] == [] and agreement["lacking"] != []


@pytest.mark.parametrize("english", ["Officials said the plan would help.", "The Ministry said", "GDP grew 5 percent",
                                     "Minhang District Signs Deal With Fudan University"])
def test_no_body_in_plain_words_acronyms_or_title_case(english):
    assert organisations(english) == []


@pytest.mark.parametrize("english", ["Gong Zheng and Chen Jining met the delegation", "Zheng Gong and Jining Chen met the visitors",
                                     "Mayor Gong Zheng met Chen Jining at the meeting"])
def test_people_an_english_lead_names_in_either_order(english):
    people = english_persons(english)
    assert len(people) == 2
    chinese = "龚正、陈吉宁会见代表团"
    met = name_agreement([], people, zh_text(chinese), zh_readings(chinese), chinese)["persons"]
    assert len(met["found"]) == 2 and met["lacking"] == []
    other = "龚正会见代表团"
    assert len(name_agreement([], people, zh_text(other), zh_readings(other), other)["persons"]["lacking"]) == 1


def _facts(zh=(0, 0, 0, 0), en=(0, 0, 0, 0)):
    return {"zh": {"met": 0.0, "missed": 0.0, "figures": list(zh[:2]), "dates": list(zh[2:])},
            "en": {"met": 0.0, "missed": 0.0, "figures": list(en[:2]), "dates": list(en[2:])}}


BASE = {"whole": 0.1, "numbers": [], "margin": 0.25, "margin_zh": 0.25, "title": 0.0, "facts": _facts(), "days": 0}


@pytest.mark.parametrize("lacking", [{"names_en": {"found": [], "lacking": ["Fudan University"], "proper": [],
                                                   "persons": {"found": [], "lacking": []}}},
                                     {"names_en": {"found": [], "lacking": [], "proper": [],
                                                   "persons": {"found": [], "lacking": ["Gong Zheng"]}}}],
                         ids=["body", "person"])
def test_a_body_or_person_the_chinese_never_names_vetoes_every_route(lacking):
    assert tier(0.9, {**BASE, "whole": 0.9}) == "strong"
    assert tier(0.9, {**BASE, "whole": 0.9, **lacking}) == "suggestion"


def test_a_body_named_by_one_candidate_alone_is_evidence():
    assert tier(0.26, BASE) == "suggestion"
    assert tier(0.26, {**BASE, "distinct_names": ["CIIE"]}) == "strong"
    # Not where a fact of the Chinese lead is missing, nor for a story published before.
    assert tier(0.26, {**BASE, "distinct_names": ["CIIE"], "facts": _facts(zh=(0, 0, 0, 1))}) == "suggestion"
    assert tier(0.26, {**BASE, "distinct_names": ["CIIE"], "days": -1}) == "suggestion"
    assert tier(0.26, {**BASE, "distinct_names": ["CIIE"], "margin_zh": 0.1}) == "suggestion"


def test_a_visit_is_strong_on_two_people_a_place_and_the_date():
    visit = {**BASE, "margin": 0.05, "margin_zh": 0.05, "persons": {"found": ["龚正", "陈吉宁"], "lacking": []},
             "places": {"found": ["浦东新区"], "lacking": []}, "facts": _facts(zh=(0, 0, 1, 0), en=(0, 0, 1, 0))}
    assert tier(0.2, visit) == "strong"
    assert tier(0.2, {**visit, "persons": {"found": ["龚正"], "lacking": []}}) == "suggestion"
    assert tier(0.2, {**visit, "places": {"found": [], "lacking": []}}) == "suggestion"
    assert tier(0.2, {**visit, "facts": _facts()}) == "suggestion"


def _article(ident, lang, title, body, day="2026-11-20"):
    return {"id": ident, "site": f"sh-{lang}", "lang": lang, "title": title, "body": body,
            "published_at": f"{day}T10:00:00+08:00", "title_translation": None}


def test_bodies_sharing_figures_no_other_candidate_has_make_a_retitled_pair_strong():
    """A desk retitles the story and rewrites the lead; the event's figures stay. A same-week
    story of the same fair shares the fair, not the figures."""
    original = _article(1, "zh", "上海国际进口博览会成果持续转化",
                        "记者从市商务委获悉，本届进博会一批意向成交项目加快落地。\n"
                        "截至目前，已有186个项目签约落地，总投资357.2亿元。")
    same_fair = _article(2, "zh", "进博会城市服务保障工作总结会召开",
                         "11月19日，进博会城市服务保障工作总结会召开。\n会议总结了本届进博会服务保障经验。")
    english = _article(3, "en", "Expo deals bear fruit",
                       "Deals signed at the China International Import Expo are turning into projects.\n"
                       "So far 186 projects have been launched with a total investment of 35.72 billion yuan.")
    scores = score_window([english], [original, same_fair])
    right, other = scores[(3, 1)][1], scores[(3, 2)][1]
    assert right["body"]["distinct"] >= 2 and other["body"]["distinct"] == 0
    assert right["tier"] == "strong" and other["tier"] == "suggestion"


@pytest.mark.parametrize("english, chinese, found", [
    ("CIFIT, the China International Fair for Investment and Trade, opened on Monday.",
     "第二十五届中国国际投资贸易洽谈会在厦门开幕", True),
    ("The China International Fair for Investment and Trade opened on Monday.", "第七届中国国际进口博览会开幕", False),
    ("The Harbin Trade Expo opened on Monday.", "第三十二届哈尔滨国际经济贸易洽谈会开幕", True),
    ("The Harbin Trade Expo opened on Monday.", "第三十二届长春国际经济贸易洽谈会开幕", False),
])
def test_the_kind_of_an_event_is_no_word_that_says_which(english, chinese, found):
    """Fair and Expo say what kind of event it is, as Exhibition and Forum do: its Chinese writes
    the kind in a word of its own (洽谈会, 博览会), so only the other words say which event."""
    agreement = name_agreement(organisations(english), {}, zh_text(chinese), zh_readings(chinese), chinese)
    assert bool(agreement["found"]) is found and bool(agreement["lacking"]) is not found


# (English, its Chinese, another of the same kind): foreign names CC-CEDICT spells otherwise than in pinyin.
FOREIGN = [("Budapest", "布达佩斯", "塔什干"), ("Tashkent", "塔什干", "布达佩斯"), ("Auckland", "奥克兰", "悉尼")]


@pytest.mark.parametrize("where", ["Flights to {name} start in May, the airport said.",
                                   "The first flight from Nanjing to {name} took off on Monday.",
                                   "{name} is the route's first stop in the region."])
@pytest.mark.parametrize("name, zh, other", FOREIGN)
def test_a_foreign_place_the_english_names_is_met_in_its_transliteration_and_missing_beside_another(
        where, name, zh, other):
    """An official translation names no foreign place its original does not: a flight to Budapest
    is not one to Tashkent (the Chinese writes the name as CC-CEDICT does: 布达佩斯)."""
    english = where.format(name=name)
    assert _places(english, f"南京禄口机场开通至{zh}国际航线")["found"] == [name.lower()]
    assert _places(english, f"南京禄口机场开通至{other}国际航线")["lacking"] == [name.lower()]


@pytest.mark.parametrize("english", ["Malaysian minister Ahmad Ismail visited the port.",
                                     "Mr Ismail said the talks went well.", "Thomas Keller, the firm's CEO, spoke."])
def test_a_foreign_persons_name_is_not_looked_for_as_a_place(english):
    """A name beside another capitalised word is a person's (or part of a longer name), whose
    transliteration varies: it is not checked as a foreign place."""
    assert _places(english, "冯克俭会见马来西亚客人")["lacking"] == []


def test_a_route_to_another_city_of_the_same_airport_is_no_strong_pair():
    """Two new routes of one airport in one week: the same airport, day and kind of story; only the
    foreign city tells them apart."""
    route = "南京禄口国际机场11月18日开通至{city}的国际客运航线，每周执飞2班。\n该航线是机场今年开通的第5条国际航线。"
    tashkent = _article(1, "zh", "南京禄口机场开通至塔什干国际航线", route.format(city="塔什干"), day="2025-11-18")
    budapest = _article(2, "zh", "南京禄口机场开通至布达佩斯国际航线", route.format(city="布达佩斯"), day="2025-11-18")
    english = _article(3, "en", "Nanjing gets direct flights to Budapest",
                       "Nanjing Lukou International Airport opened a passenger route to Budapest on Nov 18, "
                       "with two flights a week.\nIt is the airport's fifth new international route this year.",
                       day="2025-11-19")
    scores = score_window([english], [tashkent])
    assert scores[(3, 1)][1]["places_en"]["lacking"] == ["budapest"] and scores[(3, 1)][1]["tier"] != "strong"
    scores = score_window([english], [tashkent, budapest])
    assert scores[(3, 2)][1]["places_en"]["lacking"] == [] and scores[(3, 1)][1]["tier"] != "strong"
