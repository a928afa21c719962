"""The state machine of an application: every transition of SPEC §5 with its guard.

Each transition is a pure function: it takes the application, the instant ``now`` (time-zone
aware), the acting :class:`~kiosk.domain.history.Actor`, the region's
:class:`~kiosk.domain.rules.RegionRules` and its
:class:`~kiosk.domain.calendar.WorkingCalendar` (every transition takes both, so callers can
treat them alike), and returns a new :class:`~kiosk.domain.application.Application` with one
history entry appended. A transition the rules forbid raises
:class:`~kiosk.domain.errors.TransitionError`; a programming error (a naive datetime, a blank
kindergarten id) raises ValueError.

Facts that are not the application's own (free places, free choice, an enrolment elsewhere)
come in a :class:`Situation`.

=================== ===================================== ===============================
transition          from                                  to
=================== ===================================== ===============================
register            (a request)                           QUEUED
refuse_registration (a request)                           REFUSED
confirm_interest    QUEUED, NOTIFIED                      (unchanged)
change_benefit      QUEUED                                QUEUED
withdraw            QUEUED, NOTIFIED                      REMOVED
offer_turn          QUEUED                                NOTIFIED
turn_lapsed         NOTIFIED                              QUEUED
issue_referral      NOTIFIED (in the window), QUEUED or   REFERRAL_ISSUED
                    NOTIFIED with free choice
extend_referral     REFERRAL_ISSUED                       REFERRAL_ISSUED
revoke_referral     REFERRAL_ISSUED                       QUEUED
referral_expired    REFERRAL_ISSUED                       QUEUED + stop-list, or REMOVED
enrol               REFERRAL_ISSUED                       ENROLLED
interest_lapsed     QUEUED, NOTIFIED                      REMOVED
age_limit_reached   QUEUED, NOTIFIED                      REMOVED
=================== ===================================== ===============================
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import Any

from kiosk.domain.age import full_years
from kiosk.domain.application import (
    Application,
    Referral,
    RegistrationRequest,
    interest_due_at,
    is_aware,
    is_stop_listed,
    local_date,
)
from kiosk.domain.benefit import Benefit
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.errors import TransitionError, TransitionErrorCode
from kiosk.domain.history import (
    SYSTEM_ACTIONS,
    USER_ACTIONS,
    Action,
    Actor,
    ActorKind,
    HistoryEntry,
    Reason,
)
from kiosk.domain.iin import check_iin
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus, ReferralStatus

Code = TransitionErrorCode
S = ApplicationStatus

_IN_QUEUE = frozenset({S.QUEUED, S.NOTIFIED})
_APPLICANT_SIDE = frozenset({ActorKind.APPLICANT, ActorKind.CLERK, ActorKind.OPERATOR})
_AUTHORITY = frozenset({ActorKind.SYSTEM, ActorKind.OPERATOR})

PERMITTED_ACTORS: Mapping[Action, frozenset[ActorKind]] = MappingProxyType(
    {
        Action.REGISTER: frozenset({ActorKind.APPLICANT, ActorKind.CLERK}),
        Action.REFUSE: _AUTHORITY,
        Action.CONFIRM_INTEREST: _APPLICANT_SIDE,
        Action.CHANGE_BENEFIT: _APPLICANT_SIDE,
        Action.WITHDRAW: _APPLICANT_SIDE,
        Action.OFFER_TURN: _AUTHORITY,
        Action.TURN_LAPSED: _AUTHORITY,
        Action.ISSUE_REFERRAL: _APPLICANT_SIDE,
        Action.EXTEND_REFERRAL: _APPLICANT_SIDE,
        Action.REVOKE_REFERRAL: _APPLICANT_SIDE,
        Action.REFERRAL_EXPIRED: _AUTHORITY,
        Action.ENROL: frozenset({ActorKind.KINDERGARTEN, ActorKind.OPERATOR}),
        Action.INTEREST_LAPSED: _AUTHORITY,
        Action.AGE_LIMIT_REACHED: _AUTHORITY,
    }
)
"""Which kinds of actor may perform each action."""

_REFUSAL_REASONS = {
    Code.INVALID_IIN: Reason.INVALID_IIN,
    Code.INVALID_BIRTH_DATE: Reason.INVALID_BIRTH_DATE,
    Code.CHILD_TOO_OLD: Reason.CHILD_TOO_OLD,
    Code.DUPLICATE_APPLICATION: Reason.DUPLICATE_APPLICATION,
}


@dataclass(frozen=True)
class Situation:
    """Facts outside the application that some guards need, as the central side knows them."""

    free_places: bool = False
    """There are free places for the child's group (year of birth, queue type)."""
    free_choice: bool = False
    """Places are published for free choice: any queued child of the group may take one."""
    enrolled_elsewhere: bool = False
    """The child is enrolled in a kindergarten that has not recorded the departure (убытие)."""


