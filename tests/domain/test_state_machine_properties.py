"""Random sequences of actions: the state machine never leaves its defined states.

Every step checks that a successful transition appends exactly one history entry that
records it, that a refused one is a TransitionError, that terminal states accept nothing,
and that what allowed_actions / due_system_actions promise is what the transitions do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.application import Application, RegistrationRequest, local_date
from kiosk.domain.benefit import NO_BENEFIT, Benefit, PriorityClass
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.errors import TransitionError, TransitionErrorCode as Code
from kiosk.domain.history import SYSTEM, SYSTEM_ACTIONS, USER_ACTIONS, Action, Actor, ActorKind
from kiosk.domain.iin import Sex, build_iin
from kiosk.domain.numbers import ApplicationNumber, QueueType
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus
from kiosk.domain import transitions as t

KZ = timezone(timedelta(hours=5))
CAL = WorkingCalendar()
PARENT_IIN = "900517450011"
APPLICANT = Actor(ActorKind.APPLICANT, PARENT_IIN)
GARDEN = Actor(ActorKind.KINDERGARTEN, "DS-1")
STRANGER = Actor(ActorKind.APPLICANT, "880102350019")
BENEFITS = (NO_BENEFIT, Benefit(PriorityClass.FIRST_PRIORITY, "orphan"),
            Benefit(PriorityClass.OUT_OF_TURN, "servicemen"))

RULE_SETS = (
    RegionRules(),
    RegionRules(choose_window_working_days=1, enrol_working_days=1, stop_list_working_days=2,
                interest_months=1, extensions_allowed=2, max_expired_referrals=3,
                revoke_window_hours=1, extension_max_calendar_days=3),
    RegionRules(stop_list_working_days=0, extensions_allowed=0, max_expired_referrals=1),
)

ALL_ACTIONS = tuple(a for a in Action if a not in (Action.REGISTER, Action.REFUSE))


def perform(
    action: Action, app: Application, now: datetime, rules: RegionRules, situation: t.Situation,
    actor: Actor | None = None,
) -> Application:
    """Perform ``action`` with inputs that pass every check the action's dialog makes."""
    when: dict[str, Any] = {"now": now, "rules": rules, "calendar": CAL}
    who = actor or (APPLICANT if action in USER_ACTIONS else GARDEN if action is Action.ENROL
                    else SYSTEM)
    if action is Action.CONFIRM_INTEREST:
        return t.confirm_interest(app, actor=who, **when)
    if action is Action.CHANGE_BENEFIT:
        other = next(b for b in BENEFITS if b != app.benefit)
        return t.change_benefit(app, other, actor=who, **when)
    if action is Action.WITHDRAW:
        return t.withdraw(app, actor=who, **when)
    if action is Action.ISSUE_REFERRAL:
        documents = local_date(now, rules)
        return t.issue_referral(app, "DS-1", actor=who, situation=situation,
                                benefit_documents_date=documents, **when)
    if action is Action.EXTEND_REFERRAL:
        until = app.referral.last_valid_day(rules.tz) if app.referral else date(2025, 1, 1)
        until += timedelta(days=1)
        return t.extend_referral(app, until, "ill", actor=who, **when)
    if action is Action.REVOKE_REFERRAL:
        return t.revoke_referral(app, actor=who, **when)
    if action is Action.OFFER_TURN:
        return t.offer_turn(app, actor=who, situation=situation, **when)
    if action is Action.ENROL:
        return t.enrol(app, actor=who, **when)
    system: dict[Action, Callable[..., Application]] = {
        Action.TURN_LAPSED: t.turn_lapsed,
        Action.REFERRAL_EXPIRED: t.referral_expired,
        Action.INTEREST_LAPSED: t.interest_lapsed,
        Action.AGE_LIMIT_REACHED: t.age_limit_reached,
    }
    return system[action](app, actor=who, **when)


situations = st.builds(
    t.Situation,
    free_places=st.sampled_from([True, True, True, False]),
    free_choice=st.sampled_from([False, False, True]),
    enrolled_elsewhere=st.sampled_from([False, False, False, False, True]),
)
# Actions that move the life forward come up more often than those that end it.
WEIGHTED_ACTIONS = ALL_ACTIONS + (Action.OFFER_TURN, Action.ISSUE_REFERRAL) * 3 + (
    Action.EXTEND_REFERRAL, Action.REVOKE_REFERRAL, Action.REFERRAL_EXPIRED, Action.TURN_LAPSED,
    Action.CONFIRM_INTEREST,
)
steps = st.tuples(
    st.sampled_from(WEIGHTED_ACTIONS),
    st.one_of(
        st.sampled_from([0, 1, 12, 23, 25, 48, 72, 24 * 7, 24 * 15, 24 * 31]),
        st.integers(0, 24 * 40),
        st.integers(0, 24 * 400),
    ),
    situations,
    st.sampled_from(["right"] * 6 + ["stranger", "kindergarten", "system"]),
)


