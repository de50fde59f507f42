"""Article pages of the Chinese general web (issue 19), each layout a family drawn in many forms,
from public knowledge of how such pages were laid out from the 2000s to the 2020s:

1. news portals (people.com.cn, xinhuanet, chinanews, 163, sina, sohu, ifeng, qq, thepaper): an
   info bar under the title, the time often to the second, a source beside it; a date in a meta
   with a UTC offset;
2. a city paper's digital edition (电子版): the issue's date with its 版次 and 版名;
3. a WeChat article's copy: the date only in a script (`var ct = "1614912000"`, a unix time, or
   `publish_time = "2021-03-05"`), #publish_time left empty;
4. a forum thread (Discuz, phpwind): '发表于 2008-3-5 10:20' over the first post, 楼主, replies
   dated later; Discuz's relative '3 天前' with the date in a title attribute;
5. a personal blog (sina blog and its like): '(2008-03-05 10:20:33)' beside the title, 标签：,
   分类：, 阅读 评论 转载 counters, the previous and next posts;
6. industry and university news (WebPlus and its like): 发布者 发布时间 浏览次数, credit lines
   (摄影 审核 编辑) after the text;
7. a page that shows only a relative date ('3小时前', '昨天 10:20').

Around every article, the furniture a reader passes over: the site's header with today's date,
navigation, 热点排行 and 相关新闻 lists with their own dates, a share bar, 责任编辑 lines, comments
dated later, a copyright footer with years, an ad slot, an image and its caption, 延伸阅读, an
article pager (第1页 下一页). Each page checks the title, the date (to the day and at the
precision written) and the body: the article's paragraphs only, in order.

A relative date ('3小时前', '刚刚', '昨天 10:20') is never the article's date: the page's text
does not say when it was written (a saved or cached copy says '3小时前' for ever), so an absolute
date elsewhere (a title attribute, a script, a meta) dates the page, and a page with none is
undated rather than dated by the header's clock or a related article's date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import extract_page
from tests.extract.test_general_web_date_lines import PAPERS, PROSE, SPACES, TITLES, written_date
from tests.extract.test_gov_date_families import FULL, _day

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CHINA = timedelta(hours=8)
EDITORS = ["张晓明", "李华", "王建国", "赵静"]
HEADS = ["我市举办第三届农民丰收节系列活动", "市政府召开常务会议研究部署防汛工作", "全市春运客流较去年同期增长两成",
         "我市新增公共自行车站点一百个", "多地出台新政支持小微企业发展", "高校毕业生就业形势总体稳定"]


def _extra_prose(draw) -> list[str]:
    """The article's paragraphs: the shared prose, sometimes with one more, in a drawn order."""
    more = ["专家表示，相关部门应当进一步完善配套政策，加强监督检查，切实保障群众的合法权益不受侵害。",
            "记者在现场看到，不少市民带着孩子前来参观，工作人员耐心地解答大家提出的各种问题。"]
    chosen = draw(st.lists(st.sampled_from([*PROSE, *more]), min_size=2, max_size=5, unique=True))
    return chosen