@dataclass(frozen=True)
class Permission:
    """Whether an action is allowed now and, if not, why (the refusal the action would get)."""

    action: Action
    error: TransitionError | None = None

    @property
    def allowed(self) -> bool:
        """True when the action may be performed now."""
        return self.error is None

    @property
    def reason(self) -> TransitionErrorCode | None:
        """The code of the refusal, None when allowed."""
        return None if self.error is None else self.error.code


# ----------------------------------------------------------------------------- helpers


def _check_now(now: datetime) -> None:
    if not is_aware(now):
        raise ValueError("now must be a time-zone aware datetime")


def _check_time(app: Application, now: datetime) -> None:
    _check_now(now)
    if now < app.last_change_at:
        raise TransitionError(Code.TIME_BEFORE_LAST_CHANGE, last_change=app.last_change_at)


def _check_state(app: Application, action: Action, allowed: Iterable[S]) -> None:
    if app.status.is_terminal:
        raise TransitionError(Code.APPLICATION_CLOSED, action=action, status=app.status)
    if app.status not in allowed:
        raise TransitionError(Code.ILLEGAL_STATE, action=action, status=app.status)


def _check_actor(action: Action, actor: Actor, applicant_iin: str) -> None:
    if actor.kind not in PERMITTED_ACTORS[action]:
        raise TransitionError(Code.ACTOR_NOT_PERMITTED, action=action, actor=actor.kind)
    if actor.kind is ActorKind.APPLICANT and actor.ident != applicant_iin:
        raise TransitionError(Code.NOT_APPLICANT, action=action)


def _age(app: Application, now: datetime, rules: RegionRules) -> int:
    return full_years(app.child_birth_date, max(local_date(now, rules), app.child_birth_date))


def _end_of_day(day: date, rules: RegionRules) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=rules.tz)


def _advance(
    app: Application,
    *,
    now: datetime,
    actor: Actor,
    action: Action,
    to: S,
    reason: Reason,
    comment: str = "",
    details: Iterable[tuple[str, str]] = (),
    **changes: Any,
) -> Application:
    entry = HistoryEntry(
        at=now,
        actor=actor,
        action=action,
        from_status=app.status,
        to_status=to,
        reason=reason,
        comment=comment,
        details=tuple(details),
    )
    return dataclasses.replace(app, status=to, history=(*app.history, entry), **changes)


def _details_of_actor(actor: Actor) -> tuple[tuple[str, str], ...]:
    return () if actor.service_centre is None else (("service_centre", actor.service_centre),)


# ------------------------------------------------------------------------ registration


def _check_registration(
    request: RegistrationRequest,
    existing: Iterable[Application],
    now: datetime,
    rules: RegionRules,
) -> None:
    for name in ("child_iin", "applicant_iin"):
        result = check_iin(getattr(request, name))
        if not result.valid:
            assert result.error is not None
            raise TransitionError(Code.INVALID_IIN, field=name, error=result.error)
    today = local_date(now, rules)
    if request.child_birth_date > today:
        raise TransitionError(Code.INVALID_BIRTH_DATE, birth_date=request.child_birth_date)
    age = full_years(request.child_birth_date, today)
    if age >= rules.max_child_age_years:
        raise TransitionError(Code.CHILD_TOO_OLD, age=age, max_age=rules.max_child_age_years)
    for other in existing:
        if other.number == request.number:
            raise TransitionError(Code.DUPLICATE_NUMBER, number=str(other.number))
        if (
            other.child_iin == request.child_iin
            and other.queue_type is request.queue_type
            and not other.status.is_terminal
        ):
            raise TransitionError(Code.DUPLICATE_APPLICATION, number=str(other.number))


