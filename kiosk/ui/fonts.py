"""Registers the shipped fonts so Kazakh letters display on machines without them."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.resources import resources_dir


def install_fonts(app: QApplication, point_size: int) -> str | None:
    """Register every TTF under resources/fonts and make the first family the default."""
    family = None
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    font = QFont(family) if family else app.font()
    font.setPointSize(point_size)
    app.setFont(font)
    return family
