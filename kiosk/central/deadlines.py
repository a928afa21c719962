"""The deadlines of the queue, applied when they fall due (the scheduler and ``tick``).

- a turn not used within ``choose_window_working_days`` (3 working days): NOTIFIED → QUEUED,
  the place goes to free choice for every queued child of the group year;
- a referral not used within ``enrol_working_days`` (5; or through its extension): annulled,
  the child in the stop-list for ``stop_list_working_days`` (10) working days; the
  ``max_expired_referrals``-th (2nd) expiry removes the child from the queue; the place goes
  back to the allocation;
- interest not confirmed within ``interest_months`` (12): removed;
- the child reached ``max_child_age_years`` (7): removed.

Each change is the domain's transition (:func:`kiosk.domain.transitions.due_system_actions`
decides what is due), written to the history with its reason, with the applicant told in
their language through the outbox. The candidates are found by indexed queries; only the
few that are due are loaded whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from kiosk.central import models, notify, places
from kiosk.central.allocation import youngest_birth_date
from kiosk.central.mapping import store, to_domain
from kiosk.domain import transitions
from kiosk.domain.age import add_months
from kiosk.domain.application import Application
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.errors import TransitionError
from kiosk.domain.history import SYSTEM, Action
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus

S = ApplicationStatus
RulesFor = Callable[[str], RegionRules]

_TRANSITIONS: dict[Action, Callable[..., Application]] = {
    Action.TURN_LAPSED: transitions.turn_lapsed,
    Action.REFERRAL_EXPIRED: transitions.referral_expired,
    Action.INTEREST_LAPSED: transitions.interest_lapsed,
    Action.AGE_LIMIT_REACHED: transitions.age_limit_reached,
}


@dataclass
class Change:
    """One deadline applied."""

    number: str
    action: str
    from_status: str
    to_status: str
    reason: str


@dataclass
class TickReport:
    at: datetime
    changes: list[Change] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        result: dict[str, int] = {}
        for change in self.changes:
            result[change.action] = result.get(change.action, 0) + 1
        return result


def _due_holders(session: Session, now: datetime) -> set[int]:
    """Applications whose offered place or referral lapsed (the places keep the instant)."""
    place = models.Place
    query = select(place.holder_id).where(
        place.status.in_((places.PlaceStatus.OFFERED.value, places.PlaceStatus.REFERRED.value)),
        place.offer_expires_at <= now, place.holder_id.is_not(None))
    return {holder for holder in session.scalars(query) if holder is not None}


def _swept(session: Session, now: datetime, regions: Iterable[RegionRules]) -> set[int]:
    """Every application a deadline may concern (a full scan: turns and referrals without
    a place row, interest, age)."""
    app = models.Application
    rules = list(regions)
    shortest_interest = min(r.interest_months for r in rules)
    youngest_age = min(r.max_child_age_years for r in rules)
    cutoff = add_months(now.date(), -shortest_interest) + timedelta(days=2)
    cutoff_at = datetime.combine(cutoff, now.timetz())
    old = youngest_birth_date(now.date() + timedelta(days=1), youngest_age)
    in_queue = app.status.in_((S.QUEUED.value, S.NOTIFIED.value))
    query = select(app.id).where(or_(
        app.status.in_((S.NOTIFIED.value, S.REFERRAL_ISSUED.value)),
        and_(in_queue, app.interest_confirmed_at.is_(None), app.registered_at <= cutoff_at),
        and_(in_queue, app.interest_confirmed_at <= cutoff_at),
        and_(in_queue, app.child_birth_date <= old)))
    return set(session.scalars(query))


def _message(row: models.Application, app: Application, action: Action,
             rules: RegionRules) -> tuple[str, dict[str, object]] | None:
    if action is Action.TURN_LAPSED:
        return "turn_lapsed", {}
    if action is Action.REFERRAL_EXPIRED:
        if app.status is S.REMOVED:
            return "removed_referrals_expired", {"count": app.expired_referrals}
        until = app.stop_list_until
        return "referral_expired", {"days": rules.enrol_working_days,
                                    "until": "" if until is None else notify.day(until)}
    if action is Action.INTEREST_LAPSED:
        return "removed_interest", {"months": rules.interest_months}
    if action is Action.AGE_LIMIT_REACHED:
        return "removed_age", {"age": rules.max_child_age_years}
    return None


def apply_due(session: Session, *, now: datetime, rules_for: RulesFor,
              known_regions: Iterable[str] = (), sweep: bool = True,
              calendars: dict[str, WorkingCalendar] | None = None) -> TickReport:
    """Apply every deadline due at ``now``.

    Lapsed turns and referrals are found through their places; ``sweep`` also scans every
    application (turns and referrals without a place, interest, age): the scheduler sweeps
    hourly, ``kiosk-central tick`` every time.
    """
    report = TickReport(at=now)
    calendars = {} if calendars is None else calendars
    region_rules = [rules_for(k) for k in {*known_regions, ""}]
    found = _due_holders(session, now)
    if sweep:
        found |= _swept(session, now, region_rules)
    ids = sorted(found)
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start:chunk_start + 500]
        rows = session.scalars(select(models.Application)
                               .where(models.Application.id.in_(chunk))
                               .order_by(models.Application.id)
                               .options(selectinload(models.Application.history))
                               .with_for_update(of=models.Application)
                               .execution_options(populate_existing=True))
        for row in rows:
            _apply_row(session, row, now, rules_for, calendars, report)
    return report


def _apply_row(session: Session, row: models.Application, now: datetime, rules_for: RulesFor,
               calendars: dict[str, WorkingCalendar], report: TickReport) -> None:
    rules = rules_for(row.region_kato)
    calendar = calendars.get(row.region_kato)
    if calendar is None:
        calendar = calendars[row.region_kato] = rules.working_calendar()
    app = to_domain(row)
    if now < app.last_change_at:
        return
    for _ in range(len(_TRANSITIONS)):
        due = transitions.due_system_actions(app, now=now, rules=rules, calendar=calendar)
        if not due:
            return
        action = due[0]
        before = app.status
        try:
            app = _TRANSITIONS[action](app, now=now, actor=SYSTEM, rules=rules,
                                       calendar=calendar)
        except TransitionError:  # pragma: no cover - due_system_actions said it was due
            return
        store(row, app)
        if app.referral is None and before is S.REFERRAL_ISSUED:
            row.kindergarten_id = None
            row.group_id = None
        session.flush()
        places.follow(session, row, action, now)
        message = _message(row, app, action, rules)
        if message is not None:
            template, params = message
            notify.enqueue(session, row, template, f"{row.id}:{row.version}:{template}", now,
                           **params)
        entry = app.history[-1]
        report.changes.append(Change(row.number, action.value, before.value,
                                     app.status.value, entry.reason.value))
