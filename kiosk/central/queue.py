"""Queue numbers of applications: «Номер очереди» and «Номер очереди по льготной категории».

A child's place is counted within its group: the same district, queue type (and sanatorium
profile), and year of birth, among the applications standing in the queue (queued or
notified). The order is the domain's (:func:`kiosk.domain.priority.number_queue`), with the
region's interleave; the numbers come from counters the database keeps per group, class and
month (:mod:`kiosk.central.positions`), so a lookup does not read the whole group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.central import models
from kiosk.domain.benefit import PriorityClass
from kiosk.domain.numbers import ApplicationNumber
from kiosk.domain.priority import QueueEntry, number_queue
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus

IN_QUEUE = (ApplicationStatus.QUEUED.value, ApplicationStatus.NOTIFIED.value)

GroupKey = tuple[str, str, str | None, int]


@dataclass(frozen=True)
class Position:
    """An application's queue numbers (0 and 0 when it is not in the queue)."""

    overall: int = 0
    in_category: int = 0


def group_of(row: models.Application) -> GroupKey:
    """The queue group an application stands in."""
    return (row.district_kato, row.queue_type, row.sanatorium_profile, row.child_birth_date.year)


def _group_entries(session: Session, key: GroupKey) -> list[QueueEntry]:
    district, queue_type, profile, year = key
    query = (select(models.Application.number, models.Application.priority,
                    models.Application.registered_at)
             .where(models.Application.district_kato == district,
                    models.Application.queue_type == queue_type,
                    models.Application.status.in_(IN_QUEUE),
                    models.Application.child_birth_date >= date(year, 1, 1),
                    models.Application.child_birth_date <= date(year, 12, 31)))
    if profile is None:
        query = query.where(models.Application.sanatorium_profile.is_(None))
    else:
        query = query.where(models.Application.sanatorium_profile == profile)
    return [QueueEntry(ApplicationNumber.parse(number), PriorityClass(priority), registered)
            for number, priority, registered in session.execute(query)]


def positions(session: Session, rows: Iterable[models.Application],
              rules_for: Callable[[str], RegionRules]) -> dict[str, Position]:
    """Queue numbers of ``rows`` by application number (those out of the queue get 0, 0).

    Counted from the group's counters (:func:`kiosk.central.positions.position_of`), the
    same numbers :func:`kiosk.domain.priority.number_queue` gives over the whole group.
    """
    from kiosk.central.positions import position_of

    result: dict[str, Position] = {}
    for row in rows:
        if row.status not in IN_QUEUE:
            result[row.number] = Position()
            continue
        found = position_of(session, row, rules_for(row.region_kato).priority_interleave)
        result[row.number] = Position(found.overall, found.in_category)
    return result


def positions_by_numbering(session: Session, rows: Iterable[models.Application],
                           rules_for: Callable[[str], RegionRules]) -> dict[str, Position]:
    """The same numbers by reading and numbering each whole group (a reference for tests)."""
    result: dict[str, Position] = {}
    groups: dict[GroupKey, list[models.Application]] = {}
    for row in rows:
        result[row.number] = Position()
        if row.status in IN_QUEUE:
            groups.setdefault(group_of(row), []).append(row)
    for key, members in groups.items():
        interleave = rules_for(members[0].region_kato).priority_interleave
        numbered = number_queue(_group_entries(session, key), interleave)
        by_number = {p.entry.number.format(): p for p in numbered}
        for row in members:
            found = by_number.get(row.number)
            if found is not None:
                result[row.number] = Position(found.overall, found.in_category)
    return result
