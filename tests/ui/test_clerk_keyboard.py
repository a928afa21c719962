"""A clerk at a desk works from the keyboard: Alt+1…4 open the home screen's services,
Ctrl+Shift+K / Ctrl+Shift+R switch the language; a kiosk has none of these."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.central.service import CentralService
from kiosk.ui.i18n import current_language
from kiosk.ui.main_window import MainWindow
from tests.ui.login_kit import (  # noqa: F401  (fixtures)
    central,
    keys,
    link,
    login_window,
    sms,
    sqlite_central_url,
    worker,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_clerk_opens_services_and_switches_language_from_the_keyboard(
        qtbot: QtBot, login_window: Callable[..., MainWindow],
        central: CentralService) -> None:  # noqa: F811
    window = login_window("kk", kiosk_mode=False)
    assert window.home.service_buttons["search"].toolTip() == "Alt+3"
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    assert current_language() == "ru"
    qtbot.waitUntil(window.home.russian.isChecked, timeout=2000)
    assert not window.home.service_buttons["search"].isEnabled()  # not on this desk
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.home
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    login = window.login
    assert login is not None and window.stack.currentWidget() is login  # «Постановка…»
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.login is login  # only from the home screen
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)
    assert current_language() == "kk"


def test_a_kiosk_has_no_keyboard_shortcuts(
        qtbot: QtBot, login_window: Callable[..., MainWindow],
        central: CentralService) -> None:  # noqa: F811
    window = login_window("kk", kiosk_mode=True)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    assert window.stack.currentWidget() is window.home and current_language() == "kk"
