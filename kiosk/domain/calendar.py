"""Kazakhstan's working-day calendar, for deadlines counted in working days.

The base data come from the ``holidays`` package (``holidays.country_holidays("KZ")``):

- public holidays of the law «О праздниках в Республике Казахстан», with each one that falls
  on a Saturday or Sunday observed on the next working day (the package's
  ``SAT_SUN_TO_NEXT_WORKDAY`` rule, since 2002); Orthodox Christmas and Kurban Ait are not
  moved, as the Labour Code says;
- the days off the Government transfers by decree (``special_public_holidays``, up to the
  years the package release knows), and the Saturdays such a decree turns into working days
  (the package's ``weekend_workdays``).

A decree newer than the installed package, or a regional correction, is data: pass it as
``extra_holidays`` (a day off) and ``extra_working_days`` (e.g. a Saturday made a working
day). They override the package.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class _Year:
    days_off: frozenset[date]
    weekend_workdays: frozenset[date]
    weekend: frozenset[int]


class WorkingCalendar:
    """Which days are working days in Kazakhstan, with optional corrections.

    Immutable in behaviour: the corrections are fixed at construction; the per-year data of
    the ``holidays`` package are computed on first use and cached.
    """

    __slots__ = ("_country", "_extra_holidays", "_extra_working_days", "_years")

    def __init__(
        self,
        *,
        extra_holidays: Iterable[date] = (),
        extra_working_days: Iterable[date] = (),
        country: str = "KZ",
    ) -> None:
        self._country = country
        self._extra_holidays = frozenset(extra_holidays)
        self._extra_working_days = frozenset(extra_working_days)
        clash = self._extra_holidays & self._extra_working_days
        if clash:
            days = ", ".join(d.isoformat() for d in sorted(clash))
            raise ValueError(f"dates both extra holidays and extra working days: {days}")
        self._years: dict[int, _Year] = {}

    @property
    def extra_holidays(self) -> frozenset[date]:
        """The days off added on top of the package's data."""
        return self._extra_holidays

    @property
    def extra_working_days(self) -> frozenset[date]:
        """The days made working days on top of the package's data."""
        return self._extra_working_days

    def _year(self, year: int) -> _Year:
        cached = self._years.get(year)
        if cached is None:
            # A decree for year Y+1 may turn a Saturday of year Y into a working day
            # (e.g. 28.12.2013 worked for 03.01.2014), so load the following year too.
            data = holidays.country_holidays(self._country, years=(year, year + 1))
            cached = _Year(
                days_off=frozenset(d for d in data if d.year == year),
                weekend_workdays=frozenset(d for d in data.weekend_workdays if d.year == year),
                weekend=frozenset(data.weekend),
            )
            self._years[year] = cached
        return cached

    def is_working_day(self, day: date) -> bool:
        """True when ``day`` is a working day (five-day week, holidays and transfers applied)."""
        if day in self._extra_working_days:
            return True
        if day in self._extra_holidays:
            return False
        data = self._year(day.year)
        if day.weekday() in data.weekend:
            return day in data.weekend_workdays
        return day not in data.days_off

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (before it when ``n`` is negative).

        ``start`` itself is never counted; ``n == 0`` returns ``start`` unchanged.
        """
        step = _ONE_DAY if n >= 0 else -_ONE_DAY
        day = start
        remaining = abs(n)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in the half-open interval (a, b]; when b < a, minus those in (b, a].

        So counts add up: ``between(a, b) + between(b, c) == between(a, c)``. Consistent with
        :meth:`add_working_days`: ``working_days_between(a, add_working_days(a, n)) == n``
        for every ``n >= 0``, and for negative ``n`` when ``a`` is a working day.
        """
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        day = a
        while day < b:
            day += _ONE_DAY
            count += self.is_working_day(day)
        return count

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        return day if self.is_working_day(day) else self.add_working_days(day, 1)

    def deadline(self, start: datetime, working_days: int) -> datetime:
        """The instant a period of ``working_days`` working days from ``start`` ends.

        The period runs through the whole ``working_days``-th working day after the date of
        ``start`` (in ``start``'s own time zone) and ends at the following midnight.
        ``start`` must be time-zone aware.
        """
        if start.tzinfo is None or start.utcoffset() is None:
            raise ValueError("deadline() needs an aware datetime")
        last = self.add_working_days(start.date(), working_days)
        return datetime.combine(last + _ONE_DAY, time(0), tzinfo=start.tzinfo)


@lru_cache(maxsize=1)
def default_calendar() -> WorkingCalendar:
    """The shared, uncorrected Kazakhstan calendar."""
    return WorkingCalendar()


def is_working_day(day: date) -> bool:
    """:meth:`WorkingCalendar.is_working_day` on the uncorrected Kazakhstan calendar."""
    return default_calendar().is_working_day(day)


def add_working_days(start: date, n: int) -> date:
    """:meth:`WorkingCalendar.add_working_days` on the uncorrected Kazakhstan calendar."""
    return default_calendar().add_working_days(start, n)


def working_days_between(a: date, b: date) -> int:
    """:meth:`WorkingCalendar.working_days_between` on the uncorrected Kazakhstan calendar."""
    return default_calendar().working_days_between(a, b)
