"""Where Step 2 gets scans of benefit documents from.

Clerk mode: the ordinary file dialog. Kiosk mode: no file system browsing for a parent, just
the files the service centre's scanner drops into a configured folder, newest first, in an
overlay inside the kiosk's window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.scans import Scan
from kiosk.ui.widgets import TOUCH, Overlay

SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")

Accept = Callable[[list[Path]], None]


class ScanChooser(Protocol):
    """Lets the user pick scans, then calls ``accept`` with their paths (maybe none).

    ``since`` is when this visitor's registration began (a ``time.time()`` stamp): a shared
    scanner folder must not show an earlier visitor's documents.
    """

    def choose(self, parent: QWidget, accept: Accept, since: float) -> None: ...


class FileDialogChooser:
    """The clerk's file dialog."""

    def choose(self, parent: QWidget, accept: Accept, since: float) -> None:
        title = QCoreApplication.translate("ScanFolderPicker", "Choose the scanned documents")
        names, _ = QFileDialog.getOpenFileNames(
            parent, title, "", "PDF, JPEG, PNG (*.pdf *.jpg *.jpeg *.png)")
        accept([Path(name) for name in names])


class FolderChooser:
    """The kiosk's list of the scanner folder's files."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def files(self, since: float = 0.0) -> list[Path]:
        """Scans in the folder written since ``since``, newest first."""
        if self.folder is None or not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            try:
                if (path.is_file() and path.suffix.lower() in SCAN_SUFFIXES
                        and path.stat().st_mtime >= since):
                    found.append((path.stat().st_mtime, path))
            except OSError:  # the scanner is still writing or just removed it
                continue
        return [path for _, path in sorted(found, reverse=True)]

    def choose(self, parent: QWidget, accept: Accept, since: float) -> None:
        picker = ScanFolderPicker(parent.window(), self, since)
        picker.chosen.connect(accept)
        picker.popup()


class ScanFolderPicker(Overlay):
    """«Выберите отсканированный документ»: a touch list of the scanner folder's files."""

    chosen = Signal(list)

    def __init__(self, parent: QWidget, source: FolderChooser, since: float = 0.0) -> None:
        super().__init__(parent)
        self.setObjectName("scanPicker")
        self.source = source
        self.since = since
        self.title = QLabel()
        self.title.setObjectName("overlayTitle")
        self.title.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("scanList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.list.setMinimumHeight(5 * TOUCH)
        self.list.itemSelectionChanged.connect(self._update_add)
        self.refresh_button = QPushButton()
        self.cancel_button = QPushButton()
        self.add_button = QPushButton()
        self.add_button.setObjectName("primary")
        for button in (self.refresh_button, self.cancel_button, self.add_button):
            button.setMinimumHeight(TOUCH + 8)
        self.refresh_button.clicked.connect(self.refresh)
        self.cancel_button.clicked.connect(self.close_picker)
        self.add_button.clicked.connect(self._add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        self.body.addWidget(self.title)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.list)
        self.body.addLayout(buttons)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for path in self.source.files(self.since):
            stamp = datetime.fromtimestamp(path.stat().st_mtime).strftime("%d.%m.%Y %H:%M")
            item = QListWidgetItem(f"{path.name}    {stamp}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setSizeHint(QSize(0, TOUCH + 8))
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        self._update_add()

    def _update_add(self) -> None:
        self.add_button.setEnabled(bool(self.list.selectedItems()))

    def _add(self) -> None:
        paths = [Path(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]
        self.close_picker()
        self.chosen.emit(paths)

    def close_picker(self) -> None:
        self.hide()
        self.deleteLater()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose the scanned documents"))
        self.empty.setText(self.tr(
            "There are no scans yet. Please ask the service centre staff to scan your document."))
        self.refresh_button.setText(self.tr("Refresh"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.add_button.setText(self.tr("Add"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ScanRows(QWidget):
    """The scans chosen so far, a row each: the file's name and size, and «Удалить»
    (``removed`` with the row's index). The rows are worded again on a language switch."""

    removed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(6)
        self.scans: tuple[Scan, ...] = ()

    def show_scans(self, scans: Sequence[Scan]) -> None:
        """One row per scan (nothing is rebuilt when they are the same)."""
        if tuple(scans) == self.scans:
            return
        self.scans = tuple(scans)
        self._render()

    def _render(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if widget := item.widget():
                widget.setParent(None)
                widget.deleteLater()
        for index, scan in enumerate(self.scans):
            row = QWidget()
            row.setObjectName("scanRow")
            line = QHBoxLayout(row)
            line.setContentsMargins(12, 4, 4, 4)
            name = QLabel(f"{scan.name}  ({self._size(len(scan.content))})")
            name.setObjectName("scanName")
            remove = QPushButton(self.tr("Remove"))
            remove.setObjectName("secondary")
            remove.setMinimumHeight(TOUCH)
            remove.clicked.connect(lambda _=False, i=index: self.removed.emit(i))
            line.addWidget(name, 1)
            line.addWidget(remove)
            self.rows.addWidget(row)

    def _size(self, length: int) -> str:
        if length >= 1024 * 1024:
            return self.tr("{size} MB").replace("{size}", f"{length / 1024 / 1024:.1f}")
        return self.tr("{size} KB").replace("{size}", str(max(1, length // 1024)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
