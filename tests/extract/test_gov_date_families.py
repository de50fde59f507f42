"""How Chinese government pages show an article's date (issue 19, classes 2, 7 and 9), each form a
family drawn in many spellings, as TRS WCM, Hanweb jcms, Ucap, Founder and sites' own platforms
write them from 2008 on:

1. the info-disclosure (政务公开) metadata table or list above the article: 发布日期 (公开日期,
   发布时间) is the article's date, never 成文日期, 生效日期, 印发日期 or 废止日期 while a
   publication date is shown;
2. the signature date at the end of a document (`XX市人民政府办公室` then `2024年4月9日` or
   `二〇二四年四月九日`);
3. the info bar under the title (`发布时间：… 来源：… 浏览次数：…`), a bar that holds two dates;
4. dates written by script, held only in a meta or only in the URL;
5. noise that is never the article's date, before and after it: today's date and the weather in
   the header, other articles' dates in a list before the article, the footer's copyright years
   and ICP number, view counters, events in the body's prose.

Dates are spelled every way the portals spell them: separators, full-width digits and colons,
spaces, &nbsp; and U+3000 between the parts, zero-padded or not, with a time, with seconds.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import extract_page

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
GAPS = [" ", "&nbsp;", "\u3000", "&nbsp;&nbsp;", "  ", ""]
PROSE = [
    "为进一步做好相关工作，经市政府同意，现将有关事项通知如下，请各地各部门结合实际认真贯彻落实。",
    "各县（市、区）人民政府，市政府各部门、各直属机构要切实加强组织领导，明确责任分工，确保各项任务落到实处。",
    "本通知自印发之日起施行，执行中遇到的问题请及时向市政府办公室反映，由有关部门负责解释。",
]
AGENCIES = ["某某市人民政府办公室", "某某市人民政府", "某某省发展和改革委员会", "某某县财政局", "某某市卫生健康委员会"]
TITLES = ["关于进一步做好稳就业工作的通知", "某某市人民政府办公室关于印发城市更新行动方案的通知",
          "全市安全生产工作会议召开", "我市开展冬季消防安全大检查", "关于公布第三批历史建筑名录的公告"]


def _day(draw, lo: int = 2008, hi: int = 2025) -> date:
    return date(draw(st.integers(lo, hi)), draw(st.integers(1, 12)), draw(st.integers(1, 28)))


@st.composite
def spelled(draw, day: date, times: bool = True):
    """(the date as a page writes it, the ISO date at that precision)."""
    y, m, d = day.year, day.month, day.day
    pad = draw(st.booleans())
    mm, dd = (f"{m:02d}", f"{d:02d}") if pad else (str(m), str(d))
    form = draw(st.sampled_from(["dash", "slash", "dot", "cjk", "cjk_spaced", "dash_spaced"]))
    gap = draw(st.sampled_from([" ", "&nbsp;", "\u3000"]))
    text = {"dash": f"{y}-{mm}-{dd}", "slash": f"{y}/{mm}/{dd}", "dot": f"{y}.{m:02d}.{d:02d}",
            "cjk": f"{y}年{mm}月{dd}日", "cjk_spaced": f"{y}{gap}年{gap}{mm}{gap}月{gap}{dd}{gap}日",
            "dash_spaced": f"{y}{gap}-{gap}{mm}{gap}-{gap}{dd}"}[form]
    iso = day.isoformat()
    clock = draw(st.sampled_from(["none", "minute", "second"])) if times else "none"
    if clock != "none":
        # (not 00:00 nor 23:59:59: what CMSs stamp on a day without a time, read as the day)
        hh, mi, ss = draw(st.integers(1, 22)), draw(st.integers(0, 59)), draw(st.integers(1, 59))
        if form.startswith("cjk") and draw(st.booleans()):
            clock_text = f"{hh}时{mi:02d}分" + (f"{ss:02d}秒" if clock == "second" else "")
        else:
            colon = draw(st.sampled_from([":", "：", "\u2236"]))
            clock_text = f"{hh:02d}{colon}{mi:02d}" + (f"{colon}{ss:02d}" if clock == "second" else "")
        text += draw(st.sampled_from([" ", "&nbsp;", "\u3000", "&nbsp;&nbsp;", "  "])) + clock_text
        iso = f"{iso}T{hh:02d}:{mi:02d}:{ss if clock == 'second' else 0:02d}+08:00"
    if draw(st.booleans()):
        text = text.translate(FULL)
    return text, iso


def _colon(draw) -> str:
    return draw(st.sampled_from(["：", ":", " ：", "", " "]))


@st.composite
def noise(draw, day: date):
    """(header, before, after): furniture dated other days, before and after the article."""
    today = day + timedelta(days=draw(st.integers(1, 300)))
    weekday = "一二三四五六日"[today.weekday()]
    header = draw(st.sampled_from([
        f'<div class="top-bar">今天是{today.year}年{today.month}月{today.day}日 星期{weekday}</div>',
        f'<div class="header"><span id="today">{today:%Y年%m月%d日} 星期{weekday}</span> 晴 18℃~26℃</div>',
        f'<div class="weather">{today:%Y-%m-%d} 农历五月初七 多云转晴</div>',
        '<div class="top"><a href="/">首页</a> <a href="/wza/">无障碍</a></div>',
        f'<div class="topbar"><span>北京时间：{today:%Y-%m-%d} 10:26</span> <a href="/">设为首页</a></div>',
        f'<div class="top"><span>今天是：{today:%Y年%m月%d日}</span><span>当前时间：{today:%Y-%m-%d}</span></div>',
    ]))
    others = [day - timedelta(days=k) for k in draw(st.lists(st.integers(1, 90), min_size=2, max_size=4))]
    box = draw(st.sampled_from(["list", "zxdt", "col-left", "news-box"]))
    heads = ["市政府召开常务会议研究部署防汛工作", "全市春运客流较去年同期增长两成", "我市新增公共自行车站点一百个",
             "我市举办第三届农民丰收节系列活动"]
    before = draw(st.sampled_from([
        f'<div class="{box}"><h3>最新动态</h3><ul>' + "".join(
            f'<li><a href="/art/{i}.html">{heads[i % 4]}</a><span>[{o:%Y-%m-%d}]</span></li>'
            for i, o in enumerate(others)) + "</ul></div>",
        f'<div class="{box}"><ul>' + "".join(
            f'<li><span class="date">{o:%m-%d}</span><a href="/art/{i}.html">{heads[i % 4]}</a> {o:%Y/%m/%d}</li>'
            for i, o in enumerate(others)) + "</ul></div>",
        "",
    ]))
    last = draw(st.integers(day.year, day.year + 1))
    footer = draw(st.sampled_from([
        f'<div class="footer">主办：某某市人民政府办公室 版权所有 Copyright © 2008-{last}<br>'
        f'京ICP备05070218号 京公网安备11010502030143号 网站标识码：1100000088</div>',
        f'<div id="bottom"><p>版权所有：某某市人民政府 © {last}</p><p>浙ICP备12001234号-1 建议使用1920×1080分辨率</p></div>',
        '<div class="foot">网站地图 | 联系我们 | 关于本网</div>',
        f'<div class="bq"><p>版权所有：某某市人民政府　网站更新时间：{day + timedelta(days=3):%Y-%m-%d}</p>'
        f'<p>浙ICP备12001234号　网站标识码：3300000001</p></div>',
    ]))
    related = draw(st.sampled_from([
        '<div class="xgwz"><h4>相关文章</h4><ul>' + "".join(
            f'<li><a href="/art/r{i}.html">{heads[(i + 1) % 4]}</a> {o:%Y-%m-%d}</li>' for i, o in enumerate(others))
        + "</ul></div>", ""]))
    return header, before, related + footer


@st.composite
def prose(draw, day: date) -> str:
    """The body's paragraphs, sometimes telling of events on other days."""
    later, earlier = day + timedelta(days=draw(st.integers(1, 60))), day - timedelta(days=draw(st.integers(1, 400)))
    event = draw(st.sampled_from([
        f"本办法自{later.year}年{later.month}月{later.day}日起施行，有效期至{later.year + 5}年12月31日。",
        f"{earlier:%Y-%m-%d}，市政府召开专题会议，对相关工作进行了研究部署，明确了时间表和路线图。", None]))
    paragraphs = [*([event] if event else []), *PROSE]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _page(title: str, head: str, header: str, before: str, article: str, after: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{title}_某某市人民政府</title>{head}</head><body>'
            f'{header}<div class="main">{before}<div class="article">{article}</div></div>{after}</body></html>').encode()


