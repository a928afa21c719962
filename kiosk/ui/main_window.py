"""The main window: a stack of screens, full screen in kiosk mode, windowed for clerks.

In kiosk mode it also carries the on-screen keyboard and the inactivity watchdog; ``wipe()``
drops everything personal (the wizard, its pages, every typed field, the session) and returns
to the home screen.

With a :class:`~kiosk.ui.session.LoginSetup` (``WindowSetup.login``) the window runs the real
flow: «Постановка ребенка в очередь» and «Журнал заявлений» ask for a login first
(:class:`~kiosk.ui.login.LoginScreen`), the registration wizard reads the citizen's prefetched
data, «Отправить» opens the signing dialog, and the signed application goes to
``SyncWorker.submit``. Without it (demo screens) registrations run for a demo applicant and the
caller answers ``sign_requested``.

Other services plug in through ``WindowSetup.screens``: ``{"journal": factory, ...}`` where
``factory(window) -> QWidget`` builds the screen (``window.session`` is the logged-in
:class:`~kiosk.ui.session.UiSession` for the services that need one). A screen with a
``finished`` signal goes back home when it emits it; the window keeps the session.
"""

from __future__ import annotations

from kiosk.documents.samples import DEMO_VERIFY_BASE_URL
from kiosk.domain.rules import RegionRules
from kiosk.ui.journal.printing import DocumentOutput

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.eds.certificate import NcaCertificate
from kiosk.logs import get_logger
from kiosk.sync.delivery import Receipt as DeliveryReceipt
from kiosk.ui.connection import ConnectionState, OnlineIndicator
from kiosk.ui.errors import central_error_text, failure_text
from kiosk.ui.home import HomeScreen
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.inactivity import InactivityTimes, InactivityWarning, InactivityWatchdog
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.login import LoginScreen
from kiosk.ui.registration import RegistrationScreen, RegistrationSetup
from kiosk.ui.release import ClerkKeyDialog, KioskRelease
from kiosk.ui.session import CitizenRegister, LoginSetup, UiSession
from kiosk.ui.signing import SigningDialog
from kiosk.ui.signing.requests import registration_document
from kiosk.ui.widgets import Overlay, Wording
from kiosk.wizard.registration import Receipt, RegisterLookup, RegistrationWizard

RegistrationStarter = Callable[[], tuple[RegistrationWizard, RegisterLookup]]
"""Makes the wizard for the visitor who just logged in, with the register it reads."""

ServiceScreen = Callable[["MainWindow"], QWidget]
"""Builds a service's screen (journal, search, statistics) for the window."""

LOGIN_REQUIRED = frozenset({"register", "journal"})
"""Services that read or change a citizen's own applications (SPEC §3: search and
statistics need no login)."""


@dataclass(frozen=True)
class WindowSetup:
    """What the window needs from the composition root."""

    start_registration: RegistrationStarter | None = None
    registration: RegistrationSetup | None = None
    inactivity: InactivityTimes | None = None
    home_language: str = "kk"
    login: LoginSetup | None = None
    """Logging in and signing (the sync worker, the keys); None: demo applicant, unsigned."""
    screens: Mapping[str, ServiceScreen] = field(default_factory=dict)
    """The other services' screens by home button key ("journal", "search", "statistics")."""
    output: DocumentOutput = field(default_factory=DocumentOutput)
    """The folder and printer dialogs behind the result page's documents."""
    verify_base_url: str = DEMO_VERIFY_BASE_URL
    rules: RegionRules = field(default_factory=RegionRules)
    release: KioskRelease | None = None
    """Kiosk mode: who may leave it with a clerk's key; None: the window closes freely."""


