"""Hebei's UUID-column CMS (he-zh): the column page lists its first entries and pages further
through HTML fragments `/columns/{col}/templates/{tpl}/blocks/{blk}?page=N&fix=0`
(`li a[title]` + `span.date`); articles `/columns/{col}/YYYYMM/DD/{uuid}.html`, body `div.content`.
From the published facts (public scrapers F2 and F3)."""

from __future__ import annotations

import json

from .kit import Art, Variant, folder

TPL, BLK = "3f6c1d2e-8a9b-4c0d-9e1f-2a3b4c5d6e7f", "b7e8f9a0-1b2c-4d3e-8f4a-5b6c7d8e9f01"


def _article(title: str, info: str, body: str, metas: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">{metas}
<title>{title}-河北省人民政府网</title></head><body>
<header class="header"><a href="/">首页</a><a href="/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/index.html">要闻</a></header>
<div class="breadcrumb">当前位置：<a href="/">首页</a> / 要闻</div>
<div class="article">
  <h1>{title}</h1>
  <div class="info">{info}</div>
  <div class="content">{body}</div>
  <div class="article-bottom"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
</div>
<footer class="footer">河北省人民政府办公厅主办</footer>
</body></html>"""


def _items(entries: list[tuple[str, str, str]]) -> str:
    return "\n".join(f'<li style="display:block"><a href="{href}" target="_blank" title="{t}">{t}</a>'
                     f'<span class="date">{d}</span></li>' for href, t, d in entries)


def _column(start: str, first: str, pages: int) -> str:
    col = folder(start)
    block = f"{col}templates/{TPL}/blocks/{BLK}"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>要闻-河北省人民政府网</title></head><body>
<header class="header"><a href="/">首页</a></header>
<div class="list-box">
  <ul class="list" id="block-{BLK}" data-block="{block}">
{first}
  </ul>
  <div class="pagination" data-total-page="{pages}">
    <a href="javascript:void(0)" class="prev disabled">上一页</a>
    <a href="javascript:void(0)" class="active">1</a>
    <a href="javascript:loadPage(2)">2</a>
    <a href="javascript:loadPage(2)" class="next">下一页</a>
  </div>
</div>
<script>
  function loadPage(page) {{
    $.get("{block}?page=" + page + "&fix=0", function (html) {{ $("#block-{BLK}").html(html); }});
  }}
</script>
</body></html>"""


def _he(start: str):
    col = folder(start)
    arts = [
        Art(col + "202611/26/6a0e7c1b-2d3f-4e5a-9b6c-7d8e9f0a1b2c.html", _article(
            "全省县域经济高质量发展推进会召开", "<span>发布时间：2026-11-26 18:00</span><span>来源：河北日报</span>",
            "<p>　　11月26日，全省县域经济高质量发展推进会在石家庄召开。</p><p>　　会议要求，壮大县域特色产业集群。</p>"),
            "全省县域经济高质量发展推进会召开", "2026-11-26 18:00",
            ["11月26日，全省县域经济高质量发展推进会在石家庄召开。", "会议要求，壮大县域特色产业集群。"]),
        Art(col + "202611/25/7b1f8d2c-3e4a-4f5b-8c7d-8e9f0a1b2c3d.html", _article(
            "雄安新区启动区建设取得新进展", "<span>来源：新华社</span> <span>2026-11-25 09:15</span>",
            "<div><p>　　雄安新区启动区重点片区建设全面提速。</p></div>"
            "<p style=\"text-align:center\"><img src=\"/upload/202611/xa.jpg\"></p>"
            "<p style=\"text-align:center\">雄安新区启动区航拍。新华社记者 牟宇 摄</p>",
            '<meta name="ArticleTitle" content="雄安新区启动区建设取得新进展"><meta name="PubDate" content="2026-11-25 09:15">'),
            "雄安新区启动区建设取得新进展", "2026-11-25 09:15",
            ["雄安新区启动区重点片区建设全面提速。", "雄安新区启动区航拍。新华社记者 牟宇 摄"]),
        # a story of another column (政务要闻) listed here too
        Art("/columns/d2b1c9a8-7e6f-4a5b-9c8d-1e2f3a4b5c6d/202611/22/8c2a9e3d-4f5b-4a6c-9d8e-9f0a1b2c3d4e.html", _article(
            "河北省冬季清洁取暖工作有序推进", "<span>发布时间：2026-11-22 11:30</span>",
            "<p>　　全省已完成清洁取暖改造任务的95%。</p>",
            '<meta name="PubDate" content="2026-11-22 00:00:00">'),  # the CMS's day filler
            "河北省冬季清洁取暖工作有序推进", "2026-11-22 11:30", ["全省已完成清洁取暖改造任务的95%。"]),
    ]
    rows = [(a.path, a.title, a.date[:10]) for a in arts]
    rows[1] = ("https://www.hebei.gov.cn" + rows[1][0], rows[1][1], rows[1][2])
    pages = {1: rows[:2], 2: rows[2:]}

    def block(method: str, query: dict[str, str], form: dict[str, str]):
        n = int(query.get("page") or 1)
        return 200, "text/html; charset=utf-8", _items(pages.get(n, []))

    routes = {start: _column(start, _items(pages[1]), 2), f"{col}templates/{TPL}/blocks/{BLK}": block}
    return routes, arts


def _he_json(start: str):
    """The blocks endpoint answering a JSON-encoded HTML string, as F3 reads it (json.loads, then HTML)."""
    routes, arts = _he(start)
    html_block = routes[f"{folder(start)}templates/{TPL}/blocks/{BLK}"]

    def block(method: str, query: dict[str, str], form: dict[str, str]):
        status, _, body = html_block(method, query, form)
        return status, "application/json;charset=UTF-8", json.dumps(body, ensure_ascii=False)

    routes[f"{folder(start)}templates/{TPL}/blocks/{BLK}"] = block
    return routes, arts


def _he_shell(start: str):
    """The column page as a shell: even page 1 comes from the blocks endpoint (page=1)."""
    routes, arts = _he(start)
    routes[start] = _column(start, "", 2).replace(
        "</script>", '  loadPage(1);\n</script>', 1)
    return routes, arts


SITES = {"he-zh": Variant("www.hebei.gov.cn", "/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/index.html", _he),
         "he-zh#json": Variant("www.hebei.gov.cn", "/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/index.html", _he_json),
         "he-zh#shell": Variant("www.hebei.gov.cn", "/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/index.html", _he_shell)}
