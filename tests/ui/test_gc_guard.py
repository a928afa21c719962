"""Garbage is collected by a timer on the UI thread, never automatically on a worker."""

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.gc_guard import collect_on_ui_thread


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_cycles_are_collected_by_the_ui_timer(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    timer = collect_on_ui_thread(owner)
    try:
        assert not gc.isenabled() and timer.isActive()
        # Windows of an earlier test freed while this one waits would lower the allocation
        # count below the threshold: free them now, then start the counts at zero.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        node = _Node()
        gone = weakref.ref(node)
        del node
        _ = [[] for _ in range(gc.get_threshold()[0] + 10)]  # allocations that make it due
        assert gone() is not None  # nothing collected it automatically
        qtbot.waitUntil(lambda: gone() is None, timeout=3000)
    finally:
        timer.stop()
