"""The date shown to readers against the meta's (issue 19, class 9), and titles that carry the
site's name or are it (class 5), each on pages written in several forms."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import html

from crawler.extract import extract_page, titles

URL = "http://www.example.gov.cn/art/art_1_1.html"
PROSE = "<p>会议研究部署了下一阶段重点工作，要求各部门抓好落实，确保各项任务按期完成，切实提升群众满意度。</p>"


@st.composite
def disagreeing(draw):
    """(page, the shown day, the meta's value): a repost or an upload stamp in PubDate."""
    y, m, d = draw(st.integers(2012, 2025)), draw(st.integers(1, 12)), draw(st.integers(2, 28))
    gap = draw(st.sampled_from([-1, 1, 3, 40, -400]))
    from datetime import date, timedelta

    meta_day = date(y, m, d) + timedelta(days=gap)
    meta = draw(st.sampled_from([f"{meta_day:%Y-%m-%d} 09:30", f"{meta_day:%Y-%m-%d %H:%M:%S}",
                                 f"{meta_day:%Y-%m-%d}"]))
    meta_name = draw(st.sampled_from(["PubDate", "publishdate", "article:published_time"]))
    label = draw(st.sampled_from(["发布时间：", "发布日期：", "发布时间:", "发表日期：", "发布日期 ："]))
    shown = draw(st.sampled_from([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d} 10:15"]))
    place = draw(st.sampled_from([
        '<div class="info"><span>{label}{shown}</span> <span>来源：市政府办公厅</span></div>',
        '<p class="xxgk">{label}{shown}　浏览次数：<span>132</span></p>',
        '<table><tr><td>{label}{shown}</td><td>来源：本网</td></tr></table>',
    ]))
    attr = "property" if ":" in meta_name else "name"
    page = f"""<html><head><meta charset="utf-8"><title>关于做好冬季安全生产工作的通知</title>
<meta {attr}="{meta_name}" content="{meta}"></head><body><h1>关于做好冬季安全生产工作的通知</h1>
{place.format(label=label, shown=shown)}<div id="zoom">{PROSE}</div></body></html>"""
    return page, f"{y}-{m:02d}-{d:02d}", meta


@given(disagreeing())
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_shown_publication_date_wins_and_the_meta_is_noted(case):
    page, day, meta = case
    got = extract_page(page.encode(), URL)
    assert got.published_at[:10] == day
    assert "differs" in got.date_rule and meta in got.date_rule


def test_a_meta_of_the_same_day_still_gives_the_time():
    page = f"""<html><head><meta charset="utf-8"><title>关于做好冬季安全生产工作的通知</title>
<meta name="PubDate" content="2024-06-11 09:30"></head><body><h1>关于做好冬季安全生产工作的通知</h1>
<div class="info">发布时间：2024-06-11</div><div id="zoom">{PROSE}</div></body></html>"""
    got = extract_page(page.encode(), URL)
    assert (got.published_at, got.date_rule) == ("2024-06-11T09:30:00+08:00", "cms:meta pubdate")


SITES = [("凯里市人民政府", ""), ("中国科普网", ""), ("上海市卫生健康委员会", "_"), ("Shanghai Daily", " | "),
         ("Henan Provincial People's Government", ""), ("Inner Mongolia Autonomous Region People's Government", "")]


@st.composite
def titled(draw):
    """(page, the article's title): the site's name on either side of <title> (and of an
    ArticleTitle meta that copies it), with any dash or bar between, learned from a
    SiteName meta, og:site_name, the logo's alt, the site's foot line ('主办：… 版权所有',
    'Copyright © … All rights reserved') or nothing but <title> itself; sometimes a
    heading above the article that holds only the site's name."""
    name, _ = draw(st.sampled_from(SITES))
    title = draw(st.sampled_from(["织密民生保障网", "全市安全生产工作会议召开", "我市开展冬季消防安全大检查",
                                  "科普进社区活动在凯里举行"]))
    sep = draw(st.sampled_from(["-", "_", " - ", " | ", "——", "—", " — ", "－", "－－", "--"]))
    side = draw(st.sampled_from(["before", "after"]))
    whole = f"{name}{sep}{title}" if side == "before" else f"{title}{sep}{name}"
    where = draw(st.sampled_from(["meta", "og", "logo", "foot", "none"]))
    head = {"meta": f'<meta name="SiteName" content="{name}">', "og": f'<meta property="og:site_name" content="{name}">'
            }.get(where, "")
    if draw(st.booleans()):  # a CMS that writes the whole <title> into ArticleTitle too
        head += f'<meta name="ArticleTitle" content="{whole}">'
    logo = f'<div class="logo"><img src="/img/logo.png" alt="{name}"></div>' if where == "logo" else ""
    foot = draw(st.sampled_from([f"<p>主办：{name} 版权所有</p><p>某ICP备05070218号</p>", f"<p>版权所有：{name}</p>",
                                 f"Copyright © 2008-2026 {name} All rights reserved. 某ICP备12001234号-1"]))
    foot = f'<div class="footer">{foot}</div>' if where == "foot" else ""
    agency = f'<h2 class="jg">{name}</h2>' if draw(st.booleans()) else ""
    heading = draw(st.sampled_from([f"<h1>{title}</h1>", f'<div class="title">{title}</div>', ""]))
    # Both ends reading as a name of equal weight ('中国科普网-织密民生保障网'), neither given by the
    # page nor set in an <h1>: nothing tells them apart, a reader could not either.
    assume(not (where == "none" and title.endswith("网") and not name.endswith(("人民政府", "委员会"))
                and not heading.startswith("<h1>")))
    page = f"""<html><head><meta charset="utf-8"><title>{whole}</title>{head}</head><body>{logo}{agency}
{heading}<div class="info">发布时间：2024-06-11</div><div id="zoom">{PROSE}</div>{foot}</body></html>"""
    return page, title


@given(titled())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_site_name_is_stripped_and_never_the_title(case):
    page, title = case
    assert extract_page(page.encode(), URL).title == title


@pytest.mark.parametrize("foot, name", [
    ("<p>主办：某某市人民政府 版权所有</p>", "某某市人民政府"),
    ("<p>版权所有：某某省教育厅　地址：某某市人民路1号</p>", "某某省教育厅"),
    ("<div>Copyright © 2008-2026 Example Daily All rights reserved. 某ICP备12001234号-1</div>", "Example Daily"),
    ("<p>主办：Example Daily 版权所有</p>", "Example Daily"),
    ("<div>Copyright © 2008-2026 某某省教育厅 All rights reserved.</div>", "某某省教育厅"),
])
def test_the_foot_line_names_the_site(foot, name):
    assert titles.host_names(html.fromstring(f"<html><body><div class='footer'>{foot}</div></body></html>")) == [name]


def test_a_host_in_the_articles_text_is_not_the_sites_name():
    """'主办：市文化局' in an article about an event names the event's host: without a copyright or
    registration line beside it, it is no name of the site."""
    page = "<html><body><div id='zoom'><p>活动时间：6月1日</p><p>主办：市文化局</p></div></body></html>"
    assert titles.host_names(html.fromstring(page)) == []
