"""A quiet kiosk warns with a countdown, then wipes everything personal and goes home."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.ui.inactivity import InactivityTimes
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import MOTHER, SON, choose, click, to_step2, type_into

FAST = InactivityTimes(timeout_ms=900, warning_ms=500, tick_ms=50)


def personal_strings() -> list[str]:
    return [MOTHER.iin, MOTHER.surname, MOTHER.name, MOTHER.address.street, SON.iin, SON.name,
            SON.surname, "aigerim", "701 123", "secret-token"]


def test_warning_then_wipe(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window("kk", kiosk_mode=True, inactivity=FAST)
    assert window.warning is not None
    screen = to_step2(qtbot, window)
    type_into(qtbot, screen.child.iin_edit, SON.iin)
    choose(qtbot, screen.child.district_combo, "351010000")
    click(qtbot, screen.languages.buttons["ru"])
    window.session = {"token": "secret-token"}
    wizard = weakref.ref(screen.wizard)

    qtbot.waitUntil(window.warning.isVisible, timeout=3000)
    assert window.registration is screen  # a warning, nothing wiped yet
    assert window.warning.title.text() == "Вы еще здесь?"
    assert window.warning.resume.text() == "Продолжить"
    assert 0 < int(window.warning.seconds.text()) <= 1
    click(qtbot, window.warning.resume)
    assert not window.warning.isVisible() and window.registration is screen

    qtbot.waitUntil(window.warning.isVisible, timeout=3000)
    del screen
    qtbot.waitUntil(lambda: window.registration is None, timeout=3000)
    assert window.stack.currentWidget() is window.home
    assert not window.warning.isVisible()
    assert window.session is None
    assert window.languages.language == "kk"  # the next visitor starts in the kiosk's language
    qtbot.wait(10)
    gc.collect()
    assert wizard() is None, "the wizard (and its data) outlived the wipe"
    texts = [w.text() for w in window.findChildren(QLineEdit)]
    assert all(text == "" for text in texts)
    labels = " ".join(w.text() for w in window.findChildren(QLabel))
    for secret in personal_strings():
        assert secret not in labels


def test_a_touch_during_the_warning_keeps_the_form(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window("ru", kiosk_mode=True, inactivity=FAST)
    screen = to_step2(qtbot, window)
    assert window.warning is not None
    qtbot.waitUntil(window.warning.isVisible, timeout=3000)
    qtbot.mouseClick(window.warning, Qt.MouseButton.LeftButton)  # a touch anywhere
    assert not window.warning.isVisible()
    assert screen.applicant.edit("email").text() == "aigerim@mail.kz"


def test_the_home_screen_is_not_watched(qtbot: QtBot,
                                         make_window: Callable[..., MainWindow]) -> None:
    window = make_window("kk", kiosk_mode=True, inactivity=FAST)
    assert window.watchdog is not None and not window.watchdog.armed
    qtbot.wait(FAST.timeout_ms - FAST.warning_ms + 100)
    assert window.warning is not None and not window.warning.isVisible()


def test_the_kiosk_settings_give_the_times() -> None:
    from kiosk.settings import KioskSection

    times = InactivityTimes.from_settings(KioskSection(inactivity_timeout_s=90,
                                                       inactivity_warning_s=25))
    assert (times.timeout_ms, times.warning_ms) == (90_000, 25_000)


def test_a_service_without_login_is_watched_too(qtbot: QtBot) -> None:
    """«Поиск номера очереди» needs no login but shows a child's IIN and name: it is wiped."""
    from dataclasses import replace

    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from kiosk.ui.application import create_window
    from kiosk.ui.main_window import WindowSetup

    def search_screen(_window: MainWindow) -> QWidget:
        screen = QWidget()
        QVBoxLayout(screen).addWidget(QLineEdit(SON.iin))
        return screen

    window = create_window("kk", True, replace(WindowSetup(inactivity=FAST),
                                               screens={"search": search_screen}))
    qtbot.addWidget(window)
    window.show()
    click(qtbot, window.home.service_buttons["search"])
    assert window.service is not None and window.watchdog is not None
    assert window.watchdog.armed
    qtbot.waitUntil(lambda: window.service is None, timeout=3000)
    assert window.stack.currentWidget() is window.home
    assert all(edit.text() != SON.iin for edit in window.findChildren(QLineEdit))
