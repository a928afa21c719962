"""The first start on the embedded default: demo PKI, central database, sync worker and the
region's lists prepared off the UI thread behind a progress screen, then the window."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.settings import load_settings
from kiosk.ui.application import create_window, kiosk_setup
from kiosk.ui.startup import Prepared, StartupScreen, prepare
from kiosk.ui.tasks import run_in_background, watch


def test_the_first_start_prepares_everything_then_opens_the_window(
        qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    settings = load_settings(tmp_path / "absent.toml", environ={"KIOSK_DATA_DIR": str(data)})
    screen = StartupScreen()
    qtbot.addWidget(screen)
    screen.show()
    steps: list[str] = []
    screen.relay.step.connect(steps.append)
    outcome: list[object] = []
    watch(run_in_background(lambda: prepare(settings, screen.report)), outcome.append,
          outcome.append, screen)
    qtbot.waitUntil(lambda: bool(outcome), timeout=60000)
    prepared = outcome[0]
    assert isinstance(prepared, Prepared), prepared
    try:
        assert steps == ["demo_pki", "central", "sync", "lists"]
        assert screen.message.text()  # a step was on screen, never a frozen window
        assert (data / "demo-pki" / "index.json").is_file()
        assert (data / "central.sqlite3").is_file() and (data / "kiosk.sqlite3").is_file()
        catalogue = prepared.reference.catalogue
        assert catalogue is not None and "351010000" in {d.code for d in catalogue.districts}
        assert len([f for f in prepared.keys.files() if f.demo]) == 10
        window = create_window("kk", False, kiosk_setup(settings, False, prepared))
        qtbot.addWidget(window)
        assert window.setup.login is not None
        assert all(button.isEnabled() for button in window.home.service_buttons.values())
        window.close()
    finally:
        prepared.close()
