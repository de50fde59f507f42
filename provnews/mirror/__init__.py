"""The demo sites: read-only local mirrors of the configured sites, generated from data.

`provnews demo` serves one per site and crawls them; tests and benchmarks crawl and read them
too (tests/support adds faults, a request log and data that changes between crawls).

    server, base_url = serve("zj-zh")               # jpaas column; serve("zj-zh", variant="jpage")
    ... provnews crawl zj-zh --base-url {base_url} ...
    server.stop()

`pages(site)` lists every page with its `truth` (what a perfect crawl archives) for articles.
"""

from __future__ import annotations

from .server import MirrorHandler, MirrorServer, serve
from .sites import ALL_SITE_NAMES, SITE_NAMES, VARIANTS, MirrorPage, MirrorSite

__all__ = ["MirrorPage", "MirrorSite", "MirrorServer", "MirrorHandler", "SITE_NAMES", "ALL_SITE_NAMES", "VARIANTS",
           "pages", "truths", "serve"]


def pages(site_name: str, variant: str | None = None) -> list[MirrorPage]:
    return MirrorSite(site_name, variant).pages()


def truths(site_name: str, variant: str | None = None) -> dict[str, dict]:
    """Canonical URL -> truth for every article of the mirror."""
    return {p.truth["url"]: p.truth for p in pages(site_name, variant) if p.truth}
