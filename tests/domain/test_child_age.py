"""Full years of age and month arithmetic, including birthdays on 29 February."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.age import add_months, add_months_dt, anniversary, full_years


@pytest.mark.parametrize(("born", "on", "years"), [
    (date(2022, 4, 3), date(2026, 4, 2), 3),
    (date(2022, 4, 3), date(2026, 4, 3), 4),
    (date(2019, 3, 1), date(2026, 2, 28), 6),
    (date(2019, 3, 1), date(2026, 3, 1), 7),
    (date(2024, 1, 15), date(2024, 1, 15), 0),
    # Born on 29 February: the anniversary in a common year is 28 February.
    (date(2020, 2, 29), date(2021, 2, 27), 0),
    (date(2020, 2, 29), date(2021, 2, 28), 1),
    (date(2020, 2, 29), date(2024, 2, 28), 3),
    (date(2020, 2, 29), date(2024, 2, 29), 4),
    (date(2020, 2, 29), date(2027, 2, 28), 7),
])
def test_full_years(born: date, on: date, years: int) -> None:
    assert full_years(born, on) == years


def test_no_age_before_birth() -> None:
    with pytest.raises(ValueError, match="before the birth date"):
        full_years(date(2024, 1, 15), date(2024, 1, 14))


@pytest.mark.parametrize(("day", "months", "moved"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
    (date(2025, 12, 15), 1, date(2026, 1, 15)),
    (date(2026, 1, 15), -13, date(2024, 12, 15)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
])
def test_add_months_clips_to_the_month_end(day: date, months: int, moved: date) -> None:
    assert add_months(day, months) == moved


def test_add_months_to_a_moment_keeps_its_clock_and_zone() -> None:
    kz = timezone(timedelta(hours=5))
    moment = datetime(2025, 3, 31, 21, 35, 14, tzinfo=kz)
    assert add_months_dt(moment, 12) == datetime(2026, 3, 31, 21, 35, 14, tzinfo=kz)


@settings(max_examples=100, deadline=None)
@given(
    born=st.dates(date(2015, 1, 1), date(2026, 12, 31)),
    years=st.integers(0, 10),
)
def test_the_anniversary_is_the_first_day_of_the_new_age(born: date, years: int) -> None:
    day = anniversary(born, years)
    assert full_years(born, day) == years
    if day > born:
        assert full_years(born, day - timedelta(days=1)) == years - 1
