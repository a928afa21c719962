"""The application's data model refuses incoherent states; statuses and errors are stable."""

from __future__ import annotations

import dataclasses
import enum
import pickle
import re
from datetime import date, datetime, timedelta, timezone

import pytest

from kiosk.domain.application import Application, Referral, RegistrationRequest, is_stop_listed
from kiosk.domain.benefit import NO_BENEFIT, Benefit, PriorityClass
from kiosk.domain.errors import TransitionError, TransitionErrorCode
from kiosk.domain.history import (
    SYSTEM,
    SYSTEM_ACTIONS,
    USER_ACTIONS,
    Action,
    Actor,
    ActorKind,
    HistoryEntry,
    Reason,
)
from kiosk.domain.numbers import ApplicationNumber, QueueType
from kiosk.domain.statuses import (
    ACTIVE_STATUSES,
    TERMINAL_STATUSES,
    ApplicationStatus as S,
    ReferralStatus,
)
from kiosk.domain.transitions import PERMITTED_ACTORS

KZ = timezone(timedelta(hours=5))
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=KZ)
NUMBER = ApplicationNumber(QueueType.ORDINARY, 2026, 1, 1)
APPLICANT = Actor(ActorKind.APPLICANT, "900517450011")


def entry(action: Action, frm: S | None, to: S, at: datetime = T0) -> HistoryEntry:
    return HistoryEntry(at, SYSTEM, action, frm, to, Reason.APPLICANT_REQUEST)


def app(**changes: object) -> Application:
    base = Application(
        number=NUMBER,
        child_iin="220403520013",
        child_birth_date=date(2022, 4, 3),
        applicant_iin="900517450011",
        benefit=NO_BENEFIT,
        registered_at=T0,
        status=S.QUEUED,
        history=(entry(Action.REGISTER, None, S.QUEUED),),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


REFERRAL = Referral("DS-1", T0, T0 + timedelta(days=7))


@pytest.mark.parametrize(("changes", "message"), [
    ({"registered_at": datetime(2026, 3, 2)}, "aware"),
    ({"history": ()}, "at least"),
    ({"history": (entry(Action.WITHDRAW, None, S.QUEUED),)}, "starts with"),
    ({"history": (entry(Action.REGISTER, S.QUEUED, S.QUEUED),)}, "starts with"),
    ({"history": (entry(Action.REGISTER, None, S.QUEUED),
                  entry(Action.WITHDRAW, S.NOTIFIED, S.REMOVED))}, "chain"),
    ({"history": (entry(Action.REGISTER, None, S.QUEUED),
                  entry(Action.WITHDRAW, S.QUEUED, S.REMOVED, T0 - timedelta(1)))}, "time order"),
    ({"history": (entry(Action.REGISTER, None, S.QUEUED, datetime(2026, 3, 2)),)}, "aware"),
    ({"status": S.REMOVED}, "last history entry"),
    ({"expired_referrals": -1}, "negative"),
    ({"turn_offered_at": T0, "turn_expires_at": T0}, "turn window"),
    ({"referral": REFERRAL}, "does not fit"),
])
def test_incoherent_applications_are_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        app(**changes)


def test_status_and_referral_must_match() -> None:
    issued = (entry(Action.REGISTER, None, S.QUEUED),
              entry(Action.ISSUE_REFERRAL, S.QUEUED, S.REFERRAL_ISSUED))
    with pytest.raises(ValueError, match="does not fit"):
        app(status=S.REFERRAL_ISSUED, history=issued)
    assert app(status=S.REFERRAL_ISSUED, history=issued, referral=REFERRAL).referral == REFERRAL
    enrolled = dataclasses.replace(REFERRAL, status=ReferralStatus.ENROLLED)
    with pytest.raises(ValueError, match="does not fit"):
        app(status=S.REFERRAL_ISSUED, history=issued, referral=enrolled)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"kindergarten_id": " "}, "kindergarten"),
    ({"issued_at": datetime(2026, 3, 2)}, "aware"),
    ({"expires_at": T0}, "after it is issued"),
    ({"extensions": -1}, "negative"),
])
def test_incoherent_referrals_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        dataclasses.replace(REFERRAL, **kwargs)  # type: ignore[arg-type]


