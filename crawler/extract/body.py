"""A body container -> paragraphs in reading order, with chrome left out.

Paragraphs are the unit translation and review align on, so a paragraph is what a reader sees as
one: a <p>, a run of text between <br>s, a table row, an image caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from bs4 import Comment, NavigableString, Tag
from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

from crawler.extract.model import Paragraph
from crawler.extract.normalize import clean_text

SKIP_TAGS = frozenset({
    "script", "style", "noscript", "iframe", "form", "button", "input", "select", "textarea", "nav",
    "object", "embed", "svg", "canvas", "template", "head", "title", "meta", "link", "map", "audio", "video",
})
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5",
    "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "table", "tbody", "thead",
    "tfoot", "tr", "td", "th", "figure", "figcaption", "address", "hr", "caption", "body", "html",
})
NON_TEXT = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
# Elements that are page furniture even inside a body container (class or id).
CHROME_ATTR = re.compile(
    r"share|bdshare|print|close|breadcrumb|crumb|weizhi|location|position|fontsize|font-size|"
    r"related|xgxw|relevant|toolbar|pager|page-nav|prev|next|qrcode|erweima|comment|footer", re.I)
_CHROME_TOKENS = (
    r"打印本页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|分享到|分享|返回顶部|返回|顶部|纠错|字号|字体|大|中|小|"
    r"默认|视力保护色|放大|缩小|我要纠错|长者模式|关怀模式|无障碍(?:浏览|阅读)?|适老化|Print|Close|Share|Back\s+to\s+top|Top|Email|E-mail|Tweet|Favorite|"
    r"(?:Font|Text)\s+size|Large|Medium|Small|A\+|A-|A(?![\w+-])"  # an English edition's 'Font size: A+ A A-'
)
# A post's counters ('阅读(120) | 评论(3)', '收藏(0) ┊转载(1)'): the blog's bar under the text.
_COUNTER = r"(?:阅读|评论|收藏|转载|点击|浏览|喜欢|引用|推荐|点赞|赞)\s*[(（]\s*\d+\s*[)）]"
CHROME_LINE = re.compile(
    r"^(?:[【\[［(（]?\s*(?:" + _COUNTER + "|" + _CHROME_TOKENS + r")\s*[:：]?\s*[】\]］)）]?\s*[|｜/┊¦]?\s*)+$", re.I)
# What a WeChat article's copy opens and ends with: the account asks to be followed.
FOLLOW_LINE = re.compile(
    r"^.{0,8}(?:(?:点击|点)(?:上方|下方|上面|标题下)?.{0,6}(?:关注|订阅)|(?:长按|扫描|扫码|识别).{0,8}二维码|关注(?:我们|公众号|该公众号))"
    r".{0,10}$")
MAX_FOLLOW_LINE = 30
CHROME_PREFIX = re.compile(
    r"^(?:当前位置|您的位置|您现在的位置|你的位置|你现在的位置|所在位置|位置|上一篇|下一篇|上一条|下一条|"
    r"相关新闻|相关链接|相关阅读|扫一扫|分享到|Related|Previous|Next)\s*[:：>]|"
    r"^(?:首页|Home|HOME|home)\s*(?:[>»＞›/]|&gt;)|^扫一扫在手机|^扫码在手机|^【字体|^\[?字号",
)
# A list's or a multi-page article's pager as a line of its own: 共30条记录 当前第1/2页 首页 上一页
# 1 2 3 下一页 尾页 跳转到 页, 'First Prev 1 2 Next Last Page 1 of 5'; never a paragraph.
_PAGER_TOKENS = (
    r"共\s*\d+\s*(?:页|条(?:记录|信息|数据)?|篇)|当前第?\s*\d+\s*(?:/\s*\d+\s*)?页|第\s*\d+\s*(?:/\s*\d+\s*)?页|"
    r"每页\s*\d+\s*条|首页|上一?页|下一?页|尾页|末页|前页|后页|跳转(?:到|至)?|转到|到第|页|确定|GO|\d{1,4}(?!\d)|\.\.\.|…|"
    r"[<>«»‹›]+(?![<>«»‹›])|"
    r"First|Prev(?:ious)?|Next|Last|Page\s+\d+\s+of\s+\d+|Total\s+\d+\s+(?:pages|records|items)"
)
PAGER_LINE = re.compile(
    r"^(?:(?:" + _PAGER_TOKENS + r")\s*(?:[:：,，|｜/]\s*)?)+$", re.I)  # (one way to read a line: no backtracking blow-up)
# (a line of numbers alone is a count or a year, not a pager: a pager names itself)
_PAGER_WORD = re.compile(r"共\s*\d+\s*页|当前第|尾页|末页|上一?页|下一?页|Page\s+\d+\s+of|\bPrev|\bNext\b|\bLast\b", re.I)
EDITOR_LINE = re.compile(
    r"^[（(\[【]?\s*(?:责任编辑|责编|(?<![\w])编辑|Editor|Edited by)\s*[:：]\s*(?P<name>[^)）\]】]{1,30}?)\s*[)）\]】]?$",
    re.I)
# A line of credits after the text, one role after another ('（文/张三 图/李四 审核：王五 编辑：赵六）',
# '编辑：张三　审核：李四', '摄影 李四 责任编辑 王五'), at least one an editor's: the page's, not the article's.
_ROLE = r"(?:责任编辑|责编|编辑|审核|审校|校对|初审|复审|终审|审签|签发|文字|图片|摄影|视频|供稿|撰稿|文|图|摄)"
_CREDIT_NAME = r"[^\s:：/（()）\[\]【】，。,;；]{1,12}"
CREDIT_LINE = re.compile(
    r"^[（(\[【]?\s*(?:" + _ROLE + r"(?:\s*[:：/|｜]\s*|\s+)" + _CREDIT_NAME + r"\s*[|｜,，;；]?\s*){2,8}[)）\]】]?$")
# The credit that names the page's editor: an editor's role if the line has one, else a reviewer's.
_EDITOR_CREDIT = re.compile(r"(?:责任编辑|责编|(?<!责任)编辑)\s*[:：/]?\s*(?P<name>" + _CREDIT_NAME + ")")
_EDITOR_ROLE = re.compile(r"(?:责任编辑|责编|审核|审校|校对|初审|复审|终审|审签|签发|(?<!责任)编辑)\s*[:：/]?\s*"
                          r"(?P<name>" + _CREDIT_NAME + ")")
MAX_CREDIT_LINE = 60
EDITOR_TAIL = re.compile(r"[（(\[【]\s*(?:责任编辑|责编)\s*[:：]\s*(?P<name>[^)）\]】]{1,30}?)\s*[)）\]】]\s*$")
BYLINE = re.compile(
    r"^By\s+(?P<author>[^|()]{2,80}?)\s*(?:\||\()\s*(?P<source>China\s*Daily|chinadaily\.com\.cn)\b", re.I)
# Short lines of page metadata ('发布时间：… 来源：…', 'Updated: …'): read elsewhere, not body text.
META_LINE = re.compile(
    r"(?:来源|发布时间|发布日期|发表时间|发表日期|更新时间|时间|日期|作者|浏览次数|点击数|点击量|阅读次数|访问量|"
    r"Source|Updated|Date|Published)\s*[:：]", re.I)
_CAPTION_HINT = re.compile(r"caption|pic|img|photo|image|note|tuzhu|title", re.I)
_CAPTION_START = re.compile(r"^(?:图为|图[:：]|▲|△|\(图|（图|Photo:|Picture:)")
# A link to a file: by its address (CMS download scripts put the name in a parameter,
# downfile.jsp?filename=X.pdf&…) or, failing that, by the file name it shows.
_FILE_EXT = r"\.(?:pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|txt|csv)"
ATTACHMENT = re.compile(_FILE_EXT + r"(?:$|[?#&])", re.I)
ATTACHMENT_NAME = re.compile(_FILE_EXT + r"\s*$", re.I)
MAX_META_LINE = 80
MAX_PAGER_LINE = 200
_CELLS = ("td", "th")
MAX_CAPTION = 80


def text_length(el: Tag) -> int:
    return len(re.sub(r"\s+", "", el.get_text()))


def attr_text(el: Tag) -> str:
    """An element's id and classes as one string, for matching furniture names."""
    classes = el.get("class")
    classes = " ".join(classes) if isinstance(classes, list) else (classes or "")
    return f"{el.get('id') or ''} {classes}".strip()


