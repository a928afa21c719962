"""Deadlines in working days across Kazakhstan's holidays and transferred working days,
driven through `kiosk-central tick --now`, and the other deadlines of the seeds."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from queue_kit import World, at

from kiosk.central.cli import main
from kiosk.domain import transitions
from kiosk.domain.errors import TransitionError, TransitionErrorCode
from kiosk.domain.history import Actor, ActorKind
from kiosk.eds.demo_pki import DemoPki


@pytest.fixture
def tick(world: World, demo_pki: DemoPki, tmp_path: Path,
         capsys: pytest.CaptureFixture[str]) -> Iterator[object]:
    """`kiosk-central tick --now T --json` on the world's database; returns its JSON."""
    data = tmp_path / "data"
    shutil.copytree(demo_pki.directory, data / "demo-pki")
    config = tmp_path / "kiosk.toml"
    config.write_text(f'data_dir = "{data}"\n', encoding="utf-8")

    def run(now: str) -> dict[str, object]:
        capsys.readouterr()
        code = main(["tick", "--db", world.url, "--config", str(config), "--now", now,
                     "--json"])
        out = capsys.readouterr().out
        assert code == 0, out
        world.clock.now = max(world.clock.now, at(now))
        return json.loads(out)  # type: ignore[no-any-return]

    yield run


def test_nauryz_and_its_observed_days_are_not_counted_in_the_choice_window(
        world: World, tick: object) -> None:
    """Seed 000: «Егер өтініш беруші балабақшаны таңдамаса және жолдаманы 3 жұмыс күні ішінде
    алмаса, мұндай орын топтың жылына сәйкес барлық кезектегі балаларға қол жетімді болады.
    Бұл ретте балабақша таңдамаған мұндай өтініш беруші кезекте қалады.»

    Offered on Friday 20.03.2026: 21–22 March is a weekend, 23 March Nauryz, 24–25 March its
    observed days (21 and 22 fell on the weekend); the three working days are 26, 27 and 30
    March, so the window closes at midnight before 31 March.
    """
    first = world.add_child("2022-03-01", registered="2025-06-01T10:00")
    other = world.add_child("2022-04-01", registered="2025-07-01T10:00")
    place = world.publish("DS-Q1", 2022, "kk", when="2026-03-20T10:00")[0]
    assert world.holder(place) == first
    assert tick("2026-03-30T23:59")["deadline_counts"] == {}  # type: ignore[operator]
    assert world.status(first) == "notified"
    assert tick("2026-03-31T00:00")["deadline_counts"] == {"turn_lapsed": 1}  # type: ignore[operator]
    assert world.status(first) == "queued"
    assert world.history(first)[-1] == ("turn_lapsed", "queued", "choose_window_lapsed")
    assert world.place(place).status == "free_choice"
    assert {m.template for m in world.outbox(first)} == {"turn_came", "turn_lapsed"}
    assert world.outbox(other) == []  # «еркін таңдауға орындарды жариялау туралы
    # хабарламалар жіберілмейді»: nobody is told of a place in free choice
    world.choose(other, place, "2026-03-31T10:00")
    assert world.domain(other).referral.free_choice
    assert world.place(place).status == "referred"
    again = world.publish("DS-Q1", 2022, "kk", when="2026-04-01T10:00")[0]
    assert world.holder(again) == first  # the lapsed applicant stayed first in the queue


def test_independence_day_is_not_counted_in_the_referral_nor_in_the_stop_list(
        world: World, tick: object) -> None:
    """Seed 004: «Если заявитель в течении 5-ти рабочих дней после получения направления не
    прибудет в детский сад, направление будет автоматически аннулировано и ребенок будет
    направлен в стоп-лист на срок 10 (десять) рабочих дней.»

    Issued on Monday 14.12.2026: 16 December is Independence Day, so the five working days
    are 15, 17, 18, 21 and 22 December. The stop-list then runs ten working days past New
    Year (1–2 January, 2 January observed on Monday 4th) and Orthodox Christmas (7th): 23,
    24, 25, 28, 29, 30, 31 December, 5, 6 and 8 January 2027.
    """
    late = world.add_child("2022-03-01", registered="2026-02-01T10:00",
                           applicant_language="ru")
    next_child = world.add_child("2022-04-01", registered="2026-02-02T10:00")
    place = world.publish("DS-Q1", 2022, "kk", when="2026-12-11T10:00")[0]
    world.choose(late, place, "2026-12-14T09:00")
    assert tick("2026-12-22T23:59")["deadline_counts"] == {}  # type: ignore[operator]
    result = tick("2026-12-23T00:00")
    assert result["deadline_counts"] == {"referral_expired": 1}  # type: ignore[index]
    assert world.status(late) == "queued"
    assert world.history(late)[-1] == ("referral_expired", "queued", "not_enrolled")
    assert world.domain(late).stop_list_until == date(2027, 1, 8)
    [email] = [m for m in world.outbox(late) if m.template == "referral_expired"
               and m.channel == "email"]
    assert email.language == "ru" and json.loads(email.params_json)["until"] == "08.01.2027"
    assert world.holder(place) == next_child  # the place went back to the queue at once
    assert result["offers"] == 1  # type: ignore[index]
    blocked = world.publish("DS-Q1", 2022, "kk", when="2027-01-08T10:00")[0]
    assert world.holder(blocked) is None  # «возможность получения направления будет
    # заблокирована»
    tick("2027-01-11T09:00")  # «после разблокирования … только при наличии свободных мест»
    assert world.holder(blocked) == late


