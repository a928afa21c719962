"""Choosing a key as the portals do: storage type → storage → password or PIN → «Обновить
список ключей» → key → «Данные выбранного ключа». Shared by the login and the signing dialog.

Every file, card and certificate operation runs off the UI thread (``run_in_background``;
card stores hop to the card thread themselves); results come back through ``watch``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.eds.certificate import KeyAlgorithm, KeyPurpose, NcaCertificate
from kiosk.eds.errors import EdsError, WrongPasswordError
from kiosk.eds.keystore import KeyEntry, KeyStore, StoreKind
from kiosk.ui.errors import eds_error_text, failure_text
from kiosk.ui.registration.base import card, format_date, section_title
from kiosk.ui.session import ChosenKey
from kiosk.ui.signing.keys import KeyFile, KeySources, list_keys
from kiosk.ui.tasks import run_in_background, watch
from kiosk.ui.widgets import TOUCH, RewordedLabel, ValueGrid, Wording, line_edit, repolish

KINDS = (StoreKind.FILE, StoreKind.ID_CARD, StoreKind.KAZTOKEN)
DETAILS = ("owner", "iin", "validity", "serial", "issuer", "algorithm", "purpose")


class _CardEvents(QObject):
    """Brings card events from the monitor thread to the UI thread."""

    changed = Signal()


class KeyPicker(QWidget):
    """The storage, the password or PIN and the key; ``entry_changed`` when the key changes.

    ``purpose`` is what the key is wanted for (AUTH to log in, SIGN to sign): a key of the
    other purpose can be chosen, but a warning says it will be refused.
    """

    entry_changed = Signal()
    secret_submitted = Signal()
    busy_changed = Signal(bool)

    def __init__(self, sources: KeySources, purpose: KeyPurpose, kiosk_mode: bool,
                 remembered: ChosenKey | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyPicker")
        self.sources = sources
        self.purpose = purpose
        self.kiosk_mode = kiosk_mode
        self.remembered = remembered
        self._files: list[KeyFile] = []
        self._store: KeyStore | None = None
        self._entries: list[KeyEntry] = []
        self._generation = 0
        self._owner_busy = False
        self._jobs = 0
        self._shown_busy = False
        self._kind = StoreKind.FILE
        self._card_state = "probing"
        self._unsubscribe_cards: Callable[[], None] | None = None
        self._card_events = _CardEvents(self)
        self._card_events.changed.connect(self._card_event)

        # -- top: the storage type ---------------------------------------------------------
        self.kind_caption = section_title()
        self.kind_buttons: dict[StoreKind, QPushButton] = {}
        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        kinds.setSpacing(8)
        for kind in KINDS:
            button = QPushButton()
            button.setObjectName("choice")
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH)
            button.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button, 1)

        # -- left: where the key is and its password -----------------------------------------
        storage_card, storage = card()
        self.path_caption = QLabel()
        self.path_caption.setObjectName("caption")
        self.files = QListWidget()
        self.files.setObjectName("keyFiles")
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files.setMinimumHeight(3 * TOUCH + 24)
        self.files.currentRowChanged.connect(self._file_chosen)
        self.browse = QPushButton()
        self.browse.setObjectName("secondary")
        self.browse.setMinimumHeight(TOUCH)
        self.browse.clicked.connect(self._browse)
        self.card_status = QLabel()
        self.card_status.setObjectName("cardStatus")
        self.card_status.setWordWrap(True)
        self.secret_caption = QLabel()
        self.secret_caption.setObjectName("caption")
        self.secret_caption.setWordWrap(True)
        self.secret = line_edit("latin", max_length=128)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setInputMethodHints(self.secret.inputMethodHints()
                                        | Qt.InputMethodHint.ImhHiddenText
                                        | Qt.InputMethodHint.ImhSensitiveData
                                        | Qt.InputMethodHint.ImhNoPredictiveText)
        self.secret.setMinimumHeight(TOUCH)
        self.secret.returnPressed.connect(self._secret_entered)
        self.secret.textEdited.connect(lambda _text: self._mark_secret(False))
        self.secret_caption.setBuddy(self.secret)
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("hint")
        self.demo_hint.setWordWrap(True)
        self.refresh = QPushButton()
        self.refresh.setObjectName("secondary")
        self.refresh.setMinimumHeight(TOUCH)
        self.refresh.clicked.connect(self.refresh_keys)
        for widget in (self.path_caption, self.files, self.browse, self.card_status,
                       self.secret_caption, self.secret, self.demo_hint, self.refresh):
            storage.addWidget(widget, 1 if widget is self.files else 0)
        storage.addStretch(0)  # the key files take the room to spare; without them, this does

        # -- right: the keys and the chosen key's data --------------------------------------
        keys_card, keys = card()
        self.keys_caption = QLabel()
        self.keys_caption.setObjectName("caption")
        self.key_list = QListWidget()
        self.key_list.setObjectName("keyList")
        self.key_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.key_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.key_list.setFixedHeight(2 * TOUCH + 24)
        self.key_list.currentRowChanged.connect(self._key_chosen)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("keyError")
        self.error.setWordWrap(True)
        self.error.hide()
        # The messages are kept as their wordings: a language switch words them again.
        self._status = RewordedLabel(self.status, hide_when_empty=False)
        self._error = RewordedLabel(self.error)
        self.details_caption = section_title()
        self.details_caption.setObjectName("subTitle")
        self.details = ValueGrid([DETAILS])
        for widget in (self.keys_caption, self.key_list, self.status, self.error,
                       self.details_caption, self.details):
            keys.addWidget(widget)
        keys.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(storage_card, 4)
        columns.addWidget(keys_card, 6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.kind_caption.setObjectName("caption")
        kinds.insertWidget(0, self.kind_caption)
        outer.addLayout(kinds)
        outer.addSpacing(4)
        outer.addLayout(columns, 1)

        kind = remembered.kind if remembered is not None and remembered.kind in KINDS else StoreKind.FILE
        self.retranslate()
        self._watch_cards()
        self.set_kind(kind)

    # -- what the owner reads -------------------------------------------------------------

    @property
    def kind(self) -> StoreKind:
        return self._kind

    @property
    def store(self) -> KeyStore | None:
        return self._store

    @property
    def busy(self) -> bool:
        """Whether the key is being used or its storage read."""
        return self._owner_busy or self._jobs > 0

    def entries(self) -> list[KeyEntry]:
        return list(self._entries)

    def selected_entry(self) -> KeyEntry | None:
        row = self.key_list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def chosen(self) -> ChosenKey | None:
        entry = self.selected_entry()
        if entry is None or self._store is None:
            return None
        return ChosenKey(self._kind, self._store.location, entry.alias)

    def secret_text(self) -> str:
        return self.secret.text()

    def wrong_purpose(self) -> bool:
        entry = self.selected_entry()
        return entry is not None and not entry.purpose.allows(self.purpose)

    # -- what the owner drives ------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        """Freeze every input while the key is being used (signing, logging in)."""
        self._owner_busy = busy
        self._apply_busy()

    def _apply_busy(self) -> None:
        """Inputs follow the work: frozen while the key is used; while files or keys are
        only being listed the storage type can still be changed."""
        busy = self.busy
        for widget in (self.files, self.browse, self.secret, self.refresh, self.key_list):
            widget.setEnabled(not busy)
        for button in self.kind_buttons.values():
            button.setEnabled(not self._owner_busy)
        if busy != self._shown_busy:
            self._shown_busy = busy
            self.busy_changed.emit(busy)

    def show_error(self, wording: Wording | None) -> None:
        """Show the message ``wording`` words (None: none), worded again on a language switch."""
        self._error.say(wording)

    def show_failure(self, error: BaseException) -> None:
        """Word what a key or card raised; a wrong password leaves its field ready to retype."""
        signing = self.purpose is KeyPurpose.SIGN
        self.show_error(lambda: failure_text(error, signing=signing))
        if isinstance(error, WrongPasswordError):
            self._mark_secret(True)
            self.secret.setFocus(Qt.FocusReason.OtherFocusReason)
            self.secret.selectAll()

    def _mark_secret(self, invalid: bool) -> None:
        if self.secret.property("invalid") != invalid:
            self.secret.setProperty("invalid", invalid)
            repolish(self.secret)

    def clear_secret(self) -> None:
        self.secret.clear()
        self._mark_secret(False)

    def forget(self) -> None:
        """Drop the password, the store and its keys (the visitor leaves)."""
        self._generation += 1
        self.secret.clear()
        self._set_entries(None, [])
        if self._unsubscribe_cards is not None:
            self._unsubscribe_cards()
            self._unsubscribe_cards = None

    def set_kind(self, kind: StoreKind) -> None:
        """Choose the storage type: a file list, or the card of that kind."""
        if kind is not self._kind:
            self.clear_secret()  # a file's password is not a card's PIN
        self._kind = kind
        self._generation += 1
        self.kind_buttons[kind].setChecked(True)
        self.show_error(None)
        self._set_entries(None, [])
        is_file = kind is StoreKind.FILE
        self.path_caption.setVisible(is_file)
        self.files.setVisible(is_file)
        self.browse.setVisible(is_file and not self.kiosk_mode)
        self.card_status.setVisible(not is_file)
        self.demo_hint.setVisible(is_file and self.sources.demo_password is not None)
        self.retranslate()
        if is_file:
            self.reload_files()
        else:
            self._watch_cards()
            self._probe_card()

    def _watch_cards(self) -> None:
        """Listen to card events (from the picker's start: the process's card monitor has
        looked at the readers by the time a card kind is chosen, so the card already in the
        reader is not reported again as just inserted)."""
        if self._unsubscribe_cards is None and self.sources.cards_available:
            events = self._card_events
            self._unsubscribe_cards = self.sources.subscribe_cards(
                lambda: _emit_safely(events.changed))

    def reload_files(self) -> None:
        """List the key files again (the folder and the demo keys), off the UI thread."""
        generation = self._generation
        self._run(self.sources.files, lambda files: self._files_listed(generation, files),
                  lambda error: self._failed(generation, error))

    def choose_file(self, path: Path) -> None:
        """Offer ``path`` at the top of the list and choose it (the clerk's file dialog)."""
        if self._kind is not StoreKind.FILE:
            self.set_kind(StoreKind.FILE)
        for row, key_file in enumerate(self._files):
            if key_file.path == path:
                self.files.setCurrentRow(row)
                return
        self._files.insert(0, KeyFile(path))
        self._fill_files()
        self.files.setCurrentRow(0)

    def refresh_keys(self) -> None:
        """«Обновить список ключей»: open the chosen storage and list its keys."""
        if self._kind is not StoreKind.FILE:
            self._probe_card()
            return
        key_file = self._current_file()
        if key_file is None:
            if self._files:
                self.show_error(lambda: self.tr("Choose a key file from the list."))
            else:  # a USB stick may have been inserted meanwhile
                self.reload_files()
            return
        secret = self.secret.text()
        if not secret:
            self.show_error(lambda: eds_error_text("password_required"))
            self.secret.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        generation = self._generation
        store = self.sources.file_store(key_file.path)
        self.show_error(None)
        self._status.say(lambda: self.tr("Reading the keys…"))
        self._run(lambda: (store, list_keys(store, secret)),
                  lambda result: self._listed(generation, result),
                  lambda error: self._failed(generation, error))

    # -- captions -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.kind_caption.setText(self.tr("Storage type"))
        self.kind_buttons[StoreKind.FILE].setText(self.tr("Personal computer"))
        self.kind_buttons[StoreKind.ID_CARD].setText(self.tr("ID card"))
        self.kind_buttons[StoreKind.KAZTOKEN].setText(self.tr("Kaztoken"))
        for button in self.kind_buttons.values():  # room for the chosen one's bold caption
            button.ensurePolished()
            bold = QFont(button.font())
            bold.setBold(True)
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 48)
        self.path_caption.setText(self.tr("Path to the storage"))
        self.browse.setText(self.tr("Choose certificate…"))
        if self._kind is StoreKind.FILE:
            self.secret_caption.setText(self.tr("Enter the password of the key storage"))
        else:
            self.secret_caption.setText(self.tr("Enter the PIN code"))
        if self.sources.demo_password is not None:
            self.demo_hint.setText(self.tr("Demo keys (marked DEMO): the password is {password}")
                                   .replace("{password}", self.sources.demo_password))
        self.refresh.setText(self.tr("Refresh the key list"))
        self.keys_caption.setText(self.tr("Keys"))
        self.details_caption.setText(self.tr("Selected key data"))
        self.details.set_captions({
            "owner": self.tr("Owner"), "iin": self.tr("IIN"), "validity": self.tr("Valid"),
            "serial": self.tr("Serial number"), "issuer": self.tr("Issuer"),
            "algorithm": self.tr("Algorithm"), "purpose": self.tr("Purpose"),
        })
        self._fill_files()
        self._fill_keys()
        self._show_card_state()
        self._show_details()
        self._status.reword()
        self._error.reword()  # a message shown stays, in the new language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- files ----------------------------------------------------------------------------

    def _current_file(self) -> KeyFile | None:
        row = self.files.currentRow()
        return self._files[row] if 0 <= row < len(self._files) else None

    def _files_listed(self, generation: int, files: list[KeyFile]) -> None:
        self._settle()
        if generation != self._generation:
            return
        chosen = self._current_file()
        self._files = files + [f for f in self._files if f not in files and not f.demo]
        self._fill_files()
        row = self._preferred_file(chosen)
        if row is not None:
            self.files.setCurrentRow(row)
        if not self._files:
            self._status.say(lambda: self.tr("No key files found. Insert the USB stick with "
                                             "your keys and press «Refresh the key list»."))

    def _preferred_file(self, chosen: KeyFile | None) -> int | None:
        """The file chosen before, else one beside the key used to log in, fit for the purpose."""
        paths = [f.path for f in self._files]
        if chosen is not None and chosen.path in paths:
            return paths.index(chosen.path)
        remembered = self.remembered
        if remembered is None or remembered.kind is not StoreKind.FILE:
            return None
        folder = Path(remembered.location).parent
        for row, key_file in enumerate(self._files):
            if key_file.path.parent == folder and key_file.likely_purpose is self.purpose:
                return row
        return None

    def _fill_files(self) -> None:
        row = self.files.currentRow()
        self.files.blockSignals(True)
        self.files.clear()
        for key_file in self._files:
            item = QListWidgetItem(self._file_text(key_file))
            item.setToolTip(str(key_file.path))
            self.files.addItem(item)
        self.files.setCurrentRow(row if row < len(self._files) else -1)
        self.files.blockSignals(False)

    def _file_text(self, key_file: KeyFile) -> str:
        """Two lines: whose key it is (or the file's name) and what it is for (or where)."""
        purpose = key_file.likely_purpose
        label = purpose_text(purpose, short=True) if purpose is not None else ""
        if key_file.demo:
            return f"{key_file.owner}\n{label} · DEMO"
        return f"{key_file.path.name}\n{label + ' · ' if label else ''}{key_file.path.parent}"

    def _file_chosen(self, _row: int) -> None:
        self._generation += 1
        self._set_entries(None, [])
        self.show_error(None)
        if self._current_file() is not None and not self._owner_busy:
            self._status.say(lambda: self.tr(
                "Enter the password and press «Refresh the key list»."))
            if self.secret.text():
                self.refresh_keys()

    def _browse(self) -> None:
        title = self.tr("Choose the key file")
        name, _ = QFileDialog.getOpenFileName(self, title, "", "EDS (*.p12 *.pfx)")
        if name:
            self.choose_file(Path(name))

    def _secret_entered(self) -> None:
        if self.selected_entry() is not None:
            self.secret_submitted.emit()
        else:
            self.refresh_keys()

    # -- cards ----------------------------------------------------------------------------

    def _probe_card(self) -> None:
        kind = self._kind
        generation = self._generation
        if not self.sources.cards_available:
            self._card_state = "cards_unavailable"
            self._show_card_state()
            return
        self._card_state = "probing"
        self._show_card_state()

        def open_and_list() -> tuple[KeyStore, list[KeyEntry]]:
            store = self.sources.card_store(kind)
            return store, list_keys(store, None)

        self._run(open_and_list, lambda result: self._listed(generation, result),
                  lambda error: self._card_failed(generation, error))

    def _card_event(self) -> None:
        if self._kind is not StoreKind.FILE and not self._owner_busy:
            self._generation += 1
            self._probe_card()

    def _card_failed(self, generation: int, error: BaseException) -> None:
        self._settle()
        if generation != self._generation:
            return
        self._card_state = error.code if isinstance(error, EdsError) else "unknown"
        self._set_entries(None, [])
        self._show_card_state()

    def _show_card_state(self) -> None:
        if self._kind is StoreKind.FILE:
            return
        state = self._card_state
        if state == "probing":
            text = self.tr("Looking for the card…")
        elif state == "found" and self._store is not None:
            text = self.tr("Card found in {reader}.").replace("{reader}", self._store.location)
        elif state in ("card_absent", "card_timeout"):
            text = (self.tr("Insert your Kaztoken into a USB port.")
                    if self._kind is StoreKind.KAZTOKEN
                    else self.tr("Insert your ID card into the reader."))
        else:
            text = eds_error_text(state)
        self.card_status.setText(text)
        problem = state not in ("probing", "found")
        if self.card_status.property("problem") != problem:
            self.card_status.setProperty("problem", problem)
            repolish(self.card_status)

    # -- keys -----------------------------------------------------------------------------

    def _listed(self, generation: int, result: tuple[KeyStore, list[KeyEntry]]) -> None:
        self._settle()
        if generation != self._generation:
            return
        store, entries = result
        self._mark_secret(False)
        if self._kind is not StoreKind.FILE:
            self._card_state = "found"
            self._show_card_state()
        self._set_entries(store, entries)
        if not entries:
            self._status.say(lambda: self.tr("There are no keys in this storage."))

    def _failed(self, generation: int, error: BaseException) -> None:
        self._settle()
        if generation != self._generation:
            return
        self._status.say(None)
        self.show_failure(error)

    def _set_entries(self, store: KeyStore | None, entries: list[KeyEntry]) -> None:
        self._store = store
        self._entries = list(entries)
        self._status.say(None)
        self._fill_keys()
        if entries:
            fitting = [i for i, e in enumerate(entries) if e.can_sign and e.purpose.allows(self.purpose)]
            self.key_list.setCurrentRow(fitting[0] if fitting else 0)
        self._show_entry()
        self.entry_changed.emit()

    def _fill_keys(self) -> None:
        row = self.key_list.currentRow()
        self.key_list.blockSignals(True)
        self.key_list.clear()
        for entry in self._entries:
            cert = entry.certificate
            owner = cert.full_name or cert.common_name or cert.subject
            item = QListWidgetItem(f"{owner}\n{purpose_text(entry.purpose, short=True)} · "
                                   f"{format_date(cert.not_before.date())} – "
                                   f"{format_date(cert.not_after.date())}")
            self.key_list.addItem(item)
        self.key_list.setCurrentRow(row if row < len(self._entries) else -1)
        self.key_list.blockSignals(False)

    def _key_chosen(self, _row: int) -> None:
        self._show_entry()
        self.entry_changed.emit()

    def _show_entry(self) -> None:
        """The chosen key's data, and a warning when it will not do: a key just chosen
        replaces any earlier message (a language switch only words it again)."""
        entry = self._show_details()
        signing = self.purpose is KeyPurpose.SIGN
        if entry is not None and not entry.purpose.allows(self.purpose):
            self.show_error(lambda: eds_error_text("wrong_purpose", signing=signing))
        elif entry is not None and not entry.can_sign:
            self.show_error(lambda: eds_error_text("unsupported"))
        elif entry is not None:
            self.show_error(None)

    def _show_details(self) -> KeyEntry | None:
        """«Данные выбранного ключа» of the chosen key, in the installed language."""
        entry = self.selected_entry()
        self.details.set_values(key_details(entry.certificate) if entry is not None else {})
        return entry

    # -- plumbing -------------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None]) -> None:
        self._jobs += 1
        self._apply_busy()
        watch(run_in_background(work), done, failed, self)

    def _settle(self) -> None:
        """A job started by ``_run`` ended (its outcome is handled after this)."""
        self._jobs = max(self._jobs - 1, 0)
        self._apply_busy()


