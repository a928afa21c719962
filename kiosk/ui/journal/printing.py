"""Saving, previewing and printing a document of «Общие документы».

PDFs are drawn page by page from QtPdf's rendering, images as they are, XML as text. A
missing or failing printer raises :class:`PrintError` with a stable code; the caller says so
and the document stays available to save or print again. The dialogs (folder, printer) sit
behind :class:`DocumentOutput` so that tests and the kiosk can replace them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

MAX_PAGE_PIXELS = 2480
"""Width of a page image at most (A4 at 300 dpi)."""


@dataclass(frozen=True)
class OutputDocument:
    """A document to save, show or print."""

    name: str
    mime: str
    content: bytes
    title: str = ""
    """What the journal calls it («Уведомление о регистрации»); the file name otherwise."""

    @property
    def is_pdf(self) -> bool:
        return self.mime == "application/pdf" or self.content.startswith(b"%PDF-")

    @property
    def is_image(self) -> bool:
        return self.mime in ("image/png", "image/jpeg")


class PrintError(Exception):
    """Printing failed: ``code`` is ``no_printer``, ``printer_failed`` or ``not_printable``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def safe_name(name: str) -> str:
    """A file name without directories or characters file systems refuse."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .")
    return cleaned or "document"


def save_into(folder: Path, document: OutputDocument) -> Path:
    """Write ``document`` into ``folder`` under a name not yet taken; return the path."""
    base = Path(safe_name(document.name))
    path = folder / base.name
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"{base.stem} ({counter}){base.suffix}"
    path.write_bytes(document.content)
    return path


def page_images(document: OutputDocument, width: int = 1000) -> list[QImage]:
    """The document's pages as images ``width`` pixels wide (PDF and images only)."""
    if document.is_image:
        image = QImage.fromData(document.content)
        if image.isNull():
            raise PrintError("not_printable")
        return [image]
    if not document.is_pdf:
        raise PrintError("not_printable")
    from PySide6.QtPdf import QPdfDocument

    pdf = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(document.content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf.load(buffer)
    if pdf.status() != QPdfDocument.Status.Ready or pdf.pageCount() == 0:
        raise PrintError("not_printable")
    images = []
    for page in range(pdf.pageCount()):
        points = pdf.pagePointSize(page)
        height = round(width * points.height() / max(points.width(), 1.0))
        images.append(pdf.render(page, QSize(width, height)))
    pdf.close()
    return images


def paint(document: OutputDocument, printer: QPrinter) -> None:
    """Draw ``document`` on ``printer`` (or a print preview's printer)."""
    if not document.is_pdf and not document.is_image:
        text = QTextDocument()
        text.setPlainText(document.content.decode("utf-8", errors="replace"))
        text.print_(printer)
        return
    page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    images = page_images(document, min(max(page.width(), 600), MAX_PAGE_PIXELS))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("printer_failed")
    try:
        for number, image in enumerate(images):
            if number and not printer.newPage():
                raise PrintError("printer_failed")
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()


class DocumentOutput:
    """The dialogs behind «Скачать» and «Печать»: a folder, a printer."""

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        """The folder to save into (None: cancelled)."""
        folder = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
        return Path(folder) if folder else None

    def printer(self) -> QPrinter | None:
        """The printer to use, None when none is installed."""
        if not QPrinterInfo.availablePrinters():
            return None
        return QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)

    def confirm(self, printer: QPrinter, parent: QWidget) -> bool:
        """Clerk mode: the print dialog (printer, copies, pages); False when cancelled."""
        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(document: OutputDocument, output: DocumentOutput, parent: QWidget,
                   ask: bool) -> bool:
    """Print ``document``; ``ask`` shows the print dialog first. False when cancelled;
    raises :class:`PrintError` when there is no printer or it failed."""
    printer = output.printer()
    if printer is None:
        raise PrintError("no_printer")
    if ask and not output.confirm(printer, parent):
        return False
    paint(document, printer)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError("printer_failed")
    return True
