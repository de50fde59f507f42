"""What a title is not: the article's own date line, source line and page controls, and the site's name.

Templates nest the date line and the font-size controls inside the heading (Shanghai's
`h2.Article-title` holds `small.Article-time` with the date and `<span>来源：…</span>`, then
字号 大 中 小), and put the site's name on either side of the title in <title>. A title is the
heading's own text; whatever selected it, these are cut off again here.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract import dates
from crawler.extract.normalize import TITLE_SEPARATORS, clean_text, title_parts
from crawler.extract.tree import get_text

__all__ = ["COLUMN_METAS", "FOOT_LINE_CHARS", "MAX_COLUMN_CHARS", "MAX_COLUMN_LATIN", "MIN_TITLE_CHARS", "SITE_NAME_METAS",
           "column_names", "column_split", "heading_lines", "heading_text", "host_names", "is_site_name",
           "is_strong_site_name", "main_title", "site_names", "strip_site_name", "truncated_of", "without_furniture"]

# Labels of the lines under a title, a colon (or a look-alike, folded) after each: those a date
# follows, and those a short name or number follows.
_DATE_LABEL = (r"(?:发布(?:时间|日期)|发表(?:时间|日期)|更新(?:时间|日期)|发文日期|成文日期|时间|日期"
               r"|Date|Published|Updated|Posted)")
_NAME_LABEL = (r"(?:来源|来自|稿源|出处|作者|撰稿|编辑|责任编辑|责编|发布机构|发布者|发文机关|浏览(?:次数|量)?|点击(?:数|量|率)?"
               r"|阅读(?:数|量|次数)?|访问(?:量|次数)|Source|Author|Editor|Views?|By)")
_LABEL = rf"(?:{_DATE_LABEL}|{_NAME_LABEL})"
# Page controls: the font-size switch (a label, its sizes or both: 字号：大 中 小, Font size: A+ A A-,
# 【大 中 小】, T T T), print, close, share, favourites (bracketed or bare). Text is folded first
# (dates.fold), so every colon and dash look-alike is ':' and '-' here.
_SIZE_LABEL = (r"(?:字号|字体大小|字体|文字大小|字号大小|Font[\s-]*size|Text[\s-]*size)\s*:?"
               r"|(?:文字|Font)\s*:")
_CSEP = r"[\s|｜/·•]"
_ZH_SIZE = r"(?:特大|[大中小](?:号|字)?|默认|放大|缩小|还原)"
_A_SIZE = r"A[+＋-]?"
_EN_SIZE = r"(?:Larger|Smaller|Bigger|Large|Medium|Small|Big|Normal|Default|Reset)"
_SIZE = rf"(?:[【\[(（]\s*)?(?:{_ZH_SIZE}|{_A_SIZE}|T|{_EN_SIZE})(?:\s*[】\])）])?"
# A switch without its label: 大 中 小 (spaced), A+ A A- (a sign among them), T T T. A word may
# follow a control directly only where it is another control (zh text loses the spaces: 'A+AA-打印').
_SIZE_GROUP = (rf"{_ZH_SIZE}(?:{_CSEP}+{_ZH_SIZE}){{1,3}}"
               rf"|(?=[A\s|/]{{0,6}}[+＋-])A[+＋-]?(?:{_CSEP}*A[+＋-]?){{1,2}}"
               rf"|T(?:{_CSEP}+T){{1,2}}")
_CONTROL_WORD = (r"(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页|页面)?|收藏(?:本页)?|分享(?:到)?|返回(?:顶部|首页)?|繁体|简体"
                 r"|默认|[大中小](?:号|字)?|Print(?:\s+(?:this\s+)?page)?|Close(?:\s+(?:this\s+)?(?:window|page))?"
                 r"|Share(?:\s+(?:to|this))?|E-?mail|Bookmark|Favou?rites?|Back\s+to\s+top|Font\s*size|A\+|A-|Larger|Smaller|Default)")

_NEXT = rf"{_CONTROL_WORD}|{_SIZE_LABEL}|{_SIZE_GROUP}"


def _controls(word_start: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:[【\[(（]\s*)?(?:{_SIZE_LABEL})(?:{_CSEP}*{_SIZE}){{0,4}}(?:\s*[】\])）](?!\w))?"
        rf"|[【\[(（]\s*(?:{_SIZE_GROUP}|{_CONTROL_WORD})\s*[】\])）]"
        rf"|{word_start}(?:{_SIZE_GROUP})(?!(?!{_NEXT})[\w+＋-])"
        rf"|{word_start}(?:{_CONTROL_WORD})(?!(?!{_NEXT})\w)", re.I)


# Where a line of controls may start (not inside a word: '3D打印'), and the next control of one
# already begun (right after another: 'PrintA+AA-', as zh text loses the spaces).
_CONTROLS = _controls(r"(?<![\w&+])")
_NEXT_CONTROL = _controls("")
_LABELLED = re.compile(rf"{_LABEL}\s*:\s*", re.I)
_DATE_LABELLED = re.compile(rf"{_DATE_LABEL}\s*:\s*", re.I)
_NAME_LABELLED = re.compile(rf"{_NAME_LABEL}\s*:\s*", re.I)
# A name's value runs to the next item (another label, a control, the end), short and no sentence.
_NAME_VALUE = re.compile(rf"[^，。！？；:,!?;]{{0,30}}?\s*(?={_LABEL}\s*:|{_SIZE_LABEL}|[【\[]|$)", re.I)
# What alone shows a line of page controls: a size label, a bracket, a size switch ('A+ A A-');
# a bare '打印' ends '3D打印' as a title word, so single words count only two or more together.
_EVIDENCE_CONTROL = re.compile(rf"^(?:{_SIZE_LABEL}|[【\[(（]|(?:{_SIZE_GROUP})$)", re.I)
_GAP = re.compile(r"[\s|｜/·•_\-—–,，;；]+")
# A document number set under the title ('某政发〔2024〕12号', '某政办发[2024]3号'): the document's
# record, not its title. Bare only: '…的通知（国办发〔2024〕12号）' keeps it as the title's part.
_DOC_NUMBER = re.compile(r"(?<![\u3400-\u9fff])[\u3400-\u9fff]{1,10}\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号")
_DATE_PATTERNS = (dates.DATE_RE, dates.EN_DATE_RE, dates.US_DATE_RE)
# A time after a comma that the date patterns leave out (text folded: every colon look-alike is ':').
_TIME_AFTER = re.compile(r"\s*,\s*\d{1,2}\s*:\s*\d\d(?:\s*:\s*\d\d)?(?!\d)")
MIN_TITLE_CHARS = 4


def _date_at(text: str, pos: int) -> re.Match[str] | None:
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text, pos)
        if match:
            return match
    return None


def _furniture(text: str, day: str | None = None, source: str | None = None) -> bool:
    """`text` is nothing but date, labelled and control items, with at least one that shows it is
    a date or source line: a label, a font-size label or switch, a bracketed control, two controls
    or more, any date (day None), or the article's own day or source (day given)."""
    text = dates.fold(text)
    pos, evidence, controls = 0, False, 0
    while True:
        gap = _GAP.match(text, pos)
        pos = gap.end() if gap else pos
        if pos >= len(text):
            return evidence
        match = _date_at(text, pos)
        if match:
            found = dates.find_dates(match.group(0))
            evidence = evidence or day is None or bool(found and found[0].iso[:10] == day[:10])
            time = _TIME_AFTER.match(text, match.end())  # '2012-01-01, 08:01': the date's own time
            pos = time.end() if time else match.end()
            continue
        match = _DOC_NUMBER.match(text, pos)
        if match:
            pos, evidence = match.end(), True
            continue
        if source and text.startswith(source, pos):
            pos, evidence = pos + len(source), True
            continue
        match = _DATE_LABELLED.match(text, pos)
        labelled = _date_at(text, match.end()) if match else None
        if labelled:
            time = _TIME_AFTER.match(text, labelled.end())
            pos, evidence = (time or labelled).end(), True
            continue
        match = _NAME_LABELLED.match(text, pos)
        value = _NAME_VALUE.match(text, match.end()) if match else None
        if value:
            pos, evidence = value.end(), True
            continue
        match = (_NEXT_CONTROL if controls else _CONTROLS).match(text, pos)
        if match and match.end() > pos:
            controls += 1
            evidence = evidence or controls > 1 or bool(_EVIDENCE_CONTROL.match(match.group(0)))
            pos = match.end()
            continue
        return False


