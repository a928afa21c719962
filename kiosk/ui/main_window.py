"""The main window: a stack of screens, full screen in kiosk mode, windowed for clerks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from kiosk.ui.home import HomeScreen
from kiosk.ui.i18n import LanguageSwitcher


class MainWindow(QMainWindow):
    """Hosts the screens and the language switch."""

    def __init__(self, languages: LanguageSwitcher, kiosk_mode: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.languages = languages
        self.kiosk_mode = kiosk_mode
        self.stack = QStackedWidget()
        self.home = HomeScreen()
        self.home.language_chosen.connect(self.languages.switch)
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        if kiosk_mode:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read the window caption from the installed translation."""
        self.setWindowTitle(self.tr("Balabaqsha: kindergarten queue"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
