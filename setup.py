"""Build hook: the wheel carries ``resources/`` as ``kiosk/_resources``, translations compiled.

Everything else (metadata, packages, package data such as the Alembic migrations,
``profiles.toml`` and ``captions.toml``) is declared in ``pyproject.toml``. This file only
extends ``build_py`` so that a built (non-editable) package holds:

- ``kiosk/_resources/{fonts,images,styles}``: copied from the checkout's ``resources/``;
- ``kiosk/_resources/i18n/*.qm``: compiled from ``translations/*.ts`` with lrelease when one
  is found (``KIOSK_LRELEASE``, ``pyside6-lrelease`` beside the build's interpreter or on
  PATH, Qt's ``lrelease``), else copied from ``resources/i18n/`` as ``make translations``
  left them. With neither the build fails, naming the command to run.

Editable installs copy nothing: :mod:`kiosk.resources` finds the checkout's ``resources/``.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

TOP = Path(__file__).resolve().parent
RESOURCES = TOP / "resources"
PACKAGED = Path("kiosk", "_resources")
"""Where the resources land inside the built package (see ``kiosk/resources.py``)."""
_NOT_SHIPPED = shutil.ignore_patterns("i18n", "__pycache__", "*.pyc", ".*")


def i18n_build() -> ModuleType:
    """``kiosk/i18n_build.py``, loaded by path: the build environment cannot import ``kiosk``."""
    spec = importlib.util.spec_from_file_location("_kiosk_i18n_build", TOP / "kiosk" / "i18n_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def copy_resources(target: Path, source: Path = RESOURCES) -> None:
    """Copy the fonts, images and styles of ``source`` into ``target`` (replaced whole)."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, ignore=_NOT_SHIPPED)


def place_translations(target: Path, lrelease: str | None, prebuilt: Path) -> list[Path]:
    """Compile the .qm files into ``target`` with ``lrelease``, or copy them from ``prebuilt``.

    Raises RuntimeError when there is no lrelease and ``prebuilt`` lacks a .qm file.
    """
    i18n = i18n_build()
    if lrelease is not None:
        return i18n.release(target, lrelease)
    missing = [qm for qm in i18n.qm_files(prebuilt) if not qm.is_file()]
    if missing:
        names = ", ".join(str(qm) for qm in missing)
        raise RuntimeError(f"compiled translations missing ({names}) and no lrelease to build "
                           "them: run `make translations` (python -m kiosk.i18n_build release) "
                           f"first, or name an lrelease in {i18n.LRELEASE_ENV}")
    target.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy2(qm, target)) for qm in i18n.qm_files(prebuilt)]


class BuildPyWithResources(build_py):
    """``build_py`` that also puts the resources and compiled translations into the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / PACKAGED
        copy_resources(target)
        i18n = i18n_build()
        lrelease = i18n.find_lrelease()
        if lrelease is None and i18n.stale_translations():
            self.warn("resources/i18n has .qm files older than their .ts: shipping them as they "
                      "are (no lrelease found); run `make translations` to refresh them")
        written = place_translations(target / "i18n", lrelease, i18n.QM_DIR)
        self.announce(f"resources copied to {target}, translations: "
                      + ", ".join(qm.name for qm in written), level=2)


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildPyWithResources})
