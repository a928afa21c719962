"""«Вход в личный кабинет»: by EDS (the AUTH_RSA key signs the service's challenge) or by IIN
with a one-time code sent to the phone in the register; a first login asks for the e-mail.

The screen drives a :class:`~kiosk.ui.session.UiSession`: on ``logged_in`` it holds the token
and the citizen's prefetched data (:func:`~kiosk.ui.session.load_citizen`). Every network,
file and card operation runs off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.central.protocol import auth_to_xml
from kiosk.central.views import CodeSentView, TokenView
from kiosk.domain.contacts import email_error, normalize_email
from kiosk.domain.iin import check_iin
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.keystore import KeyStore
from kiosk.eds.validation import CertificateValidator
from kiosk.sync.worker import SyncWorker
from kiosk.ui.connection import ConnectionState, OnlineIndicator
from kiosk.ui.errors import eds_error_text, error_text, failure_text
from kiosk.ui.i18n import current_language
from kiosk.ui.registration.base import card, nav_button, section_title
from kiosk.ui.scrolling import FocusFollower, scroll_page
from kiosk.ui.session import CitizenData, UiSession, load_citizen
from kiosk.ui.signing.keys import sign_document
from kiosk.ui.signing.picker import KeyPicker
from kiosk.ui.tasks import run_in_background, watch
from kiosk.ui.parts import ScreenHeader
from kiosk.ui.widgets import (
    TOUCH,
    FieldRow,
    Notice,
    RewordedLabel,
    Wording,
    busy_bar,
    line_edit,
)

CODE_DIGITS = 6


def login_with_key(worker: SyncWorker, store: KeyStore, alias: str, secret: str,
                   validator: CertificateValidator | None) -> TokenView:
    """Get a challenge, sign it with the AUTH key, log in (blocking: run it off the UI thread)."""
    challenge = worker.call(lambda link: link.create_challenge()).result()
    signed = sign_document(auth_to_xml(challenge.nonce), store, alias, secret,
                           purpose=KeyPurpose.AUTH, validator=validator)
    return worker.call(lambda link: link.login_with_signature(signed)).result()


def _centered(layout: QVBoxLayout, widget: QWidget, width: int = 760) -> None:
    """``widget`` in the middle, at most ``width`` wide (no alignment flag: wrapped labels
    keep their height-for-width)."""
    widget.setMaximumWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget, 4)
    row.addStretch(1)
    layout.addLayout(row)


def _page() -> tuple[QScrollArea, QVBoxLayout]:
    scroll, _content, layout = scroll_page()
    return scroll, layout


class FieldError(RewordedLabel):
    """A field's error kept as its wording: shown under the editor, which it marks, and
    worded again by :meth:`reword` after a language switch."""

    def __init__(self, row: FieldRow) -> None:
        super().__init__(row.error)
        self.row = row

    def reword(self) -> None:
        self.row.set_error(self.wording() if self.wording is not None else "")


class LoginScreen(QWidget):
    """The two ways in, then (first login) the e-mail; emits ``logged_in`` or ``cancelled``."""

    wants_keyboard = True
    logged_in = Signal()
    cancelled = Signal()
    language_chosen = Signal(str)

    EDS, IIN = 0, 1

    def __init__(self, session: UiSession, kiosk_mode: bool,
                 connection: ConnectionState | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("login")
        self.session = session
        self.kiosk_mode = kiosk_mode
        self._busy = False
        self._generation = 0
        self._iin_sent = ""  # the IIN the code was sent for
        self._sent_to = ""  # the masked phone it was sent to

        # -- header ---------------------------------------------------------------------
        header = ScreenHeader()
        self.title = header.title
        self.languages = header.languages
        self.languages.language_chosen.connect(self.language_chosen)
        self.cancel_button = header.home  # «Отмена» stands where the other screens go home
        self.cancel_button.clicked.connect(self.cancel)
        if connection is not None:
            header.add_status_widget(OnlineIndicator(connection))

        # -- the two tabs ---------------------------------------------------------------
        self.tab_buttons: list[QPushButton] = []
        self.tab_group = QButtonGroup(self)
        tabs_row = QHBoxLayout()
        tabs_row.setContentsMargins(32, 12, 32, 0)
        tabs_row.setSpacing(0)
        for index in (self.EDS, self.IIN):
            button = QPushButton()
            button.setObjectName("tab")
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH + 4)
            button.setMinimumWidth(240)
            button.clicked.connect(lambda _=False, i=index: self.show_tab(i))
            self.tab_group.addButton(button)
            self.tab_buttons.append(button)
            tabs_row.addWidget(button)
        tabs_row.addStretch(1)

        # EDS
        eds_scroll, eds = _page()
        self.eds_hint = QLabel()
        self.eds_hint.setObjectName("hint")
        self.eds_hint.setWordWrap(True)
        self.picker = KeyPicker(session.keys, KeyPurpose.AUTH, kiosk_mode, session.key)
        self.picker.secret_submitted.connect(self.log_in)
        self.picker.entry_changed.connect(self._update_buttons)
        self.picker.busy_changed.connect(lambda _busy: self._update_buttons())
        eds.addWidget(self.eds_hint)
        eds.addWidget(self.picker, 1)  # the room to spare lengthens the list of key files
        self._followers = [FocusFollower(eds_scroll)]

        # IIN and one-time code
        iin_scroll, iin_layout = _page()
        iin_card, iin_box = card()
        self.iin_title = section_title()
        self.iin_hint = QLabel()
        self.iin_hint.setObjectName("hint")
        self.iin_hint.setWordWrap(True)
        self.iin_edit = line_edit("digits", max_length=12)
        self.iin_edit.setObjectName("login_iin")
        self.iin_edit.textEdited.connect(self._iin_typed)
        self.iin_edit.returnPressed.connect(self.request_code)
        self.iin_row = FieldRow(self.iin_edit)
        self.get_code = QPushButton()
        self.get_code.setObjectName("secondary")
        self.get_code.setMinimumHeight(TOUCH)
        self.get_code.clicked.connect(self.request_code)
        self.code_sent = QLabel()
        self.code_sent.setObjectName("status")
        self.code_sent.setWordWrap(True)
        self.code_sent.hide()
        self.code_edit = line_edit("digits", max_length=CODE_DIGITS)
        self.code_edit.setObjectName("login_code")
        self.code_edit.returnPressed.connect(self.log_in)
        self.code_edit.textEdited.connect(lambda _t: self._update_buttons())
        self.code_row = FieldRow(self.code_edit)
        self.code_row.hide()
        self.get_code.setMinimumWidth(240)
        code_line = QHBoxLayout()
        code_line.addWidget(self.get_code)
        code_line.addStretch(1)
        iin_box.addWidget(self.iin_title)
        iin_box.addWidget(self.iin_hint)
        iin_box.addWidget(self.iin_row)
        iin_box.addLayout(code_line)
        iin_box.addWidget(self.code_sent)
        iin_box.addWidget(self.code_row)
        self.iin_error = QLabel()
        self.iin_error.setObjectName("error")
        self.iin_error.setWordWrap(True)
        self.iin_error.hide()
        iin_box.addWidget(self.iin_error)
        self._iin_error = RewordedLabel(self.iin_error)
        _centered(iin_layout, iin_card)
        iin_layout.addStretch(1)

        self._followers.append(FocusFollower(iin_scroll))
        self.tabs = QStackedWidget()
        self.tabs.addWidget(eds_scroll)
        self.tabs.addWidget(iin_scroll)
        login_page = QWidget()
        login_layout = QVBoxLayout(login_page)
        login_layout.setContentsMargins(0, 0, 0, 0)
        login_layout.setSpacing(0)
        login_layout.addLayout(tabs_row)
        login_layout.addWidget(self.tabs, 1)

        # -- the first login's e-mail ---------------------------------------------------
        email_scroll, email_layout = _page()
        email_card, email_box = card()
        self.email_title = section_title()
        self.greeting = QLabel()
        self.greeting.setObjectName("value")
        self.greeting.setWordWrap(True)
        self.email_notice = Notice()
        self.email_edit = line_edit("latin", max_length=254)
        self.email_edit.setObjectName("first_email")
        self.email_edit.setPlaceholderText("name@mail.kz")
        self.email_edit.returnPressed.connect(self.confirm_email)
        self.email_row = FieldRow(self.email_edit)
        for widget in (self.email_title, self.greeting, self.email_notice, self.email_row):
            email_box.addWidget(widget)
        _centered(email_layout, email_card)
        email_layout.addStretch(1)

        self._followers.append(FocusFollower(email_scroll))
        self.pages = QStackedWidget()
        self.pages.addWidget(login_page)
        self.pages.addWidget(email_scroll)

        # -- buttons --------------------------------------------------------------------
        self.progress = busy_bar(120)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        # Every message is kept as its wording: a language switch words it again.
        self._status = RewordedLabel(self.status, hide_when_empty=False)
        self._error = RewordedLabel(self.error)
        self._field_errors = {row: FieldError(row)
                              for row in (self.iin_row, self.code_row, self.email_row)}
        self.login_button = nav_button(primary=True)
        self.login_button.clicked.connect(self.log_in)
        self.continue_button = nav_button(primary=True)
        self.continue_button.clicked.connect(self.confirm_email)
        self.continue_button.hide()
        messages = QVBoxLayout()
        messages.setSpacing(2)
        messages.addWidget(self.status)
        messages.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(32, 8, 32, 8)
        buttons.setSpacing(16)
        buttons.addWidget(self.progress)
        buttons.addLayout(messages, 1)
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.continue_button)
        bar = QFrame()
        bar.setObjectName("buttonBar")
        bar.setLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(bar)
        if kiosk_mode:  # nothing to copy out of a kiosk
            for edit in self.findChildren(QLineEdit):
                edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.retranslate()
        self.show_tab(self.EDS)

    # -- what the visitor does ------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        """«По ЭЦП» or «По ИИН»."""
        if self._busy:
            self.tab_buttons[self.tabs.currentIndex()].setChecked(True)
            return
        self.tab_buttons[index].setChecked(True)
        self.tabs.setCurrentIndex(index)
        self._error.say(None)
        self._status.say(None)
        self._update_buttons()
        if index == self.IIN:
            self.iin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        self._generation += 1
        self.cancelled.emit()

    def log_in(self) -> None:
        """«Войти» on either tab."""
        if self._busy or self.pages.currentIndex() != 0:
            return
        if self.tabs.currentIndex() == self.EDS:
            self._log_in_with_key()
        else:
            self._log_in_with_code()

    def request_code(self) -> None:
        """«Получить код»: a one-time code to the phone the register holds for the IIN."""
        if self._busy:
            return
        iin = self.iin_edit.text().strip()
        check = check_iin(iin)
        if not iin or not check.valid:
            code = "required" if not iin else (check.error.value if check.error else "unknown")
            self._field_error(self.iin_row, lambda: error_text(code, "iin"))
            self.iin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._field_error(self.iin_row, None)
        self._iin_error.say(None)
        self._run(lambda: self.tr("Sending the code…"),
                  self.session.worker.call(lambda link: link.request_code(iin)),
                  lambda sent: self._code_sent(iin, sent), self._iin_failed)

    def confirm_email(self) -> None:
        """The first login's e-mail: checked, then kept for Step 1's contacts."""
        text = self.email_edit.text()
        problem = email_error(text, required=True)
        if problem is not None:
            code = problem.value
            self._field_error(self.email_row, lambda: error_text(code, "email"))
            self.email_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._field_error(self.email_row, None)
        self.session.email = normalize_email(text)
        self.logged_in.emit()

    # -- EDS ------------------------------------------------------------------------------

    def _log_in_with_key(self) -> None:
        picker = self.picker
        entry, store, secret = picker.selected_entry(), picker.store, picker.secret_text()
        if entry is None or store is None:
            picker.show_error(lambda: self.tr(
                "Enter the password, press «Refresh the key list» and choose your AUTH_RSA key."))
            if not picker.entries():
                picker.refresh_keys()
            return
        if picker.wrong_purpose():
            picker.show_error(lambda: eds_error_text("wrong_purpose", signing=False))
            return
        if not secret:
            picker.show_error(lambda: eds_error_text("password_required"))
            picker.secret.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        chosen = picker.chosen()
        worker, sources, alias = self.session.worker, self.session.keys, entry.alias
        picker.show_error(None)

        def work() -> TokenView:
            return login_with_key(worker, store, alias, secret, sources.validator())

        def failed(error: BaseException) -> None:
            picker.show_failure(error)

        def signed_in(token: TokenView) -> None:
            picker.clear_secret()
            self.session.key = chosen
            self._token(token)

        self._run(lambda: self.tr("Signing in…"), run_in_background(work), signed_in, failed)

    # -- IIN and code ---------------------------------------------------------------------

    def _iin_typed(self, _text: str) -> None:
        self._field_error(self.iin_row, None)
        if self._iin_sent and self.iin_edit.text().strip() != self._iin_sent:
            self._iin_sent = ""
            self.code_edit.clear()
            self.code_row.hide()
            self.code_sent.hide()
        self._update_buttons()

    def _code_sent(self, iin: str, sent: CodeSentView) -> None:
        self._iin_sent = iin
        self._sent_to = sent.phone_masked
        self.code_sent.setText(self._sent_text())
        self.code_sent.show()
        self.code_row.show()
        self.code_edit.clear()
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def _sent_text(self) -> str:
        return self.tr("A code was sent to {phone}. Enter it below.").replace(
            "{phone}", self._sent_to)

    def _log_in_with_code(self) -> None:
        iin, code = self._iin_sent, self.code_edit.text().strip()
        if not iin:
            self.request_code()
            return
        if len(code) != CODE_DIGITS or not code.isdigit():
            self._field_error(self.code_row, lambda: self.tr("Enter the 6 digits of the code."))
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._field_error(self.code_row, None)
        self._iin_error.say(None)

        def failed(error: BaseException) -> None:
            self._iin_failed(error)
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.code_edit.selectAll()

        self._run(lambda: self.tr("Signing in…"),
                  self.session.worker.call(lambda link: link.login_with_code(iin, code)),
                  self._token, failed)

    def _iin_failed(self, error: BaseException) -> None:
        self._iin_error.say(lambda: failure_text(error, signing=False))

    # -- after the central service said yes -----------------------------------------------

    def _token(self, token: TokenView) -> None:
        self.session.token = token  # a wipe from now on ends it centrally
        reference = self.session.setup.reference
        self._run(lambda: self.tr("Loading your data…"),
                  self.session.worker.call(lambda link: load_citizen(link, token.token, reference)),
                  lambda citizen: self._citizen(token, citizen), self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self.session.wipe()
        self._error.say(lambda: failure_text(error, signing=False))

    def _citizen(self, token: TokenView, citizen: CitizenData) -> None:
        self.session.begin(token, citizen)
        if citizen.email:
            self.logged_in.emit()
            return
        self.pages.setCurrentIndex(1)
        self.login_button.hide()
        self.continue_button.show()
        self._status.say(None)
        self.retranslate()
        self.email_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- plumbing -------------------------------------------------------------------------

    def _run(self, wording: Wording, future: Future[Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None]) -> None:
        """Show ``wording`` (what is being done) while ``future`` runs, then ``done`` or
        ``failed`` (unless the visitor has moved on)."""
        self._generation += 1
        generation = self._generation
        self._set_busy(True, wording)
        self._error.say(None)

        def finish(result: Any) -> None:
            if generation == self._generation:
                self._set_busy(False, None)
                done(result)

        def fail(error: BaseException) -> None:
            if generation == self._generation:
                self._set_busy(False, None)
                failed(error)

        watch(future, finish, fail, self)

    def _set_busy(self, busy: bool, wording: Wording | None) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self._status.say(wording)
        self.picker.set_busy(busy)
        for widget in (self.iin_edit, self.code_edit, self.get_code, self.email_edit,
                       *self.tab_buttons):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _field_error(self, row: FieldRow, wording: Wording | None) -> None:
        """Show ``wording`` under ``row``'s editor (None: no error), in whatever language."""
        self._field_errors[row].say(wording)

    def _update_buttons(self) -> None:
        if self.tabs.currentIndex() == self.EDS:
            ready = self.picker.selected_entry() is not None and not self.picker.busy
        else:
            ready = bool(self._iin_sent)
        self.login_button.setEnabled(ready and not self._busy)
        self.get_code.setEnabled(not self._busy and len(self.iin_edit.text().strip()) == 12)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Log in to the personal cabinet"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.tab_buttons[self.EDS].setText(self.tr("By EDS"))
        self.tab_buttons[self.IIN].setText(self.tr("By IIN"))
        self.eds_hint.setText(self.tr(
            "Choose where your key is kept, then your authentication key (AUTH_RSA), enter its "
            "password and press «Log in»."))
        self.iin_title.setText(self.tr("Log in with a one-time code"))
        self.iin_hint.setText(self.tr(
            "A one-time code will be sent by SMS to the mobile phone number recorded for your "
            "IIN in the state register."))
        self.iin_row.set_caption(self.tr("Your IIN"), required=True)
        self.get_code.setText(self.tr("Get the code"))
        self.code_row.set_caption(self.tr("Code from the SMS"), required=True)
        if self._iin_sent:
            self.code_sent.setText(self._sent_text())
        self.login_button.setText(self.tr("Log in"))
        self.email_title.setText(self.tr("Your e-mail address"))
        citizen = self.session.citizen
        self.greeting.setText(self.tr("Welcome, {name}!").replace(
            "{name}", citizen.full_name if citizen is not None else ""))
        self.email_notice.set_texts(self.tr("Please note!"), self.tr(
            "This is your first login: give your e-mail address. Notifications about your "
            "applications will be sent to it."))
        self.email_row.set_caption(self.tr("E-mail address"), required=True)
        self.continue_button.setText(self.tr("Continue"))
        for message in (self._status, self._error, self._iin_error,
                        *self._field_errors.values()):
            message.reword()  # a message shown stays, in the new language
        self.languages.set_current(current_language())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
