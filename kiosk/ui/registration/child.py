"""Step 2 «Заполните данные ребенка» / «Бала деректерін толтырыңыз»: the child's IIN (the
rest from the register), queue type, district, and the benefit with its scans."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.scans import ScanError, check_scan
from kiosk.ui.catalogue import Catalogue
from kiosk.ui.errors import error_text
from kiosk.ui.registration.base import FormPage, card, format_date, nav_button, section_title
from kiosk.ui.scan_picker import ScanChooser, ScanRows
from kiosk.ui.widgets import (
    TOUCH,
    ChoiceCombo,
    FieldRow,
    Notice,
    RewordedLabel,
    ValueGrid,
    Wording,
    line_edit,
)
from kiosk.wizard.forms import QueueKind
from kiosk.wizard.registration import RegistrationState, RegistrationWizard, View


class ChildPage(FormPage):
    """The child, the queue and the benefit; «Отправить» asks for the signature."""

    wants_keyboard = True

    def __init__(self, wizard: RegistrationWizard, catalogue: Catalogue, chooser: ScanChooser,
                 max_scan_mb: int, parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        self.catalogue = catalogue
        self.chooser = chooser
        self.max_scan_mb = max_scan_mb
        self._edited: set[str] = set()
        self._scan_problem: tuple[str, str] | None = None  # (file name, error code)

        child_card, child_layout = card()
        self.child_title = section_title()
        iin = line_edit("digits", max_length=12)
        iin.setObjectName("child_iin")
        iin.textEdited.connect(self._child_iin_typed)
        self.child_iin = FieldRow(iin)
        self.child = ValueGrid((("surname", "patronymic"), ("name", "birth_date")), stacked=True)
        child_layout.addWidget(self.child_title)
        child_layout.addWidget(self.child_iin)
        child_layout.addWidget(self.child)

        queue_card, queue_layout = card()
        self.queue_title = section_title()
        self.queue_buttons: dict[QueueKind, QPushButton] = {}
        self.queue_group = QButtonGroup(self)
        queue_row = QVBoxLayout()
        queue_row.setSpacing(8)
        for kind in QueueKind:
            button = QPushButton()
            button.setObjectName("choice")
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH + 8)
            button.clicked.connect(lambda _=False, k=kind: self._edit(queue_kind=k))
            self.queue_group.addButton(button)
            self.queue_buttons[kind] = button
            queue_row.addWidget(button)
        self.profile_combo = ChoiceCombo(catalogue.sanatorium_profiles)
        self.profile_combo.setObjectName("sanatorium_profile")
        self.profile_combo.activated.connect(
            lambda _=0: self._edit(sanatorium_profile=self.profile_combo.code()))
        self.profile = FieldRow(self.profile_combo)
        self.district_combo = ChoiceCombo(catalogue.districts)
        self.district_combo.setObjectName("district")
        self.district_combo.activated.connect(
            lambda _=0: self._edit(district=self.district_combo.code()))
        self.district = FieldRow(self.district_combo)
        queue_layout.addWidget(self.queue_title)
        queue_layout.addLayout(queue_row)
        queue_layout.addWidget(self.profile)
        queue_layout.addWidget(self.district)

        benefit_card, benefit_layout = card()
        self.beneficiary = QCheckBox()
        self.beneficiary.setObjectName("beneficiary")
        self.beneficiary.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.beneficiary.toggled.connect(lambda checked: self._edit(beneficiary=checked))
        self.benefit_box = QWidget()
        box = QVBoxLayout(self.benefit_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        self.benefit_title = section_title()
        self.benefit_title.setObjectName("subTitle")
        self.notice = Notice()
        self.category_combo = ChoiceCombo(catalogue.benefit_categories)
        self.category_combo.setObjectName("benefit_category")
        self.category_combo.activated.connect(
            lambda _=0: self._edit(benefit_category=self.category_combo.code()))
        self.category = FieldRow(self.category_combo)
        self.scans_caption = QLabel()
        self.scans_caption.setObjectName("caption")
        self.scan_rows = ScanRows()
        self.scan_rows.removed.connect(self.remove_scan)
        self.add_scan = QPushButton()
        self.add_scan.setObjectName("secondary")
        self.add_scan.setMinimumHeight(TOUCH + 8)
        self.opened_at = time.time()  # scans older than this visitor's session are not theirs
        self.add_scan.clicked.connect(
            lambda: self.chooser.choose(self, self.add_scan_files, self.opened_at))
        self.scan_formats = QLabel()
        self.scan_formats.setObjectName("hint")
        self.scan_formats.setWordWrap(True)
        self.scan_error = QLabel()
        self.scan_error.setObjectName("error")
        self.scan_error.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_scan)
        add_row.addWidget(self.scan_formats, 1)
        for widget in (self.benefit_title, self.notice, self.category, self.scans_caption):
            box.addWidget(widget)
        box.addWidget(self.scan_rows)
        box.addLayout(add_row)
        box.addWidget(self.scan_error)
        benefit_layout.addWidget(self.beneficiary)
        benefit_layout.addWidget(self.benefit_box)

        child_layout.addStretch(1)
        queue_layout.addStretch(1)
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        self.refusal_line = RewordedLabel(self.refusal)
        self.body.addWidget(self.refusal)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(child_card, 1)
        columns.addWidget(queue_card, 1)
        self.body.addLayout(columns)
        self.body.addWidget(benefit_card)
        self.body.addStretch(1)

        self.back = nav_button()
        self.back.clicked.connect(self.back_clicked)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.send = nav_button(primary=True)
        self.send.clicked.connect(self.next_clicked)
        self.buttons.addWidget(self.back)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.status)
        self.buttons.addWidget(self.send)
        self.retranslate()
        self.render(wizard.state)

    @property
    def iin_edit(self) -> QLineEdit:
        editor = self.child_iin.editor
        assert isinstance(editor, QLineEdit)
        return editor

    def first_field(self) -> QWidget | None:
        return self.iin_edit

    def retranslate(self) -> None:
        self.child_title.setText(self.tr("Data on minor children"))
        self.child_iin.set_caption(self.tr("Child's IIN"), required=True)
        self.child_iin.set_hint(self.tr(
            "Enter the child's 12-digit IIN: the name and date of birth are filled in "
            "from the register."))
        self.child.set_captions({
            "name": self.tr("Child's name"), "surname": self.tr("Child's surname"),
            "patronymic": self.tr("Child's patronymic"),
            "birth_date": self.tr("Child's date of birth"),
        })
        self.queue_title.setText(self.tr("Queue"))
        self.queue_buttons[QueueKind.ORDINARY].setText(self.tr("Kindergarten (general queue)"))
        self.queue_buttons[QueueKind.SANATORIUM].setText(self.tr("Sanatorium kindergarten"))
        self.profile.set_caption(self.tr("Profile of the sanatorium kindergarten"), required=True)
        self.district.set_caption(self.tr("District or city"), required=True)
        self.district.set_hint(self.tr(
            "Astana, Almaty and Aktobe have their own portals and are not in this list."))
        placeholder = self.tr("Choose from the list")
        for combo in (self.profile_combo, self.district_combo, self.category_combo):
            combo.refill(placeholder)
        self.beneficiary.setText(self.tr("Beneficiary"))
        self.benefit_title.setText(self.tr("Benefit information"))
        self.notice.set_texts(self.tr("Please note!"), self.tr(
            "Attach only good-quality copies of all documents. If incorrect (unreadable) "
            "documents are attached, the child will be refused admission to the preschool "
            "organisation."))
        self.category.set_caption(self.tr("Benefit category"), required=True)
        self.scans_caption.setText(self.tr("Documents confirming the benefit") + " *")
        self.add_scan.setText(self.tr("Add a scan"))
        self.scan_formats.setText(self.tr("PDF, JPEG or PNG, at most {mb} MB each.")
                                  .replace("{mb}", str(self.max_scan_mb)))
        self.back.setText(self.tr("Back"))
        self.send.setText(self.tr("Send"))
        self.refusal_line.reword()

    def render(self, state: RegistrationState) -> None:
        form = state.child
        if self.iin_edit.text() != form.child_iin:
            self.iin_edit.setText(form.child_iin)
        child = form.child
        self.child.set_values({} if child is None else {
            "name": child.name, "surname": child.surname, "patronymic": child.patronymic,
            "birth_date": format_date(child.birth_date)})
        for kind, button in self.queue_buttons.items():
            button.setChecked(kind is form.queue_kind)
        self.profile.setVisible(form.queue_kind is QueueKind.SANATORIUM)
        self.profile_combo.set_code(form.sanatorium_profile)
        self.district_combo.set_code(form.district)
        if self.beneficiary.isChecked() != form.beneficiary:
            self.beneficiary.blockSignals(True)
            self.beneficiary.setChecked(form.beneficiary)
            self.beneficiary.blockSignals(False)
        self.benefit_box.setVisible(form.beneficiary)
        self.category_combo.set_code(form.benefit_category)
        self.scan_rows.show_scans(form.scans)
        for name, row in (("child_iin", self.child_iin), ("sanatorium_profile", self.profile),
                          ("district", self.district), ("benefit_category", self.category)):
            code = "" if name in self._edited else state.errors.get(name, "")
            row.set_error(error_text(code, name) if code else "")
        self._render_scan_error(state)
        signing = state.view is View.SIGNING
        self.send.setEnabled(not signing)
        self.back.setEnabled(not signing)
        self.status.setText(self.tr("Waiting for the signature…") if signing else "")
        self.content.setEnabled(not signing)  # what is being signed must not change

    def show_errors(self) -> None:
        self._edited.clear()
        self.render(self.wizard.state)

    def show_refusal(self, wording: Wording | None) -> None:
        """Why the application was not accepted (the central service's answer), above the form,
        as the function that words it (``lambda: central_error_text(code)``): it is worded again
        on a language switch. None: nothing."""
        self.refusal_line.say(wording)
        if self.refusal_line.text:
            self.scroll.verticalScrollBar().setValue(0)

    # -- scans -----------------------------------------------------------------------

    def add_scan_files(self, paths: list[Path]) -> None:
        """Check each file with ``check_scan`` and add the good ones; show the first refusal."""
        max_bytes = self.max_scan_mb * 1024 * 1024
        scans = self.wizard.state.child.scans
        self._scan_problem = None
        for path in paths:
            try:
                if path.stat().st_size > max_bytes:
                    raise ValueError(ScanError.TOO_LARGE)
                scan = check_scan(path.name, path.read_bytes(), max_bytes)
            except OSError:
                self._scan_problem = self._scan_problem or (path.name, "scan_open")
                continue
            except ValueError as exc:
                code = exc.args[0].value if isinstance(exc.args[0], ScanError) else "scan_unreadable"
                self._scan_problem = self._scan_problem or (path.name, code)
                continue
            scans = (*scans, scan)
        if len(scans) != len(self.wizard.state.child.scans):
            self._edited.add("scans")
        self._edit(scans=scans)

    def remove_scan(self, index: int) -> None:
        scans = list(self.wizard.state.child.scans)
        del scans[index]
        self._scan_problem = None
        self._edit(scans=tuple(scans))

    def _render_scan_error(self, state: RegistrationState) -> None:
        if self._scan_problem is not None:
            name, code = self._scan_problem
            text = f"{name}: {error_text(code, 'scans', self.max_scan_mb)}"
        elif "scans" not in self._edited and state.errors.get("scans"):
            text = error_text(state.errors["scans"], "scans")
        else:
            text = ""
        self.scan_error.setText(text)
        self.scan_error.setVisible(bool(text))

    # -- reporting edits -------------------------------------------------------------

    def _child_iin_typed(self, text: str) -> None:
        self._edited.add("child_iin")
        self._edit(child_iin=text)

    def _edit(self, **changes: object) -> None:
        self.show_refusal(None)
        self._edited.update(k for k in changes if k in ("sanatorium_profile", "district",
                                                        "benefit_category"))
        self.render(self.wizard.edit_child(**changes))

