"""The queue engine: what moves the queue, over :class:`~kiosk.central.service.CentralService`.

- kindergarten staff (signed requests, :mod:`kiosk.central.staff`): publish free places,
  withdraw one, list them, enrol a child, record a departure;
- the allocation (:mod:`kiosk.central.allocation`): open places to the next children;
- the deadlines (:mod:`kiosk.central.deadlines`);
- the outbox of notifications (:mod:`kiosk.central.notify`);
- queue numbers with their explanation and the public statistics
  (:mod:`kiosk.central.positions`);
- the audit of the allocation log (:mod:`kiosk.central.audit`).

Every method runs in its own transaction(s) and takes an optional ``now`` (tests and
``kiosk-central tick --now``). :class:`Scheduler` runs :meth:`QueueEngine.tick` in a
background thread of ``kiosk-central serve``.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.central import allocation, deadlines, models, notify, places, positions, staff
from kiosk.central.allocation import ConcurrentChange, RunReport
from kiosk.central.errors import CentralError, ErrorCode
from kiosk.central.handlers import load_for_update
from kiosk.central.mapping import store, to_domain
from kiosk.central.places import PlaceStatus, Pool
from kiosk.central.service import MAX_REQUEST_AGE, CentralService, check_fresh
from kiosk.central.signatures import Purpose, VerifiedDocument
from kiosk.central.views import (
    PlaceView,
    QueuePositionView,
    QueueStatisticsView,
    StaffResultView,
    from_json,
    to_json,
)
from kiosk.domain import transitions
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.errors import TransitionError
from kiosk.domain.history import Action, Actor, ActorKind
from kiosk.domain.statuses import ApplicationStatus
from kiosk.logs import get_logger

_log = get_logger("central")
_RETRIES = 4
S = ApplicationStatus
SWEEP_EVERY = timedelta(hours=1)
"""How often the scheduler scans every application for interest, age and stray deadlines."""


@dataclass
class TickResult:
    """What one tick did: the deadlines applied, the allocation run, the messages sent."""

    at: datetime
    deadlines: deadlines.TickReport
    allocation: RunReport | None = None
    sent: notify.DispatchReport = field(default_factory=notify.DispatchReport)

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(),
                "deadlines": [vars(c) for c in self.deadlines.changes],
                "deadline_counts": self.deadlines.counts(),
                "offers": 0 if self.allocation is None else self.allocation.offers,
                "run": None if self.allocation is None else self.allocation.run_id,
                "sent": vars(self.sent)}


class QueueEngine:
    """The queue's moving parts over a central service (same database, rules and clock)."""

    def __init__(self, service: CentralService, *,
                 dispatcher: notify.Dispatcher | None = None) -> None:
        self.service = service
        self.dispatcher = dispatcher
        self._calendars: dict[str, WorkingCalendar] = {}
        self._last_sweep: datetime | None = None

    def _now(self, now: datetime | None) -> datetime:
        moment = self.service.now() if now is None else now
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("now must be a time-zone aware datetime")
        return moment.astimezone(timezone.utc)

    # ------------------------------------------------------------------ the allocation

    def allocate(self, now: datetime | None = None, *, dry_run: bool = False,
                 trigger: str = "allocate", tell: bool = True) -> RunReport:
        """Give the open places to the next children (``dry_run``: only say what and why),
        then (``tell``) put the «turn came» messages in the outbox."""
        moment = self._now(now)
        for attempt in range(_RETRIES):
            try:
                with self.service.transaction() as session:
                    report = allocation.run(session, now=moment,
                                            rules_for=self.service.rules_for,
                                            trigger=trigger, dry_run=dry_run,
                                            calendars=self._calendars)
                    if dry_run:
                        session.rollback()
                break
            except ConcurrentChange:
                if attempt == _RETRIES - 1:
                    raise CentralError(ErrorCode.UNAVAILABLE) from None
        if tell and not dry_run:
            self.queue_turn_messages(moment)
        return report

    def queue_turn_messages(self, now: datetime | None = None) -> int:
        """Put the messages of allocation runs not yet told in the outbox (idempotent)."""
        moment = self._now(now)
        told = 0
        with self.service.transaction() as session:
            for run_row in allocation.pending_runs(session):
                told += allocation.queue_messages(session, run_row, moment)
        return told

    def numbers(self, run: RunReport) -> dict[int, str]:
        """Application numbers by id for a report's decisions."""
        return {d.candidate.id: d.candidate.number for p in run.pools for d in p.decisions}

    # ------------------------------------------------------------------ deadlines

    def apply_deadlines(self, now: datetime | None = None, *,
                        sweep: bool | None = None) -> deadlines.TickReport:
        """Apply the deadlines due at ``now`` (``sweep``: scan every application; by default
        at most hourly, and whenever time went backwards)."""
        moment = self._now(now)
        if sweep is None:
            last = self._last_sweep
            sweep = last is None or moment < last or moment - last >= SWEEP_EVERY
        with self.service.transaction() as session:
            regions = list(session.scalars(select(models.Region.kato)))
            report = deadlines.apply_due(session, now=moment, rules_for=self.service.rules_for,
                                         known_regions=regions, sweep=sweep,
                                         calendars=self._calendars)
        if sweep:
            self._last_sweep = moment
        return report

    def tick(self, now: datetime | None = None, *, allocate: bool = True, send: bool = True,
             sweep: bool | None = None) -> TickResult:
        """Deadlines, then the allocation, then the outbox: one turn of the scheduler."""
        moment = self._now(now)
        result = TickResult(at=moment, deadlines=self.apply_deadlines(moment, sweep=sweep))
        if allocate:
            result.allocation = self.allocate(moment, trigger="tick", tell=False)
        self.queue_turn_messages(moment)
        if send and self.dispatcher is not None:
            result.sent = self.dispatcher.run_once(moment)
        return result

    def dispatch(self, now: datetime | None = None) -> notify.DispatchReport:
        """Send the outbox's due messages."""
        if self.dispatcher is None:
            return notify.DispatchReport()
        return self.dispatcher.run_once(self._now(now))

    # ------------------------------------------------------------------ queue numbers

    def queue_position(self, iin: str, number: str,
                       now: datetime | None = None) -> QueuePositionView:
        """The citizen's application's numbers, and why they changed since the last look."""
        moment = self._now(now)
        with self.service.transaction() as session:
            row = session.scalar(select(models.Application)
                                 .where(models.Application.number == number))
            if row is None or row.applicant_iin != iin:
                raise CentralError(ErrorCode.APPLICATION_NOT_FOUND, number=number)
            return positions.explain(session, row, self.service.rules_for(row.region_kato),
                                     moment)

    def statistics(self, region_kato: str | None = None,
                   birth_year: int | None = None) -> QueueStatisticsView:
        """Public statistics: in the queue by class, referrals, by region and birth year."""
        with self.service.transaction() as session:
            rows = positions.statistics(session, region_kato, birth_year)
        return QueueStatisticsView(generated_at=self.service.now(), rows=rows)

    # ------------------------------------------------------------------ staff

    def staff_submit(self, document: bytes, device_id: str = "",
                     now: datetime | None = None) -> StaffResultView:
        """Verify and apply a kindergarten's signed request once (a replay gets the stored
        answer); raises CentralError for a refusal."""
        moment = self._now(now)
        claimed = staff.parse(document)
        check_fresh(claimed.created, moment, MAX_REQUEST_AGE)
        verified = self.service.verifier.verify(document, Purpose.SIGN, claimed.created)
        request = staff.parse_verified(verified)
        bin_ = staff.check_staff(verified)
        if request.action is staff.StaffAction.LIST_PLACES:
            payload = request.payload
            assert isinstance(payload, staff.ListPlaces)
            with self.service.transaction() as session:
                garden = _garden(session, payload.kindergarten, bin_)
                return StaffResultView(request.key, request.action.value, garden.code,
                                       _place_views(session, garden, payload.status))
        digest = hashlib.sha256(document).hexdigest()
        return self.service.retrying_transaction(
            lambda session: self._staff_once(session, request, verified, bin_, document, digest,
                                             device_id, moment),
            retry_on=(IntegrityError, ConcurrentChange))

    def _staff_once(self, session: Session, request: staff.StaffRequest,
                    verified: VerifiedDocument, bin_: str, document: bytes, digest: str,
                    device_id: str, now: datetime) -> StaffResultView | CentralError:
        stored = session.get(models.SignedRequestRecord, request.key)
        if stored is not None:
            if stored.document_sha256 != digest:
                return CentralError(ErrorCode.IDEMPOTENCY_CONFLICT, key=stored.key)
            body = json.loads(stored.response_json)
            if "error" in body:
                return CentralError.from_json(stored.status, body["error"])
            view: StaffResultView = from_json(StaffResultView, body["result"])
            return StaffResultView(**{**vars(view), "replayed": True})
        record = models.SignedRequestRecord(
            key=request.key, action=f"staff.{request.action.value}"[:40],
            signer_iin=verified.signer_iin, certificate_serial=verified.certificate_serial,
            document_sha256=digest, signed_xml=document, signed_at=request.created,
            received_at=now, device_id=device_id, status=0, response_json="{}")
        session.add(record)
        session.flush()
        try:
            with session.begin_nested():
                result, row = self._staff_apply(session, request, bin_, now)
                session.flush()
        except CentralError as error:
            record.status = error.status
            record.response_json = json.dumps({"error": error.to_json()}, ensure_ascii=False)
            _log.info("staff request %s (%s) refused: %s", request.key, request.action.value,
                      error.code)
            return error
        record.application_id = None if row is None else row.id
        record.status = 200
        record.response_json = json.dumps({"result": to_json(result)}, ensure_ascii=False)
        return result

    def _staff_apply(self, session: Session, request: staff.StaffRequest, bin_: str,
                     now: datetime) -> tuple[StaffResultView, models.Application | None]:
        payload = request.payload
        garden = _garden(session, payload.kindergarten, bin_)
        by = f"{garden.code}"
        key, action = request.key, request.action.value
        if isinstance(payload, staff.PublishPlaces):
            published = places.publish(
                session, garden, birth_year=payload.birth_year, language=payload.language,
                count=payload.count, place_type=payload.place_type,
                release_date=payload.release_date, queue_type=payload.queue_type, now=now,
                by=by)
            run = self._allocate_in(session, now, [Pool.of_place(published[0])], "publish")
            if run.run_id is not None:
                self._tell_in(session, run.run_id, now)
            ids = {p.id for p in published}
            return StaffResultView(key, action, garden.code,
                                   [v for v in _place_views(session, garden) if v.id in ids],
                                   offers=run.offers), None
        if isinstance(payload, staff.WithdrawPlace):
            place = session.get(models.Place, payload.place, with_for_update=True)
            if place is None or place.kindergarten_id != garden.id:
                raise CentralError(ErrorCode.NOT_FOUND, place=payload.place)
            places.withdraw(session, place, now=now, by=by)
            return StaffResultView(key, action, garden.code,
                                   [v for v in _place_views(session, garden)
                                    if v.id == place.id]), None
        if isinstance(payload, staff.Enrol):
            row = self._enrol(session, garden, payload.number, key, now)
            return StaffResultView(key, action, garden.code, _views_of(session, garden, row),
                                   number=row.number, status=row.status), row
        if isinstance(payload, staff.Depart):
            row, place = self._depart(session, garden, payload, key, now)
            offers = 0
            if place is not None and place.status == PlaceStatus.OPEN.value:
                run = self._allocate_in(session, now, [Pool.of_place(place)], "departure")
                offers = run.offers
                if run.run_id is not None:
                    self._tell_in(session, run.run_id, now)
            shown = [] if place is None else [v for v in _place_views(session, garden)
                                              if v.id == place.id]
            return StaffResultView(key, action, garden.code, shown, number=row.number,
                                   status=row.status, offers=offers), row
        raise CentralError(ErrorCode.BAD_REQUEST, 422, field="action")  # pragma: no cover

    def _allocate_in(self, session: Session, now: datetime, pools: list[Pool],
                     trigger: str) -> RunReport:
        return allocation.run(session, now=now, rules_for=self.service.rules_for,
                              trigger=trigger, pools=pools, calendars=self._calendars)

    @staticmethod
    def _tell_in(session: Session, run_id: int, now: datetime) -> None:
        run_row = session.get(models.AllocationRun, run_id)
        if run_row is not None:
            allocation.queue_messages(session, run_row, now)

    def _enrol(self, session: Session, garden: models.Kindergarten, number: str, key: str,
               now: datetime) -> models.Application:
        row = load_for_update(session, number)
        rules = self.service.rules_for(row.region_kato)
        try:
            app = transitions.enrol(to_domain(row), now=now,
                                    actor=Actor(ActorKind.KINDERGARTEN, garden.code),
                                    rules=rules, calendar=rules.working_calendar())
        except TransitionError as error:
            raise CentralError.from_transition(error) from None
        store(row, app, key)
        session.flush()
        places.follow(session, row, Action.ENROL, now)
        return row

    def _depart(self, session: Session, garden: models.Kindergarten, payload: staff.Depart,
                key: str, now: datetime) -> tuple[models.Application, models.Place | None]:
        row = load_for_update(session, payload.number)
        app = to_domain(row)
        if app.status is not S.ENROLLED or app.referral is None:
            raise CentralError("not_enrolled", 409, number=payload.number, status=row.status)
        if app.referral.kindergarten_id != garden.code:
            raise CentralError("wrong_kindergarten", 409,
                               kindergarten=app.referral.kindergarten_id)
        if row.departed_at is not None:
            raise CentralError("already_departed", 409, departed_at=row.departed_at)
        rules = self.service.rules_for(row.region_kato)
        on = payload.on or now.astimezone(rules.tz).date()
        row.departed_at = now
        place = places.vacate(session, row, now=now, on=on, republish=not payload.keep_place)
        places.event(session, now, "departed", actor_kind="kindergarten",
                     actor_ident=garden.code, application_id=row.id,
                     place_id=None if place is None else place.id,
                     reason=payload.reason[:40], on=on.isoformat(), request=key,
                     republished=not payload.keep_place)
        return row, place

    # ------------------------------------------------------------------ operator reads

    def list_places(self, kindergarten_code: str | None = None,
                    status: str | None = None) -> list[PlaceView]:
        """Places (of one kindergarten, or all), for the operator's CLI."""
        with self.service.transaction() as session:
            gardens = session.scalars(select(models.Kindergarten)
                                      .order_by(models.Kindergarten.code))
            if kindergarten_code:
                gardens = session.scalars(select(models.Kindergarten).where(
                    models.Kindergarten.code == kindergarten_code))
            views: list[PlaceView] = []
            for garden in gardens:
                views.extend(_place_views(session, garden, status))
            return views


