"""Step 1 «Заполните данные заявителя» / «Өтініш беруші деректерін толтырыңыз»: the register's
data read-only, the contacts editable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.ui.errors import error_text
from kiosk.ui.registration.base import (
    AddressLookup,
    AddressParts,
    FormPage,
    card,
    format_date,
    nav_button,
    section_title,
)
from kiosk.ui.widgets import FieldRow, Notice, ValueGrid, line_edit
from kiosk.wizard.forms import PersonData
from kiosk.wizard.registration import RegisterLookup, RegistrationState, RegistrationWizard

CONTACTS = ("email", "phone", "extra_email", "extra_phone")
REQUIRED = {"email", "phone"}


class ApplicantPage(FormPage):
    """The applicant as the register knows them, and the contacts for notifications."""

    wants_keyboard = True

    def __init__(self, wizard: RegistrationWizard, register: RegisterLookup,
                 parent: QWidget | None = None) -> None:
        super().__init__(wizard, parent)
        self.register = register
        self._edited: set[str] = set()  # fields typed in since the last «Вперед»
        person_card, person_layout = card()
        self.person_title = section_title()
        self.register_note = QLabel()
        self.register_note.setObjectName("hint")
        self.register_note.setWordWrap(True)
        self.person = ValueGrid((("iin", "surname", "patronymic"), ("birth_date", "name")),
                                stacked=True)
        self.person_error = QLabel()
        self.person_error.setObjectName("error")
        self.person_error.setWordWrap(True)
        self.person_error.hide()
        self.address_title = section_title()
        self.address_title.setObjectName("subTitle")
        self.address = ValueGrid((("city", "street", "flat"), ("district", "house")), stacked=True)
        for widget in (self.person_title, self.register_note, self.person, self.person_error,
                       self.address_title, self.address):
            person_layout.addWidget(widget)

        contacts_card, contacts_layout = card()
        self.contacts_title = section_title()
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        self.fields: dict[str, FieldRow] = {}
        kinds = {"email": "latin", "phone": "phone", "extra_email": "latin", "extra_phone": "phone"}
        for index, name in enumerate(CONTACTS):  # one column, email and phone first
            edit = line_edit(kinds[name], max_length=254 if "email" in name else 20)
            edit.setObjectName(name)
            edit.setPlaceholderText("name@mail.kz" if "email" in name else "+7 7__ ___ __ __")
            edit.textEdited.connect(lambda text, n=name: self._typed(n, text))
            edit.returnPressed.connect(self.next_clicked)
            row = FieldRow(edit)
            grid.addWidget(row, index, 0, Qt.AlignmentFlag.AlignTop)
            self.fields[name] = row
        self.notice = Notice()
        self.legend = QLabel()
        self.legend.setObjectName("hint")
        contacts_layout.addWidget(self.contacts_title)
        contacts_layout.addLayout(grid)
        contacts_layout.addWidget(self.legend)
        contacts_layout.addStretch(1)
        person_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(person_card, 1)
        columns.addWidget(contacts_card, 1)
        self.body.addLayout(columns)
        self.body.addWidget(self.notice)
        self.body.addStretch(1)

        self.back = nav_button()
        self.back.clicked.connect(self.back_clicked)
        self.forward = nav_button(primary=True)
        self.forward.clicked.connect(self.next_clicked)
        self.buttons.addWidget(self.back)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.forward)
        self.retranslate()
        self.render(wizard.state)

    def edit(self, name: str) -> QLineEdit:
        editor = self.fields[name].editor
        assert isinstance(editor, QLineEdit)
        return editor

    def first_field(self) -> QWidget | None:
        return self.edit("email")

    def retranslate(self) -> None:
        self.person_title.setText(self.tr("Applicant information"))
        self.register_note.setText(self.tr(
            "Filled in from the state database «Individuals»; it cannot be changed here."))
        self.person.set_captions({
            "iin": self.tr("Applicant's IIN"),
            "birth_date": self.tr("Applicant's date of birth"),
            "surname": self.tr("Applicant's surname"),
            "name": self.tr("Applicant's name"),
            "patronymic": self.tr("Applicant's patronymic"),
        })
        self.address_title.setText(self.tr("Address of residence"))
        self.address.set_captions({
            "city": self.tr("City"), "district": self.tr("District"), "street": self.tr("Street"),
            "house": self.tr("House"), "flat": self.tr("Flat"),
        })
        self.contacts_title.setText(self.tr("Contact details"))
        captions = {
            "email": self.tr("E-mail address"),
            "phone": self.tr("Phone"),
            "extra_email": self.tr("Additional e-mail address"),
            "extra_phone": self.tr("Additional phone"),
        }
        for name, row in self.fields.items():
            row.set_caption(captions[name], required=name in REQUIRED)
        self.legend.setText(self.tr("* required fields"))
        self.notice.set_texts(self.tr("Please note!"), self.tr(
            "Give your current contact details (mobile phone number, e-mail). Notifications "
            "will be sent to this e-mail address and phone number."))
        self.back.setText(self.tr("Back"))
        self.forward.setText(self.tr("Next"))

    def render(self, state: RegistrationState) -> None:
        person = state.applicant.person
        self.person.set_values(_person_values(person))
        self.address.set_values(vars(self._address(person)))
        iin_error = state.errors.get("iin", "")
        self.person_error.setText(error_text(iin_error, "iin") if iin_error else "")
        self.person_error.setVisible(bool(iin_error))
        for name, row in self.fields.items():
            value = getattr(state.applicant, name)
            edit = self.edit(name)
            if edit.text() != value:
                edit.setText(value)
            code = "" if name in self._edited else state.errors.get(name, "")
            row.set_error(error_text(code, name) if code else "")

    def show_errors(self) -> None:
        """A «Вперед» was refused: show every error again, edited fields included."""
        self._edited.clear()
        self.render(self.wizard.state)

    def _typed(self, name: str, text: str) -> None:
        self._edited.add(name)
        self.render(self.wizard.edit_applicant(**{name: text}))

    def _address(self, person: PersonData | None) -> AddressParts:
        if person is None:
            return AddressParts()
        if isinstance(self.register, AddressLookup):
            parts = self.register.address_of(person.iin)
            if parts is not None:
                return parts
        return AddressParts(city=person.address)


def _person_values(person: PersonData | None) -> dict[str, str]:
    if person is None:
        return {}
    return {"iin": person.iin, "birth_date": format_date(person.birth_date),
            "surname": person.surname, "name": person.name, "patronymic": person.patronymic}