def register(
    request: RegistrationRequest,
    *,
    existing: Iterable[Application],
    now: datetime,
    actor: Actor,
    rules: RegionRules,
) -> Application:
    """Put a child in the queue: a new application in status QUEUED.

    ``existing`` are the applications already on record (at least the child's): a second
    active application for the same child and queue type is refused
    (DUPLICATE_APPLICATION), as is a number already used (DUPLICATE_NUMBER). The child must
    be younger than ``max_child_age_years`` on the day of registration (CHILD_TOO_OLD);
    both IINs must be valid (INVALID_IIN).
    """
    _check_now(now)
    _check_actor(Action.REGISTER, actor, request.applicant_iin)
    _check_registration(request, existing, now, rules)
    entry = HistoryEntry(
        at=now,
        actor=actor,
        action=Action.REGISTER,
        from_status=None,
        to_status=S.QUEUED,
        reason=Reason.APPLICANT_REQUEST,
        details=_details_of_actor(actor),
    )
    return _new_application(request, now, S.QUEUED, entry)


def refuse_registration(
    request: RegistrationRequest,
    *,
    now: datetime,
    actor: Actor,
    reason: Reason,
) -> Application:
    """Record the refusal of a registration request: a new application in status REFUSED.

    The refused application keeps its number so the notice of refusal can cite it.
    """
    _check_now(now)
    _check_actor(Action.REFUSE, actor, request.applicant_iin)
    entry = HistoryEntry(
        at=now,
        actor=actor,
        action=Action.REFUSE,
        from_status=None,
        to_status=S.REFUSED,
        reason=reason,
    )
    return _new_application(request, now, S.REFUSED, entry)


def decide_registration(
    request: RegistrationRequest,
    *,
    existing: Iterable[Application],
    now: datetime,
    submitted_by: Actor,
    decided_by: Actor,
    rules: RegionRules,
) -> Application:
    """The central decision on a signed request: QUEUED, or REFUSED with the reason.

    A request that breaks a registration rule (invalid IIN or birth date, child too old,
    duplicate application) becomes a REFUSED application; other problems (actor, reused
    number, naive time) still raise.
    """
    existing = tuple(existing)
    try:
        return register(request, existing=existing, now=now, actor=submitted_by, rules=rules)
    except TransitionError as error:
        reason = _REFUSAL_REASONS.get(error.code)
        if reason is None:
            raise
        return refuse_registration(request, now=now, actor=decided_by, reason=reason)


def _new_application(
    request: RegistrationRequest, now: datetime, status: S, entry: HistoryEntry
) -> Application:
    return Application(
        number=request.number,
        child_iin=request.child_iin,
        child_birth_date=request.child_birth_date,
        applicant_iin=request.applicant_iin,
        benefit=request.benefit,
        registered_at=now,
        status=status,
        history=(entry,),
        district=request.district,
    )


# ------------------------------------------------------------------------ queue life


def _guard_confirm_interest(
    app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_state(app, Action.CONFIRM_INTEREST, _IN_QUEUE)
    due = interest_due_at(app, rules)
    if now >= due:
        raise TransitionError(Code.INTEREST_LAPSED, due=due)


def confirm_interest(
    app: Application,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
) -> Application:
    """«Подтвердить заинтересованность»: restart the interest period; the status is kept.

    Allowed while queued or notified and before the period has lapsed (INTEREST_LAPSED).
    """
    _check_time(app, now)
    _guard_confirm_interest(app, now, rules, calendar)
    _check_actor(Action.CONFIRM_INTEREST, actor, app.applicant_iin)
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.CONFIRM_INTEREST,
        to=app.status,
        reason=Reason.APPLICANT_REQUEST,
        details=_details_of_actor(actor),
        interest_confirmed_at=now,
    )


