"""Scrapy settings for provnews: polite defaults for public government portals.

Used by `scrapy crawl SITE` (scrapy.cfg) and by `provnews crawl`; every value can be overridden
with `-s KEY=VALUE` on either command. See https://docs.scrapy.org/en/latest/topics/settings.html
"""

BOT_NAME = "provnews"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Say who we are and how to reach us; replace the contact URL with your own before crawling.
USER_AGENT = "provnews/0.1 (news archiver for research; +https://example.org/provnews-contact)"

# Obey robots.txt: these are public-service sites, and some block crawlers that ignore it.
ROBOTSTXT_OBEY = True

# One request at a time per site, at least a second apart, slowed further by AutoThrottle when
# the server answers slowly. https://docs.scrapy.org/en/latest/topics/autothrottle.html
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # wait 0.5x to 1.5x the delay, as a person would
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Government portals are often slow from abroad; give up on a page after 30 s and retry it.
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# Article pages rarely need cookies; the portals' WAFs sometimes set them, so keep them on.
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8",
}

# Errors (HTTP 4xx/5xx after retries) reach the spider's errback, which records them.
HTTPERROR_ALLOW_ALL = False

# No JOBDIR here: a job directory resumes ONE run, and shared between runs its seen-requests set
# would stop list pages from being fetched again. Pass -s JOBDIR=… for a single long backfill.

ITEM_PIPELINES = {"crawler.pipelines.ArchivePipeline": 300}
EXTENSIONS = {"crawler.progress.CrawlProgress": 500}

# provnews' own settings.
PROVNEWS_DB = None  # archive path when `-a db=` is not given (scrapy crawl SITE -s PROVNEWS_DB=x.db)
PROVNEWS_KEEP_RAW = True  # keep every fetched article page (compressed) beside the article
PROVNEWS_REFRESH = False  # re-fetch articles already archived (changed ones become revisions)
PROVNEWS_RETRY_FAILED = False  # re-fetch pages whose failure was permanent (soft 404, HTTP 404)
PROVNEWS_RUN_ID = None  # the runs.id this crawl belongs to, stamped on its failures
PROVNEWS_PROGRESS = False  # live progress bars on stderr; provnews turns it on in a terminal

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# Sites with `fetch = "browser"` / `"browser-once"`: which requests go through Chromium
# (crawler/browser_fetch.py; docs/sites.md). Plain sites only get the "needs a browser" check.
# A 200 "系统繁忙，请稍后再试" page is the 503 it means (retried, then a passing failure), and a
# redirect back to the URL it began from (a WAF's cookie check) is not a duplicate (crawler/resilience.py).
# The busy check sits between RetryMiddleware (550) and the decompression (590).
DOWNLOADER_MIDDLEWARES = {"crawler.browser_fetch.BrowserFetchMiddleware": 580,
                          "crawler.resilience.BusyPageMiddleware": 560}
DUPEFILTER_CLASS = "crawler.resilience.ReturningRedirectDupeFilter"
PROVNEWS_BROWSER = None  # the Chromium executable (default: $PROVNEWS_BROWSER, then chromium on PATH)
PROVNEWS_BROWSER_TIMEOUT = 30  # seconds a browser page may take to pass a challenge and settle
PROVNEWS_BROWSER_PAGES = 2  # browser pages open at once per site
