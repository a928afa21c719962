"""The main window: a stack of screens, full screen in kiosk mode, windowed for clerks.

In kiosk mode it also carries the on-screen keyboard and the inactivity watchdog; ``wipe()``
drops everything personal (the wizard, its pages, every typed field, the session) and returns
to the home screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.home import HomeScreen
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.inactivity import InactivityTimes, InactivityWarning, InactivityWatchdog
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.registration import RegistrationScreen, RegistrationSetup
from kiosk.ui.widgets import Overlay
from kiosk.wizard.registration import Receipt, RegisterLookup, RegistrationWizard

RegistrationStarter = Callable[[], tuple[RegistrationWizard, RegisterLookup]]
"""Makes the wizard for the visitor who just logged in, with the register it reads."""


@dataclass(frozen=True)
class WindowSetup:
    """What the window needs from the composition root."""

    start_registration: RegistrationStarter | None = None
    registration: RegistrationSetup | None = None
    inactivity: InactivityTimes | None = None
    home_language: str = "kk"


class MainWindow(QMainWindow):
    """Hosts the screens, the language switch, and in kiosk mode the keyboard and watchdog."""

    sign_requested = Signal()
    """Step 2 was sent: sign ``window.registration.wizard.state``, submit, then call
    ``submit_receipt(receipt)`` or ``signing_cancelled()``."""
    wiped = Signal()

    def __init__(self, languages: LanguageSwitcher, kiosk_mode: bool,
                 setup: WindowSetup | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.languages = languages
        self.kiosk_mode = kiosk_mode
        self.setup = setup or WindowSetup(home_language=languages.language or "kk")
        self.session: object | None = None
        """Whatever the login leaves for this visitor (tokens, the certificate): wiped."""
        self.registration: RegistrationScreen | None = None
        self.stack = QStackedWidget()
        self.home = HomeScreen()
        self.home.setObjectName("home")
        self.home.language_chosen.connect(self.languages.switch)
        self.home.service_chosen.connect(self._service_chosen)
        self.stack.addWidget(self.home)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        self.keyboard: OnScreenKeyboard | None = None
        if kiosk_mode:
            self.keyboard = OnScreenKeyboard()
            self.keyboard.hide()
            self.keyboard.hide_requested.connect(self.keyboard.hide)
            layout.addWidget(self.keyboard)
        self.setCentralWidget(central)
        if self.keyboard is not None:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            app.focusChanged.connect(self._focus_changed)
        self.watchdog: InactivityWatchdog | None = None
        self.warning: InactivityWarning | None = None
        if kiosk_mode and self.setup.inactivity is not None:
            self._start_watchdog(self.setup.inactivity)
        if kiosk_mode:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.retranslate()

    # -- registration ----------------------------------------------------------------

    def start_registration(self) -> RegistrationScreen | None:
        """Open «Постановка ребенка в очередь в ДДО» for the visitor."""
        if self.setup.start_registration is None or self.setup.registration is None:
            return None
        self.wipe_registration()
        wizard, register = self.setup.start_registration()
        screen = RegistrationScreen(wizard, register, self.setup.registration, self.kiosk_mode)
        screen.sign_requested.connect(self.sign_requested)
        screen.finished.connect(self.wipe)
        screen.language_chosen.connect(self.languages.switch)
        screen.page_changed.connect(self._page_changed)
        self.registration = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self._page_changed()
        if self.watchdog is not None:
            self.watchdog.start()
        return screen

    def submit_receipt(self, receipt: Receipt) -> None:
        """The signed application was accepted or queued: show the result page."""
        if self.registration is not None:
            self.registration.submitted(receipt)

    def signing_cancelled(self) -> None:
        if self.registration is not None:
            self.registration.signing_cancelled()

    # -- wiping ----------------------------------------------------------------------

    def wipe_registration(self) -> None:
        """Drop the wizard and its pages (everything typed goes with them)."""
        screen, self.registration = self.registration, None
        if screen is not None:
            for edit in screen.findChildren(QLineEdit):
                edit.clear()
            self.stack.removeWidget(screen)
            screen.setParent(None)
            screen.deleteLater()

    def wipe(self) -> None:
        """Forget the visitor: wizard, pages, typed fields, overlays, session; go home."""
        self.wipe_registration()
        self.session = None
        for overlay in self.findChildren(Overlay):
            if overlay is self.warning:
                overlay.hide()
            else:  # a scan picker left open
                overlay.hide()
                overlay.setParent(None)
                overlay.deleteLater()
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        if self.kiosk_mode:
            QApplication.clipboard().clear()
        if self.watchdog is not None:
            self.watchdog.stop()
        if self.keyboard is not None:
            self.keyboard.reset()
            self.keyboard.hide()
        self.stack.setCurrentWidget(self.home)
        self.languages.switch(self.setup.home_language)
        self.wiped.emit()

    # -- inactivity ------------------------------------------------------------------

    def _start_watchdog(self, times: InactivityTimes) -> None:
        self.watchdog = InactivityWatchdog(times, self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.watchdog.install(app)
        self.warning = InactivityWarning(self.centralWidget())
        self.warning.continue_clicked.connect(self.watchdog.poke)
        self.watchdog.warned.connect(self._warn)
        self.watchdog.countdown.connect(self.warning.show_left)
        self.watchdog.resumed.connect(self.warning.hide)
        self.watchdog.expired.connect(self.wipe)

    def _warn(self, milliseconds: int) -> None:
        assert self.warning is not None
        self.warning.show_left(milliseconds)
        self.warning.popup()

    # -- the rest --------------------------------------------------------------------

    def _service_chosen(self, key: str) -> None:
        if key == "register":
            self.start_registration()

    def _page_changed(self) -> None:
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Kiosk mode: the keyboard shows while an editable field of a form has the focus."""
        if self.keyboard is None:
            return
        page = self.registration.current_page() if self.registration is not None else None
        typing = (isinstance(new, QLineEdit) and not new.isReadOnly() and new.isEnabled()
                  and page is not None and page.wants_keyboard and page.isAncestorOf(new))
        self.keyboard.setVisible(typing)

    def retranslate(self) -> None:
        """Re-read the window caption from the installed translation."""
        self.setWindowTitle(self.tr("Balabaqsha: kindergarten queue"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
