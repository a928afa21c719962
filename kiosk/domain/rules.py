"""The rules a region sets: deadlines, limits, the priority interleave, calendar corrections.

The defaults are the rules of the portals' instructions (SPEC §5). A region's settings file
holds a table with the same keys; the settings loader passes it to
:meth:`RegionRules.from_mapping`, which validates every value and names the key at fault.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from kiosk.domain.calendar import WorkingCalendar

# key -> (smallest allowed, largest allowed) for every integer setting
_INT_RANGES: dict[str, tuple[int, int]] = {
    "choose_window_working_days": (1, 60),
    "enrol_working_days": (1, 60),
    "stop_list_working_days": (0, 120),
    "interest_months": (1, 60),
    "extension_max_calendar_days": (0, 365),
    "extensions_allowed": (0, 10),
    "revoke_window_hours": (0, 24 * 30),
    "benefit_documents_max_age_days": (0, 365),
    "max_child_age_years": (1, 18),
    "min_choice_age_years": (0, 17),
    "max_expired_referrals": (1, 10),
    "utc_offset_minutes": (-12 * 60, 14 * 60),
}


@dataclass(frozen=True)
class RegionRules:
    """Typed per-region settings of the queue; every field has the national default."""

    choose_window_working_days: int = 3
    """Working days to choose a kindergarten once notified; then the place is freed."""
    enrol_working_days: int = 5
    """Working days to get the child enrolled with a referral; then it is annulled."""
    stop_list_working_days: int = 10
    """Working days in the stop-list after an annulled referral."""
    interest_months: int = 12
    """Months within which interest must be confirmed, else the child is removed."""
    extension_max_calendar_days: int = 30
    """The longest extension of a referral, in calendar days past its expiry."""
    extensions_allowed: int = 1
    """How many times one referral may be extended."""
    revoke_window_hours: int = 24
    """Hours after issue during which the applicant may revoke a referral."""
    benefit_documents_max_age_days: int = 10
    """Benefit documents must be dated at most this many calendar days before the request."""
    max_child_age_years: int = 7
    """A child is registered only while younger than this (full years)."""
    min_choice_age_years: int = 2
    """A child gets a turn / a referral only from this age (full years)."""
    max_expired_referrals: int = 2
    """The expired referral that reaches this count removes the child from the queue."""
    priority_interleave: tuple[int, int] | None = None
    """(priority, general) children per round, e.g. Astana's (1, 3); None: priority first."""
    utc_offset_minutes: int = 5 * 60
    """The region's offset from UTC: local dates of deadlines are counted in it."""
    extra_holidays: tuple[date, ...] = field(default=())
    """Days off to add to the national calendar (a decree newer than the package)."""
    extra_working_days: tuple[date, ...] = field(default=())
    """Days to make working days (e.g. a Saturday worked by decree)."""

    def __post_init__(self) -> None:
        for key, (low, high) in _INT_RANGES.items():
            _check_int(key, getattr(self, key), low, high)
        if self.min_choice_age_years >= self.max_child_age_years:
            raise ValueError(
                "min_choice_age_years: must be below max_child_age_years "
                f"({self.min_choice_age_years} >= {self.max_child_age_years})"
            )
        if self.priority_interleave is not None:
            _check_interleave("priority_interleave", self.priority_interleave)
        for key in ("extra_holidays", "extra_working_days"):
            days = getattr(self, key)
            if not isinstance(days, tuple) or not all(_is_date(d) for d in days):
                raise ValueError(f"{key}: must be a tuple of dates")
            object.__setattr__(self, key, tuple(sorted(set(days))))  # one canonical order
        clash = set(self.extra_holidays) & set(self.extra_working_days)
        if clash:
            raise ValueError(
                "extra_working_days: dates also listed in extra_holidays: "
                + ", ".join(d.isoformat() for d in sorted(clash))
            )

    @property
    def tz(self) -> timezone:
        """The region's fixed UTC offset as a tzinfo."""
        return timezone(timedelta(minutes=self.utc_offset_minutes))

    def working_calendar(self) -> WorkingCalendar:
        """The national working calendar with this region's corrections applied."""
        return WorkingCalendar(
            extra_holidays=self.extra_holidays, extra_working_days=self.extra_working_days
        )

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> RegionRules:
        """Build the rules from a settings table; absent keys keep their defaults.

        Integers must be integers (not booleans, not strings); ``priority_interleave`` is a
        pair of positive integers (a list ``[1, 3]`` or the text ``"1:3"``), or absent /
        empty / ``"none"`` for none; the extra days are lists of dates or ISO date strings.
        Raises ValueError naming the offending key for an unknown key or a bad value.
        """
        if not isinstance(data, Mapping):
            raise ValueError("region rules: expected a table of settings")
        known = {f.name for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        for key, raw in data.items():
            if key not in known:
                raise ValueError(f"{key}: unknown region rule (known: {', '.join(sorted(known))})")
            if key == "priority_interleave":
                values[key] = _parse_interleave(key, raw)
            elif key in ("extra_holidays", "extra_working_days"):
                values[key] = _parse_dates(key, raw)
            else:
                low, high = _INT_RANGES[key]
                _check_int(key, raw, low, high)
                values[key] = raw
        return cls(**values)

    def to_mapping(self) -> dict[str, Any]:
        """The rules as a settings table that :meth:`from_mapping` reads back."""
        table: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name == "priority_interleave":
                if value is not None:
                    table[f.name] = list(value)
            elif isinstance(value, tuple):
                table[f.name] = [d.isoformat() for d in value]
            else:
                table[f.name] = value
        return table


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _check_int(key: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key}: must be an integer, got {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{key}: must be between {low} and {high}, got {value}")


def _check_interleave(key: str, value: object) -> None:
    if not isinstance(value, tuple) or len(value) != 2:
        raise ValueError(f"{key}: must be a pair (priority, general), got {value!r}")
    for part in value:
        _check_int(key, part, 1, 100)


def _parse_interleave(key: str, raw: object) -> tuple[int, int] | None:
    if raw is None or raw == "" or raw == [] or (isinstance(raw, str) and raw.lower() == "none"):
        return None
    if isinstance(raw, str):
        parts = raw.split(":")
        if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
            raise ValueError(f"{key}: expected 'priority:general' like '1:3', got {raw!r}")
        pair: tuple[Any, ...] = tuple(int(p) for p in parts)
    elif isinstance(raw, (list, tuple)):
        pair = tuple(raw)
    else:
        raise ValueError(f"{key}: must be a pair (priority, general), got {raw!r}")
    _check_interleave(key, pair)
    return (pair[0], pair[1])


def _parse_dates(key: str, raw: object) -> tuple[date, ...]:
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Iterable):
        raise ValueError(f"{key}: must be a list of dates, got {raw!r}")
    days: list[date] = []
    for item in raw:
        if _is_date(item):
            days.append(item)
        elif isinstance(item, str):
            try:
                days.append(date.fromisoformat(item))
            except ValueError:
                raise ValueError(f"{key}: not an ISO date (YYYY-MM-DD): {item!r}") from None
        else:
            raise ValueError(f"{key}: not a date: {item!r}")
    return tuple(sorted(set(days)))
