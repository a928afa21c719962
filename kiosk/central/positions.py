"""Queue numbers computed by counting, why they changed, and the public statistics.

:func:`position_of` gives the same numbers as :func:`kiosk.domain.priority.number_queue` over
the application's group (district, queue type and profile, birth year; queued or notified),
with the region's interleave, from one aggregate query over the group's index instead of
reading the whole group: per benefit class, how many stand in the group and how many of
them registered before this application.

:func:`explain` compares with what the applicant saw last time (kept in
:class:`~kiosk.central.models.PositionView`) and tells why the number moved, as reason codes
with parameters for the kiosk to translate, e.g. ``registered_ahead`` with
``{"priority": "out_of_turn", "count": 3}``: three out-of-turn children registered since and
stand before this child.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import String, and_, bindparam, case, delete, func, literal, select, text, tuple_, union_all
from sqlalchemy.orm import Session

from kiosk.central import models
from kiosk.store.columns import UtcDateTime
from kiosk.central.views import PositionReasonView, QueuePositionView, QueueStatisticsRowView
from kiosk.domain.benefit import PriorityClass
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus

S = ApplicationStatus
IN_QUEUE = (S.QUEUED.value, S.NOTIFIED.value)
_BENEFIT = (PriorityClass.OUT_OF_TURN.value, PriorityClass.FIRST_PRIORITY.value)

RulesFor = Callable[[str], RegionRules]


@dataclass(frozen=True)
class Numbers:
    """«Номер очереди» and «Номер очереди по льготной категории» (0, 0 out of the queue)."""

    overall: int = 0
    in_category: int = 0


def group_conditions(row: models.Application, *, queued: bool = True) -> list[object]:
    """The conditions of the application's queue group (only those in the queue when
    ``queued``)."""
    app = models.Application
    conditions = [app.district_kato == row.district_kato, app.queue_type == row.queue_type,
                  app.sanatorium_profile.is_(None) if row.sanatorium_profile is None
                  else app.sanatorium_profile == row.sanatorium_profile,
                  app.birth_year == row.child_birth_date.year]
    if queued:
        conditions.append(app.status.in_(IN_QUEUE))
    return conditions


def buckets_of(moment: datetime) -> tuple[int, int]:
    """The counters' month (``yyyymm``) and day (``yyyymmdd``) of a registration time (UTC)."""
    utc = moment.astimezone(timezone.utc)
    return utc.year * 100 + utc.month, utc.year * 10000 + utc.month * 100 + utc.day


_MONTHS_BELOW = 1_000_000
"""Month buckets are below this, day buckets above."""
_CLASSES = tuple(c.value for c in PriorityClass)


_LOOKUP: dict[bool, Any] = {}


def _lookup(with_profile: bool) -> Any:
    """The one statement of a lookup (cached, values bound): the group's month counters of
    every class (bucket = month), the day counters of the application's month and class
    before its day (bucket -1), and those of its own day before it (bucket -2)."""
    cached = _LOOKUP.get(with_profile)
    if cached is not None:
        return cached
    count, app = models.QueueCount, models.Application
    counters = (count.district_kato == bindparam("district"),
                count.queue_type == bindparam("queue_type"),
                count.profile == bindparam("profile"),
                count.birth_year == bindparam("birth_year"))
    months = (select(count.priority, count.bucket, count.n)
              .where(*counters, count.priority.in_(_CLASSES), count.bucket < _MONTHS_BELOW))
    days = (select(bindparam("priority", type_=String()), literal(-1),
                   func.coalesce(func.sum(count.n), 0))
            .where(*counters, count.priority == bindparam("priority"),
                   count.bucket >= bindparam("month_start"), count.bucket < bindparam("day")))
    same_day = (select(bindparam("priority", type_=String()), literal(-2), func.count())
                .select_from(app)
                .where(app.district_kato == bindparam("district"),
                       app.queue_type == bindparam("queue_type"),
                       app.sanatorium_profile == bindparam("profile") if with_profile
                       else app.sanatorium_profile.is_(None),
                       app.birth_year == bindparam("birth_year"),
                       app.priority == bindparam("priority"),
                       app.status.in_(IN_QUEUE),
                       app.registered_at >= bindparam("day_start", type_=UtcDateTime()),
                       tuple_(app.registered_at, app.number_year, app.number_seq)
                       < tuple_(bindparam("registered_at", type_=UtcDateTime()),
                                bindparam("number_year"), bindparam("number_seq"))))
    statement = union_all(months, days, same_day)
    _LOOKUP[with_profile] = statement
    return statement


