"""The review app: pages, the write guard, and one archive connection per request.

Reads and writes run in Starlette's thread pool on a connection opened for that request, because
an sqlite3 connection must not be shared between threads and opening one costs well under a
millisecond. Writes pass one guard (`_writable`): read-only mode, the account's role (with
`--auth`, `auth.py`), same origin, CSRF token.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import sqlite_utils
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from archive import pairs, review
from archive.accounts import end_sessions, history, list_accounts, session_secret, stored_session_secret
from archive.db import damage, open_db, open_read_only, touch_btrees
from archive.errors import ArchiveDamaged, ArchiveError
from archive.migrations import pending
from archive.search import count, mark_hits, search
from provnews.accounts import Account, authenticate
from provnews.glossary import Glossary, GlossaryError

from . import dashboard, feeds, markup
from .auth import LOGIN_COOKIE, Auth, AuthGate, cookie, safe_next
from .csrf import CSRF, SESSION_COOKIE, TOKEN_FIELD, TOKEN_HEADER

HERE = Path(__file__).parent
PAGE_SIZE = 50
REVIEWER_COOKIE = "provnews_reviewer"
# Scripts and styles only from our own static files: even if some archive text slipped past the
# escaping, the browser would refuse to run it.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    # Not no-referrer: with it Chromium sends `Origin: null` on our own form posts, which the
    # origin check must refuse. Links out to the original site still carry no referrer.
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


class ArchiveFile:
    """The archive the app serves; `run()` calls a function with a fresh connection in a thread."""

    def __init__(self, path: str | Path, read_only: bool):
        self.path = Path(path)
        self.read_only = read_only
        if not self.path.is_file():
            raise ArchiveError(f"no archive at {self.path}: check --db, or crawl into it first")
        try:
            if read_only:
                db = self._connect()
                try:
                    touch_btrees(db.conn)  # what open_db checks: a damaged file is refused at start
                    if pending(db):
                        raise ArchiveError(f"{self.path} needs a schema upgrade, which --read-only cannot do:"
                                           " run any writing provnews command on it once")
                finally:
                    db.conn.close()
            else:
                open_db(self.path).conn.close()  # check and migrate once, at start, with its backup
        except sqlite3.DatabaseError as exc:
            raise damage(self.path, exc) or ArchiveError(f"{self.path} is not a provnews archive ({exc})") from exc

    def _connect(self) -> sqlite_utils.Database:
        if not self.read_only:
            return open_db(self.path, migrate_schema=False, check=False)  # checked at start
        return open_read_only(self.path)

    async def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        def call() -> Any:
            db = self._connect()
            try:
                return fn(db, *args, **kwargs)
            finally:
                db.conn.close()

        return await run_in_threadpool(call)


class SessionAndHeaders:
    """Give every browser a session id for CSRF tokens, and every response the security headers."""

    def __init__(self, app, csrf: CSRF):
        self.app = app
        self.csrf = csrf

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        session = Request(scope).cookies.get(SESSION_COOKIE)
        fresh = not CSRF.plausible_session(session)
        if fresh:
            session = CSRF.new_session()
        scope.setdefault("state", {})["session"] = session

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)  # a chart image keeps its own (dashboard.CHART_POLICY)
                if fresh:
                    headers.append("set-cookie", cookie(SESSION_COOKIE, session, scope))
            await send(message)

        await self.app(scope, receive, send_with_headers)


class ReviewUI:
    def __init__(self, archive: ArchiveFile, csrf: CSRF, *, read_only: bool, reviewer: str | None,
                 datasette: str | None = None, glossary: Glossary | None = None, auth: Auth | None = None,
                 models_dir: str | Path | None = None):
        self.archive = archive
        self.auth = auth  # None: no accounts (loopback, or --no-auth); the typed reviewer name signs
        self.models_dir = models_dir  # where translations.packages looks for the model (None: its default)
        self.datasette = datasette  # this archive's database page in a Datasette, or None
        self.glossary = glossary or Glossary()
        self.csrf = csrf
        self.read_only = read_only
        self.fixed_reviewer = reviewer
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,  # every template, whatever its extension: archive text is untrusted
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters["diff"] = markup.diff
        env.filters["safe_href"] = markup.safe_href
        env.filters["when"] = markup.when
        env.filters["province"] = markup.province
        env.globals["display_tz"] = markup.DISPLAY_TZ_NAME
        env.globals["shown_confidence"] = review.SHOWN_CONFIDENCE
        self.templates = Jinja2Templates(env=env)

    # -- helpers ----------------------------------------------------------------------------

    def account(self, request: Request) -> Account | None:
        return request.state.account if self.auth else None

    def can(self, request: Request, permission: str) -> bool:
        """Whether this request's account may do `permission` (everyone may, without --auth)."""
        if self.auth is None:
            return True
        account = self.account(request)
        return account is not None and account.can(permission)

    def reviewer(self, request: Request) -> str:
        if self.auth is not None:
            account = self.account(request)
            return account.name if account else ""
        if self.fixed_reviewer:
            return self.fixed_reviewer
        return urllib.parse.unquote(request.cookies.get(REVIEWER_COOKIE, "")).strip()

    def model_hint(self) -> str | None:
        """How to install the translation model, while none is installed (a directory listing)."""
        from translations.packages import missing_model_message

        return missing_model_message(self.models_dir)

    def render(self, request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
        context.update(
            read_only=self.read_only,
            reviewer=self.reviewer(request),
            reviewer_fixed=bool(self.fixed_reviewer),
            auth=self.auth is not None,
            account=self.account(request),
            can_edit=self.can(request, "edit"),
            can_pairs=self.can(request, "pairs"),
            csrf_field=TOKEN_FIELD,
            csrf_token=self.csrf.token(request.state.session),
            datasette=self.datasette,
        )
        return self.templates.TemplateResponse(request, name, context, status_code=status_code)

    async def _writable(self, request: Request, permission: str | None = "edit"):
        """The form of a write request that passed every check; otherwise 403."""
        if self.read_only and permission is not None:
            raise HTTPException(403, "this review server is read-only (started with --read-only)")
        if permission is not None and not self.can(request, permission):
            account = self.account(request)
            role = account.role if account else "no account"
            raise HTTPException(403, f"your role ({role}) may not {_DOING[permission]}: ask an editor")
        origin = request.headers.get("origin")
        if origin and origin != f"{request.url.scheme}://{request.url.netloc}":
            raise HTTPException(403, "cross-site request refused")
        form = await request.form()
        token = form.get(TOKEN_FIELD) or request.headers.get(TOKEN_HEADER)
        if not self.csrf.valid(request.cookies.get(SESSION_COOKIE), token):
            raise HTTPException(403, "missing or stale form token: reload the page and try again")
        return form

    def _signed_reviewer(self, request: Request) -> str:
        name = self.reviewer(request)
        if not name:
            raise review.ReviewError("set your reviewer name at the top of the page first")
        return name

    # -- pages ------------------------------------------------------------------------------

    async def browse(self, request: Request) -> Response:
        params = request.query_params
        query = params.get("q", "").strip()
        filters = {key: params.get(key) or None for key in ("site", "lang", "since", "until")}
        page = _page_number(request)
        sites = await self.archive.run(review.sites)
        rows, error, total = [], None, 0
        paired = params.get("paired") or None
        try:
            if query:
                rows = await self.archive.run(search, query, **filters, limit=PAGE_SIZE + 1,
                                              offset=(page - 1) * PAGE_SIZE)
                total = await self.archive.run(count, query, **filters)
                for row in rows:
                    row["snippet"] = markup.snippet(row["snippet"] or "")
                    row["title_marked"] = markup.snippet(mark_hits(row["title"] or "", query))
                    if row["title_translation"]:
                        row["title_translation_marked"] = markup.snippet(mark_hits(row["title_translation"], query))
            else:
                rows = await self.archive.run(review.list_articles, **filters, limit=PAGE_SIZE + 1,
                                              offset=(page - 1) * PAGE_SIZE, paired=paired)
                total = await self.archive.run(review.count_articles, **filters, paired=paired)
        except ArchiveError as exc:
            error = str(exc)
        return self.render(request, "list.html", 400 if error else 200, view="browse", query=query,
                           filters={**filters, "paired": paired}, sites=sites, rows=rows[:PAGE_SIZE], error=error,
                           pages=_pages(request, page, len(rows) > PAGE_SIZE, total))

    async def queue(self, request: Request) -> Response:
        site = request.query_params.get("site") or None
        page = _page_number(request)
        sites = await self.archive.run(review.sites)
        rows = await self.archive.run(review.review_queue, site=site, limit=PAGE_SIZE + 1,
                                      offset=(page - 1) * PAGE_SIZE)
        size = await self.archive.run(review.queue_size, site=site)
        return self.render(request, "list.html", view="queue", query="", sites=sites, error=None,
                           filters={"site": site, "lang": None, "since": None, "until": None},
                           rows=rows[:PAGE_SIZE], queue_size=size, model_hint=self.model_hint(),
                           pages=_pages(request, page, len(rows) > PAGE_SIZE, size))

    async def article(self, request: Request) -> Response:
        article_id = request.path_params["article_id"]
        article = await self.archive.run(review.get_article, article_id)
        article["history"] = await self.archive.run(history, article_id)
        following = await self.archive.run(review.next_in_queue, after=article_id)
        try:
            self.glossary.annotate(await self.archive.run(pairs.glossary_terms), article["units"])
        except GlossaryError as exc:
            article["glossary_error"] = str(exc)
        untranslated = article["lang"] == "zh" and article["progress"]["translated"] < article["progress"]["units"]
        # The pair box finds the other article by the words of its title (`pair_q`).
        pair_q = " ".join((request.query_params.get("pair_q") or "").split())[:200] or None
        candidates = await self.archive.run(pairs.pair_candidates, article_id, pair_q) if pair_q else []
        return self.render(request, "article.html", article=article, next_in_queue=following,
                           model_hint=self.model_hint() if untranslated else None,
                           pair_q=pair_q, pair_candidates=candidates)

    # -- writes -----------------------------------------------------------------------------

    async def edit_unit(self, request: Request) -> Response:
        form = await self._writable(request)
        article_id, idx = request.path_params["article_id"], _unit_idx(request)
        await self.archive.run(review.edit_unit, article_id, idx, _text(form, "english") or "",
                               self._signed_reviewer(request), expected=_text(form, "expected"))
        return RedirectResponse(f"/articles/{article_id}#u{idx}", status_code=303)

    async def review_unit(self, request: Request) -> Response:
        await self._writable(request)
        article_id, idx = request.path_params["article_id"], _unit_idx(request)
        reviewer = self._signed_reviewer(request)

        def sign_off(db: sqlite_utils.Database) -> int:
            review.review_unit(db, article_id, idx, reviewer)
            return review.next_unit(db, article_id, idx)

        following = await self.archive.run(sign_off)
        return RedirectResponse(f"/articles/{article_id}#u{following}", status_code=303)

    async def review_article(self, request: Request) -> Response:
        await self._writable(request)
        article_id = request.path_params["article_id"]
        await self.archive.run(review.review_article, article_id, self._signed_reviewer(request))
        return RedirectResponse(f"/articles/{article_id}", status_code=303)

    async def decide_pair(self, request: Request) -> Response:
        """confirm / reject the article's pair, or set its pair to another article (`other`)."""
        form = await self._writable(request, "pairs")
        article_id = request.path_params["article_id"]
        reviewer = self._signed_reviewer(request)
        action = _text(form, "action")
        try:
            other = int(_text(form, "other") or "")
        except ValueError:
            raise review.ReviewError("pick the other article from the pair box's title search") from None
        decide = {"confirm": pairs.confirm, "reject": pairs.reject, "set": pairs.set_pair}.get(action or "")
        if decide is None:
            raise HTTPException(400, "action must be confirm, reject or set")

        def apply(db: sqlite_utils.Database) -> None:
            decide(db, article_id, other, reviewer)
            if action != "reject":
                from translations.pairing import align_pair

                for row in pairs.stale_alignments(db):
                    align_pair(db, row["en_id"], row["zh_id"], row["hash"])

        await self.archive.run(apply)
        return RedirectResponse(f"/articles/{article_id}#pair", status_code=303)

    async def set_reviewer(self, request: Request) -> Response:
        form = await self._writable(request)
        if self.auth is not None:
            raise HTTPException(400, "with accounts, your edits are signed with your account's name")
        if self.fixed_reviewer:
            raise HTTPException(400, f"the reviewer is fixed to {self.fixed_reviewer} by --reviewer")
        name = " ".join((_text(form, "name") or "").split())[:80]
        if not name:
            raise review.ReviewError("the reviewer name is empty")
        target = _text(form, "next") or "/"
        if not target.startswith("/") or target.startswith("//"):
            target = "/"
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(REVIEWER_COOKIE, urllib.parse.quote(name), max_age=365 * 86400, httponly=True,
                            samesite="strict")
        return response

    # -- sign-in (--auth) -------------------------------------------------------------------

    async def login_page(self, request: Request) -> Response:
        if self.auth is None:
            return RedirectResponse("/", status_code=303)
        target = safe_next(request.query_params.get("next"))
        if self.account(request) is not None:
            return RedirectResponse(target, status_code=303)
        return self.render(request, "login.html", next=target, login_name="", message=None)

    async def login(self, request: Request) -> Response:
        if self.auth is None:
            raise HTTPException(404, "this server has no accounts (started without --auth)")
        form = await self._writable(request, None)  # same origin and a form token: no login forgery
        name = (_text(form, "name") or "").strip()
        password = _text(form, "password") or ""
        target = safe_next(_text(form, "next"))
        throttle = self.auth.throttle
        keys = (f"name:{name.casefold()}", f"address:{request.client.host if request.client else '?'}")
        wait = throttle.wait(*keys)
        if wait > 0:
            response = self.render(request, "login.html", 429, next=target, login_name=name,
                                   message=f"too many wrong passwords: try again in {int(wait) + 1} s")
            response.headers["retry-after"] = str(int(wait) + 1)
            return response
        account = await run_in_threadpool(self._authenticate, name, password)
        if account is None:
            throttle.failed(*keys)
            return self.render(request, "login.html", 401, next=target, login_name=name,
                               message="wrong name or password")
        throttle.succeeded(keys[0])
        response = RedirectResponse(target, status_code=303)
        response.headers.append("set-cookie", cookie(LOGIN_COOKIE, self.auth.sessions.issue(account), request.scope))
        # A new form-token session too: whatever id this browser had before signing in is dropped.
        response.headers.append("set-cookie", cookie(SESSION_COOKIE, CSRF.new_session(), request.scope))
        return response

    def _authenticate(self, name: str, password: str) -> Account | None:
        db = self.archive._connect()
        try:
            return authenticate(db, name, password)
        finally:
            db.conn.close()

    async def logout(self, request: Request) -> Response:
        """Sign out: the cookie goes, and (on a writable archive) every session of the account ends."""
        await self._writable(request, None)
        account = self.account(request)
        if account is not None and not self.read_only:
            await self.archive.run(end_sessions, account.name)
        response = RedirectResponse("/login", status_code=303)
        response.headers.append("set-cookie", cookie(LOGIN_COOKIE, "", request.scope, clear=True))
        response.headers.append("set-cookie", cookie(SESSION_COOKIE, CSRF.new_session(), request.scope))
        return response

    # -- errors -----------------------------------------------------------------------------

    async def error(self, request: Request, exc: Exception) -> Response:
        if isinstance(exc, HTTPException):
            status, message = exc.status_code, exc.detail
        else:
            status = 404 if isinstance(exc, review.NotFound) else 409 if isinstance(exc, review.ReviewConflict) else 400
            message = str(exc)
        return self.render(request, "error.html", status, status=status, message=message)

    async def damaged(self, request: Request, exc: Exception) -> Response:
        """503 and the repair commands when a page reads a damaged part of the file; any other
        database error stays a 500."""
        found = exc if isinstance(exc, ArchiveDamaged) else damage(self.archive.path, exc)
        if not isinstance(found, ArchiveDamaged):
            raise exc
        return self.render(request, "damaged.html", 503, status=503, damage=found)


_DOING = {"edit": "edit or review translations", "pairs": "confirm or reject pairs",
          "glossary": "manage the glossary"}


def _text(form, name: str) -> str | None:
    value = form.get(name)
    if value is not None and not isinstance(value, str):
        raise HTTPException(400, f"{name} must be text, not a file")
    return value


def _page_number(request: Request) -> int:
    try:
        return max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        return 1


def _pages(request: Request, page: int, more: bool, total: int) -> dict:
    """Links to the neighbouring pages, and `first`–`last` of `total`: what the page shows."""
    def link(number: int) -> str:
        query = [(k, v) for k, v in request.query_params.multi_items() if k != "page"] + [("page", str(number))]
        return f"{request.url.path}?{urllib.parse.urlencode(query)}"

    first = (page - 1) * PAGE_SIZE + 1
    return {"number": page, "prev": link(page - 1) if page > 1 else None, "next": link(page + 1) if more else None,
            "first": first, "last": min(total, page * PAGE_SIZE), "total": total}


def _unit_idx(request: Request) -> int:
    try:
        return int(request.path_params["idx"])
    except ValueError:
        raise HTTPException(404, "no such paragraph") from None


def _auth(archive: ArchiveFile, idle_minutes: float, clock: Callable[[], float] | None) -> Auth:
    """Sign-in over the archive's accounts; refused (ArchiveError) while it has none enabled."""
    db = archive._connect()
    try:
        if not any(row["disabled_at"] is None for row in list_accounts(db)):
            raise ArchiveError(f"{archive.path} has no enabled account to sign in with: add one with"
                               " provnews users add NAME --role editor")
        secret = stored_session_secret(db) if archive.read_only else session_secret(db)
    finally:
        db.conn.close()
    if secret is None:
        raise ArchiveError(f"{archive.path} has no session key yet, which --read-only cannot make:"
                           " start once without --read-only")
    return Auth(archive, secret, idle_minutes=idle_minutes, **({"clock": clock} if clock else {}))


def create_app(db_path: str | Path, read_only: bool = False, *, reviewer: str | None = None,
               allowed_hosts: list[str] | None = None, datasette_url: str | None = None,
               glossary: str | Path | None = None, auth: bool = False, session_idle_minutes: float = 60,
               clock: Callable[[], float] | None = None, models_dir: str | Path | None = None) -> Starlette:
    """The review UI over the archive at `db_path`.

    `reviewer` fixes the name stored with every edit and review (else each browser sets its own);
    `allowed_hosts` are the Host headers accepted, loopback names by default, which keeps a
    malicious page from reaching a local server through DNS rebinding. `datasette_url` is a
    Datasette serving the same file (`datasette news.db`): pages link to its views of the archive.
    `auth` requires signing in to an account of the archive (`provnews users`; `auth.py`), whose
    role decides what it may do and whose name signs its edits; a session unused for
    `session_idle_minutes` is over. `clock` (seconds, like time.time) is for tests.
    `models_dir` is where the translation model is installed (provnews.toml's `models_dir`): while
    none is, the pages that show untranslated text say how to install one.
    """
    if auth and reviewer:
        raise ArchiveError("with accounts, edits are signed with the account's name: leave out --reviewer")
    datasette = f"{datasette_url.rstrip('/')}/{Path(db_path).stem}" if datasette_url else None
    archive = ArchiveFile(db_path, read_only)
    ui = ReviewUI(archive, CSRF(), read_only=read_only, reviewer=reviewer,
                  datasette=datasette, glossary=Glossary(Path(glossary)) if glossary else None,
                  auth=_auth(archive, session_idle_minutes, clock) if auth else None, models_dir=models_dir)
    ui.glossary.user_terms()  # a broken glossary file is one clear error at start, not on every page
    article = "/articles/{article_id:int}"
    routes = [
        Route("/", ui.browse),
        Route("/queue", ui.queue),
        Route(article, ui.article),
        Route(article + "/review", ui.review_article, methods=["POST"]),
        Route(article + "/units/{idx}/edit", ui.edit_unit, methods=["POST"]),
        Route(article + "/units/{idx}/review", ui.review_unit, methods=["POST"]),
        Route("/reviewer", ui.set_reviewer, methods=["POST"]),
        Route(article + "/pair", ui.decide_pair, methods=["POST"]),
        Route("/login", ui.login_page, methods=["GET"]),
        Route("/login", ui.login, methods=["POST"]),
        Route("/logout", ui.logout, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        *dashboard.routes(ui),
        *feeds.routes(ui),
    ]
    middleware = [
        Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or ["127.0.0.1", "localhost"]),
        Middleware(SessionAndHeaders, csrf=ui.csrf),
    ]
    if ui.auth is not None:
        middleware.append(Middleware(AuthGate, auth=ui.auth, refuse=ui.error))
    return Starlette(routes=routes, middleware=middleware,
                     exception_handlers={HTTPException: ui.error, ArchiveError: ui.error,
                                         ArchiveDamaged: ui.damaged, sqlite3.DatabaseError: ui.damaged})
