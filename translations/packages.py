"""Argos model packages: where they live, which are installed, installing one.

Packages use the standard Argos layout (one folder per package holding `metadata.json`,
`sentencepiece.model` and a CTranslate2 `model/`), so a folder filled by
`ARGOS_PACKAGES_DIR=$(provnews models dir) argospm install translate-zh_en` works too.

The directory is explicit (the caller's, e.g. `models_dir` of provnews.toml, else
`PROVNEWS_MODELS_DIR`, else the user's data directory) rather than
argostranslate's HOME-derived default, so a cron job running with another HOME finds the same
packages. Installing from a file never imports argostranslate: its `install_from_path()` imports
torch and stanza just to clear a cache, and extracts archives without checking them.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import ModelInstallError, ModelNotInstalled

MODELS_DIR_ENV = "PROVNEWS_MODELS_DIR"
DEFAULT_FROM, DEFAULT_TO = "zh", "en"
# Seconds without an answer from the package index or download host before giving up.
DEFAULT_TIMEOUT = 60.0

__all__ = ["InstalledModel", "models_dir", "list_installed", "find_model", "install_file", "install_from_index",
           "MODELS_DIR_ENV", "DEFAULT_TIMEOUT", "model_missing_hint"]


def models_dir(directory: str | Path | None = None) -> Path:
    """The packages directory: `directory` (the caller's setting, e.g. `models_dir` of
    provnews.toml), else `$PROVNEWS_MODELS_DIR`, else `<user data dir>/provnews/models`."""
    explicit = directory or os.environ.get(MODELS_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return platformdirs.user_data_path("provnews") / "models"


@dataclass(frozen=True)
class InstalledModel:
    """One installed package, as its metadata.json describes it."""

    path: Path
    from_code: str
    to_code: str
    package_version: str
    argos_version: str = ""
    type: str = "translate"
    target_prefix: str = ""

    @property
    def name(self) -> str:
        # argospm's name for the package, e.g. "translate-zh_en".
        return f"{self.type}-{self.from_code}_{self.to_code}"

    @property
    def id(self) -> str:
        """What the archive records as `model`: the translation memory is keyed by it, so a new
        package version never reuses sentences translated by an older one."""
        return f"argos/{self.name}@{self.package_version}"

    @property
    def problem(self) -> str | None:
        """Why the package cannot be used, or None."""
        for required in ("model/model.bin", "model/config.json", "sentencepiece.model"):
            if not (self.path / required).is_file():
                return f"missing {required}"
        return None

    @classmethod
    def from_folder(cls, folder: Path) -> InstalledModel:
        try:
            metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelInstallError(f"{folder}: unreadable metadata.json ({exc})") from exc
        if not isinstance(metadata, dict) or not metadata.get("from_code") or not metadata.get("to_code"):
            raise ModelInstallError(f"{folder}: metadata.json names no from_code/to_code")
        return cls(
            path=folder,
            from_code=str(metadata["from_code"]),
            to_code=str(metadata["to_code"]),
            package_version=str(metadata.get("package_version", "")),
            argos_version=str(metadata.get("argos_version", "")),
            type=str(metadata.get("type", "translate")),
            target_prefix=str(metadata.get("target_prefix", "")),
        )


def list_installed(directory: Path | None = None) -> list[InstalledModel]:
    """Every package folder in the directory; folders without metadata.json are not packages
    (they break argostranslate's own listing, so they are skipped here rather than fatal)."""
    directory = models_dir(directory)
    if not directory.is_dir():
        return []
    found = []
    for folder in sorted(directory.iterdir()):
        if folder.is_dir() and (folder / "metadata.json").is_file():
            try:
                found.append(InstalledModel.from_folder(folder))
            except ModelInstallError:
                continue
    return found


def _version_key(version: str):
    from packaging.version import InvalidVersion, Version

    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)


def find_model(from_code: str = DEFAULT_FROM, to_code: str = DEFAULT_TO,
               directory: Path | None = None) -> InstalledModel:
    """The newest usable package for the pair; raises ModelNotInstalled naming how to get one."""
    directory = models_dir(directory)
    candidates = [m for m in list_installed(directory)
                  if m.type == "translate" and (m.from_code, m.to_code) == (from_code, to_code)]
    usable = [m for m in candidates if m.problem is None]
    if usable:
        return max(usable, key=lambda m: _version_key(m.package_version))
    broken = f" ({candidates[0].path.name} is incomplete: {candidates[0].problem})" if candidates else ""
    raise ModelNotInstalled(
        f"no {from_code}→{to_code} translation model in {directory}{broken}: run `provnews models install`, "
        f"or offline `provnews models install --file translate-{from_code}_{to_code}.argosmodel`"
    )


def model_missing_hint(directory: str | Path | None = None, from_code: str = DEFAULT_FROM,
                       to_code: str = DEFAULT_TO) -> str | None:
    """One line telling a user how to install the model when no usable one is installed; else None."""
    try:
        find_model(from_code, to_code, models_dir(directory))
    except ModelNotInstalled:
        return (f"No {from_code}→{to_code} translation model is installed: run `provnews models install`, or offline "
                f"`provnews models install --file translate-{from_code}_{to_code}.argosmodel`, then `provnews translate`.")
    return None