def without_furniture(title: str, day: str | None = None, source: str | None = None) -> str:
    """The title less a tail that is the article's date line, source line or page controls
    ('标题 2026-11-19 来源：解放日报字号：大 中 小' -> '标题'). A date alone ends the title only when
    it is the article's own day (`day`): '…公告 2024年3月1日' of another day stays. A tail of
    controls cut shows what stood before them ('… Jan 1, 2015 Source: Shanghai Daily Print | Share'),
    so the title left is read again."""
    if not title:
        return title
    folded = dates.fold(title)
    starts = sorted({m.start() for p in _DATE_PATTERNS for m in p.finditer(folded)}
                    | {m.start() for m in _LABELLED.finditer(folded)}
                    | {m.start() for m in _CONTROLS.finditer(folded)}
                    | {m.start() for m in _DOC_NUMBER.finditer(folded)}
                    | ({m.start() for m in re.finditer(re.escape(source), folded)} if source else set()))
    for start in starts:
        head = title[:start].rstrip(" \t\u3000|｜/·•_-—–,，;；(（【[")
        if len(head) >= MIN_TITLE_CHARS and _furniture(folded[start:], day or "", source):
            return without_furniture(head, day, source)
    return title


# Children that start a line of their own inside a heading: a kicker (引题) above the main title,
# a subtitle (副题) under it, each a block of its own or after a <br>.
_LINE_TAGS = frozenset({"br", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "dl", "dt", "dd"})
# A subtitle's opening dash ('——某某市2024年工作综述'), on its line or after the main title.
_SUBTITLE = re.compile(r"^\s*(?:——|—|--|－－)")


