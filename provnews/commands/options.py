"""The options commands share: each declared once here, each resolved one way (`provnews.config`).

Precedence, highest first: command-line option > environment variable > config file > built-in
default.

    --config PATH          config_option (db_option adds it): else $PROVNEWS_CONFIG, ./provnews.toml,
                           the user config directory's provnews.toml
    --db PATH              db_option: else $PROVNEWS_DB, else `db` of the config; else a usage error
    SITE... --province --lang
                           selection_options: else `sites`, `provinces`, `langs` of the config, else
                           every enabled site
    --base-url [SITE=]URL  base_url_option: over `[base_urls]` of the config
    -s KEY=VALUE           settings_option: over `[crawl.settings]` of the config
    --models-dir DIR       models_dir_option: else $PROVNEWS_MODELS_DIR, else `[translation]
                           models_dir`, else the user's data directory
    --broker URL           broker_option: else $PROVNEWS_BROKER, else `[scale] broker`; none: local
    --beam-size, --batch-size, --batch-tokens
                           translation_options: else `[translation]`, else the engine's defaults

A command gathers its options into one `Config` with `command_config(...)` and passes its values
on as arguments, never through os.environ.

Commands that read an archive which must already exist refuse a missing path
(`existing_archive_path`): opening it would create an empty archive and report "nothing found",
which hides a typo in the path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from provnews.errors import EXIT_USAGE, CLIError

if TYPE_CHECKING:
    from provnews.config import Config

# Where a command notes the archive it works on (click's `meta` is shared by every context of one
# invocation), so `provnews.cli` can name the file when a query later finds it damaged.
ARCHIVE_META = "provnews.archive"
# Where `--config` is kept for `command_config`, so that commands need no parameter for it.
CONFIG_META = "provnews.config"

_FILE = click.Path(dir_okay=False, path_type=Path)

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


# -- the configuration -----------------------------------------------------------------------


def _remember_config(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    if value is not None:
        ctx.meta[CONFIG_META] = value
    return value


def config_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--config", type=_FILE, default=None, expose_value=False, callback=_remember_config,
        help="Config file (default: $PROVNEWS_CONFIG, ./provnews.toml, the user config dir).",
    )(func)


def config_path() -> Path | None:
    """This invocation's `--config`, or None."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(CONFIG_META) if ctx is not None else None


def command_config(**options: Any) -> Config:
    """The configuration this command runs with: `options` (keyed like the config file, nested
    for tables; None: not given) over the environment, over the config file, over the defaults."""
    from provnews.config import ConfigError, load_config

    try:
        return load_config(config_path(), options)
    except ConfigError as exc:
        raise CLIError(f"{exc}: fix the file, or name another with --config", EXIT_USAGE) from None


# -- the archive -----------------------------------------------------------------------------


def db_option(func: Callable[..., Any] | None = None, *, creates: bool = False,
              default: Path | None = None, help: str | None = None) -> Any:
    """`--db` (and `--config`, where the archive may be named). With a `default`, the path is that
    default and never read from the environment or the config (`provnews demo`'s own archive)."""

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        if default is not None:
            return click.option("--db", "db_path", type=_FILE, default=default, show_default=True, help=help)(f)
        text = help or (f"Archive file{', created if missing' if creates else ''}"
                        " (default: $PROVNEWS_DB, then `db` in the config file).")
        return click.option("--db", "db_path", type=_FILE, default=None, help=text)(config_option(f))

    return decorate(func) if func is not None else decorate


def configured_archive_path(db_path: Path | None, config: Config | None = None) -> Path:
    """`--db`, else $PROVNEWS_DB, else `db` of the config file (of `config` when the command has
    read it already); a usage error when none is set. The file is read only when needed."""
    if db_path is None:
        db_path = (config or command_config()).db
    if db_path is None:
        raise CLIError("no archive given: pass --db PATH, set PROVNEWS_DB or `db` in provnews.toml", EXIT_USAGE)
    return remember_archive(db_path)


