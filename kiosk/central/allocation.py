"""The allocation: open places go to the next children in the queue («Направлено уведомление»).

For each pool (district, queue type and sanatorium profile, birth year) with open places,
the children standing in the queue are read in queue order, per benefit class, straight off
the rank index (one query per class and pool, a page sized by the seats still to fill, so
a pool is never read whole), and the places are given in order by :func:`assign`:

- the order is the domain's: out-of-turn, then first-priority, then general, each by
  registration time, then by number (:meth:`kiosk.domain.priority.QueueEntry.sort_key`);
- with an interleave ``(p, g)`` (Astana: 1 : 3) the pool's cursor walks a cycle of ``p``
  priority turns and ``g`` general turns, persisted between runs; when one side has nobody
  the other takes the turn (as :func:`kiosk.domain.priority.order_queue` does);
- a place taught in a language goes to a child whose application asks for that language
  or for none;
- children under ``min_choice_age_years``, aged out, in the stop-list or no longer queued
  are left out by the query; every child reached is then judged by the domain's
  :func:`~kiosk.domain.transitions.offer_turn` (enrolled elsewhere, interest lapsed …),
  whose refusal skips it with that reason, and whose result is what is written.

The writes are set-based (the turns grouped by the domain's resulting state, COPY and
``unnest`` on PostgreSQL); each row is checked for the version and status it was read with,
and a change in between rolls the run back to be retried. Runs are serialised.

Everything a run read and decided is written as one canonical JSON record (the allocation
log, :class:`~kiosk.central.models.AllocationRun`), chained by digest:
:mod:`kiosk.central.audit` re-runs :func:`assign` over it. The «turn came» messages follow
in their own transaction (:func:`queue_messages`; a tick retries a run left untold). The
same database state gives the same result; a dry run (``kiosk-central allocate --dry-run
--json``) reports what would happen and why without writing.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import json
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import bindparam, func, select, text, tuple_
from sqlalchemy.orm import Session

from kiosk.central import bulk, models, notify
from kiosk.central.mapping import state_json
from kiosk.store.columns import UtcDateTime
from kiosk.central.places import PlaceStatus, Pool
from kiosk.domain import transitions
from kiosk.domain.age import full_years
from kiosk.domain.application import Application
from kiosk.domain.benefit import Benefit, PriorityClass
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.errors import TransitionError
from kiosk.domain.history import SYSTEM, Action, Actor, ActorKind, HistoryEntry, Reason
from kiosk.domain.numbers import ApplicationNumber, QueueType
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus

RECORD_VERSION = 1
GENESIS = "0" * 64
_LOCK_ID = 0x6B696F736C  # the allocation's advisory lock (PostgreSQL)
_PRIORITY = (PriorityClass.OUT_OF_TURN.value, PriorityClass.FIRST_PRIORITY.value)
_GENERAL = (PriorityClass.GENERAL.value,)
OK = "ok"

RulesFor = Callable[[str], RegionRules]


# ----------------------------------------------------------------------------- the pure part

@dataclass(frozen=True)
class Candidate:
    """A queued child as the allocation sees it."""

    id: int
    number: str
    priority: str
    registered_at: datetime
    language: str | None
    birth_date: date

    def sort_key(self) -> tuple[int, datetime, tuple[str, int, int, int]]:
        """The domain's queue order."""
        return (PriorityClass(self.priority).rank, self.registered_at.astimezone(timezone.utc),
                ApplicationNumber.parse(self.number).sort_key())

    @property
    def is_priority(self) -> bool:
        return self.priority in _PRIORITY

    def to_json(self, verdict: str | None) -> list[Any]:
        return [self.id, self.number, self.priority, self.registered_at.isoformat(),
                self.language, self.birth_date.isoformat(), verdict]

    @classmethod
    def from_json(cls, item: Sequence[Any]) -> tuple[Candidate, str | None]:
        return (cls(int(item[0]), str(item[1]), str(item[2]),
                    datetime.fromisoformat(item[3]), item[4], date.fromisoformat(item[5])),
                item[6])


@dataclass(frozen=True)
class Seat:
    """An open place of the pool, in the order places are given."""

    place_id: int
    language: str


@dataclass(frozen=True)
class Decision:
    """A place given: to whom, by which rule, and who was passed over before it and why."""

    place_id: int
    candidate: Candidate
    reason: str
    passed_over: tuple[tuple[str, str], ...] = ()