@st.composite
def furniture(draw, day: date):
    """(header, hot list, related list, share bar, comments, footer, ad) dated other days."""
    today = day + timedelta(days=draw(st.integers(1, 900)))
    weekday = "一二三四五六日"[today.weekday()]
    header = draw(st.sampled_from([
        f'<div class="top"><span class="date">{today.year}年{today.month}月{today.day}日 星期{weekday}</span>'
        '<a href="/">首页</a> <a href="/news/">新闻</a> <a href="/finance/">财经</a></div>',
        f'<div id="header"><div class="nav"><a href="/">首页</a> | <a href="/gn/">国内</a> | <a href="/gj/">国际</a></div>'
        f'<div class="today">今天是：{today:%Y-%m-%d}</div></div>',
        '<div class="navbar"><ul><li><a href="/">首页</a></li><li><a href="/sh/">社会</a></li>'
        '<li><a href="/ty/">体育</a></li></ul></div>',
    ]))
    others = [day - timedelta(days=k) for k in (1, 2, 5, 9)]
    hot = draw(st.sampled_from([
        '<div class="hot-rank"><h3>热点排行</h3><ol>' + "".join(
            f'<li><a href="/n/h{i}.html">{HEADS[i]}</a><span>{o:%m-%d %H:%M}</span></li>' for i, o in enumerate(others))
        + "</ol></div>",
        '<div class="phb"><h3>24小时点击排行</h3><ul>' + "".join(
            f'<li><a href="/n/p{i}.html">{HEADS[i + 1]}</a> {o:%Y-%m-%d}</li>' for i, o in enumerate(others)) + "</ul></div>",
        "",
    ]))
    related = draw(st.sampled_from([
        '<div class="related"><h3>相关新闻</h3><ul>' + "".join(
            f'<li><a href="/n/r{i}.html">{HEADS[i + 2 if i < 4 else 0]}</a> ({o:%Y-%m-%d})</li>' for i, o in enumerate(others))
        + "</ul></div>",
        '<div class="ydyd"><h4>延伸阅读</h4><p><a href="/n/y1.html">' + HEADS[5] + f'</a> {others[1]:%Y年%m月%d日}</p>'
        f'<p><a href="/n/y2.html">{HEADS[4]}</a> {others[2]:%Y年%m月%d日}</p></div>',
        "",
    ]))
    share = draw(st.sampled_from([
        '<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>',
        '<div class="bdsharebuttonbox"><a class="bds_more">分享到</a><a class="bds_weixin">微信</a></div>',
        '<div class="fx">分享到： <a href="#">新浪微博</a> <a href="#">腾讯微博</a></div>',
        "",
    ]))
    later = day + timedelta(days=draw(st.integers(1, 30)))
    comments = draw(st.sampled_from([
        f'<div class="comment"><h3>网友评论</h3><div class="c-item"><p>这个政策好，支持！</p>'
        f'<span>{later:%Y-%m-%d} 09:12</span></div><div class="c-item"><p>希望尽快落实到位。</p>'
        f'<span>{later:%Y-%m-%d} 10:33</span></div></div>',
        f'<div id="comments"><p>已有3条评论</p><dl><dt>网友 发表于 {later:%Y年%m月%d日} 08:10</dt><dd>说得好。</dd></dl></div>',
        "",
    ]))
    last = draw(st.integers(day.year, day.year + 3))
    footer = draw(st.sampled_from([
        f'<div id="footer"><p>关于我们 | 广告服务 | 联系我们</p><p>Copyright © 1997-{last} 某某网 版权所有</p>'
        '<p>京ICP证000000号</p></div>',
        f'<div class="foot">版权所有 © {last} 某某网络传媒有限公司　未经授权禁止转载</div>',
    ]))
    ad = draw(st.sampled_from(['<div class="ad"><a href="/ad"><img src="/ad/banner.gif"></a></div>',
                               '<div id="adv_01"><script>show_ad("a1");</script></div>', ""]))
    return header, hot, related, share, comments, footer, ad


def _page(head_title: str, head: str, header: str, main: str, aside: str, footer: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{head_title}</title>{head}</head><body>{header}'
            f'<div class="wrap"><div class="main">{main}</div><div class="side">{aside}</div></div>'
            f"{footer}</body></html>").encode()


def _check(page: bytes, url: str, title: str, iso: str | None, paragraphs: list[str]) -> None:
    got = extract_page(page, url)
    assert got.title == title, (got.title, got.title_rule)
    if iso is None:
        assert got.published_at is None, (got.published_at, got.date_rule)
    else:
        assert got.published_at is not None and got.published_at[:10] == iso[:10], (got.published_at, got.date_rule)
        assert got.published_at == iso, (got.published_at, got.date_rule)
    texts = [p.text for p in got.paragraphs if p.kind == "text"]
    assert texts == paragraphs, (texts, got.body_rule)


