"""The result: «Заявление зарегистрировано», its number and queue number, or «accepted,
pending delivery» when the kiosk is offline; «ОК» goes home."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.registration.base import FormPage, card, nav_button
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
        self.body.addStretch(1)
        self.body.addWidget(self.mark)
        self.body.addWidget(self.title)
        self.body.addWidget(frame)
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
