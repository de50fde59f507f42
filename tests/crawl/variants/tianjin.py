"""Tianjin (tj-zh `/sy/tjxw/`): TRS lists whose entries carry the link in
`onclick="jumpToDetail('./…')"` (`div.list-item.clear`, `span.list-item-date`), and the TRS IGS
JSON search `/igs/front/search/list.html` (`page.content[].DOCPUBURL`); articles with `.qt-title`,
`span.p-fbsj` and `.xw-txt`. From the published facts (public scrapers F1 and S2)."""

from __future__ import annotations

import json

from .kit import Art, Variant, folder


def _article(title: str, source: str, when: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_天津市人民政府</title></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="qt-content">
 <div class="qt-title">{title}</div>
 <div class="xw-xtitle clear"><span class="p-title">来源：{source}</span> <span class="p-title p-fbsj">发布时间：{when}</span></div>
 <div class="xw-txt"><div class="view TRS_UEDITOR trs_paper_default trs_web">{body}</div></div>
</div>
<div class="footer">天津市人民政府办公厅主办</div>
</body></html>"""


def _arts(col: str) -> list[Art]:
    return [
        Art(col + "202611/t20261126_6812345.html", _article("天津港集装箱吞吐量创新高", "天津日报", "2026-11-26 17:35",
                                                          "<p>　　前10个月，天津港集装箱吞吐量同比增长7%。</p><p>　　海铁联运量增长两成。</p>"),
            "天津港集装箱吞吐量创新高", "2026-11-26 17:35", ["前10个月，天津港集装箱吞吐量同比增长7%。", "海铁联运量增长两成。"]),
        Art(col + "202611/t20261124_6811001.html", _article("京津冀协同发展重点项目加快推进", "北方网", "2026-11-24 09:20",
                                                          "<p>　　京津冀协同发展重点项目年度投资完成率超过八成。</p>"),
            "京津冀协同发展重点项目加快推进", "2026-11-24 09:20", ["京津冀协同发展重点项目年度投资完成率超过八成。"]),
        Art(col + "202611/t20261120_6809902.html", _article("天津发布冬季供热保障方案", "市城市管理委", "2026-11-20 12:00",
                                                          "<p>　　全市供热将于11月1日起正式开始。</p>"),
            "天津发布冬季供热保障方案", "2026-11-20 12:00", ["全市供热将于11月1日起正式开始。"]),
    ]


def _onclick_list(rows, current: int, total: int) -> str:
    # the template quotes the handler one way on the first page and the other way further on
    call = (lambda h: f"onclick=\"jumpToDetail('{h}')\"") if current == 0 else (lambda h: f"onclick='jumpToDetail(\"{h}\");return false;'")
    items = "\n".join(
        f'<div class="list-item clear"><span class="list-item-title"><a href="javascript:void(0)" '
        f'{call(h)}>{t}</a></span><span class="list-item-date">{d}</span></div>'
        for h, t, d in rows)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>天津新闻</title>
<script>function jumpToDetail(url) {{ window.open(url); }}</script></head><body>
<div class="list-box">
{items}
</div>
<div class="page"><script>createPageHTML({total}, {current}, "index", "html");</script></div>
</body></html>"""


def _tj(start: str):
    col = folder(start)
    arts = _arts(col)
    rel = ["./" + a.path[len(col):] for a in arts]
    routes = {
        start: _onclick_list([(rel[0], arts[0].title, "2026-11-26"),
                              ("../tjxw/" + arts[1].path[len(col):], arts[1].title, "2026-11-24")], 0, 2),
        col + "index_1.html": _onclick_list([(rel[2], arts[2].title, "2026-11-20")], 1, 2),
    }
    return routes, arts


def _tj_igs(start: str):
    """The column page only loads its list from IGS; the JSON gives absolute URLs and times."""
    col = folder(start)
    arts = _arts(col)
    content = [{"DOCTITLE": a.title, "DOCPUBURL": "https://www.tj.gov.cn" + a.path, "PUBDATE": a.date + ":00",
                "CHNLDESC": "天津新闻"} for a in arts]
    shell = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>天津新闻</title></head><body>
<div class="list-box" id="list"></div><div id="page"></div>
<script>
  $.get("/igs/front/search/list.html", { index: "tj-index", type: "xw", pageNumber: 1, pageSize: 2,
    filter: { CHNLDESC: "天津新闻" }, orderProperty: "PUBDATE", orderDirection: "desc" }, render);
</script>
</body></html>"""

    def igs(method: str, query: dict[str, str], form: dict[str, str]):
        args = {**query, **form}
        n = int(args.get("pageNumber") or args.get("page") or 1)
        size = int(args.get("pageSize") or 2)
        page = {"content": content[(n - 1) * size:n * size], "totalElements": len(content),
                "totalPages": -(-len(content) // size), "number": n - 1, "size": size}
        return 200, "text/plain;charset=UTF-8", json.dumps({"page": page}, ensure_ascii=False)

    return {start: shell, "/igs/front/search/list.html": igs}, arts


SITES = {
    "tj-zh": Variant("www.tj.gov.cn", "/sy/tjxw/index.html", _tj),
    "tj-zh#igs": Variant("www.tj.gov.cn", "/sy/tjxw/index.html", _tj_igs),
}
