"""Fixtures of the screen tests: a demo window in either mode, helpers to drive it."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain import demo_register
from kiosk.ui.inactivity import InactivityTimes
from kiosk.ui.main_window import MainWindow, WindowSetup
from kiosk.ui.registration import RegistrationScreen, RegistrationSetup
from kiosk.ui.application import create_window
from kiosk.ui.demo import DEMO_CATALOGUE, demo_registration
from kiosk.ui.scan_picker import FolderChooser
from kiosk.ui.screenshots import DEMO_PDF, DEMO_TODAY, SIZES

MOTHER = demo_register.DEMO_ADULTS[0]           # Әйгерім Серікқызы, Қарағанды
SON = demo_register.children_of(MOTHER.iin)[0]  # Нұрислам, born 2022
FATHER_OF_OLD = demo_register.DEMO_ADULTS[3]    # Ғалым, father of Ұлан (born 2018)
TOO_OLD = next(p for p in demo_register.children_of(FATHER_OF_OLD.iin) if p.birth_date.year == 2018)

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns once a window is shown; nothing to fix on our side."""
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))



@pytest.fixture(autouse=True)
def garbage_collected_on_the_ui_thread() -> Iterator[None]:
    """As in the kiosk (kiosk.ui.gc_guard): no collection on a worker thread, where it would
    destroy Qt objects; collect on the UI thread after the test instead."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()

@pytest.fixture
def scan_dir(tmp_path: Path) -> Path:
    """The kiosk's scanner folder, with an earlier visitor's scan left in it."""
    folder = tmp_path / "scans"
    folder.mkdir()
    old = folder / "earlier-visitor.pdf"
    old.write_bytes(DEMO_PDF)
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    return folder


def scan_now(folder: Path, name: str = "anyqtama.pdf") -> Path:
    """The scanner drops this visitor's document into the folder."""
    path = folder / name
    path.write_bytes(DEMO_PDF)
    return path


class FakeChooser:
    """Stands in for the clerk's file dialog: hands over the paths set in ``next``."""

    def __init__(self) -> None:
        self.next: list[Path] = []

    def choose(self, parent: QWidget, accept: Callable[[list[Path]], None], since: float) -> None:
        accept(self.next)


def shown_window(qtbot: QtBot, language: str, kiosk_mode: bool, setup: WindowSetup) -> MainWindow:
    """The main window on ``setup``, kiosk or clerk size, shown and active."""
    window = create_window(language, kiosk_mode, setup)
    qtbot.addWidget(window)
    window.resize(*SIZES[kiosk_mode])
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def make_window(qtbot: QtBot, scan_dir: Path) -> Iterator[Callable[..., MainWindow]]:
    """Builds a shown demo window: ``make_window("kk", kiosk_mode=True)``."""
    windows: list[MainWindow] = []

    def make(language: str = "kk", kiosk_mode: bool = True, applicant: str = MOTHER.iin,
             inactivity: InactivityTimes | None = None, max_scan_mb: int = 10) -> MainWindow:
        chooser = FolderChooser(scan_dir) if kiosk_mode else FakeChooser()
        setup = WindowSetup(start_registration=lambda: demo_registration(applicant, DEMO_TODAY),
                            registration=RegistrationSetup(DEMO_CATALOGUE, chooser, max_scan_mb),
                            inactivity=inactivity, home_language=language)
        window = shown_window(qtbot, language, kiosk_mode, setup)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.watchdog is not None:
            window.watchdog.stop()


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Focus ``edit`` with a click, select all and type ``text`` as keystrokes."""
    click(qtbot, edit)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def choose(qtbot: QtBot, combo: QComboBox, code: str) -> None:
    """Pick the entry with ``code`` with the arrow keys, as a clerk with a keyboard would
    (the offscreen platform cannot show a popup list)."""
    assert combo.isVisible() and combo.isEnabled(), combo
    combo.setFocus()
    target = combo.findData(code)
    assert target > 0, code
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > target:
        qtbot.keyClick(combo, Qt.Key.Key_Up)


def start(qtbot: QtBot, window: MainWindow) -> RegistrationScreen:
    click(qtbot, window.home.service_buttons["register"])
    screen = window.registration
    assert screen is not None
    return screen


def to_step1(qtbot: QtBot, window: MainWindow) -> RegistrationScreen:
    screen = start(qtbot, window)
    click(qtbot, screen.description.acknowledge)
    click(qtbot, screen.description.apply)
    assert screen.pages.currentWidget() is screen.applicant
    return screen


def to_step2(qtbot: QtBot, window: MainWindow) -> RegistrationScreen:
    screen = to_step1(qtbot, window)
    type_into(qtbot, screen.applicant.edit("email"), "aigerim@mail.kz")
    type_into(qtbot, screen.applicant.edit("phone"), "+7 701 123 45 67")
    click(qtbot, screen.applicant.forward)
    assert screen.pages.currentWidget() is screen.child
    return screen


def visible_texts(root: QWidget) -> list[str]:
    """Every text a visitor can see in ``root``: labels, buttons, check boxes, fields."""
    from PySide6.QtWidgets import QAbstractButton

    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    return texts
