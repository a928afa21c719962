"""Translation build: ``update`` refreshes translations/*.ts from the UI sources,
``release`` compiles them to resources/i18n/*.qm. Called by ``make lupdate`` / ``make``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("kk", "ru")
_TOP = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def ts_files() -> list[Path]:
    """The Qt Linguist sources, one per language."""
    return [_TOP / "translations" / f"kiosk_{lang}.ts" for lang in LANGUAGES]


def update() -> None:
    """Re-extract every tr() string of kiosk/ui into the .ts files, keeping translations."""
    sources = sorted(str(p) for p in (_TOP / "kiosk" / "ui").rglob("*.py"))
    for ts in ts_files():
        subprocess.run([_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True)


def release() -> None:
    """Compile every .ts file into resources/i18n/*.qm."""
    out = _TOP / "resources" / "i18n"
    out.mkdir(parents=True, exist_ok=True)
    for ts in ts_files():
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1]]()
