"""The Qt binding the kiosk runs on keeps Python's reference counts straight.

PySide6 6.12.0 released a reference to None on every ``processEvents()`` call: after a few
thousand calls (any wait loop, any test waiting on a signal) the interpreter crashed at
random. pyproject.toml keeps PySide6 below it; this fails at once on a release with the bug.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


def test_processing_events_does_not_release_references_it_does_not_hold(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = sys.getrefcount(None)
    for _ in range(200):
        app.processEvents()
    assert sys.getrefcount(None) >= before - 20, "this PySide6 release corrupts None's refcount"
