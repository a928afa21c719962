"""The on-screen keyboard of the kiosk: Kazakh (with the Russian letters), Latin for e-mail
and key passwords (with a page of symbols behind its «#+=» key), and a digit pad for IIN and
phone.

Qt Virtual Keyboard has no Kazakh layout, so this is a plain widget. Its keys never take the
focus: a key types into the focused ``QLineEdit`` (``QApplication.focusWidget()``), and the
layout follows the field's input method hints (``ImhDigitsOnly`` / ``ImhDialableCharactersOnly``
→ digit pad, ``ImhEmailCharactersOnly`` → Latin, anything else → Kazakh). The symbols page is
never chosen for a field: the Latin layout's «#+=» key opens it, its «ABC» key goes back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

KEY_HEIGHT = 48
KEY_WIDTH = 48

KAZAKH, LATIN, DIGITS, SYMBOLS = "kazakh", "latin", "digits", "symbols"

# Special keys, named in angle brackets; every other string (even "<" itself) is typed as it
# stands.
SHIFT, BACKSPACE, SPACE, TO_KAZAKH, TO_LATIN, TO_DIGITS, TO_SYMBOLS, HIDE = (
    "<shift>", "<backspace>", "<space>", "<kazakh>", "<latin>", "<digits>", "<symbols>", "<hide>")
_SWITCHES = {TO_KAZAKH: KAZAKH, TO_LATIN: LATIN, TO_DIGITS: DIGITS, TO_SYMBOLS: SYMBOLS}

ROWS: dict[str, tuple[tuple[str, ...], ...]] = {
    KAZAKH: (
        tuple("әіңғүұқөһ"),
        tuple("йцукенгшщзхъ"),
        tuple("фывапролджэ"),
        (SHIFT, *"ячсмитьбюё", BACKSPACE),
        (TO_DIGITS, TO_LATIN, "-", SPACE, ".", ",", HIDE),
    ),
    LATIN: (
        tuple("1234567890"),
        tuple("qwertyuiop"),
        tuple("asdfghjkl"),
        (SHIFT, *"zxcvbnm", BACKSPACE),
        (TO_DIGITS, TO_SYMBOLS, TO_KAZAKH, "@", ".", "_", "-", ".kz", ".com", ".ru", HIDE),
    ),
    SYMBOLS: (  # every printable ASCII character that is not a letter or digit: key passwords
        tuple("1234567890"),
        tuple("!@#$%^&*()"),
        tuple("-_=+[]{}\\|"),
        (*";:'\",.<>/?", BACKSPACE),
        (TO_LATIN, "`", "~", SPACE, HIDE),
    ),
    DIGITS: (
        tuple("123"),
        tuple("456"),
        tuple("789"),
        ("+", "0", BACKSPACE),
        (TO_KAZAKH, TO_LATIN, HIDE),
    ),
}

_SYMBOLS = {SHIFT: "⇧", BACKSPACE: "⌫", TO_KAZAKH: "ҚАЗ", TO_LATIN: "ABC", TO_DIGITS: "123",
            TO_SYMBOLS: "#+=", HIDE: "⌨ ▾"}
_WIDE = {SPACE: 5, SHIFT: 2, BACKSPACE: 2, TO_KAZAKH: 2, TO_LATIN: 2, TO_DIGITS: 2,
         TO_SYMBOLS: 2, HIDE: 2}


def layout_for(widget: QWidget | None) -> str:
    """The layout that suits ``widget``: digits for numeric fields, Latin for e-mail."""
    if widget is None:
        return KAZAKH
    hints = widget.inputMethodHints()
    if hints & (Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhDialableCharactersOnly
                | Qt.InputMethodHint.ImhFormattedNumbersOnly):
        return DIGITS
    if hints & (Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhLatinOnly
                | Qt.InputMethodHint.ImhUrlCharactersOnly):
        return LATIN
    return KAZAKH


class Key(QPushButton):
    """A key: never takes the focus, so the field being typed into keeps it."""

    def __init__(self, key: str) -> None:
        # "&" would mark a mnemonic in a button's text: "&&" shows it
        super().__init__(_SYMBOLS.get(key, key.replace("&", "&&")))
        self.key = key
        self.setObjectName("key")
        self.setProperty("special", len(key) > 1)
        self.setProperty("symbol", key in _SYMBOLS and len(_SYMBOLS[key]) == 1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(KEY_WIDTH, KEY_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if key == BACKSPACE:
            self.setAutoRepeat(True)


class OnScreenKeyboard(QFrame):
    """Types into the focused line edit; ``layout_changed`` reports the layout shown."""

    layout_changed = Signal(str)
    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.shift = False
        self.keys: dict[str, dict[str, Key]] = {}
        self.pages = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        for name, rows in ROWS.items():
            page = self._build(name, rows)
            self.pages.addWidget(page)
            self._pages[name] = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.pages)
        self.layout_name = KAZAKH
        self.retranslate()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def _build(self, name: str, rows: Sequence[Sequence[str]]) -> QWidget:
        page = QWidget()
        keys: dict[str, Key] = {}
        if name == DIGITS:  # a pad of equal keys in the middle
            grid = QGridLayout()
            grid.setSpacing(8)
            for row, line in enumerate(rows):
                for column, key in enumerate(line):
                    button = self._key(key, keys)
                    span = 3 // len(line) if len(line) < 3 else 1
                    grid.addWidget(button, row, column * span, 1, span)
            outer = QHBoxLayout(page)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.addStretch(1)
            outer.addLayout(grid, 2)
            outer.addStretch(1)
        else:
            lines = QVBoxLayout(page)
            lines.setContentsMargins(0, 0, 0, 0)
            lines.setSpacing(8)
            for line_keys in rows:
                line = QHBoxLayout()
                line.setSpacing(8)
                for key in line_keys:
                    line.addWidget(self._key(key, keys), _WIDE.get(key, 1))
                lines.addLayout(line)
        self.keys[name] = keys
        return page

    def _key(self, key: str, keys: dict[str, Key]) -> Key:
        button = Key(key)
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        keys[key] = button
        return button

    def retranslate(self) -> None:
        for keys in self.keys.values():
            if SPACE in keys:
                keys[SPACE].setText(self.tr("Space"))
        self._show_case()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the keys do ------------------------------------------------------------

    @staticmethod
    def target() -> QLineEdit | None:
        """The field the keys type into: the focused, editable line edit."""
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit) and widget.isEnabled() and not widget.isReadOnly():
            return widget
        return None

    def press(self, key: str) -> None:
        """Act as if ``key`` was touched."""
        if key == SHIFT:
            self.shift = not self.shift
            self._show_case()
            return
        if key in _SWITCHES:
            self.show_layout(_SWITCHES[key])
            return
        target = self.target()
        if key == HIDE:
            if target is not None:
                target.clearFocus()  # the window hides the keyboard; a touch on a field shows it
            self.hide_requested.emit()
            return
        if target is None:
            return
        if key == BACKSPACE:
            target.backspace()
            return
        text = " " if key == SPACE else key
        if self.shift and len(text) == 1:
            text = text.upper()
            self.shift = False
            self._show_case()
        target.insert(text)

    def show_layout(self, name: str) -> None:
        self.layout_name = name
        self.pages.setCurrentWidget(self._pages[name])
        self.layout_changed.emit(name)

    def reset(self) -> None:
        """Forget the shift state and go back to the Kazakh layout (after a wipe)."""
        self.shift = False
        self._show_case()
        self.show_layout(KAZAKH)

    def _show_case(self) -> None:
        for keys in self.keys.values():
            for key, button in keys.items():
                if len(key) == 1 and key.isalpha():
                    button.setText(key.upper() if self.shift else key)
            if SHIFT in keys:
                keys[SHIFT].setProperty("active", self.shift)
                keys[SHIFT].style().unpolish(keys[SHIFT])
                keys[SHIFT].style().polish(keys[SHIFT])

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit):
            self.show_layout(layout_for(new))
            dialable = bool(new.inputMethodHints() & Qt.InputMethodHint.ImhDialableCharactersOnly)
            self.keys[DIGITS]["+"].setEnabled(dialable)