def _clock(draw) -> tuple[int, int, int]:
    # (not 00:00 nor 23:59:59: what CMSs stamp on a day without a time, read as the day)
    return draw(st.integers(1, 22)), draw(st.integers(0, 59)), draw(st.integers(1, 59))


def _image(draw) -> str:
    """An image and its caption (with the photographer's credit), or none."""
    return draw(st.sampled_from([
        '<p align="center"><img src="/img/1.jpg"></p><p align="center">图为活动现场。记者 张三 摄</p>',
        '<div class="pic"><img src="/img/2.jpg"><p class="pictext">市民在展区参观。（新华社记者 李四 摄）</p></div>',
        '<figure><img src="/img/3.jpg"><figcaption>资料图（图片来源：视觉中国）</figcaption></figure>',
        "",
    ]))


# -- 1. News portals ---------------------------------------------------------------------------

URL = "http://news.example.invalid/a/article_12345.html"  # no date in it


@st.composite
def portal(draw):
    """A news portal's article: title, the info bar (date, time, source), the text, the editor."""
    day = _day(draw, 2005, 2024)
    hh, mi, ss = _clock(draw)
    clock = draw(st.sampled_from(["minute", "second"]))
    time = f"{hh:02d}:{mi:02d}" + (f":{ss:02d}" if clock == "second" else "")
    iso = f"{day:%Y-%m-%d}T{hh:02d}:{mi:02d}:{ss if clock == 'second' else 0:02d}+08:00"
    shown = draw(st.sampled_from([f"{day:%Y-%m-%d} {time}", f"{day:%Y年%m月%d日} {time}", f"{day:%Y年%m月%d日}{time}",
                                  f"{day:%Y/%m/%d} {time}"]))
    source = draw(st.sampled_from(["人民网-人民日报", "新华网", "中国新闻网", "澎湃新闻", "央视新闻客户端", *PAPERS]))
    sp = draw(st.sampled_from(SPACES))
    bar = draw(st.sampled_from([
        f'<div class="post_time_source">{shown}{sp}来源: <a href="#">{source}</a></div>',  # 163
        f'<div class="date-source"><span class="date">{shown}</span><a class="source">{source}</a></div>',  # sina
        f'<div class="box01"><div class="fl">{shown}{sp}来源：<a href="#">{source}</a></div></div>',  # people
        f'<div class="h-info"><span class="h-time">{shown}</span><span>来源： {source}</span></div>',  # xinhua
        f'<div class="left-t">{shown}{sp}来源：{source}{sp}参与互动</div>',  # chinanews
        f'<div class="news_about"><p>澎湃新闻记者 张晓明</p><p><span>{shown}</span> 来源：{source}</p></div>',  # thepaper
        f'<div class="a_Info"><span class="a_source">{source}</span><span class="a_time">{shown}</span></div>',  # qq
        f'<p class="time"><span>{shown}</span><span class="ss03">{source}</span></p>',  # ifeng
    ]))
    title = draw(st.sampled_from(TITLES + HEADS[:2]))
    paragraphs = _extra_prose(draw)
    text = "".join(f"<p>{p}</p>" for p in paragraphs[:1]) + _image(draw) + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    editor = draw(st.sampled_from([
        f'<p class="editor">(责任编辑：{EDITORS[0]})</p>', f'<div class="edit">责任编辑：{EDITORS[1]}</div>',
        f"<p>【编辑：{EDITORS[2]}】</p>", f'<p style="text-align:right">[责任编辑:{EDITORS[3]}]</p>', ""]))
    pager = draw(st.sampled_from(['<div class="page"><a href="#">第1页</a> <a href="a_2.html">第2页</a> '
                                  '<a href="a_2.html">下一页</a></div>', ""]))
    box = draw(st.sampled_from(['<div class="post_text" id="endText">', '<div class="article" id="article">',
                                '<div id="rwb_zw">', '<div class="left_zw">', '<div class="content">']))
    header, hot, related, share, comments, footer, ad = draw(furniture(day))
    main = f"<h1>{title}</h1>{bar}{share}{box}{text}{editor}</div>{pager}{related}{ad}{comments}"
    head_title = draw(st.sampled_from([title, f"{title}_网易新闻", f"{title}--社会--人民网", f"{title}|澎湃新闻"]))
    head = ""
    if draw(st.integers(0, 3)) == 0:  # a meta with a UTC offset, in China time or UTC
        utc = datetime(day.year, day.month, day.day, hh, mi, ss if clock == "second" else 0) - CHINA
        head = draw(st.sampled_from([
            f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}Z">',
            f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}+00:00">',
            f'<meta property="article:published_time" content="{utc + CHINA:%Y-%m-%dT%H:%M:%S}+08:00">']))
    return _page(head_title, head, header, main, hot, footer), URL, title, iso, paragraphs


