"""`provnews doctor`: each check says what is wrong and the exact fix, so a cron failure can be
diagnosed without reading code."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def check_config(config_path: str | None):
    from provnews.config import ConfigError, load_config

    try:
        config = load_config(config_path)
    except ConfigError as exc:
        return None, Check("config", False, str(exc), "correct the file, or remove it to use the defaults")
    where = str(config.source) if config.source else "no file; defaults and environment"
    return config, Check("config", True, where)


def check_sites(enabled: list[str] | None) -> Check:
    from crawler.siteconfig import SiteConfigError, load_sites

    try:
        sites = load_sites()
    except SiteConfigError as exc:
        return Check("sites", False, str(exc), "fix the named field in that site file")
    unknown = sorted(set(enabled or []) - set(sites))
    if unknown:
        return Check("sites", False, f"enabled sites not configured: {', '.join(unknown)}",
                     f"remove them from `sites` in provnews.toml; known: {', '.join(sorted(sites))}")
    return Check("sites", True, f"{len(sites)} valid: {', '.join(sorted(sites))}")


def check_archive(db_path: Path | None) -> Check:
    import sqlite3

    from archive import ArchiveError, open_db
    from archive.migrations import check_not_newer, pending

    if db_path is None:
        return Check("archive", False, "no archive configured", "pass --db PATH, set PROVNEWS_DB, or set `db` in provnews.toml")
    folder = db_path.parent if str(db_path.parent) else Path(".")
    if not db_path.exists():
        # The first crawl creates missing folders, so the nearest existing one must be writable.
        existing = next(p for p in [folder.absolute(), *folder.absolute().parents] if p.exists())
        if existing.is_dir() and os.access(existing, os.W_OK):
            return Check("archive", True, f"{db_path} will be created by the first crawl")
        return Check("archive", False, f"cannot create {db_path}: {existing} is not a writable folder",
                     f"mkdir -p {folder} as a user who may, then chown it to the user that runs provnews")
    if not os.access(db_path, os.W_OK) or not os.access(folder, os.W_OK):
        return Check("archive", False, f"{db_path} or its folder is not writable (SQLite needs both for WAL)",
                     f"chown or chmod {db_path} and {folder} for the user that runs provnews")
    try:
        db = open_db(db_path, migrate_schema=False)
        try:
            db.execute("PRAGMA quick_check").fetchone()
            check_not_newer(db)
            todo = pending(db)
            count = db.execute("SELECT count(*) FROM articles").fetchone()[0] if "articles" in db.table_names() else 0
        finally:
            db.conn.close()
    except (sqlite3.DatabaseError, ArchiveError) as exc:
        return Check("archive", False, f"{db_path}: {exc}", "check the path; restore the newest .bak-* copy if the file is damaged")
    if todo:
        return Check("archive", True, f"{db_path}: {count} articles; migrations {', '.join(todo)} will run"
                     " at the next write (a backup is made first)")
    return Check("archive", True, f"{db_path}: {count} articles, schema current")


def check_model() -> Check:
    from translations.errors import TranslationError
    from translations.packages import find_model

    try:
        model = find_model()
    except TranslationError as exc:
        return Check("model", False, str(exc).split(": run")[0],
                     "provnews models install   (offline: provnews models install --file translate-zh_en-1_9.argosmodel)")
    return Check("model", True, f"{model.name} {model.package_version} in {model.path.parent}")


def check_browser(crawl_settings: dict | None = None) -> Check:
    """Chromium for the sites with `fetch = "browser"` / `"browser-once"` (crawler/browser.py)."""
    from crawler.browser import BROWSER_ENV, find_browser, missing_browser_reason, needs_browser
    from crawler.siteconfig import SiteConfigError, load_sites

    try:
        names = sorted(name for name, site in load_sites().items() if site.enabled and needs_browser(site))
    except SiteConfigError:
        names = []  # the sites check reports the bad file
    setting = (crawl_settings or {}).get(BROWSER_ENV)
    path, origin = find_browser(setting)
    needed = f"needed by {', '.join(names)}" if names else "no enabled site needs it"
    if path is not None:
        return Check("browser", True, f"{path} ({origin}); {needed}")
    if not names:
        return Check("browser", True, f"none found; {needed}")
    reason = missing_browser_reason(setting) or ""
    return Check("browser", False, f"{reason.split(': apt-get')[0]}; {needed}",
                 f"apt-get install chromium, or set {BROWSER_ENV}=PATH (or `{BROWSER_ENV}` in [crawl.settings])")


def check_lock(db_path: Path | None) -> Check:
    from provnews.lock import LockHeld, RunLock

    if db_path is None or not db_path.exists():
        return Check("lock", True, "free")
    try:
        with RunLock(db_path):
            pass
    except LockHeld as exc:
        return Check("lock", True, f"held: {exc} (a run is in progress)")
    return Check("lock", True, "free")


def run_checks(config_path: str | None = None, db_path: Path | None = None) -> list[Check]:
    config, config_check = check_config(config_path)
    if config is not None and config.translation.models_dir and not os.environ.get("PROVNEWS_MODELS_DIR"):
        os.environ["PROVNEWS_MODELS_DIR"] = str(config.translation.models_dir)
    db_path = db_path or (config.db if config else None)
    return [
        config_check,
        check_sites(config.sites if config else None),
        check_archive(db_path),
        check_model(),
        check_browser(config.crawl.settings if config else None),
        check_lock(db_path),
    ]
