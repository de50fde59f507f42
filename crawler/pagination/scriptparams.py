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
A URL string on the API's path is read in any quoting, its values percent-decoded
(`"/fjdzapp/search?classsql=chnlid%3D41077&prepage=2"`); the JSON of a `JSON.parse('…')` string
literal is an object the script writes; and objects merged into the call's data (`$.extend({},
defaults, params)`, `Object.assign`, `{...a, ...b}`) give the later object's values.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlsplit

__all__ = ["JS_CONCAT", "call_params", "js_string", "pairs", "query_pairs", "template_values"]

_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.S | re.I)
_TAG = re.compile(r"<[A-Za-z][^<>]*>")
# `key: value`, `"key": value`, `key = value` (not `==`), `var key = value`, `a.key = value`.
_PAIR = re.compile(r"""
    (?<![\w$])(['"]?)([A-Za-z_$][\w$]*)\1\s*(?::|=(?![=>]))\s*
    (?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|(-?\d+(?:\.\d+)?|true|false)(?![\w$.]))
    (?!\s*[+\[(.])  # a string the script goes on to compute with is not the value
    """, re.X)
# A URL's query inside a string or an attribute: `?a=1&b=2` up to the closing quote.
_QUERY = re.compile(r"""\?([^\s"'`<>#?]*=[^\s"'`<>#]*)""")
# A URL a script builds by concatenation (`"…&pageIndex=" + pageIndex + "&catId=…"`) reads as one
# literal with the variable left out.
JS_CONCAT = re.compile(r"""['"]\s*\+\s*[\w$.]+(?:\([^()]*\))?\s*\+\s*['"]""")
# An object handed over as the request's parameters (`data: {…}`, `params: {…}`).
# What it is may be an object literal, a variable holding one, or several merged (`$.extend({},
# defaults, params)`, `Object.assign(…)`, `{...defaults, ...params}`): later ones override earlier.
_DATA = re.compile(r"(?<![\w$])['\"]?(?:data|params|param|postData|formData)['\"]?\s*:\s*(?=[{\w$])")
_MERGE = re.compile(r"(?:[A-Za-z_$][\w$]*\s*\.\s*)+(?:extend|assign|merge)\s*\(")
_IDENT = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?![\w$(\[])")


def _unescape(value: str) -> str:
    return html.unescape(re.sub(r"\\(.)", r"\1", value))


_JS_ESCAPE = re.compile(r"\\(u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[\s\S])")
_JS_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def js_string(body: str) -> str:
    """The value of a JavaScript string literal's body (its quotes excluded): `\\'`, `\\"`, `\\u0026`,
    `\\x3D`, `\\/` and the like read as the characters they stand for."""
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:].strip("{}"), 16))
        return _JS_SIMPLE.get(code, code)
    return _JS_ESCAPE.sub(one, body)


# `JSON.parse('{"catId":"6711093",…}')`: the string's JSON is an object the script writes.
_JSON_PARSE = re.compile(r"""JSON\.parse\(\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`)\s*\)""")


def _parsed_json(script: str) -> str:
    """The script with each `JSON.parse('…')` of a string literal replaced by the JSON it parses."""
    def one(match: re.Match[str]) -> str:
        body = next(g for g in match.groups() if g is not None)
        text = js_string(body).strip()
        return text if text.startswith(("{", "[")) else match.group(0)
    return _JSON_PARSE.sub(one, script)


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
        # percent-encoded and `+` values decode (`classsql=chnlid%3D41077`), `&amp;` and `\\u0026` too
        query = html.unescape(js_string(match.group(1)) if "\\" in match.group(1) else match.group(1))
        for name, value in parse_qsl(query, keep_blank_values=True):
            if re.fullmatch(r"[A-Za-z_$][\w$]*", name):
                found.setdefault(name, value)
    return found


def _balanced(text: str, start: int, pair: str = "{}") -> str:
    """The text of the object whose `{` (or the opening of `pair`) is at `start`, up to its match."""
    depth = 0
    for at in range(start, len(text)):
        if text[at] == pair[0]:
            depth += 1
        elif text[at] == pair[1]:
            depth -= 1
            if depth == 0:
                return text[start:at + 1]
    return text[start:]