@given(portal())
@SETTINGS
def test_a_portal_article(case):
    _check(*case)


# -- 2. Digital editions of papers -------------------------------------------------------------

@st.composite
def epaper(draw):
    """An article of a paper's digital edition: the issue's date beside its 版次 and 版名, the
    edition's navigation (the page's other articles, 上一期 下一期), a kicker and a subtitle."""
    day = _day(draw, 2003, 2024)
    paper = draw(st.sampled_from(["人民日报", "钱江晚报", "南方日报", "某某日报", "扬子晚报"]))
    page_no = draw(st.sampled_from(["A03", "第03版", "04", "B2"]))
    section = draw(st.sampled_from(["要闻", "经济", "城事", "综合新闻"]))
    cjk = draw(st.booleans())
    issue = f"{day.year}年{day.month:02d}月{day.day:02d}日" if cjk else f"{day:%Y-%m-%d}"
    weekday = "一二三四五六日"[day.weekday()]
    line = draw(st.sampled_from([
        f'<p class="sec">《 {paper} 》（ {issue}{"　" * 2}第 {page_no[-2:]} 版）</p>',
        f'<div class="ban">版次：{page_no}{"　"}版名：{section}{"　"}{issue}</div>',
        f'<td class="date">{issue} 星期{weekday}</td>',
        f'<div class="info">{paper} {issue} {page_no}版 {section}</div>',
    ]))
    title = draw(st.sampled_from(TITLES))
    kicker = draw(st.sampled_from(["", "<h3>聚焦民生实事</h3>"]))
    subtitle = draw(st.sampled_from(["", "<h2>——来自基层一线的报道</h2>"]))
    paragraphs = _extra_prose(draw)
    byline = draw(st.sampled_from(["", "<p>本报记者　张晓明</p>", "<p>本报讯（记者 李华 通讯员 王建国）</p>"]))
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    nav = ('<div class="bmnav"><h4>本版新闻</h4><ul>' + "".join(
        f'<li><a href="content_{i}.htm">{h}</a></li>' for i, h in enumerate(HEADS[:4])) + "</ul>"
        '<a href="#">上一期</a> <a href="#">下一期</a> <a href="#">往期回顾</a></div>')
    body = draw(st.sampled_from(['<div id="ozoom"><founder-content>', '<div class="article-content">',
                                 '<div id="articleContent">']))
    closing = "</founder-content></div>" if "ozoom" in body else "</div>"
    place = draw(st.sampled_from(["top", "under"]))
    heading = f"{kicker}<h1>{title}</h1>{subtitle}"
    main = (line + heading if place == "top" else heading + line) + f"{byline}{body}{text}{closing}"
    url = draw(st.sampled_from([f"http://paper.example.invalid/html/{day:%Y-%m}/{day:%d}/content_{draw(st.integers(1, 999999))}.htm",
                                "http://epaper.example.invalid/shtml/content_884422.shtml"]))
    footer = f'<div class="footer">{paper}社 版权所有 © 2003-{day.year + 1}</div>'
    head_title = draw(st.sampled_from([title, f"{title}--{paper}", f"{paper}数字报-{title}"]))
    paragraphs = ([byline[3:-4]] if byline.startswith("<p>本报讯") else []) + paragraphs
    return _page(head_title, "", "", main, nav, footer), url, title, day.isoformat(), paragraphs


