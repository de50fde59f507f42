"""List-API parameters read from the column page's script in whatever syntax (issue 19, class 3):
Fujian's `var cfg = {url: "/fjdzapp/search", channelid: …, chnlid: …, prepage: 7}`, Anhui's
`Ls.pagination(…, {data: {labelName: …, siteId: …, pageSize: 8, …}})`, and the same parameters as
a URL query, assignments or JSON, in any order, quoting, spacing and with extra keys. The page's
values and page size win over the configured ones; a column showing another count than an API
page holds walks the API from its page 1. Then the fj-zh and ah-zh mirrors, which serve those
forms, crawled to their last article in several generated forms each."""

from __future__ import annotations

import json
import sqlite3
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.pagination import parse_list
from crawler.pagination.scriptparams import call_params, template_values
from crawler.siteconfig import get_site
from tests.fixtures.mirror import crawl_stats
from tests.support.mirror import serve_row

_SPACE = st.sampled_from(["", " ", "  ", "\n  ", "\t"])
_EXTRA = st.dictionaries(st.sampled_from(["type", "dataType", "cache", "classcol", "sortType", "isDate", "length"]),
                         st.one_of(st.integers(0, 99), st.sampled_from(["POST", "json", "true", "publishyear"])),
                         max_size=3)


@st.composite
def _call_script(draw, params: dict[str, str | int], api: str) -> str:
    """A script handing `api` its `params` in one of the syntaxes portals write."""
    items = list(params.items()) + list(draw(_EXTRA).items())
    items = draw(st.permutations(items))
    quote = draw(st.sampled_from(['"', "'"]))
    sp = draw(_SPACE)

    def value(v: str | int) -> str:
        if isinstance(v, int) and draw(st.booleans()):
            return str(v)
        return f"{quote}{v}{quote}"

    def key(k: str) -> str:
        return draw(st.sampled_from([k, f'"{k}"', f"'{k}'"]))

    def obj(pairs: list) -> str:
        return "{" + sp + f",{sp}".join(f"{key(k)}{sp}:{sp}{value(v)}" for k, v in pairs) + sp + "}"

    form = draw(st.sampled_from(["literal", "ajax", "pagination", "json", "assign", "query"]))
    if form == "literal":
        url = (f"url:{sp}{quote}{api}{quote}",)
        return f"var cfg{sp}={sp}{obj(items)[:-1]},{sp}{url[0]}{sp}}};"
    if form == "ajax":
        return (f"function load(page) {{ $.ajax({{ url: {quote}{api}{quote}, type: 'POST', "
                f"data: {obj(items)[:-1]}, page: page }}, success: function (res) {{ draw(res); }} }}); }}\nload(1);")
    if form == "pagination":
        return f"Ls.pagination({quote}#page_list{quote}, {{ pageCount: 9, url:{sp}{quote}{api}{quote}, data:{sp}{obj(items)} }});"
    if form == "json":
        return "var cfg = " + json.dumps({"url": api, **{k: v for k, v in items}}, indent=draw(st.sampled_from([None, 1, 2]))) + ";"
    if form == "assign":
        decl = draw(st.sampled_from(["var ", "let ", "const ", "window.", "cfg."]))
        return f"var searchUrl = {quote}{api}{quote};\n" + "\n".join(f"{decl}{k}{sp}={sp}{value(v)};" for k, v in items)
    query = "&".join(f"{k}={v}" for k, v in items)
    return f"$('#list').load({quote}{api}?{query}&pageIndex={quote} + n);"


@settings(max_examples=200, deadline=None)
@given(data=st.data(), channel=st.integers(1000, 999999), chnl=st.integers(10, 99999), size=st.integers(1, 75))
def test_fujian_posts_the_channel_and_page_size_its_page_gives_in_any_syntax(data, channel, chnl, size):
    script = data.draw(_call_script({"channelid": str(channel), "chnlid": chnl, "prepage": size}, "/fjdzapp/search"))
    column = parse_list(get_site("fj-zh"), "https://www.fujian.gov.cn/xwdt/fjyw/index.htm",
                        f"<div class='gl-list'><ul class='list'></ul></div><script>\n{script}\n</script>")
    form = column.next.formdata
    assert (form["channelid"], form["classsql"], form["prepage"], form["page"]) == (
        str(channel), f"chnlid={chnl}", str(size), "1"), script


