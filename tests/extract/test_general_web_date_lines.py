"""Date lines of the general web (issue 19, class 7), each a family drawn in many spellings: the
date between the page's own address and 来源 on one line, a date line with the paper's name after
a byline of several lines, a date under a translator line, a blog post's '发表于 …' footer.

Every page carries decoys a reader passes over: today's date in the site's header, a copyright
year, the dates of related articles, a later comment. The article's date must come out to the
day and at the precision the page writes it.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import extract_page

URL = "http://example.invalid/news/article.html"
PROSE = [
    "记者昨日从有关部门获悉，今年以来全市重点项目建设进展顺利，一批民生工程已经陆续投入使用。",
    "据介绍，下一步将继续加大投入力度，确保各项工作按计划推进，让群众切实感受到发展带来的变化。",
    "业内人士认为，这一举措有助于稳定市场预期，对相关行业的长远发展具有积极意义。",
]
SPACES = ["　", "\u3000\u3000", " ", "  ", "&nbsp;&nbsp;", "&nbsp;"]
PAPERS = ["钱江晚报", "第一财经日报", "新民晚报", "北京青年报", "南方周末", "21世纪经济报道", "人民日报海外版", "扬子晚报"]
TITLES = ["城区公交线网优化方案公布", "老城区改造让居民住上新房", "远方来信：湖边的冬天", "全市春耕生产全面展开"]
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def written_date(draw, times: bool = True):
    """(the date as the page writes it, the ISO date at that precision, the day)."""
    y, m, d = draw(st.integers(2001, 2012)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    form = draw(st.sampled_from(["dash", "dash0", "slash", "dot", "cjk", "cjk0"]))
    day = {"dash": f"{y}-{m}-{d}", "dash0": f"{y}-{m:02d}-{d:02d}", "slash": f"{y}/{m}/{d}",
           "dot": f"{y}.{m:02d}.{d:02d}", "cjk": f"{y}年{m}月{d}日", "cjk0": f"{y}年{m:02d}月{d:02d}日"}[form]
    iso_day = f"{y}-{m:02d}-{d:02d}"
    clock = draw(st.sampled_from(["none", "minute", "second"])) if times else "none"
    # (not 00:00 nor 23:59:59: what CMSs stamp on a day without a time, read as the day)
    hh, mm, ss = draw(st.integers(1, 23)), draw(st.integers(0, 58)), draw(st.integers(1, 59))
    if clock == "none":
        return day, iso_day, iso_day
    colon = draw(st.sampled_from([":", "：", ":"]))
    gap = " " if not form.startswith("cjk") else draw(st.sampled_from(["", " "]))
    shown = f"{day}{gap}{hh:02d}{colon}{mm:02d}" + (f"{colon}{ss:02d}" if clock == "second" else "")
    iso = f"{iso_day}T{hh:02d}:{mm:02d}:{ss if clock == 'second' else 0:02d}+08:00"
    return shown, iso, iso_day


@st.composite
def decoys(draw, day: str):
    """(header, footer, related): furniture with dates of other days, at the top and the bottom."""
    y = int(day[:4])
    today = draw(st.sampled_from([f"今天是{y}年{int(day[5:7])}月{min(int(day[8:10]) + 1, 28)}日 星期二",
                                  f"{y}年12月31日 星期五", ""]))
    header = f'<div id="top"><a href="/">首页</a> <a href="/news/">新闻</a> <span>{today}</span></div>'
    footer = draw(st.sampled_from([
        f'<div id="footer">Copyright © 1997-{y} 某某网 版权所有</div>',
        f'<div class="foot">版权所有 © {y} 某某网络公司　京ICP证000000号</div>',
        '<div class="bottom">关于我们 | 联系方式 | 网站地图</div>',
    ]))
    other = f"{y - 1}-{int(day[5:7]):02d}-{int(day[8:10]):02d}"
    related = draw(st.sampled_from([
        f'<div class="related"><h3>相关新闻</h3><ul><li><a href="/n/1.html">我市举办第三届农民丰收节系列活动</a> ({other})</li>'
        f'<li><a href="/n/2.html">市政府召开常务会议研究部署防汛工作</a> ({other})</li></ul></div>',
        f'<table class="xgxw"><tr><td>·<a href="/n/3.html">全市春运客流较去年同期增长两成</a> {other}</td></tr>'
        f'<tr><td>·<a href="/n/4.html">我市新增公共自行车站点一百个</a> {other}</td></tr></table>',
        "",
    ]))
    return header, footer, related


@st.composite
def prose(draw, day: str) -> list[str]:
    """The article's paragraphs, the first sometimes telling of an event on another day."""
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    event = draw(st.sampled_from([
        f"{y}年{m}月{d + 1}日，市政府将召开新闻发布会，通报相关工作的最新进展情况和下一步安排。",
        f"据悉，该项目已于{y - 1}-{m:02d}-{d:02d}正式开工建设，预计明年年底前全部完工并投入使用。", None]))
    return [event, *PROSE] if event else list(PROSE)