def _emit_safely(signal: Any) -> None:
    try:
        signal.emit()
    except RuntimeError:  # the picker is gone; the monitor outlives it
        pass


_PURPOSES = {
    KeyPurpose.AUTH: QT_TRANSLATE_NOOP("KeyPicker", "Authentication (AUTH_RSA)"),
    KeyPurpose.SIGN: QT_TRANSLATE_NOOP("KeyPicker", "Signing (RSA)"),
    KeyPurpose.BOTH: QT_TRANSLATE_NOOP("KeyPicker", "Authentication and signing"),
}
_SHORT_PURPOSES = {KeyPurpose.AUTH: "AUTH_RSA", KeyPurpose.SIGN: "RSA", KeyPurpose.BOTH: "AUTH + RSA"}


def purpose_text(purpose: KeyPurpose, short: bool = False) -> str:
    """«Аутентификация (AUTH_RSA)», «Подпись (RSA)»… in the installed language; ``short``: the
    NCA key names (AUTH_RSA, RSA) that are written on the key files."""
    if short:
        return _SHORT_PURPOSES[purpose]
    return QCoreApplication.translate("KeyPicker", _PURPOSES[purpose])


def key_details(cert: NcaCertificate) -> dict[str, str]:
    """«Данные выбранного ключа»: owner, IIN, validity, serial, issuer, algorithm, purpose."""
    owner = cert.full_name or cert.common_name or cert.subject
    if cert.organisation:
        owner = f"{owner}, {cert.organisation}"
    algorithm = {KeyAlgorithm.RSA: "RSA", KeyAlgorithm.GOST2004: "GOST 34.310-2004",
                 KeyAlgorithm.GOST2015: "GOST 34.10-2015"}.get(cert.algorithm, cert.algorithm_oid)
    if cert.key_size:
        algorithm = f"{algorithm} {cert.key_size}"
    return {
        "owner": owner,
        "iin": cert.iin or "—",
        "validity": f"{format_date(cert.not_before.date())} – {format_date(cert.not_after.date())}",
        "serial": " ".join(cert.serial[i:i + 8] for i in range(0, len(cert.serial), 8)),
        "issuer": cert.issuer,
        "algorithm": algorithm,
        "purpose": purpose_text(cert.purpose),
    }