def _check(page: bytes, url: str, iso: str, precise: bool = True) -> None:
    got = extract_page(page, url)
    assert got.published_at is not None and got.published_at[:10] == iso[:10], (got.published_at, got.date_rule)
    if precise:
        assert got.published_at == iso, (got.published_at, got.date_rule)


URL = "http://www.example.gov.cn/art/content_1.html"  # no date in it


# -- 1. Info-disclosure metadata ----------------------------------------------------------------

@st.composite
def disclosure(draw):
    """A 政务公开 metadata table/list/grid above (or under) the title, several dates in it."""
    published = _day(draw)
    written = published - timedelta(days=draw(st.integers(1, 40)))
    effective = published + timedelta(days=draw(st.integers(-5, 30)).__abs__() + 1)
    shows_publication = draw(st.integers(0, 5)) > 0
    pub_label = draw(st.sampled_from(["发布日期", "公开日期", "发布时间", "发 布 日 期", "发布日期", "生成日期"]))
    pub_text, pub_iso = draw(spelled(published))
    written_text, written_iso = draw(spelled(written, times=False))
    written_label = draw(st.sampled_from(["成文日期", "成 文 日 期", "印发日期", "发文日期"]))
    agency = draw(st.sampled_from(AGENCIES))
    fields = [("索引号", f"11330000002482061Q/{published.year}-0{draw(st.integers(1000, 9999))}"),
              ("主题分类", "综合政务\\通知"), ("发布机构", agency),
              (written_label, written_text)]
    if shows_publication:
        fields.insert(draw(st.integers(0, len(fields))), (pub_label, pub_text))
    title = draw(st.sampled_from(TITLES))
    fields.append(("文号", f"某政办发〔{published.year}〕{draw(st.integers(1, 99))}号"))
    if draw(st.booleans()):
        eff_text, _ = draw(spelled(effective, times=False))
        fields.append((draw(st.sampled_from(["生效日期", "施行日期"])), eff_text))
    if draw(st.booleans()):
        fields.append(("废止日期", draw(st.sampled_from(["", "无", "暂无", f"{published.year + 3}-12-31"]))))
    fields.append(("名称", title))
    layout = draw(st.sampled_from(["td_pairs", "td_one", "li", "li_spans", "dl", "grid", "td_spans", "columns"]))
    colon = _colon(draw)
    gap = draw(st.sampled_from(GAPS))
    if layout == "td_pairs":
        rows = [fields[i:i + 2] for i in range(0, len(fields), 2)]
        meta = '<table class="xxgk_table" border="0">' + "".join(
            "<tr>" + "".join(f'<td class="t1">{k}{colon}</td><td class="t2">{v}</td>' for k, v in row) + "</tr>"
            for row in rows) + "</table>"
    elif layout == "td_one":
        meta = "<table>" + "".join(f"<tr><td>{k}{colon}{gap}{v}</td></tr>" for k, v in fields) + "</table>"
    elif layout == "td_spans":
        meta = '<table class="zwgk">' + "".join(
            f"<tr><td><b>{k}</b><span>{colon}</span></td><td><span>{v}</span></td></tr>" for k, v in fields) + "</table>"
    elif layout == "li":
        meta = '<ul class="xxgk-info">' + "".join(f"<li>{k}{colon}{gap}{v}</li>" for k, v in fields) + "</ul>"
    elif layout == "li_spans":
        meta = '<div class="xxgk"><ul>' + "".join(
            f'<li><span class="name">{k}{colon}</span><span class="value">{v}</span></li>' for k, v in fields) + "</ul></div>"
    elif layout == "dl":
        meta = '<dl class="meta">' + "".join(f"<dt>{k}{colon}</dt><dd>{v}</dd>" for k, v in fields) + "</dl>"
    elif layout == "columns":  # a row of labels over a row of values
        meta = '<table class="gk">' + "".join(
            "<tr>" + "".join(f"<th>{k}</th>" for k, _ in fields[i:i + 4]) + "</tr><tr>"
            + "".join(f"<td>{v}</td>" for _, v in fields[i:i + 4]) + "</tr>" for i in range(0, len(fields), 4)) + "</table>"
    else:
        meta = '<div class="info-grid">' + "".join(
            f'<div class="row"><div class="label">{k}{colon}</div><div class="value">{v}</div></div>' for k, v in fields) + "</div>"
    heading = f"<h1>{title}</h1>"
    text = draw(prose(published))
    if draw(st.booleans()):  # the signature, on the document's date
        text += f'<p style="text-align:right">{agency}</p><p style="text-align:right">{written_text}</p>'
    place = draw(st.sampled_from(["above", "under", "inside"]))
    if place == "inside":  # the CMS's content box holds the table too
        article = f'{heading}<div id="zoom">{meta}{text}</div>'
    else:
        body = f'<div class="TRS_Editor">{text}</div>'
        article = meta + heading + body if place == "above" else heading + meta + body
    # A PubDate meta on the day shown, or stamped with the document's date (the shown one wins)
    heads = ["", f'<meta name="PubDate" content="{published:%Y-%m-%d} 09:30">',
             f'<meta name="PubDate" content="{written:%Y-%m-%d}">']
    if shows_publication:  # a CMS (Ucap) that stamps PubDate with the time it last generated the page
        stamp = f"{published + timedelta(days=draw(st.integers(1, 200))):%Y-%m-%d} 10:33:59"
        heads.append(f'<meta name="PubDate" content="{stamp}"><meta name="others" content="页面生成时间 {stamp}">')
    head = draw(st.sampled_from(heads))
    header, before, after = draw(noise(published))
    expected = pub_iso if shows_publication else written_iso
    if head and not shows_publication:
        expected = dict(enumerate(head.split('"')))[3][:10]  # the meta is all there is for the publication
    return _page(title, head, header, before, article, after), expected, not head