class Unreached(LookupError):
    """A re-run asked about a child the logged run never judged (the runs diverge)."""


class Stream:
    """Candidates in queue order, pulled from their source only as far as needed.

    Scanning is linear: for each language of instruction a pointer remembers where the next
    search starts (children before it are taken, refused, or asked for another language).
    """

    def __init__(self, source: Iterable[Candidate]) -> None:
        self._source: Iterator[Candidate] | None = iter(source)
        self.seen: list[Candidate] = []
        self.pointer: dict[str, int] = {}

    def get(self, index: int) -> Candidate | None:
        """The ``index``-th candidate, or None past the end."""
        while index >= len(self.seen):
            if self._source is None:
                return None
            nxt = next(self._source, None)
            if nxt is None:
                self.close()
                return None
            self.seen.append(nxt)
        return self.seen[index]

    def close(self) -> None:
        """Stop reading the source (closes a database cursor)."""
        source, self._source = self._source, None
        close = getattr(source, "close", None)
        if close is not None:
            close()


def fits_language(candidate: Candidate, seat: Seat) -> bool:
    """A child asking for a language of instruction gets a place taught in it."""
    return candidate.language is None or candidate.language == seat.language


def _first(stream: Stream, seat: Seat, taken: set[int], verdict: Callable[[Candidate], str],
           passed: list[tuple[str, str]]) -> Candidate | None:
    index = stream.pointer.get(seat.language, 0)
    while True:
        candidate = stream.get(index)
        if candidate is None:
            stream.pointer[seat.language] = index
            return None
        index += 1
        if candidate.id in taken:
            continue
        if not fits_language(candidate, seat):
            continue
        judged = verdict(candidate)
        if judged != OK:
            passed.append((candidate.number, judged))
            continue
        stream.pointer[seat.language] = index
        return candidate


def assign(seats: Sequence[Seat], streams: Mapping[str, Stream], *,
           interleave: tuple[int, int] | None, cursor: int,
           verdict: Callable[[Candidate], str]) -> tuple[list[Decision], int]:
    """Give each seat, in order, to the first fitting eligible child; return the decisions
    and the cursor after them.

    ``streams`` is ``{"all": …}`` without interleave, else ``{"priority": …, "general": …}``.
    ``verdict`` judges a child (:data:`OK` or the code of the refusal); it is asked once
    per child reached.
    """
    taken: set[int] = set()
    decisions: list[Decision] = []
    cache: dict[int, str] = {}

    def judged(candidate: Candidate) -> str:
        found = cache.get(candidate.id)
        if found is None:
            found = cache[candidate.id] = verdict(candidate)
        return found

    for seat in seats:
        passed: list[tuple[str, str]] = []
        if interleave is None:
            chosen = _first(streams["all"], seat, taken, judged, passed)
            reason = "queue_order"
        else:
            p, g = interleave
            wants_priority = cursor < p
            first, second = ("priority", "general") if wants_priority else ("general", "priority")
            chosen = _first(streams[first], seat, taken, judged, passed)
            reason = f"interleave_{first}"
            if chosen is None:
                chosen = _first(streams[second], seat, taken, judged, passed)
                reason = f"interleave_{second}_only"
            if chosen is not None:
                cursor = (cursor + 1) % (p + g)
        if chosen is None:
            continue
        taken.add(chosen.id)
        decisions.append(Decision(seat.place_id, chosen, reason, tuple(passed)))
    return decisions, cursor


# ----------------------------------------------------------------------------- the database part

@dataclass
class PoolRun:
    """One pool of a run: its input as read and judged, and its decisions."""

    pool: Pool
    region: str
    rules: RegionRules
    today: date
    seats: list[Seat]
    cursor_before: int
    cursor_after: int = 0
    streams: dict[str, Stream] = field(default_factory=dict)
    verdicts: dict[int, str] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
    offered: dict[int, tuple[Application, Any]] = field(default_factory=dict)

    def record(self) -> dict[str, Any]:
        """The pool's part of the allocation log."""
        return {
            "pool": self.pool.key, "district": self.pool.district_kato,
            "queue_type": self.pool.queue_type, "profile": self.pool.profile,
            "birth_year": self.pool.birth_year, "region": self.region,
            "today": self.today.isoformat(),
            "min_age": self.rules.min_choice_age_years,
            "utc_offset_minutes": self.rules.utc_offset_minutes,
            "max_age": self.rules.max_child_age_years,
            "interleave": None if self.rules.priority_interleave is None
            else list(self.rules.priority_interleave),
            "cursor_before": self.cursor_before, "cursor_after": self.cursor_after,
            "seats": [[s.place_id, s.language] for s in self.seats],
            "streams": {name: [c.to_json(self.verdicts.get(c.id)) for c in stream.seen]
                        for name, stream in sorted(self.streams.items())},
            "decisions": [[d.place_id, d.candidate.id, d.reason] for d in self.decisions],
            "choose_days": self.rules.choose_window_working_days,
            "window_closes": None if not self.decisions else
            self.offered[self.decisions[0].candidate.id][0].turn_expires_at.isoformat(),
        }