def _guard_change_benefit(
    app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_state(app, Action.CHANGE_BENEFIT, (S.QUEUED,))


def change_benefit(
    app: Application,
    benefit: Benefit,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
) -> Application:
    """«Изменить льготность»: a new benefit class/category while queued.

    The registration time is kept, so the child's place within the new class follows it.
    The same benefit again is refused (BENEFIT_UNCHANGED).
    """
    _check_time(app, now)
    _guard_change_benefit(app, now, rules, calendar)
    _check_actor(Action.CHANGE_BENEFIT, actor, app.applicant_iin)
    if benefit == app.benefit:
        raise TransitionError(Code.BENEFIT_UNCHANGED, benefit=benefit.priority)
    details = [("benefit", benefit.priority.value), *_details_of_actor(actor)]
    if benefit.category is not None:
        details.insert(1, ("category", benefit.category))
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.CHANGE_BENEFIT,
        to=app.status,
        reason=Reason.APPLICANT_REQUEST,
        details=details,
        benefit=benefit,
    )


def _guard_withdraw(
    app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_state(app, Action.WITHDRAW, _IN_QUEUE)


def withdraw(
    app: Application,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
    comment: str = "",
) -> Application:
    """«Снять с очереди»: the applicant takes the child out of the queue (REMOVED)."""
    _check_time(app, now)
    _guard_withdraw(app, now, rules, calendar)
    _check_actor(Action.WITHDRAW, actor, app.applicant_iin)
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.WITHDRAW,
        to=S.REMOVED,
        reason=Reason.APPLICANT_REQUEST,
        comment=comment.strip(),
        details=_details_of_actor(actor),
        turn_offered_at=None,
        turn_expires_at=None,
    )


def _guard_interest_lapsed(
    app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_state(app, Action.INTEREST_LAPSED, _IN_QUEUE)
    due = interest_due_at(app, rules)
    if now < due:
        raise TransitionError(Code.INTEREST_NOT_LAPSED, due=due)


def interest_lapsed(
    app: Application,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
) -> Application:
    """Interest not confirmed within ``interest_months``: the child is removed (REMOVED)."""
    _check_time(app, now)
    _guard_interest_lapsed(app, now, rules, calendar)
    _check_actor(Action.INTEREST_LAPSED, actor, app.applicant_iin)
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.INTEREST_LAPSED,
        to=S.REMOVED,
        reason=Reason.INTEREST_NOT_CONFIRMED,
        turn_offered_at=None,
        turn_expires_at=None,
    )


def _guard_age_limit(
    app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_state(app, Action.AGE_LIMIT_REACHED, _IN_QUEUE)
    age = _age(app, now, rules)
    if age < rules.max_child_age_years:
        raise TransitionError(
            Code.AGE_LIMIT_NOT_REACHED, age=age, max_age=rules.max_child_age_years
        )


def age_limit_reached(
    app: Application,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
) -> Application:
    """The queued child has reached ``max_child_age_years``: removed from the queue."""
    _check_time(app, now)
    _guard_age_limit(app, now, rules, calendar)
    _check_actor(Action.AGE_LIMIT_REACHED, actor, app.applicant_iin)
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.AGE_LIMIT_REACHED,
        to=S.REMOVED,
        reason=Reason.AGE_LIMIT,
        turn_offered_at=None,
        turn_expires_at=None,
    )


# ------------------------------------------------------------------------ the turn


def _check_can_get_place(
    app: Application, now: datetime, rules: RegionRules, situation: Situation
) -> None:
    if situation.enrolled_elsewhere:
        raise TransitionError(Code.ENROLLED_ELSEWHERE)
    age = _age(app, now, rules)
    if age < rules.min_choice_age_years:
        raise TransitionError(Code.CHILD_TOO_YOUNG, age=age, min_age=rules.min_choice_age_years)
    if is_stop_listed(app, local_date(now, rules)):
        assert app.stop_list_until is not None
        raise TransitionError(Code.STOP_LISTED, until=app.stop_list_until)


