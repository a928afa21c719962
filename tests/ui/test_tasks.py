"""Work done off the UI thread reports back on the UI thread."""

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.tasks import run_in_background, watch


def test_the_result_arrives_on_the_ui_thread(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[object, bool]] = []

    def slow() -> str:
        time.sleep(0.05)
        return threading.current_thread().name

    watch(run_in_background(slow),
          lambda name: seen.append((name, threading.current_thread() is threading.main_thread())),
          lambda error: seen.append((error, False)), owner)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    worker_name, on_ui_thread = seen[0]
    assert str(worker_name).startswith("ui-background") and on_ui_thread


def test_a_failure_arrives_as_the_exception(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    errors: list[BaseException] = []

    def broken() -> None:
        raise ValueError("card removed")

    watch(run_in_background(broken), lambda _: None, errors.append, owner)
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    with pytest.raises(ValueError, match="card removed"):
        raise errors[0]
