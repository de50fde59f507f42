"""The optional `provnews.toml`, with environment overrides.

Every setting has a default, so no file is needed; a file overrides only the keys it sets, and
PROVNEWS_DB / PROVNEWS_MODELS_DIR override the file (cron jobs set those without a file). A typo
fails at start with the key named, rather than being ignored for months.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

CONFIG_NAME = "provnews.toml"


class ConfigError(Exception):
    """The configuration file is missing, unreadable or invalid."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CrawlConfig(_Strict):
    site_time_limit: int = Field(1800, gt=0, description="seconds one site may take before it is closed")
    keep_raw: bool = True
    settings: dict[str, Any] = Field(default_factory=dict, description="Scrapy settings overrides (politeness)")


class TranslationConfig(_Strict):
    models_dir: Path | None = None
    beam_size: int = Field(4, ge=1)
    batch_size: int = Field(16, ge=1)
    batch_tokens: int = Field(512, ge=1, description="source tokens per batch: bounds memory on long sentences")


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
    source: Path | None = Field(None, exclude=True)  # the file it was read from


def default_locations() -> list[Path]:
    return [Path.cwd() / CONFIG_NAME, Path(platformdirs.user_config_dir("provnews")) / CONFIG_NAME]


def load_config(path: str | Path | None = None) -> Config:
    """Read the config: an explicit path (must exist), else $PROVNEWS_CONFIG, else the default places."""
    explicit = path or os.environ.get("PROVNEWS_CONFIG")
    if explicit:
        candidates, required = [Path(explicit).expanduser()], True
    else:
        candidates, required = default_locations(), False
    data: dict[str, Any] = {}
    source = None
    for candidate in candidates:
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"cannot read config {candidate}: {exc}") from None
            source = candidate
            break
    else:
        if required:
            raise ConfigError(f"config file not found: {candidates[0]}")
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"invalid config {source}: {where}: {first['msg']}") from None
    config.source = source
    if source is not None:
        # Relative paths in a file mean "next to the file", whatever directory cron starts in.
        config.db, config.log_file, config.translation.models_dir = (
            None if p is None else source.parent / p.expanduser()
            for p in (config.db, config.log_file, config.translation.models_dir)
        )
    if os.environ.get("PROVNEWS_DB"):
        config.db = Path(os.environ["PROVNEWS_DB"])
    if os.environ.get("PROVNEWS_MODELS_DIR"):
        config.translation.models_dir = Path(os.environ["PROVNEWS_MODELS_DIR"])
    if config.db is not None:
        config.db = config.db.expanduser()
    return config