def _top_level(text: str) -> list[str]:
    """`text` split at its commas outside brackets and strings (a call's arguments, an object's entries)."""
    parts, depth, at, quote, last = [], 0, 0, "", 0
    while at < len(text):
        char = text[at]
        if quote:
            if char == "\\":
                at += 1
            elif char == quote:
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(text[last:at])
            last = at + 1
        at += 1
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


def _object_at(script: str, text: str, depth: int = 0) -> dict[str, str] | None:
    """The literal values of the object the expression at the start of `text` stands for: an object
    literal (with `...spread` entries), a merge call (`$.extend`, `Object.assign`) of several, or
    a variable the script assigns one of those; later objects override earlier ones. None where
    it is not an object the script writes."""
    if depth > 6:
        return None
    if text.startswith("{"):
        body = _balanced(text, 0)
        entries = _top_level(body[1:-1])
        if not any(e.startswith("...") for e in entries):
            return pairs(body)
        merged: dict[str, str] = {}
        for entry in entries:
            merged.update((_object_at(script, entry[3:].strip(), depth + 1) or {}) if entry.startswith("...")
                          else pairs("{" + entry + "}"))
        return merged
    call = _MERGE.match(text)
    if call:
        merged = {}
        for arg in _top_level(_balanced(text, call.end() - 1, "()")[1:-1]):
            merged.update(_object_at(script, arg, depth + 1) or {})  # `true` (deep), `{}`: nothing
        return merged
    name = _IDENT.match(text)
    if name and name.group(0) not in ("true", "false", "null", "undefined", "this"):
        for assign in re.finditer(rf"(?<![\w$.]){re.escape(name.group(0))}\s*=(?![=>])\s*", script):
            found = _object_at(script, script[assign.end():], depth + 1)
            if found is not None:
                return found
    return None


def call_params(text: str, api_url: str, names: set[str] | frozenset[str] = frozenset()
                ) -> tuple[dict[str, str], dict[str, str]]:
    """The parameters the page gives its call of `api_url`, in the order the page writes them:
    (every name the call's scripts give a literal, those the call sends).

    The scripts and tags that name the API's path are read, else the scripts that write one of
    `names` as a key; the first value of each name wins. What the call sends is its URL's query
    and its `data: {…}` object where the page writes them, else every literal of its scripts.
    """
    path = urlsplit(api_url).path.split("{", 1)[0].rstrip("?") if api_url else ""
    text = JS_CONCAT.sub("", text)
    scripts = [_parsed_json(s) for s in _SCRIPT.findall(text) if s.strip()]
    scope = [s for s in scripts if len(path) > 1 and path in s]
    tags = [t for t in _TAG.findall(_SCRIPT.sub("", text)) if len(path) > 1 and path in t]
    if not scope and names:
        keys = re.compile(r"(?<![\w$])['\"]?(?:" + "|".join(map(re.escape, sorted(names))) + r")['\"]?\s*(?::|=(?![=>]))")
        scope = [s for s in scripts if keys.search(s)]
    every: dict[str, str] = {}
    sent: dict[str, str] = {}
    for script in scope:
        objects = [o for m in _DATA.finditer(script) if (o := _object_at(script, script[m.end():])) is not None]
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


_HOLE = re.compile(r"\{(\w+)\}")


def template_values(template: str, value: str) -> dict[str, str]:
    """The placeholders of `template` as `value` fills them: the page gives a templated parameter
    whole (`classsql=chnlid%3D41077` against `chnlid={chnlid}` gives chnlid 41077); {} where
    `value` is not of the template's form."""
    names = _HOLE.findall(template)
    if not names or len(set(names)) != len(names):
        return {}
    pattern = "".join(f"(?P<{p}>.+?)" if i % 2 else re.escape(p) for i, p in enumerate(_HOLE.split(template)))
    match = re.fullmatch(pattern, value, re.S)
    return {k: v for k, v in match.groupdict().items() if v.strip()} if match else {}
