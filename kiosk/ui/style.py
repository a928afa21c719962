"""The look: one style sheet (resources/styles/kiosk.qss) with its sizes per mode.

Kiosk mode: large type and touch targets of at least 48 px; clerk mode: normal type.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.resources import resources_dir

SIZES = {
    True: {  # kiosk
        "hero": 30, "title": 22, "section": 18, "base": 16, "caption": 14, "small": 13,
        "key": 20, "keyheight": 50, "field": 48, "touch": 56, "check": 32, "language": 120, "mark": 32,
        "markradius": 16, "arrow": 24, "scroll": 24, "scrollradius": 10,
    },
    False: {  # clerk
        "hero": 20, "title": 15, "section": 13, "base": 11, "caption": 10, "small": 9,
        "key": 12, "keyheight": 32, "field": 28, "touch": 32, "check": 18, "language": 80, "mark": 22,
        "markradius": 11, "arrow": 14, "scroll": 14, "scrollradius": 6,
    },
}


def stylesheet(kiosk_mode: bool) -> str:
    """The style sheet with the sizes of ``kiosk_mode`` filled in."""
    text = (resources_dir() / "styles" / "kiosk.qss").read_text(encoding="utf-8")
    values = {**SIZES[kiosk_mode], "images": (resources_dir() / "images").as_posix()}
    for name, value in values.items():
        text = text.replace(f"@{name}@", str(value))
    return text


def apply_style(app: QApplication, kiosk_mode: bool) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet(kiosk_mode))