def _page(title: str, head: str, article: str, header: str, footer: str, related: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{head}</title></head><body>{header}'
            f'<div class="wrap">{article}</div>{related}{footer}</body></html>')


def _check(page: str, iso: str, day: str) -> None:
    got = extract_page(page.encode(), URL)
    assert got.published_at is not None and got.published_at[:10] == day, (got.published_at, got.date_rule)
    assert got.published_at == iso, (got.published_at, got.date_rule)


@st.composite
def address_line(draw):
    """'http://biz.163.com　2005-04-25 08:24:06　来源: 第一财经日报' above or at the head of the body."""
    shown, iso, day = draw(written_date())
    site = draw(st.sampled_from(["http://biz.163.com", "http://news.sina.com.cn", "http://www.people.com.cn",
                                 "http://finance.sina.com.cn/", "http://tech.qq.com", "www.xinhuanet.com"]))
    linked = draw(st.booleans())
    address = f'<a href="{site}">{site}</a>' if linked else site
    sp1, sp2 = draw(st.sampled_from(SPACES)), draw(st.sampled_from(SPACES))
    label = draw(st.sampled_from(["来源: ", "来源：", "来源:", "【来源：", "稿件来源："]))
    paper = draw(st.sampled_from(PAPERS)) + ("】" if label.startswith("【") else "")
    line = f"{address}{sp1}{shown}{sp2}{label}{paper}"
    title = draw(st.sampled_from(TITLES))
    paragraphs = draw(prose(day))
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    place = draw(st.sampled_from(["above", "first", "br"]))
    if place == "above":
        article = f'<h1>{title}</h1><div class="info">{line}</div><div class="content">{text}</div>'
    elif place == "first":
        article = f'<h1>{title}</h1><div class="content"><p>{line}</p>{text}</div>'
    else:
        article = (f'<h1>{title}</h1><div class="text">{line}<br><br>'
                   + "<br>".join(f"　　{p}" for p in paragraphs) + "</div>")
    header, footer, related = draw(decoys(day))
    head = draw(st.sampled_from([title, f"{title}_网易财经", f"{title}-新闻中心-新浪网"]))
    return _page(title, head, article, header, footer, related), iso, day


@given(address_line())
@SETTINGS
def test_a_date_between_the_address_and_the_source_is_read(case):
    _check(*case)


@st.composite
def byline_then_date(draw):
    """A byline over several lines, then '2003-7-24 钱江晚报' (or the paper on the next line)."""
    shown, iso, day = draw(written_date(times=False))
    people = draw(st.lists(st.sampled_from([
        "本报记者　张晓明", "通讯员　李　华　王建国", "实习生　赵　静", "记者 孙伟 通讯员 周强", "文/图 本报记者 陈立",
        "首席记者　吴海燕", "本报讯"]), min_size=1, max_size=5, unique=True))
    paper = draw(st.sampled_from(PAPERS))
    sp = draw(st.sampled_from(SPACES))
    split = draw(st.booleans())
    lines = [*people, *([shown, paper] if split else [f"{shown}{sp}{paper}"])]
    title = draw(st.sampled_from(TITLES))
    inside = draw(st.sampled_from(["p", "br", "above"]))
    paragraphs = draw(prose(day))
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    if inside == "p":
        article = f'<h1>{title}</h1><div class="content">' + "".join(f"<p>{ln}</p>" for ln in lines) + f"{text}</div>"
    elif inside == "br":
        article = (f'<h1>{title}</h1><div class="content">' + "<br>".join(lines) + "<br><br>"
                   + "<br>".join(f"　　{p}" for p in paragraphs) + "</div>")
    else:
        article = (f'<h1>{title}</h1><div class="byline">' + "<br>".join(lines) + "</div>"
                   + f'<div class="content">{text}</div>')
    header, footer, related = draw(decoys(day))
    return _page(title, title, article, header, footer, related), iso, day


@given(byline_then_date())
@SETTINGS
def test_a_date_line_after_a_byline_of_several_lines_is_read(case):
    _check(*case)


