"""A few Chinese and English articles as the extractor would hand them to the archive."""

from __future__ import annotations

from archive import Archive

BOILERPLATE = "本网站所载内容均为浙江省人民政府门户网站原创。"

ZH_ARTICLES = [
    ("浙江省政府召开常务会议 研究部署高质量发展工作", [
        "5月6日，省长主持召开省政府常务会议，研究部署高质量发展建设共同富裕示范区工作。",
        "会议指出，今年以来全省经济运行稳中有进，一季度GDP同比增长5.6%。详情见https://www.zj.gov.cn/art/2024/5/6/art_1229_63.html。",
        "会议强调，要坚持以人民为中心的发展思想！扎实推进乡村振兴；加快建设现代化产业体系。",
        BOILERPLATE,
    ]),
    ("全省新增城镇就业80万人", [
        "据统计，前三季度全省城镇新增就业人数达到80万人，完成全年目标任务的3.14倍……",
        "联系邮箱：jyj_office@zj.gov.cn，咨询电话0571-87051234。",
        BOILERPLATE,
    ]),
    ("省政府新闻发布会介绍长江经济带生态环境保护情况", [
        "“我们将持续改善生态环境质量。”新闻发言人表示。",
        "发布会上，Zhejiang University的专家介绍了COVID-19以来的研究成果。",
        "",
        BOILERPLATE,
    ]),
]

EN_ARTICLE = ("Zhejiang boosts private economy", ["Zhejiang issued measures on Monday.", "More to come."])


def page(url: str, site: str, lang: str, title: str, paragraphs: list[str]) -> dict:
    return {"url": url, "site": site, "lang": lang, "title": title, "published_at": "2024-05-06",
            "paragraphs": [{"text": text, "kind": "text"} for text in paragraphs]}


def fill(path, zh=ZH_ARTICLES, en=(EN_ARTICLE,)) -> None:
    with Archive(path) as archive:
        for i, (title, paragraphs) in enumerate(zh):
            archive.store_article(page(f"https://www.zj.gov.cn/art/{i}.html", "zj-zh", "zh", title, paragraphs))
        for i, (title, paragraphs) in enumerate(en):
            archive.store_article(page(f"https://www.ezhejiang.gov.cn/{i}.html", "zj-en", "en", title, paragraphs))