@dataclass
class RunReport:
    """What a run did (or, dry, would do)."""

    at: datetime
    dry_run: bool
    run_id: int | None
    pools: list[PoolRun]
    digest: str = ""

    @property
    def offers(self) -> int:
        return sum(len(p.decisions) for p in self.pools)

    def to_json(self) -> dict[str, Any]:
        """The report as JSON: every place given, by which rule, who was passed over."""
        pools = []
        for run in self.pools:
            given = {d.place_id: d for d in run.decisions}
            places = []
            for seat in run.seats:
                decision = given.get(seat.place_id)
                if decision is None:
                    places.append({"place": seat.place_id, "language": seat.language,
                                   "result": "no_eligible_child"})
                    continue
                c = decision.candidate
                places.append({
                    "place": seat.place_id, "language": seat.language, "result": "offered",
                    "number": c.number, "priority": c.priority,
                    "registered_at": c.registered_at.isoformat(), "rule": decision.reason,
                    "passed_over": [{"number": n, "reason": r}
                                    for n, r in decision.passed_over[:50]],
                    "passed_over_total": len(decision.passed_over)})
            pools.append({"pool": run.pool.key, "region": run.region,
                          "interleave": run.rules.priority_interleave,
                          "cursor_before": run.cursor_before, "cursor_after": run.cursor_after,
                          "places": places})
        return {"at": self.at.isoformat(), "dry_run": self.dry_run, "run": self.run_id,
                "offers": self.offers, "digest": self.digest or None, "pools": pools}


class _Rules(RegionRules):
    """The region's rules with the time zone built once (``RegionRules.tz`` builds a new
    ``timezone`` on every access, which halves the speed of a transition)."""

    @functools.cached_property
    def tz(self) -> timezone:  # type: ignore[override]
        return timezone(timedelta(minutes=self.utc_offset_minutes))


def fast_rules(rules: RegionRules) -> RegionRules:
    """The same rules, faster to apply many times (same values, same behaviour)."""
    if isinstance(rules, _Rules):
        return rules
    return _Rules(**{f.name: getattr(rules, f.name) for f in dataclasses.fields(rules)})


def lock(session: Session) -> None:
    """Serialise allocation runs (PostgreSQL; SQLite's writer lock already does)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})


def youngest_birth_date(today: date, years: int) -> date:
    """The latest birth date of a child at least ``years`` full years old on ``today``."""
    day = date(today.year - years, today.month, 1)
    while full_years(day + timedelta(days=1), today) >= years:
        day += timedelta(days=1)
    while full_years(day, today) < years:
        day -= timedelta(days=1)
    return day


_COLUMNS = ("id", "number", "priority", "benefit_category", "registered_at", "changed_at",
            "interest_confirmed_at", "child_iin", "child_birth_date", "applicant_iin",
            "language", "state_json", "version", "status", "district_kato", "email", "phone",
            "extra_email", "extra_phone", "applicant_language", "number_year", "number_seq")
_STATEMENTS: dict[tuple[bool, bool], Any] = {}


def _statement(with_profile: bool, after: bool) -> Any:
    """One page of one benefit class of a pool, in queue order (cached; values bound).

    The order names the whole rank index's prefix so that the index is an exact match
    (PostgreSQL otherwise may prefer a plan that sorts). ``after`` continues after the last
    row of the previous page.
    """
    key = (with_profile, after)
    cached = _STATEMENTS.get(key)
    if cached is not None:
        return cached
    app = models.Application
    conditions = [app.district_kato == bindparam("district"),
                  app.queue_type == bindparam("queue_type"),
                  app.sanatorium_profile == bindparam("profile") if with_profile
                  else app.sanatorium_profile.is_(None),
                  app.birth_year == bindparam("birth_year"),
                  app.priority == bindparam("priority"),
                  app.status == ApplicationStatus.QUEUED.value,
                  app.child_birth_date <= bindparam("youngest"),
                  app.child_birth_date > bindparam("too_old"),
                  (app.stop_list_until.is_(None)) | (app.stop_list_until < bindparam("today"))]
    if after:
        conditions.append(tuple_(app.registered_at, app.number_year, app.number_seq)
                          > tuple_(bindparam("after_at", type_=UtcDateTime()),
                                   bindparam("after_year"), bindparam("after_seq")))
    statement = (select(*(getattr(app, c) for c in _COLUMNS))
                 .where(*conditions)
                 .order_by(app.district_kato, app.queue_type, app.sanatorium_profile,
                           app.birth_year, app.priority, app.registered_at, app.number_year,
                           app.number_seq)
                 .limit(bindparam("page")))
    _STATEMENTS[key] = statement
    return statement


def stream_parameters(pool: Pool, today: date, rules: RegionRules) -> dict[str, Any]:
    """The bound values of a pool's queries (the priority is added per class)."""
    return {"district": pool.district_kato, "queue_type": pool.queue_type,
            "profile": pool.profile, "birth_year": pool.birth_year,
            "youngest": youngest_birth_date(today, rules.min_choice_age_years),
            "too_old": youngest_birth_date(today, rules.max_child_age_years), "today": today}