_LINE_START = "\x00"  # where `_heading_parts` marks a line's start (no page text holds it)


def _heading_parts(el: etree._Element) -> list[str]:
    """A heading's own text, piece by piece (no element nested in it that holds a date line, a
    source line or page controls: any date counts there, the markup sets them apart), with
    `_LINE_START` where a <br> or a block child starts a line (a kicker, the main title, a subtitle)."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                line = child.tag in _LINE_TAGS
                text = clean_text(get_text(child, " "))
                own = clean_text("".join(parts).replace(_LINE_START, ""))
                if line:
                    parts.append(_LINE_START)
                if not (len(own) >= MIN_TITLE_CHARS and text and _furniture(text)):
                    walk(child)
                if line:
                    parts.append(_LINE_START)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return parts


def heading_text(el: etree._Element) -> str:
    """A heading's own text: without the elements nested in it that hold a date line, a source
    line or page controls."""
    return "".join(_heading_parts(el)).replace(_LINE_START, "")


def heading_lines(el: etree._Element) -> list[str]:
    """A heading's own text (as `heading_text`) line by line: split where a <br> or a block child
    starts a line (a kicker, the main title, a subtitle)."""
    return [line for line in (clean_text(p) for p in "".join(_heading_parts(el)).split(_LINE_START)) if line]


def main_title(lines: list[str], confirmed: list[str]) -> str | None:
    """The main title among a heading's lines: the line another source of the title (<title>,
    the ArticleTitle meta) names, or the start of a line before a subtitle's dash; else, on a
    heading of several lines, the lines less the subtitles ('——…'). None where nothing changes."""
    for title in confirmed:
        if len(title) < MIN_TITLE_CHARS:
            continue
        for line in lines:
            if line == title:
                return title if len(lines) > 1 else None
            if line.startswith(title) and _SUBTITLE.match(line[len(title):]):
                return title
    kept = [line for i, line in enumerate(lines) if not (i and _SUBTITLE.match(line))]
    if len(lines) > 1 and kept != lines:
        return "".join(kept)
    return None


def truncated_of(short: str, full: str) -> bool:
    """`short` is `full` cut short, with or without an ellipsis ('Governor meets f…'): not the
    main title of a `full` that goes on with a subtitle ('标题——副题')."""
    stem = short.rstrip(".…。 ")
    if len(stem) < MIN_TITLE_CHARS or len(full) <= len(stem) or not full.startswith(stem):
        return False
    rest = full[len(stem):]
    if rest.lstrip(" ")[:1] in ("-", "_", "|", "｜", "－"):  # another part after a separator ('标题-政务动态'), not a cut
        return False
    folded = dates.fold(rest)
    if _LABELLED.search(folded) or re.search(r"(?:19|20)\d\d\s*[-/.年]", folded) or any(p.search(folded) for p in _DATE_PATTERNS):
        return False  # the date or source line after the title, not more of it
    rest = full[len(stem):]
    return stem != short or not _SUBTITLE.match(rest)


# What the page's navigation calls its columns: the breadcrumb's and the menus' short links, and
# a ColumnName meta. A <title> part or an ArticleTitle meta equal to one names a column, not the
# article ('标题_政务动态_某某市人民政府').
COLUMN_METAS = ("columnname", "column", "channelname", "catalogname")
MAX_COLUMN_CHARS = 10
MAX_COLUMN_LATIN = 24


def column_names(root: etree._Element, metas: dict[str, str]) -> set[str]:
    names = {clean_text(metas[m]) for m in COLUMN_METAS if metas.get(m)}
    for a in root.iter("a"):
        text = clean_text(get_text(a))
        latin = not re.search(r"[\u3400-\u9fff]", text)
        if 2 <= len(text) <= (MAX_COLUMN_LATIN if latin else MAX_COLUMN_CHARS):
            names.add(text)
    return names


def column_split(part: str, columns: set[str]) -> list[str]:
    """A <title> part that carries a column's name after or before a bare hyphen or a doubled
    dash ('标题-政务动态', '政务动态——标题'), split: the rest, then the column's name. Split only where
    one side is a column's name and the other is not, so a hyphen in a title ('COVID-19') stays."""
    for sep in ("-", "——"):
        head, found, tail = part.partition(sep)
        head, tail = head.strip(_SEPARATOR_CHARS), tail.strip(_SEPARATOR_CHARS)
        if found and head in columns and len(tail) >= MIN_TITLE_CHARS and tail not in columns:
            return [*column_split(tail, columns), head]
        head, found, tail = part.rpartition(sep)
        head, tail = head.strip(_SEPARATOR_CHARS), tail.strip(_SEPARATOR_CHARS)
        if found and tail in columns and len(head) >= MIN_TITLE_CHARS and head not in columns:
            return [*column_split(head, columns), tail]
    return [part]


