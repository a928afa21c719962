"""«Снять с очереди»: the reason, an explicit confirmation, then the signature."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.central.protocol import Payload, Withdraw
from kiosk.ui.actions.base import ActionContext, ActionPage
from kiosk.ui.registration.base import card
from kiosk.ui.widgets import FieldRow, Wording, line_edit

MAX_REASON = 500


class WithdrawPage(ActionPage):
    """Takes the child out of the queue (the queue number is lost)."""

    wants_keyboard = True

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        frame, inner = card()
        inner.addWidget(self.application_values())
        self.reason = line_edit("text", MAX_REASON)
        self.reason.setObjectName("reason")
        self.reason.textEdited.connect(lambda _: self.show_error(None))
        self.reason_row = FieldRow(self.reason)
        inner.addWidget(self.reason_row)
        self.add_consequences(frame)
        self.retranslate()

    def payload(self) -> Payload:
        return Withdraw(self.context.number, self.reason.text().strip())

    def problem(self) -> Wording | None:
        if not self.reason.text().strip():
            self.reason.setFocus()
            return lambda: self.tr("Give the reason for withdrawing the application.")
        if not self.understood.isChecked():
            return lambda: self.tr(
                "Tick the box to confirm that you understand the consequences.")
        return None

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Withdraw from the queue"))
        self.fill_application_values()
        self.reason_row.set_caption(self.tr("Reason"), required=True)
        self.warning.set_texts(self.tr("Please note!"), self.tr(
            "The child will be removed from the queue and the queue number will be lost. "
            "To stand in the queue again you will have to apply anew, and the child will be "
            "queued from the date of the new application."))
        self.understood.setText(self.tr("I understand: remove the child from the queue"))
        self.primary.setText(self.tr("Withdraw from the queue"))

    def success_wording(self) -> Wording:
        return lambda: QCoreApplication.translate(
            "WithdrawPage", "The application has been withdrawn from the queue.")
