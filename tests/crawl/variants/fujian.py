"""Fujian (fj-zh `/xwdt/fjyw/index.htm`): the column page is a shell whose script asks
`POST /fjdzapp/search` (`channelid=229105`, `classsql=chnlid=N`, `page`, `prepage`) for JSON
`data[]{doctitle, docpuburl, docreltime}`; articles are TRS `.htm` pages `./YYYYMM/tYYYYMMDD_ID.htm`
with `.TRS_Editor` and (2019) `.xl-nr h3/h5`. From the published facts (public scrapers F12 and S5)."""

from __future__ import annotations

import json

from .kit import Art, Variant, folder

CHNL = "22051"
PREPAGE = 2


def _article(title: str, h5: str, body: str, metas: str = "") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">{metas}
<title>{title}_福建省人民政府门户网站</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="../">福建要闻</a></div>
<div class="xl-nr clearflx">
<h3>{title}</h3>
<h5>{h5}</h5>
<div class="TRS_Editor">{body}</div>
<div class="xl-bot"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div></body></html>"""


def _shell() -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>福建要闻_福建省人民政府门户网站</title></head><body>
<div class="nav"><a href="/">首页</a></div>
<div class="gl-list"><ul class="list" id="list"></ul><div class="pages" id="pages"></div></div>
<script type="text/javascript">
  var chnlid = "{CHNL}";
  function loadList(page) {{
    $.ajax({{ url: "/fjdzapp/search", type: "POST", dataType: "json",
      data: {{ channelid: 229105, sortfield: "-docorderpri,-docreltime", classsql: "chnlid=" + chnlid,
              classcol: "chnlid", classnum: 1, classify: "", page: page, prepage: {PREPAGE} }},
      success: function (res) {{ render(res.data); pager(res.page); }} }});
  }}
  loadList(1);
</script>
</body></html>"""