@given(epaper())
@SETTINGS
def test_a_digital_edition_article(case):
    page, url, title, iso, paragraphs = case
    got = extract_page(page, url)
    assert got.title == title, (got.title, got.title_rule)
    assert got.published_at == iso, (got.published_at, got.date_rule)
    # (a byline '本报讯（记者…）' that opens the first paragraph's line is the article's own words)
    texts = [p.text for p in got.paragraphs if p.kind == "text"]
    assert [t for t in texts if not t.startswith("本报讯")] == [p for p in paragraphs if not p.startswith("本报讯")], texts


# -- 3. WeChat article copies -----------------------------------------------------------------

@st.composite
def wechat(draw):
    """The copy of a WeChat article: #publish_time empty, the date in the page's script."""
    day = _day(draw, 2014, 2024)
    hh, mi, ss = _clock(draw)
    moment = datetime(day.year, day.month, day.day, hh, mi, ss)
    stamp = int((moment - CHINA).replace(tzinfo=UTC).timestamp())
    form = draw(st.sampled_from(["ct", "ct_and_day", "ct_and_minute", "publish_time", "create_time"]))
    if form == "ct":
        script, iso = f'var ct = "{stamp}";\nvar publish_time = "" || "";', f"{moment:%Y-%m-%dT%H:%M:%S}+08:00"
    elif form == "ct_and_day":
        script, iso = f'var ct = "{stamp}";\nvar publish_time = "{day:%Y-%m-%d}" || "";', day.isoformat()
    elif form == "ct_and_minute":
        script = f"var ct = '{stamp}'; var createTime = '{moment:%Y-%m-%d %H:%M}';"
        iso = f"{moment:%Y-%m-%dT%H:%M}:00+08:00"
    elif form == "publish_time":
        script, iso = f'var publish_time = "{day:%Y-%m-%d}" || "";', day.isoformat()
    else:
        script, iso = f"var create_time = \"{stamp}\" * 1;", f"{moment:%Y-%m-%dT%H:%M:%S}+08:00"
    title = draw(st.sampled_from(TITLES))
    account = draw(st.sampled_from(["某某发布", "某某日报", "学习小组"]))
    paragraphs = _extra_prose(draw)
    wrap = draw(st.sampled_from(["p", "section", "p_span"]))
    if wrap == "p":
        text = "".join(f"<p>{p}</p>" for p in paragraphs)
    elif wrap == "section":
        text = "".join(f'<section style="line-height:1.75em;"><span>{p}</span></section>' for p in paragraphs)
    else:
        text = "".join(f'<p style="text-align:justify;"><span style="font-size:15px;">{p}</span></p>' for p in paragraphs)
    top = draw(st.sampled_from(["", '<p style="text-align:center;"><span>点击上方蓝字关注我们</span></p>']))
    end = draw(st.sampled_from(["", f"<p>来源：{account}</p><p>编辑：{EDITORS[0]}</p>",
                                '<p style="text-align:center;"><img src="/qr.png"></p><p>长按识别二维码关注</p>']))
    main = (f'<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">\n  {title}\n</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">'
            f'{EDITORS[1]}</span><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{account}</a>'
            f'</span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
            f'<div class="rich_media_content" id="js_content">{top}{text}{end}</div>'
            f'<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 10万+</span>'
            f'<span>在看</span></div><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div>')
    js = f"<script>var nickname = \"{account}\";\n{script}\nvar msg_title = \"{title}\";</script>"
    return (_page(title, "", "", main + js, "", ""), "https://mp.weixin.qq.com/s/AbCdEf123", title, iso, paragraphs)


@given(wechat())
@SETTINGS
def test_a_wechat_article_copy(case):
    """A unix time (`var ct`) is read in China time to the second; a date the script writes out
    ('publish_time', 'createTime') is what readers are shown, at its precision."""
    _check(*case)


# -- 4. Forum threads -------------------------------------------------------------------------

