"""Starting the Qt application: fonts, style, translation, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.logs import get_logger
from kiosk.settings import KioskSection
from kiosk.ui.demo import DEMO_CATALOGUE, demo_registration
from kiosk.ui.fonts import install_fonts
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.inactivity import InactivityTimes
from kiosk.ui.main_window import MainWindow, WindowSetup
from kiosk.ui.registration import RegistrationSetup
from kiosk.ui.scan_picker import FileDialogChooser, FolderChooser
from kiosk.ui.style import apply_style

BASE_POINT_SIZE = {True: 16, False: 10}  # kiosk mode: large type for a touch screen


def demo_setup(kiosk_mode: bool, kiosk: KioskSection | None = None,
               scan_dir: Path | None = None) -> WindowSetup:
    """A window setup on the demo register and demo lists (until login and central exist)."""
    kiosk = kiosk or KioskSection()
    chooser = FolderChooser(scan_dir) if kiosk_mode else FileDialogChooser()
    return WindowSetup(
        start_registration=demo_registration,
        registration=RegistrationSetup(DEMO_CATALOGUE, chooser, kiosk.max_scan_mb),
        inactivity=InactivityTimes.from_settings(kiosk) if kiosk_mode else None,
        home_language=kiosk.language,
    )


def create_window(language: str, kiosk_mode: bool, setup: WindowSetup | None = None) -> MainWindow:
    """Build the main window on the running QApplication, in ``language``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication must exist"
    install_fonts(app, BASE_POINT_SIZE[kiosk_mode])
    apply_style(app, kiosk_mode)
    languages = LanguageSwitcher(app)
    languages.switch(language)
    if setup is None:
        get_logger("ui").warning("no login yet: registrations run for a demo applicant")
        setup = demo_setup(kiosk_mode, KioskSection(language=language))  # type: ignore[arg-type]
    return MainWindow(languages, kiosk_mode, setup)


def run(language: str, kiosk_mode: bool, setup: WindowSetup | None = None) -> int:
    """Run the kiosk's event loop until the window closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Balabaqsha")
    window = create_window(language, kiosk_mode, setup)
    if kiosk_mode:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    return app.exec()