class MainWindow(QMainWindow):
    """Hosts the screens, the language switch, and in kiosk mode the keyboard and watchdog."""

    sign_requested = Signal()
    """Step 2 was sent: sign ``window.registration.wizard.state``, submit, then call
    ``submit_receipt(receipt)`` or ``signing_cancelled()``."""
    wiped = Signal()
    attached = Signal()
    """The start-up finished: the services run on the setup given to :meth:`attach`."""
    kiosk_left = Signal(object)
    """A clerk's key took the kiosk out of kiosk mode (their certificate); the window closes."""

    def __init__(self, languages: LanguageSwitcher, kiosk_mode: bool,
                 setup: WindowSetup | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.languages = languages
        self.kiosk_mode = kiosk_mode
        self.setup = setup or WindowSetup(home_language=languages.language or "kk")
        self.session: UiSession | object | None = None
        """The visitor's session (token, citizen, chosen key) once logged in: wiped."""
        self.registration: RegistrationScreen | None = None
        self.login: LoginScreen | None = None
        self.service: QWidget | None = None
        self.connection: ConnectionState | None = None
        self.stack = QStackedWidget()
        self.home = HomeScreen()
        self.home.setObjectName("home")
        self.home.language_chosen.connect(self.languages.switch)
        self.home.service_chosen.connect(self._service_chosen)
        self.home.logout_requested.connect(self.wipe)
        self.home.release_requested.connect(self.request_release)
        self._locked = False
        self._shortcut("Ctrl+Alt+Q", self.request_release)
        if not kiosk_mode:
            self._clerk_shortcuts()
        self._watch_connection()
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
        self._update_home()

    def attach(self, setup: WindowSetup) -> None:
        """The services are ready (the start-up finished): run on ``setup`` from now on.

        Nothing personal exists yet (every service waited), so nothing is wiped, and the
        language the visitor may have chosen meanwhile stays."""
        self.setup = setup
        self._watch_connection()
        self._update_home()
        self.attached.emit()

    def _watch_connection(self) -> None:
        """With a link to the central: its state, and the online indicator on the home screen."""
        if self.setup.login is None or self.connection is not None:
            return
        self.connection = ConnectionState(self.setup.login.worker, self)
        self.home.add_status_widget(OnlineIndicator(self.connection))

    @property
    def overlay_host(self) -> QWidget:
        """Where dialogs open as overlays: over the screens, above the on-screen keyboard."""
        return self.stack

    @property
    def citizen_session(self) -> UiSession | None:
        """The logged-in visitor's session, if any."""
        session = self.session
        return session if isinstance(session, UiSession) and session.logged_in else None

    # -- login -----------------------------------------------------------------------

    def open_login(self, then: str = "") -> LoginScreen | None:
        """«Вход в личный кабинет»; after it the service ``then`` opens."""
        if self.setup.login is None:
            return None
        self.wipe_login()
        session = UiSession(self.setup.login)
        screen = LoginScreen(session, self.kiosk_mode, self.connection)
        screen.logged_in.connect(lambda: self._logged_in(screen, then))
        screen.cancelled.connect(self.wipe)
        screen.language_chosen.connect(self.languages.switch)
        self.session = session
        self.login = screen
        self._show_screen(screen)
        return screen

    def _show_screen(self, screen: QWidget) -> None:
        """Bring ``screen`` up, watched for inactivity: every screen but home holds something
        of the visitor's (search and statistics too: a child's IIN and name)."""
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self._page_changed()
        if self.watchdog is not None:
            self.watchdog.start()

    def _logged_in(self, screen: LoginScreen, then: str) -> None:
        if screen is not self.login:
            return
        self.wipe_login()
        self._update_home()
        if then:
            self.open_service(then)
        else:
            self.stack.setCurrentWidget(self.home)

    def open_service(self, key: str) -> QWidget | None:
        """Open the service of a home button (the login, if it needs one, is done)."""
        if key == "register":
            return self.start_registration()
        factory = self.setup.screens.get(key)
        if factory is None:
            return None
        self.wipe_service()
        screen = factory(self)
        finished = getattr(screen, "finished", None)
        if finished is not None and hasattr(finished, "connect"):
            finished.connect(self.close_service)
        self.service = screen
        self._show_screen(screen)
        return screen

    def close_service(self) -> None:
        """A service screen is done: home, keeping the session."""
        self.wipe_service()
        self.stack.setCurrentWidget(self.home)

    # -- registration ----------------------------------------------------------------

    def start_registration(self) -> RegistrationScreen | None:
        """Open «Постановка ребенка в очередь в ДДО» for the visitor.

        With a login the wizard is made for the logged-in citizen (their prefetched register
        data, the e-mail and phone known for them); otherwise ``setup.start_registration``.
        """
        session = self.citizen_session
        if self.setup.registration is None:
            return None
        if session is not None:
            wizard, register = self._citizen_wizard(session)
            setup = self.setup.registration
            if session.citizen is not None and session.citizen.catalogue is not None:
                setup = replace(setup, catalogue=session.citizen.catalogue)
        elif self.setup.start_registration is not None:
            wizard, register = self.setup.start_registration()
            setup = self.setup.registration
        else:
            return None
        self.wipe_registration()
        screen = RegistrationScreen(wizard, register, setup, self.kiosk_mode)
        screen.sign_requested.connect(self.sign_requested)
        if session is not None:
            screen.sign_requested.connect(self._sign_registration)
        if self.connection is not None:
            screen.add_header_widget(OnlineIndicator(self.connection))
        screen.finished.connect(self.wipe)
        screen.language_chosen.connect(self.languages.switch)
        screen.page_changed.connect(self._page_changed)
        self.registration = screen
        self._show_screen(screen)
        return screen

    def _citizen_wizard(self, session: UiSession) -> tuple[RegistrationWizard, RegisterLookup]:
        citizen = session.citizen
        assert citizen is not None and self.setup.login is not None
        register = CitizenRegister(citizen.me)
        wizard = RegistrationWizard(register, citizen.iin, self.setup.login.today())
        wizard.edit_applicant(email=session.email, phone=citizen.me.person.phone or "")
        return wizard, register

    def _sign_registration(self) -> None:
        """Step 2 was sent: the signing dialog, then the outbox; the result or a refusal."""
        screen, session = self.registration, self.citizen_session
        if screen is None or session is None or self.setup.login is None:
            return
        try:
            document = registration_document(screen.state, self.setup.login.service_centre,
                                             self.languages.language)
        except ValueError:
            screen.signing_cancelled()
            return
        child = screen.state.child.child
        name = f"{child.surname} {child.name}" if child is not None else ""
        dialog = SigningDialog.sign(
            self, document, session, deliver=session.worker.submit,
            summary=lambda: self.tr(
                "Application to register {name} in the kindergarten queue").replace("{name}", name))
        dialog.delivered.connect(self._registration_delivered)
        dialog.refused.connect(
            lambda error: self.signing_cancelled(lambda: failure_text(error, signing=False)))
        dialog.cancelled.connect(self.signing_cancelled)

    def _registration_delivered(self, receipt: object) -> None:
        if not isinstance(receipt, DeliveryReceipt):
            self.signing_cancelled()
            return
        if receipt.pending or receipt.result is None:
            self.submit_receipt(Receipt(receipt.number or "", None, pending_delivery=True))
            return
        result = receipt.result
        if result.status == "refused":
            reason = result.reason or "unknown"
            self.signing_cancelled(lambda: central_error_text(reason))
            return
        self.submit_receipt(Receipt(result.number or "", result.queue_number or None,
                                    pending_delivery=False))

    def submit_receipt(self, receipt: Receipt) -> None:
        """The signed application was accepted or queued: show the result page."""
        if self.registration is None:
            return
        self.registration.submitted(receipt)
        session = self.citizen_session
        if (receipt.pending_delivery or not receipt.number or session is None
                or session.token is None):
            return
        self.registration.result.load_documents(
            session.worker, session.token.token, receipt.number, kiosk_mode=self.kiosk_mode,
            output=self.setup.output, verify_base_url=self.setup.verify_base_url,
            rules=self.setup.rules)

    def signing_cancelled(self, message: Wording | None = None) -> None:
        """Back to Step 2 with everything kept; ``message`` says why (a refusal), if anything."""
        if self.registration is not None:
            self.registration.signing_cancelled(message)

    # -- wiping ----------------------------------------------------------------------

    def wipe_login(self) -> None:
        screen, self.login = self.login, None
        if screen is not None:
            screen.picker.forget()
            self._drop_screen(screen)

    def wipe_service(self) -> None:
        """Drop the open service screen; one with a ``wipe()`` (journal, search, statistics)
        first forgets what it holds (rows, the application, answers still on their way)."""
        screen, self.service = self.service, None
        if screen is not None:
            wipe = getattr(screen, "wipe", None)
            if callable(wipe):
                wipe()
            self._drop_screen(screen)

    def _drop_screen(self, screen: QWidget) -> None:
        for edit in screen.findChildren(QLineEdit):
            edit.clear()
        self.stack.removeWidget(screen)
        screen.setParent(None)
        screen.deleteLater()

    def wipe_registration(self) -> None:
        """Drop the wizard and its pages (everything typed goes with them)."""
        screen, self.registration = self.registration, None
        if screen is not None:
            self._drop_screen(screen)

    def wipe(self) -> None:
        """Forget the visitor: wizard, pages, typed fields, overlays, session; go home."""
        for dialog in self.findChildren(SigningDialog):
            dialog.abandon()
        self.wipe_registration()
        self.wipe_login()
        self.wipe_service()
        session, self.session = self.session, None
        if isinstance(session, UiSession):
            session.wipe()
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
            clipboard = QApplication.clipboard()
            clipboard.clear(QClipboard.Mode.Clipboard)
            if clipboard.supportsSelection():  # X11's primary selection of selected text
                clipboard.clear(QClipboard.Mode.Selection)
        if self.watchdog is not None:
            self.watchdog.stop()
        if self.keyboard is not None:
            self.keyboard.reset()
            self.keyboard.hide()
        self.stack.setCurrentWidget(self.home)
        self.languages.switch(self.setup.home_language)
        self._update_home()
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

    # -- the clerk's keyboard ----------------------------------------------------------

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    def _clerk_shortcuts(self) -> None:
        """Alt+1…4: the home screen's services; Ctrl+Shift+K / R: Kazakh / Russian."""
        for number, key in enumerate(self.home.SERVICES, 1):
            keys = f"Alt+{number}"
            self._shortcut(keys, lambda k=key: self._service_key(k))
            self.home.service_buttons[key].setToolTip(keys)
        for keys, language in (("Ctrl+Shift+K", "kk"), ("Ctrl+Shift+R", "ru")):
            self._shortcut(keys, lambda lang=language: self.languages.switch(lang))

    def _service_key(self, key: str) -> None:
        button = self.home.service_buttons[key]
        if self.stack.currentWidget() is self.home and button.isEnabled():
            button.click()

    # -- leaving kiosk mode ----------------------------------------------------------

    def request_release(self) -> ClerkKeyDialog | None:
        """«Служебный вход» on the home screen: a clerk's key takes the kiosk out of kiosk mode."""
        release, login = self.setup.release, self.setup.login
        if (not self.kiosk_mode or release is None or login is None
                or self.stack.currentWidget() is not self.home
                or self.findChildren(SigningDialog)):
            return None
        dialog = ClerkKeyDialog.ask(self, release, login)
        dialog.released.connect(self._leave_kiosk_mode)
        if self.watchdog is not None:  # a clerk who walks away leaves nothing typed behind
            self.watchdog.start()
        return dialog

    def lock(self) -> None:
        """Kiosk mode: the window no longer closes (Alt+F4, the window manager), and so the
        application does not quit, until a clerk's key releases it (:meth:`request_release`)."""
        self._locked = self.kiosk_mode

    def unlock(self) -> None:
        """Let the window close again (a clerk released it; tests tearing down)."""
        self._locked = False

    def close_unlocked(self) -> None:
        """Close even a locked kiosk (it could not start: «Выход»); the application ends."""
        self.unlock()
        self.close()

    def _leave_kiosk_mode(self, clerk: object) -> None:
        who = clerk.subject if isinstance(clerk, NcaCertificate) else "?"
        get_logger("app").warning("kiosk mode left by the clerk %s", who)
        self.unlock()
        self.wipe()
        self.kiosk_left.emit(clerk)
        self.close()

    # -- the rest --------------------------------------------------------------------

    def _service_chosen(self, key: str) -> None:
        if (self.setup.login is not None and key in LOGIN_REQUIRED
                and self.citizen_session is None):
            self.open_login(then=key)
        else:
            self.open_service(key)

    def _update_home(self) -> None:
        """Who is logged in, and which services this kiosk offers."""
        session = self.citizen_session
        citizen = session.citizen if session is not None else None
        self.home.show_citizen(citizen.full_name if citizen is not None else None)
        can_register = self.setup.registration is not None and (
            self.setup.login is not None or self.setup.start_registration is not None)
        for key, button in self.home.service_buttons.items():
            button.setEnabled(can_register if key == "register" else key in self.setup.screens)
        self.home.offer_release(self.kiosk_mode and self.setup.release is not None)

    def _page_changed(self) -> None:
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Kiosk mode: the keyboard shows while an editable field of a form has the focus."""
        if self.keyboard is None:
            return
        typing = (isinstance(new, QLineEdit) and not new.isReadOnly() and new.isEnabled()
                  and new.isVisible() and _wants_keyboard(new, self))
        self.keyboard.setVisible(typing)

    def retranslate(self) -> None:
        """Re-read the window caption from the installed translation."""
        self.setWindowTitle(self.tr("Balabaqsha: kindergarten queue"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (event.type() == QEvent.Type.WindowStateChange and self._locked
              and self.windowState() & Qt.WindowState.WindowMinimized):  # a desktop shortcut
            QTimer.singleShot(0, self.showFullScreen)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Closing the window ends the visitor's session too. In kiosk mode only a clerk's key
        closes it (:meth:`request_release`): Alt+F4 and the like are ignored."""
        if self._locked:
            event.ignore()
            return
        self.wipe()
        if self.connection is not None:
            self.connection.close()
        super().closeEvent(event)


def _wants_keyboard(widget: QWidget, top: QWidget) -> bool:
    """Whether the nearest screen, page or dialog around ``widget`` types with the keyboard
    (its ``wants_keyboard``)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        wants = getattr(type(parent), "wants_keyboard", None)
        if wants is not None:
            return bool(wants)
        parent = parent.parentWidget()
    return False
