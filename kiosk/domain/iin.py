"""The individual identification number (ИИН / ЖСН): validation and what it encodes."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

_WEIGHTS_FIRST = tuple(range(1, 12))
_WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY_BY_DIGIT = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


class Sex(enum.Enum):
    MALE = "male"
    FEMALE = "female"


class IinError(enum.Enum):
    """Why an IIN is invalid; the value is a stable code the UI translates."""

    LENGTH = "length"
    NOT_DIGITS = "not_digits"
    DATE = "date"
    CENTURY = "century"
    CHECKSUM = "checksum"


@dataclass(frozen=True)
class IinCheck:
    """The outcome of checking an IIN: either valid with its data or invalid with a reason."""

    iin: str
    error: IinError | None
    birth_date: date | None = None
    sex: Sex | None = None

    @property
    def valid(self) -> bool:
        return self.error is None


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for 11 leading digits, or None when no digit can make the IIN valid."""
    digits = [int(c) for c in first_eleven]
    for weights in (_WEIGHTS_FIRST, _WEIGHTS_SECOND):
        control = sum(d * w for d, w in zip(digits, weights)) % 11
        if control != 10:
            return control
    return None


def check_iin(iin: str) -> IinCheck:
    """Check an IIN and derive the birth date and sex it encodes."""
    if len(iin) != 12:
        return IinCheck(iin, IinError.LENGTH)
    if not (iin.isascii() and iin.isdigit()):
        return IinCheck(iin, IinError.NOT_DIGITS)
    century = _CENTURY_BY_DIGIT.get(int(iin[6]))
    if century is None:
        return IinCheck(iin, IinError.CENTURY)
    try:
        born = date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return IinCheck(iin, IinError.DATE)
    if check_digit(iin[:11]) != int(iin[11]):
        return IinCheck(iin, IinError.CHECKSUM)
    sex = Sex.MALE if int(iin[6]) % 2 == 1 else Sex.FEMALE
    return IinCheck(iin, None, born, sex)


def is_valid_iin(iin: str) -> bool:
    """True when ``iin`` is a well-formed IIN with a correct check digit."""
    return check_iin(iin).valid


def build_iin(birth_date: date, sex: Sex, serial: int) -> str | None:
    """Compose a valid IIN from its parts; None when ``serial`` gives no valid check digit.

    ``serial`` is the 4-digit registration number (digits 8–11).
    """
    if not 1800 <= birth_date.year <= 2099:
        raise ValueError("IIN birth year must be 1800–2099")
    if not 0 <= serial <= 9999:
        raise ValueError("IIN serial must be 0–9999")
    base_digit = {1800: 1, 1900: 3, 2000: 5}[birth_date.year // 100 * 100]
    century_digit = base_digit + (0 if sex is Sex.MALE else 1)
    first_eleven = f"{birth_date:%y%m%d}{century_digit}{serial:04d}"
    control = check_digit(first_eleven)
    return None if control is None else first_eleven + str(control)
