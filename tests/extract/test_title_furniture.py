"""A title is the heading's own text: never the article's date line, source line or page controls
nested in the heading or written after the title in it (issue 19, class 1), whatever selected it."""

from __future__ import annotations

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
        controls = draw(st.sampled_from(["", " Font size: A+ A-", " [Print] [Close]"]))
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
