"""Keeping the focused field in sight inside a scroll area, also when the on-screen keyboard
appears under it and the area shrinks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


class FocusFollower(QObject):
    """Scrolls ``area`` so that the focused widget inside it stays visible."""

    def __init__(self, area: QScrollArea, margin: int = 24) -> None:
        super().__init__(area)
        self.area = area
        self.margin = margin
        area.viewport().installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def follow(self) -> None:
        """Bring the focused widget into view, if it lives in the area."""
        try:
            content = self.area.widget()
        except RuntimeError:  # the area is gone
            return
        focused = QApplication.focusWidget()
        if content is not None and focused is not None and content.isAncestorOf(focused):
            self.area.ensureWidgetVisible(focused, self.margin, self.margin)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        QTimer.singleShot(0, self, self.follow)  # once the layout has settled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.follow)
        return False
