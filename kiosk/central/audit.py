"""The audit of the allocation log: anyone can re-run it and get the same turns.

Each allocation run is logged as canonical JSON (:class:`~kiosk.central.models.AllocationRun`):
the open places in the order they were given, the children read from the queue in queue
order with the domain's verdict on each one reached, the interleave cursor, the decisions.
The runs are chained: a run's digest covers the previous run's digest.

:func:`audit` checks, for each run of a period:

- **chain**: the digest recomputed from the record and the previous digest matches;
- **re-run**: :func:`kiosk.central.allocation.assign` over the logged input gives the logged
  decisions and cursor; the logged children are in the domain's queue order
  (:meth:`~kiosk.central.allocation.Candidate.sort_key`) and those judged eligible were old
  enough that day;
- **history**: every turn given has its ``offer_turn`` line in the application's history,
  and no other line claims the run;
- **queue**: the children the run read are exactly the first ones of the queue as the
  applications' history says it stood then (status, benefit class, stop-list), so nobody
  was left out of the input.

:func:`export` writes the log as JSON lines (the published data); :func:`audit_file` re-runs
such a file without a database (chain and re-run).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kiosk.central import models
from kiosk.central.allocation import (
    GENESIS,
    OK,
    Candidate,
    Seat,
    Stream,
    Unreached,
    assign,
    canonical,
    chain_digest,
    class_streams,
    youngest_birth_date,
)
from kiosk.domain.age import full_years
from kiosk.domain.statuses import ApplicationStatus

S = ApplicationStatus


@dataclass
class RunAudit:
    """The verdict on one run."""

    run: int
    at: str
    offers: int
    chain: bool = True
    rerun: bool = True
    history: bool | None = None
    queue: bool | None = None
    unverifiable: int = 0
    """Children whose benefit class at the time the history cannot tell (left out)."""
    problems: list[str] = field(default_factory=list)

    @property
    def match(self) -> bool:
        return self.chain and self.rerun and self.history is not False and \
            self.queue is not False

    def to_json(self) -> dict[str, Any]:
        return {"run": self.run, "at": self.at, "offers": self.offers,
                "result": "match" if self.match else "mismatch", "chain": self.chain,
                "rerun": self.rerun, "history": self.history, "queue": self.queue,
                "unverifiable": self.unverifiable, "problems": self.problems[:50]}


@dataclass
class AuditReport:
    runs: list[RunAudit]

    @property
    def match(self) -> bool:
        return all(r.match for r in self.runs)

    def to_json(self) -> dict[str, Any]:
        return {"result": "match" if self.match else "mismatch", "runs": len(self.runs),
                "mismatches": sum(not r.match for r in self.runs),
                "details": [r.to_json() for r in self.runs]}


# ------------------------------------------------------------------------------ re-run

def _streams(pool: Mapping[str, Any]) -> tuple[dict[str, Stream], dict[int, str | None],
                                               dict[int, Candidate]]:
    streams: dict[str, Stream] = {}
    verdicts: dict[int, str | None] = {}
    by_id: dict[int, Candidate] = {}
    for name, items in pool["streams"].items():
        candidates = []
        for item in items:
            candidate, verdict = Candidate.from_json(item)
            verdicts[candidate.id] = verdict
            by_id[candidate.id] = candidate
            candidates.append(candidate)
        streams[name] = Stream(candidates)
    return streams, verdicts, by_id


def rerun_pool(pool: Mapping[str, Any]) -> list[str]:
    """Re-run one logged pool; the problems found (none when it matches)."""
    problems: list[str] = []
    interleave = None if pool["interleave"] is None else tuple(pool["interleave"])
    expected_names = set(class_streams(interleave))  # type: ignore[arg-type]
    if set(pool["streams"]) != expected_names:
        return [f"{pool['pool']}: streams {sorted(pool['streams'])} for interleave {interleave}"]
    streams, verdicts, by_id = _streams(pool)
    today = date.fromisoformat(pool["today"])
    for name, stream in streams.items():
        if stream.seen != sorted(stream.seen, key=Candidate.sort_key):
            problems.append(f"{pool['pool']}: stream {name} is not in queue order")
    for candidate_id, verdict in verdicts.items():
        if verdict == OK:
            age = full_years(by_id[candidate_id].birth_date, today)
            if not pool["min_age"] <= age < pool["max_age"]:
                problems.append(f"{pool['pool']}: {by_id[candidate_id].number} judged "
                                f"eligible at age {age}")

    def verdict(candidate: Candidate) -> str:
        found = verdicts.get(candidate.id)
        if found is None:
            raise Unreached(candidate.number)
        return found

    seats = [Seat(int(p), str(language)) for p, language in pool["seats"]]
    try:
        decisions, cursor = assign(seats, streams, interleave=interleave,  # type: ignore[arg-type]
                                   cursor=int(pool["cursor_before"]), verdict=verdict)
    except Unreached as exc:
        return [*problems, f"{pool['pool']}: the re-run reaches {exc} the run never judged"]
    got = [[d.place_id, d.candidate.id, d.reason] for d in decisions]
    if got != pool["decisions"]:
        problems.append(f"{pool['pool']}: decisions differ: logged {pool['decisions'][:5]}…, "
                        f"re-run {got[:5]}…")
    if cursor != pool["cursor_after"]:
        problems.append(f"{pool['pool']}: cursor {pool['cursor_after']} logged, {cursor} re-run")
    return problems


def _check_record(audit_: RunAudit, record: Mapping[str, Any]) -> None:
    for pool in record["pools"]:
        found = rerun_pool(pool)
        if found:
            audit_.rerun = False
            audit_.problems.extend(found)


# ------------------------------------------------------------------------------ the database

@dataclass
class _Past:
    """An application as its history says it stood at a run."""

    status: S | None
    priority: str | None
    stop_list_until: date | None


def _past(row: models.Application, watermark: int) -> _Past:
    status: S | None = None
    priority: str | None = None
    later_change = False
    stop: date | None = None
    for entry in row.history:
        if entry.id > watermark:
            if entry.action == "change_benefit":
                later_change = True
            continue
        status = S(entry.to_status)
        details = dict(json.loads(entry.details_json or "[]"))
        if entry.action == "change_benefit" and "benefit" in details:
            priority = details["benefit"]
        if entry.action == "referral_expired" and "stop_list_until" in details:
            stop = date.fromisoformat(details["stop_list_until"])
    if priority is None and not later_change:
        priority = row.priority
    return _Past(status, priority, stop)


def _check_queue(session: Session, audit_: RunAudit, record: Mapping[str, Any]) -> None:
    watermark = int(record["history_watermark"])
    for pool in record["pools"]:
        app = models.Application
        rows = session.scalars(
            select(app).where(app.district_kato == pool["district"],
                              app.queue_type == pool["queue_type"],
                              app.sanatorium_profile.is_(None) if pool["profile"] is None
                              else app.sanatorium_profile == pool["profile"],
                              app.birth_year == pool["birth_year"])
            .options(selectinload(app.history)))
        today = date.fromisoformat(pool["today"])
        youngest = youngest_birth_date(today, pool["min_age"])
        too_old = youngest_birth_date(today, pool["max_age"])
        expected: list[tuple[Candidate, str]] = []
        unknown: set[int] = set()
        for row in rows:
            past = _past(row, watermark)
            if past.status is not S.QUEUED:
                continue
            if not too_old < row.child_birth_date <= youngest:
                continue
            if past.stop_list_until is not None and past.stop_list_until >= today:
                continue
            if past.priority is None:
                unknown.add(row.id)
                continue
            expected.append((Candidate(row.id, row.number, past.priority, row.registered_at,
                                       row.language, row.child_birth_date), past.priority))
        audit_.unverifiable += len(unknown)
        interleave = None if pool["interleave"] is None else tuple(pool["interleave"])
        for name, classes in class_streams(interleave).items():  # type: ignore[arg-type]
            wanted = sorted((c for c, p in expected if p in classes), key=Candidate.sort_key)
            logged = [Candidate.from_json(item)[0] for item in pool["streams"].get(name, [])]
            logged_ids = [c.id for c in logged if c.id not in unknown]
            wanted_ids = [c.id for c in wanted][:len(logged_ids)]
            if logged_ids != wanted_ids:
                audit_.queue = False
                missing = [c.number for c in wanted if c.id not in set(logged_ids)][:5]
                audit_.problems.append(
                    f"{pool['pool']}: stream {name} read {len(logged_ids)} children, not the "
                    f"first of the queue as history has it (e.g. {missing})")
        if audit_.queue is None:
            audit_.queue = True


def _check_history(session: Session, audit_: RunAudit, run_id: int,
                   record: Mapping[str, Any]) -> None:
    history = models.HistoryRecord
    lines = {(h.application_id, h.action) for h in session.scalars(
        select(history).where(history.request_key == f"allocation:{run_id}"))}
    given = {application for pool in record["pools"] for _, application, _ in pool["decisions"]}
    claimed = {application for application, action in lines if action == "offer_turn"}
    audit_.history = claimed == given and len(lines) == len(given)
    if not audit_.history:
        audit_.problems.append(f"history: {len(given - claimed)} turns without their line, "
                               f"{len(claimed - given)} lines without a turn")


def runs_between(session: Session, since: datetime | None,
                 until: datetime | None) -> Iterator[tuple[models.AllocationRun, str]]:
    """The runs of a period with the digest before each (the chain's link)."""
    run = models.AllocationRun
    previous = GENESIS
    for row in session.scalars(select(run).order_by(run.id)):
        if until is not None and row.at > until:
            break
        if since is None or row.at >= since:
            yield row, previous
        previous = row.digest


def audit(session: Session, since: datetime | None = None,
          until: datetime | None = None) -> AuditReport:
    """Re-run and cross-check the allocation runs of a period."""
    results: list[RunAudit] = []
    for row, previous in runs_between(session, since, until):
        body = zlib.decompress(row.record)
        record = json.loads(body)
        result = RunAudit(run=row.id, at=row.at.isoformat(), offers=row.offers)
        if row.previous_digest != previous or chain_digest(previous, body) != row.digest:
            result.chain = False
            result.problems.append("the digest chain is broken at this run")
        if canonical(record) != body:
            result.chain = False
            result.problems.append("the record is not in canonical form")
        _check_record(result, record)
        _check_history(session, result, row.id, record)
        _check_queue(session, result, record)
        results.append(result)
    return AuditReport(results)


# ------------------------------------------------------------------------------ published log

def export(session: Session, out: TextIO, since: datetime | None = None,
           until: datetime | None = None) -> int:
    """Write the runs of a period as JSON lines: ``{"digest", "previous_digest", "record"}``
    (the record as its canonical text); returns the number of runs."""
    count = 0
    for row, previous in runs_between(session, since, until):
        out.write(json.dumps({"run": row.id, "digest": row.digest, "previous_digest": previous,
                              "record": zlib.decompress(row.record).decode("utf-8")},
                             ensure_ascii=False) + "\n")
        count += 1
    return count


def audit_file(lines: Iterable[str]) -> AuditReport:
    """Re-run a published log (chain and re-run only: no database)."""
    results: list[RunAudit] = []
    previous: str | None = None
    for line in lines:
        if not line.strip():
            continue
        item = json.loads(line)
        body = item["record"].encode("utf-8")
        record = json.loads(body)
        result = RunAudit(run=int(item["run"]), at=record["at"],
                          offers=sum(len(p["decisions"]) for p in record["pools"]))
        link_ok = previous is None or item["previous_digest"] == previous
        if not link_ok or chain_digest(item["previous_digest"], body) != item["digest"]:
            result.chain = False
            result.problems.append("the digest chain is broken at this run")
        _check_record(result, record)
        results.append(result)
        previous = item["digest"]
    return AuditReport(results)


def audit_path(path: Path) -> AuditReport:
    """:func:`audit_file` over a file."""
    with path.open(encoding="utf-8") as lines:
        return audit_file(lines)


