"""The start on the embedded default: the home screen at once, its services waiting while the
demo PKI, central database, sync worker and the region's lists are prepared off the UI thread
(the step on screen), then the services open; a failed start says why and offers «Выход»."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.settings import Settings, load_settings
from kiosk.ui.gc_guard import collect_automatically
from kiosk.ui.application import start_kiosk
from kiosk.ui.main_window import MainWindow
from kiosk.ui.startup import StartupProgress


def _settings(tmp_path: Path, **environ: str) -> Settings:
    return load_settings(tmp_path / "absent.toml",
                         environ={"KIOSK_DATA_DIR": str(tmp_path / "data"), **environ})


def _stop(window: MainWindow) -> None:
    login = window.setup.login
    if login is not None:
        login.worker.stop(timeout=5)
        login.worker.link.close()
    window.close()
    collect_automatically(QApplication.instance())


def test_the_home_screen_shows_at_once_and_its_services_open_when_prepared(
        qtbot: QtBot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    window = start_kiosk(settings, kiosk_mode=False, language="ru")
    qtbot.addWidget(window)
    try:
        progress = window.home.findChild(StartupProgress)
        assert window.isVisible() and progress is not None
        assert progress.message.text()  # a step is on screen, never a frozen window
        assert not any(button.isEnabled() for button in window.home.service_buttons.values())
        steps: list[str] = []
        progress.relay.step.connect(steps.append)
        with qtbot.waitSignal(window.attached, timeout=90000):
            pass
        assert window.home.findChild(StartupProgress) is None or not progress.isVisible()
        assert "lists" in steps  # the last step was reported
        data = tmp_path / "data"
        assert (data / "demo-pki" / "index.json").is_file()
        assert (data / "central.sqlite3").is_file() and (data / "kiosk.sqlite3").is_file()
        assert window.setup.login is not None
        catalogue = window.setup.login.reference.catalogue
        assert catalogue is not None and "351010000" in {d.code for d in catalogue.districts}
        assert len([f for f in window.setup.login.keys.files() if f.demo]) == 10
        assert all(button.isEnabled() for button in window.home.service_buttons.values())
    finally:
        _stop(window)


def test_a_start_that_fails_says_why_and_offers_to_quit(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data directory should be", encoding="utf-8")
    window = start_kiosk(_settings(tmp_path), kiosk_mode=True, language="ru")
    qtbot.addWidget(window)
    try:
        progress = window.home.findChild(StartupProgress)
        assert progress is not None
        qtbot.waitUntil(progress.quit.isVisible, timeout=60000)
        assert progress.message.objectName() == "error" and progress.message.text()
        assert not progress.progress.isVisible()
        assert not any(button.isEnabled() for button in window.home.service_buttons.values())
        window.close()  # a locked kiosk, even one that could not start, ignores the desktop
        assert window.isVisible()
        qtbot.mouseClick(progress.quit, Qt.MouseButton.LeftButton)  # «Выход»
        assert not window.isVisible()
    finally:
        _stop(window)


def test_a_kiosk_cannot_be_closed_from_its_first_moment(qtbot: QtBot, tmp_path: Path) -> None:
    window = start_kiosk(_settings(tmp_path), kiosk_mode=True, language="kk")
    qtbot.addWidget(window)
    try:
        window.close()  # Alt+F4 while the services are still being prepared
        assert window.isVisible()
        with qtbot.waitSignal(window.attached, timeout=90000):
            pass
        window.close()
        assert window.isVisible() and window.home.release.isVisible()  # «Служебный вход»
    finally:
        window.unlock()
        _stop(window)