@st.composite
def forum(draw):
    """A Discuz or phpwind thread: the first post (楼主) is the article, the replies are later."""
    day = _day(draw, 2004, 2020)
    hh, mi, ss = _clock(draw)
    seconds = draw(st.booleans())
    moment = f"{day.year}-{day.month}-{day.day} {hh}:{mi:02d}" + (f":{ss:02d}" if seconds else "")
    iso = f"{day:%Y-%m-%d}T{hh:02d}:{mi:02d}:{ss if seconds else 0:02d}+08:00"
    style = draw(st.sampled_from(["discuz", "discuz_relative", "phpwind"]))
    title = draw(st.sampled_from(TITLES))
    paragraphs = _extra_prose(draw)
    later = [day + timedelta(days=k) for k in (1, 3)]

    def stamp(i: int) -> str:
        if style == "discuz_relative":
            return f'发表于 <span title="{moment}">{draw(st.integers(2, 6))}&nbsp;天前</span>' if i == 0 else \
                f"发表于 {later[i - 1].year}-{later[i - 1].month}-{later[i - 1].day} 08:1{i}"
        if i == 0:
            return f"发表于 {moment}"
        return f"发表于 {later[i - 1].year}-{later[i - 1].month}-{later[i - 1].day} 08:1{i}"

    posts = []
    replies = [["顶一个，说得很有道理。"], ["支持楼主，期待后续。"]]
    for i, lines in enumerate([paragraphs, *replies]):
        floor = ["楼主", "沙发", "板凳"][i]
        message = "<br />\r\n".join(lines)
        if style == "phpwind":
            posts.append(f'<div class="read_t" id="read_{i}"><div class="tipTop s6"><span class="fr">{floor}</span>'
                         f'<span title="{moment if i == 0 else later[i - 1]}">发表于: {stamp(i)[4:]}</span>'
                         f'<a href="#">只看该作者</a></div><div class="tpc_content"><div class="f14" id="read_tpc_{i}">'
                         f"{message}</div></div></div>")
        else:
            posts.append(f'<div id="post_{100 + i}"><table class="plhin"><tr><td class="pls"><div class="authi">'
                         f'<a class="xw1">用户{i}</a></div></td><td class="plc"><div class="pi"><strong><a>{floor}</a>'
                         f'</strong><div class="authi"><em id="authorposton{100 + i}">{stamp(i)}</em> <span class="pipe">|'
                         f'</span> <a href="#">只看该作者</a></div></div><div class="pct"><div class="t_fsz"><table>'
                         f'<tr><td class="t_f" id="postmessage_{100 + i}">\r\n{message}</td></tr></table></div></div>'
                         f'</td></tr></table></div>')
    heading = (f'<h1 class="ts"><a href="#">[讨论]</a> <span id="thread_subject">{title}</span></h1>' if style != "phpwind"
               else f'<h1 id="subject_tpc">{title}</h1>')
    main = (f'<div id="pt" class="bm cl"><a href="/">论坛</a> &rsaquo; <a href="#">城市生活</a></div>'
            f'<div id="postlist" class="pl bm">{heading}{"".join(posts)}</div>')
    footer = f'<div id="ft"><p>Powered by Discuz! X3.2 © 2001-{day.year + 2} Comsenz Inc.</p></div>'
    head_title = draw(st.sampled_from([f"{title} - 城市生活 - 某某论坛 - Powered by Discuz!", f"{title}-某某论坛"]))
    url = f"http://bbs.example.invalid/thread-{draw(st.integers(1000, 999999))}-1-1.html"
    return _page(head_title, "", "", main, "", footer), url, title, iso, paragraphs


@given(forum())
@SETTINGS
def test_a_forum_threads_first_post(case):
    _check(*case)


# -- 5. Personal blogs ------------------------------------------------------------------------