def class_streams(interleave: tuple[int, int] | None) -> dict[str, tuple[str, ...]]:
    """The streams of a pool and the benefit classes each chains, in queue order."""
    if interleave is None:
        return {"all": (*_PRIORITY, *_GENERAL)}
    return {"priority": _PRIORITY, "general": _GENERAL}


@functools.lru_cache(maxsize=64)
def _benefit(priority: str, category: str | None) -> Benefit:
    return Benefit(PriorityClass(priority), category)


def _number(text: str) -> ApplicationNumber:
    prefix, year, sequence, suffix = text.split(".")
    return ApplicationNumber(QueueType(prefix), int(year), int(sequence), int(suffix))


def current_domain(row: Any) -> Application:
    """The domain application of a queue row as it stands now, for a transition that
    depends only on the current state (the history holds just its last instant)."""
    state = _state(row.state_json)
    stop = state.get("stop_list_until")
    status = ApplicationStatus(row.status)
    turn_at = state.get("turn_offered_at")
    turn_until = state.get("turn_expires_at")
    entry = HistoryEntry(at=row.changed_at, actor=Actor(ActorKind.APPLICANT, row.applicant_iin),
                         action=Action.REGISTER, from_status=None, to_status=status,
                         reason=Reason.APPLICANT_REQUEST)
    return Application(
        number=_number(row.number), child_iin=row.child_iin,
        child_birth_date=row.child_birth_date, applicant_iin=row.applicant_iin,
        benefit=_benefit(row.priority, row.benefit_category),
        registered_at=row.registered_at, status=status, history=(entry,),
        expired_referrals=int(state.get("expired_referrals", 0)),
        stop_list_until=None if stop is None else date.fromisoformat(stop),
        interest_confirmed_at=row.interest_confirmed_at,
        turn_offered_at=None if turn_at is None else datetime.fromisoformat(turn_at),
        turn_expires_at=None if turn_until is None else datetime.fromisoformat(turn_until),
        district=row.district_kato)


def _candidate(row: Any) -> Candidate:
    return Candidate(row.id, row.number, row.priority, row.registered_at, row.language,
                     row.child_birth_date)


