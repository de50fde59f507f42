"""Liaoning (ln-zh): `/web/…/index.shtml` columns paged as `{hash}-{n}.shtml`, entries in
`div.modcontent li a`, articles `/web/ywdt/{sub}/{19-digit ts}/index.shtml`, GB2312 pages.
From the published facts (public scraper F4). The pager gives no total: only a next link."""

from __future__ import annotations

from .kit import Art, Variant, folder, page

HASH = "9d41ab07"
# A special-topic page listed among the news, in the article URL form: a page of links, not an article.
TOPIC = "/web/ywdt/jrln/wzxx2018/2026112100000000001/index.shtml"


def _topic() -> str:
    links = "\n".join(f'<li><a href="/web/ywdt/jrln/wzxx2018/20261121{i:02d}00000000{i:03d}/index.shtml">全会精神在基层（{i}）</a>'
                      f'<span>2026-11-21</span></li>' for i in range(1, 9))
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>学习贯彻全会精神</title></head><body>
<div class="zt-banner"><img src="/images/zt/banner.jpg" alt="学习贯彻全会精神"></div>
<div class="zt-list"><h3>最新报道</h3><ul>
{links}
</ul></div>
<div class="zt-list"><h3>评论</h3><ul><li><a href="/web/ywdt/jrln/wzxx2018/2026112000000000099/index.shtml">凝心聚力 砥砺前行</a></li></ul></div>
</body></html>"""


def _article(title: str, info: str, body: str, metas: str = "") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">{metas}
<title>{title}</title></head><body>
<div class="top"><a href="/">辽宁省人民政府</a></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/web/ywdt/">要闻动态</a> &gt; 今日辽宁</div>
<div class="news-detail">
 <div class="dlist_title">{title}</div>
 <div class="dlist_info">{info}</div>
 <div class="dlist_con"><div class="TRS_Editor">{body}</div></div>
</div>
<!-- 相关链接 -->
<div class="xglj"><a href="/web/ywdt/jrln/wzxx2018/index.shtml">更多今日辽宁</a></div>
</body></html>"""


def _list(items: list[tuple[str, str, str]], pager: str) -> str:
    lis = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>'
                    for h, t, d in items)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>今日辽宁</title></head><body>
<div class="mod"><div class="modtitle">今日辽宁</div>
<div class="modcontent"><ul>
{lis}
</ul></div></div>
<div class="page">{pager}</div>
</body></html>"""


def _ln(start: str):
    col = folder(start)
    arts = [
        Art(col + "2026112509301234567/index.shtml", _article(
            "辽宁全面振兴新突破三年行动取得显著成效", "发布时间：2026-11-25 09:30　来源：辽宁日报",
            "<p>　　三年来，全省地区生产总值年均增长5.2%。</p><p>　　一批重大项目建成投产。</p>"),
            "辽宁全面振兴新突破三年行动取得显著成效", "2026-11-25 09:30",
            ["三年来，全省地区生产总值年均增长5.2%。", "一批重大项目建成投产。"], charset="gb2312"),
        Art("/web/ywdt/zymtkln/2026112416201234001/index.shtml", _article(
            "大连港新增两条国际集装箱航线", "2026-11-24 16:20 | 来源：大连新闻网",
            "<p>　　大连港新开通至东南亚的两条集装箱航线。</p>",
            '<meta name="ArticleTitle" content="大连港新增两条国际集装箱航线"><meta name="PubDate" content="2026-11-24 16:20">'),
            "大连港新增两条国际集装箱航线", "2026-11-24 16:20", ["大连港新开通至东南亚的两条集装箱航线。"], charset="gb2312"),
        Art(col + "2026112008001233002/index.shtml", _article(
            "沈阳至白河高铁辽宁段全线铺轨完成", "发布时间：2026年11月20日 08:00",
            "<p>　　沈白高铁辽宁段铺轨全部完成，转入静态验收阶段。</p>"
            "<table border=\"1\"><tr><td>区段</td><td>里程（公里）</td></tr><tr><td>沈阳至本溪</td><td>65</td></tr></table>"),
            "沈阳至白河高铁辽宁段全线铺轨完成", "2026-11-20 08:00",
            ["沈白高铁辽宁段铺轨全部完成，转入静态验收阶段。", "区段\t里程（公里）", "沈阳至本溪\t65"], charset="gb2312"),
    ]
    gb = {"charset": "gb2312"}
    routes = {
        TOPIC: page(_topic(), **gb),
        start: page(_list([(arts[0].path, arts[0].title, "2026-11-25"),
                           ("https://www.ln.gov.cn" + arts[1].path, arts[1].title, "2026-11-24")],
                          f'<a href="{HASH}-1.shtml">首页</a> <a href="{HASH}-2.shtml">下一页</a>'), **gb),
        col + f"{HASH}-1.shtml": page(_list([(arts[0].path, arts[0].title, "2026-11-25"),
                                             ("https://www.ln.gov.cn" + arts[1].path, arts[1].title, "2026-11-24")],
                                            f'<a href="{HASH}-1.shtml">首页</a> <a href="{HASH}-2.shtml">下一页</a>'), **gb),
        col + f"{HASH}-2.shtml": page(_list([(TOPIC, "【专题】学习贯彻全会精神", "2026-11-21"),
                                             (arts[2].path, arts[2].title, "2026-11-20")],
                                            f'<a href="{HASH}-1.shtml">首页</a> <a href="{HASH}-1.shtml">上一页</a>'), **gb),
    }
    return routes, arts


SITES = {"ln-zh": Variant("www.ln.gov.cn", "/web/ywdt/jrln/wzxx2018/index.shtml", _ln, not_articles=(TOPIC,))}
