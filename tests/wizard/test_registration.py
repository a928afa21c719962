"""The registration flow, driven without a screen, as a parent would go through it."""

from datetime import date

import pytest

from kiosk.domain import demo_register
from kiosk.domain.scans import Scan
from kiosk.wizard.forms import PersonData, QueueKind
from kiosk.wizard.registration import Receipt, RegistrationWizard, View

TODAY = date(2026, 11, 25)
MOTHER = demo_register.DEMO_ADULTS[0]  # Әйгерім, mother of Нұрислам and Аяулым
SON = demo_register.children_of(MOTHER.iin)[0]
OTHER_CHILD = demo_register.children_of(demo_register.DEMO_ADULTS[2].iin)[0]
TOO_OLD = next(p for p in demo_register.DEMO_PERSONS if p.birth_date.year == 2018)


class DemoRegister:
    def find_person(self, iin: str) -> PersonData | None:
        p = demo_register.find_person(iin)
        return None if p is None else PersonData(p.iin, p.surname, p.name, p.patronymic,
                                                 p.birth_date, p.address.city)

    def is_parent(self, parent_iin: str, child_iin: str) -> bool:
        child = demo_register.find_person(child_iin)
        return child is not None and parent_iin in child.parents


def wizard(applicant_iin: str = MOTHER.iin) -> RegistrationWizard:
    return RegistrationWizard(DemoRegister(), applicant_iin, TODAY)


def to_child_step(w: RegistrationWizard) -> None:
    w.acknowledge(True)
    w.next()
    w.edit_applicant(email="aigerim@mail.kz", phone="+7 701 123 45 67")
    w.next()


def test_a_full_registration_reaches_the_result() -> None:
    w = wizard()
    assert w.state.applicant.person is not None
    assert w.state.applicant.person.surname == MOTHER.surname
    to_child_step(w)
    assert w.state.view is View.CHILD
    w.edit_child(child_iin=SON.iin, district="351010000")
    assert w.state.child.child is not None and w.state.child.child.name == SON.name
    assert w.next().view is View.SIGNING
    result = w.submitted(Receipt("UO.2026.000001.1", 15, pending_delivery=False))
    assert result.view is View.RESULT and result.receipt is not None
    assert w.back().view is View.RESULT  # nothing to go back to after submission


def test_the_instruction_must_be_acknowledged() -> None:
    w = wizard()
    state = w.next()
    assert state.view is View.SERVICE_DESCRIPTION and state.errors == {"acknowledged": "required"}
    assert not w.acknowledge(True).errors


def test_step1_requires_contacts_and_keeps_what_was_typed() -> None:
    w = wizard()
    w.acknowledge(True)
    w.next()
    w.edit_applicant(email="aigerim", phone="+7701")
    state = w.next()
    assert state.view is View.APPLICANT
    assert state.errors == {"email": "email_format", "phone": "phone_format"}
    assert state.applicant.email == "aigerim" and state.applicant.phone == "+7701"
    w.edit_applicant(email="", phone="")
    assert w.next().errors == {"email": "required", "phone": "required"}


def test_an_applicant_missing_from_the_register_cannot_go_on() -> None:
    w = wizard("000000000000")
    w.acknowledge(True)
    w.next()
    w.edit_applicant(email="a@mail.kz", phone="+77011234567")
    assert w.next().errors == {"iin": "not_in_register"}


@pytest.mark.parametrize(("child_iin", "error"), [
    ("", "required"),
    ("22040352001", "length"),
    ("220403520014", "checksum"),
    ("230101590004", "not_in_register"),
    (OTHER_CHILD.iin, "not_your_child"),
])
def test_step2_refuses_a_bad_child_iin(child_iin: str, error: str) -> None:
    w = wizard()
    to_child_step(w)
    w.edit_child(child_iin=child_iin, district="351010000")
    state = w.next()
    assert state.view is View.CHILD and state.errors["child_iin"] == error
    assert state.child.child_iin == child_iin


def test_a_child_of_seven_is_refused() -> None:
    w = wizard(demo_register.DEMO_ADULTS[3].iin)  # Ғалым, father of Ұлан (born 2018)
    to_child_step(w)
    w.edit_child(child_iin=TOO_OLD.iin, district="511010000")
    assert w.next().errors == {"child_iin": "child_too_old"}


def test_a_beneficiary_needs_a_category_and_scans() -> None:
    w = wizard()
    to_child_step(w)
    w.edit_child(child_iin=SON.iin, district="351010000", beneficiary=True)
    assert w.next().errors == {"benefit_category": "required", "scans": "required"}
    w.edit_child(benefit_category="large_family",
                 scans=(Scan("справка.pdf", "application/pdf", b"%PDF-1.4 %%EOF"),))
    assert w.next().view is View.SIGNING


def test_sanatorium_queue_needs_a_profile() -> None:
    w = wizard()
    to_child_step(w)
    w.edit_child(child_iin=SON.iin, district="351010000", queue_kind=QueueKind.SANATORIUM)
    assert w.next().errors == {"sanatorium_profile": "required"}


def test_back_keeps_data_typed_on_later_steps() -> None:
    w = wizard()
    to_child_step(w)
    w.edit_child(child_iin=SON.iin)
    assert w.back().view is View.APPLICANT
    assert w.state.child.child_iin == SON.iin
    assert w.state.applicant.email == "aigerim@mail.kz"
    assert w.next().view is View.CHILD and w.state.child.child_iin == SON.iin


def test_only_contacts_are_editable_on_step1() -> None:
    with pytest.raises(ValueError):
        wizard().edit_applicant(iin="123")  # type: ignore[arg-type]


def test_submission_only_from_the_signing_view() -> None:
    with pytest.raises(RuntimeError):
        wizard().submitted(Receipt("UO.2026.000001.1", 1, False))
