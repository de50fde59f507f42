"""One configuration layer: every command sees every key of the example config in
docs/operations.md that it should, and a value comes from the command line, else the environment,
else the config file, else the built-in default.

In process (click's CliRunner): each command runs for real up to the call that would do the slow
work (the crawl, the translation, the probe, the web server), which is replaced by one that
records what it was given.
"""

from __future__ import annotations

import json
import re
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from types import SimpleNamespace
from typing import Any

import click
import pytest
from click.testing import CliRunner

from provnews.cli import cli
from provnews.crawling import STAT_KEYS, resolve_sites
from translations.engine import EngineOptions

OPERATIONS = Path(__file__).resolve().parents[2] / "docs" / "operations.md"


# -- the documented example ------------------------------------------------------------------


def documented_example() -> str:
    """The ```toml block of the Configuration section of docs/operations.md, as written."""
    text = OPERATIONS.read_text(encoding="utf-8")
    section = text[text.index("\n## Configuration\n"):]
    return re.search(r"```toml\n(.*?)```", section, re.S).group(1)


def every_key(text: str) -> str:
    """The example with its commented-out keys (`# provinces = [...]`) switched on."""
    return re.sub(r"(?m)^# ([A-Za-z_][\w-]* = )", r"\1", text)


def changed(value: Any) -> Any:
    """Another valid value of the same kind, so a command that ignores the key cannot pass by
    seeing the default."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value * 2 + 1
    if isinstance(value, str):
        if "://" in value:
            return value + "/other"
        path = PurePosixPath(value)
        return str(path.with_name("other-" + path.name))
    if isinstance(value, list):
        return list(reversed(value))
    return {key: changed(item) for key, item in value.items()}


def to_toml(data: dict[str, Any], table: tuple[str, ...] = ()) -> str:
    def key(k: str) -> str:
        return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else json.dumps(k)

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return json.dumps(v, ensure_ascii=False) if isinstance(v, str) else repr(v)

    lines = [f"{key(k)} = {value(v)}" for k, v in data.items() if not isinstance(v, dict)]
    for k, v in data.items():
        if isinstance(v, dict):
            lines += [f"[{'.'.join(key(part) for part in (*table, k))}]", to_toml(v, (*table, k))]
    return "\n".join(lines) + "\n"


VARIANTS = {
    "as documented": documented_example,
    "every key, every value changed": lambda: to_toml(changed(tomllib.loads(every_key(documented_example())))),
}


def documented_keys(doc: dict[str, Any]) -> set[str]:
    """The keys as the checks name them: the three selection keys are one choice of sites;
    `[base_urls]` and `[crawl.settings]` are one key each."""
    keys = set()
    for name, value in doc.items():
        if name in ("sites", "provinces", "langs"):
            keys.add("selection")
        elif isinstance(value, dict) and name != "base_urls":
            keys |= {f"{name}.{inner}" for inner in value}
        else:
            keys.add(name)
    return keys


def expected(doc: dict[str, Any], folder: Path) -> dict[str, Any]:
    """What a command that honours each key of `doc` (a config file in `folder`) must see."""
    want: dict[str, Any] = {}
    for name in ("db", "log_file"):
        if name in doc:
            want[name] = folder / doc[name]  # relative to the file
    if "datasette_url" in doc:
        want["datasette_url"] = doc["datasette_url"]
    if {"sites", "provinces", "langs"} & set(doc):
        want["selection"] = resolve_sites(doc.get("sites") or (), doc.get("provinces") or (), doc.get("langs") or ())
    if "base_urls" in doc:
        chosen = want.get("selection") or resolve_sites(())
        want["base_urls"] = {site: url for site, url in doc["base_urls"].items() if site in chosen}
    for name, value in doc.get("crawl", {}).items():
        want[f"crawl.{name}"] = value
    for name, value in doc.get("translation", {}).items():
        want[f"translation.{name}"] = folder / value if name == "models_dir" else value
    return want


# -- running a command and seeing what it was given ------------------------------------------


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def fake_package(models_dir: Path) -> Path:
    """A package folder that `find_model` accepts (nothing loads it: the translation is replaced)."""
    folder = models_dir / "translate-zh_en-1_0"
    (folder / "model").mkdir(parents=True, exist_ok=True)
    (folder / "metadata.json").write_text(json.dumps(
        {"type": "translate", "from_code": "zh", "to_code": "en", "package_version": "1.0"}), encoding="utf-8")
    for name in ("model/model.bin", "model/config.json", "sentencepiece.model"):
        (folder / name).write_bytes(b"")
    return folder


def make_archives(*paths: Path) -> None:
    from archive import Archive

    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        Archive(path).close()


def no_archive(result: Any) -> dict[str, Any] | None:
    if result.exit_code == 2 and "no archive given" in result.output:
        return {"db": None}
    return None


def crawled(seen: dict[str, Any]) -> dict[str, Any]:
    settings = seen["settings"]
    return {"db": Path(seen["db"]), "selection": list(seen["names"]), "base_urls": dict(seen["base_urls"] or {}),
            "crawl.site_time_limit": settings["CLOSESPIDER_TIMEOUT"], "crawl.keep_raw": settings["PROVNEWS_KEEP_RAW"],
            "crawl.settings": settings}


def record_crawl(monkeypatch, seen: dict[str, Any], stats: bool = False) -> None:
    def run_crawl(names, db_path, base_urls=None, max_pages=None, since=None, settings=None):
        seen.update(names=list(names), db=db_path, base_urls=base_urls, settings=dict(settings or {}))
        started = {**dict.fromkeys(STAT_KEYS, 0), "duration_s": 0.0, "empty": False, "finish_reason": "finished",
                   "health": {}, "skipped": None}
        return {name: dict(started) for name in names} if stats else {}

    monkeypatch.setattr("provnews.crawling.run_crawl", run_crawl)


def record_translation(monkeypatch, seen: dict[str, Any]) -> None:
    def translate_pending(db, *, model=None, options=None, **_):
        seen.update(db=db, model=model, options=options)
        return SimpleNamespace(articles=0, sentences=0, translated_sentences=0, memory_hits=0, seconds=0.0,
                               model=model.id)

    monkeypatch.setattr("translations.worker.translate_pending", translate_pending)


def translated(seen: dict[str, Any]) -> dict[str, Any]:
    if "model" not in seen:
        return {}
    options = seen["options"]
    return {"translation.models_dir": seen["model"].path.parent, "translation.beam_size": options.beam_size,
            "translation.batch_size": options.batch_size, "translation.batch_tokens": options.batch_tokens}


def observe_crawl(monkeypatch, dbs, *args):
    seen: dict[str, Any] = {}
    record_crawl(monkeypatch, seen)
    result = invoke("crawl", *args)
    if (missing := no_archive(result)) is not None:
        return missing
    assert result.exit_code == 0, result.output
    return crawled(seen)


def observe_run(monkeypatch, dbs, *args):
    seen: dict[str, Any] = {}
    record_crawl(monkeypatch, seen, stats=True)
    record_translation(monkeypatch, seen)
    logs: dict[str, Any] = {}
    monkeypatch.setattr("provnews.logs.setup_logging", lambda path, verbose=0: logs.update(log_file=path))
    result = invoke("run", *args)
    if (missing := no_archive(result)) is not None:
        return missing
    assert "names" in seen, result.output
    return {**crawled(seen), **translated(seen), "log_file": logs.get("log_file")}


def observe_translate(monkeypatch, dbs, *args):
    make_archives(*dbs)
    seen: dict[str, Any] = {}
    record_translation(monkeypatch, seen)
    result = invoke("translate", *args)
    if (missing := no_archive(result)) is not None:
        return missing
    assert result.exit_code == 0, result.output
    return {"db": Path(seen["db"]), **translated(seen)}


def observe_evaluate(monkeypatch, dbs, *args):
    make_archives(*dbs)
    seen: dict[str, Any] = {}

    def evaluate(db, model, options, **_):
        seen.update(db=Path(db.execute("PRAGMA database_list").fetchone()[2]), model=model, options=options)
        return [], None

    monkeypatch.setattr("translations.evaluation.evaluate", evaluate)
    result = invoke("evaluate", *args)
    if (missing := no_archive(result)) is not None:
        return missing
    assert result.exit_code == 0, result.output
    return {"db": seen["db"], **translated(seen)}


def observe_serve(monkeypatch, dbs, *args):
    make_archives(*dbs)
    seen: dict[str, Any] = {}

    def create_app(db_path, read_only=False, **kwargs):
        seen.update(db=Path(db_path), datasette_url=kwargs.get("datasette_url"))
        raise click.exceptions.Exit(0)  # instead of serving

    monkeypatch.setattr("provnews.web.create_app", create_app)
    result = invoke("serve", *args)
    if (missing := no_archive(result)) is not None:
        return missing
    assert result.exit_code == 0, result.output
    return seen


def observe_sites_check(monkeypatch, dbs, *args):
    seen: dict[str, Any] = {}

    def probe_sites(sites, base_urls=None, settings=None):
        seen.update(selection=[s.name for s in sites], base_urls=dict(base_urls or {}),
                    settings={"crawl.settings": dict(settings or {})})
        return []

    monkeypatch.setattr("provnews.probe.probe_sites", probe_sites)
    result = invoke("sites", "--check", *args)
    assert result.exit_code == 0, result.output
    return {"selection": seen["selection"], "base_urls": seen["base_urls"], **seen["settings"]}


def observe_doctor(monkeypatch, dbs, *args):
    output = invoke("doctor", *args).output
    archive = re.search(r"(?m)^(?:ok  |FAIL) archive\s+(.*)$", output).group(1)
    model = re.search(r"(?m)^ok   model\s+\S+ \S+ in (.*)$", output)
    db = None if archive.startswith("no archive configured") else Path(archive.split()[0].rstrip(":"))
    return {"db": db, "translation.models_dir": Path(model.group(1)) if model else None}


def observe_models(name: str) -> Callable[..., dict[str, Any]]:
    def observe(monkeypatch, dbs, *args):
        if name == "install":
            package = next(Path.cwd().parent.glob("*.argosmodel"))
            result = invoke("models", "install", "--file", package, *args)
            where = Path(result.output.rsplit(" in ", 1)[1].strip()).parent
        elif name == "list":
            result = invoke("models", "list", "--json", *args)
            where = Path(json.loads(result.output.splitlines()[0])["path"]).parent
        else:
            result = invoke("models", "dir", *args)
            where = Path(result.output.strip())
        assert result.exit_code == 0, result.output
        return {"translation.models_dir": where}

    return observe


def observe_archive_command(*command: str) -> Callable[..., dict[str, Any]]:
    """A command that reads an existing archive: a missing one is named in its error."""

    def observe(monkeypatch, dbs, *args):
        result = invoke(*command, *args)
        if (missing := no_archive(result)) is not None:
            return missing
        assert result.exit_code == 2, result.output
        return {"db": Path(re.search(r"archive (\S+) does not exist", result.output).group(1))}

    return observe


CRAWL_KEYS = {"db", "selection", "base_urls", "crawl.site_time_limit", "crawl.keep_raw", "crawl.settings"}
TRANSLATION_KEYS = {"translation.models_dir", "translation.beam_size", "translation.batch_size",
                    "translation.batch_tokens"}

# command -> (how to see what it was given, the keys it must see)
COMMANDS: dict[str, tuple[Callable[..., dict[str, Any]], set[str]]] = {
    "crawl": (observe_crawl, CRAWL_KEYS),
    "run": (observe_run, CRAWL_KEYS | TRANSLATION_KEYS | {"log_file"}),
    "translate": (observe_translate, {"db"} | TRANSLATION_KEYS),
    "evaluate": (observe_evaluate, {"db"} | TRANSLATION_KEYS),
    "serve": (observe_serve, {"db", "datasette_url"}),
    "sites --check": (observe_sites_check, {"selection", "base_urls", "crawl.settings"}),
    "doctor": (observe_doctor, {"db", "translation.models_dir"}),
    "models install": (observe_models("install"), {"translation.models_dir"}),
    "models list": (observe_models("list"), {"translation.models_dir"}),
    "models dir": (observe_models("dir"), {"translation.models_dir"}),
    "search": (observe_archive_command("search", "word"), {"db"}),
    "export": (observe_archive_command("export"), {"db"}),
    "show": (observe_archive_command("show", "https://www.zj.gov.cn/art/1.html"), {"db"}),
    "health": (observe_archive_command("health"), {"db"}),
    "reparse": (observe_archive_command("reparse"), {"db"}),
    "pair": (observe_archive_command("pair"), {"db"}),
    "backup": (observe_archive_command("backup", "--to", "backups/"), {"db"}),
}


@pytest.fixture
def place(tmp_path, monkeypatch) -> Path:
    """A machine of its own: user config and data directories under tmp_path, a working
    directory without provnews.toml, a package to install and one in the default models folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    package = fake_package(tmp_path / "build")
    with zipfile.ZipFile(tmp_path / "translate-zh_en-1_0.argosmodel", "w") as archive:
        for path in package.rglob("*"):
            archive.write(path, path.relative_to(package.parent).as_posix())
    fake_package(default_models_dir())
    return tmp_path


