"""Gansu (gs-zh `/gsszf/c100002/ywdt.shtml`): entries in `ul#list li a[title]` + `span.date`, a
"加载更多" button (`a.jzgd`) that loads `/common/search/{id}?_pageSize=N&_template=index&_isJson=false&page=N`
(an HTML answer whose entries sit in `ul#body li`); articles `/gsszf/c100002/c100006/…/YYYYMM/{9d}.shtml`
with `div.main` and a `<publishtime>` tag. From the published facts (public scrapers S5 and F20). (The portal sits behind
a JavaScript challenge; this mirror serves the pages plainly, as a browser sees them.)"""

from __future__ import annotations

from .kit import Art, Variant

SEARCH = "/common/search/77b4ad617c73434dba6491e1de8a615a"


def _article(title: str, when: str, source: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}-甘肃省人民政府</title></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="main-box">
<h1 class="title">{title}</h1>
<div class="info"><span>发布时间：<publishtime>{when}</publishtime></span><span>来源：{source}</span></div>
<div class="main">{body}</div>
</div></body></html>"""


def _items(rows) -> str:
    return "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>' for h, t, d in rows)


def _gs(start: str):
    arts = [
        Art("/gsszf/c100002/c100006/202611/173012345.shtml", _article(
            "甘肃省新能源装机突破七千万千瓦", "2026-11-26 17:45:00", "甘肃日报",
            "<p>　　全省新能源装机容量突破7000万千瓦。</p><p>　　占全省电力总装机的六成以上。</p>"),
            "甘肃省新能源装机突破七千万千瓦", "2026-11-26 17:45", ["全省新能源装机容量突破7000万千瓦。", "占全省电力总装机的六成以上。"]),
        Art("/gsszf/c100002/c100006/202611/173011001.shtml", _article(
            "敦煌文化旅游季吸引游客超百万人次", "2026-11-24 09:00:00", "每日甘肃网",
            "<p>　　今年敦煌文化旅游季累计接待游客超过100万人次。</p>"),
            "敦煌文化旅游季吸引游客超百万人次", "2026-11-24 09:00", ["今年敦煌文化旅游季累计接待游客超过100万人次。"]),
        Art("/gsszf/c100002/c100006/202611/173009902.shtml", _article(
            "兰州至张掖高铁中川机场至武威段开通", "2026-11-20 10:10:00", "新华社",
            "<p>　　兰张高铁中川机场至武威段开通运营。</p>"),
            "兰州至张掖高铁中川机场至武威段开通", "2026-11-20 10:10", ["兰张高铁中川机场至武威段开通运营。"]),
    ]
    rows = [(a.path, a.title, a.date[:10]) for a in arts]
    column = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>要闻动态-甘肃省人民政府</title></head><body>
<div class="header"><a href="/">首页</a></div>
<ul id="list">
{_items(rows[:2])}
</ul>
<a class="jzgd" href="javascript:;" data-url="{SEARCH}?_pageSize=2&_template=index&_isJson=false">加载更多</a>
<script>
  var page = 1;
  $(".jzgd").on("click", function () {{
    page++;
    $.get($(this).data("url") + "&page=" + page, function (html) {{ $("#list").append($(html).find("#body").html()); }});
  }});
</script>
</body></html>"""

    def search(method: str, query: dict[str, str], form: dict[str, str]):
        n, size = int(query.get("page") or 1), int(query.get("_pageSize") or 20)
        chosen = rows[(n - 1) * size:n * size]
        return 200, "text/html; charset=utf-8", f'<div class="list"><ul id="body">{_items(chosen)}</ul></div>'

    return {start: column, SEARCH: search}, arts


SITES = {"gs-zh": Variant("www.gansu.gov.cn", "/gsszf/c100002/ywdt.shtml", _gs)}