@st.composite
def blog(draw):
    """A blog post (sina blog and its like): the time beside the title, tags and categories, the
    counters and the neighbouring posts under it, comments dated later."""
    day = _day(draw, 2005, 2016)
    hh, mi, ss = _clock(draw)
    iso = f"{day:%Y-%m-%d}T{hh:02d}:{mi:02d}:{ss:02d}+08:00"
    stamp = f"{day:%Y-%m-%d} {hh:02d}:{mi:02d}:{ss:02d}"
    title = draw(st.sampled_from(TITLES))
    paragraphs = _extra_prose(draw)
    tags = ('<div class="articalTag"><table><tr><td class="blog_tag"><h3>标签：</h3><a href="#">生活</a>'
            '<a href="#">随笔</a></td><td class="blog_class"><h3>分类：</h3><a href="#">心情日记</a></td></tr></table></div>')
    wrap = draw(st.sampled_from(["div", "p", "br"]))
    if wrap == "div":
        text = "".join(f"<div>{p}</div>" for p in paragraphs)
    elif wrap == "p":
        text = "".join(f"<p>&nbsp;&nbsp;&nbsp; {p}</p>" for p in paragraphs)
    else:
        text = "<br />".join(f"&nbsp;&nbsp;&nbsp; {p}" for p in paragraphs)
    later = day + timedelta(days=5)
    form = draw(st.sampled_from(["sina", "generic"]))
    if form == "sina":
        main = (f'<div class="articalTitle"><h2 class="titName SG_txta">{title}</h2>'
                f'<span class="img2"></span><span class="time SG_txtc">({stamp})</span></div>{tags}'
                f'<div id="sina_keyword_ad_area2" class="articalContent">{text}</div>'
                '<div class="shareUp"><span>分享：</span></div>'
                '<div class="IL"><span>阅读(<span>120</span>)</span>┊ <a>评论</a> (3)┊ <a>收藏</a>(0) ┊<a>转载</a>(1) '
                '┊ <a>喜欢</a>▼ ┊<a>打印</a>┊<a>举报</a></div>'
                f'<div class="articalfrontback"><div><span>前一篇：</span><a href="#">{HEADS[0]}</a></div>'
                f'<div><span>后一篇：</span><a href="#">{HEADS[1]}</a></div></div>'
                f'<div class="allComm"><div class="SG_revert_Cont"><p>写得真好</p><p class="myReFrom">{later:%Y-%m-%d} '
                "10:11:12</p></div></div>")
    else:
        main = (f'<div class="post"><h2 class="title">{title}</h2><div class="postinfo"><span class="blogsep">{stamp}</span>'
                f' | 分类：<a href="#">随笔</a> | 标签：<a href="#">生活</a></div><div class="postcontent">{text}</div>'
                f'<div class="postfoot">阅读(120) | 评论(3)</div></div><div class="comments"><p>访客 {later:%Y-%m-%d} '
                "10:11</p><p>写得真好</p></div>")
    side = (f'<div class="SG_conn"><h3>博文目录</h3><ul><li><a href="#">{HEADS[2]}</a> ({day - timedelta(days=3):%Y-%m-%d})</li>'
            f'<li><a href="#">{HEADS[3]}</a> ({day - timedelta(days=9):%Y-%m-%d})</li></ul></div>')
    header = '<div class="blogtop"><a href="/">某某的博客</a> <a href="#">博文</a> <a href="#">相册</a></div>'
    head_title = draw(st.sampled_from([f"{title}_某某_新浪博客", f"{title} - 某某的日志 - 网易博客", title]))
    url = f"http://blog.example.invalid/s/blog_4a5b6c7d0100{draw(st.integers(1000, 9999))}.html"
    return _page(head_title, "", header, main, side, "<div id='footer'>Copyright © 1996 - 2016 SINA</div>"), url, title, iso, paragraphs


@given(blog())
@SETTINGS
def test_a_blog_post(case):
    _check(*case)


# -- 6. Industry and university news ----------------------------------------------------------