# -- the site's name ----------------------------------------------------------------------------

# What names a site rather than an article: an agency, a portal, a paper's site.
_NAME_END = re.compile(r"(?:人民政府|政府|门户(?:网站)?|官网|官方网站|网站|网|频道|在线|日报|晚报|新闻|报|办公厅|办公室|委员会|局|厅)$"
                       r"|(?:\.(?:com|cn|net|org|gov)(?:\.cn)?|Government|Portal|Online|Daily|News)$", re.I)
# Endings only an institution's or a portal's name has (a title may end with 网 or 报, seldom these).
_STRONG_NAME_END = re.compile(r"(?:(?:人民政府|政府)(?:网站|网)?|门户(?:网站)?|官网|官方网站|办公厅|办公室|委员会|\.gov\.cn|Government|Portal)$", re.I)


def _name_strength(text: str) -> int:
    return 2 if _STRONG_NAME_END.search(text) else 1 if _NAME_END.search(text) else 0


SITE_NAME_METAS = ("sitename", "og:site_name", "application-name", "apple-mobile-web-app-title")
_LOGO = re.compile(r"logo", re.I)
# The site's own line at the foot of every page names who runs it: '主办：某某市人民政府 版权所有',
# '版权所有：某某省教育厅', 'Copyright © 2008-2026 Example Daily All rights reserved.'
_FOOT_WORD = r"[^\s:：|｜,，;；、()（）]{2,30}"
_HOST_NAME = re.compile(
    rf"(?:主办(?:单位)?|版权所有|主\s*办)\s*[:：]\s*(?P<zh>{_FOOT_WORD}(?:\s+[A-Za-z][\w'’.&-]*){{0,8}})"
    rf"|(?P<zh2>(?:[A-Za-z][\w'’.&-]*\s+){{0,8}}{_FOOT_WORD})\s*版权所有"
    r"|(?:Copyright|版权所有)\s*(?:©|\(c\)|&copy;)?\s*(?:(?:19|20)\d\d\s*(?:[-–—]\s*(?:19|20)\d\d)?\s*)?(?:by\s+)?"
    r"(?P<en>[^\W\d_][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*|\s+(?:of|and|the|for)){0,8})", re.I)