def test_a_worked_saturday_counts_and_the_second_expiry_removes_the_child(
        world: World, tick: object) -> None:
    """Seed 000: «Егер өтініш беруші берілген жолдаманың әрекет ету мерзімін 2 рет өткізіп
    алса, бала автоматты түрде кезектен алынып тасталынады».

    Saturday 04.05.2024 was a working day (moved to Wednesday 8 May); 7 and 9 May are
    holidays. A referral taken on Thursday 2 May runs through 3, 4, 6, 10 and 13 May.
    """
    child = world.add_child("2021-03-01", registered="2023-08-01T10:00")
    world.confirm(child, "2024-01-20T10:00")
    first = world.publish("DS-Q1", 2021, "kk", when="2024-02-01T09:00")[0]
    world.choose(child, first, "2024-02-01T10:00")
    assert tick("2024-02-20T09:00")["deadline_counts"] == {"referral_expired": 1}  # type: ignore[index]
    assert world.status(child) == "queued"
    assert world.place(first).status == "open"  # back to the allocation; she is stop-listed
    world.publish("DS-Q1", 2021, "kk", when="2024-05-02T09:00")
    assert world.holder(first) == child  # the older open place is given first
    second = first
    world.choose(child, second, "2024-05-02T10:00")
    assert world.domain(child).referral.last_valid_day(at("2024-05-02").tzinfo) == \
        date(2024, 5, 13)
    assert tick("2024-05-13T23:59")["deadline_counts"] == {}  # type: ignore[operator]
    assert tick("2024-05-14T00:00")["deadline_counts"] == {"referral_expired": 1}  # type: ignore[index]
    assert world.status(child) == "removed"
    assert world.history(child)[-1] == ("referral_expired", "removed", "referrals_expired")
    assert "removed_referrals_expired" in {m.template for m in world.outbox(child)}
    assert world.place(second).status == "open"  # back to the allocation (nobody waits)


def test_a_worked_sunday_and_orthodox_christmas_in_the_choice_window(
        world: World, tick: object) -> None:
    """Seed 004: «Когда Ваша очередь подойдет … статус заявления поменяется на «Направлено
    уведомление»» — and the three working days to choose follow the official calendar:
    Friday 03.01.2025 was a day off moved to Sunday 5 January, 7 January is Orthodox
    Christmas; offered on 2 January, the window runs through 5, 6 and 8 January."""
    child = world.add_child("2022-03-01", registered="2024-06-01T10:00")
    place = world.publish("DS-Q1", 2022, "kk", when="2025-01-02T09:00")[0]
    assert world.holder(place) == child
    assert json.loads(world.outbox(child)[0].params_json)["until"] == "08.01.2025"
    assert tick("2025-01-08T23:59")["deadline_counts"] == {}  # type: ignore[operator]
    assert tick("2025-01-09T00:00")["deadline_counts"] == {"turn_lapsed": 1}  # type: ignore[index]


def test_weekends_alone(world: World, tick: object) -> None:
    """Seed 000: «… 3 жұмыс күні ішінде …» — offered on Friday 03.04.2026 at 15:00, the
    window runs through Monday, Tuesday and Wednesday and closes at Thursday's midnight."""
    child = world.add_child("2022-03-01", registered="2025-06-01T10:00")
    world.publish("DS-Q1", 2022, "kk", when="2026-04-03T15:00")
    assert tick("2026-04-08T23:59:59")["deadline_counts"] == {}  # type: ignore[operator]
    assert tick("2026-04-09T00:00")["deadline_counts"] == {"turn_lapsed": 1}  # type: ignore[index]
    assert world.status(child) == "queued"