@settings(max_examples=200, deadline=None)
@given(data=st.data(), cat=st.integers(10**6, 10**8), size=st.integers(1, 40), shown=st.integers(0, 40))
def test_anhui_sends_every_label_parameter_its_page_gives_in_any_syntax(data, cat, size, shown):
    params = {"labelName": "publicInfoList", "siteId": 6781961, "pageSize": size, "catId": str(cat),
              "organId": "1681", "file": "/ahxxgk/publicInfoList_newest"}
    script = data.draw(_call_script(params, "/site/label/8888"))
    items = "".join(f"<li><a href='/zwyw/jryw/5540{n:05d}.html' title='t{n}'>t{n}</a><span>2026-11-20</span></li>"
                    for n in range(shown))
    column = parse_list(get_site("ah-zh"), "https://www.ah.gov.cn/zwyw/jryw/index.html",
                        f"<div class='navjz'><ul>{items}</ul></div><script>\n{script}\n</script>")
    query = {k: v[0] for k, v in parse_qs(urlsplit(column.next.url).query, keep_blank_values=True).items()}
    assert {k: query.get(k) for k in params} == {k: str(v) for k, v in params.items()}, script
    # the column shows a whole API page: it is the API's page 1; else the API is walked from page 1
    assert query["pageIndex"] == ("2" if shown == size else "1"), script


def test_the_pages_values_win_and_the_configured_ones_are_the_fallback():
    site = get_site("fj-zh")
    shell = "<div id='list'></div><script>var classsql = 'chnlid=3504';</script>"
    form = parse_list(site, "https://www.fujian.gov.cn/xwdt/fjyw/index.htm", shell).next.formdata
    assert (form["channelid"], form["prepage"]) == ("229105", "20")  # the site file's, the page has none
    every, sent = call_params('<script>var cfg = {"url": "/fjdzapp/search", "channelid": "77", prepage: 5}</script>',
                              "/fjdzapp/search")
    assert every == sent == {"channelid": "77", "prepage": "5"}


@pytest.mark.parametrize("script", [
    'var n = total + 1; if (a == 2) { b = c; }',  # comparisons and computed values
    'var s = "chnlid=" + chnlid; var t = "?x=" + y;',  # strings the script goes on to compute with
    'document.write("<a href=\\"?page=2\\">下一页</a>");',  # a link, not the list call
])
def test_what_is_not_a_literal_parameter_of_the_call_is_not_read(script):
    every, _ = call_params(f"<script>{script}</script>", "/fjdzapp/search", {"chnlid", "b", "n", "s"})
    assert not {"chnlid", "b", "n", "s", "page"} & set(every)


# -- the mirrors, crawled to their last article -----------------------------------------------

_FJ_FORMS = {
    "issue": {},  # the row's own: `var cfg = {url: …, channelid: …, chnlid: …, prepage: 3}`
    "ajax-json-5": {"api_per_page": 5, "list_script":
                    'var opts = {{"channelid": "{channelid}", "sortfield": "-docorderpri,-docreltime",'
                    ' "chnlid": "{chnlid}", "prepage": "{prepage}", "url": "/fjdzapp/search"}};\n'
                    '$.ajax({{url: opts.url, type: "POST", data: opts}});'},
    "assign-1": {"api_per_page": 1, "per_page": 3, "list_script":
                 "var searchUrl='/fjdzapp/search' ;\n  var prepage= {prepage} ; var chnlid ='{chnlid}';\n"
                 "var channelid\t=\t'{channelid}';"},
}
_AH_FORMS = {
    "issue": {},  # the row's own: Ls.pagination("#page_list", {…, data: {labelName: …, pageSize: 3, …}})
    "same-size": {"api_per_page": 2, "list_script":
                  "Ls.pagination('#page_list', {{ data : {{ 'catId' : '{cat_id}', 'pageSize' : {page_size},"
                  " 'siteId' : '{site_id}', 'labelName' : '{label}', 'isDate': true }} }});"},
    "query-4": {"api_per_page": 4, "list_script":
                'function go(n) {{ $("#list").load("/site/label/8888?IsAjax=1&dataType=html&labelName={label}'
                '&siteId={site_id}&pageSize={page_size}&pageIndex=" + n + "&organId=1681&catId={cat_id}"); }}'},
}