def is_chrome_element(el: Tag) -> bool:
    return bool(CHROME_ATTR.search(attr_text(el)))


@dataclass
class Block:
    text: str
    link_chars: int = 0
    images: list[str] = field(default_factory=list)
    element: Tag | None = None
    kind: str = "text"


@dataclass
class Body:
    paragraphs: list[Paragraph]
    images: list[dict[str, str]]
    attachments: list[dict[str, str]]
    editor: str | None = None
    author: str | None = None
    source: str | None = None


def _centered(el: Tag | None) -> bool:
    for node in (el, el.parent if el is not None else None):
        if isinstance(node, Tag):
            if node.name == "center" or str(node.get("align", "")).lower() == "center":
                return True
            if re.search(r"text-align\s*:\s*center", str(node.get("style", "")), re.I):
                return True
    return False


def _is_data_table(table: Tag) -> bool:
    """A grid of short cells; a table holding the whole article is page layout, read as blocks."""
    if _tags(table, ("table",)):
        return False
    rows = _tags(table, ("tr",))
    if len(rows) < 2 or max(len(_tags(r, _CELLS)) for r in rows) < 2:
        return False
    if all(text_length(cell) <= 300 for cell in _tags(table, _CELLS)):
        return True
    # Rows of a short label and its value (a penalty notice's 违法违规事实 runs long): still data.
    pairs = [cells for cells in ([c for c in r.children if isinstance(c, Tag) and c.name in _CELLS] for r in rows)
             if cells]
    return len(pairs) >= 2 and all(len(cells) == 2 and text_length(cells[0]) <= 30 for cells in pairs)


