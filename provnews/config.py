"""The one configuration layer: the optional `provnews.toml`, the environment and the command line.

Every setting has one built-in default, so no file is needed. Precedence, highest first:

    command-line option  >  environment variable  >  config file  >  built-in default

A file overrides only the keys it sets; `PROVNEWS_DB` and `PROVNEWS_MODELS_DIR` override the file
(cron jobs set those without a file); a command's options override both (`load_config(options=)`,
filled by `provnews.commands.options`). A typo in the file fails at start with the key named,
rather than being ignored for months. Tables merge key by key (`[base_urls]`, `[crawl.settings]`:
`-s KEY=VALUE` replaces one setting and keeps the others); everything else is replaced whole.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from translations.engine import EngineOptions

CONFIG_NAME = "provnews.toml"
CONFIG_ENV = "PROVNEWS_CONFIG"
# Environment variable -> the key it sets (dotted: "translation.models_dir").
# (PROVNEWS_BROKER keeps the broker's password off the command line, where `ps` shows it.)
ENVIRONMENT = {"PROVNEWS_DB": "db", "PROVNEWS_MODELS_DIR": "translation.models_dir", "PROVNEWS_BROKER": "scale.broker"}
# Keys holding paths: relative ones in a file are relative to the file.
PATH_KEYS = ("db", "log_file", "translation.models_dir")


class ConfigError(Exception):
    """The configuration file is missing, unreadable or invalid."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CrawlConfig(_Strict):
    site_time_limit: int = Field(1800, gt=0, description="seconds one site may take before it is closed")
    keep_raw: bool = True
    settings: dict[str, Any] = Field(default_factory=dict, description="Scrapy settings overrides (politeness)")

    def scrapy_settings(self) -> dict[str, Any]:
        """What a crawl hands Scrapy: the time limit and keep_raw as settings, then `settings`
        (`[crawl.settings]` with `-s KEY=VALUE` over it), which may override either."""
        return {"CLOSESPIDER_TIMEOUT": self.site_time_limit, "PROVNEWS_KEEP_RAW": self.keep_raw, **self.settings}


class TranslationConfig(_Strict):
    # None: $PROVNEWS_MODELS_DIR, else the user's data directory (`translations.packages.models_dir`).
    models_dir: Path | None = None
    # The defaults are the engine's own (translations/engine.py says why), defined there once.
    beam_size: int = Field(EngineOptions.beam_size, ge=1)
    batch_size: int = Field(EngineOptions.batch_size, ge=1)
    batch_tokens: int = Field(EngineOptions.batch_tokens, ge=1,
                              description="source tokens per batch: bounds memory on long sentences")

    def engine_options(self) -> EngineOptions:
        return EngineOptions(beam_size=self.beam_size, batch_size=self.batch_size, batch_tokens=self.batch_tokens)

    def packages_dir(self) -> Path:
        """The models directory this configuration names, or the default one."""
        from translations.packages import models_dir

        return models_dir(self.models_dir)


class ReviewConfig(_Strict):
    """`provnews serve --auth` (docs/review.md)."""

    session_idle_minutes: float = Field(60, gt=0, description="a session unused this long is over")
    # Addresses whose X-Forwarded-Proto / X-Forwarded-For are believed (a proxy in front: nginx, Caddy).
    trusted_proxies: list[str] = Field(default_factory=lambda: ["127.0.0.1", "::1"])
    # argon2id cost of new password hashes; the defaults are argon2-cffi's (RFC 9106, low memory).
    # Only tests lower them (a stored hash keeps the parameters it was made with).
    argon2_time_cost: int = Field(3, ge=1)
    argon2_memory_kib: int = Field(65536, ge=8)
    argon2_parallelism: int = Field(4, ge=1)


class ScaleConfig(_Strict):
    """Crawling and translating on worker hosts (docs/scaling.md)."""

    # redis://[:PASSWORD@]HOST:PORT/DB or rediss://...; None: everything runs in this process.
    broker: str | None = None
    # Seconds after which a task a worker took but never acknowledged (the worker died) goes to
    # another worker: Redis' transport waits an hour by default. Longer than no task; a crawl
    # task lasts at most `site_time_limit` per site, and the worker keeps its tasks' leases alive.
    visibility_timeout: int = Field(60, gt=0)
    # Sentences per translation task: large enough that the model's batches stay full, small
    # enough that two workers share a chunk.
    task_sentences: int = Field(64, gt=0)
    # Seconds the writer keeps trying a broker that stopped answering before the run ends with
    # "broker ... is gone" (redis-py retries inside): a restart of Redis takes a few seconds.
    broker_grace_s: float = Field(10.0, gt=0)