def _crawl(site: str, changes: dict, crawl_cli, tmp_path):
    server = serve_row(site, **changes)
    try:
        db = tmp_path / "news.db"
        result = crawl_cli(site, "--db", str(db), "--base-url", server.base_url, "--json")
        conn = sqlite3.connect(db)
        failed = {urlsplit(url).path for (url,) in conn.execute("SELECT url FROM failures")}
        # the mirror's dead links (its `missing` quirk) are the only failures, and so the exit status 1
        assert failed == {a.path for a in server.mirror.generated.broken.values()}, result.stderr[-2000:]
        assert result.returncode == (1 if failed else 0), result.stderr[-2000:]
        got = {urlsplit(url).path: (title, date, source, [t for (t,) in conn.execute(
                   "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx", [i])])
               for i, url, title, date, source in conn.execute(
                   "SELECT id, url, title, published_at, source FROM articles WHERE site = ?", [site]).fetchall()}
        conn.close()
        truths = {urlsplit(p.truth["url"]).path: (p.truth["title"], p.truth["published_at"], p.truth["source"],
                                                  p.truth["paragraphs"]) for p in server.mirror.pages() if p.truth}
        return got, truths, crawl_stats(result)[site], server.requests
    finally:
        server.stop()


@pytest.mark.parametrize("form", sorted(_FJ_FORMS))
def test_the_fujian_mirror_is_crawled_through_its_api_to_the_last_article(form, crawl_cli, tmp_path):
    got, truths, stats, requests = _crawl("fj-zh", _FJ_FORMS[form], crawl_cli, tmp_path)
    assert got == truths and len(truths) >= 4
    size = _FJ_FORMS[form].get("api_per_page", 3)
    sizes = {parse_qs(r.body.decode())["prepage"][0] for r in requests if r.path == "/fjdzapp/search" and r.body}
    assert sizes == {str(size)}, stats


@pytest.mark.parametrize("form", sorted(_AH_FORMS))
def test_the_anhui_mirror_is_crawled_through_its_label_to_the_last_article(form, crawl_cli, tmp_path):
    got, truths, stats, requests = _crawl("ah-zh", _AH_FORMS[form], crawl_cli, tmp_path)
    assert got == truths and len(truths) >= 3
    size = _AH_FORMS[form].get("api_per_page", 3)
    labels = [parse_qs(r.query) for r in requests if r.path == "/site/label/8888"]
    assert labels and {q["pageSize"][0] for q in labels} == {str(size)} and {q["catId"][0] for q in labels} == {"6708451"}
    # a column of 2 entries before an API page of 2 is the API's page 1; else the API starts at 1
    assert min(int(q["pageIndex"][0]) for q in labels) == (2 if size == 2 else 1), stats


# -- the list API as one URL string, its query percent-encoded (issue 19, class 3: fj-zh#query) --------

@st.composite
def _url_string_script(draw, query: list[tuple[str, str]], api: str) -> str:
    """A script that keeps the list call as one URL string, its values percent-encoded (`%3D`, `%2C`,
    `+` for a space), in one of the quotings and escapings scripts write."""
    from urllib.parse import quote_plus

    amp = draw(st.sampled_from(["&", "&amp;", "\\u0026"]))
    text = amp.join(f"{k}={quote_plus(v, safe=draw(st.sampled_from(['', '-,'])))}" for k, v in query)
    host = draw(st.sampled_from(["", "https://www.fujian.gov.cn", "//www.fujian.gov.cn"]))
    q = draw(st.sampled_from(['"', "'", "`"]))
    form = draw(st.sampled_from(["var", "call", "object"]))
    if form == "var":
        return f'var LIST_API = {q}{host}{api}?{text}{q};\nfunction more(p) {{ $.getJSON(LIST_API + "&page=" + p, draw); }}'
    if form == "call":
        return f"function more(p) {{ $.post({q}{host}{api}?{text}{q}, {{page: p}}, draw); }}"
    return f"var opts = {{ url: {q}{host}{api}?{text}{q}, method: 'GET' }};"


@settings(max_examples=150, deadline=None)
@given(data=st.data(), chnl=st.integers(10, 99999), size=st.integers(1, 60), channel=st.integers(1000, 999999))
def test_a_percent_encoded_url_string_gives_the_api_its_parameters(data, chnl, size, channel):
    query = [("channelid", str(channel)), ("sortfield", "-docorderpri,-docreltime"), ("classsql", f"chnlid={chnl}"),
             ("prepage", str(size))]
    script = data.draw(_url_string_script(data.draw(st.permutations(query)), "/fjdzapp/search"))
    column = parse_list(get_site("fj-zh"), "https://www.fujian.gov.cn/xwdt/fjyw/index.htm",
                        f"<div class='gl-list'><ul class='list'></ul></div><script>\n{script}\n</script>")
    assert column.next is not None, script
    form = column.next.formdata
    assert (form["channelid"], form["classsql"], form["prepage"], form["sortfield"]) == (
        str(channel), f"chnlid={chnl}", str(size), "-docorderpri,-docreltime"), script


