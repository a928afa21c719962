"""Python's garbage collector runs on the UI thread only.

Left automatic, a collection can start on whichever thread happens to allocate — a sync or
card worker — and destroy Qt objects caught in reference cycles there, which crashes Qt.
So automatic collection is switched off and a timer on the UI thread collects instead, as
often as the automatic thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 500
_TIMER_NAME = "ui-thread-gc"


def collect_if_due() -> None:
    """Collect the generations whose allocation counts passed their thresholds."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return
    generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
    gc.collect(generation)


def collect_on_ui_thread(owner: QObject) -> QTimer:
    """Switch automatic collection off and collect from a timer owned by ``owner`` (once per
    owner: a second call returns the running timer)."""
    running = owner.findChild(QTimer, _TIMER_NAME)
    if running is not None:
        return running
    gc.disable()
    timer = QTimer(owner)
    timer.setObjectName(_TIMER_NAME)
    timer.setInterval(_INTERVAL_MS)
    timer.timeout.connect(collect_if_due)
    timer.start()
    return timer


def collect_automatically(owner: QObject) -> None:
    """Undo :func:`collect_on_ui_thread` for ``owner``: its timer goes, automatic collection
    returns (a test that started the kiosk in the shared test application)."""
    running = owner.findChild(QTimer, _TIMER_NAME)
    if running is not None:
        running.stop()
        running.setParent(None)
    gc.enable()
