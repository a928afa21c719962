"""The scans of benefit documents an action attaches: «Добавить скан-копию», one row per
accepted file with «Удалить», and the refusal of a bad file."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.central.protocol import Attachment
from kiosk.domain.scans import Scan, ScanError, check_scan
from kiosk.ui.errors import error_text
from kiosk.ui.scan_picker import ScanChooser, ScanRows
from kiosk.ui.widgets import TOUCH, RewordedLabel, Wording


class ScanList(QWidget):
    """Scans chosen through a :class:`ScanChooser` (the clerk's file dialog, the kiosk's
    scanner folder), checked with ``check_scan``."""

    changed = Signal()

    def __init__(self, chooser: ScanChooser | None, max_scan_mb: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser = chooser
        self.max_scan_mb = max_scan_mb
        self.scans: list[Scan] = []
        self.opened_at = time.time()  # a shared scanner folder: only this visitor's files
        self.scan_rows = ScanRows()
        self.scan_rows.removed.connect(self.remove)
        self.add = QPushButton()
        self.add.setObjectName("secondary")
        self.add.setMinimumHeight(TOUCH + 8)
        self.add.setEnabled(chooser is not None)
        self.add.clicked.connect(self._choose)
        self.formats = QLabel()
        self.formats.setObjectName("hint")
        self.formats.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_line = RewordedLabel(self.error)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add)
        add_row.addWidget(self.formats, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.scan_rows)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        self.retranslate()

    def attachments(self, issued_on: object = None) -> tuple[Attachment, ...]:
        return tuple(Attachment(s.name, s.media_type, s.content,
                                issued_on)  # type: ignore[arg-type]
                     for s in self.scans)

    def add_files(self, paths: list[Path]) -> None:
        """Check each file and keep the good ones; show the first refusal."""
        max_bytes = self.max_scan_mb * 1024 * 1024
        problem: Wording | None = None
        for path in paths:
            try:
                if path.stat().st_size > max_bytes:
                    raise ValueError(ScanError.TOO_LARGE)
                self.scans.append(check_scan(path.name, path.read_bytes(), max_bytes))
            except OSError:
                problem = problem or self._refusal(path.name, "scan_open")
            except ValueError as exc:
                reason = exc.args[0]
                code = reason.value if isinstance(reason, ScanError) else "scan_unreadable"
                problem = problem or self._refusal(path.name, code)
        self.error_line.say(problem)
        self._render()
        self.changed.emit()

    def _refusal(self, name: str, code: str) -> Wording:
        """Why the file ``name`` was not taken, kept as its wording."""
        max_scan_mb = self.max_scan_mb
        return lambda: f"{name}: {error_text(code, '', max_scan_mb)}"

    def remove(self, index: int) -> None:
        del self.scans[index]
        self.error_line.say(None)
        self._render()
        self.changed.emit()

    def clear(self) -> None:
        self.scans.clear()
        self.error_line.say(None)
        self._render()

    def retranslate(self) -> None:
        self.add.setText(self.tr("Add a scan"))
        self.formats.setText(self.tr("PDF, JPEG or PNG, at most {mb} MB each.")
                             .replace("{mb}", str(self.max_scan_mb)))
        self.error_line.reword()
        self._render()

    def _choose(self) -> None:
        if self.chooser is not None:
            self.chooser.choose(self, self.add_files, self.opened_at)

    def _render(self) -> None:
        self.scan_rows.show_scans(self.scans)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
