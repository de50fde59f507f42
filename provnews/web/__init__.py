"""The review web UI: a small Starlette app rendering the archive with Jinja2 (no CDN, works offline)."""

from .app import create_app

__all__ = ["create_app"]