def _tags(el: Tag, names: tuple[str, ...]) -> list[Tag]:
    """Descendant tags with one of these names, in document order (find_all without its matching
    machinery, which cost a third of the paragraph reading)."""
    return [t for t in el.descendants if isinstance(t, Tag) and t.name in names]


class _Collector:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.images: list[str] = []
        self.block_el: Tag | None = None

    def flush(self) -> None:
        text = clean_text("".join(self.parts))
        if text or self.images:
            self.blocks.append(Block(text, self.link_chars, self.images, self.block_el))
        self.parts, self.link_chars, self.images = [], 0, []

    def table(self, table: Tag) -> None:
        """A data table: one paragraph per row, cells joined by a tab."""
        self.flush()
        for row in _tags(table, ("tr",)):
            cells = [clean_text(c.get_text(" ")) for c in _tags(row, _CELLS)]
            text = "\t".join(c for c in cells if c)
            if text:
                self.blocks.append(Block(text, 0, [], row, kind="table_row"))

    def walk(self, node: Tag, in_link: bool = False) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, NON_TEXT):
                    self.parts.append(str(child))
                    if in_link:
                        self.link_chars += len(child.strip())
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in SKIP_TAGS or is_chrome_element(child):
                continue
            if name == "br":
                self.flush()
            elif name == "img":
                src = child.get("src") or child.get("data-src")
                if isinstance(src, str) and src.strip() and not src.startswith("data:"):
                    self.images.append(urljoin(self.base_url, src.strip()))
            elif name == "table" and _is_data_table(child):
                self.table(child)
            elif name in BLOCK_TAGS:
                self.flush()
                outer, self.block_el = self.block_el, child
                self.walk(child, in_link)
                self.flush()
                self.block_el = outer
            else:
                self.walk(child, in_link or name == "a")


def _attachments(container: Tag, base_url: str) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    seen: set[str] = set()
    for a in _tags(container, ("a",)):
        if a.get("href") is None:
            continue
        href = a["href"] if isinstance(a["href"], str) else ""
        add_attachment(found, seen, href, a.get_text(), base_url)
    return found


