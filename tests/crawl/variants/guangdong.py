"""Guangdong's `post_` CMS (gd-zh `/gdywdt/gdyw/`): `ul li a` entries with the date as bare text
after the link, a static pager to `index_2.html`, articles `/gdywdt/gdyw/content/post_{7d}.html`
with `h3.zw-title`, `span.ly` and `div.zw` (2019 layout) or a newer one. From the published facts (public scrapers F17)."""

from __future__ import annotations

from .kit import Art, Variant, folder, soft404

GD_1 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="广东省推进粤港澳大湾区国际一流湾区建设">
<meta name="PubDate" content="2026-11-26 20:12">
<meta name="ContentSource" content="南方日报">
<title>广东省推进粤港澳大湾区国际一流湾区建设 - 广东省人民政府门户网站</title></head><body>
<div class="viewList"><a href="/">首页</a> &gt; <a href="/gdywdt/">要闻动态</a> &gt; <a href="/gdywdt/gdyw/">广东要闻</a></div>
<div class="viewbox">
<h3 class="zw-title">广东省推进粤港澳大湾区国际一流湾区建设</h3>
<div class="zw-info"><span class="ly">来源：南方日报</span><span class="time">时间 : 2026-11-26 20:12:45</span></div>
<div class="zw">
<p>　　11月26日，省委、省政府召开大湾区建设推进会。</p>
<p>　　会议强调，要加快建设国际一流湾区和世界级城市群。</p>
</div>
<div class="zw-share">分享到：</div>
</div></body></html>"""

GD_2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>深圳前海合作区新增企业超万家_广东省人民政府门户网站</title></head><body>
<div class="article">
 <div class="article-title"><h1>深圳前海合作区新增企业超万家</h1></div>
 <div class="article-info"><span>发布时间：2026-11-25 09:03</span><span>来源：深圳特区报</span></div>
 <div class="article-content">
  <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0"><span style="font-family:仿宋_GB2312">今年以来，前海合作区新增注册企业超过</span><span lang="EN-US" style="font-family:仿宋_GB2312">1</span><span style="font-family:仿宋_GB2312">万家。<span lang="EN-US"><o:p></o:p></span></span></p>
  <p class="MsoNormal" style="text-indent:32.0pt"><span style="font-family:仿宋_GB2312">其中港资企业占比超过三成。</span><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
  <p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
 </div>
</div></body></html>"""

GD_3 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="广州南沙港区四期工程通过验收">
<meta name="PubDate" content="2026-11-21 11:11">
<title>广州南沙港区四期工程通过验收</title></head><body>
<h3 class="zw-title">广州南沙港区四期工程通过验收</h3>
<div class="zw-info"><span class="ly">来源：广州日报</span><span class="time">时间 : 2026-11-21 11:11:00</span></div>
<div class="zw">
<p style="text-align: center;"><img src="/img/0/nansha.jpg"></p>
<p style="text-align: center;">南沙港区四期全自动化码头。</p>
<p>　　南沙港区四期工程顺利通过竣工验收。</p>
</div></body></html>"""


def _list(rows, pager: str) -> str:
    lis = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a> {d}</li>' for h, t, d in rows)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>广东要闻</title></head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/gdywdt/">要闻动态</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="main"><div class="viewList"><ul>
{lis}
</ul></div>
<div class="page">{pager}</div></div>
<div class="footer"><ul><li><a href="/wzdt/">网站地图</a></li></ul></div>
</body></html>"""


def _gd(start: str):
    col = folder(start)
    arts = [
        Art(col + "content/post_4812345.html", GD_1, "广东省推进粤港澳大湾区国际一流湾区建设", "2026-11-26 20:12",
            ["11月26日，省委、省政府召开大湾区建设推进会。", "会议强调，要加快建设国际一流湾区和世界级城市群。"]),
        Art(col + "content/post_4811001.html", GD_2, "深圳前海合作区新增企业超万家", "2026-11-25 09:03",
            ["今年以来，前海合作区新增注册企业超过1万家。", "其中港资企业占比超过三成。"]),
        Art(col + "content/post_4809902.html", GD_3, "广州南沙港区四期工程通过验收", "2026-11-21 11:11",
            ["南沙港区四期全自动化码头。", "南沙港区四期工程顺利通过竣工验收。"]),
    ]
    routes = {
        start: _list([("https://www.gd.gov.cn" + arts[0].path, arts[0].title, "2026-11-26"),
                      ("./content/post_4811001.html", "深圳前海合作区新增企业...", "2026-11-25"),
                      ("./content/post_4810500.html", "广东发布冬季防寒防冻提示", "2026-11-23")],
                     '<span class="cur">1</span> <a href="index_2.html">2</a> <a class="next" href="index_2.html">下一页</a>'),
        col + "index_2.html": _list([("/gdywdt/gdyw/content/post_4809902.html", arts[2].title, "2026-11-21")],
                                    '<a class="prev" href="index.html">上一页</a> <a href="index.html">1</a> <span class="cur">2</span>'),
        col + "content/post_4810500.html": soft404("404"),
    }
    return routes, arts


SITES = {"gd-zh": Variant("www.gd.gov.cn", "/gdywdt/gdyw/index.html", _gd,
                          not_articles=("/gdywdt/gdyw/content/post_4810500.html",))}
