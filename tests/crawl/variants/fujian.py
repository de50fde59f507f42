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


SITES = {"fj-zh": Variant("www.fujian.gov.cn", "/xwdt/fjyw/index.htm", _fj),
         "fj-zh#static": Variant("www.fujian.gov.cn", "/xwdt/fjyw/index.htm", _fj_static)}
