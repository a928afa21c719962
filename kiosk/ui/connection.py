"""Whether the central database can be reached, shown in the screens' headers.

:class:`ConnectionState` subscribes to the :class:`~kiosk.sync.worker.SyncWorker`, whose
callbacks come from its own threads, and re-emits each change as a Qt signal (a queued
connection brings it to the UI thread). :class:`OnlineIndicator` shows «no connection» while
the link is down; applications are still accepted then (they wait in the outbox).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.sync.worker import SyncWorker
from kiosk.ui.widgets import repolish


class ConnectionState(QObject):
    """The link's state on the UI thread: ``changed(online)`` with True, False (or None)."""

    changed = Signal(object)
    _arrived = Signal(object)  # emitted on a worker thread; queued to this object's thread

    def __init__(self, worker: SyncWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online: bool | None = worker.online
        self._arrived.connect(self._update)
        unsubscribe = worker.subscribe(self._from_worker)
        self._unsubscribe = unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())

    def close(self) -> None:
        """Stop listening to the worker (the window is closing)."""
        self._unsubscribe()

    def _from_worker(self, online: bool) -> None:
        try:
            self._arrived.emit(online)
        except RuntimeError:  # the state object is gone; the worker outlives it
            pass

    def _update(self, online: object) -> None:
        value = online if isinstance(online, bool) else None
        if value != self.online:
            self.online = value
            self.changed.emit(value)


class OnlineIndicator(QLabel):
    """«Нет связи с центральной базой», shown only while the link is down."""

    def __init__(self, state: ConnectionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onlineIndicator")
        self.state = state
        state.changed.connect(self._show)
        self._show(state.online)

    def _show(self, online: object) -> None:
        offline = online is False
        if self.parentWidget() is not None:  # a parentless label would show as a window
            self.setVisible(offline)
        elif not offline:
            self.hide()
        if self.property("offline") != offline:
            self.setProperty("offline", offline)
            repolish(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText("● " + self.tr("No connection to the central database"))
        self.setToolTip(self.tr("Applications are accepted and will be sent as soon as the "
                                "connection returns."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self._show(self.state.online)
        return super().event(event)
