"""WARC export (ISO 28500): the stored responses as a file any web-archive tool can read.

Written with warcio, one gzip member per record (`.warc.gz`), a `warcinfo` record first and one
`response` record per stored response, dated by its fetch time.
"""

from __future__ import annotations

import datetime as dt
import http
import os
from io import BytesIO
from pathlib import Path
from typing import Any

import sqlite_utils
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .errors import ArchiveError
from .raw import RawPage, iter_raw_pages
from .version import provnews_version

__all__ = ["export_warc", "warc_date"]

# The body was stored after transport decoding (Scrapy un-gzips and de-chunks it), so these
# headers no longer describe the payload; keeping them would make WARC readers decode it again.
_TRANSPORT_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def warc_date(fetched_at: str) -> str:
    """WARC-Date: UTC, second precision, 'Z' (what every WARC reader accepts)."""
    moment = dt.datetime.fromisoformat(fetched_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _http_headers(page: RawPage) -> StatusAndHeaders:
    status = page.status or 200
    try:
        phrase = http.HTTPStatus(status).phrase
    except ValueError:
        phrase = "Unknown"
    headers: list[tuple[str, str]] = []
    for name, value in page.headers.items():
        if name.lower() in _TRANSPORT_HEADERS:
            continue
        for one in value if isinstance(value, list) else [value]:
            headers.append((name, one))
    headers.append(("Content-Length", str(len(page.body))))
    return StatusAndHeaders(f"{status} {phrase}", headers, protocol="HTTP/1.1")


def export_warc(db: sqlite_utils.Database, out_path: str | Path, since: str | None = None,
                until: str | None = None, site: str | None = None) -> int:
    """Write the stored responses (optionally by fetch time and site) to `out_path`; return how
    many response records were written.

    The file appears only when complete: it is written beside the target and renamed, so a
    failed export never leaves a truncated WARC that looks finished.
    """
    out_path = Path(out_path)
    partial = out_path.with_name(out_path.name + ".part")
    count = 0
    try:
        with open(partial, "wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            info: dict[str, Any] = {"software": f"provnews/{provnews_version()}", "format": "WARC File Format 1.0",
                                    "description": "responses stored in a provnews archive"}
            if site:
                info["provnews-site"] = site
            writer.write_record(writer.create_warcinfo_record(out_path.name, info))
            for page in iter_raw_pages(db, since=since, until=until, site=site):
                record = writer.create_warc_record(
                    page.url, "response", payload=BytesIO(page.body), length=len(page.body),
                    http_headers=_http_headers(page),
                    warc_headers_dict={"WARC-Date": warc_date(page.fetched_at)},
                )
                writer.write_record(record)
                count += 1
        os.replace(partial, out_path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArchiveError(f"cannot write {out_path}: {exc.strerror or exc}: choose a writable path") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
