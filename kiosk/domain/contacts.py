"""Contacts a citizen types on Step 1: phone numbers and e-mail addresses."""

from __future__ import annotations

import enum
import re

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE_NOISE = re.compile(r"[\s()\-]")


class ContactError(enum.Enum):
    """Why a contact is refused; the value is a stable code the UI translates."""

    REQUIRED = "required"
    PHONE_FORMAT = "phone_format"
    EMAIL_FORMAT = "email_format"


def normalize_phone(text: str) -> str:
    """The phone as ``+7`` and 10 digits, or raise ``ValueError(ContactError)``.

    Spaces, brackets and dashes are allowed; a leading ``8`` is read as ``+7``.
    """
    compact = _PHONE_NOISE.sub("", text.strip())
    if not compact:
        raise ValueError(ContactError.REQUIRED)
    if compact.startswith("8") and len(compact) == 11:
        compact = "+7" + compact[1:]
    if not re.fullmatch(r"\+7\d{10}", compact):
        raise ValueError(ContactError.PHONE_FORMAT)
    return compact


def normalize_email(text: str) -> str:
    """The e-mail address trimmed, or raise ``ValueError(ContactError)``."""
    address = text.strip()
    if not address:
        raise ValueError(ContactError.REQUIRED)
    if len(address) > 254 or not _EMAIL.match(address):
        raise ValueError(ContactError.EMAIL_FORMAT)
    return address


def phone_error(text: str, required: bool) -> ContactError | None:
    """The reason ``text`` is not an acceptable phone, or None."""
    if not text.strip() and not required:
        return None
    try:
        normalize_phone(text)
    except ValueError as exc:
        return exc.args[0]
    return None


def email_error(text: str, required: bool) -> ContactError | None:
    """The reason ``text`` is not an acceptable e-mail address, or None."""
    if not text.strip() and not required:
        return None
    try:
        normalize_email(text)
    except ValueError as exc:
        return exc.args[0]
    return None
