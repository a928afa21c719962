"""The turn order: out-of-turn, first-priority, general; registration time; interleave."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.benefit import PriorityClass
from kiosk.domain.numbers import ApplicationNumber, QueueType
from kiosk.domain.priority import QueueEntry, number_queue, order_queue

KZ = timezone(timedelta(hours=5))
OUT, FIRST, GEN = PriorityClass.OUT_OF_TURN, PriorityClass.FIRST_PRIORITY, PriorityClass.GENERAL
T0 = datetime(2025, 9, 1, 9, 0, tzinfo=KZ)


def entry(seq: int, priority: PriorityClass, minutes: int) -> QueueEntry:
    number = ApplicationNumber(QueueType.ORDINARY, 2025, seq, 1)
    return QueueEntry(number, priority, T0 + timedelta(minutes=minutes))


def seqs(entries: tuple[QueueEntry, ...]) -> list[int]:
    return [e.number.sequence for e in entries]


def test_classes_first_then_registration_time() -> None:
    entries = [entry(1, GEN, 0), entry(2, FIRST, 5), entry(3, OUT, 10), entry(4, GEN, -5),
               entry(5, FIRST, 1)]
    assert seqs(order_queue(entries)) == [3, 5, 2, 4, 1]


def test_equal_times_are_ordered_by_number_and_zones_do_not_matter() -> None:
    utc_same_instant = QueueEntry(
        ApplicationNumber(QueueType.ORDINARY, 2025, 7, 1), GEN, T0.astimezone(timezone.utc)
    )
    entries = [entry(9, GEN, 0), utc_same_instant, entry(8, GEN, 0)]
    assert seqs(order_queue(entries)) == [7, 8, 9]
    assert seqs(order_queue(reversed(entries))) == [7, 8, 9]


def test_astana_interleave_one_priority_then_three_general() -> None:
    priority = [entry(100 + i, FIRST if i else OUT, i) for i in range(3)]
    general = [entry(200 + i, GEN, i) for i in range(8)]
    order = seqs(order_queue(priority + general, interleave=(1, 3)))
    assert order == [100, 200, 201, 202, 101, 203, 204, 205, 102, 206, 207]


def test_interleave_continues_when_a_class_runs_out() -> None:
    priority = [entry(100 + i, FIRST, i) for i in range(5)]
    general = [entry(200, GEN, 0)]
    assert seqs(order_queue(priority + general, interleave=(1, 3))) == [
        100, 200, 101, 102, 103, 104,
    ]
    assert seqs(order_queue(general, interleave=(1, 3))) == [200]
    assert order_queue([], interleave=(1, 3)) == ()


def test_queue_numbers_overall_and_within_the_benefit_class() -> None:
    entries = [entry(1, GEN, 0), entry(2, FIRST, 1), entry(3, OUT, 2), entry(4, FIRST, 3)]
    positions = number_queue(entries)
    assert [(p.entry.number.sequence, p.overall, p.in_category) for p in positions] == [
        (3, 1, 1), (2, 2, 1), (4, 3, 2), (1, 4, 0),
    ]


def test_a_number_twice_is_an_error() -> None:
    with pytest.raises(ValueError, match="twice"):
        order_queue([entry(1, GEN, 0), entry(1, OUT, 3)])


def test_bad_interleave_and_naive_times_are_errors() -> None:
    with pytest.raises(ValueError, match="positive"):
        order_queue([entry(1, GEN, 0)], interleave=(0, 3))
    with pytest.raises(ValueError, match="aware"):
        QueueEntry(ApplicationNumber(QueueType.ORDINARY, 2025, 1, 1), GEN, datetime(2025, 1, 1))


entries_strategy = st.lists(
    st.tuples(st.sampled_from(PriorityClass), st.integers(-600, 600)), max_size=30
).map(lambda specs: [entry(i, p, m) for i, (p, m) in enumerate(specs)])
interleaves = st.none() | st.tuples(st.integers(1, 4), st.integers(1, 4))


@settings(max_examples=80, deadline=None)
@given(entries=entries_strategy, interleave=interleaves)
def test_the_order_is_a_permutation_keeping_each_stream_in_order(
    entries: list[QueueEntry], interleave: tuple[int, int] | None
) -> None:
    order = order_queue(entries, interleave)
    assert sorted(seqs(order)) == sorted(e.number.sequence for e in entries)
    strict = order_queue(entries)
    assert [e.sort_key() for e in strict] == sorted(e.sort_key() for e in entries)
    for benefit in (True, False):
        assert [e for e in order if e.priority.is_benefit is benefit] == [
            e for e in strict if e.priority.is_benefit is benefit
        ]
    assert order_queue(list(reversed(entries)), interleave) == order  # input order is irrelevant


@settings(max_examples=60, deadline=None)
@given(entries=entries_strategy, interleave=st.tuples(st.integers(1, 4), st.integers(1, 4)))
def test_each_round_takes_p_priority_then_g_general(
    entries: list[QueueEntry], interleave: tuple[int, int]
) -> None:
    p, g = interleave
    order = order_queue(entries, interleave)
    n_priority = sum(e.priority.is_benefit for e in entries)
    n_general = len(entries) - n_priority
    rounds = min(n_priority // p, n_general // g)
    for r in range(rounds):
        chunk = order[r * (p + g):(r + 1) * (p + g)]
        assert [e.priority.is_benefit for e in chunk] == [True] * p + [False] * g