def _guard_offer_turn(
    app: Application,
    now: datetime,
    rules: RegionRules,
    calendar: WorkingCalendar,
    situation: Situation,
) -> None:
    _check_state(app, Action.OFFER_TURN, (S.QUEUED,))
    _check_can_get_place(app, now, rules, situation)
    age = _age(app, now, rules)
    if age >= rules.max_child_age_years:
        raise TransitionError(Code.CHILD_TOO_OLD, age=age, max_age=rules.max_child_age_years)
    due = interest_due_at(app, rules)
    if now >= due:
        raise TransitionError(Code.INTEREST_LAPSED, due=due)


def offer_turn(
    app: Application,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
    situation: Situation = Situation(),
) -> Application:
    """The child's turn has come: QUEUED → NOTIFIED («Направлено уведомление»).

    The applicant then has ``choose_window_working_days`` working days to choose a
    kindergarten. Refused for a child under ``min_choice_age_years`` (CHILD_TOO_YOUNG), in
    the stop-list (STOP_LISTED), enrolled elsewhere (ENROLLED_ELSEWHERE), aged out
    (CHILD_TOO_OLD) or whose interest has lapsed (INTEREST_LAPSED).
    """
    _check_time(app, now)
    _guard_offer_turn(app, now, rules, calendar, situation)
    _check_actor(Action.OFFER_TURN, actor, app.applicant_iin)
    closes = calendar.deadline(now.astimezone(rules.tz), rules.choose_window_working_days)
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.OFFER_TURN,
        to=S.NOTIFIED,
        reason=Reason.TURN_CAME,
        details=(("window_closes", closes.isoformat()),),
        turn_offered_at=now,
        turn_expires_at=closes,
    )


def _guard_turn_lapsed(
    app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_state(app, Action.TURN_LAPSED, (S.NOTIFIED,))
    assert app.turn_expires_at is not None
    if now < app.turn_expires_at:
        raise TransitionError(Code.CHOOSE_WINDOW_OPEN, until=app.turn_expires_at)


def turn_lapsed(
    app: Application,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
) -> Application:
    """No kindergarten chosen in the window: NOTIFIED → QUEUED; the place is freed."""
    _check_time(app, now)
    _guard_turn_lapsed(app, now, rules, calendar)
    _check_actor(Action.TURN_LAPSED, actor, app.applicant_iin)
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.TURN_LAPSED,
        to=S.QUEUED,
        reason=Reason.CHOOSE_WINDOW_LAPSED,
        turn_offered_at=None,
        turn_expires_at=None,
    )


# ------------------------------------------------------------------------ the referral


def _guard_issue_referral(
    app: Application,
    now: datetime,
    rules: RegionRules,
    calendar: WorkingCalendar,
    situation: Situation,
) -> bool:
    """Raise if no referral can be taken now; else return True when it is by free choice."""
    _check_state(app, Action.ISSUE_REFERRAL, _IN_QUEUE)
    _check_can_get_place(app, now, rules, situation)
    on_turn = app.turn_expires_at is not None and now < app.turn_expires_at
    if not on_turn and not situation.free_choice:
        if app.status is S.NOTIFIED:
            assert app.turn_expires_at is not None
            raise TransitionError(Code.CHOOSE_WINDOW_CLOSED, closed=app.turn_expires_at)
        raise TransitionError(Code.TURN_NOT_COME)
    if not situation.free_places:
        raise TransitionError(Code.NO_FREE_PLACES)
    return not on_turn


def _check_benefit_documents(
    app: Application, now: datetime, rules: RegionRules, documents_date: date | None
) -> None:
    if documents_date is None:
        raise TransitionError(Code.BENEFIT_DOCUMENTS_MISSING, benefit=app.benefit.priority)
    today = local_date(now, rules)
    if documents_date > today:
        raise TransitionError(Code.BENEFIT_DOCUMENTS_AFTER_REQUEST, issued_on=documents_date)
    if (today - documents_date).days > rules.benefit_documents_max_age_days:
        raise TransitionError(
            Code.BENEFIT_DOCUMENTS_TOO_OLD,
            issued_on=documents_date,
            max_age_days=rules.benefit_documents_max_age_days,
        )