@given(disclosure())
@SETTINGS
def test_the_disclosure_tables_publication_date_is_the_articles(case):
    """发布日期 (公开日期, 发布时间, Ucap's 生成日期) wins over 成文日期, 印发日期, 生效日期 and 废止日期, wherever
    it stands in the table (above the title, under it, inside the content box) and however label
    and value are laid out; with no publication date shown, the document's written date (成文日期)
    dates it, or a PubDate meta where there is one; a PubDate that is the time the page was last
    generated loses to the date shown. (With a meta, checked to the day: the time
    the CMS stored is kept where the page shows only the day.)"""
    page, iso, precise = case
    _check(page, URL, iso, precise)


# -- 2. Signature date ------------------------------------------------------------------------

_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("十" if tens == 1 else _CN_DIGITS[tens] + "十") + (_CN_DIGITS[ones] if ones else "")


@st.composite
def signature_date(draw, day: date) -> str:
    if draw(st.booleans()):
        zero = draw(st.sampled_from(["〇", "○", "零", "O"]))
        year = "".join(_CN_DIGITS[int(c)] for c in str(day.year)).replace("〇", zero)
        return f"{year}年{_cn_number(day.month)}月{_cn_number(day.day)}日"
    text, _ = draw(spelled(day, times=False))
    return text


