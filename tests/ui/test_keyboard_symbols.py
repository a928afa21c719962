"""The on-screen keyboard's symbols page: a key password with `! # $ % & …` can be typed; and
the journal's IIN and number filters open the digits and Latin layouts."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from datetime import timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui import keyboard as kb
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.journal.screen import CONTEXT, journal_columns
from kiosk.ui.keyboard import BACKSPACE, DIGITS, KAZAKH, LATIN, SHIFT, OnScreenKeyboard, layout_for
from kiosk.ui.parts import FilterTable
from kiosk.ui.style import apply_style
from kiosk.ui.widgets import TOUCH, line_edit
from tests.ui.conftest import click

pytestmark = pytest.mark.gui

PASSWORD = "P@ss#1!$%&*+?/=(),;:'\"<>[]{}^~|\\`-_. x"


def password_field() -> QLineEdit:
    """A key password field, made as the key picker makes its own."""
    edit = line_edit("latin", max_length=128)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(edit.inputMethodHints() | Qt.InputMethodHint.ImhHiddenText
                             | Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def shown(caption: str) -> str:
    """What a button draws of ``caption`` (Qt::TextShowMnemonic)."""
    return re.sub(r"&(.?)", r"\1", caption)


@pytest.fixture
def kiosk(qtbot: QtBot) -> Iterator[tuple[QLineEdit, OnScreenKeyboard]]:
    """A password field over the keyboard, in the kiosk's style and size, the field focused."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app, kiosk_mode=True)  # touch-sized keys come from the kiosk stylesheet
    LanguageSwitcher(app).switch("ru")
    host = QWidget()
    edit = password_field()
    keyboard = OnScreenKeyboard()
    layout = QVBoxLayout(host)
    layout.addWidget(edit)
    layout.addWidget(keyboard)
    qtbot.addWidget(host)
    host.resize(1280, 420)
    with qtbot.waitActive(host):
        host.show()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    yield edit, keyboard  # the host lives until the test ends
    host.close()


def test_the_symbols_page_types_a_key_password(
        qtbot: QtBot, kiosk: tuple[QLineEdit, OnScreenKeyboard]) -> None:
    edit, keyboard = kiosk
    assert keyboard.layout_name == LATIN  # a password field opens the Latin layout
    symbols = kb.SYMBOLS  # the page and its key: missing before the fix
    latin = keyboard.keys[LATIN]
    click(qtbot, latin[kb.TO_SYMBOLS])
    assert keyboard.layout_name == symbols
    assert keyboard.pages.currentWidget().isVisible()
    page = keyboard.keys[symbols]
    assert set(string.punctuation + string.digits) <= set(page), "every ASCII symbol has a key"

    def tap(key: str) -> None:
        if key in page:  # a symbol or a digit
            if keyboard.layout_name != symbols:
                click(qtbot, keyboard.keys[keyboard.layout_name][kb.TO_SYMBOLS])
            click(qtbot, page[key])
            return
        if keyboard.layout_name != LATIN:
            click(qtbot, page[kb.TO_LATIN])
        if key == " ":
            click(qtbot, latin[kb.TO_KAZAKH])
            click(qtbot, keyboard.keys[KAZAKH][kb.SPACE])
            click(qtbot, keyboard.keys[KAZAKH][kb.TO_LATIN])
            return
        if key.isupper():
            click(qtbot, latin[SHIFT])
        click(qtbot, latin[key.lower()])

    for key in PASSWORD:
        tap(key)
    assert edit.text() == PASSWORD
    click(qtbot, page[BACKSPACE] if keyboard.layout_name == symbols else latin[BACKSPACE])
    assert edit.text() == PASSWORD[:-1]
    assert QApplication.focusWidget() is edit  # the keys never took the focus
    assert edit.echoMode() == QLineEdit.EchoMode.Password

    # what a key shows is what it types: a button draws «&x» as x, «&&» as &, a lone «&» not
    for key, button in page.items():
        if len(key) == 1:
            assert shown(button.text()) == key, key
    assert page[kb.TO_LATIN].text() == "ABC" and latin[kb.TO_SYMBOLS].text() == "#+="


def test_every_key_of_every_page_is_touch_sized(
        qtbot: QtBot, kiosk: tuple[QLineEdit, OnScreenKeyboard]) -> None:
    _edit, keyboard = kiosk
    assert set(keyboard.keys) == {KAZAKH, LATIN, DIGITS, kb.SYMBOLS}
    for name, keys in keyboard.keys.items():
        keyboard.show_layout(name)
        qtbot.waitUntil(lambda: keyboard.pages.currentWidget().isVisible())
        for key, button in keys.items():
            assert button.focusPolicy() == Qt.FocusPolicy.NoFocus, (name, key)
            assert button.minimumHeight() >= TOUCH and button.minimumWidth() >= TOUCH, (name, key)
            assert button.height() >= TOUCH and button.width() >= TOUCH, (name, key, button.size())


def test_the_journal_filters_for_iin_and_number_open_digits_and_latin(qtbot: QtBot) -> None:
    table = FilterTable(journal_columns({}, timezone.utc), CONTEXT)
    qtbot.addWidget(table)
    filters = table.text_filters
    assert layout_for(filters["child_iin"]) == DIGITS
    assert layout_for(filters["number"]) == LATIN  # UO.2026.000092.1: letters, digits, dots
    assert layout_for(filters["queue_number"]) == DIGITS  # a numeric column
    assert layout_for(filters["child_name"]) == KAZAKH
    assert layout_for(filters["applicant_name"]) == KAZAKH
