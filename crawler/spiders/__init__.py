"""One Scrapy spider class per site file, so `scrapy crawl zj-zh -a db=x.db` works.

Scrapy's spider loader looks for Spider subclasses defined in this package's modules; the
classes made here claim this module, so each configured site (built-in or from
PROVNEWS_SITES_DIR) is found by its name.
"""

from __future__ import annotations

from crawler.siteconfig import SiteConfig, load_sites
from crawler.spiders.site import SiteSpider

__all__ = ["SiteSpider", "spider_class", "spider_classes"]


def spider_class(site: SiteConfig) -> type[SiteSpider]:
    class_name = "".join(part.capitalize() for part in site.name.replace("_", "-").split("-")) + "Spider"
    return type(class_name, (SiteSpider,), {"name": site.name, "site_config": site, "__module__": __name__})


def spider_classes() -> dict[str, type[SiteSpider]]:
    return {name: spider_class(site) for name, site in load_sites().items()}


globals().update({cls.__name__: cls for cls in spider_classes().values()})