def test_stop_list_is_inclusive_of_its_last_day() -> None:
    listed = app(stop_list_until=date(2026, 4, 15))
    assert is_stop_listed(listed, date(2026, 4, 15))
    assert not is_stop_listed(listed, date(2026, 4, 16))
    assert not is_stop_listed(app(), date(2026, 4, 15))


def test_benefits() -> None:
    assert [c.rank for c in PriorityClass] == [0, 1, 2]
    assert Benefit(PriorityClass.OUT_OF_TURN, "servicemen").is_benefit
    assert not NO_BENEFIT.is_benefit
    with pytest.raises(ValueError, match="no benefit category"):
        Benefit(PriorityClass.GENERAL, "orphan")
    with pytest.raises(ValueError, match="blank"):
        Benefit(PriorityClass.FIRST_PRIORITY, "  ")


def test_actors_need_an_identifier_except_the_system() -> None:
    with pytest.raises(ValueError, match="identifier"):
        Actor(ActorKind.CLERK)
    assert SYSTEM.kind is ActorKind.SYSTEM
    assert set(PERMITTED_ACTORS) == set(Action)


def test_a_request_knows_its_queue_type() -> None:
    request = RegistrationRequest(ApplicationNumber(QueueType.SANATORIUM, 2020, 768620, 1),
                                  "220403520013", date(2022, 4, 3), "900517450011")
    assert request.queue_type is QueueType.SANATORIUM


SNAKE = re.compile(r"^[a-z]+(_[a-z]+)*$")


@pytest.mark.parametrize("enum_type", [S, ReferralStatus, Action, Reason, ActorKind,
                                       TransitionErrorCode, PriorityClass])
def test_codes_are_stable_snake_case_strings(enum_type: type[enum.Enum]) -> None:
    values = [member.value for member in enum_type]
    assert all(SNAKE.match(v) for v in values)
    assert len(set(values)) == len(values)


def test_status_codes_and_portal_wording() -> None:
    assert [s.value for s in S] == [
        "queued", "notified", "referral_issued", "enrolled", "removed", "refused",
    ]
    assert TERMINAL_STATUSES == {S.ENROLLED, S.REMOVED, S.REFUSED}
    assert ACTIVE_STATUSES == {S.QUEUED, S.NOTIFIED, S.REFERRAL_ISSUED}
    assert all(s.is_terminal == (s in TERMINAL_STATUSES) for s in S)
    assert [s for s in S if s.in_queue] == [S.QUEUED, S.NOTIFIED]
    assert S.NOTIFIED.label.ru == "Направлено уведомление"
    assert S.NOTIFIED.label.kk == "Хабарлама жіберілді"
    assert S.QUEUED.label.kk == "Кезекте"
    assert S.QUEUED.state_label.ru == "Принято решение (в очереди)"
    assert S.REFERRAL_ISSUED.label.ru == "Выдано направление"
    assert ReferralStatus.NOT_ENROLLED.label.ru == "Не зачислен"
    for status in S:
        assert status.label.kk and status.label.ru and status.state_label.kk
    for referral_status in ReferralStatus:
        assert referral_status.label.kk


def test_user_and_system_actions_do_not_overlap() -> None:
    assert not set(USER_ACTIONS) & set(SYSTEM_ACTIONS)


def test_transition_errors_carry_a_code_and_params() -> None:
    error = TransitionError(TransitionErrorCode.STOP_LISTED, until=date(2026, 4, 15))
    assert str(error) == "stop_listed: until=2026-04-15"
    assert error == TransitionError(TransitionErrorCode.STOP_LISTED, until=date(2026, 4, 15))
    assert error != TransitionError(TransitionErrorCode.STOP_LISTED)
    assert error.__eq__("stop_listed") is NotImplemented
    assert hash(error) == hash(TransitionError(TransitionErrorCode.STOP_LISTED))
    with pytest.raises(TypeError):
        error.params["until"] = None  # type: ignore[index]
    bare = TransitionError(TransitionErrorCode.TURN_NOT_COME)
    assert str(bare) == "turn_not_come" and dict(bare.params) == {}
    with_enum = TransitionError(TransitionErrorCode.ILLEGAL_STATE, status=S.QUEUED)
    assert str(with_enum) == "illegal_state: status=queued"
    assert pickle.loads(pickle.dumps(error)) == error
