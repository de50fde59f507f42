"""Quality gate: every article of the project's mirrors extracts exactly, with and without site rules."""

import pytest

from crawler import siteconfig
from crawler.extract import extract_page, merge_pages
from provnews import mirror


def articles():
    for name in mirror.SITE_NAMES:
        site = siteconfig.get_site(name)
        base = site.base_url.rstrip("/")
        pages = mirror.pages(name)
        bodies = {base + p.path: (p.body, {"Content-Type": p.content_type}) for p in pages}
        for page in pages:
            if page.kind == "article" and page.truth:
                yield pytest.param(site, base + page.path, bodies, page.truth, id=page.path)


def extract(site, url, bodies):
    body, headers = bodies[url]
    page = extract_page(body, url, headers, site)
    later = [extract_page(bodies[u][0], u, bodies[u][1], site) for u in page.page_urls]
    return merge_pages([page, *later]) if later else page


@pytest.mark.parametrize("use_rules", [True, False], ids=["site rules", "no site rules"])
@pytest.mark.parametrize("site, url, bodies, truth", list(articles()))
def test_mirror_article_is_extracted_exactly(site, url, bodies, truth, use_rules):
    page = extract(site if use_rules else None, url, bodies)
    assert page.title == truth["title"]
    assert page.published_at == truth["published_at"]
    assert [p.text for p in page.paragraphs] == truth["paragraphs"]
    assert page.source == truth["source"]