@st.composite
def signed(draw, shown: bool):
    """A document ending with its agency and date; the page shows 发布时间 above it or not."""
    published = _day(draw)
    written = published - timedelta(days=draw(st.integers(1, 30)))
    agency = draw(st.sampled_from(AGENCIES))
    sig = draw(signature_date(written))
    title = draw(st.sampled_from(TITLES))
    style = draw(st.sampled_from(["p_right", "br", "div_right", "p_align"]))
    paragraphs = draw(prose(published))
    if style == "p_right":
        end = f'<p style="text-align: right;">{agency}</p><p style="text-align: right;">{sig}</p>'
    elif style == "br":
        end = f'<p style="text-align:right">{agency}<br>{sig}</p>'
    elif style == "div_right":
        end = f'<div align="right">{agency}</div><div align="right">{sig}</div>'
    else:
        end = f'<p align="right">{agency}&nbsp;&nbsp;</p><p align="right">{sig}&nbsp;&nbsp;&nbsp;</p>'
    if draw(st.booleans()):
        agency2 = draw(st.sampled_from(["某某市财政局", "某某市税务局"]))
        end = end.replace(agency, f"{agency2}</p><p style=\"text-align: right;\">{agency}", 1) if style == "p_right" else end
    end += draw(st.sampled_from(["", "<p>（此件公开发布）</p>", "<p>（联系人：张三，联系电话：0571-87051234）</p>",
                                 "<p>抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。</p>"]))
    body = f'<div id="zoom">{paragraphs}{end}</div>'
    if shown:
        text, iso = draw(spelled(published))
        bar = f'<div class="info"><span>发布时间：{text}</span><span>来源：{agency}</span></div>'
    else:
        bar, iso = f'<div class="info"><span>来源：{agency}</span> <span>字号：[ 大 中 小 ]</span></div>', written.isoformat()
    header, before, after = draw(noise(published))
    return _page(title, "", header, before, f"<h1>{title}</h1>{bar}{body}", after), iso


