"""«Общие документы»: the attachments the central database keeps («Приложения к заявлению») and
the official documents («Общие документы»: those the central service issued, downloaded like
any document; from a service that issues none, rendered here from the application's data),
each with «Скачать» and, at the clerk's desk, printing; and the kiosk's in-window preview."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.central.views import ApplicationDetailView, BenefitCategoryView, DocumentContentView
from kiosk.domain.rules import RegionRules
from kiosk.logs import get_logger
from kiosk.ui.actions.base import Worker
from kiosk.ui.actions.refusals import refusal_text
from kiosk.ui.i18n import current_language
from kiosk.ui.journal.generated import GeneratedDocument, documents_of, render_document
from kiosk.ui.journal.printing import (
    DocumentOutput,
    OutputDocument,
    PrintError,
    page_images,
    paint,
    print_document,
    save_into,
)
from kiosk.ui.labels import ACTION, DOCUMENT_KIND, GENERATED_DOCUMENT, fmt_date, label
from kiosk.ui.registration.base import card, section_title
from kiosk.ui.tasks import run_in_background, watch
from kiosk.ui.widgets import TOUCH, bar_button

_log = get_logger("ui")


class DocumentsTab(QWidget):
    """The application's documents: «Скачать» saves (clerk) or previews (kiosk); «Печать»."""

    preview_requested = Signal(object)
    """Kiosk mode: show this :class:`OutputDocument` in the in-window preview."""

    def __init__(self, worker: Worker, token: str, *, kiosk_mode: bool, rules: RegionRules,
                 verify_base_url: str, output: DocumentOutput,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.token = token
        self.kiosk_mode = kiosk_mode
        self.rules = rules
        self.verify_base_url = verify_base_url
        self.output = output
        self.detail: ApplicationDetailView | None = None
        self.categories: tuple[BenefitCategoryView, ...] = ()
        self.buttons: list[QPushButton] = []
        self.rows: list[tuple[str, Callable[[], Future[OutputDocument]]]] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("pageContent")
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(0, 12, 0, 12)
        self.layout_.setSpacing(16)
        self.attachments_card, attachments = card()
        self.attachments_title = section_title()
        self.attachments_grid = QGridLayout()
        attachments.addWidget(self.attachments_title)
        attachments.addLayout(self.attachments_grid)
        self.generated_card, generated = card()
        self.generated_title = section_title()
        self.generated_grid = QGridLayout()
        generated.addWidget(self.generated_title)
        generated.addLayout(self.generated_grid)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.layout_.addWidget(self.generated_card)
        self.layout_.addWidget(self.attachments_card)
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(1)
        scroll.setWidget(content)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        self.message.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.message)

    # -- content -----------------------------------------------------------------------

    def set_detail(self, detail: ApplicationDetailView | None,
                   categories: tuple[BenefitCategoryView, ...] = ()) -> None:
        self.detail = detail
        self.categories = categories
        self.show_message("")
        self._render()

    def generated(self) -> list[GeneratedDocument]:
        return documents_of(self.detail) if self.detail is not None else []

    def _render(self) -> None:
        for grid in (self.attachments_grid, self.generated_grid):
            while grid.count():
                item = grid.takeAt(0)
                if widget := item.widget():
                    widget.setParent(None)
                    widget.deleteLater()
        self.buttons = []
        self.rows = []
        detail = self.detail
        if detail is None:
            return
        tz = self.rules.tz
        official = getattr(detail, "official_documents", None) or []
        for issued in official:  # issued and kept by the central service: QR-verifiable
            name = label(GENERATED_DOCUMENT, issued.doc_type)
            created = fmt_date(issued.issued_at.astimezone(tz).date())
            self._add_row(self.generated_grid, name, created,
                          lambda i=issued.id: self._fetch(i))
        if not official:  # a central service that issues none: rendered here from the data
            for document in self.generated():
                name = label(GENERATED_DOCUMENT, document.kind.value)
                created = fmt_date(document.created_at.astimezone(tz).date())
                self._add_row(self.generated_grid, name, created,
                              lambda d=document: self._render_generated(d))
        for info in detail.documents:
            name = self._attachment_name(info.kind, info.name)
            self._add_row(self.attachments_grid, name,
                          fmt_date(info.created_at.astimezone(tz).date()),
                          lambda i=info.id: self._fetch(i))
        self.generated_card.setVisible(self.generated_grid.count() > 0)
        self.attachments_card.setVisible(self.attachments_grid.count() > 0)
        self.empty.setVisible(not self.rows)
        self.retranslate()

    def _attachment_name(self, kind: str, name: str) -> str:
        if kind == "signed_request":
            action = name.split("-", 1)[0]
            return f"{label(DOCUMENT_KIND, kind)}: {label(ACTION, action)}"
        if kind == "benefit_document":
            return f"{label(DOCUMENT_KIND, kind)}: {name}"
        return name

    def _add_row(self, grid: QGridLayout, name: str, created: str,
                 fetch: Callable[[], Future[OutputDocument]]) -> None:
        row = grid.rowCount()
        title = QLabel(name)
        title.setObjectName("documentName")
        title.setWordWrap(True)
        day = QLabel(created)
        day.setObjectName("hint")
        grid.addWidget(title, row, 0)
        grid.addWidget(day, row, 1)
        grid.setColumnStretch(0, 1)
        index = len(self.rows)
        self.rows.append((name, fetch))
        download = QPushButton()
        download.setObjectName("download")
        download.setProperty("what", "download")
        download.clicked.connect(lambda _=False, i=index: self.download(i))
        buttons = [download]
        if not self.kiosk_mode:
            printing = QPushButton()
            printing.setProperty("what", "print")
            printing.clicked.connect(lambda _=False, i=index: self.print(i))
            preview = QPushButton()
            preview.setProperty("what", "preview")
            preview.clicked.connect(lambda _=False, i=index: self.print_preview(i))
            buttons += [printing, preview]
        for column, button in enumerate(buttons, start=2):
            button.setMinimumHeight(TOUCH)
            grid.addWidget(button, row, column)
            self.buttons.append(button)

    # -- getting a document ------------------------------------------------------------

    def _render_generated(self, document: GeneratedDocument) -> Future[OutputDocument]:
        detail, categories = self.detail, self.categories
        assert detail is not None
        language, rules, base = current_language(), self.rules, self.verify_base_url
        name = f"{detail.summary.number}-{document.kind.value}.pdf"

        def work() -> OutputDocument:
            content = render_document(detail, document, language, categories, base, rules)
            return OutputDocument(name, "application/pdf", content)

        return run_in_background(work)

    def _fetch(self, document_id: int) -> Future[OutputDocument]:
        detail, token = self.detail, self.token
        assert detail is not None
        number = detail.summary.number
        future = self.worker.call(lambda link: link.document(token, number, document_id))
        result: Future[OutputDocument] = Future()

        def done(finished: Future[DocumentContentView]) -> None:
            error = finished.exception()
            if error is not None:
                result.set_exception(error)
            else:
                view = finished.result()
                result.set_result(OutputDocument(view.name, view.mime, view.content))

        future.add_done_callback(done)
        return result

    def _get(self, index: int, then: Callable[[OutputDocument], None]) -> None:
        self._set_busy(True)
        self.show_message(self.tr("Preparing the document…"))
        title, fetch = self.rows[index]

        def ready(document: OutputDocument) -> None:
            self._set_busy(False)
            then(replace(document, title=title))

        watch(fetch(), ready, self._failed, self)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        _log.warning("document unavailable: %s", type(error).__name__)
        self.show_message(self.tr("The document could not be prepared.") + " "
                          + refusal_text(error), error=True)

    # -- what the buttons do -----------------------------------------------------------

    def download(self, index: int) -> None:
        """Kiosk: preview in the window; clerk: save into a chosen folder."""
        self._get(index, self._preview if self.kiosk_mode else self._save)

    def print(self, index: int) -> None:
        self._get(index, lambda document: self._print(document, ask=True))

    def print_preview(self, index: int) -> None:
        self._get(index, self._print_preview)

    def _preview(self, document: OutputDocument) -> None:
        self.show_message("")
        self.preview_requested.emit(document)

    def _save(self, document: OutputDocument) -> None:
        folder = self.output.choose_folder(
            self, self.tr("Choose the folder to save the document in"))
        if folder is None:
            self.show_message("")
            return
        try:
            path = save_into(folder, document)
        except OSError:
            self.show_message(self.tr("The document could not be saved into {folder}.")
                              .replace("{folder}", str(folder)), error=True)
            return
        self.show_message(self.tr("Saved: {path}").replace("{path}", str(path)))

    def _print(self, document: OutputDocument, ask: bool) -> None:
        text, ok = print_message(self, document, self.output, ask)
        self.show_message(text, error=not ok)

    def _print_preview(self, document: OutputDocument) -> None:
        self.show_message("")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(document.name)
        failures: list[str] = []

        def paint_pages(target: QPrinter) -> None:
            try:
                paint(document, target)
            except PrintError as error:
                failures.append(error.code)

        dialog.paintRequested.connect(paint_pages)
        dialog.exec()
        if failures:
            self.show_message(print_error_text(self, failures[0]), error=True)

    # -- states ------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not busy)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setObjectName("error" if error else "status")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def retranslate(self) -> None:
        self.attachments_title.setText(self.tr("Attachments to the application"))
        self.generated_title.setText(self.tr("General documents"))
        self.empty.setText(self.tr("The application has no documents yet."))
        captions = {"download": self.tr("Download"), "print": self.tr("Print"),
                    "preview": self.tr("Print preview")}
        for button in self.buttons:
            button.setText(captions[str(button.property("what"))])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)


