"""provnews: crawl Chinese provincial-government news, translate it offline, archive it in SQLite.

This package composes `crawler`, `translations` and `archive`: the command-line interface,
orchestration of runs, the local mirrors and the review web UI.
"""

__version__ = "0.1.0"