_FOOT_MARK = re.compile(r"版权所有|主\s*办|Copyright|©", re.I)
_FOOT_PROOF = re.compile(r"版权|Copyright|©|ICP[备证]|网站标识码|公网安备", re.I)
FOOT_LINE_CHARS = 300


def host_names(root: etree._Element) -> list[str]:
    """The names the page's own foot line gives its site ('主办：某某市人民政府 版权所有',
    'Copyright © 2008-2026 Example Daily All rights reserved.')."""
    names: list[str] = []
    for el in root.iter("p", "div", "span", "td", "li", "footer"):
        own = "".join(filter(None, [el.text, *(c.tail for c in el)]))
        if not _FOOT_MARK.search(own):
            continue
        line = clean_text(get_text(el, " "))
        parent = el.getparent()
        around = clean_text(get_text(parent, " ")) if parent is not None and parent.tag not in ("body", "html") else line
        if len(line) > FOOT_LINE_CHARS or not _FOOT_PROOF.search(around if len(around) <= 2 * FOOT_LINE_CHARS else line):
            continue  # (a '主办：' in an article's text names an event's host, not the site's)
        for match in _HOST_NAME.finditer(line):
            name = clean_text(match.group("zh") or match.group("zh2") or match.group("en") or "")
            name = re.sub(r"\s+(?:All|Rights?|Reserved|Copyright)\b.*$", "", name, flags=re.I).strip(" .,")
            if len(name) >= 2 and not re.search(r"\d", name) and name not in names:
                names.append(name)
    return names


