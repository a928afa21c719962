"""Application numbers: UO.<year>.<6-digit sequence>.<n> and SDDO.…"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.numbers import (
    ApplicationNumber,
    ApplicationNumberError,
    NumberErrorCode,
    QueueType,
)


@pytest.mark.parametrize(("text", "number"), [
    ("UO.2018.256902.1", ApplicationNumber(QueueType.ORDINARY, 2018, 256902, 1)),
    ("SDDO.2020.768620.1", ApplicationNumber(QueueType.SANATORIUM, 2020, 768620, 1)),
    ("UO.2018.000016.1", ApplicationNumber(QueueType.ORDINARY, 2018, 16, 1)),
    ("  UO.2018.000024.12 ", ApplicationNumber(QueueType.ORDINARY, 2018, 24, 12)),
])
def test_numbers_from_the_seeds_parse(text: str, number: ApplicationNumber) -> None:
    assert ApplicationNumber.parse(text) == number
    assert str(number) == text.strip()
    assert number.queue_type.value == text.strip().split(".")[0]


@pytest.mark.parametrize(("text", "code"), [
    ("", NumberErrorCode.FORMAT),
    ("UO-2018-256902-1", NumberErrorCode.FORMAT),
    ("UO.2018.25690.1", NumberErrorCode.FORMAT),        # sequence is six digits
    ("UO.18.256902.1", NumberErrorCode.FORMAT),
    ("uo.2018.256902.1", NumberErrorCode.FORMAT),
    ("ИО.2018.000016.1", NumberErrorCode.FORMAT),       # OCR noise in the seeds: Cyrillic
    ("UO.2018.256902.", NumberErrorCode.FORMAT),
    ("XX.2018.256902.1", NumberErrorCode.QUEUE_TYPE),
    ("UO.1999.256902.1", NumberErrorCode.YEAR),
    ("UO.2018.256902.0", NumberErrorCode.SUFFIX),
    ("UO.2018.256902.01", NumberErrorCode.SUFFIX),
])
def test_malformed_numbers_are_refused_with_a_reason(text: str, code: NumberErrorCode) -> None:
    with pytest.raises(ApplicationNumberError) as caught:
        ApplicationNumber.parse(text)
    assert caught.value.code is code
    assert caught.value.text == text
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(("args", "code"), [
    ((QueueType.ORDINARY, 1999, 1, 1), NumberErrorCode.YEAR),
    ((QueueType.ORDINARY, 2018, 1_000_000, 1), NumberErrorCode.SEQUENCE),
    ((QueueType.ORDINARY, 2018, -1, 1), NumberErrorCode.SEQUENCE),
    ((QueueType.ORDINARY, 2018, 1, 0), NumberErrorCode.SUFFIX),
])
def test_out_of_range_parts_are_refused(
    args: tuple[QueueType, int, int, int], code: NumberErrorCode
) -> None:
    with pytest.raises(ApplicationNumberError) as caught:
        ApplicationNumber(*args)
    assert caught.value.code is code


def test_numbers_sort_by_queue_year_sequence_suffix() -> None:
    texts = ["UO.2019.000001.1", "SDDO.2020.768620.1", "UO.2018.256902.2", "UO.2018.256902.1"]
    ordered = sorted(ApplicationNumber.parse(t) for t in texts)
    assert [str(n) for n in ordered] == [
        "SDDO.2020.768620.1", "UO.2018.256902.1", "UO.2018.256902.2", "UO.2019.000001.1",
    ]
    assert ApplicationNumber.parse("UO.2018.256902.1").__lt__("UO") is NotImplemented


numbers = st.builds(
    ApplicationNumber,
    st.sampled_from(QueueType),
    st.integers(2000, 2099),
    st.integers(0, 999_999),
    st.integers(1, 999),
)


@settings(max_examples=100, deadline=None)
@given(number=numbers)
def test_format_and_parse_round_trip(number: ApplicationNumber) -> None:
    assert ApplicationNumber.parse(number.format()) == number
