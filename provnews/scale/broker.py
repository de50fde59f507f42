"""The broker's address, checked and masked, and the one Celery app both sides use.

Tasks and results travel as JSON only (`accept_content=["json"]`): a compromised broker must not
be able to run code on the writer or a worker, which pickle would allow. A password is required
for any address but loopback; `rediss://` is TLS. Every message that names the broker masks its
password (`masked`).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

__all__ = ["BrokerError", "BrokerLost", "Broker", "parse_broker", "masked", "mask_secrets", "make_app",
           "require_celery", "RESTORE_INTERVAL_S", "restore_interval", "CRAWL_QUEUE", "TRANSLATE_QUEUE"]

CRAWL_QUEUE = "provnews.crawl"
TRANSLATE_QUEUE = "provnews.translate"
# How often, at most, the kombu transport looks for tasks whose worker vanished (the default sweep
# is every 100 s): with it, a task is back in its queue within visibility_timeout + this. A short
# visibility timeout sweeps more often (a quarter of it, at least every second: `restore_interval`).
RESTORE_INTERVAL_S = 5


class BrokerError(Exception):
    """A broker address that cannot be used (bad scheme, no password for a remote host)."""


class BrokerLost(BrokerError):
    """The broker went away in the middle of a run."""


def require_celery() -> None:
    try:
        import celery  # noqa: F401
        import redis  # noqa: F401
    except ImportError:
        raise BrokerError("workers need Celery and redis: pip install 'provnews[scale]'") from None


@dataclass(frozen=True)
class Broker:
    url: str
    host: str
    port: int
    db: int
    password: str | None
    tls: bool

    @property
    def masked(self) -> str:
        return masked(self.url)

    def is_loopback(self) -> bool:
        return _loopback(self.host)


def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def masked(url: str) -> str:
    """The URL with its password (and user name's secret part) replaced by ***."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


def mask_secrets(text: str, url: str | None) -> str:
    """`text` with the broker's password masked wherever it appears (exceptions repeat URLs)."""
    text = re.sub(r"(rediss?://[^:/@]*:)[^@/\s]*@", r"\1***@", text)
    if url:
        password = urlsplit(url).password
        if password:
            text = text.replace(password, "***")
    return text


def parse_broker(url: str) -> Broker:
    """Check a broker address: redis:// or rediss://, a host, a database number, and a password
    unless the host is loopback. Raises BrokerError with the fix."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("redis", "rediss"):
        raise BrokerError(f"broker {masked(url)!r} is not redis://[:PASSWORD@]HOST:PORT/DB (or rediss:// for TLS)")
    try:
        port = parts.port or 6379
    except ValueError:
        raise BrokerError(f"broker {masked(url)}: bad port") from None
    host = parts.hostname or ""
    if not host:
        raise BrokerError(f"broker {masked(url)} names no host")
    path = parts.path.strip("/") or "0"
    if not path.isdigit():
        raise BrokerError(f"broker {masked(url)}: the database must be a number (redis://HOST:6379/0)")
    broker = Broker(url.strip(), host, port, int(path), parts.password, parts.scheme == "rediss")
    if not broker.password and not broker.is_loopback():
        raise BrokerError(f"broker {broker.masked} is not on loopback: give it a password"
                          " (redis://:PASSWORD@HOST:PORT/DB, requirepass in redis.conf) or set PROVNEWS_BROKER")
    return broker


def restore_interval(visibility_timeout: int) -> int:
    """Seconds between two sweeps for the tasks of dead workers."""
    return max(1, min(RESTORE_INTERVAL_S, visibility_timeout // 4))


def make_app(broker: Broker, visibility_timeout: int = 60) -> Any:
    """The Celery app of the writer and the workers: JSON only, late acknowledgement, a task of a
    dead worker back in its queue within about `visibility_timeout` seconds."""
    require_celery()
    import ssl

    from celery import Celery

    app = Celery("provnews", broker=broker.url, backend=broker.url, set_as_current=False)
    transport = {
        "visibility_timeout": visibility_timeout,
        "unacked_restore_interval": restore_interval(visibility_timeout),
        "unacked_restore_throttle": 1,
        # A broker that vanishes without closing the connection must not hang a publish.
        "socket_timeout": 30, "socket_connect_timeout": 10,
    }
    app.conf.update(
        task_serializer="json", result_serializer="json", event_serializer="json",
        accept_content=["json"], result_accept_content=["json"],
        task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        broker_transport_options=transport, result_backend_transport_options=dict(transport),
        broker_connection_retry_on_startup=True, broker_connection_max_retries=3,
        task_publish_retry_policy={"max_retries": 3, "interval_start": 0.2, "interval_step": 0.5,
                                   "interval_max": 1},
        result_expires=24 * 3600, result_extended=True, task_track_started=True,
        task_default_queue=CRAWL_QUEUE, worker_hijack_root_logger=False,
        worker_send_task_events=False, worker_enable_remote_control=True,
        redis_backend_health_check_interval=10,
    )
    if broker.tls:
        tls = {"ssl_cert_reqs": ssl.CERT_REQUIRED}
        app.conf.update(broker_use_ssl=tls, redis_backend_use_ssl=tls)
    return app
