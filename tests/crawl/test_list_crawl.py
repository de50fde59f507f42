"""A column whose pages repeat each other, crawled through the real CLI against a loopback server.

The column page shows page 1; the AJAX fragment endpoint answers page 1 again (every entry
already scheduled), then page 2 with a new entry listed through its `_wap` variant and a pinned
one, then nothing. All three articles are archived once under their canonical URLs, and a second
run requests no article.
"""

from __future__ import annotations

import http.server
import json
import os
import sqlite3
import threading
from urllib.parse import parse_qs, urlsplit

import pytest

SITE = """name = "zz-zh"
title = "A test column"
lang = "zh"
cms = "trs"
confidence = "low"
evidence = "loopback test"
base_url = "https://www.example.gov.cn"
hosts = ["www.example.gov.cn"]
start_urls = ["/col/index.html"]
article_url_patterns = ['^/col/\\d{6}/t\\d{8}_\\d+\\.html$']

[pagination]
kind = "fragment"

[pagination.api]
url = "/blocks/{blk}"
params = {page = "{n}"}
page_vars = {blk = 'blocks/([0-9a-f]{8})'}
"""


def _li(n: int, suffix: str = "") -> str:
    return f'<li><a href="/col/202611/t2026112{n}_{n}{suffix}.html" title="第{n}条">第{n}条</a><span>2026-11-2{n}</span></li>'


def _article(n: int) -> str:
    return (f'<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="第{n}条新闻">'
            f'<meta name="PubDate" content="2026-11-2{n} 10:0{n}"></head><body><h1>第{n}条新闻</h1>'
            f'<div class="TRS_Editor"><p>这是第{n}条新闻的正文，内容足够长，可以被读作正文段落。</p></div></body></html>')


class _Handler(http.server.BaseHTTPRequestHandler):
    log: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        self.log.append(parts.path)
        body, status = "", 200
        if parts.path == "/robots.txt":
            body = "User-agent: *\nAllow: /\n"
        elif parts.path == "/col/index.html":
            body = f"<ul>{_li(1)}{_li(2)}</ul><div data-src='/blocks/0badc0de?page=2'></div>"
        elif parts.path == "/blocks/0badc0de":
            page = parse_qs(parts.query).get("page", ["1"])[0]
            body = {"1": _li(1) + _li(2), "2": _li(1) + _li(3, "_wap")}.get(page, "")
            body = json.dumps({"data": {"html": body}}) if body else "<div>暂无数据</div>"
        elif parts.path.startswith("/col/202611/t2026112") and not parts.path.endswith("_wap.html"):
            body = _article(int(parts.path.rsplit("_", 1)[1].split(".")[0]))
        else:
            status, body = 404, "not found"
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_repeated_pages_and_url_variants_give_each_article_once(server, crawl_cli, tmp_path):
    (tmp_path / "sites").mkdir()
    (tmp_path / "sites" / "zz-zh.toml").write_text(SITE, encoding="utf-8")
    env = {**os.environ, "PROVNEWS_SITES_DIR": str(tmp_path / "sites")}
    db = tmp_path / "a.db"
    _Handler.log.clear()
    first = crawl_cli("zz-zh", "--db", str(db), "--base-url", server, env=env)
    assert first.returncode == 0, first.stderr[-1500:]
    rows = sqlite3.connect(db).execute("SELECT url, title FROM articles ORDER BY url").fetchall()
    assert rows == [(f"https://www.example.gov.cn/col/202611/t2026112{n}_{n}.html", f"第{n}条新闻") for n in (1, 2, 3)]
    articles = [p for p in _Handler.log if p.startswith("/col/2026")]
    assert sorted(articles) == [f"/col/202611/t2026112{n}_{n}.html" for n in (1, 2, 3)]  # each once, canonical
    _Handler.log.clear()
    second = crawl_cli("zz-zh", "--db", str(db), "--base-url", server, env=env)
    assert second.returncode == 0, second.stderr[-1500:]
    assert not [p for p in _Handler.log if p.startswith("/col/2026")]
