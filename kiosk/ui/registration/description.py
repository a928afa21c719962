"""«Описание услуги» / «Қызметтің сипаттамасы»: what the service is and who provides it,
with «Подтверждаю, что я ознакомлен с инструкцией» and «Подать заявку»."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.errors import error_text
from kiosk.ui.registration.base import FormPage, card, nav_button, section_title
from kiosk.wizard.registration import RegistrationState, RegistrationWizard

ROWS = ("provider", "form", "documents", "time", "cost", "result", "refusal")


class DescriptionPage(FormPage):
    """The service description; the parent confirms having read it before applying."""

    def __init__(self, wizard: RegistrationWizard, parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        self.title = section_title()
        self.title.setObjectName("pageTitle")
        self.service = QLabel()
        self.service.setObjectName("serviceName")
        self.service.setWordWrap(True)
        frame, inner = card()
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(14)
        self.questions: dict[str, QLabel] = {}
        self.answers: dict[str, QLabel] = {}
        for row, key in enumerate(ROWS):
            question = QLabel()
            question.setObjectName("question")
            question.setWordWrap(True)
            answer = QLabel()
            answer.setObjectName("answer")
            answer.setWordWrap(True)
            grid.addWidget(question, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(answer, row, 1, Qt.AlignmentFlag.AlignTop)
            self.questions[key] = question
            self.answers[key] = answer
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        inner.addLayout(grid)
        self.acknowledge = QCheckBox()
        self.acknowledge.setObjectName("acknowledge")
        self.acknowledge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.acknowledge.toggled.connect(self._acknowledged)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.body.addWidget(self.title)
        self.body.addWidget(self.service)
        self.body.addWidget(frame)
        self.body.addStretch(1)
        self.apply = nav_button(primary=True)
        self.apply.clicked.connect(self.next_clicked)
        confirm = QVBoxLayout()
        confirm.setSpacing(2)
        confirm.addWidget(self.acknowledge)
        confirm.addWidget(self.error)
        self.buttons.addLayout(confirm, 1)
        self.buttons.addWidget(self.apply)
        self.retranslate()
        self.render(wizard.state)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Service description"))
        self.service.setText(self.tr(
            "Registering preschool children (under 7) in the queue for a referral "
            "to preschool organisations"))
        questions = {
            "provider": self.tr("Which state body provides the service"),
            "form": self.tr("Form of the service"),
            "documents": self.tr("Documents needed"),
            "time": self.tr("Time to provide the service"),
            "cost": self.tr("Cost of the service and payment"),
            "result": self.tr("Result of the service"),
            "refusal": self.tr("When the service may be refused"),
        }
        bullet = "•\u00a0"
        answers = {
            "provider": self.tr("The local executive body"),
            "form": self.tr("Automatic"),
            "documents": "\n".join((
                bullet + self.tr("The applicant's electronic digital signature (EDS)"),
                bullet + self.tr("If a benefit is claimed: documents confirming the benefit category"),
            )),
            "time": self.tr("5 minutes"),
            "cost": self.tr("Free of charge"),
            "result": self.tr(
                "A notice of registration in the queue for a referral to a preschool organisation"),
            "refusal": "\n".join((
                bullet + self.tr("The child is 7 years old or older"),
                bullet + self.tr("The child is already in this queue (an application was filed before)"),
                bullet + self.tr("The documents or data given are found to be untrue"),
            )),
        }
        for key in ROWS:
            self.questions[key].setText(questions[key])
            self.answers[key].setText(answers[key])
        self.acknowledge.setText(self.tr("I confirm that I have read the instruction"))
        self.apply.setText(self.tr("Submit an application"))

    def render(self, state: RegistrationState) -> None:
        if self.acknowledge.isChecked() != state.acknowledged:
            self.acknowledge.blockSignals(True)
            self.acknowledge.setChecked(state.acknowledged)
            self.acknowledge.blockSignals(False)
        code = state.errors.get("acknowledged", "")
        self.error.setText(error_text(code, "acknowledged") if code else "")
        self.error.setVisible(bool(code))

    def _acknowledged(self, checked: bool) -> None:
        self.render(self.wizard.acknowledge(checked))
