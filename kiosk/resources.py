"""Where the shipped resources (fonts, images, compiled translations) are found."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` directory: ``KIOSK_RESOURCES``, a frozen bundle's, or the source tree's."""
    if override := os.environ.get("KIOSK_RESOURCES"):
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def translations_dir() -> Path:
    """Where the compiled ``.qm`` translations are."""
    return resources_dir() / "i18n"
