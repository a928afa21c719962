"""Starting the Qt application: fonts, translation, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from kiosk.ui.fonts import install_fonts
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.main_window import MainWindow

BASE_POINT_SIZE = {True: 18, False: 11}  # kiosk mode: large type for a touch screen


def create_window(language: str, kiosk_mode: bool) -> MainWindow:
    """Build the main window on the running QApplication, in ``language``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication must exist"
    install_fonts(app, BASE_POINT_SIZE[kiosk_mode])
    languages = LanguageSwitcher(app)
    languages.switch(language)
    return MainWindow(languages, kiosk_mode)


def run(language: str, kiosk_mode: bool) -> int:
    """Run the kiosk's event loop until the window closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Balabaqsha")
    window = create_window(language, kiosk_mode)
    if kiosk_mode:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    return app.exec()