def test_interest_not_confirmed_for_twelve_months_removes_the_child(
        world: World, tick: object) -> None:
    """Seed 002: «Необходимо каждые 12 месяцев с момента постановки заявления в очередь
    подтверждать заинтересованность … В случае не подтверждения заинтересованности, ребенок
    будет снят с очереди»."""
    forgot = world.add_child("2022-03-01", registered="2025-03-10T10:00")
    confirmed = world.add_child("2022-03-01", registered="2025-03-10T11:00")
    world.confirm(confirmed, "2026-02-01T10:00")
    assert tick("2026-03-10T09:59")["deadline_counts"] == {}  # type: ignore[operator]
    assert tick("2026-03-10T10:00")["deadline_counts"] == {"interest_lapsed": 1}  # type: ignore[index]
    assert world.status(forgot) == "removed" and world.status(confirmed) == "queued"
    assert world.history(forgot)[-1] == ("interest_lapsed", "removed", "interest_not_confirmed")
    [sms] = [m for m in world.outbox(forgot) if m.channel == "sms"]
    assert sms.template == "removed_interest"


def test_a_child_of_seven_leaves_the_queue(world: World, tick: object) -> None:
    """SPEC §5: «A child is registered only under 7 years of age» — a queued child who turns
    seven is removed, and the applicant told."""
    child = world.add_child("2019-03-20", registered="2025-10-01T10:00")
    assert tick("2026-03-19T23:59")["deadline_counts"] == {}  # type: ignore[operator]
    assert tick("2026-03-20T00:00")["deadline_counts"] == {"age_limit_reached": 1}  # type: ignore[index]
    assert {m.template for m in world.outbox(child)} == {"removed_age"}


def test_a_referral_extended_once_by_up_to_thirty_days_expires_later(world: World) -> None:
    """Seed 004: «У заявителя есть возможность один раз продлить направление дополнительно до
    30ти календарных дней» — the place's hold moves with it (the scheduler's fast path).

    Taken on Monday 02.03.2026, the referral runs 3–6 and 10 March (8 March, a Sunday, is
    observed on the 9th); extended by 30 days, through 9 April."""
    child = world.add_child("2022-03-01", registered="2025-06-01T10:00")
    place = world.publish("DS-Q1", 2022, "kk", when="2026-03-02T09:00")[0]
    world.choose(child, place, "2026-03-02T10:00")
    last = world.domain(child).referral.last_valid_day(at("2026-03-02").tzinfo)
    assert last == date(2026, 3, 10)

    def extend(days: int, when: str) -> None:
        world.apply(child, lambda app, rules, cal: transitions.extend_referral(
            app, last + timedelta(days=days), "ауырып қалды", now=at(when),
            actor=Actor(ActorKind.APPLICANT, app.applicant_iin), rules=rules, calendar=cal))

    with pytest.raises(TransitionError) as too_long:
        extend(31, "2026-03-03T10:00")
    assert too_long.value.code is TransitionErrorCode.EXTENSION_TOO_LONG
    extend(30, "2026-03-03T10:00")
    with pytest.raises(TransitionError) as twice:
        extend(30, "2026-03-03T11:00")
    assert twice.value.code is TransitionErrorCode.EXTENSION_LIMIT_REACHED
    assert world.place(place).offer_expires_at == at("2026-04-10T00:00")
    assert world.queue.tick(at("2026-03-11T00:00"), sweep=False).deadlines.changes == []
    assert world.queue.tick(at("2026-04-09T23:59"), sweep=False).deadlines.changes == []
    done = world.queue.tick(at("2026-04-10T00:00"), sweep=False).deadlines
    assert [c.action for c in done.changes] == ["referral_expired"]


def test_a_referral_is_revoked_within_a_day_only(world: World) -> None:
    """Seed 004: «Заявитель имеет возможность аннулировать полученное направление по
    собственной инициативе в срок не позднее суток с момента получения направления» — no
    stop-list; the turn declined, the place goes to free choice like a turn not taken."""
    child = world.add_child("2022-03-01", registered="2025-06-01T10:00")
    second = world.add_child("2022-03-02", registered="2025-06-02T10:00")
    place = world.publish("DS-Q1", 2022, "kk", when="2026-03-02T09:00")[0]
    world.choose(child, place, "2026-03-02T10:00")

    def revoke(when: str) -> None:
        world.apply(child, lambda app, rules, cal: transitions.revoke_referral(
            app, now=at(when), actor=Actor(ActorKind.APPLICANT, app.applicant_iin),
            rules=rules, calendar=cal))

    with pytest.raises(TransitionError) as late:
        world.clock.now = at("2026-03-03T10:01")
        revoke("2026-03-03T10:01")
    assert late.value.code is TransitionErrorCode.REVOKE_WINDOW_CLOSED
    revoke("2026-03-03T09:59")
    assert world.status(child) == "queued" and world.domain(child).stop_list_until is None
    world.queue.allocate(at("2026-03-03T10:00"))
    assert world.place(place).status == "free_choice"
    world.choose(second, place, "2026-03-03T10:30")
    assert world.domain(second).referral.free_choice
