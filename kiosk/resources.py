"""Where the shipped resources (fonts, images, style sheet, compiled translations) are found.

The same tree is found in three layouts, first match wins:

1. ``KIOSK_RESOURCES``: a directory named by the environment (tests, odd deployments);
2. ``kiosk/_resources`` next to this module: an installed wheel (``setup.py`` copies
   ``resources/`` there while building it) or the PyInstaller bundle
   (``build_installer.py`` puts it at ``_internal/kiosk/_resources``);
3. ``resources/`` at the top of the source checkout (editable installs, ``make run``).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGED_NAME = "_resources"
"""The name of the resources directory inside the installed ``kiosk`` package."""


def packaged_resources_dir() -> Path:
    """Where an installed wheel or a frozen bundle keeps the resources: ``kiosk/_resources``."""
    return Path(__file__).resolve().parent / PACKAGED_NAME


def source_resources_dir() -> Path:
    """The ``resources/`` directory of the source checkout."""
    return Path(__file__).resolve().parents[1] / "resources"


def resources_dir() -> Path:
    """The resources directory: ``KIOSK_RESOURCES``, the installed package's, or the checkout's."""
    if override := os.environ.get("KIOSK_RESOURCES"):
        return Path(override)
    packaged = packaged_resources_dir()
    in_checkout = (source_resources_dir().parent / "pyproject.toml").is_file()
    if packaged.is_dir() and not in_checkout:  # a stale copy never shadows the checkout's
        return packaged
    return source_resources_dir()


def translations_dir() -> Path:
    """Where the compiled ``.qm`` translations are."""
    return resources_dir() / "i18n"
