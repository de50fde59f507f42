"""`provnews show ID|URL`: one archived article as JSON, or the page as it was served."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from provnews.commands.options import db_option, open_existing_archive
from provnews.errors import CLIError

_ARTICLE_COLUMNS = (
    "url", "site", "lang", "title", "published_at", "date_rule", "source", "author", "editor",
    "version", "first_seen_at", "changed_at", "fetched_at",
    "title_translation", "body_translation", "translation_model", "translated_at",
    "title_rule", "body_rule", "source_rule", "attachment_only",
)


def _find_article(db: Any, url: str) -> tuple[dict, str | None]:
    """The article numbered `url` (the id of the web UI and `search --json`), the article at
    `url`, or the one a further page at `url` belongs to (then that page URL)."""
    from archive.articles import article_by_id, article_by_url
    from archive.raw import article_of_page

    if url.isdigit():
        article = article_by_id(db, int(url))
        if article is None:
            raise CLIError(f"no article {url} in the archive: the ids are those of `provnews search --json`"
                           " and the review pages (/articles/ID)")
        return article, None
    article = article_by_url(db, url)
    if article is not None:
        return article, None
    article_id = article_of_page(db, url)
    if article_id is None:
        raise CLIError(f"no article with URL {url} in the archive: copy the URL from"
                       " `provnews search` or `provnews export`")
    return article_by_id(db, article_id), url


def _article_json(db: Any, article: dict, pages: list) -> dict:
    from archive.articles import paragraphs_of, revision_count

    out: dict[str, Any] = {"id": article["id"], **{column: article[column] for column in _ARTICLE_COLUMNS}}
    out["paragraphs"] = [{"text": text, "kind": kind} for kind, text in paragraphs_of(db, article["id"])]
    out["images"] = json.loads(article["images"])
    out["attachments"] = json.loads(article["attachments"])
    out["revisions"] = revision_count(db, article["id"])
    out["raw_pages"] = [
        {"url": p.url, "page_no": p.page_no, "status": p.status, "fetched_at": p.fetched_at,
         "sha256": p.blob_hash}
        for p in pages
    ]
    return out


@click.command(name="show")
@click.argument("url", metavar="ID|URL")
@db_option
@click.option("--raw", is_flag=True,
              help="Print the stored page bytes as served (every page of a multi-page article, in order).")
@click.option("--page", "page_no", type=click.IntRange(min=1), default=None,
              help="With --raw: only this page of a multi-page article.")
def show_command(url: str, db_path: Path | None, raw: bool, page_no: int | None) -> None:
    """Show one archived article (current version) as JSON, or with --raw the page as served.

    The article by its id (as in `provnews search --json` and the review pages) or its URL.

    Example:

    \b
        provnews show 80 --db news.db
        provnews show https://www.zj.gov.cn/art/2024/5/1/art_1554467_1.html --db news.db --raw > page.html
    """
    from archive.raw import RawPageError, version_pages

    with open_existing_archive(db_path) as archive:
        article, page_url = _find_article(archive.db, url)
        pages = version_pages(archive.db, article["id"])
        if not raw:
            click.echo(json.dumps(_article_json(archive.db, article, pages), ensure_ascii=False, indent=2))
            return
        if not pages:
            raise CLIError(f"{article['url']} was archived without its raw page (crawled with --no-raw):"
                           " re-crawl it to keep the page")
        wanted = [p for p in pages
                  if (page_url is None or p.url == page_url) and (page_no is None or p.page_no == page_no)]
        if not wanted:
            which = f"page {page_no}" if page_no is not None else page_url
            raise CLIError(f"the current version of {article['url']} has no stored {which}:"
                           " omit --page, or show the article's own URL")
        out = click.get_binary_stream("stdout")
        try:
            for page in wanted:
                out.write(page.body)
        except RawPageError as exc:
            raise CLIError(str(exc)) from None
        out.flush()
