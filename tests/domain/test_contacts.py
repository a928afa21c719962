import pytest

from kiosk.domain.contacts import ContactError, email_error, normalize_email, normalize_phone, phone_error


@pytest.mark.parametrize(("typed", "stored"), [
    ("+77011234567", "+77011234567"),
    ("+7 (701) 123-45-67", "+77011234567"),
    ("87011234567", "+77011234567"),
    (" +7 701 123 45 67 ", "+77011234567"),
])
def test_phones_are_stored_as_plus7_and_ten_digits(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["+7701123456", "+770112345678", "+17011234567", "7011234567",
                                   "+7701123456a", "телефон"])
def test_malformed_phones_are_refused(typed: str) -> None:
    assert phone_error(typed, required=True) is ContactError.PHONE_FORMAT


def test_an_empty_phone_is_refused_only_when_required() -> None:
    assert phone_error("  ", required=True) is ContactError.REQUIRED
    assert phone_error("", required=False) is None


@pytest.mark.parametrize("typed", ["aigerim@mail.kz", "o.ivanova+kiosk@example.co.uk"])
def test_good_emails_pass(typed: str) -> None:
    assert normalize_email(f" {typed} ") == typed
    assert email_error(typed, required=True) is None


@pytest.mark.parametrize("typed", ["aigerim", "aigerim@", "@mail.kz", "a b@mail.kz", "a@mail",
                                   "айгерім@mail.kz"])
def test_malformed_emails_are_refused(typed: str) -> None:
    assert email_error(typed, required=True) is ContactError.EMAIL_FORMAT


def test_an_empty_email_is_refused_only_when_required() -> None:
    assert email_error("", required=True) is ContactError.REQUIRED
    assert email_error("", required=False) is None


def test_a_good_phone_has_no_error() -> None:
    assert phone_error("8 (701) 123-45-67", required=True) is None