def issue_referral(
    app: Application,
    kindergarten_id: str,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
    situation: Situation = Situation(),
    benefit_documents_date: date | None = None,
) -> Application:
    """«Выбрать детский сад» → «Подписать и отправить»: a referral is issued.

    From NOTIFIED within the choose window, or from QUEUED / NOTIFIED when places are
    published for free choice. The referral is valid through the ``enrol_working_days``-th
    working day after today. Refused when the child is too young, stop-listed or enrolled
    elsewhere, when the turn has not come (TURN_NOT_COME) or the window has closed
    (CHOOSE_WINDOW_CLOSED) without free choice, and when there are no free places.

    On the applicant's turn a child with a benefit gets the referral by benefit category:
    the benefit documents must then be dated within ``benefit_documents_max_age_days``
    calendar days before today (BENEFIT_DOCUMENTS_MISSING / _TOO_OLD / _AFTER_REQUEST).
    A free-choice place is not taken by benefit.
    """
    if not kindergarten_id.strip():
        raise ValueError("a referral needs a kindergarten id")
    _check_time(app, now)
    free_choice = _guard_issue_referral(app, now, rules, calendar, situation)
    _check_actor(Action.ISSUE_REFERRAL, actor, app.applicant_iin)
    by_benefit = app.benefit.is_benefit and not free_choice
    if by_benefit:
        _check_benefit_documents(app, now, rules, benefit_documents_date)
    expires = calendar.deadline(now.astimezone(rules.tz), rules.enrol_working_days)
    referral = Referral(
        kindergarten_id=kindergarten_id,
        issued_at=now,
        expires_at=expires,
        by_benefit=by_benefit,
        free_choice=free_choice,
    )
    details = [("kindergarten", kindergarten_id), ("expires", expires.isoformat())]
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.ISSUE_REFERRAL,
        to=S.REFERRAL_ISSUED,
        reason=Reason.FREE_CHOICE if free_choice else Reason.APPLICANT_REQUEST,
        details=[*details, *_details_of_actor(actor)],
        referral=referral,
        turn_offered_at=None,
        turn_expires_at=None,
    )


choose_kindergarten = issue_referral
"""The applicant's name for :func:`issue_referral`: choosing a kindergarten issues the referral."""


def _referral(app: Application) -> Referral:
    assert app.referral is not None  # guaranteed by the status invariant
    return app.referral


def _guard_extend_referral(
    app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_state(app, Action.EXTEND_REFERRAL, (S.REFERRAL_ISSUED,))
    referral = _referral(app)
    if now >= referral.expires_at:
        raise TransitionError(Code.REFERRAL_EXPIRED, expired=referral.expires_at)
    if referral.extensions >= rules.extensions_allowed:
        raise TransitionError(Code.EXTENSION_LIMIT_REACHED, allowed=rules.extensions_allowed)


def extend_referral(
    app: Application,
    until: date,
    reason: str,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
) -> Application:
    """«Продлить направление»: the referral stays valid through ``until``.

    Allowed ``extensions_allowed`` times (EXTENSION_LIMIT_REACHED), before the referral
    expires (REFERRAL_EXPIRED), with a reason (EXTENSION_REASON_REQUIRED) and a date after
    the current last valid day (EXTENSION_DATE_NOT_AFTER_EXPIRY) and at most
    ``extension_max_calendar_days`` calendar days after it (EXTENSION_TOO_LONG).
    """
    _check_time(app, now)
    _guard_extend_referral(app, now, rules, calendar)
    _check_actor(Action.EXTEND_REFERRAL, actor, app.applicant_iin)
    referral = _referral(app)
    text = reason.strip()
    if not text:
        raise TransitionError(Code.EXTENSION_REASON_REQUIRED)
    last_day = referral.last_valid_day(rules.tz)
    if until <= last_day:
        raise TransitionError(Code.EXTENSION_DATE_NOT_AFTER_EXPIRY, last_day=last_day)
    latest = last_day + timedelta(days=rules.extension_max_calendar_days)
    if until > latest:
        raise TransitionError(
            Code.EXTENSION_TOO_LONG, latest=latest, max_days=rules.extension_max_calendar_days
        )
    extended = dataclasses.replace(
        referral, expires_at=_end_of_day(until, rules), extensions=referral.extensions + 1
    )
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.EXTEND_REFERRAL,
        to=app.status,
        reason=Reason.APPLICANT_REQUEST,
        comment=text,
        details=[("until", until.isoformat()), *_details_of_actor(actor)],
        referral=extended,
    )


