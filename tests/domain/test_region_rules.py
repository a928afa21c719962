"""Per-region rules: national defaults, validation of a settings table, naming the key."""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.rules import RegionRules


def test_defaults_are_the_portals_rules() -> None:
    rules = RegionRules()
    assert (rules.choose_window_working_days, rules.enrol_working_days) == (3, 5)
    assert rules.stop_list_working_days == 10
    assert rules.interest_months == 12
    assert (rules.extension_max_calendar_days, rules.extensions_allowed) == (30, 1)
    assert rules.revoke_window_hours == 24
    assert rules.benefit_documents_max_age_days == 10
    assert (rules.max_child_age_years, rules.min_choice_age_years) == (7, 2)
    assert rules.max_expired_referrals == 2
    assert rules.priority_interleave is None
    assert rules.tz.utcoffset(None) == timedelta(hours=5)


def test_a_toml_table_for_astana() -> None:
    table = tomllib.loads(
        """
        [regions.astana]
        priority_interleave = [1, 3]
        extension_max_calendar_days = 20
        extra_holidays = [2026-08-31]
        extra_working_days = ["2026-08-29"]
        """
    )["regions"]["astana"]
    rules = RegionRules.from_mapping(table)
    assert rules.priority_interleave == (1, 3)
    assert rules.extension_max_calendar_days == 20
    assert rules.choose_window_working_days == 3  # untouched keys keep the default
    assert rules.extra_holidays == (date(2026, 8, 31),)
    assert rules.extra_working_days == (date(2026, 8, 29),)
    calendar = rules.working_calendar()
    assert not calendar.is_working_day(date(2026, 8, 31))
    assert calendar.is_working_day(date(2026, 8, 29))


@pytest.mark.parametrize(("raw", "parsed"), [
    ("1:3", (1, 3)), ([2, 5], (2, 5)), ((1, 1), (1, 1)),
    ("none", None), ("", None), ([], None), (None, None),
])
def test_interleave_spellings(raw: object, parsed: tuple[int, int] | None) -> None:
    assert RegionRules.from_mapping({"priority_interleave": raw}).priority_interleave == parsed


@pytest.mark.parametrize(("table", "key"), [
    ({"choose_window_days": 3}, "choose_window_days"),
    ({"enrol_working_days": "5"}, "enrol_working_days"),
    ({"enrol_working_days": 5.0}, "enrol_working_days"),
    ({"extensions_allowed": True}, "extensions_allowed"),
    ({"interest_months": 0}, "interest_months"),
    ({"revoke_window_hours": -1}, "revoke_window_hours"),
    ({"max_child_age_years": 19}, "max_child_age_years"),
    ({"min_choice_age_years": 7}, "min_choice_age_years"),
    ({"priority_interleave": [1]}, "priority_interleave"),
    ({"priority_interleave": [0, 3]}, "priority_interleave"),
    ({"priority_interleave": "1-3"}, "priority_interleave"),
    ({"priority_interleave": 13}, "priority_interleave"),
    ({"priority_interleave": [1, "3"]}, "priority_interleave"),
    ({"extra_holidays": "2026-08-31"}, "extra_holidays"),
    ({"extra_holidays": ["31.08.2026"]}, "extra_holidays"),
    ({"extra_working_days": [20260829]}, "extra_working_days"),
    ({"extra_working_days": [datetime(2026, 8, 29, 9, 0)]}, "extra_working_days"),
    ({"extra_holidays": ["2026-08-31"], "extra_working_days": ["2026-08-31"]},
     "extra_working_days"),
])
def test_bad_values_are_refused_naming_the_key(table: dict[str, object], key: str) -> None:
    with pytest.raises(ValueError, match=f"^{key}: "):
        RegionRules.from_mapping(table)


def test_a_table_must_be_a_mapping() -> None:
    with pytest.raises(ValueError, match="table"):
        RegionRules.from_mapping([("enrol_working_days", 5)])  # type: ignore[arg-type]


def test_direct_construction_is_validated_too() -> None:
    with pytest.raises(ValueError, match="^enrol_working_days: "):
        RegionRules(enrol_working_days=0)
    with pytest.raises(ValueError, match="^priority_interleave: "):
        RegionRules(priority_interleave=(1, 3, 5))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="^extra_holidays: "):
        RegionRules(extra_holidays=[date(2026, 8, 31)])  # type: ignore[arg-type]


def test_extra_days_are_kept_sorted_and_unique() -> None:
    rules = RegionRules(extra_holidays=(date(2026, 9, 1), date(2026, 8, 31), date(2026, 9, 1)))
    assert rules.extra_holidays == (date(2026, 8, 31), date(2026, 9, 1))


def test_rules_are_frozen() -> None:
    with pytest.raises(AttributeError):
        RegionRules().enrol_working_days = 7  # type: ignore[misc]


rule_values = st.fixed_dictionaries(
    {},
    optional={
        "choose_window_working_days": st.integers(1, 60),
        "enrol_working_days": st.integers(1, 60),
        "stop_list_working_days": st.integers(0, 120),
        "interest_months": st.integers(1, 60),
        "extension_max_calendar_days": st.integers(0, 365),
        "extensions_allowed": st.integers(0, 10),
        "revoke_window_hours": st.integers(0, 720),
        "benefit_documents_max_age_days": st.integers(0, 365),
        "max_expired_referrals": st.integers(1, 10),
        "priority_interleave": st.none() | st.tuples(st.integers(1, 100), st.integers(1, 100)),
        "utc_offset_minutes": st.sampled_from([300, 360]),
        "extra_holidays": st.lists(st.dates(date(2025, 1, 1), date(2027, 12, 31)), max_size=3)
        .map(tuple),
    },
)


@settings(max_examples=50, deadline=None)
@given(values=rule_values)
def test_to_mapping_round_trips(values: dict[str, object]) -> None:
    rules = RegionRules(**values)  # type: ignore[arg-type]
    assert RegionRules.from_mapping(rules.to_mapping()) == rules
