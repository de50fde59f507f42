"""Dates and times written with look-alike characters: a colon that is not ':' (U+2236 RATIO in
Shanghai's PubDate, '：', '﹕', '︰', '꞉' ...), full-width digits, dashes and slashes that are not
'-' or '/'. Each drawn date is written in every way at once and must read as the ASCII one."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import extract_page
from crawler.extract.dates import COLON_LIKE, DASH_LIKE, fold, parse_date

COLONS = [":", *COLON_LIKE]
DASHES = ["-", *DASH_LIKE]
FULL = str.maketrans("0123456789", "０１２３４５６７８９")

stamps = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2025, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)).filter(
    lambda d: (d.hour, d.minute) not in ((0, 0), (23, 59)))  # a CMS's filler for "no time", read as a day


@st.composite
def written(draw):
    """(text as a page writes it, the ISO date to the minute)."""
    stamp = draw(stamps)
    colon, dash = draw(st.sampled_from(COLONS)), draw(st.sampled_from(DASHES))
    date = draw(st.sampled_from([
        f"{stamp:%Y}{dash}{stamp:%m}{dash}{stamp:%d}",
        f"{stamp:%Y}／{stamp.month}／{stamp.day}",
        f"{stamp:%Y}年{stamp.month}月{stamp.day}日",
    ]))
    text = f"{date} {stamp:%H}{colon}{stamp:%M}"
    if draw(st.booleans()):
        text = text.translate(FULL)
    return text, stamp.strftime("%Y-%m-%dT%H:%M:00+08:00")


def test_every_colon_like_character_is_folded_one_for_one():
    for colon in COLON_LIKE:
        assert fold(f"08{colon}05") == "08:05"
    assert fold("２０２２－０５－０７") == "2022-05-07"


_LOOK_ALIKES = COLON_LIKE + DASH_LIKE + "\uff0f\u2215\uff0e０１２３４５６７８９"


@given(st.text(alphabet=st.sampled_from(list(_LOOK_ALIKES + "发布时间：2024年６月 ——abc:-/.")), max_size=60))
@settings(max_examples=300)
def test_fold_maps_each_character_alone_and_keeps_the_length(text):
    folded = fold(text)
    assert len(folded) == len(text)
    assert all(a == b or (a in _LOOK_ALIKES and fold(a) == b and b in "0123456789:-/.") for a, b in zip(text, folded))


@given(written())
@settings(max_examples=200)
def test_a_date_and_time_in_look_alikes_reads_to_the_minute(case):
    text, iso = case
    assert parse_date(text) == iso
    assert parse_date(f"发布时间：{text} 来源：本网") == iso


PAGE = """<html><head><meta charset="utf-8"><title>市政府召开常务会议研究部署工作</title>{meta}</head>
<body><h1>市政府召开常务会议研究部署工作</h1>{shown}
<div id="zoom"><p>会议研究部署了下一阶段重点工作，要求各部门抓好落实，确保各项任务按期完成。</p></div></body></html>"""


@given(written())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_pubdate_meta_in_look_alikes_keeps_its_time(case):
    text, iso = case
    page = PAGE.format(meta=f'<meta name="PubDate" content="{text}">', shown="")
    assert extract_page(page.encode(), "http://www.example.gov.cn/art/a.html").published_at == iso


@given(written())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_shown_date_line_in_look_alikes_keeps_its_time(case):
    text, iso = case
    page = PAGE.format(meta="", shown=f'<div class="info">发布时间：{text}　来源：市政府办公厅</div>')
    assert extract_page(page.encode(), "http://www.example.gov.cn/art/a.html").published_at == iso


def test_a_site_rule_day_takes_the_time_of_the_same_day_from_the_meta():
    """Shanghai's `small.Article-time` shows the day, its PubDate the minute (with U+2236)."""
    from crawler.siteconfig import get_site

    page = """<html><head><meta charset="utf-8"><title>浦东开出首条定制公交</title>
<meta name="PubDate" content="2022-05-07 08\u223605"></head><body><div class="Article">
<h2 class="Article-title">浦东开出首条定制公交<small class="Article-time">2022-05-07 <span>来源：解放日报</span></small></h2>
<div class="Article_content"><div id="ivs_content"><p>为满足复工复产企业员工安全出行需求，浦东开出首条定制公交。</p></div></div>
</div></body></html>"""
    got = extract_page(page.encode(), "https://www.shanghai.gov.cn/nw4411/20220507/" + "a" * 32 + ".html",
                       None, get_site("sh-zh"))
    assert got.published_at == "2022-05-07T08:05:00+08:00"
    assert got.date_rule == "site:small.Article-time + meta pubdate time"