@given(signed(shown=True))
@SETTINGS
def test_the_shown_publication_time_wins_over_the_signature(case):
    page, iso = case
    _check(page, URL, iso)


@given(signed(shown=False))
@SETTINGS
def test_the_signature_dates_a_page_that_shows_no_other_date(case):
    """A page that shows no date but the document's own (the signature under the issuing agency,
    in Arabic or Chinese numerals) is dated by it: the day the document was issued is the best
    the page tells a reader, at day precision (before the header's 'today', which is not the
    article's; the URL's date, where there is one, is the CMS's publication record and comes first)."""
    page, iso = case
    _check(page, URL, iso)


# -- 3. Info bars ------------------------------------------------------------------------------

@st.composite
def info_bar(draw):
    """The line under the title: label and date, source, author, views, font size, print, close."""
    published = _day(draw)
    text, iso = draw(spelled(published))
    label = draw(st.sampled_from(["发布时间", "发布日期", "日期", "时间", "发表时间", "录入时间", "Date", "更新时间",
                                  "信息时间", "发稿时间", None]))
    colon = _colon(draw) if label != "Date" else draw(st.sampled_from([":", ": "]))
    gap = draw(st.sampled_from(GAPS))
    if label is None:
        shown = draw(st.sampled_from([f"[ {text} ]", f"【{text}】", f"（{text}）", text]))
    else:
        shown = draw(st.sampled_from([f"{label}{colon}{gap}{text}", f"<span>{label}{colon}</span>{gap}<span>{text}</span>",
                                      f"<em>{label}</em>{colon}<em>{text}</em>"]))
    second = None
    if label in ("发布时间", "发布日期", "发表时间") and draw(st.booleans()):
        other = published + timedelta(days=draw(st.integers(1, 30)))
        other_text, _ = draw(spelled(other))
        second = draw(st.sampled_from([f"更新时间：{other_text}", f"修改时间：{other_text}", f"更新日期：{other_text}"]))
    written = None
    if label in ("发布日期", "发布时间") and second is None and draw(st.booleans()):
        before_day = published - timedelta(days=draw(st.integers(1, 30)))
        written = f"成文日期：{draw(spelled(before_day, times=False))[0]}"
    parts = [f"<span>{shown}</span>",
             draw(st.sampled_from(["<span>来源：某某市人民政府办公室</span>", "<span>信息来源：本网</span>", ""])),
             draw(st.sampled_from(["<span>作者：张三</span>", "<span>编辑：李四</span>", ""])),
             draw(st.sampled_from(['<span>浏览次数：<b id="count">2019</b></span>', "<span>阅读：1024次</span>", ""])),
             draw(st.sampled_from(["<span>字号：<a>大</a> <a>中</a> <a>小</a></span>", "【<a>打印</a>】【<a>关闭</a>】", ""]))]
    if second:
        parts.insert(draw(st.integers(0, len(parts))), f"<span>{second}</span>")
    if written:
        parts.insert(0, f"<span>{written}</span>")
    sep = draw(st.sampled_from(["", " ", "&nbsp;&nbsp;", "\u3000", " | "]))
    tag, cls = draw(st.sampled_from([("div", "info"), ("p", "xxgk_time"), ("div", "article-meta"), ("div", "fl")]))
    bar = f'<{tag} class="{cls}">' + sep.join(p for p in parts if p) + f"</{tag}>"
    title = draw(st.sampled_from(TITLES))
    body = f'<div class="{draw(st.sampled_from(["TRS_Editor", "content", "zw"]))}">{draw(prose(published))}</div>'
    header, before, after = draw(noise(published))
    # the bar under the title, or above it (a column's name and the date, then the title)
    above = label is not None and draw(st.integers(0, 3)) == 0
    article = f"{bar}<h1>{title}</h1>{body}" if above else f"<h1>{title}</h1>{bar}{body}"
    return _page(title, "", header, before, article, after), iso


