"""Ucap portals: Sichuan (a `下页` next link, GB2312 pages, `#articleattribute` dates written
`YYYY年MM月DD日 HH时MM分`, `<ucaptitle>`), Hainan (`<ucaptitle>`/`<ucapcontent>`, `#ly`), Xinjiang
(`common_list_N.shtml` announced by `createPageHTML('page-div',N,…)`, a date split over three
elements) and Heilongjiang (`news.shtml`, metas, a static pager). From the published facts (public scrapers F19, F21)."""

from __future__ import annotations

from .kit import Art, Variant, folder, page, soft404

# -- Sichuan (sc-zh) ------------------------------------------------------------------------------


def _sc_article(title: str, when: str, source: str, body: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}- 四川省人民政府网站</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/10462/10464/10797/jrsc_list.shtml">今日四川</a></div>
<table width="1000" align="center"><tr><td class="contText">
<div class="contTit"><ucaptitle>{title}</ucaptitle></div>
<div id="articleattribute"><ul>
<li>{when}</li>
<li>来源：{source}</li>
<li class="fontsize">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</li>
</ul></div>
<div class="cmsArticleContent">
{body}
</div>
<div class="close">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</td></tr></table>
<div class="foot">主办：四川省人民政府办公厅　 四川省人民政府网站 版权所有</div>
</body></html>"""


def _sc_list(rows: list[tuple[str, str, str]], pager: str) -> str:
    trs = "\n".join(f'<tr><td class="fl"><a href="{href}" target="_blank" title="{title}">{title}</a></td>'
                    f'<td class="fr">{date}</td></tr>' for href, title, date in rows)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>今日四川</title></head><body>
<div class="top"><a href="/">首页</a></div>
<table id="dash-table" width="100%">
{trs}
</table>
<div id="page_div">{pager}</div>
</body></html>"""


def _sc(start: str):
    col = folder(start)
    h = ["0f3a1b2c4d5e6f708192a3b4c5d6e7f8", "1a2b3c4d5e6f708192a3b4c5d6e7f809", "2b3c4d5e6f708192a3b4c5d6e7f80a1b"]
    arts = [
        Art(col + f"2026/11/25/{h[0]}.shtml", _sc_article(
            "四川省2026年冬季招商引资推介会举行", "2026年11月25日 10时30分", "四川日报",
            "<p>　　11月24日，四川省2026年冬季招商引资推介会在成都举行。</p>\n<p>　　现场签约项目42个，总投资超过900亿元。</p>"),
            "四川省2026年冬季招商引资推介会举行", "2026-11-25 10:30",
            ["11月24日，四川省2026年冬季招商引资推介会在成都举行。", "现场签约项目42个，总投资超过900亿元。"], charset="gb2312"),
        # 喆 is outside GB2312: the page says gb2312 but is GBK/GB18030.
        Art(col + f"2026/11/24/{h[1]}.shtml", _sc_article(
            "省政府与中国电子签署战略合作协议", "2026年11月24日 18时05分", "省政府办公厅",
            "<p>　　省长与中国电子董事长芮晓喆一行座谈，并见证签约。</p>\n<p>　　双方将在信息技术应用创新等领域深化合作。</p>"),
            "省政府与中国电子签署战略合作协议", "2026-11-24 18:05",
            ["省长与中国电子董事长芮晓喆一行座谈，并见证签约。", "双方将在信息技术应用创新等领域深化合作。"], charset="gb2312"),
        Art(col + f"2026/9/5/{h[2]}.shtml", _sc_article(
            "成渝地区双城经济圈建设重大项目进展顺利", "2026年09月05日 09时00分", "川观新闻",
            "<p>　　今年以来，成渝地区双城经济圈共建重大项目完成投资超过四千亿元。</p>"
            "\n<p align=\"center\"><img src=\"/picture/2026/11/21/chengyu.jpg\" /></p>"
            "\n<p align=\"center\">图为成渝中线高铁施工现场。</p>"),
            "成渝地区双城经济圈建设重大项目进展顺利", "2026-09-05 09:00",
            ["今年以来，成渝地区双城经济圈共建重大项目完成投资超过四千亿元。", "图为成渝中线高铁施工现场。"], charset="gb2312"),
    ]
    name = start.rsplit("/", 1)[1].rsplit(".", 1)[0]  # jrsc_list
    gb = {"charset": "gb2312"}
    routes = {
        start: page(_sc_list([(arts[0].path, arts[0].title, "2026-11-25"), (arts[1].path, arts[1].title, "2026-11-24")],
                             f'<span>首页</span> <span class="arrow"><a href="{name}_2.shtml">下页</a></span> '
                             f'<span class="arrow"><a href="{name}_3.shtml">尾页</a></span>'), **gb),
        col + f"{name}_2.shtml": page(_sc_list(
            [(col + "2026/11/23/3c4d5e6f708192a3b4c5d6e7f80a1b2c.shtml", "四川启动冬季森林防火专项行动", "2026-11-23")],
            f'<span class="arrow"><a href="{name}.shtml">上页</a></span> '
            f'<span class="arrow"><a href="{col}{name}_3.shtml">下页</a></span>'), **gb),
        col + f"{name}_3.shtml": page(_sc_list([(arts[2].path, arts[2].title, "2026-09-05")],
                                               f'<span class="arrow"><a href="{name}_2.shtml">上页</a></span> '
                                               '<span class="arrow">下页</span>'), **gb),
        col + "2026/11/23/3c4d5e6f708192a3b4c5d6e7f80a1b2c.shtml": soft404(),
    }
    return routes, arts