def _guard_revoke_referral(
    app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_state(app, Action.REVOKE_REFERRAL, (S.REFERRAL_ISSUED,))
    referral = _referral(app)
    if now - referral.issued_at > timedelta(hours=rules.revoke_window_hours):
        raise TransitionError(Code.REVOKE_WINDOW_CLOSED, hours=rules.revoke_window_hours)


def revoke_referral(
    app: Application,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
) -> Application:
    """«Отозвать направление»: within ``revoke_window_hours`` of issue, back to QUEUED.

    Not counted as an expired referral, no stop-list (REVOKE_WINDOW_CLOSED after the window).
    """
    _check_time(app, now)
    _guard_revoke_referral(app, now, rules, calendar)
    _check_actor(Action.REVOKE_REFERRAL, actor, app.applicant_iin)
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.REVOKE_REFERRAL,
        to=S.QUEUED,
        reason=Reason.APPLICANT_REQUEST,
        details=[("kindergarten", _referral(app).kindergarten_id), *_details_of_actor(actor)],
        referral=None,
    )


def _guard_referral_expired(
    app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_state(app, Action.REFERRAL_EXPIRED, (S.REFERRAL_ISSUED,))
    referral = _referral(app)
    if now < referral.expires_at:
        raise TransitionError(Code.REFERRAL_NOT_EXPIRED, expires=referral.expires_at)


def referral_expired(
    app: Application,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
) -> Application:
    """The child was not enrolled in time: the referral is annulled («Не зачислен»).

    The child goes back to QUEUED and into the stop-list for ``stop_list_working_days``
    working days after the referral's last valid day; the expiry that reaches
    ``max_expired_referrals`` removes the child from the queue instead (REMOVED).
    """
    _check_time(app, now)
    _guard_referral_expired(app, now, rules, calendar)
    _check_actor(Action.REFERRAL_EXPIRED, actor, app.applicant_iin)
    referral = _referral(app)
    count = app.expired_referrals + 1
    details = [("kindergarten", referral.kindergarten_id), ("expired_referrals", str(count))]
    if count >= rules.max_expired_referrals:
        return _advance(
            app,
            now=now,
            actor=actor,
            action=Action.REFERRAL_EXPIRED,
            to=S.REMOVED,
            reason=Reason.REFERRALS_EXPIRED,
            details=details,
            referral=None,
            expired_referrals=count,
        )
    until = None
    if rules.stop_list_working_days:
        until = calendar.add_working_days(
            referral.last_valid_day(rules.tz), rules.stop_list_working_days
        )
        details.append(("stop_list_until", until.isoformat()))
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.REFERRAL_EXPIRED,
        to=S.QUEUED,
        reason=Reason.NOT_ENROLLED,
        details=details,
        referral=None,
        expired_referrals=count,
        stop_list_until=until,
    )