def site_names(root: etree._Element, metas: dict[str, str], page_title: str = "") -> list[str]:
    """The site's names as the page gives them: SiteName, og:site_name, the logo's alt, the foot
    line ('主办：… 版权所有', `host_names`), and the ends of <title> that name a site ('凯里市人民政府-…', '…-中国科普网')."""
    names = [clean_text(metas[m]) for m in SITE_NAME_METAS if metas.get(m)]
    names.extend(host_names(root))
    for img in root.iter("img"):
        alt = clean_text(img.get("alt") or "")
        if alt and 2 <= len(alt) <= 30 and any(_LOGO.search(" ".join(filter(None, (
                e.get("class"), e.get("id"), e.get("src") if e is img else None)))) for e in (img, *img.iterancestors())
                if isinstance(e.tag, str) and e.tag not in ("body", "html")):
            names.append(alt)
    parts = title_parts(page_title, _NAME_SEPARATORS)
    if len(parts) > 1:
        # One end of <title> names the site: the one that is a name the page gave, else the last
        # (the usual order), else the first ('凯里市人民政府-标题').
        ends = [p for p in (parts[-1], parts[0]) if any(p == n or p.endswith(n) for n in names if len(n) >= 2)]
        if not ends:
            # The end that is not the page's <h1>, then the one that reads most like a name
            # (人民政府 before 网: an agency's name shown in a heading above the article is still
            # its name), then the one not shown on the page by itself.
            ends = [p for p in (parts[-1], parts[0]) if is_site_name(p, [])]
            if len(ends) == 2:  # both read as names: the page's elements decide (a scan of the tree)
                shown = {clean_text(get_text(el)) for el in root.iter("h1", "h2", "h3", "strong", "div", "td", "span")
                         if len(el) <= 3 and clean_text(get_text(el)) in (parts[0], parts[-1])}
                h1s = {clean_text(get_text(el)) for el in root.iter("h1")}
                ends = sorted(ends, key=lambda p: (p in h1s, -_name_strength(p), p in shown))[:1]
        names.extend(ends)
    seen: list[str] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return seen


# Between a title and the site's name a bare hyphen too ('凯里市人民政府-标题'): it is cut only
# where the other side is a name of the site, so a hyphen inside a title ('COVID-19') stays.
# A doubled separator ('保定市人民政府网——标题', '名－－标题') leaves no dash on the title.
_SEPARATOR_CHARS = " \u00a0\u3000-_|｜—－–"
_NAME_SEPARATORS = (*TITLE_SEPARATORS, "-", "——")


def is_strong_site_name(text: str) -> bool:
    """`text` reads as an institution's or a portal's name, whatever the page says
    ('某某市人民政府', '某某省人民政府门户网站', "Example Provincial People's Government")."""
    text = clean_text(text)
    if re.search(r"[\d:]", dates.fold(text)):  # a date or a label's colon: a line, not a name
        return False
    return is_site_name(text, []) and _name_strength(text) == 2


def is_site_name(text: str, names: list[str]) -> bool:
    """`text` is one of the site's names, or reads as a site's name (short, ending like one)."""
    text = clean_text(text)
    if not text:
        return False
    if any(text == n or (len(n) >= 4 and text.endswith(n) and len(text) - len(n) <= 2) for n in names):
        return True
    latin = not re.search(r"[\u3400-\u9fff]", text)
    # English names of governments run long ("Henan Provincial People's Government", 36 letters)
    limit = (60 if _STRONG_NAME_END.search(text) else 30) if latin else 16
    return (len(text) <= limit and bool(_NAME_END.search(text))
            and not re.search(r"[，。：:！？、]" if latin else r"[，。：:！？、\s]", text))


def strip_site_name(title: str, names: list[str]) -> str:
    """The title less the site's name on either side ('凯里市人民政府-标题', '标题-中国科普网'); a
    part that merely reads like a name is cut only when it is one of `names`, or when it reads as
    an institution's or a portal's name (`is_strong_site_name`: '某某市人民政府', '…Government')."""
    changed = True
    while changed:
        changed = False
        for sep in _NAME_SEPARATORS:
            head, found, tail = title.partition(sep)
            tail = tail.lstrip(_SEPARATOR_CHARS)   # what a doubled separator leaves ('名－－标题')
            if found and len(tail) >= MIN_TITLE_CHARS and (head.strip() in names or is_strong_site_name(head)):
                title, changed = tail, True
            head, found, tail = title.rpartition(sep)
            head = head.rstrip(_SEPARATOR_CHARS)
            if found and len(head) >= MIN_TITLE_CHARS and (tail.strip() in names or is_strong_site_name(tail)):
                title, changed = head, True
    return title
