"""Sign-in for `provnews serve --auth`: signed session cookies, the gate every request passes,
feed tokens, and the throttle on wrong passwords.

A session is a cookie signed (HMAC, itsdangerous) with the archive's session key
(`archive.accounts.session_secret`), so a restarted server keeps its sessions. It holds the
account's name, its `session_epoch` (a new password or a disable raises it, which ends every
session signed before) and the time of the last request; a session idle longer than the
configured minutes is over. The account is read from the archive on every request, so a
disabled account is out at its next click. The cookie is HttpOnly, SameSite=Strict, and Secure
when the request came over TLS (directly, or through a trusted proxy that says so).

Every path but the sign-in page and the static files needs a session. Under /feeds/, a GET may
instead carry `?token=` of an enabled account (feed readers cannot sign in); the token counts
nowhere else. Wrong passwords are slowed per account name and per client address: a few are free,
then each further one locks that key for twice as long as the one before.
"""

from __future__ import annotations

import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse

from archive import accounts as store
from provnews.accounts import Account, feed_account

__all__ = ["LOGIN_COOKIE", "FEEDS_PREFIX", "OPEN_PATHS", "Throttle", "Sessions", "AuthGate", "Auth", "cookie",
           "safe_next"]

LOGIN_COOKIE = "provnews_login"
FEEDS_PREFIX = "/feeds/"
OPEN_PATHS = ("/login", "/static/")  # reachable without a session: that page, and what is under this folder
# A session's last-request time is rewritten at most this often (seconds), not on every request.
_REFRESH_S = 60


@dataclass
class _Failures:
    count: int = 0
    last: float = 0.0
    locked_until: float = 0.0


@dataclass
class Throttle:
    """Wrong passwords per key (an account name, a client address): `free` of them cost nothing,
    each further one locks the key for `base` * 2^(n - free - 1) seconds, up to `cap`; a key
    with no failure for `forget` seconds starts again. The clock is injectable for tests."""

    clock: Callable[[], float] = time.monotonic
    free: int = 3
    base: float = 2.0
    cap: float = 900.0
    forget: float = 3600.0
    _keys: dict[str, _Failures] = field(default_factory=dict)

    def wait(self, *keys: str) -> float:
        """Seconds until every key may try again (0: now)."""
        now = self.clock()
        return max([0.0, *(self._keys[k].locked_until - now for k in keys if k in self._keys)])

    def failed(self, *keys: str) -> None:
        now = self.clock()
        if len(self._keys) > 10_000:  # many addresses: drop the ones long quiet
            self._keys = {k: f for k, f in self._keys.items() if now - f.last < self.forget}
        for key in keys:
            entry = self._keys.get(key)
            if entry is None or now - entry.last >= self.forget:
                entry = self._keys[key] = _Failures()
            entry.count += 1
            entry.last = now
            if entry.count > self.free:
                entry.locked_until = now + min(self.cap, self.base * 2 ** (entry.count - self.free - 1))

    def succeeded(self, key: str) -> None:
        self._keys.pop(key, None)


class Sessions:
    """Session cookies: signed {"n": name, "e": epoch, "t": last request}; idle ones are over."""

    def __init__(self, secret: bytes, idle_s: float, clock: Callable[[], float] = time.time):
        self._serializer = URLSafeSerializer(secret, salt="provnews-login")
        self.idle_s = idle_s
        self.clock = clock

    def issue(self, account: Account) -> str:
        return self._serializer.dumps({"n": account.name, "e": account.session_epoch, "t": int(self.clock())})

    def read(self, value: str | None) -> dict | None:
        """The session's payload if the cookie is ours and not idle too long, else None."""
        if not value:
            return None
        try:
            payload = self._serializer.loads(value)
        except BadSignature:
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("t"), int) or not isinstance(
                payload.get("n"), str) or not isinstance(payload.get("e"), int):
            return None
        if self.clock() - payload["t"] > self.idle_s:
            return None
        return payload

    def stale(self, payload: dict) -> bool:
        """Whether the cookie's last-request time should be rewritten."""
        return self.clock() - payload["t"] >= _REFRESH_S