def _guard_enrol(
    app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_state(app, Action.ENROL, (S.REFERRAL_ISSUED,))
    referral = _referral(app)
    if now >= referral.expires_at:
        raise TransitionError(Code.REFERRAL_EXPIRED, expired=referral.expires_at)


def enrol(
    app: Application,
    *,
    now: datetime,
    actor: Actor,
    rules: RegionRules,
    calendar: WorkingCalendar,
) -> Application:
    """The kindergarten enrols the child with the referral: ENROLLED («Зачислен»).

    Only the kindergarten named in the referral (WRONG_KINDERGARTEN) and only before the
    referral expires (REFERRAL_EXPIRED).
    """
    _check_time(app, now)
    _guard_enrol(app, now, rules, calendar)
    _check_actor(Action.ENROL, actor, app.applicant_iin)
    referral = _referral(app)
    if actor.kind is ActorKind.KINDERGARTEN and actor.ident != referral.kindergarten_id:
        raise TransitionError(Code.WRONG_KINDERGARTEN, kindergarten=referral.kindergarten_id)
    return _advance(
        app,
        now=now,
        actor=actor,
        action=Action.ENROL,
        to=S.ENROLLED,
        reason=Reason.ENROLLED,
        details=(("kindergarten", referral.kindergarten_id),),
        referral=dataclasses.replace(referral, status=ReferralStatus.ENROLLED),
    )


# ------------------------------------------------------------------------ what is allowed

_Guard = Callable[[Application, datetime, RegionRules, WorkingCalendar], object]

_USER_GUARDS: Mapping[Action, _Guard] = MappingProxyType(
    {
        Action.CONFIRM_INTEREST: _guard_confirm_interest,
        Action.CHANGE_BENEFIT: _guard_change_benefit,
        Action.WITHDRAW: _guard_withdraw,
        Action.EXTEND_REFERRAL: _guard_extend_referral,
        Action.REVOKE_REFERRAL: _guard_revoke_referral,
    }
)

_SYSTEM_GUARDS: Mapping[Action, _Guard] = MappingProxyType(
    {
        Action.TURN_LAPSED: _guard_turn_lapsed,
        Action.REFERRAL_EXPIRED: _guard_referral_expired,
        Action.INTEREST_LAPSED: _guard_interest_lapsed,
        Action.AGE_LIMIT_REACHED: _guard_age_limit,
    }
)


def _permission(action: Action, guard: Callable[..., object], *args: Any) -> Permission:
    try:
        guard(*args)
    except TransitionError as error:
        return Permission(action, error)
    return Permission(action)


def _user_guard(
    action: Action,
    app: Application,
    now: datetime,
    rules: RegionRules,
    calendar: WorkingCalendar,
    situation: Situation,
) -> None:
    _check_time(app, now)
    if action is Action.ISSUE_REFERRAL:
        _guard_issue_referral(app, now, rules, calendar, situation)
    else:
        _USER_GUARDS[action](app, now, rules, calendar)


def _system_guard(
    action: Action, app: Application, now: datetime, rules: RegionRules, calendar: WorkingCalendar
) -> None:
    _check_time(app, now)
    _SYSTEM_GUARDS[action](app, now, rules, calendar)


def allowed_actions(
    app: Application,
    *,
    now: datetime,
    rules: RegionRules,
    calendar: WorkingCalendar,
    situation: Situation = Situation(),
) -> dict[Action, Permission]:
    """For every user action (the journal's buttons), whether it is allowed now and why not.

    Checks everything that does not depend on what the user will enter in the action's
    dialog (the new benefit, the extension date and reason, the benefit documents): those
    are checked when the action is performed. Keys follow :data:`USER_ACTIONS`' order.
    """
    _check_now(now)
    return {
        action: _permission(action, _user_guard, action, app, now, rules, calendar, situation)
        for action in USER_ACTIONS
    }


def due_system_actions(
    app: Application,
    *,
    now: datetime,
    rules: RegionRules,
    calendar: WorkingCalendar,
) -> tuple[Action, ...]:
    """The deadline transitions that fall due now, in :data:`SYSTEM_ACTIONS` order.

    The scheduler applies the first and asks again: e.g. a lapsed turn and lapsed interest
    may both be due.
    """
    _check_now(now)
    return tuple(
        action
        for action in SYSTEM_ACTIONS
        if _permission(action, _system_guard, action, app, now, rules, calendar).allowed
    )
