"""Translation build: ``update`` refreshes translations/*.ts from the UI sources,
``release`` compiles them to resources/i18n/*.qm. Called by ``make lupdate`` / ``make``.

Also used without importing the ``kiosk`` package (only the standard library here):
``setup.py`` loads this file to compile the translations into a wheel, and
``build_installer.py`` to compile them before bundling.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("kk", "ru")
_TOP = Path(__file__).resolve().parents[1]
QM_DIR = _TOP / "resources" / "i18n"
"""Where ``release`` puts the compiled translations by default (gitignored)."""

LRELEASE_ENV = "KIOSK_LRELEASE"
"""Names the lrelease program to use; ``none`` forbids compiling (use the .qm already built)."""

_LRELEASE_NAMES = ("pyside6-lrelease", "lrelease-qt6", "lrelease")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def find_lrelease() -> str | None:
    """The lrelease to compile with: ``KIOSK_LRELEASE``, PySide6's next to this interpreter
    or on PATH, or Qt's own; None when there is none."""
    named = os.environ.get(LRELEASE_ENV)
    if named:
        return None if named.lower() == "none" else shutil.which(named) or named
    beside = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return beside or next(filter(None, map(shutil.which, _LRELEASE_NAMES)), None)


def _tool_environment() -> dict[str, str]:
    """The environment to run a tool in, without a pip build environment's Python path: the
    ``pyside6-*`` wrappers must import PySide6 from their own interpreter's site-packages."""
    return {name: value for name, value in os.environ.items()
            if name not in ("PYTHONPATH", "PYTHONNOUSERSITE")}


def ts_files() -> list[Path]:
    """The Qt Linguist sources, one per language."""
    return [_TOP / "translations" / f"kiosk_{lang}.ts" for lang in LANGUAGES]


def qm_files(out: Path = QM_DIR) -> list[Path]:
    """The compiled translations ``release(out)`` writes, one per language."""
    return [out / ts.with_suffix(".qm").name for ts in ts_files()]


def stale_translations(out: Path = QM_DIR) -> list[Path]:
    """The .qm files in ``out`` that are missing or older than their .ts source."""
    return [qm for ts, qm in zip(ts_files(), qm_files(out), strict=True)
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime]


def update() -> None:
    """Re-extract every tr() string of kiosk/ui into the .ts files, keeping translations."""
    sources = sorted(str(p) for p in (_TOP / "kiosk" / "ui").rglob("*.py"))
    for ts in ts_files():
        subprocess.run([_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True)


def release(out: Path = QM_DIR, lrelease: str | None = None) -> list[Path]:
    """Compile every .ts file into ``out`` (default resources/i18n); the .qm files written."""
    tool = lrelease or find_lrelease()
    if tool is None:
        raise SystemExit("lrelease not found: install PySide6-Essentials (pyside6-lrelease) "
                         f"or Qt's lrelease, or name it in {LRELEASE_ENV}")
    out.mkdir(parents=True, exist_ok=True)
    for ts, qm in zip(ts_files(), qm_files(out), strict=True):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                       env=_tool_environment())
    return qm_files(out)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1]]()