def cookie(name: str, value: str, scope: dict, *, clear: bool = False) -> str:
    """A Set-Cookie value: HttpOnly, SameSite=Strict, Path=/, Secure over TLS."""
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Strict"]
    if scope.get("scheme") == "https":
        parts.append("Secure")
    if clear:
        parts.append("Max-Age=0")
    return "; ".join(parts)


def safe_next(target: str | None) -> str:
    """A local path to go on to after signing in; anything else is /."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


class Auth:
    """What the app needs to know of sign-in: the sessions, the throttle, and the archive."""

    def __init__(self, archive: Any, secret: bytes, *, idle_minutes: float = 60,
                 clock: Callable[[], float] = time.time, throttle: Throttle | None = None):
        self.archive = archive
        self.sessions = Sessions(secret, idle_minutes * 60, clock)
        self.throttle = throttle or Throttle(clock=clock)

    async def account(self, name: str, epoch: int) -> Account | None:
        row = await self.archive.run(store.get_account, name)
        if row is None or row["disabled_at"] is not None or row["session_epoch"] != epoch:
            return None
        return Account(row["name"], row["role"], row["session_epoch"])


class AuthGate:
    """The gate: a request without a session is sent to sign in (GET) or refused (anything else)."""

    def __init__(self, app, auth: Auth, refuse: Callable[[Request, HTTPException], Any]):
        self.app = app
        self.auth = auth
        self.refuse = refuse  # renders the error page (ReviewUI.error)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        path = scope["path"]
        sessions = self.auth.sessions
        payload = sessions.read(request.cookies.get(LOGIN_COOKIE))
        account = await self.auth.account(payload["n"], payload["e"]) if payload else None
        set_cookie = None
        if account is not None and sessions.stale(payload):
            set_cookie = cookie(LOGIN_COOKIE, sessions.issue(account), scope)
        elif account is None and LOGIN_COOKIE in request.cookies:
            set_cookie = cookie(LOGIN_COOKIE, "", scope, clear=True)  # over: expired, disabled, or forged
        if account is None and path.startswith(FEEDS_PREFIX) and "token" in request.query_params:
            if request.method not in ("GET", "HEAD"):
                await self._refuse(request, 405, "a feed token only reads feeds", send, receive)
                return
            account = await self.auth.archive.run(feed_account, request.query_params["token"])
            if account is None:
                await self._refuse(request, 403, "this feed token is not valid (revoked, replaced, or its account"
                                   " disabled): ask for a new one (provnews users token NAME)", send, receive)
                return
        scope.setdefault("state", {})["account"] = account
        if account is None and not any(path == p if not p.endswith("/") else path.startswith(p) for p in OPEN_PATHS):
            if request.method in ("GET", "HEAD") and not path.startswith(FEEDS_PREFIX):
                target = path + (f"?{scope['query_string'].decode('latin-1')}" if scope.get("query_string") else "")
                response = RedirectResponse("/login?" + urllib.parse.urlencode({"next": target}), status_code=303)
                if set_cookie:
                    response.headers.append("set-cookie", set_cookie)
                await response(scope, receive, send)
                return
            message = ("sign in first" if not path.startswith(FEEDS_PREFIX)
                       else "sign in first, or add ?token= to the feed's address (provnews users token NAME)")
            await self._refuse(request, 401 if path.startswith(FEEDS_PREFIX) else 403, message, send, receive)
            return

        async def send_with_cookie(message) -> None:
            if message["type"] == "http.response.start" and set_cookie:
                MutableHeaders(scope=message).append("set-cookie", set_cookie)
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    async def _refuse(self, request: Request, status: int, message: str, send, receive) -> None:
        request.scope.setdefault("state", {})["account"] = None
        response = await self.refuse(request, HTTPException(status, message))
        await response(request.scope, receive, send)
