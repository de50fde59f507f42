"""The runs dashboard: every configured site's state, pygal charts as SVG images, a page per
site; in the real browser with the XSS article's title inert."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from tests.web.conftest import XSS_SCRIPT, build_review_archive, new_client

from .conftest import add_runs

TODAY = dt.datetime.now(dt.UTC).date()


@pytest.fixture(scope="module")
def runs_archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("runs") / "archive.db"
    ids = build_review_archive(path)
    add_runs(path, TODAY)
    return path, ids


@pytest.fixture(scope="module")
def client(runs_archive):
    from provnews.web import create_app

    with new_client(create_app(runs_archive[0], read_only=True, reviewer="tester")) as session_client:
        yield session_client


def test_every_site_with_its_state(client):
    from bs4 import BeautifulSoup

    page = client.get("/runs")
    assert page.status_code == 200
    soup = BeautifulSoup(page.text, "html.parser")
    states = {row["id"].removeprefix("site-"): row.select_one(".badge").get_text() for row in soup.select("tr.site-row")}
    from crawler.siteconfig import load_sites

    runs = {"gz-zh": "healthy", "zj-zh": "alarm", "js-zh": "failing"}
    assert states == {**{name: "skipped" for name in load_sites()}, **runs}  # every configured site
    alarms = [li.get_text() for li in soup.select("li.alarm")]
    assert any(a.startswith("zj-zh: body selector") and "generic fallback used" in a for a in alarms)
    assert any(a.startswith("js-zh: 2 of 2 requests were refused, HTTP 403 Forbidden") for a in alarms)
    assert len(soup.select("img.chart-new")) == len(soup.select("img.chart-failures")) == 3  # sites with runs
    assert soup.select_one("#site-gz-en .note").get_text() == "not crawled by any run yet"


def test_charts_are_svg_with_the_counts(client):
    from lxml import etree

    new = client.get("/runs/zj-zh/new.svg")
    assert new.status_code == 200 and new.headers["content-type"].startswith("image/svg+xml")
    assert new.headers["content-security-policy"] == "default-src 'none'; style-src 'unsafe-inline'"
    svg = etree.fromstring(new.content)
    bars = svg.findall(".//{http://www.w3.org/2000/svg}rect[@class='rect reactive tooltip-trigger']")
    assert len(bars) == 28  # one bar per day of the last four weeks
    values = [float(v.text) for v in svg.iter("{http://www.w3.org/2000/svg}desc") if v.get("class") == "value"]
    assert values == [4.0] * 28
    failures = client.get("/runs/gz-zh/failures.svg")
    values = [float(v.text) for v in etree.fromstring(failures.content).iter("{http://www.w3.org/2000/svg}desc")
              if v.get("class") == "value"]
    assert values == [1.0 if day % 7 == 0 else 0.0 for day in range(28)]  # one point per run, oldest first
    # Nothing from a CDN: no element of the chart loads anything.
    loads = [el for el in etree.fromstring(failures.content).iter()
             if any(k in el.attrib for k in ("src", "href", "{http://www.w3.org/1999/xlink}href"))]
    assert loads == []


def test_site_page_runs_alarms_failures(client):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get("/runs/js-zh").text, "html.parser")
    assert soup.select_one("#site-state").get_text() == "failing"
    rows = soup.select("#recent-runs > tbody > tr:not(.alarm-row)")
    assert len(rows) == 20 and rows[0].select("td")[0].get_text() == "28"
    assert "HTTP 403 Forbidden" in soup.select_one("#failures").get_text()
    assert client.get("/runs/no-such-site").status_code == 404
    assert client.get("/runs/..%2Fetc").status_code == 404


@pytest.mark.timeout(60)
def test_dashboard_in_the_browser(browser_page, runs_archive, tmp_path):
    from provnews.web import create_app
    from provnews.web.server import BackgroundServer

    page = browser_page
    with BackgroundServer(create_app(runs_archive[0], read_only=True)) as server:
        page.goto(f"{server.url}/runs")
        page.wait_for_load_state("networkidle")
        charts = page.locator("img.chart")
        assert charts.count() == 6  # two for each of the three sites with runs
        page.locator("img.chart").last.scroll_into_view_if_needed()
        widths = page.eval_on_selector_all("img.chart", "els => els.map(e => e.complete && e.naturalWidth)")
        assert widths == [360] * 6  # every chart loaded and decoded as an image
        assert page.locator("#site-zj-zh .badge").inner_text().lower() == "alarm"
        if os.environ.get("PROVNEWS_SCREENSHOT"):  # docs/runs-dashboard.png is made this way
            page.screenshot(path=os.environ["PROVNEWS_SCREENSHOT"])
        page.locator("#site-zj-zh a").click()
        page.wait_for_load_state("networkidle")
        assert page.url.endswith("/runs/zj-zh")
        title = page.locator("#latest-articles a", has_text="标题")
        assert XSS_SCRIPT in title.inner_text()  # shown as text, not run
        assert page.evaluate("window.__xss") is None and page.dialogs == []
        assert page.locator("li.alarm-rule_body").count() == 1