@st.composite
def translator_then_date(draw):
    """'译：…' (or 译者, 翻译, 编译, '… 译'), maybe an author and an original's line, then the date alone."""
    shown, iso, day = draw(written_date(times=False))
    author = draw(st.sampled_from(["作者：[美] 约翰·史密斯", "[英] 玛丽·琼斯 著", "文/ Tom Lee", ""]))
    translator = draw(st.sampled_from(["译：陈静", "译者：陈静", "翻译：王小林", "编译：刘洋", "陈静 译", "译/ 陈静",
                                       "译： 陈 静"]))
    original = draw(st.sampled_from(["", "原载：《纽约时报》", "原文标题：Letters from the Lake"]))
    lines = [x for x in (author, translator, original) if x] + [shown]
    title = draw(st.sampled_from(TITLES))
    inside = draw(st.sampled_from(["p", "div", "br"]))
    paragraphs = draw(prose(day))
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    if inside == "p":
        article = f'<h1>{title}</h1><div class="content">' + "".join(f"<p>{ln}</p>" for ln in lines) + f"{text}</div>"
    elif inside == "div":
        article = (f"<h1>{title}</h1>" + "".join(f'<div class="line">{ln}</div>' for ln in lines)
                   + f'<div class="content">{text}</div>')
    else:
        article = (f'<h1>{title}</h1><div class="content">' + "<br>".join(lines) + "<br><br>"
                   + "<br>".join(f"　　{p}" for p in paragraphs) + "</div>")
    header, footer, related = draw(decoys(day))
    return _page(title, f"{title}_译文", article, header, footer, related), iso, day


@given(translator_then_date())
@SETTINGS
def test_a_date_under_a_translator_line_is_read(case):
    _check(*case)


@st.composite
def blog_footer(draw):
    """A post whose date is only in its footer ('发表于 2004年12月27日 12:40 | 评论(3)'), a later
    comment, an archive of months and recent posts in the sidebar."""
    shown, iso, day = draw(written_date())
    label = draw(st.sampled_from(["发表于 ", "发表于", "发表时间：", "由 山人 发表于 ", "山人 发表于 ", "Posted "]))
    tail = draw(st.sampled_from(["", " | 阅读(120) | 评论(3)", " | <a href='#c'>评论 (3)</a> | <a href='/tb'>引用</a>",
                                 " 分类：<a href='/c/1'>生活</a>"]))
    footer_class = draw(st.sampled_from(["post-footer", "postfoot", "entry-footer", "postmeta", "posted", "desc", "footer"]))
    tag = draw(st.sampled_from(["div", "p"]))
    title = draw(st.sampled_from(TITLES))
    heading = draw(st.sampled_from([f"<h2>{title}</h2>", f'<h2 class="title"><a href="/p/12">{title}</a></h2>',
                                    f'<h3 class="entry-title">{title}</h3>', f'<div class="posttitle">{title}</div>']))
    y = int(day[:4])
    later = f"{y + 1}年1月5日 09:10"
    comments = draw(st.sampled_from([
        f'<div class="comments"><h4>评论</h4><div class="comment"><p>写得真好！</p><p>访客 发表于 {later}</p></div></div>',
        f'<div id="comment"><p>路人甲 说：不错。</p><p>{later}</p></div>', ""]))
    sidebar = (f'<div id="sidebar"><h3>文章归档</h3><ul><li><a href="/a/1">{y}年12月</a></li><li><a href="/a/2">{y}年11月</a>'
               f'</li></ul><h3>最新文章</h3><ul><li><a href="/p/11">冬天的第一场雪落在院子里</a></li>'
               f'<li><a href="/p/10">读书笔记：山居岁月的日常</a></li></ul></div>')
    body = "".join(f"<p>{p}</p>" for p in draw(prose(day)))
    article = (f'<div class="post">{heading}<div class="post-body">{body}</div>'
               f'<{tag} class="{footer_class}">{label}{shown}{tail}</{tag}></div>{comments}')
    header = '<div id="blog-header"><a href="/">山间小记</a> <a href="/archives">文章归档</a></div>'
    footer = f'<div id="footer">© {y} 山间小记 Powered by Blog</div>'
    head = draw(st.sampled_from([title, f"{title} - 山间小记", f"山间小记 - {title}"]))
    return _page(title, head, article, header, footer, sidebar), iso, day


@given(blog_footer())
@SETTINGS
def test_a_blog_post_footer_dates_the_post(case):
    _check(*case)


def test_a_site_footer_with_a_publication_label_does_not_outrank_the_date_line():
    page = _page("全市春耕生产全面展开", "全市春耕生产全面展开",
                 '<h1>全市春耕生产全面展开</h1><div class="content"><p>本报记者　张晓明</p><p>通讯员　李　华</p>'
                 "<p>实习生　赵　静</p><p>首席记者　吴海燕</p><p>2003-7-24　钱江晚报</p>"
                 + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>",
                 "", '<div id="footer">网站发布日期：2001-01-01　版权所有</div>', "")
    got = extract_page(page.encode(), URL)
    assert (got.published_at, got.date_rule) == ("2003-07-24", "generic:date line")
