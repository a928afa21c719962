"""Queue numbers from the counters, why they changed, and the public statistics."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from central_kit import AIGERIM
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from queue_kit import QueueTemplates, World, at, sqlite_world_fixture
from sqlalchemy import delete, select, update

from kiosk.central import models, positions
from kiosk.central.queue import positions_by_numbering
from kiosk.domain import transitions
from kiosk.domain.benefit import PriorityClass
from kiosk.domain.history import Actor, ActorKind
from kiosk.domain.rules import RegionRules
from kiosk.eds.demo_pki import DemoPki

OOT, FIRST = PriorityClass.OUT_OF_TURN, PriorityClass.FIRST_PRIORITY


def test_the_number_and_why_it_moved_since_the_last_look(world: World) -> None:
    """SPEC §4: «Queue number overall and «Номер очереди по льготной категории» within the
    category» — and the applicant learns why it moved: e.g. three out-of-turn children
    registered since and stand before theirs."""
    ahead = world.add_child("2022-03-01", registered="2025-05-01T10:00")
    mine = world.add_child("2022-04-01", registered="2025-06-01T10:00")
    look = world.queue.queue_position(AIGERIM, mine, now=at("2026-03-02T09:00"))
    assert (look.queue_number, look.category_queue_number) == (2, 0)
    assert [r.code for r in look.reasons] == ["first_look"]
    for day in (3, 4, 5):
        world.add_child("2022-05-01", registered=f"2026-03-0{day}T10:00", priority=OOT)
    world.add_child("2022-05-01", registered="2026-03-05T11:00")  # behind: not a reason
    look = world.queue.queue_position(AIGERIM, mine, now=at("2026-03-06T09:00"))
    assert (look.previous_queue_number, look.queue_number) == (2, 5)
    assert [(r.code, r.params) for r in look.reasons] == [
        ("registered_ahead", {"priority": "out_of_turn", "count": 3})]
    world.apply(ahead, lambda app, rules, cal: transitions.withdraw(
        app, now=at("2026-03-07T10:00"), actor=Actor(ActorKind.APPLICANT, app.applicant_iin),
        rules=rules, calendar=cal))
    look = world.queue.queue_position(AIGERIM, mine, now=at("2026-03-08T09:00"))
    assert look.queue_number == 4
    assert [(r.code, r.params) for r in look.reasons] == [
        ("left_ahead", {"cause": "withdrawn", "count": 1})]
    look = world.queue.queue_position(AIGERIM, mine, now=at("2026-03-09T09:00"))
    assert [r.code for r in look.reasons] == ["unchanged"]


def test_public_statistics_by_region_year_and_class(world: World) -> None:
    """Seed 004 (the portal's statistics): «Количество заявлений в очереди (внеочередников,
    первоочередников, на общих основаниях); Количество заявлений, получивших направления»."""
    oot = world.add_child("2022-03-01", registered="2025-05-01T10:00", priority=OOT)
    first = world.add_child("2022-03-01", registered="2025-05-02T10:00", priority=FIRST)
    world.add_child("2022-03-01", registered="2025-05-03T10:00")
    world.add_child("2023-03-01", registered="2025-05-04T10:00")
    world.add_child("2022-03-01", registered="2025-05-05T10:00")
    given_places = world.publish("DS-Q1", 2022, "kk", 2, when="2026-03-02T09:00")
    assert [world.holder(p) for p in given_places] == [oot, first]
    world.choose(first, given_places[1], "2026-03-02T10:00")  # notified oot stays in queue
    rows = {(r.region_kato, r.birth_year): r for r in world.queue.statistics().rows}
    y2022 = rows[("350000000", 2022)]
    assert (y2022.out_of_turn, y2022.first_priority, y2022.general) == (1, 0, 2)
    assert (y2022.referrals_valid, y2022.referrals_issued, y2022.in_queue) == (1, 1, 3)
    assert rows[("350000000", 2023)].general == 1
    only = world.queue.statistics(birth_year=2023).rows
    assert [r.birth_year for r in only] == [2023]


@pytest.fixture(scope="module")
def property_world(queue_templates: QueueTemplates, demo_pki: DemoPki,
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    yield from sqlite_world_fixture(queue_templates, demo_pki,
                                    tmp_path_factory.mktemp("positions"))


children = st.lists(st.tuples(
    st.sampled_from(list(PriorityClass)),
    st.integers(min_value=0, max_value=40),       # registration day (ties on purpose)
    st.sampled_from([0, 0, 1, 2]),                # 0 queued, 1 notified, 2 removed
    st.sampled_from([None, None, OOT, FIRST]),    # a later change of benefit
), min_size=1, max_size=14)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(children=children, interleave=st.sampled_from([None, (1, 3), (2, 1)]))
def test_the_counters_give_the_domains_numbers(property_world: World, children: list,
                                               interleave: tuple[int, int] | None) -> None:
    """The counters kept by triggers (inserts, status and class changes, deletions) give the
    numbers :func:`kiosk.domain.priority.number_queue` gives over the whole group."""
    world = property_world
    with world.session() as session:
        session.execute(delete(models.HistoryRecord))
        session.execute(delete(models.Application))
        assert session.scalar(select(models.QueueCount.n).where(models.QueueCount.n != 0)
                              .limit(1)) is None
    numbers = []
    for n, (priority, day, status, change) in enumerate(children):
        number = world.add_child("2022-03-01", priority=priority,
                                 registered=at("2025-06-01T10:00") + timedelta(
                                     days=day, minutes=n % 3))
        numbers.append(number)
        with world.session() as session:
            values: dict[str, object] = {}
            if status:
                values["status"] = ("notified", "removed")[status - 1]
            if change is not None:
                values["priority"] = change.value
            if values:
                session.execute(update(models.Application)
                                .where(models.Application.number == number).values(**values))
    rules = {"350000000": RegionRules(priority_interleave=interleave)}
    with world.session() as session:
        rows = list(session.scalars(select(models.Application)))
        counted = {r.number: positions.position_of(session, r, interleave) for r in rows}
        numbered = positions_by_numbering(session, rows, lambda _: rules["350000000"])
        by_counting = {r.number: positions.position_by_counting(session, r, interleave)
                       for r in rows}
    for number in numbers:
        assert (counted[number].overall, counted[number].in_category) == \
            (numbered[number].overall, numbered[number].in_category), number
        assert counted[number] == by_counting[number]