class _Reader:
    """Reads a pool's classes one after the other, a page at a time sized by the seats
    still to fill, keeping each row for the write phase."""

    def __init__(self, session: Session, pool: Pool, parameters: dict[str, Any],
                 classes: Sequence[str], rows: dict[int, Any],
                 seats_left: Callable[[], int], enrolled: set[str]) -> None:
        self._connection = session.connection()
        self._postgres = bulk.is_postgres(session)
        self._enrolled = enrolled
        self._pool = pool
        self._parameters = parameters
        self._classes = classes
        self._rows = rows
        self._seats_left = seats_left

    def __iter__(self) -> Iterator[Candidate]:
        with_profile = self._pool.profile is not None
        for priority in self._classes:
            last: Any = None
            while True:
                page = max(self._seats_left(), 0) + 8
                parameters = {**self._parameters, "priority": priority, "page": page}
                if last is not None:
                    parameters.update(after_at=last.registered_at,
                                      after_year=last.number_year, after_seq=last.number_seq)
                result = self._connection.execute(
                    _statement(with_profile, last is not None), parameters).all()
                self._note_enrolled([row.child_iin for row in result])
                for row in result:
                    self._rows[row.id] = row
                    yield _candidate(row)
                if len(result) < page:
                    break
                last = result[-1]

    def _note_enrolled(self, children: list[str]) -> None:
        """Which of these children are enrolled in a kindergarten (no departure recorded)."""
        if not children:
            return
        if self._postgres:
            found = self._connection.execute(text(
                "SELECT child_iin FROM applications WHERE child_iin = ANY(CAST(:iins AS text[])) "
                "AND status = 'enrolled' AND departed_at IS NULL"), {"iins": children})
        else:
            app = models.Application
            found = self._connection.execute(
                select(app.child_iin).where(app.child_iin.in_(children),
                                            app.status == ApplicationStatus.ENROLLED.value,
                                            app.departed_at.is_(None)))
        self._enrolled.update(iin for (iin,) in found)


_STATES: dict[str, dict[str, Any]] = {}


def _state(text: str) -> dict[str, Any]:
    """Parsed state JSON (the texts repeat: most queued children hold the same state)."""
    found = _STATES.get(text)
    if found is None:
        found = json.loads(text or "{}")
        if len(_STATES) < 1024:
            _STATES[text] = found
    return found


def _open_seats(session: Session, pools: Iterable[Pool] | None) -> dict[Pool, list[Seat]]:
    place = models.Place
    query = (select(place.id, place.language, place.district_kato, place.queue_type,
                    place.sanatorium_profile, place.birth_year)
             .where(place.status == PlaceStatus.OPEN.value)
             .order_by(place.district_kato, place.queue_type, place.sanatorium_profile,
                       place.birth_year, place.published_at, place.id))
    by_key: dict[tuple[str, str, str | None, int], list[Seat]] = {}
    for place_id, language, *key in session.connection().execute(query):
        seats = by_key.get(tuple(key))  # type: ignore[arg-type]
        if seats is None:
            seats = by_key[tuple(key)] = []  # type: ignore[index]
        seats.append(Seat(place_id, language))
    result = {Pool(*key): seats for key, seats in by_key.items()}
    if pools is not None:
        wanted = set(pools)
        result = {pool: seats for pool, seats in result.items() if pool in wanted}
    return dict(sorted(result.items(), key=lambda item: item[0].key))


def _cursors(session: Session) -> dict[tuple[str, str, str, int], models.InterleaveCursor]:
    return {(c.district_kato, c.queue_type, c.profile, c.birth_year): c
            for c in session.scalars(select(models.InterleaveCursor))}


def _cursor_key(pool: Pool) -> tuple[str, str, str, int]:
    return (pool.district_kato, pool.queue_type, pool.profile or "", pool.birth_year)


def previous_digest(session: Session) -> str:
    """The digest of the last allocation run (the chain's head)."""
    last = session.scalar(select(models.AllocationRun.digest)
                          .order_by(models.AllocationRun.id.desc()).limit(1))
    return last or GENESIS


def chain_digest(previous: str, record: bytes) -> str:
    """SHA-256 over the previous digest and this run's canonical JSON."""
    return hashlib.sha256(previous.encode("ascii") + b"\n" + record).hexdigest()


