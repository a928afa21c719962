"""Kazakhstan's working days: holidays, their weekend transfers, decrees, corrections."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain import calendar as cal_module
from kiosk.domain.calendar import WorkingCalendar

KZ = timezone(timedelta(hours=5))
CAL = WorkingCalendar()

@pytest.mark.parametrize(("day", "why"), [
    (date(2026, 1, 1), "New Year"),
    (date(2026, 1, 2), "New Year, second day"),
    (date(2026, 1, 7), "Orthodox Christmas"),
    (date(2026, 3, 9), "Women's Day (8 March, a Sunday) moved to Monday"),
    (date(2026, 3, 23), "Nauryz (21–23 March)"),
    (date(2026, 3, 24), "Nauryz 21 March (Saturday) moved to Tuesday"),
    (date(2026, 3, 25), "Nauryz 22 March (Sunday) moved to Wednesday"),
    (date(2026, 5, 1), "Unity Day"),
    (date(2026, 5, 7), "Defender of the Fatherland Day"),
    (date(2026, 5, 11), "Victory Day (9 May, a Saturday) moved to Monday"),
    (date(2026, 5, 27), "Kurban Ait, first day"),
    (date(2026, 7, 6), "Capital Day"),
    (date(2026, 10, 26), "Republic Day (25 October, a Sunday) moved to Monday"),
    (date(2026, 12, 16), "Independence Day"),
    (date(2025, 3, 21), "Nauryz 2025 (Friday)"),
    (date(2025, 3, 24), "Nauryz 22 March 2025 (Saturday) moved"),
    (date(2025, 3, 25), "Nauryz 23 March 2025 (Sunday) moved"),
    (date(2021, 12, 17), "Independence Day had two days until 2021"),
])
def test_holidays_and_their_transfers_are_days_off(day: date, why: str) -> None:
    assert not CAL.is_working_day(day), why


@pytest.mark.parametrize(("day", "why"), [
    (date(2026, 3, 20), "Friday before Nauryz"),
    (date(2026, 3, 26), "Thursday after the Nauryz days off"),
    (date(2026, 12, 17), "since 2022 Independence Day is one day"),
    (date(2026, 1, 5), "first working day of 2026"),
    (date(2024, 1, 8), "Christmas on a Sunday is not moved"),
    (date(2026, 6, 1), "an ordinary Monday"),
])
def test_ordinary_weekdays_are_working_days(day: date, why: str) -> None:
    assert CAL.is_working_day(day), why


def test_weekends_are_days_off() -> None:
    assert not CAL.is_working_day(date(2026, 3, 28))  # Saturday
    assert not CAL.is_working_day(date(2026, 3, 29))  # Sunday


@pytest.mark.parametrize(("day_off", "worked"), [
    (date(2025, 1, 3), date(2025, 1, 5)),    # decree for 2025: Sunday 5 January worked
    (date(2024, 5, 8), date(2024, 5, 4)),    # decree for 2024: Saturday 4 May worked
    (date(2023, 7, 7), date(2023, 7, 1)),    # Capital Day 2023: Saturday 1 July worked
    (date(2014, 1, 3), date(2013, 12, 28)),  # a 2014 decree made a 2013 Saturday a working day
])
def test_days_transferred_by_decree(day_off: date, worked: date) -> None:
    fresh = WorkingCalendar()  # no year cached yet: the worked day's year is loaded alone
    assert fresh.is_working_day(worked)
    assert not fresh.is_working_day(day_off)


def test_a_region_corrects_the_calendar_with_data() -> None:
    # A decree newer than the installed package: a day off and a Saturday worked instead.
    corrected = WorkingCalendar(
        extra_holidays=[date(2026, 8, 31)], extra_working_days=[date(2026, 8, 29)]
    )
    assert CAL.is_working_day(date(2026, 8, 31))
    assert not corrected.is_working_day(date(2026, 8, 31))
    assert corrected.is_working_day(date(2026, 8, 29))
    assert corrected.extra_holidays == frozenset({date(2026, 8, 31)})
    assert corrected.extra_working_days == frozenset({date(2026, 8, 29)})
    # Even a public holiday can be declared a working day.
    assert WorkingCalendar(extra_working_days=[date(2026, 7, 6)]).is_working_day(date(2026, 7, 6))


def test_a_day_cannot_be_both_a_holiday_and_a_working_day() -> None:
    with pytest.raises(ValueError, match="2026-08-31"):
        WorkingCalendar(extra_holidays=[date(2026, 8, 31)], extra_working_days=[date(2026, 8, 31)])


def test_add_working_days_across_nauryz() -> None:
    friday = date(2026, 3, 20)
    assert CAL.add_working_days(friday, 1) == date(2026, 3, 26)
    assert CAL.add_working_days(friday, 3) == date(2026, 3, 30)
    assert CAL.add_working_days(friday, 0) == friday
    assert CAL.add_working_days(date(2026, 3, 26), -1) == friday
    # Counting starts after a day off as after any other day.
    assert CAL.add_working_days(date(2026, 3, 21), 1) == date(2026, 3, 26)


def test_add_working_days_across_independence_day_and_new_year() -> None:
    assert CAL.add_working_days(date(2026, 12, 15), 1) == date(2026, 12, 17)
    assert CAL.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 5)  # 1–2 Jan, 4 Jan


def test_working_days_between_counts_the_half_open_interval() -> None:
    assert CAL.working_days_between(date(2026, 3, 20), date(2026, 3, 31)) == 4
    assert CAL.working_days_between(date(2026, 3, 31), date(2026, 3, 20)) == -4
    assert CAL.working_days_between(date(2026, 3, 20), date(2026, 3, 20)) == 0
    assert CAL.working_days_between(date(2026, 3, 21), date(2026, 3, 25)) == 0


def test_next_working_day() -> None:
    assert CAL.next_working_day(date(2026, 3, 21)) == date(2026, 3, 26)
    assert CAL.next_working_day(date(2026, 3, 26)) == date(2026, 3, 26)


def test_deadline_ends_at_midnight_after_the_last_working_day() -> None:
    start = datetime(2026, 3, 20, 17, 45, tzinfo=KZ)
    assert CAL.deadline(start, 3) == datetime(2026, 3, 31, 0, 0, tzinfo=KZ)
    with pytest.raises(ValueError, match="aware"):
        CAL.deadline(datetime(2026, 3, 20, 17, 45), 3)


def test_module_functions_use_the_plain_kazakhstan_calendar() -> None:
    assert cal_module.default_calendar() is cal_module.default_calendar()
    assert not cal_module.is_working_day(date(2026, 12, 16))
    assert cal_module.add_working_days(date(2026, 3, 20), 1) == date(2026, 3, 26)
    assert cal_module.working_days_between(date(2026, 3, 20), date(2026, 3, 26)) == 1


dates = st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))


@settings(max_examples=60, deadline=None)
@given(start=dates, n=st.integers(min_value=-25, max_value=25))
def test_counting_and_adding_agree(start: date, n: int) -> None:
    end = CAL.add_working_days(start, n)
    if n >= 0 or CAL.is_working_day(start):
        assert CAL.working_days_between(start, end) == n
    else:  # counting back from a day off: the day off itself is not in (end, start]
        assert CAL.working_days_between(start, end) == n + 1
    if n:
        assert CAL.is_working_day(end)
        assert (end > start) == (n > 0)


@settings(max_examples=60, deadline=None)
@given(a=dates, b=dates, c=dates)
def test_counts_add_up_over_consecutive_intervals(a: date, b: date, c: date) -> None:
    assert CAL.working_days_between(a, b) + CAL.working_days_between(b, c) == (
        CAL.working_days_between(a, c)
    )
