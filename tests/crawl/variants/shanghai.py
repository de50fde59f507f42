"""Shanghai's nw-node CMS (sh-zh `/nw4411/`, sh-en `/en-Latest-WhatsNew/`): the second list page
is `index_2.html` (there is no `index_1`), the pager is a jQuery plugin given `totalPage`, articles
`/{column}/YYYYMMDD/{32hex}.html` with `h2.Article-title` holding `small.Article-time` (source in
its `span`) and the 字号 controls, as a saved real article page has them, and `div.Article_content`. From the published facts (public scrapers F5 and S8's saved pages)."""

from __future__ import annotations

from .kit import Art, Variant, folder


def _article(title: str, time_line: str, body: str, lang: str = "zh-Hans") -> str:
    # As a saved www.shanghai.gov.cn article (2022) has it: the date line and the 字号 controls
    # inside the heading.
    controls = ("" if lang == "en" else '<div class="zihao"><div class="through"><span>字号：</span></div>'
                '<div class="controls"><a href="#" id="large">大</a> <a href="#" id="medium" class="selected">中</a> '
                '<a href="#" id="small">小</a></div></div>')
    return f"""<!doctype html>
<html lang="{lang}">
 <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
  <title>{title}</title>
  <meta name="SiteName" content="上海市人民政府">
  <meta name="SiteDomain" content="www.shanghai.gov.cn">
 </head>
 <body class="desktop">
  <div id="container">
   <script src="/assets2020/js/header.js"></script>
   <div class="crumbs"><ol class="breadcrumb"><li><a href="/index.html">首页</a></li><li><a href="../index.html">上海要闻</a></li></ol></div>
   <div class="contain">
    <div class="Article">
     <h2 id="ivs_title" class="Article-title">{title}
      <small id="ivs_date" class="PBtime Article-time">{time_line}</small>
      {controls}
     </h2>
     <div class="Article_content" id="ivs_content">
      <div>
{body}
      </div>
     </div>
     <div id="share-1" class="share"></div>
    </div>
   </div>
   <script src="/assets2020/js/footer.js"></script>
  </div>
 </body>
</html>"""


def _list(start: str, items: list[tuple[str, str, str]], current: int, total: int, sidebar: str = "") -> str:
    lis = "\n".join(f'        <li><a href="{h}" target="_blank" title="{t}">{t}</a> <span class="time">{d}</span></li>'
                    for h, t, d in items)
    return f"""<!doctype html>
<html lang="zh-Hans">
 <head><meta charset="utf-8"><title>上海要闻_上海市人民政府</title></head>
 <body class="desktop">
  <div id="main"><div class="contain"><div class="row list-content">
   <div class="col-md-8">
       <ul class="tadaty-list uli14 nowrapli list-date">
{lis}
       </ul>
       <nav class="text-center">
        <ul class="pagination">
         <script type="text/javascript" src="/assets/js/pagination.min.js"></script>
         <script type="text/javascript">
            $(".pagination").pagination({{
              totalPage: {total},
              showPageNum: 5,
              isShowSkip: true,
              callBack: function (currPage) {{
                var i = currPage;
                if (i == 1) location.href = 'index.html';
                else location.href = 'index_' + i + '.html';
              }}
            }});
            $(".pagination").pagination("setPage", {current}, {total});
         </script>
        </ul>
       </nav>
   </div>
   <div class="col-md-4"><div class="newsbox"><h4>图片新闻</h4><ul class="photo">{sidebar}</ul></div></div>
  </div></div></div>
 </body>
</html>"""