def add_attachment(found: list[dict[str, str]], seen: set[str], href: str, text: str, base_url: str) -> None:
    """Append the link to `found` when it is a file not seen before."""
    name = clean_text(text)
    if not href.strip() or href.strip().lower().startswith(("javascript:", "mailto:", "#")):
        return
    if ATTACHMENT.search(href) or ATTACHMENT_NAME.search(name):
        url = urljoin(base_url, href.strip())
        if url not in seen:
            seen.add(url)
            found.append({"url": url, "name": name or url.rsplit("/", 1)[-1]})


def read_body(container: Tag, base_url: str, title: str = "", tables: list[Tag] | None = None) -> Body:
    """The paragraphs of a body container (the site's `drop` rules already applied to it), then
    the rows of data tables that continue it outside the container (`generic.following_tables`)."""
    attachments = _attachments(container, base_url)
    collector = _Collector(base_url)
    collector.block_el = container
    collector.walk(container)
    collector.flush()
    for table in tables or []:
        attachments += [a for a in _attachments(table, base_url) if a["url"] not in {b["url"] for b in attachments}]
        collector.table(table)
    return _finish(collector.blocks, title, attachments)


def _finish(blocks: list[Block], title: str, attachments: list[dict[str, str]]) -> Body:
    body = Body([], [], attachments)
    pending_image: dict[str, str] | None = None
    for i, block in enumerate(blocks):
        text = block.text
        if block.kind == "table_row":
            body.paragraphs.append(Paragraph(text, "table_row"))
            continue
        if text:
            match = EDITOR_LINE.match(text) if len(text) <= 40 else None
            if match:
                body.editor = clean_text(match.group("name"))
                continue
            credits = _EDITOR_ROLE.search(text) if len(text) <= MAX_CREDIT_LINE and CREDIT_LINE.match(text) else None
            if credits:
                editor = _EDITOR_CREDIT.search(text)
                body.editor = clean_text((editor or credits).group("name"))
                continue
            tail = EDITOR_TAIL.search(text)
            if tail:
                body.editor = clean_text(tail.group("name"))
                text = text[: tail.start()].rstrip()
            byline = BYLINE.match(text) if len(text) <= MAX_META_LINE else None
            if byline:
                body.author = clean_text(byline.group("author"))
                body.source = "China Daily"
                continue
            if _is_chrome(text, title, block, i):
                continue
        for src in block.images:
            pending_image = {"src": src, "caption": ""}
            body.images.append(pending_image)
        if not text:
            continue
        if block.images and len(text) <= MAX_CAPTION or pending_image is not None and not block.images and _looks_like_caption(block):
            if pending_image is not None:
                pending_image["caption"] = text
            body.paragraphs.append(Paragraph(text, "caption"))
        else:
            body.paragraphs.append(Paragraph(text, "text"))
        pending_image = None
    _drop_site_notices(body)
    return body


# The site's notices that templates set at the end of the article's box: a disclaimer, a
# copyright line, the site's contact block (联系我们 then 地址/电话/邮编). What says it is one (an
# anchor) starts the run dropped; the contact lines go only with an anchor above them, as a
# notice's own 联系电话 at its end is the article's.
_NOTICE_ANCHOR = re.compile(
    r"^[【\[]?\s*(?:版权与免责声明|版权声明|免责声明|网站声明|法律声明|隐私声明|联系我们|关于我们)\s*[】\]]?\s*[:：]?|"
    r"版权所有|版权归|不得(?:转载|复制|镜像)|未经.{0,10}(?:授权|许可|同意).{0,20}(?:转载|使用|复制|摘编)|"
    r"转载.{0,12}注明|并不代表本网|仅供参考.{0,20}(?:核实|风险)|Copyright|All rights reserved|ICP备|公网安备", re.I)
_CONTACT_LINE = re.compile(
    r"^(?:(?:联系)?地址|(?:联系)?电话|邮编|邮政编码|传真|电子邮箱|邮箱|E-?mail|网址)\s*[:：]", re.I)
MAX_NOTICE_LINE = 200


