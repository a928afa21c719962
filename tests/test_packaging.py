"""The wheel carries what the installed kiosk reads at run time, and the resources are found.

The wheel is built from a copy of the sources (other builds may be running in the checkout),
without build isolation when setuptools is at hand (offline, a few seconds). The PyInstaller
build (``build_installer.py``) is too slow for the suite: README, "Building the installer".
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import kiosk.resources
from kiosk.i18n_build import LANGUAGES

TOP = Path(__file__).resolve().parents[1]
BUILD_INPUTS = ("kiosk", "resources", "translations", "pyproject.toml", "setup.py",
                "MANIFEST.in", "README.md")
PACKAGED = "kiosk/_resources"
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def _copy_sources(target: Path) -> Path:
    """Copy what the wheel is built from into ``target`` (no caches, no compiled .qm)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.egg-info")
    for name in BUILD_INPUTS:
        source = TOP / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    return target


def _build_isolation_args() -> list[str]:
    """Build with this interpreter's setuptools when it has one, else in pip's isolation."""
    has_backend = all(importlib.util.find_spec(name) for name in ("setuptools", "wheel"))
    return ["--no-build-isolation"] if has_backend else []


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    """The wheel ``pip wheel . --no-deps`` builds from the sources."""
    work = tmp_path_factory.mktemp("wheel")
    sources = _copy_sources(work / "src")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(sources), "--no-deps", "-q",
                    "--no-cache-dir", "--disable-pip-version-check", *_build_isolation_args(),
                    "-w", str(work / "out")], check=True, timeout=120)
    [built] = (work / "out").glob("balabaqsha_kiosk-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def _shipped(folder: str) -> list[str]:
    """Every file of ``resources/<folder>``, as it must appear in the wheel."""
    return [f"{PACKAGED}/{folder}/{path.relative_to(TOP / 'resources' / folder).as_posix()}"
            for path in sorted((TOP / "resources" / folder).rglob("*")) if path.is_file()]


def _in_package(folder: str, pattern: str) -> list[str]:
    """The files of the package folder ``folder`` matching ``pattern``, as wheel names."""
    return [path.relative_to(TOP).as_posix() for path in sorted((TOP / folder).rglob(pattern))
            if "__pycache__" not in path.parts]


@pytest.mark.parametrize("folder", ["fonts", "images", "styles"])
def test_the_resources_are_in_the_package(wheel: zipfile.ZipFile, folder: str) -> None:
    expected = _shipped(folder)
    assert expected
    assert set(expected) <= set(wheel.namelist())


def test_the_style_sheet_and_fonts_are_in_the_package(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert f"{PACKAGED}/styles/kiosk.qss" in names
    assert {f"{PACKAGED}/fonts/{font}.ttf"
            for font in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono")} <= names


def test_the_translations_are_compiled_into_the_package(wheel: zipfile.ZipFile) -> None:
    for language in LANGUAGES:
        assert wheel.read(f"{PACKAGED}/i18n/kiosk_{language}.qm").startswith(QM_MAGIC)


@pytest.mark.parametrize("folder", ["kiosk/store/migrations", "kiosk/central/migrations"])
def test_the_migrations_are_in_the_package(wheel: zipfile.ZipFile, folder: str) -> None:
    expected = _in_package(folder, "*.py") + _in_package(folder, "*.mako")
    assert f"{folder}/env.py" in expected and f"{folder}/script.py.mako" in expected
    assert any("/versions/0001_" in name for name in expected)
    assert set(expected) <= set(wheel.namelist())


@pytest.mark.parametrize("data", ["kiosk/eds/cards/profiles.toml", "kiosk/documents/captions.toml"])
def test_the_data_files_are_in_the_package(wheel: zipfile.ZipFile, data: str) -> None:
    assert wheel.read(data) == (TOP / data).read_bytes()


def test_both_commands_are_installed(wheel: zipfile.ZipFile) -> None:
    [entry_points] = [name for name in wheel.namelist() if name.endswith("/entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "kiosk = kiosk.cli:main" in text
    assert "kiosk-central = kiosk.central.cli:main" in text


# --- setup.py's translations step, without building ------------------------------------------

@pytest.fixture
def setup_module() -> ModuleType:
    """``setup.py`` as a module (its ``setup()`` runs only as ``__main__``)."""
    spec = importlib.util.spec_from_file_location("_kiosk_setup", TOP / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_lrelease_the_prebuilt_translations_are_shipped(setup_module: ModuleType,
                                                                tmp_path: Path) -> None:
    prebuilt = tmp_path / "prebuilt"
    prebuilt.mkdir()
    for language in LANGUAGES:
        (prebuilt / f"kiosk_{language}.qm").write_bytes(QM_MAGIC)
    written = setup_module.place_translations(tmp_path / "out", None, prebuilt)
    assert sorted(path.name for path in written) == [f"kiosk_{lang}.qm" for lang in LANGUAGES]
    assert all(path.read_bytes() == QM_MAGIC for path in written)


def test_without_lrelease_or_prebuilt_translations_the_build_says_what_to_run(
        setup_module: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="make translations"):
        setup_module.place_translations(tmp_path / "out", None, tmp_path)


# --- kiosk.resources: where the resources are found ------------------------------------------

def test_the_checkout_resources_are_found_without_a_packaged_copy(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(kiosk.resources, "packaged_resources_dir", lambda: tmp_path / "none")
    assert kiosk.resources.resources_dir() == TOP / "resources"
    assert kiosk.resources.translations_dir() == TOP / "resources" / "i18n"


def test_a_packaged_copy_comes_first_outside_a_checkout(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    installed = tmp_path / "site-packages"
    (installed / "resources").mkdir(parents=True)  # no pyproject.toml: not a checkout
    monkeypatch.setattr(kiosk.resources, "packaged_resources_dir", lambda: tmp_path)
    monkeypatch.setattr(kiosk.resources, "source_resources_dir", lambda: installed / "resources")
    assert kiosk.resources.resources_dir() == tmp_path
    monkeypatch.setenv("KIOSK_RESOURCES", str(tmp_path / "override"))
    assert kiosk.resources.resources_dir() == tmp_path / "override"


def test_a_stale_packaged_copy_never_shadows_the_checkout(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(kiosk.resources, "packaged_resources_dir", lambda: tmp_path)
    assert kiosk.resources.resources_dir() == TOP / "resources"
