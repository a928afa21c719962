"""The on-screen keyboard types into the focused field without taking the focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.keyboard import BACKSPACE, DIGITS, KAZAKH, LATIN, SHIFT, SPACE, OnScreenKeyboard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import apply_style
from tests.ui.conftest import SON, click, to_step1, to_step2

KAZAKH_LETTERS = "әғқңөұүһі"
RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def test_kazakh_letters_go_into_the_focused_field(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app, kiosk_mode=True)  # touch-sized keys come from the kiosk stylesheet
    LanguageSwitcher(app).switch("kk")
    host = QWidget()
    edit = QLineEdit()
    keyboard = OnScreenKeyboard()
    layout = QVBoxLayout(host)
    layout.addWidget(edit)
    layout.addWidget(keyboard)
    qtbot.addWidget(host)
    with qtbot.waitActive(host):
        host.show()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    keys = keyboard.keys[KAZAKH]
    assert set(KAZAKH_LETTERS + RUSSIAN_LETTERS) <= set(keys)
    for letter in KAZAKH_LETTERS:
        click(qtbot, keys[letter])
    click(qtbot, keys[SPACE])
    click(qtbot, keys[SHIFT])
    click(qtbot, keys["қ"])  # shift holds for one letter
    click(qtbot, keys["а"])
    click(qtbot, keys["з"])
    click(qtbot, keys["ы"])
    click(qtbot, keys[BACKSPACE])
    assert edit.text() == "әғқңөұүһі Қаз"
    assert QApplication.focusWidget() is edit
    assert keys[SPACE].text() == "Бос орын"
    for layout_keys in keyboard.keys.values():
        for button in layout_keys.values():
            assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
            assert button.minimumHeight() >= 48


def test_digits_into_the_iin_field_and_latin_for_email(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window("kk", kiosk_mode=True)
    keyboard = window.keyboard
    assert keyboard is not None and not keyboard.isVisible()
    screen = to_step1(qtbot, window)
    email = screen.applicant.edit("email")
    assert QApplication.focusWidget() is email  # the page puts the focus on its first field
    assert keyboard.isVisible() and keyboard.layout_name == LATIN
    for key in ("a", "y", "@", "m", "a", "i", "l", ".kz"):
        click(qtbot, keyboard.keys[LATIN][key])
    assert email.text() == "ay@mail.kz" and screen.state.applicant.email == "ay@mail.kz"
    click(qtbot, screen.applicant.edit("phone"))
    assert keyboard.layout_name == DIGITS and keyboard.keys[DIGITS]["+"].isEnabled()
    for key in "+77011234567":
        click(qtbot, keyboard.keys[DIGITS][key])
    click(qtbot, screen.applicant.forward)

    iin = screen.child.iin_edit
    assert QApplication.focusWidget() is iin
    assert keyboard.layout_name == DIGITS and not keyboard.keys[DIGITS]["+"].isEnabled()
    for digit in SON.iin:
        click(qtbot, keyboard.keys[DIGITS][digit])
    assert iin.text() == SON.iin
    assert screen.child.child.values["name"].text() == SON.name
    assert QApplication.focusWidget() is iin


def test_the_keyboard_is_for_kiosk_mode_only(make_window: Callable[..., MainWindow],
                                             qtbot: QtBot) -> None:
    window = make_window("ru", kiosk_mode=False)
    to_step2(qtbot, window)
    assert window.keyboard is None
