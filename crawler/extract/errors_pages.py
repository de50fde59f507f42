"""Soft 404s: a page served with status 200 that is the site's "page not found" or "removed".

Portals answer a dead article link with their normal chrome around a short notice, so the body
length alone cannot tell them from articles: a notice can run to a paragraph of excuses and a
footer full of addresses. What tells them is that the title or the main heading is nothing but
an error phrase, in Chinese or English.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.normalize import clean_text
from crawler.extract.tree import get_text, is_hidden, visible_text

ERROR_PHRASE = re.compile(
    r"您?(?:所|要)?访问的(?:页面|网页|信息|内容)(?:不存在|已删除|已被删除|已过期)|"
    r"(?:页面|网页|信息|内容|文章|稿件|栏目)(?:不存在|未找到|已删除|已被删除|已过期|已下线|已撤销|已失效|无法访问|走丢了?)|"
    r"(?:该|此)(?:信息|页面|文章|内容)(?:已删除|已被删除|已过期|不存在)|找不到(?:页面|网页|该页)|"
    r"无法找到(?:该|此)?(?:页面|网页)|(?:404|403|500)\s*错误|错误页面?|出错了|"
    r"\b(?:error\s*)?40[34]\b|page\s+(?:not\s+found|does\s*n[o']t\s+exist|(?:has\s+been\s+)?removed)|not\s+found|"
    r"(?:could|can)\s*n[o']t\s+be\s+found|no\s+longer\s+(?:available|exists)|does\s+not\s+exist",
    re.I)
# What may stand beside the phrase in an error title: site names, "提示", "Sorry", punctuation.
FILLER = re.compile(r"[\W_\d]+|提示(?:信息)?|系统|抱歉|对不起|sorry|oops|error|http", re.I)
# An error heading is short; a headline that merely mentions "404" is not one.
MAX_ERROR_TITLE = 40
MAX_BESIDE = 12
# Below this many characters of body, a page whose text says "not found" is what it says.
MAX_NOTICE_BODY = 200


def is_error_phrase(text: str) -> bool:
    """The text is an error phrase and little else ('页面不存在', '404 Page Not Found - Guizhou')."""
    text = clean_text(text)
    if not text or len(text) > MAX_ERROR_TITLE or not ERROR_PHRASE.search(text):
        return False
    beside = FILLER.sub("", ERROR_PHRASE.sub("", text))
    return len(beside) <= MAX_BESIDE


def main_headings(root: etree._Element) -> list[str]:
    """The text of the page's first shown headings (h1-h3), where a notice puts its phrase.

    A heading the page hides (an error template kept beside the article for scripts) is not shown.
    """
    found = []
    for el in root.iter("h1", "h2", "h3"):
        if is_hidden(el):
            continue
        text = clean_text(get_text(el))
        if text:
            found.append(text)
        if len(found) == 3:
            break
    return found


def is_error_page(title: str, root: etree._Element, body_text: str) -> bool:
    if is_error_phrase(title) or any(is_error_phrase(h) for h in main_headings(root)):
        return True
    # A short notice under a normal title: the old rule, kept for notices without a heading.
    return len(body_text) < MAX_NOTICE_BODY and bool(
        ERROR_PHRASE.search(body_text or visible_text(root)[:2000]))
