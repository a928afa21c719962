"""«Подтвердить заинтересованность» → «Подтверждение заинтересованности в получении места в
ДДО»: «Подтвердите свое действие», the child and the queue number, «Подтвердить»."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.central.protocol import ConfirmInterest, Payload
from kiosk.ui.actions.base import ActionContext, ActionPage
from kiosk.ui.labels import fmt_date
from kiosk.ui.registration.base import card
from kiosk.ui.widgets import Notice, Wording


class ConfirmInterestPage(ActionPage):
    """Confirms the interest in a place: the 12-month period starts again."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        frame, inner = card()
        self.question = QLabel()
        self.question.setObjectName("sectionTitle")
        self.question.setWordWrap(True)
        inner.addWidget(self.question)
        inner.addWidget(self.application_values())
        self.notice = Notice()
        self.body.addWidget(frame)
        self.body.addWidget(self.notice)
        self.body.addStretch(1)
        self.retranslate()

    def payload(self) -> Payload:
        return ConfirmInterest(self.context.number)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr(
            "Confirmation of interest in a place in a preschool organisation"))
        self.question.setText(self.tr("Confirm your action"))
        self.fill_application_values()
        due = self.context.detail.interest_due_at
        text = self.tr("Interest in a place must be confirmed every 12 months from the "
                       "registration, else the child is removed from the queue.")
        if due is not None:
            text += " " + self.tr("Confirm by {date}.").replace(
                "{date}", fmt_date(due.astimezone(self.context.rules.tz).date()))
        self.notice.set_texts(self.tr("Please note!"), text)
        self.primary.setText(self.tr("Confirm"))

    def success_wording(self) -> Wording:
        return lambda: QCoreApplication.translate(
            "ConfirmInterestPage", "Interest confirmed: the child stays in the queue.")