def _sh(start: str):
    col = folder(start)
    arts = [
        Art(col + "20261126/3b1f0c2d4e5a6b7c8d9e0f1a2b3c4d5e.html", _article(
            "上海市政府常务会议研究部署冬季城市运行保障工作",
            "2026-11-26 <span>来源：解放日报</span>",
            "       <p>　　市长主持召开市政府常务会议，研究部署冬季城市运行保障工作。</p>\n"
            "       <p>　　会议强调，要确保能源供应稳定。</p>"),
            "上海市政府常务会议研究部署冬季城市运行保障工作", "2026-11-26",
            ["市长主持召开市政府常务会议，研究部署冬季城市运行保障工作。", "会议强调，要确保能源供应稳定。"]),
        Art(col + "20261125/4c2a1d3e5f6b7c8d9e0f1a2b3c4d5e6f.html", _article(
            "浦东新区发布新一轮引领区建设行动方案",
            "2026-11-25 17:42 <span>来源：上观新闻</span>",
            "       <p>　　浦东新区25日发布新一轮综合改革试点行动方案。</p>\n"
            "       <p style=\"text-align:center\"><img src=\"/cmsres/aa/pd.jpg\"></p>\n"
            "       <p style=\"text-align:center\">陆家嘴金融城夜景。（资料图）</p>"),
            "浦东新区发布新一轮引领区建设行动方案", "2026-11-25 17:42",
            ["浦东新区25日发布新一轮综合改革试点行动方案。", "陆家嘴金融城夜景。（资料图）"]),
        Art(col + "20261121/5d3b2e4f6a7c8d9e0f1a2b3c4d5e6f70.html", _article(
            "第八届进博会成交额创新高", "2026-11-21 <span>来源：新华社</span>",
            "       <p>　　第八届中国国际进口博览会按年计意向成交额创历届新高。</p>"),
            "第八届进博会成交额创新高", "2026-11-21", ["第八届中国国际进口博览会按年计意向成交额创历届新高。"]),
    ]
    a = arts
    side = f'<li><a href="{a[1].path}" title="{a[1].title}" target="_blank"><div class="rt-img02">{a[1].title}</div></a></li>'
    routes = {
        start: _list(start, [(a[0].path, a[0].title, "2026-11-26"), (a[1].path, a[1].title, "2026-11-25")], 1, 3, side),
        col + "index_2.html": _list(start, [(col + "20261122/6e4c3f5a7b8d9e0f1a2b3c4d5e6f7081.html",
                                              "上海启动新一轮旧区改造", "2026-11-22")], 2, 3, side),
        col + "index_3.html": _list(start, [(a[2].path, a[2].title, "2026-11-21")], 3, 3, side),
    }
    return routes, arts


def _shen(start: str):
    col = folder(start)
    arts = [
        Art(col + "20261126/7f5d4a6b8c9e0f1a2b3c4d5e6f708192.html", _article(
            "Shanghai expands visa-free transit services at Pudong airport",
            "2026-11-26 <span>Source: Shanghai Daily</span>",
            "       <p>Shanghai has opened new visa-free transit counters at Pudong International Airport.</p>\n"
            "       <p>Travelers from 55 countries are eligible.</p>", "en"),
            "Shanghai expands visa-free transit services at Pudong airport", "2026-11-26",
            ["Shanghai has opened new visa-free transit counters at Pudong International Airport.",
             "Travelers from 55 countries are eligible."]),
        # a story of another English channel, listed in this one too
        Art("/en-InvestmentNews/20261124/80ae5b7c9d0f1a2b3c4d5e6f708192a3.html", _article(
            "Lujiazui Forum to focus on green finance", "2026-11-24 10:05 <span>Source: english.shanghai.gov.cn</span>",
            "       <p>This year's Lujiazui Forum will focus on green and transition finance, organizers said.</p>", "en"),
            "Lujiazui Forum to focus on green finance", "2026-11-24 10:05",
            ["This year's Lujiazui Forum will focus on green and transition finance, organizers said."]),
        Art(col + "20261120/91bf6c8d0e1a2b3c4d5e6f708192a3b4.html", _article(
            "New metro line links Hongqiao and Songjiang", "2026-11-20 <span>Source: Xinhua</span>",
            "       <p>A new metro line linking the Hongqiao hub and Songjiang opened on Thursday.</p>", "en"),
            "New metro line links Hongqiao and Songjiang", "2026-11-20",
            ["A new metro line linking the Hongqiao hub and Songjiang opened on Thursday."]),
    ]
    a = arts
    routes = {
        start: _list(start, [(a[0].path, a[0].title, "2026-11-26"), ("https://english.shanghai.gov.cn" + a[1].path,
                                                                      a[1].title, "2026-11-24")], 1, 2),
        col + "index_2.html": _list(start, [(a[2].path, a[2].title, "2026-11-20")], 2, 2),
    }
    return routes, arts


