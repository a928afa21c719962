"""The wizard's and the domain's error codes as sentences a parent understands.

The codes are stable strings (``kiosk.wizard.validation``, ``kiosk.domain``); only their
wording lives here, translated in the ``FieldErrors`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "FieldErrors"

_MESSAGES = {
    "required": QT_TRANSLATE_NOOP("FieldErrors", "This field is required."),
    "not_in_register": QT_TRANSLATE_NOOP(
        "FieldErrors", "Not found in the state register of persons."),
    "not_your_child": QT_TRANSLATE_NOOP(
        "FieldErrors", "The register does not list you as this child's parent."),
    "child_too_old": QT_TRANSLATE_NOOP(
        "FieldErrors", "Only children under 7 are put in the queue: this child is 7 or older."),
    "child_not_born": QT_TRANSLATE_NOOP("FieldErrors", "This birth date has not come yet."),
    "length": QT_TRANSLATE_NOOP("FieldErrors", "An IIN has exactly 12 digits."),
    "not_digits": QT_TRANSLATE_NOOP("FieldErrors", "An IIN contains digits only."),
    "date": QT_TRANSLATE_NOOP("FieldErrors", "This IIN holds a birth date that does not exist."),
    "century": QT_TRANSLATE_NOOP("FieldErrors", "The 7th digit of this IIN is wrong."),
    "checksum": QT_TRANSLATE_NOOP(
        "FieldErrors", "This IIN is wrong: please check the digits (the check digit does not match)."),
    "phone_format": QT_TRANSLATE_NOOP(
        "FieldErrors", "Enter the phone as +7 and 10 digits, e.g. +7 701 123 45 67."),
    "email_format": QT_TRANSLATE_NOOP(
        "FieldErrors", "Enter a valid e-mail address, e.g. name@mail.kz."),
    "scan_empty": QT_TRANSLATE_NOOP("FieldErrors", "The file is empty."),
    "scan_too_large": QT_TRANSLATE_NOOP("FieldErrors", "The file is too large: at most {mb} MB."),
    "scan_type": QT_TRANSLATE_NOOP("FieldErrors", "Only PDF, JPEG or PNG files are accepted."),
    "scan_unreadable": QT_TRANSLATE_NOOP(
        "FieldErrors", "The file is damaged or cannot be read: please scan the document again."),
    "scan_open": QT_TRANSLATE_NOOP("FieldErrors", "The file cannot be opened."),
    "acknowledged": QT_TRANSLATE_NOOP(
        "FieldErrors", "Please confirm that you have read the instruction."),
    "unknown": QT_TRANSLATE_NOOP("FieldErrors", "Please check this field."),
}


def error_text(code: str, field: str = "", max_scan_mb: int = 0) -> str:
    """The translated sentence for an error ``code`` of ``field``."""
    key = "acknowledged" if field == "acknowledged" else code
    text = QCoreApplication.translate(CONTEXT, _MESSAGES.get(key, _MESSAGES["unknown"]))
    return text.replace("{mb}", str(max_scan_mb))