def _garden(session: Session, code: str, bin_: str) -> models.Kindergarten:
    garden = session.scalar(select(models.Kindergarten).where(models.Kindergarten.code == code))
    if garden is None:
        raise CentralError(ErrorCode.KINDERGARTEN_UNKNOWN, kindergarten=code)
    if not garden.bin or garden.bin != bin_:
        raise CentralError(ErrorCode.FORBIDDEN, reason="not_this_kindergarten",
                           kindergarten=code)
    return garden


def _place_views(session: Session, garden: models.Kindergarten,
                 status: str | None = None) -> list[PlaceView]:
    query = (select(models.Place, models.Application.number)
             .outerjoin(models.Application, models.Application.id == models.Place.holder_id)
             .where(models.Place.kindergarten_id == garden.id)
             .order_by(models.Place.birth_year, models.Place.language, models.Place.id)
             .execution_options(populate_existing=True))
    if status:
        query = query.where(models.Place.status == status)
    return [PlaceView(id=p.id, kindergarten_code=garden.code, group_id=p.group_id,
                      birth_year=p.birth_year, language=p.language, queue_type=p.queue_type,
                      sanatorium_profile=p.sanatorium_profile, place_type=p.place_type,
                      release_date=p.release_date, status=p.status, holder_number=number,
                      offer_expires_at=p.offer_expires_at, published_at=p.published_at)
            for p, number in session.execute(query)]