# -- Hainan (hi-zh) -------------------------------------------------------------------------------


def _hi_article(title: str, info: str, body: str, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{title}_海南省人民政府网</title></head><body>
<div class="head"><a href="/">首页</a></div>
<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/hainan/5309/list3.shtml">要闻</a></div>
<div class="con_box">
<div class="pages_title"><ucaptitle>{title}</ucaptitle></div>
<div class="pages_info">{info}</div>
<div id="zoom"><ucapcontent>{body}</ucapcontent></div>
</div>
<div class="footer">主办：海南省人民政府办公厅</div>
</body></html>"""


def _hi_list(items: list[tuple[str, str, str]], current: int) -> str:
    lis = "\n".join(f'<li><div class="list-right_title fon_1"><a href="{href}" target="_blank" title="{t}">{t}</a></div>'
                    f'<table class="time"><tr><td>{d}</td></tr></table></li>' for href, t, d in items)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>要闻</title></head><body>
<div class="list-right"><ul>
{lis}
</ul>
<div id="page-div" class="page"></div>
<script type="text/javascript">createPageHTML('page-div',2,{current},'list3','shtml',20);</script>
</div></body></html>"""


def _hi(start: str):
    col = folder(start)
    name = start.rsplit("/", 1)[1].rsplit(".", 1)[0]
    arts = [
        Art(col + "202611/8a1f2e3d4c5b6a798877665544332211.shtml", _hi_article(
            "海南自贸港封关运作首月运行平稳",
            '<span>发布日期：2026-11-25 11:46</span><span id="ly">来源：海南日报</span>',
            "<p>　　海南自由贸易港封关运作首月，各项政策平稳落地。</p><p>　　“一线”进境货物通关顺畅。</p>"),
            "海南自贸港封关运作首月运行平稳", "2026-11-25 11:46",
            ["海南自由贸易港封关运作首月，各项政策平稳落地。", "“一线”进境货物通关顺畅。"]),
        Art(col + "202611/9b2f3e4d5c6b7a8998877665544332ab.shtml", _hi_article(
            "博鳌亚洲论坛国际科技与合作论坛开幕",
            '<span id="ly">来源：新华社</span>　<span>时间：2026年11月24日</span>',
            "<p>　　会议期间将举办多场分论坛。</p><p>　　来自30多个国家和地区的嘉宾参会。</p>", "gb2312"),
            "博鳌亚洲论坛国际科技与合作论坛开幕", "2026-11-24",
            ["会议期间将举办多场分论坛。", "来自30多个国家和地区的嘉宾参会。"], charset="gb2312", header_charset=False),
        Art(col + "202611/ac3f4e5d6c7b8a99a8877665544332cd.shtml", _hi_article(
            "海南热带雨林国家公园生态监测体系建成",
            '<span>发布日期：2026-11-20 08:30:15</span><span id="ly">来源：省林业局</span>',
            "<p>　　海南热带雨林国家公园已建成覆盖全域的生态监测网络。</p>"),
            "海南热带雨林国家公园生态监测体系建成", "2026-11-20 08:30",
            ["海南热带雨林国家公园已建成覆盖全域的生态监测网络。"]),
    ]
    routes = {
        start: _hi_list([(arts[0].path, arts[0].title, "2026-11-25"),
                         ("./202611/" + arts[1].path.rsplit("/", 1)[1], arts[1].title, "2026-11-24")], 1),
        col + f"{name}_2.shtml": _hi_list([("https://www.hainan.gov.cn" + arts[2].path, arts[2].title, "2026-11-20"),
                                            ("http://www.hinews.cn/news/system/2026/11/19/033001.shtml",
                                             "海口新开通三条公交线路", "2026-11-19")], 2),
    }
    return routes, arts


# -- Xinjiang (xj-zh) -----------------------------------------------------------------------------


def _xj_article(title: str, when: str, source: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}-新疆维吾尔自治区人民政府网</title></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="detail">
 <div class="date-box">{when}</div>
 <h1>{title}</h1>
 <p class="source">来源：{source}</p>
 <div id="NewsContent">{body}</div>
</div>
<div class="foot">新疆维吾尔自治区人民政府办公厅主办</div>
</body></html>"""


def _xj_list(items: list[tuple[str, str, str]], count: int, current: int) -> str:
    dds = "\n".join(f'<dd><a href="{href}" target="_blank" title="{t}">{t}</a><span>{d}</span></dd>' for href, t, d in items)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>新疆要闻</title></head><body>
<div class="gknr_list"><dl>
{dds}
</dl></div>
<div id="page-div"></div>
<script>
  createPageHTML('page-div',{count},{current},'common_list','shtml',{count * 2});
</script>
</body></html>"""


def _xj(start: str):
    col = folder(start)
    arts = [
        Art(col + "202611/5d1e2f3a4b5c6d7e8f9012a3b4c5d6e7.shtml", _xj_article(
            "自治区党委召开常委会议", '<p class="yyyy">2026</p><p class="mmdd">11/26</p><p class="hhmm">21:10</p>',
            "新疆日报", "<p>　　11月26日，自治区党委召开常委会议。</p><p>　　会议研究部署冬季重点工作。</p>"),
            "自治区党委召开常委会议", "2026-11-26 21:10", ["11月26日，自治区党委召开常委会议。", "会议研究部署冬季重点工作。"]),
        Art("/xinjiang/bmdt/202611/6e2f3a4b5c6d7e8f9012a3b4c5d6e7f8.shtml", _xj_article(
            "新疆棉花收购进度过半", "<span>发布时间：2026-11-24 12:00</span>", "天山网",
            "<p>　　截至11月23日，全区籽棉收购进度超过五成。</p>"),
            "新疆棉花收购进度过半", "2026-11-24 12:00", ["截至11月23日，全区籽棉收购进度超过五成。"]),
        Art(col + "202611/7f3a4b5c6d7e8f9012a3b4c5d6e7f809.shtml", _xj_article(
            "乌鲁木齐国际陆港区开行中欧班列突破千列", "<span>发布时间：2026-11-22 16:45</span>", "新华网",
            "<p>　　今年以来，乌鲁木齐国际陆港区累计开行中欧班列1000列。</p>"
            "<table border=\"1\"><tr><td>方向</td><td>列数</td></tr><tr><td>西向</td><td>820</td></tr>"
            "<tr><td>东向</td><td>180</td></tr></table>"),
            "乌鲁木齐国际陆港区开行中欧班列突破千列", "2026-11-22 16:45",
            ["今年以来，乌鲁木齐国际陆港区累计开行中欧班列1000列。", "方向\t列数", "西向\t820", "东向\t180"]),
    ]
    routes = {
        start: _xj_list([(arts[0].path, arts[0].title, "2026-11-26"), (arts[1].path, arts[1].title, "2026-11-24")], 2, 1),
        col + "common_list_2.shtml": _xj_list([(arts[2].path, arts[2].title, "2026-11-22")], 2, 2),
    }
    return routes, arts


def _xj_2019(start: str):
    """F21's layout: entries in `ul.list`, root-relative links, the pager script on one line."""
    col = folder(start)
    _, arts = _xj(start)
    arts = arts[1:]  # the split-date article is the other variant's

    def listing(rows, n: int) -> str:
        lis = "".join(f'<li><a href="{h}">{t}</a><i>{d}</i></li>' for h, t, d in rows)
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>新疆要闻</title></head><body>'
                f'<ul class="list">{lis}</ul><div class="page" id="page-div"></div>'
                f"<script type=\"text/javascript\">createPageHTML('page-div',2,{n},'common_list','shtml',3);</script></body></html>")

    return {start: listing([(arts[0].path, arts[0].title, "2026-11-24")], 1),
            col + "common_list_2.shtml": listing([(arts[1].path, arts[1].title, "2026-11-22")], 2)}, arts


