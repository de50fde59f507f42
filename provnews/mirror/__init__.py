"""Faithful local mirrors of the configured sites, for tests, benchmarks and `provnews demo`.

    server, base_url = serve("zj-zh")               # jpaas column; serve("zj-zh", variant="jpage")
    ... provnews crawl zj-zh --base-url {base_url} ...
    server.article_requests(); server.mirror.update_article("60195319", paragraphs=[...])
    server.stop()

`pages(site)` lists every page with its `truth` (what a perfect crawl archives) for articles.
"""

from __future__ import annotations

from .server import LoggedRequest, MirrorServer, serve
from .sites import ALL_SITE_NAMES, SITE_NAMES, VARIANTS, MirrorPage, MirrorSite

__all__ = ["MirrorPage", "MirrorSite", "MirrorServer", "LoggedRequest", "SITE_NAMES", "ALL_SITE_NAMES", "VARIANTS", "pages",
           "truths", "serve"]


def pages(site_name: str, variant: str | None = None) -> list[MirrorPage]:
    return MirrorSite(site_name, variant).pages()


def truths(site_name: str, variant: str | None = None) -> dict[str, dict]:
    """Canonical URL -> truth for every article of the mirror."""
    return {p.truth["url"]: p.truth for p in pages(site_name, variant) if p.truth}
