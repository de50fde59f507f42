import json
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from provnews.cli import cli
from translations.errors import ModelInstallError, ModelNotInstalled
from translations.packages import find_model, install_file, list_installed

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, models_dir):
    return CliRunner().invoke(cli, list(args), env={"PROVNEWS_MODELS_DIR": str(models_dir)})


def test_install_file_then_list_shows_name_version_and_path(tiny_model_package, tmp_path):
    result = run_cli("models", "install", "--file", str(tiny_model_package), models_dir=tmp_path)
    assert result.exit_code == 0, result.output
    listing = run_cli("models", "list", models_dir=tmp_path)
    assert listing.output.split("\t")[:3] == ["translate-zh_en", "0.0.1", "zh→en"]
    assert str(tmp_path / "translate-zh_en-0_0_1") in listing.output


def test_list_json_names_the_model_id(installed_models_dir):
    result = run_cli("models", "list", "--json", models_dir=installed_models_dir)
    record = json.loads(result.output)
    assert record["id"] == "argos/translate-zh_en@0.0.1" and record["problem"] is None


def test_installed_package_is_the_standard_argos_layout(installed_models_dir):
    folder = installed_models_dir / "translate-zh_en-0_0_1"
    assert {p.name for p in folder.iterdir()} >= {"metadata.json", "sentencepiece.model", "model"}
    assert (folder / "model" / "model.bin").stat().st_size < 1_000_000


def test_reinstalling_replaces_the_package_and_leaves_no_staging_folders(tiny_model_package, tmp_path):
    models = tmp_path / "models"
    install_file(tiny_model_package, models)
    install_file(tiny_model_package, models)
    assert [p.name for p in models.iterdir()] == ["translate-zh_en-0_0_1"]
    assert [p.name for p in tmp_path.iterdir()] == ["models"]


def test_find_model_picks_the_newest_version_and_ignores_foreign_folders(tiny_model_package, tmp_path):
    install_file(tiny_model_package, tmp_path)
    newer = tmp_path / "translate-zh_en-0_10_0"
    shutil.copytree(tmp_path / "translate-zh_en-0_0_1", newer)
    metadata = json.loads((newer / "metadata.json").read_text())
    (newer / "metadata.json").write_text(json.dumps({**metadata, "package_version": "0.10.0"}))
    (tmp_path / "not-a-package").mkdir()  # breaks argostranslate's own listing
    assert find_model(directory=tmp_path).package_version == "0.10.0"
    assert len(list_installed(tmp_path)) == 2


def test_missing_model_error_says_how_to_install(tmp_path):
    with pytest.raises(ModelNotInstalled, match=r"provnews models install.*--file"):
        find_model(directory=tmp_path / "empty")


def test_incomplete_package_is_reported_not_used(tiny_model_package, tmp_path):
    install_file(tiny_model_package, tmp_path)
    (tmp_path / "translate-zh_en-0_0_1" / "model" / "model.bin").unlink()
    with pytest.raises(ModelNotInstalled, match="missing model/model.bin"):
        find_model(directory=tmp_path)


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("members, message", [
    ({"a/metadata.json": b"{}", "b/x": b""}, "exactly one folder"),
    ({"pkg/readme.txt": b"hi"}, "no pkg/metadata.json"),
    ({"pkg/metadata.json": b"{}", "pkg/../../evil": b""}, "unsafe path"),
    ({"pkg/metadata.json": b'{"from_code": "zh", "to_code": "en"}'}, "missing model/model.bin"),
    ({"pkg/metadata.json": b"not json"}, "unreadable metadata.json"),
])
def test_bad_package_files_are_refused_and_nothing_is_installed(tmp_path, members, message):
    models = tmp_path / "models"
    with pytest.raises(ModelInstallError, match=message):
        install_file(_zip(tmp_path / "bad.argosmodel", members), models)
    assert list(models.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.argosmodel", "models"]


def test_cli_install_of_a_non_package_is_one_error_line(tmp_path):
    junk = tmp_path / "junk.argosmodel"
    junk.write_text("not a zip")
    result = run_cli("models", "install", "--file", str(junk), models_dir=tmp_path / "models")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert "not a zip archive" in result.output


@pytest.fixture(scope="module")
def package_index(tiny_model_package, tmp_path_factory):
    """The Argos package index and the package file, served on loopback."""
    root = tmp_path_factory.mktemp("index")
    shutil.copy(tiny_model_package, root / tiny_model_package.name)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_port}/"
    (root / "index.json").write_text(json.dumps([{
        "package_version": "0.0.1", "argos_version": "1.9.0", "from_code": "zh", "from_name": "Chinese",
        "to_code": "en", "to_name": "English", "type": "translate", "links": [base + tiny_model_package.name],
    }]))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base
    server.shutdown()


def _install_from_index(index_url: str, tmp_path: Path) -> subprocess.CompletedProcess:
    # A child process: argostranslate reads its settings once, at import.
    env = {**os.environ, "PROVNEWS_MODELS_DIR": str(tmp_path / "models"), "ARGOS_PACKAGE_INDEX": index_url,
           "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("ARGOS_PACKAGES_DIR", None)
    return subprocess.run([sys.executable, "-m", "provnews", "models", "install", "--timeout", "10"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_install_from_the_package_index(package_index, tmp_path):
    result = _install_from_index(package_index, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "installed translate-zh_en 0.0.1" in result.stdout
    assert find_model(directory=tmp_path / "models").package_version == "0.0.1"


def test_install_offline_fails_with_one_line_naming_the_file_route(tmp_path):
    result = _install_from_index("http://127.0.0.1:9/", tmp_path)  # discard port: nothing listens
    assert result.returncode == 1
    error_lines = [line for line in result.stderr.splitlines() if not line.startswith("Downloading")]
    assert len(error_lines) == 1, result.stderr
    assert error_lines[0].startswith("Error: cannot download the Argos package index")
    assert "--file" in error_lines[0]
    assert not (tmp_path / "models").exists() or list((tmp_path / "models").iterdir()) == []