# -- Heilongjiang (hl-zh) --------------------------------------------------------------------------


def _hl_article(title: str, date: str, source: str, body: str, shown: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{source}">
<title>{title}_黑龙江省人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/hlj/c107855/news.shtml">龙江要闻</a></div>
<div class="article"><h2 class="tit">{title}</h2>
<div class="info">{shown}</div>
<div class="article-content">{body}</div></div>
<div class="foot">黑龙江省人民政府办公厅 主办</div>
</body></html>"""


def _hl_list(items: list[tuple[str, str, str]], pager: str) -> str:
    lis = "\n".join(f'<li><a href="{href}" target="_blank">{t}</a><em>{d}</em></li>' for href, t, d in items)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>龙江要闻</title></head><body>
<div class="news-list"><ul>
{lis}
</ul></div>
<div class="page">{pager}</div>
</body></html>"""


def _hl(start: str):
    col = folder(start)  # /hlj/c107855/
    arts = [
        Art("/hlj/c107856/202611/c00_31234567.shtml", _hl_article(
            "黑龙江冰雪季启动", "2026-11-25 17:20", "黑龙江日报",
            "<p>　　2026—2027冰雪季在哈尔滨启动。</p><p>　　全省推出冰雪旅游线路百余条。</p>",
            "发布时间：2026-11-25 17:20　来源：黑龙江日报"),
            "黑龙江冰雪季启动", "2026-11-25 17:20", ["2026—2027冰雪季在哈尔滨启动。", "全省推出冰雪旅游线路百余条。"],
            charset="gb2312"),
        Art("/hlj/c107857/202611/c00_31234001.shtml", _hl_article(
            "全省粮食总产量再创新高", "2026-11-23 10:00:00", "省农业农村厅",
            "<p>　　今年全省粮食总产量达到1600亿斤以上。<br>　　其中玉米产量约占一半。</p>",
            "2026-11-23 10:00:00 | 省农业农村厅"),
            "全省粮食总产量再创新高", "2026-11-23 10:00", ["今年全省粮食总产量达到1600亿斤以上。", "其中玉米产量约占一半。"],
            charset="gb2312"),
        Art("/hlj/c107856/202611/c00_31233002.shtml", _hl_article(
            "哈尔滨新区与俄罗斯企业签署合作协议", "2026-11-21 15:30", "东北网",
            "<p>　　双方将在跨境物流和木材加工领域开展合作。</p>",
            "发布时间：2026-11-21 15:30"),
            "哈尔滨新区与俄罗斯企业签署合作协议", "2026-11-21 15:30", ["双方将在跨境物流和木材加工领域开展合作。"],
            charset="gb2312", header_label="utf-8"),  # the server's header says UTF-8; the page says gb2312
    ]
    gb = {"charset": "gb2312"}
    routes = {
        start: page(_hl_list([(arts[0].path, arts[0].title, "2026-11-25"), (arts[1].path, arts[1].title, "2026-11-23")],
                             '<a href="news.shtml">首页</a> <span class="cur">1</span> <a href="news_2.shtml">2</a> '
                             '<a href="news_2.shtml">下一页</a> <a href="news_2.shtml">尾页</a>'), **gb),
        col + "news_2.shtml": page(_hl_list([(arts[2].path, arts[2].title, "2026-11-21")],
                                            '<a href="news.shtml">首页</a> <a href="news.shtml">上一页</a> '
                                            '<a href="news.shtml">1</a> <span class="cur">2</span>'), **gb),
    }
    return routes, arts


# -- Hainan English (hi-en): the Ucap English site, `/englishsite/{col}/…` ---------------------------


def _hien(start: str):
    col = folder(start)
    name = start.rsplit("/", 1)[1].rsplit(".", 1)[0]

    def art(title: str, info: str, body: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}--Hainan Province</title></head><body>
<div class="nav"><a href="/englishsite/">Home</a> &gt; <a href="{start}">Dynamic</a></div>
<div class="con">
<h1><ucaptitle>{title}</ucaptitle></h1>
<div class="info">{info}</div>
<div class="article"><ucapcontent>{body}</ucapcontent></div>
</div></body></html>"""

    arts = [
        Art(col + "202611/b1c2d3e4f5a60718293a4b5c6d7e8f90.shtml", art(
            "Hainan FTP sees surge in foreign investment", "Date: 2026-11-25 10:20 Source: Hainan Daily",
            "<p>Actual use of foreign capital in the Hainan Free Trade Port rose 20 percent.</p><p>Most came from Hong Kong.</p>"),
            "Hainan FTP sees surge in foreign investment", "2026-11-25 10:20",
            ["Actual use of foreign capital in the Hainan Free Trade Port rose 20 percent.", "Most came from Hong Kong."]),
        Art(col + "202611/c2d3e4f5a60718293a4b5c6d7e8f90a1.shtml", art(
            "Sanya hosts international film festival", "Date: 2026-11-23",
            "<p>The Hainan Island International Film Festival opened in Sanya.</p>"
            "<p style=\"text-align:center\"><img src=\"/englishsite/images/film.jpg\"></p>"
            "<p style=\"text-align:center\">The red carpet in Sanya. [Photo/Hainan Daily]</p>"),
            "Sanya hosts international film festival", "2026-11-23",
            ["The Hainan Island International Film Festival opened in Sanya.", "The red carpet in Sanya. [Photo/Hainan Daily]"]),
        Art(col + "202611/d3e4f5a60718293a4b5c6d7e8f90a1b2.shtml", art(
            "Haikou airport adds routes to Southeast Asia", "Date: 2026-11-20 16:45",
            "<p>Haikou Meilan International Airport added four routes to Southeast Asia.</p>"),
            "Haikou airport adds routes to Southeast Asia", "2026-11-20 16:45",
            ["Haikou Meilan International Airport added four routes to Southeast Asia."]),
    ]
    listing = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dynamic</title></head><body>
<div class="list"><ul>{items}</ul></div>
<div id="page-div"></div><script>createPageHTML('page-div',2,{n},'{name}','shtml',6);</script></body></html>"""

    def li(a: Art) -> str:
        return f'<li><a href="{a.path}" title="{a.title}">{a.title}</a><span>{a.date[:10]}</span></li>'

    routes = {start: listing.format(n=1, name=name, items="".join(li(a) for a in arts[:2])),
              col + f"{name}_2.shtml": listing.format(n=2, name=name, items=li(arts[2]))}
    return routes, arts


SITES = {
    "sc-zh": Variant("www.sc.gov.cn", "/10462/10464/10797/jrsc_list.shtml", _sc,
                     not_articles=("/10462/10464/10797/2026/11/23/3c4d5e6f708192a3b4c5d6e7f80a1b2c.shtml",)),
    "hi-zh": Variant("www.hainan.gov.cn", "/hainan/5309/list3.shtml", _hi),
    "xj-zh": Variant("www.xinjiang.gov.cn", "/xinjiang/xjyw/common_list.shtml", _xj),
    "xj-zh#2019": Variant("www.xinjiang.gov.cn", "/xinjiang/xjyw/common_list.shtml", _xj_2019),
    "hl-zh": Variant("www.hlj.gov.cn", "/hlj/c107855/news.shtml", _hl),
    "hi-en": Variant("en.hainan.gov.cn", "/englishsite/Dynamic/dynamic.shtml", _hien),
}