def canonical(record: Mapping[str, Any]) -> bytes:
    """The canonical JSON of a record (sorted keys, no blanks, UTF-8)."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def run(session: Session, *, now: datetime, rules_for: RulesFor, trigger: str,
        dry_run: bool = False, pools: Iterable[Pool] | None = None,
        calendars: dict[str, WorkingCalendar] | None = None) -> RunReport:
    """Give the open places to the next children; write the turns and the log (nothing
    when ``dry_run``). The «turn came» messages follow with :func:`queue_messages`."""
    collecting = gc.isenabled()
    gc.disable()  # a run makes ~10 short-lived objects per child; no cycles among them
    try:
        return _run(session, now=now, rules_for=rules_for, trigger=trigger, dry_run=dry_run,
                    pools=pools, calendars=calendars)
    finally:
        if collecting:
            gc.enable()


def _run(session: Session, *, now: datetime, rules_for: RulesFor, trigger: str,
         dry_run: bool, pools: Iterable[Pool] | None,
         calendars: dict[str, WorkingCalendar] | None) -> RunReport:
    lock(session)
    seats = _open_seats(session, pools)
    report = RunReport(at=now, dry_run=dry_run, run_id=None, pools=[])
    if not seats:
        return report
    regions = {k: r for k, r in session.execute(select(models.District.kato,
                                                         models.District.region_kato))}
    calendars = {} if calendars is None else calendars
    rows: dict[int, Any] = {}
    cursors = _cursors(session)
    for pool, pool_seats in seats.items():
        region = regions.get(pool.district_kato, "")
        rules = fast_rules(rules_for(region))
        calendar = calendars.get(region)
        if calendar is None:
            calendar = calendars[region] = rules.working_calendar()
        today = now.astimezone(rules.tz).date()
        known = cursors.get(_cursor_key(pool))
        pool_run = PoolRun(pool=pool, region=region, rules=rules, today=today,
                           seats=pool_seats, cursor_before=0 if known is None else known.position)
        parameters = stream_parameters(pool, today, rules)

        def seats_left(pool_run: PoolRun = pool_run) -> int:
            return len(pool_run.seats) - len(pool_run.offered)

        enrolled: set[str] = set()
        for name, classes in class_streams(rules.priority_interleave).items():
            # no row locks: the write checks each row's version and status, and a change
            # in between rolls the run back to be retried (runs themselves are serialised)
            pool_run.streams[name] = Stream(_Reader(session, pool, parameters, classes,
                                                    rows, seats_left, enrolled))
        situation = transitions.Situation(free_places=True)
        elsewhere = transitions.Situation(free_places=True, enrolled_elsewhere=True)

        def verdict(candidate: Candidate, pool_run: PoolRun = pool_run,
                    rules: RegionRules = rules, calendar: WorkingCalendar = calendar,
                    enrolled: set[str] = enrolled) -> str:
            row = rows[candidate.id]
            try:
                offered = transitions.offer_turn(
                    current_domain(row), now=now, actor=SYSTEM, rules=rules,
                    calendar=calendar,
                    situation=elsewhere if row.child_iin in enrolled else situation)
            except TransitionError as error:
                pool_run.verdicts[candidate.id] = error.code.value
                return error.code.value
            pool_run.offered[candidate.id] = (offered, row)
            pool_run.verdicts[candidate.id] = OK
            return OK

        try:
            pool_run.decisions, pool_run.cursor_after = assign(
                pool_seats, pool_run.streams, interleave=rules.priority_interleave,
                cursor=pool_run.cursor_before, verdict=verdict)
        finally:
            for stream in pool_run.streams.values():
                stream.close()
        report.pools.append(pool_run)
    if not dry_run and report.offers:  # a run that gave nothing changed nothing: no log row
        _write(session, report, now, trigger, cursors)
    return report


def _write(session: Session, report: RunReport, now: datetime, trigger: str,
           cursors: dict[tuple[str, str, str, int], models.InterleaveCursor]) -> None:
    """Write the run: the turns (grouped by the domain's resulting state and history entry,
    which the children given a turn at one instant mostly share), the places, the
    messages, the cursors and the log record."""
    previous = previous_digest(session)
    watermark = session.scalar(select(func.max(models.HistoryRecord.id))) or 0
    run_row = models.AllocationRun(at=now, started_at=datetime.now(timezone.utc),
                                   trigger=trigger, offers=report.offers, record=b"",
                                   digest="", previous_digest=previous)
    session.add(run_row)
    session.flush()
    key = f"allocation:{run_row.id}"
    turns: dict[tuple[str, HistoryEntry], list[tuple[int, int]]] = {}
    states: dict[tuple[Any, ...], str] = {}
    place_updates: dict[datetime, list[tuple[int, int]]] = {}
    for pool_run in report.pools:
        for decision in pool_run.decisions:
            offered, row = pool_run.offered[decision.candidate.id]
            assert offered.turn_expires_at is not None
            shape = (offered.referral, offered.expired_referrals, offered.stop_list_until,
                     offered.turn_offered_at, offered.turn_expires_at)
            state = states.get(shape)
            if state is None:
                state = states[shape] = state_json(offered)
            turns.setdefault((state, offered.history[-1]), []).append((row.id, row.version))
            place_updates.setdefault(offered.turn_expires_at, []).append(
                (decision.place_id, row.id))
        if pool_run.cursor_after != pool_run.cursor_before or pool_run.rules.priority_interleave:
            key_ = _cursor_key(pool_run.pool)
            found = cursors.get(key_)
            if found is None:
                session.add(models.InterleaveCursor(
                    district_kato=key_[0], queue_type=key_[1], profile=key_[2],
                    birth_year=key_[3], position=pool_run.cursor_after))
            else:
                found.position = pool_run.cursor_after
    session.flush()
    for (state, entry), rows in turns.items():
        updated = bulk.update_rows(
            session, models.Application.__table__,
            [{"id": i, "version": v} for i, v in rows], key="id", match={"version": "version"},
            constant={"status": ApplicationStatus.NOTIFIED.value, "changed_at": now,
                      "state_json": state},
            where={"status": ApplicationStatus.QUEUED.value}, increment=("version",),
            pg_types={"id": "integer", "version": "integer"})
        _check_count(updated, len(rows), "applications")
        bulk.insert_for_ids(session, models.HistoryRecord.__table__, "application_id",
                            [i for i, _ in rows], _history_values(entry, key))
    for expires, pairs in place_updates.items():
        updated = bulk.update_rows(
            session, models.Place.__table__, [{"id": p, "holder": h} for p, h in pairs],
            key="id", set_from={"holder_id": "holder"},
            constant={"status": PlaceStatus.OFFERED.value, "via": "turn", "offered_at": now,
                      "offer_expires_at": expires, "run_id": run_row.id, "changed_at": now},
            where={"status": PlaceStatus.OPEN.value}, increment=("version",),
            pg_types={"id": "integer", "holder": "integer"})
        _check_count(updated, len(pairs), "places")
    record = {"version": RECORD_VERSION, "run": run_row.id, "at": now.isoformat(),
              "trigger": trigger, "history_watermark": watermark,
              "pools": [p.record() for p in report.pools]}
    body = canonical(record)
    run_row.record = zlib.compress(body, 1)
    run_row.digest = chain_digest(previous, body)
    report.run_id = run_row.id
    report.digest = run_row.digest


def _history_values(entry: HistoryEntry, key: str) -> dict[str, Any]:
    return {"at": entry.at, "actor_kind": entry.actor.kind.value,
            "actor_ident": entry.actor.ident,
            "service_centre": entry.actor.service_centre or "", "action": entry.action.value,
            "from_status": None if entry.from_status is None else entry.from_status.value,
            "to_status": entry.to_status.value, "reason": entry.reason.value,
            "comment": entry.comment,
            "details_json": json.dumps([list(p) for p in entry.details], ensure_ascii=False),
            "request_key": key}


def queue_messages(session: Session, run_row: models.AllocationRun, now: datetime) -> int:
    """Put a run's «turn came» messages in the outbox, once (the run row is locked and
    marked); returns the number of applications told."""
    if run_row.notified_at is not None:
        return 0
    record = load_record(run_row)
    told = 0
    for pool in record["pools"]:
        ids = [application for _, application, _ in pool["decisions"]]
        if not ids:
            continue
        closes = datetime.fromisoformat(pool["window_closes"])
        tz = timezone(timedelta(minutes=int(pool.get("utc_offset_minutes", 300))))
        last_day = (closes.astimezone(tz) - timedelta(microseconds=1)).date()
        notify.enqueue_turns(session, ids, now, key=f"allocation{run_row.id}",
                             until=notify.day(last_day), days=int(pool["choose_days"]),
                             year=int(pool["birth_year"]))
        told += len(ids)
    run_row.notified_at = now
    return told


def pending_runs(session: Session) -> list[models.AllocationRun]:
    """Runs whose messages are not in the outbox yet, locked, oldest first."""
    return list(session.scalars(select(models.AllocationRun)
                                .where(models.AllocationRun.notified_at.is_(None))
                                .order_by(models.AllocationRun.id).with_for_update()))


class ConcurrentChange(RuntimeError):
    """A row the run read changed before it wrote (the run is rolled back and retried)."""


def _check_count(updated: int, expected: int, what: str) -> None:
    if updated != expected:
        raise ConcurrentChange(f"{what}: {updated} of {expected} rows updated")


def load_record(run_row: models.AllocationRun) -> dict[str, Any]:
    """The logged JSON of a run."""
    data: dict[str, Any] = json.loads(zlib.decompress(run_row.record))
    return data
