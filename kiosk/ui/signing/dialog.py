"""«Формирование ЭЦП в формате XML / Подпись данных»: sign one document with the visitor's key.

Use it for every signed action (registration, the journal's actions)::

    dialog = SigningDialog.sign(parent, document, session,
                                deliver=session.worker.submit,   # optional
                                summary=lambda: self.tr("Confirm interest in a place"))
    dialog.signed.connect(...)      # bytes: the signed XML (before any delivery)
    dialog.delivered.connect(...)   # what ``deliver(signed)`` returned (e.g. a sync Receipt)
    dialog.refused.connect(...)     # the exception ``deliver`` raised (a CentralError):
                                    #   word it with kiosk.ui.errors.failure_text
    dialog.cancelled.connect(...)   # the visitor closed it; nothing was signed
    # or, without signals: watch(dialog.future, on_signed, on_cancelled_or_failed, widget)

``summary`` says what is being signed: a wording (a function returning the sentence in the
installed language), worded again when the visitor switches the language in the dialog.

``document`` is the unsigned XML (``kiosk.central.protocol``'s builders). The dialog signs
with a SIGN key (``purpose``) of the citizen who logged in (``expected_iin``, default
``session.iin``), on a worker thread with a visible busy state; a wrong password, a key of
the wrong purpose, an expired, revoked or untrusted certificate, another person's key, a GOST
key or a removed storage are refused in the visitor's language and the dialog stays open. With
``deliver`` the dialog stays busy («sending») until the delivery's future ends, then closes.
It is an overlay inside the kiosk's window (no extra top-level window), over
``parent.window().overlay_host`` when the window has one (the main window: the keyboard stays
usable below it).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.errors import EdsError
from kiosk.ui.errors import eds_error_text
from kiosk.ui.i18n import current_language
from kiosk.ui.scrolling import FocusFollower, vertical_scroll
from kiosk.ui.session import ChosenKey, UiSession
from kiosk.ui.signing.keys import sign_document
from kiosk.ui.signing.picker import KeyPicker
from kiosk.ui.tasks import run_in_background, watch
from kiosk.ui.widgets import LanguageButtons, Overlay, RewordedLabel, Wording, bar_button, busy_bar

Deliver = Callable[[bytes], "Future[Any]"]
_DEFAULT = object()


class SigningDialog(Overlay):
    """The portals' signing window, inside the kiosk's window."""

    wants_keyboard = True
    signed = Signal(bytes)
    delivered = Signal(object)
    refused = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget, document: bytes, session: UiSession, *,
                 purpose: KeyPurpose = KeyPurpose.SIGN, expected_iin: Any = _DEFAULT,
                 deliver: Deliver | None = None, summary: Wording | None = None,
                 kiosk_mode: bool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signingDialog")
        self.document = document
        self.session = session
        self.purpose = purpose
        self.expected_iin: str | None = session.iin if expected_iin is _DEFAULT else expected_iin
        self.deliver = deliver
        self.future: Future[bytes] = Future()
        """Ends with the signed document, or cancelled when the visitor closes the dialog."""
        self.state = "choosing"  # choosing → signing → (sending) → closed
        self._generation = 0
        kiosk = bool(getattr(parent.window(), "kiosk_mode", True)) if kiosk_mode is None else kiosk_mode
        # Nearly the whole window: the key list and the key's data need the room.
        self.card.setMaximumWidth(1240)
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setStretch(0, 0)
        outer.setStretch(1, 1)
        outer.setStretch(2, 0)
        row = outer.itemAt(1).layout()
        assert isinstance(row, QHBoxLayout)
        row.setStretch(0, 0)
        row.setStretch(2, 0)
        self.body.setContentsMargins(28, 20, 28, 20)
        self.body.setSpacing(12)

        self.title = QLabel()
        self.title.setObjectName("overlayTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("overlaySubtitle")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self._summary = RewordedLabel(self.summary)
        self.languages = LanguageButtons()
        self.languages.language_chosen.connect(self._switch_language)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        heading.addWidget(self.summary)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.languages, 0, Qt.AlignmentFlag.AlignTop)

        self.picker = KeyPicker(session.keys, purpose, kiosk, session.key)
        self.picker.entry_changed.connect(self._update_buttons)
        self.picker.busy_changed.connect(lambda _busy: self._update_buttons())
        self.picker.secret_submitted.connect(self.sign_now)
        self.picker.secret.textChanged.connect(lambda _text: self._update_buttons())
        scroll = vertical_scroll()
        scroll.setObjectName("dialogScroll")
        self.picker.setObjectName("dialogContent")
        scroll.setWidget(self.picker)
        self.scroll = scroll
        self._follower = FocusFollower(scroll)

        self.progress = busy_bar(120)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.cancel_button = bar_button("secondary", self.cancel)
        self.sign_button = bar_button("primary", self.sign_now)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.sign_button)

        self.body.addLayout(top)
        self.body.addWidget(scroll, 1)
        self.body.addLayout(bottom)
        self._summary.say(summary)  # parented by now: never a window of its own
        shortcut = QShortcut(QKeySequence("Esc"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.cancel)
        self._covered: list[QWidget] = []
        self.retranslate()
        self._update_buttons()

    # -- the API --------------------------------------------------------------------------

    @classmethod
    def sign(cls, parent: QWidget, document: bytes, session: UiSession, *,
             purpose: KeyPurpose = KeyPurpose.SIGN, expected_iin: Any = _DEFAULT,
             deliver: Deliver | None = None, summary: Wording | None = None) -> SigningDialog:
        """Open the dialog over ``parent``'s window to sign ``document``; see the module notes."""
        host = getattr(parent.window(), "overlay_host", None)
        dialog = cls(host if isinstance(host, QWidget) else parent, document, session,
                     purpose=purpose, expected_iin=expected_iin, deliver=deliver, summary=summary)
        dialog.open()
        return dialog

    def open(self) -> None:
        """Show the dialog and make what is under it unreachable until it closes."""
        host = self.parentWidget()
        self._covered = [w for w in host.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                         if w is not self and w.isEnabled() and not isinstance(w, Overlay)]
        for widget in self._covered:
            widget.setEnabled(False)
        self.popup()
        self.picker.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def sign_now(self) -> None:
        """«Подписать»: judge the chosen key and sign, off the UI thread."""
        if self.state != "choosing" or self.picker.busy:
            return
        entry = self.picker.selected_entry()
        store = self.picker.store
        secret = self.picker.secret_text()
        if entry is None or store is None:
            self.picker.show_error(lambda: self.tr(
                "Enter the password, press «Refresh the key list» and choose a key."))
            if not self.picker.entries():
                self.picker.refresh_keys()
            return
        if not secret:
            self.picker.show_error(lambda: eds_error_text("password_required"))
            self.picker.secret.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        chosen = self.picker.chosen()
        document, purpose, iin = self.document, self.purpose, self.expected_iin
        sources = self.session.keys
        alias = entry.alias

        def work() -> bytes:
            return sign_document(document, store, alias, secret, purpose=purpose,
                                 validator=sources.validator(), expected_iin=iin)

        self._generation += 1
        generation = self._generation
        self.picker.show_error(None)
        self._set_state("signing")
        watch(run_in_background(work),
              lambda signed: self._signed(generation, signed, chosen),
              lambda error: self._sign_failed(generation, error), self)

    def cancel(self) -> None:
        """«Отмена»: close without signing (not once the signed document is on its way)."""
        if self.state in ("sending", "closed"):
            return
        self._generation += 1
        self.future.cancel()
        self._close()
        self.cancelled.emit()

    def abandon(self) -> None:
        """Close silently (the visitor is being wiped); the future is cancelled."""
        self._generation += 1
        if not self.future.done():
            self.future.cancel()
        self._close()

    # -- outcomes -------------------------------------------------------------------------

    def _signed(self, generation: int, signed: bytes, chosen: object) -> None:
        if generation != self._generation or self.state == "closed":
            return
        self.picker.clear_secret()
        if isinstance(chosen, ChosenKey):
            self.session.key = chosen
        # A dialog that stays open after a refusal (ClerkKeyDialog) may sign again.
        if not self.future.done() and self.future.set_running_or_notify_cancel():
            self.future.set_result(signed)
        self.signed.emit(signed)
        if self.deliver is None:
            self._close()
            return
        self._set_state("sending")
        try:
            delivery = self.deliver(signed)
        except Exception as error:  # noqa: BLE001 - handed to the caller as a refusal
            self._refused(generation, error)
            return
        watch(delivery, lambda result: self._delivered(generation, result),
              lambda error: self._refused(generation, error), self)

    def _sign_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or self.state == "closed":
            return
        self._set_state("choosing")
        if not isinstance(error, EdsError):
            self.picker.show_error(lambda: eds_error_text("signing_failed"))
            return
        self.picker.show_failure(error)

    def _delivered(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        self._close()
        self.delivered.emit(result)

    def _refused(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._close()
        self.refused.emit(error)

    # -- look -----------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        working = state in ("signing", "sending")
        self.picker.set_busy(working)
        self.progress.setVisible(working)
        self.status.setText({"signing": self.tr("Signing…"),
                             "sending": self.tr("Sending the signed document…")}.get(state, ""))
        self._update_buttons()

    def _update_buttons(self) -> None:
        choosing = self.state == "choosing"
        self.sign_button.setEnabled(choosing and not self.picker.busy)
        self.cancel_button.setEnabled(self.state in ("choosing", "signing"))
        self.languages.setEnabled(choosing)

    def _close(self) -> None:
        self.state = "closed"
        self.picker.forget()
        for widget in self._covered:
            try:
                widget.setEnabled(True)
            except RuntimeError:  # deleted meanwhile
                pass
        self._covered = []
        self.hide()
        self.deleteLater()

    def _switch_language(self, language: str) -> None:
        switcher = getattr(self.window(), "languages", None)
        if switcher is not None and hasattr(switcher, "switch"):
            switcher.switch(language)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Creating an EDS in XML format"))
        self.subtitle.setText(self.tr("Data signing"))
        self._summary.reword()
        self.cancel_button.setText(self.tr("Cancel"))
        self.sign_button.setText(self.tr("Sign"))
        self.languages.set_current(current_language())
        if self.state in ("signing", "sending"):
            self._set_state(self.state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
