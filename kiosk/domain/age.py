"""Ages and calendar-month arithmetic.

A period counted in years or months ends on the same day of the final month; when that
month has no such day (29 February in a common year, 31 April) it ends on the month's last
day, as the Civil Code of Kazakhstan counts terms. So a child born on 29 February turns one
on 28 February of a common year.
"""

from __future__ import annotations

import calendar as _stdcal
from datetime import date, datetime


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months (negative moves back), clipped to month end."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = _stdcal.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def add_months_dt(moment: datetime, months: int) -> datetime:
    """``moment`` moved by ``months`` calendar months, keeping the clock time and zone."""
    moved = add_months(moment.date(), months)
    return moment.replace(year=moved.year, month=moved.month, day=moved.day)


def anniversary(birth_date: date, years: int) -> date:
    """The day on which someone born on ``birth_date`` reaches ``years`` full years."""
    return add_months(birth_date, 12 * years)


def full_years(birth_date: date, on: date) -> int:
    """Full years of age on ``on`` of someone born on ``birth_date``.

    Raises ValueError when ``on`` is before ``birth_date``.
    """
    if on < birth_date:
        raise ValueError(f"date {on} is before the birth date {birth_date}")
    years = on.year - birth_date.year
    if anniversary(birth_date, years) > on:
        years -= 1
    return years