def default_models_dir() -> Path:
    import platformdirs

    return platformdirs.user_data_path("provnews") / "models"


def write_config(place: Path, text: str) -> Path:
    config = place / "etc" / "provnews.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text(text, encoding="utf-8")
    return config


def assert_seen(command: str, key: str, seen: Any, want: Any) -> None:
    if key == "crawl.settings":  # the file's settings among those the crawl was given
        assert want.items() <= seen.items(), f"{command} ignores [crawl.settings]: {seen}"
    else:
        assert seen == want, f"{command} sees {key} = {seen!r}, not {want!r}"


# -- the checks ------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_documented_key_is_checked_for_some_command(variant):
    doc = tomllib.loads(VARIANTS[variant]())
    keys = documented_keys(doc)
    assert keys == set(expected(doc, Path("."))), "a key of the example that this test does not know"
    assert keys <= set().union(*(sees for _, sees in COMMANDS.values()))


def test_the_example_sets_a_base_url_for_a_site_it_chooses():
    # Else the check of [base_urls] below would compare two empty tables.
    doc = tomllib.loads(VARIANTS["every key, every value changed"]())
    assert expected(doc, Path("."))["base_urls"]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_sees_each_key_of_the_documented_example(command, variant, place, monkeypatch):
    text = VARIANTS[variant]()
    config = write_config(place, text)
    want = expected(tomllib.loads(text), config.parent)
    if "translation.models_dir" in want:
        fake_package(want["translation.models_dir"])
    observe, sees = COMMANDS[command]
    seen = observe(monkeypatch, [want["db"]] if "db" in want else [], "--config", config)
    for key in sorted(sees & set(want)):
        assert_seen(command, key, seen.get(key), want[key])


