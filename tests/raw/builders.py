"""Articles and the responses that produced them, built by hand so every stored byte is known."""

from __future__ import annotations

from warcio.archiveiterator import ArchiveIterator

SITE = "zj-zh"
BASE = "https://www.zj.gov.cn/art/2024/5/{n}/art_1554467_{n}.html"


def article(n: int, paragraphs: list[str], title: str = "标题", site: str = SITE,
            published_at: str = "2024-05-01T10:00:00+08:00") -> dict:
    return {"url": BASE.format(n=n), "site": site, "lang": "zh", "title": title,
            "published_at": published_at, "paragraphs": [{"text": t} for t in paragraphs]}


def response(url: str, body: bytes, fetched_at: str = "2024-05-01T02:00:00+00:00", page_no: int = 1,
             headers: dict | None = None, status: int = 200) -> dict:
    return {"url": url, "status": status, "body": body, "fetched_at": fetched_at, "page_no": page_no,
            "headers": headers if headers is not None else {"Content-Type": "text/html; charset=utf-8"}}


def hanweb_page(title: str, paragraphs: list[str], note: str | None = None, date: str = "2024-05-01 10:00") -> bytes:
    """An article page in the zj-zh layout (Hanweb metas, body in div#zoom), optionally with an
    editor's note block that a site rule may drop."""
    note_html = f'<div class="note"><p>{note}</p></div>' if note else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<html><head><meta charset="utf-8">'
        f'<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date}">'
        '<meta name="ContentSource" content="浙江日报">'
        f"<title>{title}_浙江省人民政府门户网站</title></head>"
        f'<body><div class="share">分享到：微信 微博</div><div id="zoom">{note_html}{body}</div></body></html>'
    ).encode()


def read_responses(path) -> list[tuple]:
    """(URL, WARC-Date, HTTP headers, payload) of every response record, digests verified."""
    with open(path, "rb") as fh:
        return [(r.rec_headers.get_header("WARC-Target-URI"), r.rec_headers.get_header("WARC-Date"),
                 r.http_headers, r.content_stream().read())
                for r in ArchiveIterator(fh, check_digests="raise") if r.rec_type == "response"]
