"""Run the crawl of several sites in this process and report per-site counts.

Scrapy's reactor cannot be restarted: `run_crawl` can be called once per process (the CLI and
`provnews run` do exactly that; tests call the CLI in a subprocess).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from contextlib import nullcontext
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.health_stats import HealthCounts, read_counts
from crawler.siteconfig import SiteConfigError, load_sites
from provnews import interruption

__all__ = ["run_crawl", "site_stats", "crawl_arguments", "resolve_sites", "host_groups", "parse_setting", "STAT_KEYS", "CrawlConfigError"]

# The per-site counts run_crawl returns (all ints except duration_s and empty).
STAT_KEYS = ("list_pages", "list_entries", "article_requests", "new", "changed", "unchanged", "failed",
             "known", "duplicates", "offsite", "older_than_since", "browser_pages", "challenges")


log = logging.getLogger(__name__)


class _WithoutTraceback(logging.Filter):
    """Scrapy logs a robots.txt it could not download with a 60-line traceback; the failure of the
    list page that follows says the same in one line, and a cron mail should not hold both."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = record.exc_text = None
        return True


class CrawlConfigError(Exception):
    """Bad crawl arguments: unknown site, a base URL without a site, a malformed setting."""


def _codes(values: Iterable[str]) -> list[str]:
    """'js,zj' and repeated options alike -> ['js', 'zj'] (lower case, in order, no duplicates)."""
    return list(dict.fromkeys(v.strip().lower() for value in values for v in value.split(",") if v.strip()))


def resolve_sites(site_names: Iterable[str], provinces: Iterable[str] = (), langs: Iterable[str] = ()) -> list[str]:
    """The sites to crawl: the named ones plus every enabled site of the named provinces (the
    ISO 3166-2:CN code before the dash of a site name), all enabled sites when neither is given;
    `langs` then keeps only sites of those languages. Unknown names and codes are usage errors."""
    try:
        sites = load_sites()
    except SiteConfigError as exc:
        raise CrawlConfigError(str(exc)) from None
    names = list(dict.fromkeys(site_names))
    unknown = [n for n in names if n not in sites]
    if unknown:
        raise CrawlConfigError(f"unknown site {unknown[0]!r}: known sites are {', '.join(sorted(sites))}"
                               " (see `provnews sites`)")
    codes, wanted_langs = _codes(provinces), _codes(langs)
    known_codes = sorted({name.split("-")[0] for name in sites})
    if [c for c in codes if c not in known_codes]:
        bad = next(c for c in codes if c not in known_codes)
        raise CrawlConfigError(f"unknown province code {bad!r}: known codes are {', '.join(known_codes)}")
    known_langs = sorted({site.lang for site in sites.values()})
    if [x for x in wanted_langs if x not in known_langs]:
        bad = next(x for x in wanted_langs if x not in known_langs)
        raise CrawlConfigError(f"unknown language {bad!r}: sites exist for {', '.join(known_langs)}")
    if codes:
        names += [n for n, site in sites.items() if site.enabled and n.split("-")[0] in codes and n not in names]
    elif not names:
        names = [name for name, site in sites.items() if site.enabled]
    if wanted_langs:
        names = [n for n in names if sites[n].lang in wanted_langs]
    if not names:
        raise CrawlConfigError("no site matches this selection (see `provnews sites`)")
    return names


def host_groups(names: Iterable[str]) -> list[list[str]]:
    """The sites grouped so that sites sharing a host (fj-zh and fj-en on www.fujian.gov.cn) are
    one group: a group is crawled one site after the other, so a host never sees two crawlers."""
    sites = load_sites()
    groups: list[tuple[set[str], list[str]]] = []
    for name in names:
        site = sites[name]
        hosts = {h.lower() for h in site.hosts} | {(urlsplit(site.base_url).hostname or "").lower()}
        hosts = {h.removeprefix("www.") for h in hosts}
        joined = [i for i, g in enumerate(groups) if g[0] & hosts]
        if not joined:
            groups.append((hosts, [name]))
            continue
        # Merged where the earliest of them stood, so groups keep the order sites were named in.
        first = joined[0]
        for i in joined[1:]:
            groups[first][0].update(groups[i][0])
            groups[first][1].extend(groups[i][1])
        groups[first][0].update(hosts)
        groups[first][1].append(name)
        for i in reversed(joined[1:]):
            del groups[i]
    return [g[1] for g in groups]