def _views_of(session: Session, garden: models.Kindergarten,
              row: models.Application) -> list[PlaceView]:
    held = {p.id for p in places.held_places(session, row)}
    return [v for v in _place_views(session, garden) if v.id in held]


def engine_for(service: CentralService, settings: Any) -> QueueEngine:
    """The queue engine of a service configured by ``settings`` (its ``[notifications]``);
    SMS go through an HTTP gateway when ``sms_url`` is set, else nowhere (they wait)."""
    from kiosk.central.db import make_sessionmaker

    dispatcher = notify.dispatcher_from_settings(make_sessionmaker(service.engine), settings)
    return QueueEngine(service, dispatcher=dispatcher)


# ------------------------------------------------------------------ the scheduler

class Scheduler:
    """Runs :meth:`QueueEngine.tick` every ``interval_s`` seconds in a daemon thread."""

    def __init__(self, engine: QueueEngine, interval_s: float) -> None:
        if interval_s <= 0:
            raise ValueError("the scheduler needs a positive interval")
        self.engine = engine
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="queue-scheduler", daemon=True)
        self.ticks = 0
        self.last: TickResult | None = None

    def start(self) -> Scheduler:
        self._thread.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.last = self.engine.tick()
                self.ticks += 1
                counts = self.last.deadlines.counts()
                if counts or (self.last.allocation and self.last.allocation.offers):
                    _log.info("queue tick: deadlines %s, offers %s", counts,
                              self.last.allocation.offers if self.last.allocation else 0)
            except Exception:  # noqa: BLE001 - the scheduler must outlive one bad tick
                _log.exception("queue tick failed")
            self._stop.wait(self.interval_s)


def parse_now(text: str) -> datetime:
    """``--now``: an ISO date or time; a date means its start in UTC+5, naive time UTC+5."""
    local = timezone(timedelta(hours=5))
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = datetime.combine(date.fromisoformat(text), datetime.min.time())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=local)
    return moment


__all__ = ["QueueEngine", "Scheduler", "TickResult", "parse_now"]
