"""The shipped fonts, registered with reportlab: the PDFs never rely on a system font.

DejaVu Sans covers Kazakh Cyrillic (Ә Ғ Қ Ң Ө Ұ Ү Һ І) as well as Russian. The fonts are
looked up in ``resources/fonts`` (``KIOSK_RESOURCES`` overrides where ``resources`` is).
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.resources import resources_dir

REGULAR = "KioskSans"
BOLD = "KioskSans-Bold"
MONO = "KioskMono"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered_from: Path | None = None


def fonts_dir() -> Path:
    """Where the TTF files are: ``<resources>/fonts``."""
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the document fonts with reportlab (once per process; thread-safe)."""
    global _registered_from
    if _registered_from is not None:
        return
    with _lock:
        if _registered_from is not None:
            return
        directory = fonts_dir()
        missing = [name for name in _FILES.values() if not (directory / name).is_file()]
        if missing:
            raise FileNotFoundError(
                f"document fonts missing in {directory}: {', '.join(missing)} "
                "(set KIOSK_RESOURCES to the directory that holds fonts/)")
        for face, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(face, str(directory / filename)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered_from = directory
