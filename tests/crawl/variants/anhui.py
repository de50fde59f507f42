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


# -- Issue 19, written without the rules: `Ls.pagination` with its data object over many lines ------

CAT_19 = "6711093"  # the column's own catId: the API answers nothing for another


def _ah_multiline(start: str, json_data: bool = False):
    """The column page shows two entries and pages with `Ls.pagination(...)`, whose `data` object
    is built over several lines, with comments, single quotes, quoted and bare keys and trailing
    commas, and asks for 3 entries a page; the label answers 15 a page when not told."""
    col = folder(start)
    stories = [
        ("554230101", "全省营商环境大会召开", "<span>发布时间：2026-11-28 09：30</span><span>来源：安徽日报</span>",
         "2026-11-28 09:30", ["11月28日，全省营商环境大会在合肥召开。", "会议发布优化营商环境新举措。"]),
        # a ratio sign (U+2236) between hour and minute
        ("554229870", "合肥综合性国家科学中心新增大科学装置", "<span>发布时间：2026-11-27 15∶10</span><span>来源：新华社</span>",
         "2026-11-27 15:10", ["合肥综合性国家科学中心新增两个大科学装置。"]),
        ("554229502", "皖北地区冬小麦播种基本完成", "信息来源：省农业农村厅　发布时间：2026-11-26 08:05",
         "2026-11-26 08:05", ["皖北地区冬小麦播种面积超过4000万亩。"]),
        # a modifier letter colon (U+A789)
        ("554229011", "黄山景区冬季门票优惠启动", "<span>发布时间：2026-11-25 10꞉45</span>",
         "2026-11-25 10:45", ["黄山风景区冬季门票优惠政策12月1日起实施。"]),
        ("554228733", "安徽新增5家国家级高新技术企业孵化器", "<span>发布时间：2026-11-23</span><span>来源：科技厅</span>",
         "2026-11-23", ["安徽新增5家国家级科技企业孵化器。"]),
    ]
    arts = []
    for num, title, info, when, paras in stories:
        meta = "" if len(when) == 10 else when
        body = "".join(f"<p>　　{p}</p>" for p in paras)
        arts.append(Art(f"{col}{num}.html", _article(title, meta if num == "554229502" else "", info, body),
                        title, when, paras))
    rows = [(a.path, a.title, a.date[:10]) for a in arts]
    if json_data:
        return _ah_json(start, rows), arts
    column = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>安徽要闻_安徽省人民政府</title>
<script type="text/javascript" src="/assets/js/common/jquery.min.js"></script>
<script type="text/javascript" src="/assets/js/ls.js"></script></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="wz_position">当前位置：<a href="/">首页</a> &gt; <a href="/zwyw/">政务要闻</a> &gt; 安徽要闻</div>
<div class="navjz clearfix" id="ajaxpage-list">
{_items(rows[:2])}
</div>
<div id="page_list"></div>
<script type="text/javascript">
  $(document).ready(function () {{
    Ls.pagination('/site/label/8888', {{
      // 列表标签参数（由模板生成）
      data: {{
        IsAjax: 1,
        dataType: 'html',
        "labelName": 'publicInfoList',   // 信息列表
        siteId: '6781961',
        /* 每页条数 */
        pageSize: 3,
        pageIndex: 1,
        action: 'list',
        isDate: true,
        dateFormat: 'yyyy-MM-dd',
        length: 50,
        organId: '1681',
        type: 4,
        catId: {CAT_19},
        file: '/ahgov/publicInfoList_newest',
      }},
      listEl: '#ajaxpage-list',
      pageEl: '#page_list',
      total: {len(rows)},
    }});
  }});
</script>
<div class="footer">安徽省人民政府办公厅主办</div>
</body></html>"""

    return {start: column, "/site/label/8888": _ah19_label(rows)}, arts


def _ah19_label(rows):
    def label(method: str, query: dict[str, str], form: dict[str, str]):
        args = {**query, **form}
        n, per = int(args.get("pageIndex") or 1), int(args.get("pageSize") or 15)
        chosen = rows[(n - 1) * per:n * per]
        if (args.get("labelName"), args.get("siteId"), args.get("catId")) != ("publicInfoList", "6781961", CAT_19) or not chosen:
            return 200, "text/html; charset=utf-8", '<div class="noData">暂无相关信息</div>'
        return 200, "text/html; charset=utf-8", _items(chosen) + "\n" + _pager(n, -(-len(rows) // per))
    return label


def _ah_json(start: str, rows):
    """The same column, three entries shown, its parameters a JSON string parsed by the script (all
    values strings) and merged over defaults; 2 a page from the label."""
    column = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>安徽要闻_安徽省人民政府</title></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="navjz clearfix" id="ajaxpage-list">
{_items(rows[:3])}
</div>
<div id="page_list"></div>
<script type="text/javascript">
  var defaults = {{ IsAjax: 1, dataType: "html", action: "list", isDate: true, dateFormat: "yyyy-MM-dd", length: 50 }};
  var params = JSON.parse('{{"labelName":"publicInfoList","siteId":"6781961","pageSize":"2","organId":"1681","type":"4","catId":"{CAT_19}","file":"/ahgov/publicInfoList_newest"}}');
  Ls.pagination("/site/label/8888", {{ data: $.extend({{}}, defaults, params), listEl: "#ajaxpage-list", pageEl: "#page_list" }});
</script>
<div class="footer">安徽省人民政府办公厅主办</div>
</body></html>"""
    return {start: column, "/site/label/8888": _ah19_label(rows)}


SITES = {"ah-zh": Variant("www.ah.gov.cn", "/zwyw/jryw/index.html", _ah),
         "ah-zh#json": Variant("www.ah.gov.cn", "/zwyw/jryw/index.html", lambda start: _ah_multiline(start, json_data=True)),
         "ah-zh#multiline": Variant("www.ah.gov.cn", "/zwyw/jryw/index.html", _ah_multiline)}