def _drop_site_notices(body: Body) -> None:
    paragraphs = body.paragraphs
    start = None
    for i in range(len(paragraphs) - 1, 0, -1):  # never the first: an article about copyright stays
        text = paragraphs[i].text
        if paragraphs[i].kind != "text" or len(text) > MAX_NOTICE_LINE:
            break
        if _NOTICE_ANCHOR.search(text):
            start = i
        elif not _CONTACT_LINE.match(text):
            break
    if start is not None:
        del paragraphs[start:]


def _looks_like_caption(block: Block) -> bool:
    el = block.element
    if len(block.text) > MAX_CAPTION:
        return False
    if el is not None and el.name == "figcaption":
        return True
    hint = attr_text(el) if el is not None else ""
    return _centered(el) or bool(_CAPTION_HINT.search(hint)) or bool(_CAPTION_START.match(block.text))


def _is_chrome(text: str, title: str, block: Block, index: int) -> bool:
    if CHROME_LINE.match(text) or CHROME_PREFIX.match(text):
        return True
    if len(text) <= MAX_PAGER_LINE and PAGER_LINE.match(text) and _PAGER_WORD.search(text):
        return True
    if len(text) <= MAX_FOLLOW_LINE and (FOLLOW_LINE.match(text) or LIST_HEADING.match(text)):
        return True
    if block.link_chars and len(text) <= MAX_META_LINE and _dated_link(text, block.link_chars):
        return True  # an entry of a list of other articles: its headline and its date
    if block.link_chars and block.link_chars >= 0.6 * len(text.replace(" ", "")):
        return True  # a line of links: navigation, related news, share buttons
    if title and index < 5 and clean_text(text) == title:
        return True
    if title and index < HEAD_LINES and _title_and_date_line(clean_text(text), title):
        return True  # the heading the title was taken from, with its date line: never a paragraph
    if len(text) <= MAX_META_LINE and bool(META_LINE.search(text)) and _has_meta_shape(text):
        return True
    return index < HEAD_LINES and _is_date_line(text)


# The heading of a list of other articles that a template sets under the text.
LIST_HEADING = re.compile(
    r"^[【\[]?\s*(?:延伸阅读|相关阅读|相关新闻|相关文章|相关链接|推荐阅读|热点推荐|热门推荐|猜你喜欢|更多精彩|往期回顾|热点排行|"
    r"热门文章|最新文章|精彩推荐)\s*[】\]]?\s*[:：]?$")


def _beside_first_date(text: str) -> str | None:
    """The line without its first date; None where it holds no date."""
    from crawler.extract.dates import find_dates

    found = find_dates(text)
    return text[: found[0].start] + text[found[0].end:] if found else None


def _dated_link(text: str, link_chars: int) -> bool:
    """A line that is a link and a date beside it, nothing more ('某某新闻标题 2010年10月31日')."""
    rest = _beside_first_date(text)
    return rest is not None and len(re.sub(r"[\s()（）\[\]【】|｜·•]", "", rest)) - link_chars <= 2


# The body's first lines may repeat the page's byline or date line ('本报记者 甲 乙 2009-5-8 某某晚报',
# '2011年3月4日'): a short line holding a date and no sentence is metadata, read by fields.py.
HEAD_LINES = 3
MAX_DATE_LINE = 60
_SENTENCE = re.compile(r"[，。；！？,;!?]")


def _is_date_line(text: str) -> bool:
    if len(text) > MAX_DATE_LINE:
        return False
    rest = _beside_first_date(text)
    return rest is not None and not _SENTENCE.search(rest)


def _title_and_date_line(text: str, title: str) -> bool:
    """'Title January 1, 2012, 08:01 Source: SHINE': the title, then a short line that holds a date."""
    from crawler.extract.dates import find_dates

    rest = text[len(title):] if text.startswith(title) else ""
    return 0 < len(rest) <= MAX_DATE_LINE and bool(find_dates(rest))


def _has_meta_shape(text: str) -> bool:
    from crawler.extract.dates import find_dates

    # A metadata line is labels and values, not a sentence: no full stop, and a date or a source.
    return "。" not in text and (bool(find_dates(text)) or text.lstrip("【[（( ").startswith(("来源", "Source", "作者")))