def print_error_text(widget: QWidget, code: str) -> str:
    """The sentence for a printing failure (in the ``DocumentsTab`` context)."""

    if code == "no_printer":
        return QCoreApplication.translate(
            "DocumentsTab", "No printer is connected. The document stays available: download "
            "it or print it later.")
    if code == "not_printable":
        return QCoreApplication.translate(
            "DocumentsTab", "This document cannot be printed here. Download it instead.")
    return QCoreApplication.translate(
        "DocumentsTab", "The printer did not print the document. Check the printer and try "
        "again; the document stays available.")


def print_message(widget: QWidget, document: OutputDocument, output: DocumentOutput,
                  ask: bool) -> tuple[str, bool]:
    """Print; say how it went (empty: cancelled) and whether it went well."""

    try:
        printed = print_document(document, output, widget, ask)
    except PrintError as error:
        _log.warning("printing failed: %s", error.code)
        return print_error_text(widget, error.code), False
    if not printed:
        return "", True
    return QCoreApplication.translate("DocumentsTab", "The document was sent to the printer."), True


class DocumentPreview(QWidget):
    """The kiosk's preview of a document inside its window: the pages, «Печать», «Закрыть»."""

    closed = Signal()

    def __init__(self, output: DocumentOutput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.output = output
        self.document: OutputDocument | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QWidget()
        self.pages.setObjectName("pageContent")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(16)
        self.scroll.setWidget(self.pages)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        self.print_button = bar_button("primary", self.print)
        self.close_button = bar_button("secondary", self.closed)
        bar = QFrame()
        bar.setObjectName("buttonBar")
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(32, 8, 32, 8)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.print_button)
        page = QVBoxLayout()
        page.setContentsMargins(32, 8, 0, 0)
        page.setSpacing(8)
        page.addWidget(self.title)
        page.addWidget(self.scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(page, 1)
        layout.addWidget(bar)  # the whole width, as under every other page
        self.retranslate()

    def show_document(self, document: OutputDocument, title: str = "") -> None:
        self.document = document
        self.title.setText(title or document.title or document.name)
        self.message.setText("")
        self.message.setObjectName("status")
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if widget := item.widget():
                widget.setParent(None)
                widget.deleteLater()
        try:
            images = page_images(document, 900)
        except PrintError:
            images = []
        if not images:
            text = QLabel(document.content.decode("utf-8", errors="replace")[:20000])
            text.setWordWrap(True)
            text.setObjectName("documentText")
            self.pages_layout.addWidget(text)
        for image in images:
            page = QLabel()
            page.setObjectName("documentPage")
            page.setPixmap(QPixmap.fromImage(image))
            self.pages_layout.addWidget(page)
        self.scroll.verticalScrollBar().setValue(0)

    def print(self) -> None:
        if self.document is None:
            return
        text, ok = print_message(self, self.document, self.output, ask=False)
        self.message.setObjectName("status" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def clear(self) -> None:
        self.document = None
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if widget := item.widget():
                widget.setParent(None)
                widget.deleteLater()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
