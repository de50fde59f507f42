"""Mirrors of portals that need a browser: a JavaScript challenge in front of a mirror, and a
column page that is an empty shell filled by a script from a JSON call.

The challenge behaves like 瑞数 (RiverSecurity, Hubei and Gansu): without a valid cookie every
path answers HTTP 412 with a script that computes a value from a nonce, sets the cookie and
reloads; a cookie is good for `cookie_uses` requests, then the challenge comes again. Nothing in
the answer can be computed without running the script (the nonce changes on every challenge).

Used by tests/browser and bench/browser_crawl.py; `serve_challenge(...)` starts one in a thread.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any

from provnews.mirror import MirrorHandler, MirrorPage, MirrorSite

from .mirror import EditableSite, MirrorServer

__all__ = ["ChallengeServer", "serve_challenge", "COOKIE", "SHELL_JSON", "challenge_value", "Logged"]

COOKIE = "FSSBBIl1UgzbN7N80T"  # the name 瑞数 uses for the script-computed cookie
SHELL_JSON = "/api/column/list.json"
_MODULUS = 1_000_000_007
_ROUNDS = 20_000

_CHALLENGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title></title>
<script type="text/javascript">
(function () {{
  var n = "{nonce}", v = 0;
  for (var i = 0; i < {rounds}; i++) {{ v = (v * 31 + n.charCodeAt(i % n.length) + i) % {modulus}; }}
  document.cookie = "{cookie}=" + n + "." + v + "; path=/";
  location.reload();
}})();
</script></head><body></body></html>
"""

_SHELL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="right-list-box"><ul id="list"></ul></div>
<script>
setTimeout(function () {{
  fetch("{json}").then(function (r) {{ return r.json(); }}).then(function (data) {{
    var ul = document.getElementById("list");
    data.items.forEach(function (e) {{
      var li = document.createElement("li"), a = document.createElement("a"), s = document.createElement("span");
      a.href = e.url; a.title = e.title; a.target = "_blank"; a.textContent = e.title; s.textContent = e.date;
      li.appendChild(a); li.appendChild(s); ul.appendChild(li);
    }});
  }});
}}, {delay_ms});
</script></body></html>
"""


def challenge_value(nonce: str) -> int:
    """What the challenge script computes (the server checks the cookie against it)."""
    value = 0
    for i in range(_ROUNDS):
        value = (value * 31 + ord(nonce[i % len(nonce)]) + i) % _MODULUS
    return value


@dataclass(frozen=True)
class Logged:
    path: str
    status: int
    kind: str  # challenge | the mirror page kind (article, list, robots, ...) | shell | json | missing
    user_agent: str


class _Handler(MirrorHandler):
    """The demo mirror's request handler (GET, HEAD, POST; quiet), answering through the challenge."""

    server: ChallengeServer

    def page(self, method: str, path: str, query: str, body: bytes) -> MirrorPage:
        if self.server.challenge and not self.server.admit(self.headers.get("Cookie", "")):
            nonce = self.server.new_nonce()
            script = _CHALLENGE.format(nonce=nonce, rounds=_ROUNDS, modulus=_MODULUS, cookie=COOKIE).encode()
            page = MirrorPage(path, script, "text/html; charset=utf-8", status=412, kind="challenge")
        elif (fault := self.server.next_fault(path)).isdigit():  # past the challenge, the server fails
            page = MirrorPage(path, b"<h1>error</h1>", "text/html; charset=utf-8", status=int(fault), kind="fault")
        else:
            page = self.server.page(method, path, query, body) or MirrorPage(
                path, b"<h1>404 Not Found</h1>", "text/html; charset=utf-8", status=404, kind="missing")
        self.server.log(Logged(path, page.status, page.kind, self.headers.get("User-Agent", "")))
        return page

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


