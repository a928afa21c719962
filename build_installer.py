#!/usr/bin/env python3
"""Build the kiosk's one-folder distribution, dist/balabaqsha-kiosk/, with PyInstaller.

    .venv/bin/pip install -e '.[installer]'
    .venv/bin/python build_installer.py [--clean] [--out DIR]

The folder holds two executables sharing ``_internal/``: ``kiosk`` (the GUI and its
subcommands) and ``kiosk-central`` (the central service and its operator tools), with the
resources, the compiled translations, the migrations, the card profiles and the native parts of
Qt, pyscard and PyKCS11 (``packaging/balabaqsha-kiosk.spec`` says what and why). Copy the folder
to the target machine and run ``balabaqsha-kiosk/kiosk``.

The translations are compiled first when a .qm file is missing or older than its .ts (as
``make translations`` does); without an lrelease to do it the build stops, naming what is
missing. After the build both executables must answer ``--help``; then the folder is described
(size, files). Exit status: 0 built, 1 the build or its check failed, 2 a prerequisite is missing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

TOP = Path(__file__).resolve().parent
SPEC = TOP / "packaging" / "balabaqsha-kiosk.spec"
NAME = "balabaqsha-kiosk"
EXECUTABLES = ("kiosk", "kiosk-central")
WORK = TOP / "build" / "pyinstaller"
REQUIRED = (  # relative to the folder's _internal/: what the kiosk cannot start without
    "kiosk/_resources/styles/kiosk.qss",
    "kiosk/_resources/fonts/DejaVuSans.ttf",
    "kiosk/_resources/i18n/kiosk_kk.qm",
    "kiosk/_resources/i18n/kiosk_ru.qm",
    "kiosk/store/migrations/env.py",
    "kiosk/central/migrations/env.py",
    "kiosk/eds/cards/profiles.toml",
    "kiosk/documents/captions.toml",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
)

EXIT_OK, EXIT_FAILED, EXIT_PREREQUISITE = 0, 1, 2


class BuildError(Exception):
    """The build cannot go on; ``status`` is the exit status to end with."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line: ``--clean`` and ``--out DIR``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true",
                        help="start afresh: remove the previous folder, PyInstaller's work "
                             "directory (build/pyinstaller) and its cache")
    parser.add_argument("--out", type=Path, default=TOP / "dist", metavar="DIR",
                        help=f"where {NAME}/ is written (default: dist/)")
    return parser.parse_args(argv)


def require_pyinstaller() -> str:
    """PyInstaller's version; BuildError when it is not installed."""
    try:
        import PyInstaller
    except ImportError:
        raise BuildError("PyInstaller is not installed: pip install -e '.[installer]'",
                         EXIT_PREREQUISITE) from None
    return str(PyInstaller.__version__)


def ensure_translations() -> list[Path]:
    """The compiled translations, compiled first when missing or stale; BuildError when
    they are missing and there is no lrelease to compile them."""
    sys.path.insert(0, str(TOP))
    from kiosk import i18n_build

    if i18n_build.stale_translations():
        lrelease = i18n_build.find_lrelease()
        if lrelease is not None:
            print(f"compiling the translations with {lrelease}")
            i18n_build.release(lrelease=lrelease)
    missing = [qm for qm in i18n_build.qm_files() if not qm.is_file()]
    if missing:
        raise BuildError(f"translations not compiled: {', '.join(map(str, missing))} missing and "
                         "no lrelease found; run `make translations`", EXIT_PREREQUISITE)
    return i18n_build.qm_files()


def clean(folder: Path) -> None:
    """Remove the previous output folder and PyInstaller's work directory."""
    for path in (folder, WORK):
        if path.exists():
            print(f"removing {path}")
            shutil.rmtree(path)


def run_pyinstaller(out: Path, fresh: bool) -> None:
    """Run PyInstaller on the spec, writing ``out/balabaqsha-kiosk``."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(out), "--workpath", str(WORK), str(SPEC)]
    if fresh:
        command.insert(3, "--clean")
    print("running", " ".join(command[2:]), flush=True)
    if subprocess.run(command, cwd=TOP, check=False).returncode != 0:
        raise BuildError("PyInstaller failed (its messages are above)")


def check_folder(folder: Path) -> None:
    """BuildError unless the folder has its executables and the files the kiosk needs."""
    internal = folder / "_internal"
    missing = [name for name in EXECUTABLES if not (folder / name).is_file()]
    missing += [str(Path("_internal", path)) for path in REQUIRED if not (internal / path).exists()]
    if missing:
        raise BuildError(f"{folder} lacks: {', '.join(missing)}")


def smoke_test(folder: Path) -> None:
    """BuildError unless every executable starts and answers ``--help``."""
    for name in EXECUTABLES:
        done = subprocess.run([str(folder / name), "--help"], capture_output=True, text=True,
                              check=False, timeout=120)
        if done.returncode != 0:
            raise BuildError(f"{name} --help failed ({done.returncode}):\n{done.stderr}")


def folder_size(folder: Path) -> tuple[int, int]:
    """The number of files under ``folder`` and their total size in bytes."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return len(files), sum(path.stat().st_size for path in files)


def describe(folder: Path, seconds: float, pyinstaller: str) -> str:
    """What was built, for the closing message."""
    count, size = folder_size(folder)
    lines = [f"built {folder} in {seconds:.0f} s with PyInstaller {pyinstaller}: "
             f"{count} files, {size / 2**20:.0f} MiB"]
    lines += [f"  {folder / name}" for name in EXECUTABLES]
    lines.append(f"run it: {folder / 'kiosk'}   (offscreen check: QT_QPA_PLATFORM=offscreen "
                 f"{folder / 'kiosk'} --screenshots DIR --lang kk)")
    return "\n".join(lines)


def build(out: Path, fresh: bool) -> Path:
    """Build the folder under ``out`` and check it; the folder."""
    started = time.monotonic()
    pyinstaller = require_pyinstaller()
    for qm in ensure_translations():
        print(f"translation {qm}")
    folder = out.resolve() / NAME
    if fresh:
        clean(folder)
    run_pyinstaller(out.resolve(), fresh)
    check_folder(folder)
    smoke_test(folder)
    print(describe(folder, time.monotonic() - started, pyinstaller))
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: build, or say why not."""
    args = parse_args(argv)
    try:
        build(args.out, args.clean)
    except BuildError as exc:
        print(f"build_installer.py: {exc}", file=sys.stderr)
        return exc.status
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
