"""Test kit of the queue engine: small, controlled central databases and a world to act in.

- :class:`QueueTemplates`: per backend, a migrated database with the reference data, the demo
  districts and a handful of kindergartens with BINs, and no application or place; copied
  per test (SQLite file copy, PostgreSQL ``CREATE DATABASE … TEMPLATE``), as the central
  kit's :class:`~central_kit.Templates` are.
- :class:`World`: a service and its queue engine over such a copy, with a settable clock,
  and helpers to put children in the queue at chosen times (through the domain's own
  transitions), publish places, choose a kindergarten, and read back states, history and
  the outbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from central_kit import AIGERIM, Templates, demo_verifier
from sqlalchemy import Engine, select

from kiosk.central import models, places
from kiosk.central.db import make_engine, make_sessionmaker
from kiosk.central.engine import QueueEngine
from kiosk.central.handlers import load_for_update
from kiosk.central.mapping import store, to_domain
from kiosk.central.migrate import upgrade
from kiosk.central.seed import DEMO_REGION, seed_districts, seed_reference
from kiosk.central.service import CentralService
from kiosk.central.sms import MemorySmsGateway
from kiosk.domain import transitions
from kiosk.domain.application import RegistrationRequest
from kiosk.domain.benefit import NO_BENEFIT, Benefit, PriorityClass
from kiosk.domain.history import Action, Actor, ActorKind
from kiosk.domain.iin import Sex, build_iin
from kiosk.domain.numbers import ApplicationNumber, QueueType
from kiosk.domain.rules import RegionRules
from kiosk.eds.demo_pki import DemoPki

TZ = timezone(timedelta(hours=5))
CITY = "351010000"
"""Karaganda: the demo district of the kindergartens DS-Q1 (kk, ru) and DS-Q2 (kk)."""
TOWN = "351610000"
"""Balkhash: DS-Q3 (ru)."""
KINDERGARTENS = (
    # code, district, languages, BIN, sanatorium profile
    ("DS-Q1", CITY, "kk,ru", "010140001234", None),
    ("DS-Q2", CITY, "kk", "020240002345", None),
    ("DS-Q3", TOWN, "ru", "030340003456", None),
    ("DS-S1", CITY, "kk,ru", "040440004567", "respiratory"),
)
CATEGORY = {PriorityClass.OUT_OF_TURN: "servicemen_children",
            PriorityClass.FIRST_PRIORITY: "large_families"}


def at(text: str) -> datetime:
    """A local (UTC+5) instant from ``YYYY-MM-DD[THH:MM]``."""
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=TZ) if moment.tzinfo is None else moment


class QueueTemplates(Templates):
    """The empty queue databases, built once per session."""

    label = "queue"

    def populate(self, engine: Engine) -> None:
        upgrade(engine)
        with make_sessionmaker(engine).begin() as session:
            seed_reference(session)
            seed_districts(session)
            for code, district, languages, bin_, profile in KINDERGARTENS:
                session.add(models.Kindergarten(
                    code=code, district_kato=district, name_kk=f"{code} бақшасы",
                    name_ru=f"Детский сад {code}", address_kk="", address_ru="", phone="",
                    languages=languages, sanatorium_profile=profile, bin=bin_))


@dataclass
class Clock:
    """The service's settable clock."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    """A central service and its queue engine over a fresh queue database."""

    url: str
    pki: DemoPki
    clock: Clock
    rules: dict[str, RegionRules] = field(default_factory=dict)
    applicant: str = ""
    """The applicant IIN of the children added (a demo adult with keys, for signed flows)."""

    def __post_init__(self) -> None:
        self.service = CentralService(make_engine(self.url), demo_verifier(self.pki),
                                      MemorySmsGateway(), rules=self.rules, clock=self.clock)
        self.queue = QueueEngine(self.service)
        self._serial = 0

    def close(self) -> None:
        self.service.engine.dispose()

    def session(self) -> Any:
        return self.service.transaction()

    # -------------------------------------------------------------- the queue

    def add_child(self, born: date | str, *, registered: datetime | str,
                  priority: PriorityClass = PriorityClass.GENERAL,
                  district: str = CITY, language: str | None = None,
                  queue_type: QueueType = QueueType.ORDINARY, profile: str | None = None,
                  email: str = "parent@example.kz", phone: str = "+77011234567",
                  applicant_language: str = "kk", child_iin: str | None = None) -> str:
        """Put a child in the queue at ``registered`` (through the domain); its number."""
        born = date.fromisoformat(born) if isinstance(born, str) else born
        registered = at(registered) if isinstance(registered, str) else registered
        iin = child_iin
        while iin is None:
            self._serial += 1
            iin = build_iin(born, Sex.FEMALE, (5000 + self._serial) % 10000)
        benefit = NO_BENEFIT if priority is PriorityClass.GENERAL else \
            Benefit(priority, CATEGORY[priority])
        with self.session() as session:
            last = session.get(models.NumberSequence, (queue_type.value, registered.year))
            seq = 1 if last is None else last.last + 1
            if last is None:
                session.add(models.NumberSequence(queue_type=queue_type.value,
                                                  year=registered.year, last=seq))
            else:
                last.last = seq
            number = ApplicationNumber(queue_type, registered.year, seq, 1)
            rules = self.service.rules_for(DEMO_REGION)
            app = transitions.register(
                RegistrationRequest(number=number, child_iin=iin, child_birth_date=born,
                                    applicant_iin=self.applicant, benefit=benefit,
                                    district=district),
                existing=(), now=registered, actor=Actor(ActorKind.APPLICANT, self.applicant),
                rules=rules)
            row = models.Application(region_kato=DEMO_REGION, district_kato=district,
                                     sanatorium_profile=profile, language=language,
                                     email=email, phone=phone,
                                     applicant_language=applicant_language, device_id="test")
            store(row, app)
            session.add(row)
        return number.format()

    def confirm(self, number: str, when: datetime | str) -> None:
        """The applicant confirms interest at ``when`` (through the domain)."""
        when = at(when) if isinstance(when, str) else when
        self.apply(number, lambda app, rules, cal: transitions.confirm_interest(
            app, now=when, actor=Actor(ActorKind.APPLICANT, app.applicant_iin), rules=rules,
            calendar=cal))

    def apply(self, number: str, change: Any) -> None:
        with self.session() as session:
            row = load_for_update(session, number)
            rules = self.service.rules_for(row.region_kato)
            app = change(to_domain(row), rules, rules.working_calendar())
            store(row, app)
            session.flush()
            places.follow(session, row, app.history[-1].action, self.clock.now)

    def publish(self, kindergarten: str, year: int, language: str, count: int = 1,
                when: datetime | str | None = None) -> list[int]:
        """Publish places (as the kindergarten, without the signature path) and allocate."""
        when = self.clock.now if when is None else (at(when) if isinstance(when, str) else when)
        with self.session() as session:
            garden = session.scalar(select(models.Kindergarten)
                                    .where(models.Kindergarten.code == kindergarten))
            assert garden is not None
            made = places.publish(session, garden, birth_year=year, language=language,
                                  count=count, now=when, by=kindergarten)
            ids = [p.id for p in made]
        self.queue.allocate(when, trigger="publish")
        return ids

    def choose(self, number: str, place_id: int, when: datetime | str,
               documents: date | None = None) -> None:
        """The applicant chooses the group of ``place_id`` (the handler's steps, unsigned)."""
        when = at(when) if isinstance(when, str) else when
        with self.session() as session:
            row = load_for_update(session, number)
            place = session.get(models.Place, place_id)
            assert place is not None
            group = session.get(models.KindergartenGroup, place.group_id)
            assert group is not None
            garden = session.get(models.Kindergarten, group.kindergarten_id)
            assert garden is not None
            offer = places.offer_in(session, row, group.id)
            rules = self.service.rules_for(row.region_kato)
            app = transitions.issue_referral(
                to_domain(row), garden.code, now=when,
                actor=Actor(ActorKind.APPLICANT, row.applicant_iin), rules=rules,
                calendar=rules.working_calendar(),
                situation=transitions.Situation(free_places=offer.free_places,
                                                free_choice=offer.free_choice),
                benefit_documents_date=documents or when.date())
            store(row, app)
            session.flush()
            places.follow(session, row, Action.ISSUE_REFERRAL, when)
            places.take(session, row, group, when)
            row.kindergarten_id, row.group_id = garden.id, group.id

    def tick(self, when: datetime | str, **options: Any) -> Any:
        when = at(when) if isinstance(when, str) else when
        self.clock.now = max(self.clock.now, when)
        return self.queue.tick(when, sweep=True, **options)

    # -------------------------------------------------------------- reading back

    def row(self, number: str) -> models.Application:
        with self.session() as session:
            row = session.scalar(select(models.Application)
                                 .where(models.Application.number == number))
            assert row is not None
            session.expunge(row)
            return row

    def status(self, number: str) -> str:
        return self.row(number).status

    def history(self, number: str) -> list[tuple[str, str, str]]:
        """(action, to_status, reason) of the application's history."""
        with self.session() as session:
            row = load_for_update(session, number)
            return [(h.action, h.to_status, h.reason) for h in row.history]

    def domain(self, number: str) -> Any:
        with self.session() as session:
            return to_domain(load_for_update(session, number))

    def place(self, place_id: int) -> models.Place:
        with self.session() as session:
            place = session.get(models.Place, place_id)
            assert place is not None
            session.expunge(place)
            return place

    def outbox(self, number: str | None = None) -> list[models.Notification]:
        with self.session() as session:
            query = select(models.Notification).order_by(models.Notification.id)
            if number is not None:
                query = query.join(models.Application,
                                   models.Application.id == models.Notification.application_id
                                   ).where(models.Application.number == number)
            found = list(session.scalars(query))
            session.expunge_all()
            return found

    def holder(self, place_id: int) -> str | None:
        place = self.place(place_id)
        if place.holder_id is None:
            return None
        with self.session() as session:
            row = session.get(models.Application, place.holder_id)
            return None if row is None else row.number


def make_world(url: str, pki: DemoPki, start: datetime | str = "2026-03-02T09:00",
               **options: Any) -> World:
    """A world over ``url`` whose children's applicant is AIGERIM (a demo adult with keys)."""
    start = at(start) if isinstance(start, str) else start
    return World(url, pki, Clock(start), applicant=AIGERIM, **options)


def world_fixture(url: str, pki: DemoPki) -> Iterator[World]:
    """:func:`make_world` over ``url`` for a fixture to ``yield from``; closed after."""
    made = make_world(url, pki)
    yield made
    made.close()


def sqlite_world_fixture(templates: QueueTemplates, pki: DemoPki,
                         directory: Path) -> Iterator[World]:
    """:func:`world_fixture` over a fresh SQLite copy of the queue template in ``directory``
    (for module-scoped fixtures, which cannot use the per-test ``queue_url``)."""
    yield from world_fixture(next(templates.fresh("sqlite", directory)), pki)