class Config(_Strict):
    db: Path | None = None
    sites: list[str] | None = None  # enabled sites; None = every configured site
    provinces: list[str] | None = None  # or every enabled site of these province codes ("js", "zj")
    langs: list[str] | None = None  # and only these languages ("zh", "en")
    base_urls: dict[str, str] = Field(default_factory=dict)
    log_file: Path | None = None
    # A Datasette serving the same archive (`datasette news.db`): the review UI links to it.
    datasette_url: str | None = None
    crawl: CrawlConfig = Field(default_factory=CrawlConfig)
    translation: TranslationConfig = Field(default_factory=TranslationConfig)
    review: ReviewConfig = Field(default_factory=ReviewConfig)
    scale: ScaleConfig = Field(default_factory=ScaleConfig)
    source: Path | None = Field(None, exclude=True)  # the file it was read from


def default_locations() -> list[Path]:
    return [Path.cwd() / CONFIG_NAME, Path(platformdirs.user_config_dir("provnews")) / CONFIG_NAME]


def _nested(dotted: str, value: Any) -> dict[str, Any]:
    *parents, leaf = dotted.split(".")
    layer: dict[str, Any] = {leaf: value}
    for key in reversed(parents):
        layer = {key: layer}
    return layer


def _merge(base: dict[str, Any], layer: Mapping[str, Any]) -> dict[str, Any]:
    """`layer` over `base`: tables key by key, other values whole; None in `layer` means not set."""
    merged = dict(base)
    for key, value in layer.items():
        if value is None:
            continue
        below = merged.get(key)
        if isinstance(value, Mapping):
            if below is None or isinstance(below, Mapping):
                merged[key] = _merge(below or {}, value)
            # else: the file's value is not a table, and validation names that key
        else:
            merged[key] = value
    return merged


def _read_file(path: str | Path | None) -> tuple[dict[str, Any], Path | None]:
    """The file's table and its path: `path` (must exist), else $PROVNEWS_CONFIG (must exist),
    else the first of the default places that exists; ({}, None) when none does."""
    explicit = path or os.environ.get(CONFIG_ENV)
    if explicit:
        candidates, required = [Path(explicit).expanduser()], True
    else:
        candidates, required = default_locations(), False
    for candidate in candidates:
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"cannot read config {candidate}: {exc}") from None
            # Relative paths in a file mean "next to the file", whatever directory cron starts in.
            for dotted in PATH_KEYS:
                *parents, leaf = dotted.split(".")
                table = data
                for key in parents:
                    table = table.get(key) if isinstance(table.get(key), dict) else {}
                if isinstance(table.get(leaf), str):
                    table[leaf] = str(candidate.parent / Path(table[leaf]).expanduser())
            return data, candidate
    if required:
        raise ConfigError(f"config file not found: {candidates[0]}")
    return {}, None


def load_config(path: str | Path | None = None, options: Mapping[str, Any] | None = None) -> Config:
    """The configuration: built-in defaults, under the file, under the environment, under `options`.

    `path` names the file (it must exist); without it $PROVNEWS_CONFIG, else ./provnews.toml, else
    the user config directory's provnews.toml, else none. `options` are the command line's values
    keyed like the file, dotted or nested ({"db": ..., "translation.beam_size": 2}); None means
    the option was not given.
    """
    data, source = _read_file(path)
    environment = {key: os.environ[var] for var, key in ENVIRONMENT.items() if os.environ.get(var)}
    for layer in (environment, options or {}):
        for key, value in layer.items():
            data = _merge(data, _nested(key, value))
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"invalid config {source or '(environment and options)'}: {where}: {first['msg']}") from None
    config.source = source
    config.db, config.log_file, config.translation.models_dir = (
        None if p is None else p.expanduser() for p in (config.db, config.log_file, config.translation.models_dir)
    )
    return config
