"""A title is the heading's own text: never the article's date line, source line or page controls
nested in the heading or written after the title in it (issue 19, class 1), whatever selected it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import extract_page
from crawler.extract.titles import heading_text, without_furniture
from crawler.extract.tree import parse

URL = "http://www.example.gov.cn/art/art_1_1.html"
BODY = "<p>会议研究部署了下一阶段重点工作，要求各部门抓好落实，确保各项任务按期完成，切实提升群众满意度。</p>"

TITLES_ZH = ["浦东开出首条复工复产定制公交 “点对点”接送复工员工", "市政府召开常务会议研究部署冬季安全生产", "3D打印产业发展座谈会举行",
             "关于印发《2024年政府工作要点》的通知"]
TITLES_EN = ["Shanghai expands visa-free transit services", "New metro line links Hongqiao and Songjiang"]
SOURCES_ZH = ["解放日报", "上观新闻", "市政府办公厅", "新华社"]
SOURCES_EN = ["SHINE", "Shanghai Daily", "Xinhua"]


@st.composite
def date_lines(draw, lang: str):
    """(the date line's HTML, the day) in one of the forms templates write."""
    y, m, d = draw(st.integers(2015, 2025)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    hh, mm = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    colon = draw(st.sampled_from([":", "：", "∶"]))
    if lang == "en":
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        date = draw(st.sampled_from([f"{mon} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y} {hh:02d}:{mm:02d}"]))
        source = draw(st.sampled_from(SOURCES_EN))
        label = draw(st.sampled_from(["Source: ", "Source:"]))
        controls = draw(st.sampled_from(["", " Font size: A+ A-", " [Print] [Close]", " Font size: A+ A A-",
                                         " Text size: A+ A A-", " A+ A A-"]))
    else:
        date = draw(st.sampled_from([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d} {hh:02d}{colon}{mm:02d}",
                                     f"发布时间{colon}{y}-{m:02d}-{d:02d}", f"发布日期：{y}年{m:02d}月{d:02d}日"]))
        source = draw(st.sampled_from(SOURCES_ZH))
        label = draw(st.sampled_from(["来源：", "来源: ", "来源∶"]))
        controls = draw(st.sampled_from(["", "字号：大 中 小", " 【打印】【关闭】", " 【字体：大 中 小】 打印 关闭"]))
    shape = draw(st.sampled_from(["small", "spans", "text", "div"]))
    if shape == "small":
        line = f'<small class="Article-time">{date} <span>{label}{source}</span></small>'
    elif shape == "spans":
        line = f"<span>{date}</span><span>{label}{source}</span>"
    elif shape == "div":
        line = f'<div class="info">{date}　{label}{source}</div>'
    else:
        line = f" {date}　{label}{source}"
    if controls:
        line += (f'<div class="zihao"><span>{controls.split("：")[0]}：</span><a href="#">大</a> <a href="#">中</a> '
                 f'<a href="#">小</a></div>' if controls == "字号：大 中 小" else controls)
    return line, f"{y}-{m:02d}-{d:02d}"


@st.composite
def nested_headings(draw):
    lang = draw(st.sampled_from(["zh", "en"]))
    title = draw(st.sampled_from(TITLES_EN if lang == "en" else TITLES_ZH))
    line, day = draw(date_lines(lang))
    tag = draw(st.sampled_from(["h1", "h2", "div"]))
    meta = draw(st.booleans())
    return lang, title, line, day, tag, meta


def _page(title: str, heading: str, meta: bool, tag: str, lang: str) -> bytes:
    metas = f'<meta name="ArticleTitle" content="{title}">' if meta else ""
    body = BODY if lang == "zh" else "<p>Shanghai opened new visa-free transit counters at Pudong International Airport on Monday, officials said.</p>"
    return f"""<html><head><meta charset="utf-8"><title>{title}</title>{metas}</head><body>
<div class="Article"><{tag} class="Article-title">{heading}</{tag}>
<div class="Article_content"><div id="ivs_content">{body}</div></div></div></body></html>""".encode()


@given(nested_headings())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_date_line_in_the_heading_never_reaches_the_title(case):
    lang, title, line, day, tag, meta = case
    page = extract_page(_page(title, f"{title}\n {line}", meta, tag, lang), URL)
    assert page.title == title
    assert page.published_at and page.published_at[:10] == day


@given(nested_headings())
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_site_rule_on_the_heading_gives_its_own_text(case):
    """The site selects the heading; what is nested in it is still not the title."""
    from types import SimpleNamespace

    lang, title, line, day, tag, meta = case
    site = SimpleNamespace(name="xx-zh", lang=lang, extract=SimpleNamespace(
        title=[f"{tag}.Article-title"], date=[], source=[], body=["div.Article_content"], drop=[], author=[],
        title_suffixes=[]))
    page = extract_page(_page(title, f"{title} {line}", meta, tag, lang), URL, None, site)
    assert page.title == title
    assert page.title_rule.startswith(f"site:{tag}.Article-title")


def test_the_real_shanghai_heading():
    """The markup of a saved Shanghai article page: date, source and 字号 controls inside the h2."""
    html = """<h2 id="ivs_title" class="Article-title">浦东开出首条复工复产定制公交 “点对点”接送复工员工
        <small id="ivs_date" class="Article-time">2022-05-07
            <span>来源：解放日报</span>
        </small>
        <div class="zihao"><div class="through"><span>字号：</span></div>
            <div class="controls"><a href="#" id="large">大</a> <a href="#" id="medium" class="selected">中</a>
            <a href="#" id="small">小</a></div></div>
    </h2>"""
    el = next(parse(f"<html><body>{html}</body></html>").iter("h2"))
    assert heading_text(el).strip() == "浦东开出首条复工复产定制公交 “点对点”接送复工员工"


def test_text_after_the_title_is_cut_only_when_it_is_the_date_or_source_line():
    assert without_furniture("标题党的新闻 2026-11-19 来源：解放日报字号：大 中 小") == "标题党的新闻"
    assert without_furniture("Pudong reform pilot makes progress Nov 6, 2026 Source: SHINE") == \
        "Pudong reform pilot makes progress"
    assert without_furniture("市政府召开常务会议 【打印本页】【关闭窗口】") == "市政府召开常务会议"
    # a date alone is cut only when it is the article's own day
    assert without_furniture("关于开展安全检查的公告 2024年3月1日", "2024-03-01") == "关于开展安全检查的公告"
    assert without_furniture("关于开展安全检查的公告 2024年3月1日", "2024-06-11") == "关于开展安全检查的公告 2024年3月1日"
    # words of the title that look like labels or controls stay
    for title in ("3D打印产业发展座谈会举行", "总书记的时间：把握历史主动", "关于印发《2024年政府工作要点》的通知",
                  "来源：这是标题", "国务院关于2024年11月20日起施行新规的通知"):
        assert without_furniture(title, "2024-11-20") == title


# -- page controls in any spelling (issue 19, class 1: 'Title Font size: A+ A A-') ------------------

_SEPS = st.sampled_from([" ", " | ", "　", "  ", " / "])


@st.composite
def page_controls(draw) -> list[str]:
    """The items of a line of page controls, in one of the spellings templates write: a font-size
    switch with or without its label, and print/share/close words, bare or bracketed."""
    label = draw(st.sampled_from(["", "Font size:", "Font size：", "Font size ", "Text size:", "Font-size:", "Font:",
                                  "字号：", "字号:", "字体：", "字体大小：", "文字大小："]))
    sizes = draw(st.sampled_from([["A+", "A", "A-"], ["A+", "A-"], ["A-", "A", "A+"], ["A＋", "A", "A－"], ["T", "T", "T"],
                                  ["大", "中", "小"], ["大号", "中号", "小号"], ["【大】", "【中】", "【小】"], ["[大]", "[中]", "[小]"],
                                  ["Large", "Medium", "Small"] if label else ["A+", "A-"]]))
    if draw(st.booleans()):
        sizes = ["【" + " ".join(sizes) + "】"] if not label and sizes[0][0] in "大中小" else sizes
    words = draw(st.lists(st.sampled_from(["Print", "Share", "Close", "Print this page", "Close window", "[Print]",
                                           "[Close]", "打印", "关闭", "【打印】", "【关闭窗口】", "收藏", "分享"]),
                          max_size=3, unique=True))
    items = ([label] if label else []) + sizes if draw(st.booleans()) or len(words) < 2 else []
    order = draw(st.sampled_from(["switch first", "words first"]))
    return [*items, *words] if order == "switch first" else [*words, *items]


def _controls_html(items: list[str], shape: str, sep: str) -> str:
    if shape == "links":
        return '<div class="font-size">' + sep.join(f'<a href="javascript:;">{i}</a>' for i in items) + "</div>"
    if shape == "span":
        return f'<span class="tools">{sep.join(items)}</span>'
    if shape == "nested":
        return ('<div class="tools"><div class="label"><span>' + items[0] + "</span></div><div class=\"controls\">"
                + sep.join(f"<a>{i}</a>" for i in items[1:]) + "</div></div>")
    return sep + sep.join(items)  # bare text after the title


@given(title=st.sampled_from(TITLES_EN + TITLES_ZH), items=page_controls(), sep=_SEPS,
       shape=st.sampled_from(["links", "span", "nested", "text"]), tag=st.sampled_from(["h1", "h2", "div"]))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_page_controls_in_the_heading_never_reach_the_title(title, items, sep, shape, tag):
    controls = _controls_html(items, shape, sep)
    el = next(parse(f"<html><body><{tag}>{title} {controls}</{tag}></body></html>").iter(tag))
    assert without_furniture(heading_text(el).strip()) == title, controls


@given(title=st.sampled_from(TITLES_EN + TITLES_ZH), items=page_controls(), sep=_SEPS,
       shape=st.sampled_from(["links", "span", "text"]), tag=st.sampled_from(["h1", "h2"]), lang=st.sampled_from(["zh", "en"]))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_site_rule_on_a_heading_with_page_controls_gives_the_title(title, items, sep, shape, tag, lang):
    from types import SimpleNamespace

    site = SimpleNamespace(name="xx-zh", lang=lang, extract=SimpleNamespace(
        title=[f"{tag}.Article-title"], date=[], source=[], body=["div.Article_content"], drop=[], author=[],
        title_suffixes=[]))
    page = extract_page(_page(title, f"{title} {_controls_html(items, shape, sep)}", False, tag, lang), URL, None, site)
    assert page.title == title


def test_the_english_heading_of_the_second_shanghai_mirror():
    """sh-en's heading: the title, the date line in a <small>, then a font-size switch of links."""
    html = ('<h1 class="Article-title">Yangshan port sets new monthly throughput record <small class="Article-time">'
            "Nov 18, 2026 08꞉40 <span>Source: Xinhua</span></small> "
            '<div class="font-size">Font size: <a href="javascript:;" class="big">A+</a> '
            '<a href="javascript:;" class="mid">A</a> <a href="javascript:;" class="small">A-</a></div></h1>')
    el = next(parse(f"<html><body>{html}</body></html>").iter("h1"))
    assert heading_text(el).strip() == "Yangshan port sets new monthly throughput record"
    assert without_furniture("Yangshan port sets new monthly throughput record Font size: A+ A A-") == \
        "Yangshan port sets new monthly throughput record"


@pytest.mark.parametrize("title", [
    "Market share rises to a record", "Stocks close higher as markets rally", "Plan A or plan B",
    "Why font size matters for accessibility", "3D打印产业发展座谈会举行", "推动大 中 小企业融通发展",
    "大中小学思政课一体化建设推进会", "Grade A students honoured", "Shanghai opens new print museum",
    "China and France agree to share data", "Full text: Government work report",
])
def test_title_words_that_look_like_controls_stay(title):
    assert without_furniture(title) == title
    el = next(parse(f"<html><body><h1>{title}</h1></body></html>").iter("h1"))
    assert heading_text(el) == title
