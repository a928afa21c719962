"""IINs: what build_iin makes is valid, what a typo changes, and `kiosk iin check`."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.domain.iin import IinError, Sex, build_iin, check_digit, check_iin, is_valid_iin

birth_dates = st.dates(date(1900, 1, 1), date(2099, 12, 31))
sexes = st.sampled_from(Sex)
serials = st.integers(0, 9999)


@st.composite
def _valid_iins(draw: st.DrawFn) -> tuple[str, date, Sex]:
    born, sex = draw(birth_dates), draw(sexes)
    iin = draw(serials.map(lambda serial: build_iin(born, sex, serial)).filter(bool))
    assert iin is not None
    return iin, born, sex


@settings(max_examples=200, deadline=None)
@given(case=_valid_iins())
def test_every_built_iin_is_valid_and_encodes_its_parts(case: tuple[str, date, Sex]) -> None:
    iin, born, sex = case
    result = check_iin(iin)
    assert result.valid and is_valid_iin(iin)
    assert (result.birth_date, result.sex, result.error) == (born, sex, None)


@settings(max_examples=200, deadline=None)
@given(born=birth_dates, sex=sexes, serial=serials)
def test_build_iin_gives_none_only_when_no_check_digit_exists(
    born: date, sex: Sex, serial: int
) -> None:
    century = {1900: 3, 2000: 5}[born.year // 100 * 100] + (sex is Sex.FEMALE)
    first_eleven = f"{born:%y%m%d}{century}{serial:04d}"
    iin = build_iin(born, sex, serial)
    if iin is None:
        assert check_digit(first_eleven) is None
    else:
        assert iin == first_eleven + str(check_digit(first_eleven))


# Positions 0–5 are the birth date, 6 the century and sex, 7–10 the serial, 11 the control.
DATE_SEX_AND_CONTROL = (0, 1, 2, 3, 4, 5, 6, 11)


@settings(max_examples=150, deadline=None)
@given(case=_valid_iins(), data=st.data())
def test_a_typo_in_date_sex_or_control_is_caught_or_changes_what_is_encoded(
    case: tuple[str, date, Sex], data: st.DataObject
) -> None:
    iin, born, sex = case
    position = data.draw(st.sampled_from(DATE_SEX_AND_CONTROL))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != iin[position]]))
    typo = iin[:position] + digit + iin[position + 1:]
    result = check_iin(typo)
    assert not result.valid or (result.birth_date, result.sex) != (born, sex)


@settings(max_examples=150, deadline=None)
@given(case=_valid_iins(), data=st.data())
def test_a_typo_in_the_serial_is_caught_unless_the_checksum_cannot_see_it(
    case: tuple[str, date, Sex], data: st.DataObject
) -> None:
    """The official control (weights 1…11, mod 11) gives digit 11 (index 10) the weight 11,
    i.e. 0: a typo there is invisible whenever the first weighting decides the control.
    Typos in digits 8–10 slip through only when they switch between the two weightings."""
    iin, born, sex = case
    position = data.draw(st.integers(7, 10))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != iin[position]]))
    typo = iin[:position] + digit + iin[position + 1:]
    first_weighting_decides = sum(int(c) * w for c, w in zip(iin[:11], range(1, 12))) % 11 != 10
    if position == 10 and first_weighting_decides:
        assert check_iin(typo).valid  # documented weakness of the official algorithm
    elif check_iin(typo).valid:
        switched = sum(int(c) * w for c, w in zip(typo[:11], range(1, 12))) % 11 != 10
        assert switched != first_weighting_decides


@pytest.mark.parametrize(("text", "error"), [
    ("22040352001", IinError.LENGTH),
    ("22040352001a", IinError.NOT_DIGITS),
    ("２２０４０３５２００１３", IinError.NOT_DIGITS),
    ("220403020013", IinError.CENTURY),
    ("221303520013", IinError.DATE),
    ("220403520012", IinError.CHECKSUM),
])
def test_invalid_iins_say_why(text: str, error: IinError) -> None:
    assert check_iin(text).error is error
    assert not is_valid_iin(text)


def test_build_iin_refuses_impossible_parts() -> None:
    with pytest.raises(ValueError, match="year"):
        build_iin(date(1799, 12, 31), Sex.MALE, 1)
    with pytest.raises(ValueError, match="serial"):
        build_iin(date(2020, 1, 1), Sex.MALE, 10000)


def test_cli_check_valid_iin_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["iin", "check", "220403520013", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "valid": True, "birth_date": "2022-04-03", "sex": "male", "error": None,
    }


def test_cli_check_invalid_iin_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["iin", "check", "220403520012", "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == {
        "valid": False, "birth_date": None, "sex": None, "error": "checksum",
    }


def test_cli_check_in_plain_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["iin", "check", " 220403520013 "]) == 0
    assert capsys.readouterr().out.strip() == "valid: born 2022-04-03, male"
    assert main(["iin", "check", "123"]) == 1
    assert capsys.readouterr().out.strip() == "invalid: length"