# -- Issue 19, written without the rules: the heading holds the title, the date line and the page's
#    controls in other nestings, and times are written with colon look-alikes -----------------------

_ZIHAO = ('<div class="fontsize"><label>字号：</label><a href="javascript:;" data-size="18">大</a>'
          '<a href="javascript:;" data-size="16" class="on">中</a><a href="javascript:;" data-size="14">小</a></div>')
_FONT_EN = ('<div class="font-size">Font size: <a href="javascript:;" class="big">A+</a> '
            '<a href="javascript:;" class="mid">A</a> <a href="javascript:;" class="small">A-</a></div>')


def _article19(head: str, body: str, page_title: str, lang: str = "zh-Hans", metas: str = "") -> str:
    site = "Shanghai Municipal People's Government" if lang == "en" else "上海市人民政府"
    home = "Home" if lang == "en" else "首页"
    return f"""<!doctype html>
<html lang="{lang}">
 <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{page_title}</title>
  <meta name="SiteName" content="{site}">{metas}
 </head>
 <body class="desktop">
  <div id="container">
   <script src="/assets2020/js/header.js"></script>
   <div class="crumbs"><ol class="breadcrumb"><li><a href="/index.html">{home}</a></li><li><a href="../index.html">{site}</a></li></ol></div>
   <div class="contain">
    <div class="Article">
     {head}
     <div class="Article_content" id="ivs_content">
{body}
     </div>
     <div id="share-1" class="share"></div>
    </div>
   </div>
   <script src="/assets2020/js/footer.js"></script>
  </div>
 </body>
</html>"""


def _paras(paras: list[str], indent: str = "　　") -> str:
    return "\n".join(f"      <p>{indent}{p}</p>" for p in paras)


def _sh_h1(start: str):
    """sh-zh: five articles over three list pages; each heading nests its date line differently."""
    col = folder(start)
    stories = [
        # title in a span, then a div holding the date (ratio sign U+2236) and source, then 字号, all in h1
        ("20261119/a1c3e5f7091b2d4f6a8c0e2f4a6c8e01", "上海市政府与国家开发银行签署开发性金融合作协议", "2026-11-19 10:15",
         '<h1 class="Article-title" id="ivs_title"><span>{t}</span><div class="time">2026年11月19日 10∶15 来源：解放日报</div>' + _ZIHAO + "</h1>",
         "", ["市政府与国家开发银行签署开发性金融合作协议。", "双方将在城市更新等领域加强合作。"]),
        # the date line before the title text, a vertical two-dot colon (U+FE30), 字号 at the end
        ("20261118/b2d4f6a8c0e2a4c6e8a0c2e4a6c8e002", "上海公布2027年市重大建设项目计划", "2026-11-18 14:20",
         '<h2 class="Article-title"><p class="Article-time">2026-11-18 14︰20 <em>来源：新民晚报</em></p>{t}<span class="zh">'
         + _ZIHAO + "</span></h2>", "", ["2027年市重大建设项目计划共安排正式项目191项。"]),
        # the day in the heading, the minute in PubDate with a ratio sign
        ("20261117/c3e5a7c9e1a3c5e7a9c1e3a5c7e9a003", "长三角生态绿色一体化发展示范区建设五周年", "2026-11-17 08:30",
         '<h2 class="Article-title">{t}<small class="Article-time">2026-11-17<span>来源：上观新闻</span></small>' + _ZIHAO + "</h2>",
         '\n  <meta name="PubDate" content="2026-11-17 08∶30">', ["示范区建设五年来，形成一批制度创新成果。", "青浦、吴江、嘉善三地协同推进。"]),
        # full-width digits and colon in the date, no source
        ("20261115/d4f6a8c0e2b4d6f8a0c2e4b6d8f0a004", "上海国际马拉松赛鸣枪开跑", "2026-11-15 07:00",
         '<h2 class="Article-title"><div class="tt">{t}</div><div class="Article-time">２０２６年１１月１５日　０７：００</div>'
         + _ZIHAO + "</h2>", "", ["2026上海马拉松15日鸣枪开跑，3.8万名跑者参赛。"]),
        # the day only, the source in a span after it, a caption under a picture
        ("20261113/e5a7c9e1a3c5e7a9c1e3a5c7e9a1c005", "本市推进新一轮旧住房成套改造", "2026-11-13",
         '<h2 class="Article-title">{t} <small class="Article-time">2026年11月13日 <span>来源：市住房城乡建设管理委</span></small>'
         + _ZIHAO + "</h2>", "", ["本市明年将完成旧住房成套改造20万平方米。", "黄浦区老城厢改造项目开工。（资料图）"]),
    ]
    arts = []
    for path, title, when, head, metas, paras in stories:
        html = _article19(head.format(t=title), _paras(paras), f"{title}_上海市人民政府", metas=metas)
        arts.append(Art(col + path + ".html", html, title, when, paras))
    items = [(a.path, a.title, a.date[:10]) for a in arts]
    routes = {start: _list(start, items[:2], 1, 3), col + "index_2.html": _list(start, items[2:4], 2, 3),
              col + "index_3.html": _list(start, items[4:], 3, 3)}
    return routes, arts


