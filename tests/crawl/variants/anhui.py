"""Anhui's platform (ah-zh `/zwyw/jryw/index.html`): the column page shows its first entries in
`div.navjz li a[title]` + `span`, and its JS pager (`a.default_pgNext`) loads further pages from
`/site/label/8888?IsAjax=1&labelName=…&siteId=6781961&pageIndex=N&…`, an HTML fragment; articles
`/zwyw/jryw/{9 digits}.html`. From the published facts (public scrapers F10 and F11)."""

from __future__ import annotations

from urllib.parse import quote

from .kit import Art, Variant, folder

CAT = "6708451"
LABEL = ("/site/label/8888?IsAjax=1&dataType=html&_=0.5127&labelName=publicInfoList&siteId=6781961&pageSize=2"
         "&pageIndex={n}&action=list&isDate=true&dateFormat=yyyy-MM-dd&length=50&organId=1681&type=4"
         f"&catId={CAT}&cId=&result={quote('暂无相关信息')}&file=%2Fahgov%2FpublicInfoList_newest")


def _article(title: str, meta_date: str, info: str, body: str, charset: str = "utf-8") -> str:
    metas = f'<meta name="ArticleTitle" content="{title}">\n<meta name="PubDate" content="{meta_date}">' if meta_date else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}">{metas}
<title>{title}_安徽省人民政府</title></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="wz_position">当前位置：<a href="/">首页</a> &gt; <a href="/zwyw/">政务要闻</a> &gt; <a href="/zwyw/jryw/index.html">安徽要闻</a></div>
<div class="wzcon_box">
<h1 class="wztit">{title}</h1>
<div class="wzinfo">{info}</div>
<div class="wzcon j-fontContent"><div class="wzcon">{body}</div></div>
<div class="wzbtm"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></div>
</div></body></html>"""


def _items(rows) -> str:
    return "<ul class=\"clearfix\">\n" + "\n".join(
        f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span class="right date">{d}</span></li>' for h, t, d in rows
    ) + "\n</ul>"


def _pager(n: int, total: int) -> str:
    nxt = (f'<a href="javascript:void(0)" class="default_pgBtn default_pgNext" title="下一页" '
           f'onclick="ajaxLoad({n + 1})">下一页</a>') if n < total else '<span class="default_pgBtn default_pgNext default_pgNextDisabled">下一页</span>'
    return f'<div class="default_pgContainer"><span class="default_pgCurrentPage">{n}</span>/{total} {nxt}</div>'


def _ah(start: str):
    col = folder(start)
    arts = [
        Art(col + "554212345.html", _article("全省重点项目建设推进会召开", "2026-11-25 19:30",
                                             "<span>发布时间：2026-11-25 19:30</span><span>来源：安徽日报</span>",
                                             "<p>　　11月25日，全省重点项目建设推进会在合肥召开。</p><p>　　会议要求加快项目投资进度。</p>"),
            "全省重点项目建设推进会召开", "2026-11-25 19:30", ["11月25日，全省重点项目建设推进会在合肥召开。", "会议要求加快项目投资进度。"]),
        Art(col + "554211001.html", _article("安徽新能源汽车产量突破百万辆", "",
                                             "信息来源：新华社　发布时间：2026-11-24 08:45　阅读次数：<span id=\"hits\"></span>",
                                             "<p>　　今年以来，安徽新能源汽车产量突破100万辆。</p><p>　　合肥、芜湖两市占全省八成。</p>"),
            "安徽新能源汽车产量突破百万辆", "2026-11-24 08:45", ["今年以来，安徽新能源汽车产量突破100万辆。", "合肥、芜湖两市占全省八成。"]),
        Art(col + "554209902.html", _article("长三角一体化发展示范项目在皖开工", "2026-11-21 10:00:00",
                                             "<span>发布时间：2026-11-21 10:00</span>",
                                             "<p>　　长三角一体化发展示范项目集中开工，总投资520亿元。</p>", "gb2312"),
            "长三角一体化发展示范项目在皖开工", "2026-11-21 10:00", ["长三角一体化发展示范项目集中开工，总投资520亿元。"],
            charset="gb2312", header_charset=False),
    ]
    rows = [(a.path, a.title, a.date[:10]) for a in arts]
    rows[1] = ("https://www.ah.gov.cn" + rows[1][0], rows[1][1], rows[1][2])
    size = 2  # the page size the column's own script asks for
    pages = {1: rows[:size], 2: rows[size:]}
    column = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>安徽要闻_安徽省人民政府</title></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="navjz clearfix" id="ajaxpage-list">
{_items(pages[1])}
{_pager(1, len(pages))}
</div>
<script type="text/javascript">
  function ajaxLoad(pageIndex) {{
    $("#ajaxpage-list").load("{LABEL.replace('{n}', '" + pageIndex + "')}");
  }}
</script>
</body></html>"""

    def label(method: str, query: dict[str, str], form: dict[str, str]):
        args = {**query, **form}
        n, per = int(args.get("pageIndex") or 1), int(args.get("pageSize") or 15)
        chosen = rows[(n - 1) * per:n * per]
        if (args.get("labelName"), args.get("siteId"), args.get("catId")) != ("publicInfoList", "6781961", CAT) or not chosen:
            return 200, "text/html; charset=utf-8", '<div class="noData">暂无相关信息</div>'
        return 200, "text/html; charset=utf-8", _items(chosen) + "\n" + _pager(n, -(-len(rows) // per))

    return {start: column, "/site/label/8888": label}, arts


SITES = {"ah-zh": Variant("www.ah.gov.cn", "/zwyw/jryw/index.html", _ah)}