class ChallengeServer(MirrorServer):
    """A mirror (`MirrorSite`) behind the challenge (`challenge=True`) and/or with its column's
    first list page replaced by a script-filled shell (`shell=True`). The request log holds
    `Logged` entries (with the User-Agent)."""

    def __init__(self, mirror: MirrorSite, address: tuple[str, int] = ("127.0.0.1", 0), *,
                 challenge: bool = True, cookie_uses: int = 8, shell: bool = False, shell_delay_ms: int = 300,
                 unpassable: bool = False):
        super().__init__(mirror, address, handler=_Handler)
        self.challenge = challenge
        self.cookie_uses = cookie_uses
        self.unpassable = unpassable  # a WAF that refuses the browser too: no cookie is ever good
        self.shell = shell
        self.shell_delay_ms = shell_delay_ms
        self._nonces: set[str] = set()
        self._uses: dict[str, int] = {}

    # -- the challenge --------------------------------------------------------------------------

    def new_nonce(self) -> str:
        nonce = secrets.token_hex(8)
        with self._lock:
            self._nonces.add(nonce)
        return nonce

    def admit(self, cookie_header: str) -> bool:
        """Whether the request carries a computed cookie that still has uses left (and use one)."""
        if self.unpassable:
            return False
        cookie = SimpleCookie()
        try:
            cookie.load(cookie_header)
        except Exception:
            return False
        if COOKIE not in cookie:
            return False
        nonce, _, value = cookie[COOKIE].value.partition(".")
        with self._lock:
            if nonce not in self._uses:
                if nonce not in self._nonces or value != str(challenge_value(nonce)):
                    return False
                self._nonces.discard(nonce)
                self._uses[nonce] = self.cookie_uses
            if self._uses[nonce] <= 0:
                return False
            self._uses[nonce] -= 1
            return True

    # -- pages ----------------------------------------------------------------------------------

    def _column(self) -> str:
        return self.mirror.data["column"]["path"]

    def page(self, method: str, path: str, query: str = "", form: bytes = b"") -> MirrorPage | None:
        if self.shell and path in (self._column(), self._column() + "index.html"):
            body = _SHELL.format(title=self.mirror.data["column"]["name"], json=SHELL_JSON,
                                 delay_ms=self.shell_delay_ms)
            return MirrorPage(path, body.encode("utf-8"), "text/html; charset=utf-8", kind="shell")
        if self.shell and path == SHELL_JSON:
            return MirrorPage(path, json.dumps({"items": self.shell_items()}, ensure_ascii=False).encode(),
                              "application/json; charset=utf-8", kind="json")
        return self.mirror.respond(method, path, query, form)  # the mirror's own dynamic endpoints too

    def shell_items(self) -> list[dict[str, str]]:
        """The column as the JSON call gives it: every article, newest first."""
        items = [{"url": p.path, "title": p.truth["title"], "date": (p.truth["published_at"] or "")[:10]}
                 for p in self.mirror.pages() if p.kind == "article" and p.truth]
        return sorted(items, key=lambda e: e["date"], reverse=True)

    def truths(self) -> dict[str, dict]:
        return {p.truth["url"]: p.truth for p in self.mirror.pages() if p.truth}

    # -- log ------------------------------------------------------------------------------------

    def count(self, kind: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.kind == kind)


def serve_challenge(site: str = "gz-zh", *, extra_articles: int = 0, **options: Any) -> ChallengeServer:
    """Start a challenge/shell mirror of `site` (its mirror data plus `extra_articles` more)."""
    mirror = EditableSite(site)
    template = mirror.data["articles"][0] if extra_articles else {}  # generated mirrors (hb-zh) have no data file
    for n in range(extra_articles):
        day = 1 + n % 28
        mirror.add_article({**template, "id": str(77000000 + n), "date": f"2026-10-{day:02d} 09:{n % 60:02d}:00",
                            "title": f"{template['title']}（第{n + 1}期）",
                            "paragraphs": [f"第{n + 1}期。{p}" for p in template["paragraphs"]]})
    server = ChallengeServer(mirror, **options)
    server.start()
    return server
