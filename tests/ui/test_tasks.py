"""Work done off the UI thread reports back on the UI thread."""

import threading
import time
from concurrent.futures import CancelledError, Future

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui import tasks
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


def test_cancelled_work_arrives_as_a_failure_and_nothing_is_held(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    errors: list[BaseException] = []
    future: Future[str] = Future()
    watch(future, lambda _: None, errors.append, owner)
    assert future.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert isinstance(errors[0], CancelledError)
    assert not tasks._in_flight  # noqa: SLF001 - no relay waits for work that will never end


def test_an_owner_gone_first_gets_no_callback(qtbot: QtBot) -> None:
    owner = QWidget()
    seen: list[object] = []
    gate = threading.Event()
    watch(run_in_background(lambda: gate.wait(2) and "late"), seen.append, seen.append, owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=2000)
    gate.set()
    qtbot.waitUntil(lambda: not tasks._in_flight, timeout=2000)  # noqa: SLF001
    assert seen == []