@pytest.mark.parametrize("command", [name for name, (_, sees) in COMMANDS.items() if "db" in sees])
def test_the_archive_is_the_option_else_the_environment_else_the_file(command, place, monkeypatch):
    observe, _ = COMMANDS[command]
    config = write_config(place, 'db = "file.db"\n')
    no_db = config.with_name("empty.toml")
    no_db.write_text("", encoding="utf-8")
    option, environment, file = place / "option.db", place / "environment.db", config.parent / "file.db"
    dbs = [option, environment, file]

    monkeypatch.setenv("PROVNEWS_DB", str(environment))
    assert observe(monkeypatch, dbs, "--config", config, "--db", option)["db"] == option
    assert observe(monkeypatch, dbs, "--config", config)["db"] == environment
    monkeypatch.delenv("PROVNEWS_DB")
    assert observe(monkeypatch, dbs, "--config", config)["db"] == file
    assert observe(monkeypatch, dbs, "--config", no_db)["db"] is None  # no default: a usage error


def test_the_models_dir_is_the_option_else_the_environment_else_the_file(place, monkeypatch):
    observe, _ = COMMANDS["models dir"]
    config = write_config(place, '[translation]\nmodels_dir = "file-models"\n')
    empty = config.with_name("empty.toml")
    empty.write_text("", encoding="utf-8")
    option, environment = place / "option-models", place / "environment-models"

    def seen(*args):
        return observe(monkeypatch, [], *args)["translation.models_dir"]

    monkeypatch.setenv("PROVNEWS_MODELS_DIR", str(environment))
    assert seen("--config", config, "--models-dir", option) == option
    assert seen("--config", config) == environment
    monkeypatch.delenv("PROVNEWS_MODELS_DIR")
    assert seen("--config", config) == config.parent / "file-models"
    assert seen("--config", empty) == default_models_dir()


