"""Error codes as sentences a parent understands.

The codes are stable strings: the wizard's and the domain's field checks
(``kiosk.wizard.validation``, ``kiosk.domain``; context ``FieldErrors``), the EDS refusals
(``kiosk.eds.errors``, the card errors; context ``SigningErrors``) and the central service's
refusals (``kiosk.central.errors``, a refused registration's reason; context
``CentralErrors``). Only their wording lives here; :func:`failure_text` words any exception a
key, a card or the central service raised.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.central.errors import CentralError
from kiosk.eds.errors import EdsError, WrongPasswordError

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
    # the central service's refusals of the journal's actions (CentralError.code)
    "application_closed": QT_TRANSLATE_NOOP(
        "FieldErrors", "This application is closed: it can no longer be changed."),
    "illegal_state": QT_TRANSLATE_NOOP(
        "FieldErrors", "This is not possible in the application's current status."),
    "not_applicant": QT_TRANSLATE_NOOP(
        "FieldErrors", "Only the applicant who filed the application can do this."),
    "signer_not_applicant": QT_TRANSLATE_NOOP(
        "FieldErrors", "Only the applicant who filed the application can do this."),
    "interest_lapsed": QT_TRANSLATE_NOOP(
        "FieldErrors", "The period to confirm interest has passed."),
    "benefit_unchanged": QT_TRANSLATE_NOOP(
        "FieldErrors", "The application already has this benefit: choose another one."),
    "child_too_young": QT_TRANSLATE_NOOP(
        "FieldErrors", "A kindergarten can be chosen once the child is {min_age} full years old."),
    "stop_listed": QT_TRANSLATE_NOOP(
        "FieldErrors", "The application is in the stop-list until {until}: no referral can be "
        "taken until then."),
    "enrolled_elsewhere": QT_TRANSLATE_NOOP(
        "FieldErrors", "The child is enrolled in a kindergarten: a referral to another one is "
        "possible only after that kindergarten records the departure."),
    "no_free_places": QT_TRANSLATE_NOOP(
        "FieldErrors", "There are no free places for the child's group at the moment."),
    "turn_not_come": QT_TRANSLATE_NOOP(
        "FieldErrors", "The child's turn has not come yet and no places are published for "
        "free choice."),
    "choose_window_closed": QT_TRANSLATE_NOOP(
        "FieldErrors", "The time to choose a kindergarten has passed; the child stays in the "
        "queue."),
    "benefit_documents_missing": QT_TRANSLATE_NOOP(
        "FieldErrors", "Attach the documents confirming the benefit and give their issue date."),
    "benefit_documents_too_old": QT_TRANSLATE_NOOP(
        "FieldErrors", "The benefit documents must be issued no earlier than {max_age_days} "
        "calendar days before the request."),
    "benefit_documents_after_request": QT_TRANSLATE_NOOP(
        "FieldErrors", "The issue date of the benefit documents cannot be later than today."),
    "referral_expired": QT_TRANSLATE_NOOP("FieldErrors", "The referral has expired."),
    "extension_limit_reached": QT_TRANSLATE_NOOP(
        "FieldErrors", "The referral has already been extended: it can be extended only once."),
    "extension_reason_required": QT_TRANSLATE_NOOP(
        "FieldErrors", "Give the reason for the extension."),
    "extension_date_not_after_expiry": QT_TRANSLATE_NOOP(
        "FieldErrors", "The extension date must be later than the referral's last day "
        "({last_day})."),
    "extension_too_long": QT_TRANSLATE_NOOP(
        "FieldErrors", "A referral can be extended by at most {max_days} calendar days: choose "
        "a date no later than {latest}."),
    "revoke_window_closed": QT_TRANSLATE_NOOP(
        "FieldErrors", "A referral can be revoked only within {hours} hours of its issue."),
    "time_before_last_change": QT_TRANSLATE_NOOP(
        "FieldErrors", "The application has just changed: please open it again."),
    "offline": QT_TRANSLATE_NOOP(
        "FieldErrors", "There is no connection to the central database. Please try again later."),
    "unavailable": QT_TRANSLATE_NOOP(
        "FieldErrors", "The central database is temporarily unavailable. Please try again later."),
    "internal_error": QT_TRANSLATE_NOOP(
        "FieldErrors", "The central database could not process the request. Please try again "
        "later."),
    "token_expired": QT_TRANSLATE_NOOP(
        "FieldErrors", "Your session has ended: please log in again."),
    "token_invalid": QT_TRANSLATE_NOOP(
        "FieldErrors", "Your session has ended: please log in again."),
    "auth_required": QT_TRANSLATE_NOOP(
        "FieldErrors", "Your session has ended: please log in again."),
    "application_not_found": QT_TRANSLATE_NOOP(
        "FieldErrors", "The application is not found among your applications."),
    "place_not_suitable": QT_TRANSLATE_NOOP(
        "FieldErrors", "This place does not suit the child (year of birth, queue or district): "
        "choose another one."),
    "kindergarten_unknown": QT_TRANSLATE_NOOP("FieldErrors", "This kindergarten is not found."),
    "benefit_category_unknown": QT_TRANSLATE_NOOP(
        "FieldErrors", "This benefit category is not known."),
    "request_stale": QT_TRANSLATE_NOOP(
        "FieldErrors", "The signed request is too old: please sign it again."),
    "request_malformed": QT_TRANSLATE_NOOP(
        "FieldErrors", "The request could not be read. Please try again."),
    "idempotency_conflict": QT_TRANSLATE_NOOP(
        "FieldErrors", "This request was already sent with other data. Please start again."),
    "forbidden": QT_TRANSLATE_NOOP("FieldErrors", "You may not see these data."),
    "bad_request": QT_TRANSLATE_NOOP("FieldErrors", "Please check the data you entered."),
    "unknown": QT_TRANSLATE_NOOP("FieldErrors", "Please check this field."),
}


def error_text(code: str, field: str = "", max_scan_mb: int = 0) -> str:
    """The translated sentence for an error ``code`` of ``field``."""
    key = "acknowledged" if field == "acknowledged" else code
    text = QCoreApplication.translate(CONTEXT, _MESSAGES.get(key, _MESSAGES["unknown"]))
    return text.replace("{mb}", str(max_scan_mb))


# -- keys and signatures -------------------------------------------------------------------

EDS_CONTEXT = "SigningErrors"

_EDS_MESSAGES = {
    "store_not_found": QT_TRANSLATE_NOOP(
        "SigningErrors", "The key file was not found: choose it again."),
    "store_removed": QT_TRANSLATE_NOOP(
        "SigningErrors", "The key storage was removed (the file is gone or the card was taken "
        "out). Put it back and try again."),
    "store_corrupt": QT_TRANSLATE_NOOP(
        "SigningErrors", "This file is not a key storage that can be read. Choose your EDS key "
        "file (.p12)."),
    "password_required": QT_TRANSLATE_NOOP(
        "SigningErrors", "Enter the password of the key storage."),
    "wrong_password": QT_TRANSLATE_NOOP(
        "SigningErrors", "Wrong password. Check the keyboard layout and capital letters and try "
        "again."),
    "wrong_pin_tries": QT_TRANSLATE_NOOP("SigningErrors", "Wrong PIN code: {n} tries left."),
    "key_locked": QT_TRANSLATE_NOOP(
        "SigningErrors", "The PIN code is blocked after too many wrong tries. It can be "
        "unblocked with the PUK code."),
    "key_not_found": QT_TRANSLATE_NOOP(
        "SigningErrors", "The chosen key is no longer in the storage: refresh the key list."),
    "unsupported": QT_TRANSLATE_NOOP(
        "SigningErrors", "GOST keys cannot be used in this kiosk yet: choose your RSA key."),
    "signing_failed": QT_TRANSLATE_NOOP(
        "SigningErrors", "The signature could not be made. Please try again."),
    "auth_for_signing": QT_TRANSLATE_NOOP(
        "SigningErrors", "This is an authentication key (AUTH_RSA). To sign, choose the signing "
        "key: its file name begins with RSA256_."),
    "sign_for_login": QT_TRANSLATE_NOOP(
        "SigningErrors", "This is a signing key (RSA256). To log in, choose the authentication "
        "key: its file name begins with AUTH_RSA256_."),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "SigningErrors", "The certificate of this key has expired. Get a new EDS at a service "
        "centre or on pki.gov.kz."),
    "certificate_not_yet_valid": QT_TRANSLATE_NOOP(
        "SigningErrors", "The certificate of this key is not valid yet. Use another key."),
    "revoked": QT_TRANSLATE_NOOP(
        "SigningErrors", "The certificate of this key has been revoked. Get a new EDS at a "
        "service centre or on pki.gov.kz."),
    "untrusted": QT_TRANSLATE_NOOP(
        "SigningErrors", "This key was not issued by the National Certification Authority of "
        "Kazakhstan and cannot be accepted."),
    "revocation_unknown": QT_TRANSLATE_NOOP(
        "SigningErrors", "The certificate could not be checked for revocation right now. Please "
        "try again later."),
    "invalid_iin": QT_TRANSLATE_NOOP(
        "SigningErrors", "The certificate of this key holds no valid IIN."),
    "iin_mismatch": QT_TRANSLATE_NOOP(
        "SigningErrors", "This key belongs to another person: sign with the EDS of the person "
        "who logged in."),
    "no_reader": QT_TRANSLATE_NOOP(
        "SigningErrors", "No card reader was found. Connect the reader and try again."),
    "pcsc_unavailable": QT_TRANSLATE_NOOP(
        "SigningErrors", "The smart card service is not running on this computer: cards and "
        "tokens cannot be read."),
    "card_absent": QT_TRANSLATE_NOOP(
        "SigningErrors", "No card found: insert the card or token and try again."),
    "card_unsupported": QT_TRANSLATE_NOOP(
        "SigningErrors", "This card is not supported: use your ID card or Kaztoken."),
    "cards_unavailable": QT_TRANSLATE_NOOP(
        "SigningErrors", "Cards and tokens cannot be used on this kiosk: choose «Personal "
        "computer»."),
    "trust_anchors_missing": QT_TRANSLATE_NOOP(
        "SigningErrors", "The kiosk's list of trusted certification authorities is missing: "
        "please tell the service centre staff."),
    "malformed_xml": QT_TRANSLATE_NOOP("SigningErrors", "The document to sign is damaged."),
    "unknown": QT_TRANSLATE_NOOP("SigningErrors", "The key could not be used."),
}

_EDS_ALIASES = {
    "unsupported_key_type": "unsupported", "unsupported_algorithm": "unsupported",
    "card_error": "signing_failed", "untrusted_issuer": "untrusted",
    "chain_invalid": "untrusted", "chain_expired": "untrusted", "reader_not_found": "no_reader",
    "card_timeout": "card_absent", "pkcs11_unavailable": "no_reader",
}


def eds_error_text(code: str, *, signing: bool = True, tries_left: int | None = None) -> str:
    """The sentence for an EDS error ``code`` (``kiosk.eds.errors``), when ``signing`` (or
    logging in, for a key of the wrong purpose)."""
    if code == "wrong_purpose":
        key = "auth_for_signing" if signing else "sign_for_login"
    elif code == "wrong_password" and tries_left is not None:
        key = "wrong_pin_tries"
    else:
        key = _EDS_ALIASES.get(code, code)
    text = QCoreApplication.translate(EDS_CONTEXT, _EDS_MESSAGES.get(key, _EDS_MESSAGES["unknown"]))
    return text.replace("{n}", str(tries_left if tries_left is not None else ""))


# -- the central service -------------------------------------------------------------------

CENTRAL_CONTEXT = "CentralErrors"

_CENTRAL_MESSAGES = {
    "offline": QT_TRANSLATE_NOOP(
        "CentralErrors", "There is no connection to the central database. Please try again in "
        "a few minutes."),
    "unavailable": QT_TRANSLATE_NOOP(
        "CentralErrors", "The central database is not answering right now. Please try again in "
        "a few minutes."),
    "session": QT_TRANSLATE_NOOP("CentralErrors", "Your session has ended. Please log in again."),
    "challenge": QT_TRANSLATE_NOOP("CentralErrors", "The login took too long. Please try again."),
    "person_unknown": QT_TRANSLATE_NOOP(
        "CentralErrors", "This IIN is not in the state register of persons."),
    "no_phone": QT_TRANSLATE_NOOP(
        "CentralErrors", "No mobile phone number is registered for this IIN. Log in with your "
        "EDS."),
    "otp_too_soon": QT_TRANSLATE_NOOP(
        "CentralErrors", "A code was sent a moment ago. You can ask for a new one in {s} "
        "seconds."),
    "otp_invalid": QT_TRANSLATE_NOOP("CentralErrors", "Wrong code: {n} tries left."),
    "otp_expired": QT_TRANSLATE_NOOP("CentralErrors", "The code has expired: ask for a new one."),
    "otp_locked": QT_TRANSLATE_NOOP("CentralErrors", "Too many wrong codes. Ask for a new code."),
    "signature_invalid": QT_TRANSLATE_NOOP(
        "CentralErrors", "The signature was not accepted. Please sign again."),
    "signer_not_applicant": QT_TRANSLATE_NOOP(
        "CentralErrors", "The application must be signed with the EDS of the applicant who "
        "logged in."),
    "not_parent": QT_TRANSLATE_NOOP(
        "CentralErrors", "The register does not list you as this child's parent."),
    "child_unknown": QT_TRANSLATE_NOOP(
        "CentralErrors", "The child's IIN is not in the state register of persons."),
    "district_unknown": QT_TRANSLATE_NOOP(
        "CentralErrors", "The chosen district is not served by this queue."),
    "benefit_category_unknown": QT_TRANSLATE_NOOP(
        "CentralErrors", "The chosen benefit category is not known to the central database."),
    "sanatorium_profile_required": QT_TRANSLATE_NOOP(
        "CentralErrors", "Choose the profile of the sanatorium kindergarten."),
    "malformed": QT_TRANSLATE_NOOP(
        "CentralErrors", "The central database could not read the application. Please check it "
        "and send it again."),
    "request_stale": QT_TRANSLATE_NOOP(
        "CentralErrors", "The kiosk's clock is wrong, so the signature was refused. Please tell "
        "the service centre staff."),
    "device": QT_TRANSLATE_NOOP(
        "CentralErrors", "This kiosk is not allowed to send applications. Please tell the "
        "service centre staff."),
    "forbidden": QT_TRANSLATE_NOOP(
        "CentralErrors", "You cannot see or change this application."),
    "child_too_old": QT_TRANSLATE_NOOP(
        "CentralErrors", "Only children under 7 are put in the queue: this child is 7 or older."),
    "duplicate_application": QT_TRANSLATE_NOOP(
        "CentralErrors", "This child already has an application in this queue: a second one is "
        "not accepted. You can see it in the applications journal."),
    "invalid_iin": QT_TRANSLATE_NOOP("CentralErrors", "The child's IIN is not valid."),
    "invalid_birth_date": QT_TRANSLATE_NOOP(
        "CentralErrors", "The child's date of birth is not valid."),
    "unknown": QT_TRANSLATE_NOOP(
        "CentralErrors", "The central database refused the request (code: {code})."),
}

_CENTRAL_ALIASES = {
    "internal_error": "unavailable", "numbers_exhausted": "unavailable",
    "auth_required": "session", "token_invalid": "session", "token_expired": "session",
    "challenge_invalid": "challenge", "challenge_expired": "challenge",
    "region_unknown": "district_unknown", "request_malformed": "malformed",
    "bad_request": "malformed", "idempotency_conflict": "malformed",
    "device_required": "device", "device_unknown": "device", "device_revoked": "device",
    "not_applicant": "signer_not_applicant",
}

# The central side's signature refusals say what the kiosk's own checks say.
_CENTRAL_SIGNATURE_CODES = {
    "certificate_untrusted": "untrusted", "certificate_expired": "certificate_expired",
    "certificate_not_yet_valid": "certificate_not_yet_valid", "certificate_revoked": "revoked",
    "revocation_unknown": "revocation_unknown", "certificate_no_iin": "invalid_iin",
    "auth_key_for_signing": "auth_for_signing", "signing_key_for_auth": "sign_for_login",
}


def central_error_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """The sentence for a central refusal ``code`` (``kiosk.central.errors``, the domain's
    transition codes, a refused registration's reason) with its parameters."""
    params = params or {}
    if code in _CENTRAL_SIGNATURE_CODES:
        key = _CENTRAL_SIGNATURE_CODES[code]
        return QCoreApplication.translate(EDS_CONTEXT, _EDS_MESSAGES[key])
    key = _CENTRAL_ALIASES.get(code, code)
    text = QCoreApplication.translate(
        CENTRAL_CONTEXT, _CENTRAL_MESSAGES.get(key, _CENTRAL_MESSAGES["unknown"]))
    return (text.replace("{s}", str(params.get("retry_after_s", "")))
            .replace("{n}", str(params.get("tries_left", "")))
            .replace("{code}", code))


def failure_text(error: BaseException, *, signing: bool = True) -> str:
    """The sentence for whatever a key, a card or the central service raised."""
    if isinstance(error, CentralError):
        return central_error_text(error.code, error.params)
    if isinstance(error, WrongPasswordError):
        return eds_error_text(error.code, signing=signing, tries_left=error.tries_left)
    if isinstance(error, EdsError):
        return eds_error_text(error.code, signing=signing)
    return eds_error_text("unknown") if signing else central_error_text("unavailable")