def remember_archive(path: Path) -> Path:
    """Note `path` as this command's archive (for the damaged-archive line); return it."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[ARCHIVE_META] = path
    return path


def refuse_damaged_archive(path: Path, *, thorough: bool = True) -> None:
    """`archive.check_archive`, which raises `ArchiveDamaged` (`provnews.cli` turns it into one
    line and exit 65). Thorough (PRAGMA quick_check, every page) before a crawl writes: a cron job
    must never add to a damaged file."""
    from archive import NotAnArchive, check_archive

    try:
        check_archive(remember_archive(path), thorough=thorough)
    except NotAnArchive as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None


def existing_archive_path(db_path: Path | None, config: Config | None = None) -> Path:
    db_path = configured_archive_path(db_path, config)
    if not db_path.is_file():
        raise CLIError(f"archive {db_path} does not exist: pass the path of an existing archive"
                       " (`provnews crawl` creates one)", EXIT_USAGE)
    return db_path


def open_existing_archive(db_path: Path | None, config: Config | None = None) -> Any:
    """The `archive.Archive` at `--db` (or the configured one), refusing a path that is not there."""
    import sqlite3

    from archive import Archive, ArchiveDamaged, ArchiveError, NotAnArchive

    path = existing_archive_path(db_path, config)
    try:
        return Archive(path)
    except ArchiveDamaged:
        raise  # provnews.cli: one line, exit 65
    except NotAnArchive as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    except ArchiveError as exc:
        raise CLIError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise CLIError(f"{path} is not a provnews archive ({exc}): check the --db path", EXIT_USAGE) from None


# -- the sites, and how to fetch them --------------------------------------------------------


def selection_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """SITE... (`sites`), --province (`provinces`), --lang (`langs`)."""
    func = click.option("--lang", "langs", multiple=True, metavar="LANGS",
                        help="Only sites in these languages (zh, en; comma-separated).")(func)
    func = click.option("--province", "provinces", multiple=True, metavar="CODES",
                        help="Every enabled site of these provinces (ISO 3166-2:CN codes, comma-separated: js,zj).")(func)
    return click.argument("sites", nargs=-1, metavar="[SITE]...")(func)


def chosen(sites: Sequence[str], provinces: Sequence[str], langs: Sequence[str]) -> dict[str, list[str]]:
    """The command line's choice of sites as config options: all three replace the config's
    selection when any is given; none leaves it."""
    if sites or provinces or langs:
        return {"sites": list(sites), "provinces": list(provinces), "langs": list(langs)}
    return {}


def check_site(site: str | None, db: Any = None) -> None:
    """An unknown `--site` is the usage error `run` and `crawl` give (a filter that matched
    nothing would look like an empty archive): a configured site, or one the archive `db` holds
    (a site whose file was since removed), passes."""
    if site is None:
        return
    from archive.review import sites as archive_sites
    from crawler.siteconfig import SiteConfigError, load_sites

    try:
        known = set(load_sites())
    except SiteConfigError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    if site in known or (db is not None and site in archive_sites(db)):
        return
    raise CLIError(f"unknown site {site!r}: known sites are {', '.join(sorted(known))} (see `provnews sites`)",
                   EXIT_USAGE)


def base_url_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--base-url", "base_urls", multiple=True, metavar="[SITE=]URL",
        help="Fetch SITE through a mirror or proxy: replaces scheme and host of its URLs, keeps paths"
             " (repeatable; over `[base_urls]` of the config; a bare URL when exactly one SITE is named).",
    )(func)


def parse_base_urls(values: Sequence[str], named: Sequence[str]) -> dict[str, str]:
    """`--base-url SITE=URL` (any number), or a bare `--base-url URL` for the one site `named`."""
    urls: dict[str, str] = {}
    for value in values:
        site, sep, url = value.partition("=")
        if sep and "://" not in site:
            urls[site] = url
        elif len(named) == 1:
            urls[named[0]] = value
        else:
            raise CLIError("a bare --base-url needs exactly one SITE; for several use --base-url SITE=URL",
                           EXIT_USAGE)
    return urls


def choose_sites(config: Config, base_urls: Sequence[str], on_command_line: bool) -> list[str]:
    """The sites of the config's selection (the command line's, if `on_command_line`); sets
    `config.base_urls` to those of `[base_urls]` for these sites with `--base-url` over them."""
    from provnews.crawling import CrawlConfigError, resolve_sites

    try:
        names = resolve_sites(config.sites or (), config.provinces or (), config.langs or ())
    except CrawlConfigError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    urls = parse_base_urls(base_urls, names if on_command_line else ())
    stray = [site for site in urls if site not in names]
    if stray:
        raise CLIError(f"--base-url given for {stray[0]!r}, which is not among the sites chosen"
                       f" ({', '.join(names)})", EXIT_USAGE)
    config.base_urls = {**{s: u for s, u in config.base_urls.items() if s in names}, **urls}
    return names


def settings_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "-s", "--set", "overrides", multiple=True, metavar="KEY=VALUE",
        help="A Scrapy/provnews setting over `[crawl.settings]` of the config, e.g. -s DOWNLOAD_DELAY=3 (repeatable).",
    )(func)


def parse_settings(overrides: Sequence[str]) -> dict[str, str]:
    """`-s KEY=VALUE`... as a dict (Scrapy converts the strings where it reads them)."""
    from provnews.crawling import CrawlConfigError, parse_setting

    try:
        return dict(parse_setting(text) for text in overrides)
    except CrawlConfigError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None


# -- translation -----------------------------------------------------------------------------


def models_dir_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--models-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
        help="Translation packages (default: $PROVNEWS_MODELS_DIR, then `models_dir` in [translation]"
             " of the config, then the user's data directory).",
    )(func)


def translation_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--beam-size, --batch-size, --batch-tokens; unset, `[translation]` of the config applies, else
    the engine's default (named in the help, defined once in `translations.engine.EngineOptions`)."""
    from translations.engine import EngineOptions

    for name, key, text in reversed([
        ("--beam-size", "beam_size", "Beam width; 1 is about twice as fast and somewhat worse"),
        ("--batch-size", "batch_size", "Sentences per CTranslate2 batch, at most"),
        ("--batch-tokens", "batch_tokens",
         "Source tokens per batch (sentences x the longest), which bounds memory on long sentences"),
    ]):
        func = click.option(name, key, type=click.IntRange(min=1), default=None,
                            help=f"{text} (default: `{key}` in [translation] of the config,"
                                 f" else {getattr(EngineOptions, key)}).")(func)
    return func


# -- workers ---------------------------------------------------------------------------------


def broker_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--broker", default=None, metavar="URL",
        help="Crawl and translate on `provnews worker` hosts through this Redis broker,"
             " redis://[:PASSWORD@]HOST:PORT/DB or rediss://... (default: $PROVNEWS_BROKER, then"
             " `broker` in [scale] of the config; none: everything runs here). docs/scaling.md",
    )(func)


def dispatcher(config: Config) -> Any:
    """The broker connection of a writer (`provnews.scale.writer.Dispatcher`), or None when
    `[scale] broker` is unset; a bad address is a usage error that names the fix."""
    if not config.scale.broker:
        return None
    from provnews.scale.broker import BrokerError
    from provnews.scale.writer import Dispatcher

    try:
        return Dispatcher(config.scale.broker, config.scale.visibility_timeout, config.scale.broker_grace_s)
    except BrokerError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
