"""The runs dashboard of the review UI: every site's state at a glance, and a page per site with
its recent runs, alarms and failures.

Charts are drawn on the server by pygal and served as SVG images of their own, so nothing comes
from a CDN and a chart works offline. As an <img>, an SVG runs no script; its own response may
carry pygal's inline styles, which the pages' policy (styles from our files only) would refuse.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import pygal
import sqlite_utils
from pygal.style import Style
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from archive import health as store
from crawler import causes
from provnews import health

__all__ = ["routes", "CHART_DAYS",
           "CHART_RUNS", "RECENT_RUNS", "SITE_NAME", "CHART_POLICY", "overview", "new_per_day", "failures_per_run",
           "recent_failures", "new_chart", "failures_chart", "count_ticks"]

CHART_DAYS = 28  # "recent weeks" of new articles per day
CHART_RUNS = 30
RECENT_RUNS = 20
SITE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# An SVG image: its inline styles may apply, nothing else may load or run.
CHART_POLICY = "default-src 'none'; style-src 'unsafe-inline'"
_STYLE = dict(background="transparent", plot_background="transparent", foreground="#1d2430",
              foreground_strong="#1d2430", foreground_subtle="#d8dee6", font_family="sans-serif",
              label_font_size=9, major_label_font_size=9)
_COLORS = ("#1f5fbf", "#b42318")


# -- data -----------------------------------------------------------------------------------

def _sites() -> dict[str, Any]:
    from crawler.siteconfig import SiteConfigError, load_sites

    try:
        return load_sites()
    except SiteConfigError:
        return {}


def overview(db: sqlite_utils.Database) -> list[health.SiteRun]:
    return health.overview(db, _sites())


def new_per_day(db: sqlite_utils.Database, site: str, today: dt.date | None = None) -> list[tuple[str, int]]:
    """(MM-DD, new articles) for each of the last CHART_DAYS days, from the runs' counts."""
    today = today or dt.datetime.now(dt.UTC).date()
    first = today - dt.timedelta(days=CHART_DAYS - 1)
    counts = store.new_per_day(db, site, first.isoformat())
    days = [first + dt.timedelta(days=n) for n in range(CHART_DAYS)]
    return [(d.isoformat()[5:], counts.get(d.isoformat(), 0)) for d in days]


def failures_per_run(db: sqlite_utils.Database, site: str) -> list[tuple[str, int]]:
    """(run id, failed pages) of the site's last CHART_RUNS runs, oldest first."""
    return [(f"#{r.run_id}", r.failed) for r in health.recent(db, site, CHART_RUNS)][::-1]


def recent_failures(db: sqlite_utils.Database, site: str, limit: int = 20) -> list[dict[str, Any]]:
    """The site's last failures, each with its cause in a few words."""
    return [{**row, "cause": causes.from_reason(row["reason"], row["status"]).label}
            for row in store.recent_failures(db, site, limit)]


# -- charts ---------------------------------------------------------------------------------

def count_ticks(top: int, most: int = 4) -> list[int]:
    """Whole-number y ticks from 0 to at least `top`, at most `most` steps: counts have no 0.4."""
    step = max(1, math.ceil(max(top, 1) / most))
    return list(range(0, step * math.ceil(max(top, 1) / step) + 1, step))


def _chart(kind: type, points: list[tuple[str, int]], label: str, color: int) -> bytes:
    chart = kind(width=360, height=130, explicit_size=True, show_legend=False, js=[], margin=6,
                 include_x_axis=True, style=Style(colors=(_COLORS[color],), **_STYLE),
                 show_minor_x_labels=False, truncate_label=-1,
                 y_labels=count_ticks(max((y for _, y in points), default=0)), value_formatter=lambda v: f"{v:.0f}")
    chart.x_labels = [x for x, _ in points]
    chart.x_labels_major = [x for x, _ in points][::7]
    chart.add(label, [y for _, y in points])
    return chart.render()


def new_chart(db: sqlite_utils.Database, site: str) -> bytes:
    return _chart(pygal.Bar, new_per_day(db, site), "new articles", 0)


def failures_chart(db: sqlite_utils.Database, site: str) -> bytes:
    points = failures_per_run(db, site) or [("-", 0)]
    return _chart(pygal.Line, points, "failed pages", 1)


# -- pages ----------------------------------------------------------------------------------

def _site_name(request: Request) -> str:
    name = request.path_params["site"]
    if not SITE_NAME.match(name):
        raise HTTPException(404, "no such site")
    return name


def routes(ui: Any) -> list[Route]:
    """The dashboard's routes on the review app `ui` (provnews.web.app.ReviewUI)."""

    async def dashboard(request: Request) -> Response:
        rows = await ui.archive.run(overview)
        counts = {state: sum(1 for r in rows if r.state == state) for state in health.STATES}
        titles = {name: site.title for name, site in _sites().items()}
        return ui.render(request, "runs.html", view="runs", rows=rows, counts=counts, titles=titles,
                         chart_days=CHART_DAYS)

    async def site_page(request: Request) -> Response:
        name = _site_name(request)

        def load(db: sqlite_utils.Database) -> dict[str, Any]:
            runs = health.recent(db, name, RECENT_RUNS)
            return {"runs": runs, "failures": recent_failures(db, name), "articles": store.recent_articles(db, name)}

        data = await ui.archive.run(load)
        if not data["runs"] and not data["articles"] and name not in _sites():
            raise HTTPException(404, f"no site {name} in the archive or the configuration")
        return ui.render(request, "run_site.html", view="runs", site=name, **data)

    def chart(draw):
        async def endpoint(request: Request) -> Response:
            svg = await ui.archive.run(draw, _site_name(request))
            return Response(svg, media_type="image/svg+xml",
                            headers={"content-security-policy": CHART_POLICY, "cache-control": "no-cache"})
        return endpoint

    return [
        Route("/runs", dashboard),
        Route("/runs/{site}", site_page),
        Route("/runs/{site}/new.svg", chart(new_chart)),
        Route("/runs/{site}/failures.svg", chart(failures_chart)),
    ]
