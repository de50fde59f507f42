"""Serving the app with uvicorn on a socket bound here, so a busy port is one clear error.

`provnews serve` and the browser tests share this: the tests run the very server users run.
"""

from __future__ import annotations

import ipaddress
import socket
import threading


class BindError(OSError):
    """The address could not be bound (in use, not local, no permission)."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0 picks a free one)."""
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(info[0], socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(info[4])
        sock.listen(128)
    except OSError as exc:
        raise BindError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    sock.set_inheritable(True)
    return sock


def make_server(app, sock: socket.socket, *, log_level: str = "info", trusted_proxies: list[str] | None = None):
    """A uvicorn server for `app` on `sock`. The X-Forwarded-Proto/-For headers are believed only
    from `trusted_proxies` (default: loopback, a proxy on the same machine): from them the request
    counts as https (Secure cookies) and comes from the forwarded client address (the throttle)."""
    import uvicorn

    host, port = sock.getsockname()[:2]
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=log_level == "debug",
                            lifespan="off", server_header=False, proxy_headers=True,
                            forwarded_allow_ips=list(trusted_proxies or ["127.0.0.1", "::1"]))
    return uvicorn.Server(config)


class BackgroundServer:
    """The app served from a thread on 127.0.0.1 and a free port (tests, `provnews demo`)."""

    def __init__(self, app, host: str = "127.0.0.1", *, trusted_proxies: list[str] | None = None):
        self.sock = bind(host, 0)
        self.server = make_server(app, self.sock, log_level="warning", trusted_proxies=trusted_proxies)
        self.url = f"http://{host}:{self.sock.getsockname()[1]}"
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> BackgroundServer:
        self._thread.start()
        # A startup failure should surface here, not as a puzzling connection error later.
        while not self.server.started and self._thread.is_alive():
            self._thread.join(0.01)
        if not self.server.started:
            raise RuntimeError("the review server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self._thread.join(10)
        self.sock.close()