@st.composite
def starts(draw: st.DrawFn) -> tuple[Application, RegionRules]:
    rules = draw(st.sampled_from(RULE_SETS))
    registered_at = datetime(2025, 1, 6, 9, tzinfo=KZ) + timedelta(
        days=draw(st.integers(0, 700)), minutes=draw(st.integers(0, 60 * 24))
    )
    # Mostly children old enough for a place; some babies, some about to turn seven.
    age_days = draw(st.one_of(st.integers(2 * 366, 6 * 365), st.integers(0, 7 * 365 - 10)))
    born = registered_at.astimezone(KZ).date() - timedelta(days=age_days)
    child_iin = next(i for s in range(1, 30) if (i := build_iin(born, Sex.FEMALE, s)))
    request = RegistrationRequest(
        ApplicationNumber(QueueType.ORDINARY, 2025, draw(st.integers(0, 999_999)), 1),
        child_iin, born, PARENT_IIN, draw(st.sampled_from(BENEFITS)),
    )
    return t.register(request, existing=(), now=registered_at, actor=APPLICANT, rules=rules), rules


def actor_for(kind: str) -> Actor | None:
    return {"right": None, "stranger": STRANGER, "kindergarten": GARDEN, "system": SYSTEM}[kind]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=starts(), sequence=st.lists(steps, min_size=3, max_size=40))
def test_random_sequences_stay_in_defined_states(
    start: tuple[Application, RegionRules],
    sequence: list[tuple[Action, int, t.Situation, str]],
) -> None:
    app, rules = start
    now = app.registered_at
    for action, hours, situation, who in sequence:
        now += timedelta(hours=hours)
        permissions = t.allowed_actions(app, now=now, rules=rules, calendar=CAL,
                                        situation=situation)
        due = t.due_system_actions(app, now=now, rules=rules, calendar=CAL)
        assert list(permissions) == list(USER_ACTIONS)
        actor = actor_for(who)
        try:
            after = perform(action, app, now, rules, situation, actor)
        except TransitionError as error:
            assert isinstance(error.code, Code)
            if app.status.is_terminal:
                assert error.code is Code.APPLICATION_CLOSED
            if actor is None and action in permissions:
                assert not permissions[action].allowed
                assert permissions[action].reason is error.code
            if actor is None and action in SYSTEM_ACTIONS:
                assert action not in due
            continue
        assert not app.status.is_terminal
        assert after.status in ApplicationStatus
        assert len(after.history) == len(app.history) + 1
        assert after.history[:-1] == app.history
        last = after.history[-1]
        assert (last.action, last.at, last.from_status, last.to_status) == (
            action, now, app.status, after.status
        )
        if actor is None and action in permissions:
            assert permissions[action].allowed
        if actor is None and action in SYSTEM_ACTIONS:
            assert action in due
        app = after
    if app.status.is_terminal:
        later = now + timedelta(days=1)
        for action in ALL_ACTIONS:
            try:
                perform(action, app, later, rules, t.Situation(True, True))
            except TransitionError as error:
                assert error.code is Code.APPLICATION_CLOSED
            else:  # pragma: no cover - the assertion below explains the failure
                raise AssertionError(f"{action} accepted in terminal state {app.status}")


# How often a walk takes an action when it may: rarely the ones that end the application.
WALK_WEIGHTS = {Action.OFFER_TURN: 6, Action.ISSUE_REFERRAL: 6, Action.WITHDRAW: 1,
                Action.ENROL: 1, Action.CHANGE_BENEFIT: 1, Action.CONFIRM_INTEREST: 1}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=starts(), data=st.data())
def test_walks_through_allowed_transitions_always_succeed(
    start: tuple[Application, RegionRules], data: st.DataObject
) -> None:
    """A random walk that only takes what allowed_actions / due_system_actions offer (and
    offers of a turn, enrolments): every such step succeeds and records itself once."""
    app, rules = start
    now = app.registered_at
    for _ in range(data.draw(st.integers(5, 40), label="steps")):
        if app.status.is_terminal:
            break
        now += timedelta(hours=data.draw(st.sampled_from([1, 5, 20, 30, 80, 24 * 9, 24 * 40])))
        situation = data.draw(situations, label="situation")
        permissions = t.allowed_actions(app, now=now, rules=rules, calendar=CAL,
                                        situation=situation)
        possible = [a for a, p in permissions.items() if p.allowed]
        possible += t.due_system_actions(app, now=now, rules=rules, calendar=CAL)
        if app.status is ApplicationStatus.QUEUED:
            possible.append(Action.OFFER_TURN)
        if app.referral is not None and now < app.referral.expires_at:
            possible.append(Action.ENROL)
        candidates = [a for a in possible for _ in range(WALK_WEIGHTS.get(a, 2))]
        if not candidates:
            continue
        action = data.draw(st.sampled_from(candidates), label="action")
        try:
            after = perform(action, app, now, rules, situation)
        except TransitionError as error:
            assert action is Action.OFFER_TURN, f"{action} was offered but refused: {error}"
            continue
        assert len(after.history) == len(app.history) + 1
        assert after.history[-1].action is action
        assert after.history[-1].to_status is after.status
        app = after