@given(info_bar())
@SETTINGS
def test_the_info_bars_date_is_read(case):
    """Whatever its label (or none), split over spans or not, with the source, views and page
    controls around it; a bar that holds two dates gives the publication's."""
    page, iso = case
    _check(page, URL, iso)


# -- 4. Script, meta and URL dates ---------------------------------------------------------------

@st.composite
def scripted(draw):
    """A date written by a script: document.write of a literal, TRS's variable then a substring."""
    published = _day(draw)
    hh, mi, ss = draw(st.integers(1, 22)), draw(st.integers(0, 59)), draw(st.integers(1, 59))
    stamp = f"{published:%Y-%m-%d} {hh:02d}:{mi:02d}:{ss:02d}"
    form = draw(st.sampled_from(["literal", "trs_day", "trs_full", "label_in", "hanweb"]))
    label = draw(st.sampled_from(["发布时间：", "发布日期：", "日期：", ""]))
    if form == "literal":
        shown, iso = f'{label}<script>document.write("{published:%Y-%m-%d}");</script>', published.isoformat()
    elif form == "trs_day":
        shown = (f'{label}<script language="javascript">\nvar str_1 = "{stamp}";\nvar str_2 = str_1.substring(0,10);\n'
                 "document.write(str_2);\n</script>")
        iso = published.isoformat()
    elif form == "trs_full":
        shown = f'{label}<script>var str_1 = "{stamp}";document.write(str_1);</script>'
        iso = f"{published:%Y-%m-%d}T{hh:02d}:{mi:02d}:{ss:02d}+08:00"
    elif form == "label_in":
        shown = f"<script>document.write('发布时间：{published:%Y-%m-%d}');</script>"
        iso = published.isoformat()
    else:
        shown = f"{label}<!--<$[发布日期]>begin-->{published:%Y-%m-%d}<!--<$[发布日期]>end-->"
        iso = published.isoformat()
    bar = f'<div class="info"><span>{shown}</span> <span>来源：某某市人民政府</span></div>'
    title = draw(st.sampled_from(TITLES))
    url = draw(st.sampled_from([URL, f"http://www.example.gov.cn/art/{published.year - 1}/3/4/art_1229_1.html"]))
    header, before, after = draw(noise(published))
    return _page(title, "", header, before, f"<h1>{title}</h1>{bar}<div id=\"zoom\">{draw(prose(published))}</div>", after), url, iso


