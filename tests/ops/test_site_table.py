"""docs/sites.md's table of configured sites is the one the site files give."""

from crawler.siteconfig import load_sites
from provnews import site_table


def test_docs_site_table_is_in_sync_with_the_site_files():
    text = site_table.DOC.read_text(encoding="utf-8")
    assert site_table.BEGIN in text, "docs/sites.md has no generated table: run python -m provnews.site_table"
    current = site_table.BEGIN + text.partition(site_table.BEGIN)[2].partition(site_table.END)[0] + site_table.END
    assert current == site_table.table(), "docs/sites.md is out of date: run python -m provnews.site_table"


def test_every_site_is_a_row():
    table = site_table.table()
    for name, site in load_sites().items():
        [row] = [line for line in table.splitlines() if line.startswith(f"| `{name}` |")]
        assert f"`{site.pagination.kind}`" in row and site.confidence in row
