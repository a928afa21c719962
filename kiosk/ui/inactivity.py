"""Inactivity in kiosk mode: after a quiet spell a warning with a countdown, then a wipe.

The watchdog is an event filter on the whole application: any touch, click, key or wheel
turn counts as presence. Times are in milliseconds so the tests can run them fast; the
kiosk takes them from ``KioskSection.inactivity_timeout_s`` / ``inactivity_warning_s``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.settings import KioskSection
from kiosk.ui.widgets import TOUCH, Overlay

_ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.KeyPress, QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
})


@dataclass(frozen=True)
class InactivityTimes:
    """How long a quiet kiosk waits before the warning, and how long the warning lasts."""

    timeout_ms: int
    warning_ms: int
    tick_ms: int = 1000

    def __post_init__(self) -> None:
        if not 0 < self.warning_ms < self.timeout_ms:
            raise ValueError("the warning must be shorter than the timeout")

    @classmethod
    def from_settings(cls, kiosk: KioskSection) -> InactivityTimes:
        return cls(kiosk.inactivity_timeout_s * 1000, kiosk.inactivity_warning_s * 1000)


class InactivityWatchdog(QObject):
    """Counts presence while armed; ``warned`` → ``countdown`` … → ``expired``, or ``resumed``."""

    warned = Signal(int)       # milliseconds left before the wipe
    countdown = Signal(int)    # milliseconds left, every tick of the warning
    resumed = Signal()         # someone touched the kiosk during the warning
    expired = Signal()         # time is up: wipe everything personal

    def __init__(self, times: InactivityTimes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.times = times
        self._quiet = QTimer(self, singleShot=True, interval=times.timeout_ms - times.warning_ms)
        self._quiet.timeout.connect(self._warn)
        self._tick = QTimer(self, interval=times.tick_ms)
        self._tick.timeout.connect(self._count)
        self._final = QTimer(self, singleShot=True, interval=times.warning_ms)
        self._final.timeout.connect(self._expire)
        self._clock = QElapsedTimer()
        self.armed = False
        self.warning = False

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def start(self) -> None:
        """Arm the watchdog (a visitor left the home screen)."""
        self.armed = True
        self.poke()

    def stop(self) -> None:
        """Disarm it (back home: nothing personal is on screen)."""
        self.armed = False
        self.warning = False
        for timer in (self._quiet, self._tick, self._final):
            timer.stop()

    def poke(self) -> None:
        """Someone is there: start the quiet spell again, ending any warning."""
        if not self.armed:
            return
        was_warning = self.warning
        self.warning = False
        self._tick.stop()
        self._final.stop()
        self._quiet.start()
        if was_warning:
            self.resumed.emit()

    def remaining_ms(self) -> int:
        if not self.warning:
            return self.times.warning_ms
        return max(0, self.times.warning_ms - self._clock.elapsed())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self.armed and event.type() in _ACTIVITY and watched.isWidgetType():
            self.poke()
        return False

    def _warn(self) -> None:
        self.warning = True
        self._clock.start()
        self._final.start()
        self._tick.start()
        self.warned.emit(self.times.warning_ms)

    def _count(self) -> None:
        self.countdown.emit(self.remaining_ms())

    def _expire(self) -> None:
        self.stop()
        self.expired.emit()


class InactivityWarning(Overlay):
    """«Вы еще здесь?» with the seconds left and «Продолжить»."""

    continue_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("overlayTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds = QLabel()
        self.seconds.setObjectName("countdown")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resume = QPushButton()
        self.resume.setObjectName("primary")
        self.resume.setMinimumHeight(TOUCH + 16)
        self.resume.setMinimumWidth(320)
        self.resume.clicked.connect(self.continue_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.resume)
        buttons.addStretch()
        self.body.addWidget(self.title)
        self.body.addWidget(self.seconds)
        self.body.addWidget(self.message)
        self.body.addLayout(buttons)
        self._left_ms = 0
        self.retranslate()

    def show_left(self, milliseconds: int) -> None:
        self._left_ms = milliseconds
        self.seconds.setText(str(math.ceil(milliseconds / 1000)))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.message.setText(self.tr(
            "To protect your data, everything you entered will be erased in {seconds} s.")
            .replace("{seconds}", str(math.ceil(self._left_ms / 1000))))
        self.resume.setText(self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
