"""The result: «Заявление зарегистрировано», its number and queue number, or «accepted,
pending delivery» when the kiosk is offline; «ОК» goes home."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kiosk.central.views import ApplicationDetailView, DocumentContentView
from kiosk.domain.rules import RegionRules
from kiosk.ui.i18n import current_language
from kiosk.ui.journal.documents import DocumentPreview, print_error_text, print_message
from kiosk.ui.journal.generated import GeneratedDocument, document_data
from kiosk.ui.journal.printing import (
    DocumentOutput,
    OutputDocument,
    PrintError,
    page_images,
    paint,
    save_into,
)
from kiosk.ui.labels import GENERATED_DOCUMENT, fmt_date, label
from kiosk.ui.registration.base import FormPage, card, nav_button, section_title
from kiosk.ui.tasks import run_in_background, watch
from kiosk.ui.widgets import TOUCH
from kiosk.ui.widgets import ValueGrid, repolish
from kiosk.wizard.registration import RegistrationState, RegistrationWizard


class ResultPage(FormPage):
    """What the central service (or the outbox) answered."""

    def __init__(self, wizard: RegistrationWizard, parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        self.mark = QLabel()
        self.mark.setObjectName("resultMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        frame, inner = card()
        self.values = ValueGrid((("number", "queue"),))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("resultMessage")
        inner.addWidget(self.values)
        inner.addWidget(self.message)
        self.docs_frame, docs = card()
        self.docs_title = section_title()
        self.docs_hint = QLabel()
        self.docs_hint.setObjectName("hint")
        self.docs_hint.setWordWrap(True)
        self.docs_grid = QGridLayout()
        self.slip_button = QPushButton()
        self.slip_button.setMinimumHeight(TOUCH)
        self.slip_button.clicked.connect(self.print_slip)
        self.slip_button.hide()
        self.docs_message = QLabel()
        self.docs_message.setObjectName("status")
        self.docs_message.setWordWrap(True)
        self.docs_message.hide()
        for widget in (self.docs_title, self.docs_hint):
            docs.addWidget(widget)
        docs.addLayout(self.docs_grid)
        docs.addWidget(self.slip_button)
        docs.addWidget(self.docs_message)
        self.docs_frame.hide()
        self.doc_buttons: list[QPushButton] = []
        self.detail: ApplicationDetailView | None = None
        self.fetch_document: Callable[[int], Any] | None = None
        self.output = DocumentOutput()
        self.kiosk_mode = True
        self.verify_base_url = ""
        self.rules = RegionRules()
        self.preview: DocumentPreview | None = None
        self.body.addStretch(1)
        self.body.addWidget(self.mark)
        self.body.addWidget(self.title)
        self.body.addWidget(frame)
        self.body.addWidget(self.docs_frame)
        self.body.addStretch(2)
        self.ok = nav_button(primary=True)
        self.ok.clicked.connect(self.next_clicked)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.ok)
        self.buttons.addStretch(1)
        self.retranslate()
        self.render(wizard.state)

    def first_field(self) -> QWidget | None:
        return self.ok

    def retranslate(self) -> None:
        self.values.set_captions({"number": self.tr("Application number"),
                                  "queue": self.tr("Queue number")})
        self.ok.setText(self.tr("OK"))
        self.docs_title.setText(self.tr("Documents"))
        self.slip_button.setText(self.tr("Print receipt"))
        captions = {"download": self.tr("Download"), "print": self.tr("Print")}
        for button in self.doc_buttons:
            button.setText(captions[str(button.property("what"))])
        if self.detail is not None:
            self.docs_hint.setText("" if self.doc_buttons else self.tr(
                "The application has no documents yet."))
        self.docs_hint.setVisible(bool(self.docs_hint.text()))  # no empty line under the title

    def render(self, state: RegistrationState) -> None:
        receipt = state.receipt
        if receipt is None:
            return
        pending = receipt.pending_delivery
        self.mark.setText("✓")
        if self.mark.property("pending") != pending:
            self.mark.setProperty("pending", pending)
            repolish(self.mark)
        if pending:
            self.docs_frame.show()
            self.docs_hint.setText(self.tr(
                "The documents will be available after the application is delivered."))
            self.docs_hint.show()
            self.title.setText(self.tr("Application accepted, pending delivery"))
            self.message.setText(self.tr(
                "There is no connection to the central database right now. Your signed "
                "application is saved and will be delivered automatically as soon as the "
                "connection returns; the queue number will be given then and sent to your "
                "e-mail and phone."))
        else:
            self.title.setText(self.tr("Application registered"))
            self.message.setText(self.tr(
                "Notifications will be sent to the e-mail address and phone number you gave."))
        later = self.tr("after delivery")
        queue = str(receipt.queue_position) if receipt.queue_position is not None else later
        self.values.set_values({"number": receipt.number or later, "queue": queue})

    # -- the official documents and the receipt slip -------------------------------------

    def load_documents(self, worker: Any, token: str, number: str, *, kiosk_mode: bool,
                       output: DocumentOutput, verify_base_url: str,
                       rules: RegionRules | None = None) -> None:
        """Fetch the application's official documents off the UI thread and list them."""
        self.kiosk_mode, self.output = kiosk_mode, output
        self.verify_base_url, self.rules = verify_base_url, rules or RegionRules()
        self.fetch_document = lambda document_id: worker.call(
            lambda link: link.document(token, number, document_id))
        self.docs_frame.show()
        self.docs_hint.setText(self.tr("Loading the documents…"))
        self.docs_hint.show()
        watch(worker.call(lambda link: link.application(token, number)),
              self._documents_ready, self._documents_failed, self)

    def _documents_ready(self, detail: ApplicationDetailView) -> None:
        self.detail = detail
        while self.docs_grid.count():
            item = self.docs_grid.takeAt(0)
            if widget := item.widget():
                widget.setParent(None)
                widget.deleteLater()
        self.doc_buttons = []
        for row, issued in enumerate(detail.official_documents or ()):
            name = label(GENERATED_DOCUMENT, issued.doc_type)
            self.docs_grid.addWidget(QLabel(name), row, 0)
            self.docs_grid.addWidget(
                QLabel(fmt_date(issued.issued_at.astimezone(self.rules.tz).date())), row, 1)
            self.docs_grid.setColumnStretch(0, 1)
            for column, what in enumerate(("download", "print"), start=2):
                button = QPushButton()
                button.setProperty("what", what)
                button.setMinimumHeight(TOUCH)
                button.clicked.connect(
                    lambda _=False, i=issued.id, n=name, w=what: self._get(i, n, w))
                self.docs_grid.addWidget(button, row, column)
                self.doc_buttons.append(button)
        self.slip_button.setVisible(detail.applicant is not None and detail.child is not None)
        self.retranslate()

    def _documents_failed(self, error: BaseException) -> None:
        self.docs_hint.setText(self.tr("The documents could not be loaded. They are "
                                       "available later in the «Applications journal»."))
        self.docs_hint.show()

    def _get(self, document_id: int, name: str, what: str) -> None:
        if self.fetch_document is None:
            return
        self._busy(True)
        self.show_docs_message(self.tr("Preparing the document…"))

        def ready(view: DocumentContentView) -> None:
            self._busy(False)
            document = OutputDocument(view.name, view.mime, view.content, title=name)
            if what == "print":
                text, ok = print_message(self, document, self.output, ask=not self.kiosk_mode)
                self.show_docs_message(text, error=not ok)
            elif self.kiosk_mode:
                self._preview(document)
            else:
                self._save(document)

        watch(self.fetch_document(document_id), ready, self._get_failed, self)

    def _get_failed(self, _error: BaseException) -> None:
        self._busy(False)
        self.show_docs_message(self.tr("The document could not be prepared."), error=True)

    def _save(self, document: OutputDocument) -> None:
        folder = self.output.choose_folder(
            self, self.tr("Choose the folder to save the document in"))
        if folder is None:
            self.show_docs_message("")
            return
        try:
            path = save_into(folder, document)
        except OSError:
            self.show_docs_message(self.tr("The document could not be saved."), error=True)
            return
        self.show_docs_message(self.tr("Saved: {path}").replace("{path}", str(path)))

    def _preview(self, document: OutputDocument) -> None:
        self.show_docs_message("")
        if self.preview is None:
            self.preview = DocumentPreview(self.output, self)
            self.preview.setWindowFlag(Qt.WindowType.Dialog)
            self.preview.setWindowModality(Qt.WindowModality.WindowModal)
            self.preview.closed.connect(self.preview.hide)
        self.preview.show_document(document)
        window = self.window()
        self.preview.resize(window.size())
        self.preview.move(window.pos())
        self.preview.show()

    def print_slip(self) -> None:
        """«Печать чека»: the 80 mm slip (number, date, QR) on the receipt printer."""
        detail = self.detail
        if detail is None:
            return
        language, base, rules = current_language(), self.verify_base_url, self.rules
        issued = next((d for d in detail.official_documents or ()
                       if d.doc_type == "registration"), None)

        def work() -> OutputDocument:
            from kiosk.documents.model import DocType
            from kiosk.documents.render import render_slip

            data = document_data(detail, GeneratedDocument(
                DocType.REGISTRATION, detail.summary.registered_at), language, (), base, rules)
            if issued is not None:
                data = replace(data, document_id=issued.document_id)
            return OutputDocument(f"{detail.summary.number}-slip.pdf", "application/pdf",
                                  render_slip(data))

        self._busy(True)
        self.show_docs_message(self.tr("Preparing the document…"))
        watch(run_in_background(work), self._print_slip, self._get_failed, self)

    def _print_slip(self, document: OutputDocument) -> None:
        self._busy(False)
        try:
            print_slip(document, self.output)
        except PrintError as error:
            self.show_docs_message(print_error_text(self, error.code), error=True)
            return
        self.show_docs_message(self.tr("The receipt was sent to the printer."))

    def _busy(self, busy: bool) -> None:
        for button in [*self.doc_buttons, self.slip_button]:
            button.setEnabled(not busy)

    def show_docs_message(self, text: str, error: bool = False) -> None:
        self.docs_message.setText(text)
        self.docs_message.setObjectName("error" if error else "status")
        repolish(self.docs_message)
        self.docs_message.setVisible(bool(text))


SLIP_WIDTH_MM = 80.0


def print_slip(document: OutputDocument, output: DocumentOutput) -> None:
    """Print the slip on a page 80 mm wide and as tall as the slip; raises PrintError."""
    printer = output.printer()
    if printer is None:
        raise PrintError("no_printer")
    first = page_images(document, 400)[0]
    height = SLIP_WIDTH_MM * first.height() / max(first.width(), 1)
    printer.setPageSize(QPageSize(QSizeF(SLIP_WIDTH_MM, height), QPageSize.Unit.Millimeter,
                                  "80 mm slip"))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    paint(document, printer)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError("printer_failed")
