"""Field checks of Step 1 and Step 2: each failing field gets a stable error code.

The codes are translated by the UI; a field's error never clears what was typed.
"""

from __future__ import annotations

import enum
from datetime import date

from kiosk.domain.age import full_years
from kiosk.domain.contacts import email_error, phone_error
from kiosk.domain.iin import check_iin
from kiosk.wizard.forms import ApplicantForm, ChildForm, PersonData, QueueKind

FieldErrors = dict[str, str]
"""Field name → error code; empty when the form may go on."""


class FormError(enum.Enum):
    """Form-level error codes (the field-level ones come from the domain's enums)."""

    REQUIRED = "required"
    NOT_IN_REGISTER = "not_in_register"
    NOT_YOUR_CHILD = "not_your_child"
    CHILD_TOO_OLD = "child_too_old"
    CHILD_NOT_BORN = "child_not_born"


def applicant_errors(form: ApplicantForm) -> FieldErrors:
    """What stops Step 1 from going on: the register data and the contacts."""
    errors: FieldErrors = {}
    if form.person is None:
        errors["iin"] = FormError.NOT_IN_REGISTER.value
    for name, error in (("email", email_error(form.email, required=True)),
                        ("phone", phone_error(form.phone, required=True)),
                        ("extra_email", email_error(form.extra_email, required=False)),
                        ("extra_phone", phone_error(form.extra_phone, required=False))):
        if error is not None:
            errors[name] = error.value
    return errors


def child_iin_error(child_iin: str, child: PersonData | None, is_parent: bool, today: date,
                    max_age_years: int) -> str | None:
    """Why this child cannot be registered, or None."""
    if not child_iin.strip():
        return FormError.REQUIRED.value
    check = check_iin(child_iin.strip())
    if not check.valid:
        assert check.error is not None
        return check.error.value
    if child is None:
        return FormError.NOT_IN_REGISTER.value
    if not is_parent:
        return FormError.NOT_YOUR_CHILD.value
    if child.birth_date > today:
        return FormError.CHILD_NOT_BORN.value
    if full_years(child.birth_date, today) >= max_age_years:
        return FormError.CHILD_TOO_OLD.value
    return None


def child_errors(form: ChildForm, is_parent: bool, today: date, max_age_years: int) -> FieldErrors:
    """What stops Step 2 from being sent."""
    errors: FieldErrors = {}
    if (error := child_iin_error(form.child_iin, form.child, is_parent, today, max_age_years)):
        errors["child_iin"] = error
    if not form.district:
        errors["district"] = FormError.REQUIRED.value
    if form.queue_kind is QueueKind.SANATORIUM and not form.sanatorium_profile:
        errors["sanatorium_profile"] = FormError.REQUIRED.value
    if form.beneficiary:
        if not form.benefit_category:
            errors["benefit_category"] = FormError.REQUIRED.value
        if not form.scans:
            errors["scans"] = FormError.REQUIRED.value
    return errors
