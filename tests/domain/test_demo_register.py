"""The demo register of persons feeds the queue: its children go through registration."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kiosk.domain.application import Application, RegistrationRequest
from kiosk.domain.demo_register import DEMO_ADULTS, DEMO_PERSONS, children_of, find_person
from kiosk.domain.history import SYSTEM, Actor, ActorKind, Reason
from kiosk.domain.iin import check_iin
from kiosk.domain.numbers import ApplicationNumber, QueueType
from kiosk.domain.priority import QueueEntry, number_queue
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus
from kiosk.domain.transitions import decide_registration

KZ = timezone(timedelta(hours=5))


def test_every_demo_iin_is_valid_and_encodes_the_birth_date_and_sex() -> None:
    for person in DEMO_PERSONS:
        result = check_iin(person.iin)
        assert result.valid, person
        assert (result.birth_date, result.sex) == (person.birth_date, person.sex)
    assert len({p.iin for p in DEMO_PERSONS}) == len(DEMO_PERSONS)


def test_lookups() -> None:
    mother = DEMO_ADULTS[0]
    assert find_person(mother.iin) == mother
    assert find_person("000000000000") is None
    assert [c.name for c in children_of(mother.iin)] == ["Нұрислам", "Аяулым"]
    assert children_of("000000000000") == ()


def test_registering_every_demo_child_in_2026() -> None:
    """Everyone under seven is queued; Ұлан (born 2018) is refused as too old."""
    rules = RegionRules()
    now = datetime(2026, 3, 2, 10, tzinfo=KZ)
    decided: list[Application] = []
    for seq, adult in enumerate(DEMO_ADULTS):
        for child in children_of(adult.iin):
            if any(d.child_iin == child.iin for d in decided):
                continue
            request = RegistrationRequest(
                ApplicationNumber(QueueType.ORDINARY, 2026, 100 + len(decided), 1),
                child.iin, child.birth_date, adult.iin,
            )
            decided.append(decide_registration(
                request, existing=decided, now=now + timedelta(minutes=seq),
                submitted_by=Actor(ActorKind.APPLICANT, adult.iin), decided_by=SYSTEM,
                rules=rules,
            ))
    refused = [d for d in decided if d.status is ApplicationStatus.REFUSED]
    assert [find_person(d.child_iin).name for d in refused] == ["Ұлан"]  # type: ignore[union-attr]
    assert refused[0].history[-1].reason is Reason.CHILD_TOO_OLD
    queued = [QueueEntry.from_application(d) for d in decided
              if d.status is ApplicationStatus.QUEUED]
    assert [p.overall for p in number_queue(queued)] == [1, 2, 3, 4, 5]
