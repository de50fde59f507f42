"""Per-site health of every run: measured from what the crawl counted, judged against the site's
own history, stored with the rest of the site's run.

A crawl that "succeeds" with no new article, or whose bodies all came from the generic fallback,
is the failure nobody notices for weeks; recording the same few measures every run is what
lets the next run see that something changed.

One record, three steps, one private module each:

- `SiteRun` (`_siterun`): a site's part of a run, the one record of the runner's summary, the
  judgement and the archive;
- measure (`_measure`): `run_crawl`'s counts of a site, with the crawl's
  `crawler.health_stats.HealthCounts`, -> `SiteRun`;
- judge (`_alarms`, `_judge`): the drift alarms against the site's last healthy runs (`evaluate`,
  `state_of`); `assess` measures, judges and stores a run's sites in one transaction;
- store (`_storage`): a site's runs in the archive as `SiteRun`s; the SQL is `archive.health`'s
  (table `run_sites`, view `site_health`).

The crawler counts (`crawler/health_stats.py`, `crawler/causes.py`); this package only reads what
it counted. It imports `crawler` (counts, causes, site configs) and `archive`, never the other
way round.
"""

from ._alarms import FALLBACK_NAMES, evaluate, state_of
from ._judge import assess, judge
from ._measure import measure
from ._siterun import SEVERITY, SITE_HEALTH_FIELDS, STATES, SiteRun
from ._storage import history, latest, overview, recent, record

__all__ = ["SiteRun", "STATES", "SEVERITY", "SITE_HEALTH_FIELDS", "measure", "evaluate", "state_of", "FALLBACK_NAMES",
           "judge", "assess", "record", "history", "recent", "latest", "overview"]
