"""`provnews doctor`, `provnews demo` and the optional config file."""

from __future__ import annotations

import os

import pytest

from provnews.config import ConfigError, load_config
from tests.support import forked


def _doctor(tmp_path, *args, env=None):
    full_env = {**os.environ, "PROVNEWS_MODELS_DIR": str(tmp_path / "no-models"), **(env or {})}
    return forked.cli(["doctor", *args], tmp_path, env=full_env, timeout=60)


def test_doctor_names_the_missing_model_and_the_fix(tmp_path):
    result = _doctor(tmp_path, "--db", str(tmp_path / "news.db"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("FAIL model") for line in lines)
    assert any("fix: provnews models install" in line for line in lines)
    assert any(line.startswith("ok   sites") for line in lines)


def test_doctor_passes_with_a_model_and_an_archive(tmp_path, installed_models_dir):
    from archive import Archive

    Archive(tmp_path / "news.db").close()
    result = _doctor(tmp_path, "--db", str(tmp_path / "news.db"),
                     env={"PROVNEWS_MODELS_DIR": str(installed_models_dir)})
    assert result.returncode == 0, result.stdout
    assert "schema current" in result.stdout


def test_doctor_reports_a_bad_config_key(tmp_path):
    (tmp_path / "provnews.toml").write_text('db = "x.db"\n[crawl]\nsite_time_limt = 10\n', encoding="utf-8")
    result = _doctor(tmp_path)
    assert result.returncode == 1
    assert "crawl.site_time_limt" in result.stdout


def test_config_file_and_environment_overrides(tmp_path, monkeypatch):
    path = tmp_path / "provnews.toml"
    path.write_text('db = "from-file.db"\nsites = ["gz-zh"]\n[translation]\nbeam_size = 2\n', encoding="utf-8")
    config = load_config(path)
    assert (config.db, config.sites, config.translation.beam_size) == (tmp_path / "from-file.db", ["gz-zh"], 2)
    monkeypatch.setenv("PROVNEWS_DB", str(tmp_path / "env.db"))
    assert load_config(path).db == tmp_path / "env.db"
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "missing.toml")
