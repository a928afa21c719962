"""The allocation: who gets the turn when a place is published, and what they are told."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from queue_kit import CITY, World, at, make_world
from sqlalchemy import select, update

from kiosk.central import models, places
from kiosk.domain import transitions
from kiosk.domain.benefit import PriorityClass
from kiosk.domain.history import Actor, ActorKind
from kiosk.domain.numbers import QueueType
from kiosk.domain.rules import RegionRules
from kiosk.eds.demo_pki import DemoPki

OOT, FIRST, GENERAL = PriorityClass.OUT_OF_TURN, PriorityClass.FIRST_PRIORITY, \
    PriorityClass.GENERAL
ENROLLED_CHILD = "240115677775"


def test_the_turn_goes_out_of_turn_first_then_first_priority_then_by_registration(
        world: World) -> None:
    """SPEC §4: «Priority: out-of-turn (внеочередники) first, then first-priority
    (первоочередники), then everyone else; within a class by registration time.»

    Seed 004: «Когда Ваша очередь подойдет, на указанную Вами электронную почту и номер
    телефона придет уведомление о том, что очередь подошла и статус заявления поменяется на
    «Направлено уведомление»».
    """
    early = world.add_child("2022-04-01", registered="2025-04-01T10:00")
    late = world.add_child("2022-05-01", registered="2025-05-01T10:00",
                           applicant_language="ru")
    first = world.add_child("2022-06-01", registered="2025-09-01T10:00", priority=FIRST)
    oot = world.add_child("2022-07-01", registered="2025-12-01T10:00", priority=OOT)
    place = world.publish("DS-Q1", 2022, "kk")[0]
    assert world.holder(place) == oot
    assert world.status(oot) == "notified"
    assert world.history(oot)[-1] == ("offer_turn", "notified", "turn_came")
    told = world.outbox(oot)
    assert sorted(m.channel for m in told) == ["email", "sms"]
    assert {m.template for m in told} == {"turn_came"} and {m.language for m in told} == {"kk"}
    assert json.loads(told[0].params_json) == {"number": oot, "until": "05.03.2026",
                                               "days": 3, "year": 2022}
    given = [world.holder(p) for p in world.publish("DS-Q1", 2022, "ru", 3)]
    assert given == [first, early, late]
    assert {m.language for m in world.outbox(late)} == {"ru"}
    assert [world.status(n) for n in (early, late, first)] == ["notified"] * 3


def test_astana_interleave_gives_one_priority_turn_then_three_general(
        queue_url: str, demo_pki: DemoPki) -> None:
    """SPEC §4 / settings: a region may interleave the classes — Astana «priority and
    general referrals issued 1 : 3»; the cycle continues from one publication to the next."""
    world = make_world(queue_url, demo_pki,
                       rules={"350000000": RegionRules(priority_interleave=(1, 3))})
    try:
        general = [world.add_child("2022-03-01", registered=f"2025-0{m}-01T10:00")
                   for m in range(4, 10)]
        priority = [world.add_child("2022-03-01", registered=f"2025-1{m}-01T10:00",
                                    priority=FIRST) for m in range(0, 2)]
        given = []
        for day in range(2, 10):  # one place a day: the cursor is kept between runs
            place = world.publish("DS-Q1", 2022, "kk", when=f"2026-03-0{day}T10:00")[0]
            given.append(world.holder(place))
        assert given == [priority[0], *general[:3], priority[1], *general[3:6]]
    finally:
        world.close()


def test_children_too_young_stop_listed_enrolled_or_removed_are_skipped(
        world: World) -> None:
    """Seed 000: «„Балабақшаны таңдау“ батырмасы келесі жағдайларда ғана көрсетіледі: Баланың
    жасы 2 (толық) және одан үлкен».

    Seed 004: «На время нахождения заявления в стоп-листе возможность получения направления
    будет заблокирована» and «В случае, если ребенок числится в одной из дошкольных
    организаций получение направление в другую дошкольную организацию невозможно. Для
    получения направления в дошкольную организацию необходимо сделать убытие».
    """
    young = world.add_child("2024-06-01", registered="2025-07-01T10:00")
    stopped = world.add_child("2024-01-10", registered="2025-08-01T10:00")
    elsewhere = world.add_child("2024-01-15", registered="2025-09-01T10:00",
                                child_iin=ENROLLED_CHILD)
    removed = world.add_child("2024-01-20", registered="2025-10-01T10:00")
    waiting = world.add_child("2024-02-01", registered="2025-11-01T10:00")
    with world.session() as session:  # a stop-list running to 10.03.2026
        session.execute(update(models.Application).where(models.Application.number == stopped)
                        .values(stop_list_until=date(2026, 3, 10),
                                state_json='{"stop_list_until": "2026-03-10"}'))
    sanatorium = world.add_child("2024-01-15", registered="2025-05-01T10:00",
                                 child_iin=ENROLLED_CHILD, queue_type=QueueType.SANATORIUM,
                                 profile="respiratory")
    with world.session() as session:  # enrolled in a sanatorium kindergarten
        session.execute(update(models.Application)
                        .where(models.Application.number == sanatorium)
                        .values(status="enrolled", active=False))
    world.apply(removed, lambda app, rules, cal: transitions.withdraw(
        app, now=at("2026-03-01T10:00"), actor=Actor(ActorKind.APPLICANT, app.applicant_iin),
        rules=rules, calendar=cal))
    publish_only(world, "DS-Q1", 2024, "kk", 1, "2026-03-02T09:00")
    preview = world.queue.allocate(at("2026-03-02T10:00"), dry_run=True).to_json()
    [offer] = [p for pool in preview["pools"] for p in pool["places"]]
    assert offer["number"] == waiting
    assert {"number": elsewhere, "reason": "enrolled_elsewhere"} in offer["passed_over"]
    run = world.queue.allocate(at("2026-03-02T10:00"))
    assert run.offers == 1 and world.status(waiting) == "notified"
    assert [world.status(n) for n in (young, stopped, elsewhere, removed)] == \
        ["queued", "queued", "queued", "removed"]
    with world.session() as session:  # the sanatorium kindergarten records the departure
        session.execute(update(models.Application)
                        .where(models.Application.number == sanatorium)
                        .values(departed_at=at("2026-03-11T09:00")))
    again = world.publish("DS-Q1", 2024, "kk", 3, when="2026-03-11T10:00")
    assert [world.holder(p) for p in again] == [stopped, elsewhere, None]  # young: 1 y 9 m


def publish_only(world: World, code: str, year: int, language: str, count: int,
                 when: str) -> list[int]:
    """Publish places without allocating (to look at a dry run first)."""
    with world.session() as session:
        garden = session.scalar(select(models.Kindergarten)
                                .where(models.Kindergarten.code == code))
        assert garden is not None
        made = places.publish(session, garden, birth_year=year, language=language,
                              count=count, now=at(when), by="test")
        return [p.id for p in made]


def test_a_dry_run_says_what_and_why_and_the_same_state_gives_the_same_result(
        world: World, tmp_path: Path) -> None:
    """The allocation is deterministic: the same database state gives the same turns, and
    `allocate --dry-run --json` shows them with the rule applied and who was passed over."""
    numbers = [world.add_child("2022-03-01", registered=f"2025-0{m}-01T10:00",
                               language="ru" if m % 2 else None) for m in range(4, 10)]
    numbers.append(world.add_child("2022-03-01", registered="2025-10-01T10:00",
                                   priority=FIRST))
    publish_only(world, "DS-Q1", 2022, "kk", 3, "2026-03-02T09:00")
    first = world.queue.allocate(at("2026-03-02T10:00"), dry_run=True).to_json()
    second = world.queue.allocate(at("2026-03-02T10:00"), dry_run=True).to_json()
    assert first == second and first["offers"] == 3 and first["run"] is None
    offered = [p for pool in first["pools"] for p in pool["places"]]
    assert [p["number"] for p in offered] == [numbers[6], numbers[0], numbers[2]]
    assert offered[0]["rule"] == "queue_order" and offered[0]["priority"] == "first_priority"
    assert all(world.status(n) == "queued" for n in numbers)  # nothing written
    if world.url.startswith("sqlite"):  # a copy of the database decides the same
        source = Path(world.url.removeprefix("sqlite:///"))
        copy = tmp_path / "copy.sqlite3"
        world.close()
        shutil.copyfile(source, copy)
        twin = make_world(f"sqlite:///{copy}", world.pki)
        try:
            twin_run = twin.queue.allocate(at("2026-03-02T10:00")).to_json()
        finally:
            twin.close()
        world.__post_init__()
    real = world.queue.allocate(at("2026-03-02T10:00")).to_json()
    assert [p.get("number") for pool in real["pools"] for p in pool["places"]] == \
        [p["number"] for p in offered]
    if world.url.startswith("sqlite"):
        assert twin_run["digest"] == real["digest"]


def test_a_place_taught_in_a_language_goes_to_a_child_asking_for_it_or_for_none(
        world: World) -> None:
    """Seed 000: «Оқыту тіліне және таңдалынған мектепке дейінгі ұйымның орналасқан жеріне
    назар аударуды сұраймыз» — groups are formed by year of birth and language."""
    russian = world.add_child("2022-03-01", registered="2025-03-05T10:00", language="ru")
    kazakh = world.add_child("2022-03-01", registered="2025-04-01T10:00", language="kk")
    either = world.add_child("2022-03-01", registered="2025-05-01T10:00")
    kk_place = world.publish("DS-Q1", 2022, "kk")[0]
    assert world.holder(kk_place) == kazakh
    ru_place = world.publish("DS-Q1", 2022, "ru")[0]
    assert world.holder(ru_place) == russian
    assert world.holder(world.publish("DS-Q1", 2022, "ru")[0]) == either


def test_places_of_another_district_or_queue_are_not_offered(world: World) -> None:
    """Seed 000: «… орын топтың жылына сәйкес барлық кезектегі балаларға қол жетімді болады»
    — a place is for its own group (district, queue, year of birth)."""
    city = world.add_child("2022-03-01", registered="2025-03-05T10:00", district=CITY)
    town_place = world.publish("DS-Q3", 2022, "ru")[0]
    assert world.holder(town_place) is None
    sanatorium = world.publish("DS-S1", 2022, "kk")[0]
    assert world.holder(sanatorium) is None and world.status(city) == "queued"
    patient = world.add_child("2022-03-02", registered="2025-04-01T10:00",
                              queue_type=QueueType.SANATORIUM, profile="respiratory")
    world.queue.allocate(at("2026-03-02T11:00"))
    assert world.holder(sanatorium) == patient
