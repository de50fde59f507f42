"""The parameters a column page gives its list API, in whatever syntax its script writes them.

Portals hand their list call its parameters in many spellings: a URL query
(`/site/label/8888?labelName=…&siteId=…&pageSize=8`), assignments (`var chnlid = "38015";`,
`cfg.prepage = 7`), an object literal (Fujian's `var cfg = {url: "/fjdzapp/search",
channelid: "229105", chnlid: "38015", prepage: 7}`, Anhui's `Ls.pagination(…, {data:
{labelName: …, siteId: …, pageSize: 8}})`) or JSON (`{"channelid": "229105"}`). `call_params`
reads them all as one `{name: value}` map, from the parts of the page that belong to the list
call: the scripts and tags that name the API's path first, then the scripts that name one of the
parameters the site's request template uses. Only literal values count (strings, numbers,
booleans); a value the script computes (`"chnlid=" + chnlid`, `page: page`) is not read.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlsplit

__all__ = ["call_params", "pairs", "query_pairs"]

_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.S | re.I)
_TAG = re.compile(r"<[A-Za-z][^<>]*>")
# `key: value`, `"key": value`, `key = value` (not `==`), `var key = value`, `a.key = value`.
_PAIR = re.compile(r"""
    (?<![\w$])(['"]?)([A-Za-z_$][\w$]*)\1\s*(?::|=(?![=>]))\s*
    (?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|(-?\d+(?:\.\d+)?|true|false)(?![\w$.]))
    (?!\s*[+\[(.])  # a string the script goes on to compute with is not the value
    """, re.X)
# A URL's query inside a string or an attribute: `?a=1&b=2` up to the closing quote.
_QUERY = re.compile(r"""\?([^\s"'<>#?]*=[^\s"'<>#]*)""")
# A URL a script builds by concatenation (`"…&pageIndex=" + pageIndex + "&catId=…"`) reads as one
# literal with the variable left out.
_JS_CONCAT = re.compile(r"""['"]\s*\+\s*[\w$.]+(?:\([^()]*\))?\s*\+\s*['"]""")
# An object handed over as the request's parameters (`data: {…}`, `params: {…}`).
_DATA = re.compile(r"(?<![\w$])['\"]?(?:data|params|param|postData|formData)['\"]?\s*:\s*\{")


def _unescape(value: str) -> str:
    return html.unescape(re.sub(r"\\(.)", r"\1", value))


_STRING = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'""")


def _inside_strings(script: str) -> list[tuple[int, int]]:
    """Where the script's string literals lie (their quotes excluded), to skip `a=b` inside a URL."""
    return [(m.start() + 1, m.end() - 1) for m in _STRING.finditer(script)]


def pairs(script: str) -> dict[str, str]:
    """Every `name → literal value` the script assigns or writes in an object, the first of each name."""
    found: dict[str, str] = {}
    strings = _inside_strings(script)
    at = 0
    while match := _PAIR.search(script, at):
        at = match.end()
        if any(a <= match.start() < b for a, b in strings):
            at = match.start() + 1  # text inside a string (`"?a=1"`, `"chnlid=" + x`) is not an assignment
            continue
        name = match.group(2)
        if name in ("var", "let", "const") or name in found:
            continue
        double, single, bare = match.group(3, 4, 5)
        found[name] = _unescape(double if double is not None else single if single is not None else bare)
    return found


def query_pairs(text: str, path: str | None = None) -> dict[str, str]:
    """The query parameters of the URLs written in `text` (those on `path` only, when given)."""
    found: dict[str, str] = {}
    for match in _QUERY.finditer(text):
        if path:
            before = text[max(0, match.start() - len(path) - 200):match.start()]
            if not before.rstrip().endswith(path.rstrip("/")) and path not in before.rsplit(" ", 1)[-1]:
                continue
        for name, value in parse_qsl(html.unescape(match.group(1)), keep_blank_values=True):
            if re.fullmatch(r"[A-Za-z_$][\w$]*", name):
                found.setdefault(name, value)
    return found


def _balanced(text: str, start: int) -> str:
    """The text of the object whose `{` is at `start`, up to its matching `}`."""
    depth = 0
    for at in range(start, len(text)):
        if text[at] == "{":
            depth += 1
        elif text[at] == "}":
            depth -= 1
            if depth == 0:
                return text[start:at + 1]
    return text[start:]


def call_params(text: str, api_url: str, names: set[str] | frozenset[str] = frozenset()
                ) -> tuple[dict[str, str], dict[str, str]]:
    """The parameters the page gives its call of `api_url`, in the order the page writes them:
    (every name the call's scripts give a literal, those the call sends).

    The scripts and tags that name the API's path are read, else the scripts that write one of
    `names` as a key; the first value of each name wins. What the call sends is its URL's query
    and its `data: {…}` object where the page writes them, else every literal of its scripts.
    """
    path = urlsplit(api_url).path.split("{", 1)[0].rstrip("?") if api_url else ""
    text = _JS_CONCAT.sub("", text)
    scripts = [s for s in _SCRIPT.findall(text) if s.strip()]
    scope = [s for s in scripts if len(path) > 1 and path in s]
    tags = [t for t in _TAG.findall(_SCRIPT.sub("", text)) if len(path) > 1 and path in t]
    if not scope and names:
        keys = re.compile(r"(?<![\w$])['\"]?(?:" + "|".join(map(re.escape, sorted(names))) + r")['\"]?\s*(?::|=(?![=>]))")
        scope = [s for s in scripts if keys.search(s)]
    every: dict[str, str] = {}
    sent: dict[str, str] = {}
    for script in scope:
        objects = [pairs(_balanced(script, m.end() - 1)) for m in _DATA.finditer(script)]
        for values in [*objects, query_pairs(script, path or None)]:
            for name, value in values.items():
                sent.setdefault(name, value)
                every.setdefault(name, value)
    for tag in tags:
        for name, value in query_pairs(tag, path).items():
            sent.setdefault(name, value)
            every.setdefault(name, value)
    loose: dict[str, str] = {}
    for script in scope:
        for name, value in pairs(script).items():
            if not path or path not in value:
                loose.setdefault(name, value)
                every.setdefault(name, value)
    return every, (sent or loose)
