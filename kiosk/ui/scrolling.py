"""Scrolling pages: the kiosk's frameless vertical scroll areas, and keeping the focused field
in sight inside one, also when the on-screen keyboard appears under it and the area shrinks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget


def vertical_scroll(area: QScrollArea | None = None) -> QScrollArea:
    """``area`` (or a new one) made the kiosk's way: frameless, its widget as wide as the
    area, scrolling up and down only."""
    area = area if area is not None else QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def scroll_page(margins: tuple[int, int, int, int] = (32, 16, 32, 16),
                area: QScrollArea | None = None) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A page that scrolls: the area, its "pageContent" widget and that widget's layout."""
    area = vertical_scroll(area)
    content = QWidget()
    content.setObjectName("pageContent")
    body = QVBoxLayout(content)
    body.setContentsMargins(*margins)
    body.setSpacing(16)
    area.setWidget(content)
    return area, content, body


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