def position_of(session: Session, row: models.Application,
                interleave: tuple[int, int] | None) -> Numbers:
    """The application's queue numbers now (0, 0 when it is not in the queue).

    The group's counters give each class's size (month rows) and how many of the
    application's class registered in earlier months and, within its month, on earlier
    days; an indexed count adds those of its own day before it. One round trip.
    """
    if row.status not in IN_QUEUE:
        return Numbers()
    month, day = buckets_of(row.registered_at)
    utc = row.registered_at.astimezone(timezone.utc)
    total: Counter[str] = Counter()
    earlier: Counter[str] = Counter()
    parameters = {
        "district": row.district_kato, "queue_type": row.queue_type,
        "profile": row.sanatorium_profile or "", "birth_year": row.child_birth_date.year,
        "priority": row.priority, "month_start": month * 100, "day": day,
        "day_start": datetime(utc.year, utc.month, utc.day, tzinfo=timezone.utc),
        "registered_at": row.registered_at, "number_year": row.number_year,
        "number_seq": row.number_seq}
    result = session.connection().execute(_lookup(row.sanatorium_profile is not None),
                                          parameters)
    for priority, bucket, n in result:
        if bucket < 0:
            earlier[row.priority] += int(n)
            continue
        total[priority] += int(n)
        if priority == row.priority and bucket < month:
            earlier[priority] += int(n)
    return numbers_from_counts(row.priority, total, earlier, interleave)


def position_by_counting(session: Session, row: models.Application,
                         interleave: tuple[int, int] | None) -> Numbers:
    """The same numbers by counting the whole group (a cross-check for the counters)."""
    if row.status not in IN_QUEUE:
        return Numbers()
    app = models.Application
    query = (select(app.priority, func.count(), func.sum(case((_before(row), 1), else_=0)))
             .where(*group_conditions(row)).group_by(app.priority))
    total: Counter[str] = Counter()
    earlier: Counter[str] = Counter()
    for priority, n, before in session.execute(query):
        total[priority] = int(n)
        earlier[priority] = int(before or 0)
    return numbers_from_counts(row.priority, total, earlier, interleave)


def _before(row: models.Application) -> object:
    app = models.Application
    return tuple_(app.registered_at, app.number_year, app.number_seq) < tuple_(
        row.registered_at, row.number_year, row.number_seq)