@pytest.mark.parametrize("command", ["translate", "evaluate"])
def test_the_beam_size_is_the_option_else_the_file_else_the_engines_default(command, place, monkeypatch):
    observe, _ = COMMANDS[command]
    db = place / "news.db"
    config = write_config(place, f'db = "{db}"\n[translation]\nbeam_size = 2\n')
    empty = config.with_name("empty.toml")
    empty.write_text(f'db = "{db}"\n', encoding="utf-8")

    def beam(*args):
        return observe(monkeypatch, [db], *args)["translation.beam_size"]

    assert beam("--config", config, "--beam-size", "3") == 3
    assert beam("--config", config) == 2
    assert beam("--config", empty) == EngineOptions.beam_size == 4


def test_a_command_line_entry_replaces_one_entry_of_a_table(place, monkeypatch):
    config = write_config(place, '[base_urls]\n"gz-en" = "http://file-gz"\n"zj-en" = "http://file-zj"\n'
                                 '[crawl.settings]\nDOWNLOAD_DELAY = 2\nAUTOTHROTTLE_TARGET_CONCURRENCY = 1.0\n')
    seen = observe_crawl(monkeypatch, [], "gz-en", "zj-en", "--db", place / "news.db", "--config", config,
                         "--base-url", "gz-en=http://option-gz", "-s", "DOWNLOAD_DELAY=7", "--no-raw")
    assert seen["selection"] == ["gz-en", "zj-en"]
    assert seen["base_urls"] == {"gz-en": "http://option-gz", "zj-en": "http://file-zj"}
    assert (seen["crawl.settings"]["DOWNLOAD_DELAY"], seen["crawl.settings"]["AUTOTHROTTLE_TARGET_CONCURRENCY"]) == ("7", 1.0)
    assert seen["crawl.keep_raw"] is False


@pytest.mark.parametrize("command", ["crawl", "run", "sites"])
def test_a_base_url_for_a_site_not_chosen_is_a_usage_error(command, place, monkeypatch):
    monkeypatch.setattr("provnews.logs.setup_logging", lambda path, verbose=0: None)
    args = ["--check"] if command == "sites" else ["--db", place / "news.db"]
    result = invoke(command, "gz-en", *args, "--base-url", "zj-en=http://127.0.0.1:9")
    assert result.exit_code == 2
    assert "--base-url given for 'zj-en', which is not among the sites chosen (gz-en)" in result.output
