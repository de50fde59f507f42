"""`provnews doctor`: each check says what is wrong and the exact fix, so a cron failure can be
diagnosed without reading code."""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from archive import ArchiveDamaged


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""  # shown when the check fails; may hold several lines
    hint: str = ""  # shown either way: advice, never a failure
    damage: ArchiveDamaged | None = None  # found by the archive check: `provnews doctor` exits 65


def check_config(config_path: str | Path | None, options: dict | None = None):
    from provnews.config import ConfigError, load_config

    try:
        config = load_config(config_path, options)
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

    from archive import ArchiveDamaged, ArchiveError, NotAnArchive, open_db
    from archive import check_archive as check_file
    from archive.articles import article_count
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
        check_file(db_path, thorough=True)  # PRAGMA quick_check: every page
        db = open_db(db_path, migrate_schema=False)
        try:
            check_not_newer(db)
            todo = pending(db)
            count = article_count(db)
        finally:
            db.conn.close()
    except ArchiveDamaged as exc:
        return Check("archive", False, f"{db_path} is damaged: {exc.detail}", damaged_fix(exc), damage=exc)
    except NotAnArchive as exc:
        return Check("archive", False, str(exc), "pass the archive's path (--db, PROVNEWS_DB or `db` in provnews.toml)")
    except (sqlite3.DatabaseError, ArchiveError) as exc:
        return Check("archive", False, f"{db_path}: {exc}", "follow the message above")
    if todo:
        return Check("archive", True, f"{db_path}: {count} articles; migrations {', '.join(todo)} will run"
                     " at the next write (a backup is made first)")
    return Check("archive", True, f"{db_path}: {count} articles, schema current")


def damaged_fix(exc: ArchiveDamaged) -> str:
    """The exact commands: restore the newest backup if there is one; recover the readable rows
    with the sqlite3 shell where this machine's can."""
    from archive.backup import find_backups

    path = exc.path
    q = shlex.quote
    lines = ["stop the cron job and `provnews serve`, keep the damaged file, then"]
    backups = find_backups(path)
    aside = " && ".join(f"mv {q(str(p))} {q(str(p) + '.damaged')}"
                        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())
    if backups:
        lines += [f"restore the newest backup ({backups[0].name}; what was archived since is crawled again"
                  " while the sites still list it):",
                  f"  {aside} && cp -p {q(str(backups[0]))} {q(str(path))}",
                  "or"]
    else:
        lines.append(f"(no backup of {path.name} found beside it or in {path.parent / 'backups'})")
    recover = recover_support()
    if recover is None:
        lines += ["recover the readable rows into a new file:", f"  {exc.recover_command}"]
    else:  # .dump reads less of a damaged file than .recover, but every sqlite3 shell has it
        lines += ["recover the readable rows into a new file (this sqlite3 has no .recover, so through .dump):",
                  f"  {exc.dump_command}",
                  f"  ({recover}; its .recover finds more rows)"]
    lines += [f"  then check it: provnews doctor --db {q(str(exc.recovered_path))}; if it is sound:"
              f" {aside} && mv {q(str(exc.recovered_path))} {q(str(path))} && provnews reindex --db {q(str(path))}"]
    return "\n".join(lines)


def recover_support() -> str | None:
    """None when `sqlite3 .recover` works on this machine; else why not."""
    import shutil
    import subprocess

    shell = shutil.which("sqlite3")
    if shell is None:
        return "no sqlite3 shell on this machine: apt-get install sqlite3 (3.29 or later)"
    try:
        probe = subprocess.run([shell, ":memory:", ".recover"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{shell} does not run: {exc}"
    if probe.returncode != 0:
        return (f"{shell} cannot .recover ({probe.stderr.strip()}: built without the sqlite_dbpage table, like"
                " Debian 12's); the sqlite3 of sqlite.org's sqlite-tools can")
    return None


def check_backup(db_path: Path | None) -> Check:
    """Advice only (never a failure): the newest backup, or the nightly cron line to make them."""
    import datetime as dt
    import shutil

    from archive.backup import find_backups

    if db_path is None or not db_path.exists():
        return Check("backup", True, "no archive yet")
    path = db_path.absolute()
    backups = find_backups(path)
    if backups:
        age = dt.datetime.now().timestamp() - backups[0].stat().st_mtime
        if age < 2 * 86400:
            return Check("backup", True, f"newest {backups[0]} ({age / 3600:.0f} h old)")
    provnews = shutil.which("provnews") or "provnews"
    line = (f"30 3 * * *  {provnews} backup --db {shlex.quote(str(path))}"
            f" --to {shlex.quote(str(path.parent / 'backups'))}/ --keep 14")
    found = f"newest {backups[0]} is older than two days" if backups else "none found"
    return Check("backup", True, f"{found}; back up nightly with this crontab line (`crontab -e`):", hint=line)


def check_model(models_dir: Path | None = None) -> Check:
    from translations.errors import TranslationError
    from translations.packages import MODEL_FILE, MODEL_URL, find_model

    try:
        model = find_model(directory=models_dir)
    except TranslationError as exc:
        return Check("model", False, str(exc).split(": run")[0],
                     f"provnews models install   (offline: download {MODEL_URL},"
                     f" then provnews models install --file {MODEL_FILE})")
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


def run_checks(config_path: str | Path | None = None, options: dict | None = None) -> list[Check]:
    """Every check, with the configuration of `config_path` (else the default places) and the
    command line's `options` over it (`provnews.config.load_config`)."""
    config, config_check = check_config(config_path, options)
    # A bad file: the other checks still run, with the command line's values.
    options = options or {}
    db_path = config.db if config else options.get("db")
    models_dir = config.translation.models_dir if config else (options.get("translation") or {}).get("models_dir")
    return [
        config_check,
        check_sites(config.sites if config else None),
        check_archive(db_path),
        check_backup(db_path),
        check_model(models_dir),
        check_browser(config.crawl.settings if config else None),
        check_lock(db_path),
    ]
