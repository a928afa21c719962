"""The home screen in both languages, driven with real widgets."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.application import create_window


def test_language_switch_translates_every_caption(qtbot: QtBot) -> None:
    window = create_window("kk", kiosk_mode=False)
    qtbot.addWidget(window)
    buttons = window.home.service_buttons
    assert buttons["register"].text() == "Баланы кезекке қою"
    assert buttons["journal"].text() == "Өтініштер журналы"
    qtbot.mouseClick(window.home.russian, Qt.MouseButton.LeftButton)
    assert window.languages.language == "ru"
    qtbot.waitUntil(lambda: buttons["register"].text() == "Постановка ребенка в очередь в ДДО")
    assert window.windowTitle() == "Балабақша: очередь в детский сад"
    qtbot.mouseClick(window.home.kazakh, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: buttons["journal"].text() == "Өтініштер журналы")


def test_kiosk_mode_has_touch_sized_buttons(qtbot: QtBot) -> None:
    window = create_window("ru", kiosk_mode=True)
    qtbot.addWidget(window)
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    for button in window.home.service_buttons.values():
        assert button.minimumHeight() >= 48