def _fj(start: str):
    col = folder(start)
    arts = [
        Art(col + "202611/t20261126_7012345.htm", _article(
            "福建省两岸融合发展示范区建设推进会召开", "发布时间：2026-11-26 20:05　来源：福建日报",
            "<p>　　11月26日，福建省两岸融合发展示范区建设推进会在福州召开。</p><p>　　会议部署下一阶段重点任务。</p>",
            '<meta name="ArticleTitle" content="福建省两岸融合发展示范区建设推进会召开"><meta name="PubDate" content="2026-11-26 20:05">'),
            "福建省两岸融合发展示范区建设推进会召开", "2026-11-26 20:05",
            ["11月26日，福建省两岸融合发展示范区建设推进会在福州召开。", "会议部署下一阶段重点任务。"]),
        Art(col + "202611/t20261125_7011001.htm", _article(
            "福州至厦门高铁开通运营满一年", "2026-11-25 08:30:00 来源：东南网",
            "<p>　　福厦高铁开通一年来累计发送旅客超过3000万人次。</p>"),
            "福州至厦门高铁开通运营满一年", "2026-11-25 08:30", ["福厦高铁开通一年来累计发送旅客超过3000万人次。"]),
        Art(col + "202611/t20261121_7009902.htm", _article(
            "福建茶叶出口额同比增长", "发布时间：2026-11-21 15:15",
            "<p>　　前10个月，福建茶叶出口额同比增长12%。</p><p style=\"text-align:center\"><img src=\"./W0202611.jpg\"></p>"
            "<p style=\"text-align:center\">安溪茶园。（资料图）</p>"),
            "福建茶叶出口额同比增长", "2026-11-21 15:15", ["前10个月，福建茶叶出口额同比增长12%。", "安溪茶园。（资料图）"]),
    ]
    docs = [{"doctitle": a.title, "docpuburl": "https://www.fujian.gov.cn" + a.path, "docreltime": a.date + ":00",
             "chnldesc": "福建要闻"} for a in arts]
    docs[1]["docpuburl"] = "http://www.fujian.gov.cn" + arts[1].path
    docs[2]["docreltime"] = 1795245300000  # some answers give epoch milliseconds (2026-11-21 15:15 China time)
    docs.insert(2, {"doctitle": "人民日报：福建奋力谱写中国式现代化新篇章", "docpuburl":
                    "http://paper.people.com.cn/rmrb/html/2026-11/23/nw.D110000renmrb_20261123_1-01.htm",
                    "docreltime": "2026-11-23 05:00:00", "chnldesc": "福建要闻"})

    def search(method: str, query: dict[str, str], form: dict[str, str]):
        args = {**query, **form}
        if method != "POST" or args.get("channelid") != "229105" or args.get("classsql") != f"chnlid={CHNL}":
            return 200, "application/json;charset=UTF-8", json.dumps({"code": 200, "data": [], "page": {"total": 0}})
        n, per = int(args.get("page") or 1), int(args.get("prepage") or PREPAGE)
        body = {"code": 200, "msg": "success", "data": docs[(n - 1) * per:n * per],
                "page": {"total": len(docs), "page": n, "prepage": per, "totalpage": -(-len(docs) // per)}}
        # the API labels its JSON as HTML (public scrapers note both text/html and text/plain)
        return 200, "text/html;charset=UTF-8", json.dumps(body, ensure_ascii=False)

    return {start: _shell(), "/fjdzapp/search": search}, arts


def _fj_static(start: str):
    """The same column as static TRS pages `index.htm`, `index_1.htm` with a createPageHTML count."""
    _, arts = _fj(start)
    col = folder(start)

    def listing(rows, n: int) -> str:
        lis = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for h, t, d in rows)
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>福建要闻</title></head><body>
<div class="gl-list"><ul class="list">
{lis}
</ul></div>
<div class="pages"><script>createPageHTML(2, {n}, "index", "htm");</script></div></body></html>"""

    rel = ["./" + a.path[len(col):] for a in arts]
    return {start: listing([(rel[0], arts[0].title, "2026-11-26"), (rel[1], arts[1].title, "2026-11-25")], 0),
            col + "index_1.htm": listing([(rel[2], arts[2].title, "2026-11-21")], 1)}, arts


# -- Issue 19, written without the rules: the list-API parameters as data the column page carries ---

CHNL_19 = "41077"  # another column of the same API: only a crawler that reads the page asks for it
_FJ19_STORIES = [
    ("202611/t20261128_7013501", "福建省“两会”筹备工作会议召开", "发布时间：2026-11-28 18:40　来源：福建日报", "2026-11-28 18:40",
     ["11月28日，省人大常委会召开会议，研究部署明年“两会”筹备工作。", "会议听取了有关准备情况的汇报。"]),
    # full-width digits and a small form colon (U+FE55) in the date line
    ("202611/t20261127_7013320", "福建海上风电装机突破千万千瓦", "发布时间：２０２６-１１-２７ 09﹕30　来源：东南网", "2026-11-27 09:30",
     ["截至10月底，福建海上风电累计装机容量突破1000万千瓦。"]),
    # the time in the PubDate meta with a presentation-form colon (U+FE30); the line shows the day
    ("202611/t20261126_7013111", "武夷山国家公园冬季巡护启动", "2026-11-26　来源：武夷山市融媒体中心", "2026-11-26 07:50",
     ["武夷山国家公园管理局启动冬季森林防火巡护。", "巡护队伍将持续到明年4月。"]),
    ("202611/t20261124_7012902", "厦门港集装箱吞吐量再创新高", "发布时间：2026-11-24 16:05", "2026-11-24 16:05",
     ["前10个月，厦门港完成集装箱吞吐量1050万标箱。"]),
    # a full-width colon between hour and minute (U+FF1A), seconds after it
    ("202611/t20261122_7012650", "泉州非遗展亮相进博会", "发布时间：2026-11-22 11：20：08　来源：泉州晚报", "2026-11-22 11:20",
     ["泉州非物质文化遗产展在进博会人文交流展区亮相。"]),
]


def _fj19_arts(col: str) -> list[Art]:
    arts = []
    for tid, title, h5, when, paras in _FJ19_STORIES:
        metas = f'<meta name="ArticleTitle" content="{title}">'
        if "t20261126" in tid:
            metas += '<meta name="PubDate" content="2026-11-26 07︰50">'
        body = "".join(f"<p>　　{p}</p>" for p in paras)
        arts.append(Art(f"{col}{tid}.htm", _article(title, h5, body, metas), title, when, paras))
    return arts


def _fj19_search(arts: list[Art], per_default: int, size_key: str = "prepage"):
    docs = [{"doctitle": a.title, "docpuburl": "https://www.fujian.gov.cn" + a.path,
             "docreltime": a.date + ":00", "chnldesc": "福建要闻"} for a in arts]

    def search(method: str, query: dict[str, str], form: dict[str, str]):
        args = {**query, **form}
        if args.get("channelid") != "229105" or args.get("classsql") != f"chnlid={CHNL_19}":
            return 200, "application/json;charset=UTF-8", json.dumps({"code": 200, "data": [], "page": {"total": 0}})
        # the API takes its page size as `prepage` (or the key the page's script sends) and has its
        # own default otherwise
        n = int(args.get("page") or 1)
        per = int(args.get(size_key) or args.get("prepage") or per_default)
        body = {"code": 200, "msg": "success", "data": docs[(n - 1) * per:n * per],
                "page": {"total": len(docs), "page": n, "prepage": per, "totalpage": -(-len(docs) // per)}}
        return 200, "application/json;charset=UTF-8", json.dumps(body, ensure_ascii=False)
    return search


def _fj19_static_items(col: str, arts: list[Art]) -> str:
    return "\n".join(f'<li><a href="./{a.path[len(col):]}" target="_blank" title="{a.title}">{a.title}</a>'
                     f'<span>{a.date[:10]}</span></li>' for a in arts)


def _fj_attr(start: str):
    """The column page renders its first two entries and keeps the API's parameters as JSON in a
    data- attribute (single-quoted attribute, numbers as strings); the API's pages hold 3."""
    col = folder(start)
    arts = _fj19_arts(col)
    cfg = json.dumps({"url": "/fjdzapp/search", "channelid": "229105", "sortfield": "-docorderpri,-docreltime",
                      "classsql": f"chnlid={CHNL_19}", "classcol": "chnlid", "classnum": "1", "prepage": "3"},
                     separators=(",", ":"))
    column = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>福建要闻_福建省人民政府门户网站</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; 福建要闻</div>
<div class="gl-list">
<ul class="list" id="list">
{_fj19_static_items(col, arts[:2])}
</ul>
<div class="pages" id="fj-pager" data-page-total="2" data-query='{cfg}'></div>
</div>
<script type="text/javascript" src="/static/js/jquery.min.js"></script>
<script type="text/javascript">
  $(function () {{
    var q = JSON.parse($("#fj-pager").attr("data-query"));
    var url = q.url; delete q.url;
    $("#fj-pager").on("click", "a[data-p]", function () {{
      q.page = $(this).data("p");
      $.post(url, q, function (res) {{ render(res.data); }}, "json");
    }});
  }});
</script>
<div class="footer">主办：福建省人民政府办公厅</div>
</body></html>"""
    return {start: column, "/fjdzapp/search": _fj19_search(arts, 10)}, arts


def _fj_window(start: str):
    """A shell whose settings are a `window.__CFG__` literal with single quotes, unquoted and quoted
    keys mixed, a trailing comma, and the page size under `pageSize`, sent as `prepage`."""
    col = folder(start)
    arts = _fj19_arts(col)
    column = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>福建要闻_福建省人民政府门户网站</title>
<script>
  window.__CFG__ = {{
    api: '/fjdzapp/search',
    'channelid': '229105',
    classsql: 'chnlid={CHNL_19}',
    sortfield: '-docorderpri,-docreltime',
    pageSize: 2,
  }};
</script></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; 福建要闻</div>
<div class="gl-list"><ul class="list" id="list"></ul><div class="pages" id="pages"></div></div>
<script type="text/javascript">
  function getList(p) {{
    var c = window.__CFG__;
    $.ajax({{ url: c.api, type: 'POST', dataType: 'json',
      data: {{ channelid: c.channelid, classsql: c.classsql, sortfield: c.sortfield, page: p, prepage: c.pageSize }},
      success: function (res) {{ draw(res.data); pages(res.page.totalpage, p); }} }});
  }}
  getList(1);
</script>
<div class="footer">主办：福建省人民政府办公厅</div>
</body></html>"""
    return {start: column, "/fjdzapp/search": _fj19_search(arts, 20)}, arts


def _fj_query(start: str):
    """The column page renders three entries; its script keeps the API call as one URL whose query is
    percent-encoded (`classsql=chnlid%3D…`) and asks 2 a page, by GET."""
    col = folder(start)
    arts = _fj19_arts(col)
    column = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>福建要闻_福建省人民政府门户网站</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; 福建要闻</div>
<div class="gl-list"><ul class="list" id="list">
{_fj19_static_items(col, arts[:3])}
</ul><div class="pages" id="pages"></div></div>
<script type="text/javascript">
  var LIST_API = "/fjdzapp/search?channelid=229105&sortfield=-docorderpri%2C-docreltime&classsql=chnlid%3D{CHNL_19}&prepage=2";
  function more(p) {{ $.getJSON(LIST_API + "&page=" + p, function (res) {{ append(res.data); }}); }}
</script>
<div class="footer">主办：福建省人民政府办公厅</div>
</body></html>"""
    return {start: column, "/fjdzapp/search": _fj19_search(arts, 10)}, arts


SITES = {"fj-zh": Variant("www.fujian.gov.cn", "/xwdt/fjyw/index.htm", _fj),
         "fj-zh#static": Variant("www.fujian.gov.cn", "/xwdt/fjyw/index.htm", _fj_static),
         "fj-zh#attr": Variant("www.fujian.gov.cn", "/xwdt/fjyw/index.htm", _fj_attr),
         "fj-zh#window": Variant("www.fujian.gov.cn", "/xwdt/fjyw/index.htm", _fj_window),
         "fj-zh#query": Variant("www.fujian.gov.cn", "/xwdt/fjyw/index.htm", _fj_query)}
