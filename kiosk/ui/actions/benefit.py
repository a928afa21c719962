"""«Изменить льготность»: «Льготник», «Категория льготности» and the documents that confirm it
(or no benefit at all), signed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from kiosk.central.protocol import ChangeBenefit, Payload
from kiosk.ui.actions.base import ActionContext, ActionPage
from kiosk.ui.actions.scans import ScanList
from kiosk.ui.catalogue import Choice
from kiosk.ui.labels import PRIORITY, label, pick
from kiosk.ui.registration.base import card, section_title
from kiosk.ui.widgets import ChoiceCombo, FieldRow, Notice, Wording


class ChangeBenefitPage(ActionPage):
    """A new benefit category with its documents, or none."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        current, current_layout = card()
        self.current = self.application_values("benefit")
        current_layout.addWidget(self.current)
        form, form_layout = card()
        self.form_title = section_title()
        self.beneficiary = QCheckBox()
        self.beneficiary.setObjectName("beneficiary")
        summary = context.detail.summary
        self.beneficiary.setChecked(summary.benefit_category is not None)
        self.beneficiary.toggled.connect(self._toggled)
        self.categories = ChoiceCombo([Choice(c.code, names={"kk": c.name_kk, "ru": c.name_ru})
                                       for c in context.categories])
        self.categories.setObjectName("category")
        self.categories.activated.connect(lambda _: self.show_error(None))
        self.category_row = FieldRow(self.categories)
        self.scans_caption = section_title()
        self.scans_caption.setObjectName("caption")
        self.scans = ScanList(context.chooser, context.max_scan_mb)
        self.scans.changed.connect(lambda: self.show_error(None))
        self.notice = Notice()
        for widget in (self.form_title, self.beneficiary, self.category_row, self.scans_caption,
                       self.scans, self.notice):
            form_layout.addWidget(widget)
        self.body.addWidget(current)
        self.body.addWidget(form)
        self.body.addStretch(1)
        self.retranslate()
        if summary.benefit_category:
            self.categories.set_code(summary.benefit_category)
        self._toggled(self.beneficiary.isChecked())

    def _toggled(self, on: bool) -> None:
        for widget in (self.category_row, self.scans_caption, self.scans, self.notice):
            widget.setVisible(on)
        self.show_error(None)

    def category(self) -> str | None:
        return self.categories.code() or None if self.beneficiary.isChecked() else None

    def payload(self) -> Payload:
        category = self.category()
        attachments = self.scans.attachments(self.context.today()) if category else ()
        return ChangeBenefit(self.context.number, category, attachments)

    def problem(self) -> Wording | None:
        summary = self.context.detail.summary
        if self.beneficiary.isChecked():
            if not self.categories.code():
                return lambda: self.tr("Choose the benefit category.")
            if not self.scans.scans:
                return lambda: self.tr("Attach the documents confirming the benefit.")
        if self.category() == summary.benefit_category:
            return lambda: self.tr("The application already has this benefit: choose another one.")
        return None

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Change the benefit"))
        self.fill_application_values()
        summary = self.context.detail.summary
        names = {c.code: pick(c.name_kk, c.name_ru) for c in self.context.categories}
        self.current.set_captions({"benefit": self.tr("Current benefit")})
        self.current.values["benefit"].setText(names.get(summary.benefit_category or "", "")
                                               or label(PRIORITY, summary.priority))
        self.form_title.setText(self.tr("Benefit information"))
        self.beneficiary.setText(self.tr("Beneficiary"))
        self.category_row.set_caption(self.tr("Benefit category"), required=True)
        self.categories.refill(self.tr("Choose from the list"))
        self.scans_caption.setText(self.tr("Documents confirming the benefit") + " *")
        self.notice.set_texts(self.tr("Please note!"), self.tr(
            "Attach only good-quality copies of all documents. If incorrect (unreadable) "
            "documents are attached, the child will be refused admission to the preschool "
            "organisation."))  # Step 2's notice, word for word
        self.primary.setText(self.tr("Sign and send"))

    def success_wording(self) -> Wording:
        return lambda: QCoreApplication.translate("ChangeBenefitPage",
                                                  "The benefit has been changed.")
