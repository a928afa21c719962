"""For random queues and random publications: nobody is skipped unfairly, no place twice."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from queue_kit import QueueTemplates, World, at, sqlite_world_fixture
from sqlalchemy import delete, func, select, update

from kiosk.central import models
from kiosk.domain.age import full_years
from kiosk.domain.benefit import PriorityClass
from kiosk.eds.demo_pki import DemoPki

START = at("2026-03-02T09:00")


@dataclass
class Child:
    number: str
    priority: PriorityClass
    registered: datetime
    born: date
    language: str | None
    stop_until: date | None

    def key(self) -> tuple[int, datetime, str]:
        return (self.priority.rank, self.registered, self.number)

    def eligible(self, day: date) -> bool:
        """The oracle: may this child get a turn on ``day`` (age, stop-list)?"""
        return full_years(self.born, day) >= 2 and (self.stop_until is None
                                                    or self.stop_until < day)

    def fits(self, language: str) -> bool:
        return self.language is None or self.language == language


@pytest.fixture(scope="module")
def fair_world(queue_templates: QueueTemplates, demo_pki: DemoPki,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    yield from sqlite_world_fixture(queue_templates, demo_pki, tmp_path_factory.mktemp("fair"))


child_strategy = st.tuples(
    st.sampled_from(list(PriorityClass)),
    st.integers(min_value=0, max_value=200),          # days after 2025-04-01
    st.sampled_from([date(2022, 5, 1), date(2023, 6, 1), date(2024, 1, 10),
                     date(2024, 10, 1)]),             # the last is under two all along
    st.sampled_from([None, None, "kk", "ru"]),
    st.sampled_from([None, None, None, date(2026, 3, 6)]),
)
publication = st.tuples(st.sampled_from([2022, 2023, 2024]), st.sampled_from(["kk", "ru"]),
                        st.integers(min_value=1, max_value=4),
                        st.integers(min_value=0, max_value=9))     # days after START


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(children=st.lists(child_strategy, min_size=1, max_size=16),
       publications=st.lists(publication, min_size=1, max_size=5))
def test_no_child_is_skipped_unfairly_and_no_place_is_given_twice(
        fair_world: World, children: list, publications: list) -> None:
    """A child that got a turn never had an eligible child of the same group, asking for
    the place's language or none, with a higher class or an earlier registration in the
    same class, still waiting after that allocation; and every place has one holder at
    most, every child holds one place at most."""
    world = fair_world
    with world.session() as session:
        for table in (models.QueueEvent, models.Notification, models.HistoryRecord, models.Place,
                      models.AllocationRun, models.InterleaveCursor, models.Application,
                      models.KindergartenGroup):
            session.execute(delete(table))
    kids: dict[str, Child] = {}
    for priority, day, born, language, stop in children:
        registered = at("2025-04-01T10:00") + timedelta(days=day)
        number = world.add_child(born, registered=registered, priority=priority,
                                 language=language)
        if stop is not None:
            with world.session() as session:
                session.execute(update(models.Application)
                                .where(models.Application.number == number)
                                .values(stop_list_until=stop,
                                        state_json=f'{{"stop_list_until": "{stop}"}}'))
        kids[number] = Child(number, priority, registered, born, language, stop)
    waiting = set(kids)
    for year, language, count, day in sorted(publications, key=lambda p: p[3]):
        when = START + timedelta(days=day)
        latest = select(func.max(models.AllocationRun.id))
        with world.session() as session:
            before = session.scalar(latest) or 0
        world.publish("DS-Q1", year, language, count, when=when)
        with world.session() as session:
            run = session.scalar(latest) or 0
            run = run if run > before else -1  # no run written: nobody got a turn
            numbers = dict(session.execute(select(models.Application.id,
                                                  models.Application.number)).all())
            given_now = [(p.birth_year, p.language, numbers[p.holder_id]) for p in
                         session.scalars(select(models.Place).where(models.Place.run_id == run))]
            still_open = [(p.birth_year, p.language) for p in session.scalars(
                select(models.Place).where(models.Place.status == "open"))]
        waiting -= {number for _, _, number in given_now}
        for place_year, place_language, number in given_now:
            chosen = kids[number]
            assert chosen.born.year == place_year and chosen.fits(place_language)
            assert chosen.eligible(when.date())
            for other in waiting:
                rival = kids[other]
                if rival.born.year == place_year and rival.fits(place_language) and \
                        rival.eligible(when.date()):
                    assert chosen.key() < rival.key(), (chosen, rival)
        for place_year, place_language in still_open:  # left open: nobody eligible waits
            assert not [o for o in waiting if kids[o].born.year == place_year
                        and kids[o].fits(place_language) and kids[o].eligible(when.date())]
    with world.session() as session:
        held = [p.holder_id for p in session.scalars(select(models.Place))
                if p.holder_id is not None]
        notified = set(session.scalars(select(models.Application.id)
                                       .where(models.Application.status == "notified")))
    assert len(held) == len(set(held)) and set(held) == notified