def numbers_from_counts(priority: str, total: Counter[str], earlier: Counter[str],
                        interleave: tuple[int, int] | None) -> Numbers:
    """The numbers of an application of class ``priority`` given, per class, the group's
    size and how many registered before it."""
    oot, fp, gen = (PriorityClass.OUT_OF_TURN.value, PriorityClass.FIRST_PRIORITY.value,
                    PriorityClass.GENERAL.value)
    mine = PriorityClass(priority)
    in_class = earlier[priority] + 1
    category = in_class if mine.is_benefit else 0
    if interleave is None:
        ahead = sum(total[c.value] for c in PriorityClass if c.rank < mine.rank)
        return Numbers(ahead + in_class, category)
    p, g = interleave
    benefit_total = total[oot] + total[fp]
    if mine.is_benefit:
        k = (total[oot] if mine is PriorityClass.FIRST_PRIORITY else 0) + earlier[priority]
        return Numbers(k + min(total[gen], (k // p) * g) + 1, category)
    j = earlier[gen]
    return Numbers(j + min(benefit_total, (j // g + 1) * p) + 1, category)


# ------------------------------------------------------------------------------ explanations

def _rank(priority: str) -> int:
    return PriorityClass(priority).rank


_LEFT = {"issue_referral": "referral", "withdraw": "withdrawn",
         "interest_lapsed": "removed", "age_limit_reached": "removed",
         "referral_expired": "removed"}


def explain(session: Session, row: models.Application, rules: RegionRules,
            now: datetime, *, remember: bool = True) -> QueuePositionView:
    """The application's numbers now, what the applicant saw last time, and why they
    differ; remembers this look (``remember``) for next time."""
    numbers = position_of(session, row, rules.priority_interleave)
    view = session.get(models.PositionView, row.id)
    reasons: list[PositionReasonView] = []
    if view is None:
        reasons.append(PositionReasonView("first_look", {}))
    else:
        reasons = _reasons(session, row, view)
        if not reasons and (view.overall, view.in_category) == (numbers.overall,
                                                                numbers.in_category):
            reasons.append(PositionReasonView("unchanged", {}))
    result = QueuePositionView(
        number=row.number, status=row.status, priority=row.priority,
        queue_number=numbers.overall, category_queue_number=numbers.in_category,
        previous_queue_number=None if view is None else view.overall,
        previous_category_queue_number=None if view is None else view.in_category,
        previous_seen_at=None if view is None else view.seen_at,
        reasons=reasons, interleave=None if rules.priority_interleave is None
        else list(rules.priority_interleave))
    if remember:
        if view is None:
            session.add(models.PositionView(application_id=row.id, seen_at=now,
                                            overall=numbers.overall,
                                            in_category=numbers.in_category,
                                            priority=row.priority))
        else:
            view.seen_at, view.overall, view.in_category, view.priority = (
                max(now, view.seen_at), numbers.overall, numbers.in_category, row.priority)
    return result


def _reasons(session: Session, row: models.Application,
             view: models.PositionView) -> list[PositionReasonView]:
    app, history = models.Application, models.HistoryRecord
    conditions = group_conditions(row, queued=False)
    query = (select(history.application_id, history.action, history.from_status,
                    history.to_status, history.details_json, app.priority, app.registered_at,
                    app.number_year, app.number_seq)
             .join(app, app.id == history.application_id)
             .where(history.at > view.seen_at, *conditions)
             .order_by(history.id))
    me = (_rank(row.priority), row.registered_at, row.number_year, row.number_seq)
    registered: Counter[str] = Counter()
    left: Counter[str] = Counter()
    returned = moved_ahead = moved_behind = 0
    own: list[PositionReasonView] = []
    for app_id, action, before, after, _details, priority, reg, year, seq in \
            session.execute(query):
        if app_id == row.id:
            if action == "change_benefit" and priority != view.priority:
                own.append(PositionReasonView("own_benefit_changed",
                                              {"from": view.priority, "to": row.priority}))
            continue
        ahead = (_rank(priority), reg, year, seq) < me
        earlier = (reg, year, seq) < me[1:]
        if action == "register" and after in IN_QUEUE and ahead:
            registered[priority] += 1
        elif before in IN_QUEUE and after not in IN_QUEUE and ahead:
            left[_LEFT.get(action, "removed")] += 1
        elif before is not None and before not in IN_QUEUE and after in IN_QUEUE and ahead:
            returned += 1
        elif action == "change_benefit":
            if ahead and not earlier:
                moved_ahead += 1
            elif earlier and not ahead:
                moved_behind += 1
    reasons = list(own)
    for priority in (PriorityClass.OUT_OF_TURN.value, PriorityClass.FIRST_PRIORITY.value,
                     PriorityClass.GENERAL.value):
        if registered[priority]:
            reasons.append(PositionReasonView("registered_ahead",
                                              {"priority": priority,
                                               "count": registered[priority]}))
    for cause in ("referral", "withdrawn", "removed"):
        if left[cause]:
            reasons.append(PositionReasonView("left_ahead", {"cause": cause,
                                                             "count": left[cause]}))
    if returned:
        reasons.append(PositionReasonView("returned_ahead", {"count": returned}))
    if moved_ahead:
        reasons.append(PositionReasonView("benefit_raised_ahead", {"count": moved_ahead}))
    if moved_behind:
        reasons.append(PositionReasonView("benefit_lowered_behind", {"count": moved_behind}))
    return reasons


# ------------------------------------------------------------------------------ statistics

def statistics(session: Session, region_kato: str | None,
               birth_year: int | None) -> list[QueueStatisticsRowView]:
    """In the queue by class, referrals valid and issued, by region and birth year."""
    app, history = models.Application, models.HistoryRecord
    year = func.extract("year", app.child_birth_date)
    in_queue = app.status.in_(IN_QUEUE)
    query = (select(app.region_kato, year,
                    func.sum(case((and_(in_queue, app.priority == PriorityClass.OUT_OF_TURN.value),
                                   1), else_=0)),
                    func.sum(case((and_(in_queue,
                                        app.priority == PriorityClass.FIRST_PRIORITY.value),
                                   1), else_=0)),
                    func.sum(case((and_(in_queue, app.priority == PriorityClass.GENERAL.value),
                                   1), else_=0)),
                    func.sum(case((app.status == S.REFERRAL_ISSUED.value, 1), else_=0)),
                    func.sum(case((app.status == S.ENROLLED.value, 1), else_=0)))
             .group_by(app.region_kato, year))
    issued_query = (select(app.region_kato, year, func.count(history.id))
                    .join(history, history.application_id == app.id)
                    .where(history.action == "issue_referral")
                    .group_by(app.region_kato, year))
    if region_kato:
        query = query.where(app.region_kato == region_kato)
        issued_query = issued_query.where(app.region_kato == region_kato)
    if birth_year:
        span = (app.child_birth_date >= date(birth_year, 1, 1),
                app.child_birth_date <= date(birth_year, 12, 31))
        query = query.where(*span)
        issued_query = issued_query.where(*span)
    issued = {(r, int(y)): int(n) for r, y, n in session.execute(issued_query)}
    rows = []
    for region, y, oot, fp, gen, valid, enrolled in session.execute(query):
        rows.append(QueueStatisticsRowView(
            region_kato=region, birth_year=int(y), out_of_turn=int(oot or 0),
            first_priority=int(fp or 0), general=int(gen or 0),
            in_queue=int(oot or 0) + int(fp or 0) + int(gen or 0),
            referrals_valid=int(valid or 0), referrals_issued=issued.get((region, int(y)), 0),
            enrolled=int(enrolled or 0)))
    rows.sort(key=lambda r: (r.region_kato, r.birth_year))
    return rows


def rebuild_counts(session: Session) -> int:
    """Recompute the queue counters from the applications (after a bulk load that bypassed
    the triggers, or to repair them); returns the number of counter rows."""
    if session.get_bind().dialect.name == "postgresql":
        year, month, day = (f"EXTRACT({part} FROM registered_at)::int"
                            for part in ("YEAR", "MONTH", "DAY"))
    else:
        year, month, day = (f"CAST(substr(registered_at, {start}, {length}) AS INTEGER)"
                            for start, length in ((1, 4), (6, 2), (9, 2)))
    session.execute(delete(models.QueueCount))
    for bucket in (f"({year} * 100 + {month})", f"({year} * 10000 + {month} * 100 + {day})"):
        key = (f"district_kato, queue_type, COALESCE(sanatorium_profile, ''), birth_year, "
               f"priority, {bucket}")
        session.execute(text(
            f"INSERT INTO queue_counts (district_kato, queue_type, profile, birth_year, "
            f"priority, bucket, n) SELECT {key}, count(*) FROM applications "
            f"WHERE status IN ('queued', 'notified') GROUP BY {key}"))
    return int(session.scalar(select(func.count()).select_from(models.QueueCount)) or 0)
