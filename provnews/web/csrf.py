"""Cross-site request forgery protection for the review UI's write endpoints.

Each browser gets a random session id in a SameSite=Strict cookie; the token a form carries is an
HMAC of that id under a secret born with the process. Another site can neither read the token
(same-origin policy) nor compute it (no secret), and a restarted server invalidates old pages.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SESSION_COOKIE = "provnews_session"
TOKEN_FIELD = "csrf_token"
TOKEN_HEADER = "x-csrf-token"


class CSRF:
    def __init__(self, secret: bytes | None = None):
        self._secret = secret or secrets.token_bytes(32)

    @staticmethod
    def new_session() -> str:
        return secrets.token_urlsafe(18)

    @staticmethod
    def plausible_session(value: str | None) -> bool:
        return bool(value) and 16 <= len(value) <= 64 and value.replace("-", "").replace("_", "").isalnum()

    def token(self, session: str) -> str:
        return hmac.new(self._secret, session.encode(), hashlib.sha256).hexdigest()

    def valid(self, session: str | None, token: str | None) -> bool:
        if not session or not token:
            return False
        return hmac.compare_digest(self.token(session), token)