def _package_root(archive: zipfile.ZipFile, path: Path) -> str:
    """The one top-level folder of a package archive; refuses anything that would escape it."""
    roots = set()
    for name in archive.namelist():
        parts = PurePosixPath(name).parts
        if not parts or name.startswith("/") or ".." in parts or "\\" in name:
            raise ModelInstallError(f"{path}: unsafe path {name!r} in package archive")
        roots.add(parts[0])
    if len(roots) != 1:
        raise ModelInstallError(f"{path}: an .argosmodel holds exactly one folder, found {len(roots)}")
    root = roots.pop()
    if f"{root}/metadata.json" not in archive.namelist():
        raise ModelInstallError(f"{path}: not an Argos package (no {root}/metadata.json)")
    return root


def install_file(path: str | Path, directory: Path | None = None) -> InstalledModel:
    """Install an .argosmodel file; replaces an installed package of the same folder name.

    The archive is checked and extracted beside the packages directory, then renamed into it, so
    readers never see half a package and a failed install leaves the previous one in place.
    """
    path = Path(path)
    directory = models_dir(directory)
    if not path.is_file():
        raise ModelInstallError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise ModelInstallError(f"{path}: not an .argosmodel package (not a zip archive)")
    directory.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}-install-", dir=directory.parent))
    try:
        with zipfile.ZipFile(path) as archive:
            root = _package_root(archive, path)
            try:
                archive.extractall(staging)
            except (OSError, zipfile.BadZipFile) as exc:
                raise ModelInstallError(f"{path}: cannot extract package ({exc})") from exc
        model = InstalledModel.from_folder(staging / root)
        if model.problem:
            raise ModelInstallError(f"{path}: not a usable translation package ({model.problem})")
        target = directory / root
        if target.exists():
            retired = staging / ".previous"
            target.rename(retired)
        (staging / root).rename(target)
        return InstalledModel.from_folder(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("(") and message.endswith(",)"):  # argostranslate logs str(args)
            message = message[1:-2]
        self.messages.append(message)


@contextmanager
def _argos_errors() -> Iterator[_Collect]:
    """argostranslate logs network errors and carries on; collect them for our own one-line
    error instead of letting Python's last-resort handler print them."""
    logger = logging.getLogger("argostranslate")
    collect, propagate = _Collect(), logger.propagate
    logger.addHandler(collect)
    logger.propagate = False
    try:
        yield collect
    finally:
        logger.removeHandler(collect)
        logger.propagate = propagate


def install_from_index(from_code: str = DEFAULT_FROM, to_code: str = DEFAULT_TO, *,
                       directory: Path | None = None, timeout: float = DEFAULT_TIMEOUT) -> InstalledModel:
    """Download the pair's package through argostranslate's package API, then install it.

    argostranslate reads its settings once at import and its urllib calls have no timeout, so the
    packages directory is set before the import and a socket timeout bounds every network wait.
    """
    directory = models_dir(directory)
    directory.mkdir(parents=True, exist_ok=True)
    os.environ["ARGOS_PACKAGES_DIR"] = str(directory)
    previous_timeout = socket.getdefaulttimeout()
    socket.setdefaulttimeout(timeout)
    try:
        with _argos_errors() as errors:
            return _download_and_install(from_code, to_code, directory, timeout, errors)
    finally:
        socket.setdefaulttimeout(previous_timeout)


def _download_and_install(from_code: str, to_code: str, directory: Path, timeout: float,
                          errors: _Collect) -> InstalledModel:
    from argostranslate import package as argos_package
    from argostranslate import settings as argos_settings

    index = Path(argos_settings.local_package_index)
    before = index.stat().st_mtime_ns if index.exists() else None
    argos_package.update_package_index()  # logs and swallows its own errors
    after = index.stat().st_mtime_ns if index.exists() else None
    if after is None or after == before:
        # With no index on disk, get_available_packages() would recurse until RecursionError.
        reason = errors.messages[-1] if errors.messages else f"no answer in {timeout:g}s"
        raise ModelInstallError(
            f"cannot download the Argos package index from {argos_settings.remote_package_index} "
            f"({reason}): install from a file with "
            f"`provnews models install --file translate-{from_code}_{to_code}.argosmodel`"
        )
    available = [p for p in argos_package.get_available_packages()
                 if (p.from_code, p.to_code) == (from_code, to_code) and p.type == "translate"]
    if not available:
        raise ModelInstallError(f"the Argos package index lists no {from_code}→{to_code} package")
    newest = max(available, key=lambda p: _version_key(p.package_version))
    try:
        downloaded = newest.download()
    except Exception as exc:  # argostranslate raises bare Exception on a failed download
        reason = errors.messages[-1] if errors.messages else str(exc)
        raise ModelInstallError(
            f"cannot download {argos_package.argospm_package_name(newest)} {newest.package_version} "
            f"({reason}): retry, or install from a file with `provnews models install --file PATH`"
        ) from exc
    try:
        return install_file(downloaded, directory)
    finally:
        Path(downloaded).unlink(missing_ok=True)
