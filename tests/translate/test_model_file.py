"""The zh→en package: one file name everywhere, where users get it, a check of a downloaded file,
and the line a page shows while no model is installed."""

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from provnews.cli import cli
from translations.packages import MODEL_FILE, MODEL_URL, MODEL_VERSION, check_file, install_file, missing_model_message

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, models_dir):
    return CliRunner().invoke(cli, list(args), env={"PROVNEWS_MODELS_DIR": str(models_dir)})


def test_the_file_name_matches_the_index_entry_version():
    assert MODEL_FILE == f"translate-zh_en-{MODEL_VERSION.replace('.', '_')}.argosmodel"
    assert MODEL_URL.endswith("/" + MODEL_FILE)


@pytest.mark.parametrize("document", ["README.md", "docs/translation.md", "provnews/commands/models.py",
                                      "provnews/doctor.py", "translations/packages.py"])
def test_every_place_names_the_same_package_file(document):
    text = (ROOT / document).read_text(encoding="utf-8")
    names = set(re.findall(r"translate-zh_en[\w.-]*\.argosmodel", text))
    assert names <= {MODEL_FILE}, names


@pytest.mark.parametrize("document", ["README.md", "docs/translation.md"])
def test_the_docs_say_where_the_file_comes_from(document):
    text = (ROOT / document).read_text(encoding="utf-8")
    assert MODEL_URL in text and "Argos package index" in text


def test_the_missing_model_message_says_where_to_get_it(tmp_path):
    result = run_cli("models", "list", models_dir=tmp_path / "none")
    assert MODEL_URL in result.output and f"--file {MODEL_FILE}" in result.output


def test_check_of_a_good_file_names_what_it_holds(tiny_model_package, tmp_path):
    result = run_cli("models", "check", str(tiny_model_package), models_dir=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output.count("\n") == 1
    assert "translate-zh_en 0.0.1 (zh→en), complete" in result.output
    assert not (tmp_path / "translate-zh_en-0_0_1").exists()  # checked, not installed


def _truncated(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    return target


def _rewritten(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info, data)
    return target


def _corrupt_member(path: Path, member_suffix: str) -> Path:
    """Flip bytes inside one stored member's data, leaving the zip's directory intact."""
    with zipfile.ZipFile(path) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith(member_suffix))
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + 20):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("make, message", [
    (lambda src, tmp: _truncated(src, tmp / "half.argosmodel"), "not a zip archive; an incomplete download"),
    (lambda src, tmp: _rewritten(src, tmp / "enzh.argosmodel", lambda name, data: data.replace(
        b'"from_code": "zh"', b'"from_code": "xx"') if name.endswith("metadata.json") else data),
     "a xx→en package, not zh→en: provnews needs " + MODEL_FILE),
    (lambda src, tmp: _rewritten(src, tmp / "nobin.argosmodel",
                                 lambda name, data: None if name.endswith("model.bin") else data),
     "missing model/model.bin"),
    (lambda src, tmp: _corrupt_member(_rewritten(src, tmp / "crc.argosmodel", lambda name, data: data),
                                      "model/config.json"),
     "damaged package"),
])
def test_check_names_what_is_wrong_in_one_line(tiny_model_package, tmp_path, make, message):
    bad = make(tiny_model_package, tmp_path)
    result = run_cli("models", "check", str(bad), models_dir=tmp_path / "models")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert message in result.output
    install = run_cli("models", "install", "--file", str(bad), models_dir=tmp_path / "models")
    assert install.exit_code == 1 and message in install.output
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


def test_check_file_accepts_another_pair_when_asked(tiny_model_package):
    assert check_file(tiny_model_package, None, None).package_version == "0.0.1"


def test_missing_model_message_for_the_web_ui(tiny_model_package, tmp_path):
    message = missing_model_message(tmp_path)
    assert message.startswith("No translation model installed")
    assert "provnews models install" in message and MODEL_FILE in message
    install_file(tiny_model_package, tmp_path)
    assert missing_model_message(tmp_path) is None
