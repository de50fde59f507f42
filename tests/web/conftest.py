"""A small review archive, built through the real store, with translation rows as the worker writes them."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from archive import Archive, transaction
from archive.hashing import text_hash

MODEL = "test-zh-en-1.0"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_FLAG = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">"


def _page(url: str, site: str, lang: str, title: str, date: str, paragraphs: list[str],
          source: str = "新华社") -> dict:
    return {"url": url, "site": site, "lang": lang, "title": title, "published_at": date, "source": source,
            "paragraphs": [{"text": text, "kind": "text"} for text in paragraphs]}


def translate(db, article_id: int, english: dict[int, str], *, at: str = "2024-05-02T00:00:00+00:00") -> None:
    """Machine translations for the given units (idx -1 = title), and the joined columns."""
    with transaction(db):
        title, = db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
        sources = dict(db.execute("SELECT idx, text FROM paragraphs WHERE article_id = ?", [article_id]).fetchall())
        sources[-1] = title
        for idx, text in english.items():
            db.execute("INSERT INTO translations (article_id, idx, source_hash, model, machine, translated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)", [article_id, idx, text_hash(sources[idx]), MODEL, text, at])
        body = "\n".join(english.get(i, "") for i in sorted(k for k in sources if k >= 0))
        complete = set(english) == set(sources)
        db.execute("UPDATE articles SET title_translation = ?, body_translation = ?, translation_model = ?,"
                   " translated_at = ? WHERE id = ?",
                   [english.get(-1), body, MODEL, at if complete else None, article_id])


def _store(archive: Archive, page: dict, english: list[str] | None = None) -> int:
    archive.store_article(page)
    article_id, = archive.db.execute("SELECT id FROM articles WHERE url = ?", [page["url"]]).fetchone()
    if english is not None:
        translate(archive.db, article_id, dict(enumerate(english, start=-1)))
    return article_id


def _zh(name: str, date: str, site: str = "zj-zh") -> tuple[dict, list[str]]:
    page = _page(f"https://www.zj.gov.cn/art/{date.replace('-', '/')}/art_{name}.html", site, "zh",
                 f"浙江省召开乡村振兴工作会议（{name}）", date,
                 ["会议强调，要坚定不移推进乡村振兴。", "省政府有关负责人出席会议并讲话。",
                  "会议还部署了下一阶段的重点工作。"])
    english = [f"Zhejiang holds rural revitalization work conference ({name})",
               "The meeting stressed the need to unswervingly promote rural revitalization.",
               "Officials of the provincial government attended the meeting and spoke.",
               "The meeting also arranged the key work for the next stage."]
    return page, english


def build_review_archive(path: Path) -> dict[str, int]:
    """Articles by role: tests that write use their own article, so test order never matters."""
    ids: dict[str, int] = {}
    with Archive(path) as archive:
        for n, name in enumerate(("plain", "browser", "keys", "api", "api2", "readonly")):
            ids[name] = _store(archive, *_zh(name, f"2024-05-{n + 1:02d}"))
        ids["other_site"] = _store(archive, *_zh("other", "2024-04-20", site="js-zh"))
        ids["xss"] = _store(
            archive,
            _page("javascript:alert(1)", "zj-zh", "zh", f"标题 {XSS_SCRIPT}", "2024-05-10",
                  [f"正文 {XSS_SCRIPT} 结束", f"图片 {XSS_IMG}", f"标记 {XSS_FLAG}"], source=XSS_IMG),
            [f"Title {XSS_SCRIPT}", f"Body {XSS_SCRIPT} end", f"Image {XSS_IMG}", f"Flag {XSS_FLAG}"],
        )
        ids["pending"] = _store(archive, _page("https://www.zj.gov.cn/art/2024/5/11/art_pending.html", "zj-zh", "zh",
                                               "尚未翻译的文章", "2024-05-11", ["这一段还没有翻译。"]))
        ids["english"] = _store(archive, _page("https://www.zj.gov.cn/english/art_1.html", "zj-en", "en",
                                               "Zhejiang opens trade fair", "2024-03-01",
                                               ["The fair opened on Friday.", "Exhibitors came from 40 countries."]))
    return ids


@pytest.fixture(scope="session")
def review_archive(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("review") / "archive.db"
    return path, build_review_archive(path)


@pytest.fixture
def fresh_archive(tmp_path) -> tuple[Archive, dict[str, int]]:
    path = tmp_path / "archive.db"
    ids = build_review_archive(path)
    with Archive(path) as archive:
        yield archive, ids


@pytest.fixture(scope="session")
def review_server(review_archive):
    """The real app under uvicorn on 127.0.0.1, as `provnews serve --reviewer tester` runs it."""
    from provnews.web import create_app
    from provnews.web.server import BackgroundServer

    path, _ = review_archive
    with BackgroundServer(create_app(path, reviewer="tester")) as server:
        yield server


def new_client(app):
    """An in-process client on 127.0.0.1 (the Host the app accepts by default); a new one is a new browser."""
    with warnings.catch_warnings():
        # Starlette 1.x nags about httpx (it wants httpx2, which the project does not use).
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    return TestClient(app, base_url="http://127.0.0.1", follow_redirects=False)


@pytest.fixture(scope="session")
def client(review_archive):
    """An in-process client of a writable app with no fixed reviewer (browsers name themselves)."""
    from provnews.web import create_app

    path, _ = review_archive
    with new_client(create_app(path)) as session_client:
        yield session_client


@pytest.fixture(scope="session")
def readonly_client(review_archive):
    from provnews.web import create_app

    path, _ = review_archive
    with new_client(create_app(path, read_only=True, reviewer="tester")) as session_client:
        yield session_client
