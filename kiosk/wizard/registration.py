"""The registration flow «Постановка ребенка в очередь в ДДО» as a Qt-free state machine.

Service description → Step 1 (applicant) → Step 2 (child) → signing → result. Every move
pushes an immutable snapshot, so «Назад» returns to exactly what was on the screen, and a
failed check stays on its view with the field errors set and nothing typed lost.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from kiosk.wizard.forms import ApplicantForm, ChildForm, PersonData
from kiosk.wizard.validation import FieldErrors, applicant_errors, child_errors


class View(enum.Enum):
    """The screens of the registration flow, in order."""

    SERVICE_DESCRIPTION = "service_description"
    APPLICANT = "applicant"
    CHILD = "child"
    SIGNING = "signing"
    RESULT = "result"


class RegisterLookup(Protocol):
    """What the flow needs from the register of persons (ГБД ФЛ)."""

    def find_person(self, iin: str) -> PersonData | None:
        """The person with this IIN, or None."""

    def is_parent(self, parent_iin: str, child_iin: str) -> bool:
        """True when the register links this parent to this child."""


@dataclass(frozen=True)
class Receipt:
    """What the central service (or the outbox) answered to the signed application."""

    number: str
    queue_position: int | None
    pending_delivery: bool


@dataclass(frozen=True)
class RegistrationState:
    """One snapshot of the flow: the view shown and everything entered so far."""

    view: View = View.SERVICE_DESCRIPTION
    acknowledged: bool = False
    applicant: ApplicantForm = field(default_factory=ApplicantForm)
    child: ChildForm = field(default_factory=ChildForm)
    errors: FieldErrors = field(default_factory=dict)
    receipt: Receipt | None = None


_NEXT = {
    View.SERVICE_DESCRIPTION: View.APPLICANT,
    View.APPLICANT: View.CHILD,
    View.CHILD: View.SIGNING,
}


class RegistrationWizard:
    """Drives the registration flow for one authenticated applicant."""

    def __init__(self, register: RegisterLookup, applicant_iin: str, today: date,
                 max_child_age_years: int = 7) -> None:
        self._register = register
        self._today = today
        self._max_age = max_child_age_years
        applicant = ApplicantForm(person=register.find_person(applicant_iin))
        self._stack: list[RegistrationState] = [RegistrationState(applicant=applicant)]

    @property
    def state(self) -> RegistrationState:
        """The snapshot on screen now."""
        return self._stack[-1]

    def _replace_top(self, **changes: Any) -> RegistrationState:
        self._stack[-1] = replace(self.state, **changes)
        return self.state

    def acknowledge(self, checked: bool) -> RegistrationState:
        """The checkbox «Подтверждаю, что я ознакомлен с инструкцией»."""
        errors = {k: v for k, v in self.state.errors.items() if k != "acknowledged"}
        return self._replace_top(acknowledged=checked, errors=errors)

    def edit_applicant(self, **changes: str) -> RegistrationState:
        """Change editable contacts of Step 1 (email, phone, extra_email, extra_phone)."""
        unknown = set(changes) - {"email", "phone", "extra_email", "extra_phone"}
        if unknown:
            raise ValueError(f"not editable on Step 1: {sorted(unknown)}")
        return self._replace_top(applicant=replace(self.state.applicant, **changes))

    def edit_child(self, **changes: Any) -> RegistrationState:
        """Change Step 2 fields; a new child IIN is looked up in the register at once."""
        child = replace(self.state.child, **changes)
        if "child_iin" in changes:
            found = self._register.find_person(child.child_iin.strip())
            child = replace(child, child=found)
        return self._replace_top(child=child)

    def errors_of_view(self) -> FieldErrors:
        """What stops the current view from going on (empty when it may)."""
        state = self.state
        if state.view is View.SERVICE_DESCRIPTION:
            return {} if state.acknowledged else {"acknowledged": "required"}
        if state.view is View.APPLICANT:
            return applicant_errors(state.applicant)
        if state.view is View.CHILD:
            parent = state.applicant.person.iin if state.applicant.person else ""
            is_parent = state.child.child is not None and self._register.is_parent(
                parent, state.child.child.iin)
            return child_errors(state.child, is_parent, self._today, self._max_age)
        return {}

    def next(self) -> RegistrationState:
        """«Вперед» / «Подать заявку» / «Отправить»: go on, or stay with the errors shown."""
        errors = self.errors_of_view()
        if errors or self.state.view not in _NEXT:
            return self._replace_top(errors=errors)
        self._replace_top(errors={})
        self._stack.append(replace(self.state, view=_NEXT[self.state.view]))
        return self.state

    def back(self) -> RegistrationState:
        """«Назад»: the previous view, keeping everything typed since."""
        if len(self._stack) > 1 and self.state.view is not View.RESULT:
            current = self._stack.pop()
            self._replace_top(applicant=current.applicant, child=current.child, errors={})
        return self.state

    def submitted(self, receipt: Receipt) -> RegistrationState:
        """The signed application was accepted (or queued for delivery)."""
        if self.state.view is not View.SIGNING:
            raise RuntimeError("an application is submitted from the signing view only")
        self._stack.append(replace(self.state, view=View.RESULT, receipt=receipt))
        return self.state