def _shen_updated(start: str):
    """sh-en: English headings with the title in a div or bare, the date line inside the heading in
    three spellings with colon look-alikes, and the font-size controls."""
    col = folder(start)
    stories = [
        ("20261119/f6b8d0f2a4c6e8b0d2f4a6c8e0b2d006", "Shanghai launches new round of consumption vouchers", "2026-11-19 10:15",
         '<h2 class="Article-title"><div class="ArticleTitle">{t}</div><p class="time">Updated: 2026-11-19 10︰15 '
         "<span>Source: SHINE</span></p>" + _FONT_EN + "</h2>",
         ["Shanghai will issue a new round of consumption vouchers next month.", "Catering and culture are covered."]),
        ("20261118/a7c9e1b3d5f7a9c1e3b5d7f9a1c3e007", "Yangshan port sets new monthly throughput record", "2026-11-18 08:40",
         '<h1 class="Article-title">{t} <small class="Article-time">Nov 18, 2026 08꞉40 <span>Source: Xinhua</span></small> '
         + _FONT_EN + "</h1>", ["Yangshan Deep-Water Port handled a record 2.3 million TEUs in October."]),
        ("20261116/b8d0f2c4e6a8b0d2f4c6e8a0b2d4f008", "Jing'an opens riverside cultural corridor", "2026-11-16",
         '<h2 class="Article-title">{t}<br><small>2026-11-16 Source: Shanghai Daily</small></h2>',
         ["A 2-kilometer cultural corridor along Suzhou Creek opened in Jing'an District."]),
    ]
    arts = []
    for path, title, when, head, paras in stories:
        html = _article19(head.format(t=title), _paras(paras, ""), title, lang="en")
        arts.append(Art(col + path + ".html", html, title, when, paras))
    items = [(a.path, a.title, a.date[:10]) for a in arts]
    routes = {start: _list(start, items[:2], 1, 2), col + "index_2.html": _list(start, items[2:], 2, 2)}
    return routes, arts


SITES = {
    "sh-zh#h1": Variant("www.shanghai.gov.cn", "/nw4411/index.html", _sh_h1),
    "sh-en#updated": Variant("english.shanghai.gov.cn", "/en-Latest-WhatsNew/index.html", _shen_updated),
    "sh-zh": Variant("www.shanghai.gov.cn", "/nw4411/index.html", _sh,
                     not_articles=("/nw4411/20261122/6e4c3f5a7b8d9e0f1a2b3c4d5e6f7081.html",)),
    "sh-en": Variant("english.shanghai.gov.cn", "/en-Latest-WhatsNew/index.html", _shen),
}