def parse_setting(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise CrawlConfigError(f"setting {text!r} is not KEY=VALUE (e.g. -s DOWNLOAD_DELAY=2)")
    return key.strip(), value


# The counts of a site the run never started (it was interrupted first).
_NOT_STARTED: dict[str, Any] = {**{key: 0 for key in STAT_KEYS}, "duration_s": 0.0, "empty": False,
                                "finish_reason": None, "health": HealthCounts(), "skipped": None}


def _raw_stats(crawler: Any) -> dict[str, Any]:
    try:
        return dict(crawler.stats.get_stats()) if crawler.stats else {}
    except RuntimeError:  # the crawl broke before Scrapy made its stats
        return {}


def site_stats(raw: Mapping[str, Any]) -> dict[str, Any]:
    """A site's counts as `run_crawl` returns them, from Scrapy's stats of its crawl."""
    stats: dict[str, Any] = {key: int(raw.get(f"provnews/{key}", 0)) for key in STAT_KEYS}
    stats["duration_s"] = round(float(raw.get("elapsed_time_seconds", 0.0)), 2)
    stats["empty"] = bool(raw.get("provnews/empty_run"))
    stats["finish_reason"] = raw.get("finish_reason")
    # What provnews.health measures: rule levels, causes of failures, the HTTP status mix.
    stats["health"] = read_counts(raw)
    stats["skipped"] = raw.get("provnews/skipped")  # why a site was skipped (no browser, blocked), or None
    return stats


def crawl_arguments(site_names: Iterable[str], base_urls: Mapping[str, str] | None,
                    since: dt.date | str | None) -> tuple[list[str], dict[str, str], str | None]:
    """The sites, base URLs and `--since` of a crawl, checked (raises CrawlConfigError)."""
    names = resolve_sites(site_names)
    base_urls = dict(base_urls or {})
    stray = sorted(set(base_urls) - set(names))
    if stray:
        raise CrawlConfigError(f"--base-url given for {stray[0]!r}, which is not being crawled")
    since_text = since.isoformat() if isinstance(since, dt.date) else since
    if since_text:
        try:
            dt.date.fromisoformat(str(since_text))
        except ValueError:
            raise CrawlConfigError(f"--since {since_text!r} is not a date YYYY-MM-DD") from None
    return names, base_urls, since_text


def run_crawl(site_names: Iterable[str], db_path: str | Path | None, base_urls: Mapping[str, str] | None = None,
              max_pages: int | None = None, since: dt.date | str | None = None,
              settings: Mapping[str, Any] | None = None, raw_stats: bool = False) -> dict[str, dict[str, Any]]:
    """Crawl the sites (all enabled ones when none is named) into the archive at `db_path`.

    Returns {site: {list_pages, list_entries, article_requests, new, changed, unchanged, failed,
    known, duplicates, offsite, older_than_since, duration_s, empty, finish_reason, health}}; `empty`
    is True for a site where no list page gave a single article entry (blocked, moved or empty);
    `health` holds what the crawl counted for `provnews.health` (`crawler.health_stats.HealthCounts`); `finish_reason` is "finished", or
    "shutdown" for a crawl stopped by a signal, None for a site never started; `error` (present
    only then) says why a site's crawl could not run.

    SIGINT and SIGTERM stop the crawl gracefully (`provnews.interruption`): the caller asks
    `interruption.interrupted_by()` afterwards.

    On a worker host `db_path` is None and the setting `PROVNEWS_REMOTE_DIR` names where the
    spiders read the writer's snapshot and leave their items (`crawler.state`); `raw_stats` then
    returns Scrapy's own stats of each site (with `error` where it failed), which the writer turns
    into these counts (`site_stats`) once it has stored the items.
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings
    from scrapy.utils.reactor import install_reactor
    from twisted.python.failure import Failure

    from archive import Archive
    from crawler.spiders import spider_classes

    names, base_urls, since_text = crawl_arguments(site_names, base_urls, since)

    scrapy_settings = Settings()
    scrapy_settings.setmodule("crawler.settings", priority="project")
    for key, value in (settings or {}).items():
        scrapy_settings.set(key, value, priority="cmdline")
    # Create or migrate the archive once, before several spiders open it at the same moment.
    if db_path is not None:
        Archive(db_path).close()

    # The reactor is installed here, once, before any crawler exists: Scrapy lets only the first
    # crawler *created* install it, so a selection whose first-started site was created later
    # (host groups reorder sites) failed to start that site.
    install_reactor(scrapy_settings["TWISTED_REACTOR"], scrapy_settings["ASYNCIO_EVENT_LOOP"])
    process = CrawlerProcess(scrapy_settings)
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(_WithoutTraceback())
    classes = spider_classes()
    crawlers: dict[str, Any] = {}
    errors: dict[str, str] = {}

    def start(group: list[str]) -> None:
        """Crawl the group's first site now and the next one when it is done (one host, one crawler)."""
        if interruption.interrupted_by() is not None:
            return  # the sites not yet started stay uncrawled: the next run crawls them
        name, rest = group[0], group[1:]
        crawlers[name] = process.create_crawler(classes[name])
        done = process.crawl(crawlers[name], db=None if db_path is None else str(db_path), base_url=base_urls.get(name),
                             max_pages=max_pages, since=since_text)

        def finished(result: Any) -> None:
            if isinstance(result, Failure):  # the site could not be started (or its engine broke)
                errors[name] = _one_line(result.value)
                log.error("%s: crawl failed: %s", name, errors[name])
            if rest:
                start(rest)

        done.addBoth(finished)

    def stop() -> None:
        """As Scrapy's own Ctrl-C: stop the crawlers, then the reactor once they have stopped (a
        crawler still starting up ignores stop(), so waiting for every crawl to end could hang)."""
        from twisted.internet import reactor

        def stop_reactor(_: Any) -> None:
            if reactor.running:
                reactor.stop()

        reactor.callFromThread(lambda: process.stop().addBoth(stop_reactor))

    with interruption.handle_signals() if not interruption.installed() else nullcontext(), \
            interruption.graceful_stop(stop):
        for group in host_groups(names):
            start(group)
        process.start(install_signal_handlers=False)
    if raw_stats:
        raw = {name: _raw_stats(crawlers[name]) if name in crawlers else {} for name in names}
        for name, error in errors.items():
            raw[name]["error"] = error
        return raw
    stats = {name: site_stats(_raw_stats(crawlers[name])) if name in crawlers else dict(_NOT_STARTED)
             for name in names}
    for name, error in errors.items():
        stats[name]["error"] = error
    return stats


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}{': ' + text[:200] if text else ''}"
