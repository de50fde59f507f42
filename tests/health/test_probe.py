"""`provnews sites --check` against the local mirrors, a loopback server answering 403/412/404,
and addresses that fail at the network level: each named by its cause, as a user online sees it."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.siteconfig import get_site
from provnews.mirror import truths

from .conftest import Changed, emptied_list

QUICK = ["-s", "DOWNLOAD_TIMEOUT=2", "-s", "DOWNLOAD_DELAY=0"]
CHALLENGE = (b"<html><head><script>var _0x1=document.cookie;document.cookie='__jsl='+_0x1;"
             b"location.reload();</script></head><body></body></html>")


class _Answer(BaseHTTPRequestHandler):
    """Answers every request with the server's fixed status and body (a WAF, a moved column)."""

    def do_GET(self):
        status, body = self.server.answer
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def answering():
    servers = []

    def start(status: int, body: bytes = b"<h1>error</h1>") -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
        server.answer = (status, body)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _check(provnews_run, *args):
    result = provnews_run("sites", "--check", *args, "--json", *QUICK)
    assert result.stdout, result.stderr
    return result.returncode, {r["site"]: r for r in json.loads(result.stdout)}


def test_mirrors_fit_and_the_fields_are_the_articles(provnews_run, mirror):
    code, reports = _check(provnews_run, "gz-zh", "zj-zh", "--base-url", f"gz-zh={mirror('gz-zh').base_url}",
                           "--base-url", f"zj-zh={mirror('zj-zh').base_url}")
    assert code == 0, reports
    for site in ("gz-zh", "zj-zh"):
        report = reports[site]
        truth = truths(site)[report["article_url"]]
        assert report["fits"] and report["verdict"] == "the configuration fits"
        assert report["list_status"] == 200 and report["list_entries"] >= 1
        assert report["fields"]["title"]["value"] == truth["title"]
        assert report["fields"]["date"]["value"] == truth["published_at"]
        assert str(len(truth["paragraphs"])) + " paragraphs" in report["fields"]["body"]["value"]
        for name in ("title", "date", "body"):
            assert report["fields"][name]["level"] in ("site", "cms"), (site, name, report["fields"][name])


def test_text_report_names_rule_and_value(provnews_run, mirror):
    result = provnews_run("sites", "--check", "gz-zh", "--base-url", f"gz-zh={mirror('gz-zh').base_url}", *QUICK)
    assert result.returncode == 0, result.stderr
    first = next(iter(truths("gz-zh").values()))
    lines = result.stdout.splitlines()
    assert lines[0].startswith("gz-zh: list http://127.0.0.1:") and "HTTP 200" in lines[0]
    assert any(line.split()[0] == "title" and first["title"] in line for line in lines[1:])
    assert lines[-1] == "  => the configuration fits"


@pytest.mark.parametrize("status, body, cause, words", [
    (403, b"<h1>403 Forbidden</h1>", "http_403", "blocks this address"),
    (412, CHALLENGE, "http_412_script", "needs a browser"),
    (404, b"<h1>404 Not Found</h1>", "http_404", "column has moved"),
])
def test_blocked_or_moved_column_is_named(provnews_run, answering, status, body, cause, words):
    code, reports = _check(provnews_run, "gz-zh", "--base-url", f"gz-zh={answering(status, body)}")
    report = reports["gz-zh"]
    assert code == 1
    assert report["cause"] == cause and report["list_status"] == status and not report["fits"]
    assert words in report["verdict"] and report["verdict"].startswith("column page http://127.0.0.1:")


def test_empty_list_is_selectors_or_moved(provnews_run, fresh_mirror):
    server = fresh_mirror("gz-zh")
    server.mirror = Changed(server.mirror, emptied_list)
    code, reports = _check(provnews_run, "gz-zh", "--base-url", f"gz-zh={server.base_url}")
    assert code == 1 and reports["gz-zh"]["cause"] == "no_entries"
    assert "list selectors miss" in reports["gz-zh"]["verdict"]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_network_failures_are_told_apart(provnews_run, fresh_mirror):
    plain = fresh_mirror("gz-zh")  # plain HTTP: an https:// request to it fails the TLS handshake
    slow = fresh_mirror("zj-zh")
    slow.set_faults(urlpath(get_site("zj-zh").start_urls[0]), ["timeout"])
    code, reports = _check(
        provnews_run, "gz-zh", "zj-zh", "gz-en", "zj-en",
        "--base-url", f"gz-zh=http://127.0.0.1:{_closed_port()}",
        "--base-url", f"gz-en={plain.base_url.replace('http://', 'https://')}",
        "--base-url", "zj-en=http://no-such-host.invalid",
        "--base-url", f"zj-zh={slow.base_url}")
    assert code == 1
    assert {site: r["cause"] for site, r in reports.items()} == {
        "gz-zh": "refused", "gz-en": "tls", "zj-en": "dns", "zj-zh": "timeout"}
    assert "check this machine's network and DNS" in reports["zj-en"]["verdict"]


def test_an_expected_network_failure_is_one_line_without_traceback(provnews_run, fresh_mirror):
    """A DNS failure, refused connection, failed TLS handshake or timeout: the report's verdict
    names it; stderr gets no Scrapy error lines, no traceback."""
    plain = fresh_mirror("gz-zh")
    result = provnews_run("sites", "--check", "zj-en", "gz-zh", "gz-en", *QUICK,
                          "--base-url", "zj-en=http://no-such-host.invalid",
                          "--base-url", f"gz-zh=http://127.0.0.1:{_closed_port()}",
                          "--base-url", f"gz-en={plain.base_url.replace('http://', 'https://')}")
    assert result.returncode == 1
    assert result.stderr == "", result.stderr
    verdicts = [line for line in result.stdout.splitlines() if line.startswith("  => ")]
    assert len(verdicts) == 3 and "DNS lookup failed or no network" in verdicts[0], result.stdout


def urlpath(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path


@pytest.mark.parametrize("site", ["ah-en", "sn-en"])
def test_a_list_read_by_its_structure_is_said(provnews_run, site):
    """A portal whose article links match no configured pattern (the second mirrors of ah-en and
    sn-en, written from the published facts alone): the check reads the list as the crawl does, by
    its structure, reaches an article, and says to update the patterns."""
    from urllib.parse import urlsplit

    from tests.crawl.variants import editions
    from tests.crawl.variants.server import VariantServer

    routes, arts = editions.SITES[site].routes(urlsplit(get_site(site).start_urls[0]).path)
    server = VariantServer(routes)
    try:
        code, reports = _check(provnews_run, site, "--base-url", f"{site}={server.base_url}")
    finally:
        server.stop()
    report = reports[site]
    assert report["by_structure"] == report["list_entries"] > 0, report
    assert urlsplit(report["article_url"]).path in {a.path for a in arts}, report
    assert "update article_url_patterns" in report["verdict"], report