@given(scripted())
@SETTINGS
def test_a_date_written_by_a_script_is_read(case):
    page, url, iso = case
    _check(page, url, iso)


@st.composite
def meta_only(draw):
    """The page shows no date; a CMS meta holds it (the URL's date, when there is one, differs)."""
    published = _day(draw)
    text, iso = draw(spelled(published))
    text = text.replace("&nbsp;", " ")
    name = draw(st.sampled_from(["PubDate", "pubdate", "publishdate", "firstpublishedtime", "PublishDate"]))
    meta = f'<meta name="{name}" content="{text}">'
    if name == "firstpublishedtime" and "T" in iso:
        meta = f'<meta name="{name}" content="{published:%Y-%m-%d}-{iso[11:19]}">'
    other = published - timedelta(days=draw(st.integers(1, 30)))
    url = draw(st.sampled_from([URL, f"http://www.example.gov.cn/col/{other:%Y%m}/t{other:%Y%m%d}_123.html"]))
    title = draw(st.sampled_from(TITLES))
    header, before, after = draw(noise(published))
    return _page(title, meta, header, before, f"<h1>{title}</h1><div id=\"zoom\">{draw(prose(published))}</div>", after), url, iso


@given(meta_only())
@SETTINGS
def test_a_meta_date_beats_the_url(case):
    page, url, iso = case
    _check(page, url, iso)


@st.composite
def url_only(draw):
    """No date shown and no meta: the URL's date is the fallback, at day precision."""
    published = _day(draw)
    url = draw(st.sampled_from([
        f"http://www.example.gov.cn/xxgk/{published:%Y%m}/t{published:%Y%m%d}_{draw(st.integers(1, 9999999))}.html",
        f"http://www.example.gov.cn/art/{published.year}/{published.month}/{published.day}/art_1229_{draw(st.integers(1, 99999))}.html",
        f"http://www.example.gov.cn/content/{published:%Y-%m}/{published:%d}/content_{draw(st.integers(1, 99999))}.htm",
        f"http://www.example.gov.cn/nw4411/{published:%Y%m%d}/{'a1b2c3d4' * 4}.html",
    ]))
    title = draw(st.sampled_from(TITLES))
    header, before, after = draw(noise(published))
    bar = '<div class="info"><span>来源：某某市人民政府</span> <span>字号：[ 大 中 小 ]</span></div>'
    return _page(title, "", header, before, f"<h1>{title}</h1>{bar}<div id=\"zoom\">{draw(prose(published))}</div>", after), url, published.isoformat()


@given(url_only())
@SETTINGS
def test_the_urls_date_is_the_fallback(case):
    page, url, iso = case
    _check(page, url, iso)


@st.composite
def shown_and_url(draw):
    """A shown date line against an older date in the URL (a page moved, a reposted copy)."""
    published = _day(draw)
    text, iso = draw(spelled(published))
    other = published - timedelta(days=draw(st.integers(1, 30)))
    url = f"http://www.example.gov.cn/col/{other:%Y%m}/t{other:%Y%m%d}_123.html"
    label = draw(st.sampled_from(["发布时间：", "日期：", "[ ", ""]))
    title = draw(st.sampled_from(TITLES))
    header, before, after = draw(noise(published))
    bar = f'<div class="info">{label}{text}{" ]" if label == "[ " else ""}　来源：某某市人民政府</div>'
    return _page(title, "", header, before, f"<h1>{title}</h1>{bar}<div id=\"zoom\">{draw(prose(published))}</div>", after), url, iso


@given(shown_and_url())
@SETTINGS
def test_a_shown_date_beats_the_url(case):
    page, url, iso = case
    _check(page, url, iso)
