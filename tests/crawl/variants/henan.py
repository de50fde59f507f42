"""Henan (ha-zh `/ywdt/hnyw/`): absolute article links `https://www.henan.gov.cn/YYYY/MM-DD/{id}.html`
in `.mt15 li a`, a JS pager whose next button carries `data-page`, and article pages with
`#title`, `#source`, `#pubDate` (`YYYY-MM-DD HH:MM`) and `#content`. From the published facts (public scrapers F14)."""

from __future__ import annotations

from .kit import Art, Variant, folder, page


def _article(title: str, source: str, date: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_河南省人民政府门户网站</title></head><body>
<div class="topbar"><a href="https://www.henan.gov.cn/">首页</a></div>
<div class="location">当前位置：<a href="https://www.henan.gov.cn/">首页</a> &gt; <a href="https://www.henan.gov.cn/ywdt/hnyw/">河南要闻</a></div>
<div class="content-box">
 <h1 id="title">{title}</h1>
 <div class="info"><span id="source">{source}</span>　<span id="pubDate">{date}</span>　<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
 <div id="content">{body}</div>
</div>
<div class="footer">河南省人民政府办公厅主办</div>
</body></html>"""


def _list(rows, n: int, total: int) -> str:
    lis = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in rows)
    nxt = (f'<a href="javascript:;" class="sDisable" data-page="{n + 1}" onclick="turnPage({n + 1})">下一页</a>'
           if n < total else '<span class="sDisable">下一页</span>')
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>河南要闻</title></head><body>
<div class="mt15"><ul>
{lis}
</ul></div>
<div class="page" id="page">共{total}页 {nxt}</div>
<script>
function turnPage(n) {{ window.location.href = (n == 1) ? "index.html" : "index_" + (n - 1) + ".html"; }}
</script>
</body></html>"""


def _ha(start: str):
    col = folder(start)
    arts = [
        Art("/2026/11-26/3101234.html", _article("河南省政府与中国中车签署战略合作协议", "来源：河南日报", "2026-11-26 18:30",
                                                "<p>　　11月26日，省政府与中国中车在郑州签署战略合作协议。</p><p>　　双方将共建轨道交通装备产业基地。</p>"),
            "河南省政府与中国中车签署战略合作协议", "2026-11-26 18:30",
            ["11月26日，省政府与中国中车在郑州签署战略合作协议。", "双方将共建轨道交通装备产业基地。"]),
        Art("/2026/11-24/3100901.html", _article("郑州航空港区跨境电商进出口额增长三成", "来源：大河网", "2026-11-24 07:50",
                                                "<p>　　前10个月，郑州航空港区跨境电商进出口额同比增长三成。</p>"),
            "郑州航空港区跨境电商进出口额增长三成", "2026-11-24 07:50", ["前10个月，郑州航空港区跨境电商进出口额同比增长三成。"]),
        Art("/2026/11-20/3099802.html", _article("全省小麦播种基本结束", "来源：省农业农村厅", "2026-11-20 16:00",
                                                "<p>　　全省8500万亩小麦播种基本结束。</p>"
                                                "<table><tr><th>地市</th><th>播种面积（万亩）</th></tr><tr><td>周口</td><td>1150</td></tr></table>"),
            "全省小麦播种基本结束", "2026-11-20 16:00", ["全省8500万亩小麦播种基本结束。", "地市\t播种面积（万亩）", "周口\t1150"]),
    ]
    abs_ = {a.path: "https://www.henan.gov.cn" + a.path for a in arts}
    routes = {
        start: page(_list([(abs_[arts[0].path], arts[0].title, "2026-11-26"), ("//www.henan.gov.cn" + arts[1].path, arts[1].title, "2026-11-24")], 1, 2), "gb2312"),
        col + "index_1.html": page(_list([(abs_[arts[2].path], arts[2].title, "2026-11-20"),
                                     ("https://www.henan.gov.cn/2026/11-20/3099802.html", arts[2].title, "2026-11-20")], 2, 2), "gb2312"),
    }
    return routes, arts


def _haen(start: str):
    """Henan's English edition: the same URL form, absolute links, English pages."""
    col = folder(start)

    def art(title: str, when: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
                f'<div class="nav"><a href="https://english.henan.gov.cn/">Home</a></div>'
                f'<h1 id="title">{title}</h1><div class="info"><span id="source">Source: Henan Daily</span> '
                f'<span id="pubDate">{when}</span></div><div id="content">{body}</div></body></html>')

    arts = [
        Art("/2026/11-26/3201234.html", art("Zhengzhou airport cargo hits record", "2026-11-26 16:00",
                                            "<p>Cargo throughput at Zhengzhou airport hit a record in October.</p>"),
            "Zhengzhou airport cargo hits record", "2026-11-26 16:00", ["Cargo throughput at Zhengzhou airport hit a record in October."]),
        Art("/2026/11-24/3200901.html", art("Luoyang peony culture goes abroad", "2026-11-24 10:30",
                                            "<p>Luoyang held a peony culture week in Paris.</p><p>Thousands attended.</p>"),
            "Luoyang peony culture goes abroad", "2026-11-24 10:30", ["Luoyang held a peony culture week in Paris.", "Thousands attended."]),
        Art("/2026/11-20/3199802.html", art("Henan wheat sowing completed", "2026-11-20 09:00",
                                            "<p>Henan finished sowing 85 million mu of wheat.</p>"),
            "Henan wheat sowing completed", "2026-11-20 09:00", ["Henan finished sowing 85 million mu of wheat."]),
    ]
    url = {a.path: "https://english.henan.gov.cn" + a.path for a in arts}

    def lis(rows):
        return "\n".join(f'<li><a href="{url[a.path]}">{a.title}</a><span>{a.date[:10]}</span></li>' for a in rows)

    page_ = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>'
             '<div class="mt15"><ul>{items}</ul></div><div class="page">{pager}</div></body></html>')
    return {start: page_.format(items=lis(arts[:2]), pager='<a href="index_1.html">Next</a>'),
            col + "index_1.html": page_.format(items=lis(arts[2:]), pager='<a href="index.html">Previous</a>')}, arts


SITES = {"ha-zh": Variant("www.henan.gov.cn", "/ywdt/hnyw/index.html", _ha),
         "ha-en": Variant("english.henan.gov.cn", "/news/index.html", _haen)}