def test_a_url_string_on_another_path_is_not_the_api():
    every, _ = call_params('<script>var a = "/other/search?classsql=chnlid%3D9&prepage=4";</script>', "/fjdzapp/search")
    assert "classsql" not in every and "prepage" not in every


@pytest.mark.parametrize(("template", "value", "expected"), [
    ("chnlid={chnlid}", "chnlid=41077", {"chnlid": "41077"}),
    ("{site}_{col}", "6781961_889", {"site": "6781961", "col": "889"}),
    ("chnlid={chnlid}", "docid=41077", {}),
    ("fixed", "fixed", {}),
])
def test_a_templated_parameter_given_whole_fills_its_placeholders(template, value, expected):
    assert template_values(template, value) == expected


# -- parameters in JSON.parse string literals, merged over defaults (issue 19, class 3: ah-zh#json) ----

@st.composite
def _merged_json_script(draw, params: dict[str, str], defaults: dict[str, str | int], api: str) -> str:
    """`params` as a JSON string the script parses (values strings), merged after `defaults`."""
    q = draw(st.sampled_from(["'", '"', "`"]))
    raw = json.dumps(params, separators=draw(st.sampled_from([(",", ":"), (", ", ": ")])), ensure_ascii=draw(st.booleans()))
    if q == '"':
        raw = raw.replace("\\", "\\\\").replace('"', '\\"')
    elif draw(st.booleans()):
        raw = raw.replace("/", "\\/")  # a JSON string may escape its slashes
    parsed = f"JSON.parse({q}{raw}{q})"
    literal = "{ " + ", ".join(f"{k}: {json.dumps(v)}" for k, v in defaults.items()) + " }"
    where = draw(st.sampled_from(["variables", "inline"]))
    merge = draw(st.sampled_from(["$.extend({{}}, {d}, {p})", "jQuery.extend(true, {{}}, {d}, {p})",
                                  "Object.assign({{}}, {d}, {p})", "{{ ...{d}, ...{p} }}", "$.extend({d}, {p})"]))
    if where == "variables":
        head = f"var defaults = {literal};\n  var params = {parsed};\n"
        data = merge.format(d="defaults", p="params")
    else:
        head = ""
        data = merge.format(d=literal, p=parsed)
    return head + f'  Ls.pagination("{api}", {{ data: {data}, listEl: "#ajaxpage-list", pageEl: "#page_list" }});'


@settings(max_examples=150, deadline=None)
@given(data=st.data(), cat=st.integers(10**6, 10**8), size=st.integers(1, 40), default_size=st.integers(1, 40))
def test_json_parsed_parameters_override_the_defaults_they_are_merged_over(data, cat, size, default_size):
    params = {"labelName": "publicInfoList", "siteId": "6781961", "pageSize": str(size), "catId": str(cat),
              "organId": "1681", "file": "/ahgov/publicInfoList_newest"}
    defaults = {"IsAjax": 1, "dataType": "html", "labelName": "articleList", "pageSize": default_size, "length": 50}
    script = data.draw(_merged_json_script(params, defaults, "/site/label/8888"))
    column = parse_list(get_site("ah-zh"), "https://www.ah.gov.cn/zwyw/jryw/index.html",
                        f"<div class='navjz'><ul></ul></div><script>\n{script}\n</script>")
    query = {k: v[0] for k, v in parse_qs(urlsplit(column.next.url).query, keep_blank_values=True).items()}
    assert {k: query.get(k) for k in params} == params, script
    assert (query["IsAjax"], query["dataType"], query["length"]) == ("1", "html", "50"), script


@pytest.mark.parametrize("script", [
    "var p = JSON.parse('{\"pageSize\":\"7\",\"catId\":\"12\"}'); $.ajax({url: '/site/label/8888', data: p});",
    "$.ajax({url: '/site/label/8888', data: Object.assign({pageSize: 15}, JSON.parse(\"{\\\"pageSize\\\":\\\"7\\\",\\\"catId\\\":\\\"12\\\"}\"))});",
    "var base = {pageSize: 15, catId: '1'}; var cfg = {...base, pageSize: '7', catId: '12'};"
    " $.get('/site/label/8888', {data: cfg});",
])
def test_merged_and_parsed_objects_give_the_later_values(script):
    every, sent = call_params(f"<script>{script}</script>", "/site/label/8888")
    assert (sent["pageSize"], sent["catId"]) == ("7", "12") and every["pageSize"] == "7"