@st.composite
def campus(draw):
    """A university's or an industry body's news: 发布者 发布时间 浏览次数, credit lines after the text."""
    shown, iso, day = draw(written_date())
    title = draw(st.sampled_from(TITLES))
    paragraphs = _extra_prose(draw)
    full = draw(st.booleans())
    meta = draw(st.sampled_from([
        f'<div class="arti_metas"><span class="arti_publisher">发布者：党委宣传部</span><span class="arti_update">发布时间：{shown}</span>'
        '<span class="arti_views">浏览次数：<span class="WP_VisitCount">123</span></span></div>',
        f'<div class="info">作者：张晓明{"　"}来源：新闻中心{"　"}发布时间：{shown}{"　"}点击数：<span>456</span></div>',
        f'<p class="xinxi">[作者：张晓明　　来源：本站原创　　点击数：789　　更新时间：{shown}]</p>',
    ]))
    if full:
        meta = meta.translate(FULL)
    credit = draw(st.sampled_from([
        "", f"<p>（文/张晓明 图/李华 审核：王建国 编辑：{EDITORS[3]}）</p>",
        f'<p style="text-align:right">编辑：{EDITORS[0]}　审核：{EDITORS[2]}</p>',
        f"<p>责任编辑：{EDITORS[1]}</p>",
    ]))
    main = (f'<h1 class="arti_title">{title}</h1>{meta}<div class="wp_articlecontent">'
            + "".join(f"<p>{p}</p>" for p in paragraphs) + f"</div>{credit}"
            '<div class="page_nav"><p>上一篇：<a href="#">' + HEADS[0] + '</a></p><p>下一篇：<a href="#">' + HEADS[1]
            + "</a></p></div>")
    header, hot, related, share, comments, footer, ad = draw(furniture(date.fromisoformat(day)))
    head_title = draw(st.sampled_from([title, f"{title}-新闻网", f"某某大学新闻网-{title}"]))
    return _page(head_title, "", header, main + related, hot, footer), "http://news.example.edu.cn/info/1011/12345.htm", \
        title, iso, paragraphs


@given(campus())
@SETTINGS
def test_a_campus_or_industry_news_page(case):
    _check(*case)


# -- 7. Relative dates ------------------------------------------------------------------------

@st.composite
def relative(draw):
    """A feed-style page that shows '3小时前' under the title; an absolute date elsewhere or none."""
    day = _day(draw, 2015, 2024)
    hh, mi, ss = _clock(draw)
    moment = datetime(day.year, day.month, day.day, hh, mi, ss)
    shown = draw(st.sampled_from([f"{draw(st.integers(1, 23))}小时前", f"{draw(st.integers(1, 59))}分钟前", "刚刚",
                                  f"昨天 {hh:02d}:{mi:02d}", f"{draw(st.integers(1, 6))}天前"]))
    where = draw(st.sampled_from(["title_attr", "data_attr", "script", "meta", "none"]))
    iso: str | None = f"{moment:%Y-%m-%dT%H:%M:%S}+08:00"
    head = ""
    script = ""
    if where == "title_attr":
        stamp = f'<span class="time" title="{moment:%Y-%m-%d %H:%M:%S}">{shown}</span>'
    elif where == "data_attr":
        stamp = f'<span class="time" data-time="{moment:%Y-%m-%d %H:%M:%S}">{shown}</span>'
    elif where == "script":
        stamp = f'<span class="time">{shown}</span>'
        script = f'<script>var pubtime = "{moment:%Y-%m-%d %H:%M:%S}";</script>'
    elif where == "meta":
        stamp = f'<span class="time">{shown}</span>'
        head = f'<meta name="publishdate" content="{moment:%Y-%m-%d %H:%M:%S}">'
    else:
        stamp, iso = f'<span class="time">{shown}</span>', None
    title = draw(st.sampled_from(TITLES))
    paragraphs = _extra_prose(draw)
    header, hot, related, share, comments, footer, ad = draw(furniture(day))
    main = (f'<h1>{title}</h1><div class="meta"><span class="author">某某号</span>{stamp}</div>'
            f'<div class="article-content">' + "".join(f"<p>{p}</p>" for p in paragraphs) + f"</div>{script}{comments}")
    return _page(title, head, header, main, hot + related, footer), URL, title, iso, paragraphs


@given(relative())
@SETTINGS
def test_a_relative_date_is_never_the_date(case):
    _check(*case)
