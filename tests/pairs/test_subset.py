"""An official translation is a subset of its original: the figures and dates an English desk
writes are the Chinese ones, rounded, converted or named another way (translations.lexicon
anchors), and what cannot be checked (a US-dollar conversion) contradicts nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translations.lexicon import anchor_agreement, anchors, figure_met

FRIDAY = dt.date(2026, 6, 12)


def _meets(en: str, zh: str) -> float:
    """What the English text's one figure is worth in the Chinese text's figures."""
    (figure,) = anchors(en, "en").numbers
    return figure_met(figure, anchors(zh, "zh").values())


@pytest.mark.parametrize("zh, en", [("3.21万亿元", "3.21 trillion yuan"), ("3.21万亿元", "3.2 trillion yuan"),
                                    ("136亿元", "13.6b yuan"), ("136亿元", "13.6bn yuan"), ("6000亿元", "600-billion-yuan"),
                                    ("5千万元", "50 million yuan"), ("9352.6亿元", "about 935 billion yuan"),
                                    ("23880.56亿元", "2.39 trillion yuan"), ("增长20.3%", "up 20%"),
                                    ("占比34.9%", "nearly 35 percent")])
def test_a_chinese_figure_rounded_or_abbreviated_by_the_desk_is_met(zh, en):
    assert _meets(en, zh) > 0


@pytest.mark.parametrize("zh, en", [("3.21万亿元", "3.3 trillion yuan"), ("136亿元", "13.6 million yuan"),
                                    ("9352.6亿元", "about 936 billion yuan"), ("增长20.3%", "up 21%"),
                                    ("186.4万吨", "2 million tonnes"), ("4.6亿元", "5 billion yuan")])
def test_another_figure_is_not_met(zh, en):
    assert _meets(en, zh) == 0


def test_a_rounding_to_one_digit_meets_only_a_hedged_figure_and_weighs_half():
    assert _meets("nearly 2 million tonnes", "196.4万吨") == 1.0   # 2.0 million: two significant digits
    assert _meets("nearly 2 million tonnes", "186.4万吨") == 0.5
    assert _meets("nearly 10 percent", "增长9.7%") == 0.5
    assert _meets("10 percent", "增长9.7%") == 0.0   # unhedged: the desk wrote another figure
    assert _meets("about 400 officials", "约270人") == 0.0
    assert _meets("923 outcomes", "达成成果900余项") == 0.5   # the Chinese hedges (余)
    assert _meets("72 percent", "小麦收获过七成") == 0.5


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=Decimal("100.01"), max_value=Decimal("99999.99"), places=2),
       st.sampled_from([("亿元", " billion yuan", Decimal("0.1")), ("万吨", " million tonnes", Decimal("0.01"))]),
       st.integers(min_value=2, max_value=4))
def test_every_rounding_to_two_significant_digits_or_more_is_met(value, unit, significant):
    """A Chinese amount in 亿 or 万, written by the desk in billions or millions rounded to 2-4
    significant digits, is met; one unit off in the last digit is not."""
    zh_unit, en_unit, scale = unit
    english = (value * scale)
    quantum = Decimal(1).scaleb(english.adjusted() - significant + 1)
    rounded = english.quantize(quantum, rounding="ROUND_HALF_UP")
    assert _meets(f"{rounded:,f}{en_unit}", f"{value:f}{zh_unit}") > 0   # "1,900 billion": not the year 1900
    other = (rounded * Decimal("1.2")).quantize(quantum)   # 20% off: no rounding of two digits or more is that far
    assert _meets(f"{other:,f}{en_unit}", f"{value:f}{zh_unit}") == 0


@pytest.mark.parametrize("conversion", ["($451 billion)", "(about $11.5 billion)", "(US$ 335 billion)",
                                        "(US$335bn)", "(or $12 million)"])
def test_a_us_dollar_conversion_is_neither_met_nor_missing(conversion):
    en = anchors(f"Trade totaled 3.21 trillion yuan {conversion} in the first three quarters.", "en")
    agreement = anchor_agreement(en, anchors("进出口总值3.21万亿元", "zh"))
    assert agreement["figures"] == [1, 0]


def test_a_dollar_figure_of_the_event_is_still_checked():
    en = anchors("Digitally deliverable services trade reached $4.6 trillion worldwide.", "en")
    assert anchor_agreement(en, anchors("全球可数字化交付的服务贸易额达4.6万亿美元", "zh"))["figures"] == [1, 0]
    assert anchor_agreement(en, anchors("服务贸易额达3.6万亿元", "zh"))["figures"] == [0, 1]


@pytest.mark.parametrize("text", ["harvested by Wednesday", "on Wednesday", "Wednesday's meeting", "since Wednesday",
                                  "last Wednesday"])
def test_a_weekday_is_the_last_such_day(text):
    assert anchors(text, "en", FRIDAY).dates == {"06-10"}


def test_a_weekday_ahead_is_no_date_of_the_event():
    assert anchors("The fair opens next Monday.", "en", FRIDAY).dates == frozenset()


@pytest.mark.parametrize("zh, en", [("1900亿元", "190 billion yuan"), ("2000余家", "more than 2,000 companies"),
                                    ("增长2010.5%", "2,010.5 percent")])
def test_an_amount_that_looks_like_a_year_is_a_figure(zh, en):
    assert _meets(en, zh) > 0


def test_years_are_no_figures():
    assert anchors("2025年，到2030年，2026生物医药大会", "zh").numbers == ()
    assert anchors("in 2025, by 2030", "en").numbers == ()


def test_wan_yi_is_a_trillion():
    (figure,) = anchors("进出口3.21万亿元", "zh").numbers
    assert "3210000000000" in figure
    assert not any(f == frozenset({"100000000"}) for f in anchors("3.21万亿元", "zh").numbers)
