"""The order of the queue: who gets the next free place.

Out-of-turn children first, then first-priority children, then everyone else; within a
class by registration time, then by application number, so the order is total and
deterministic. A region may interleave the classes instead (Astana: one priority child,
then three others, :attr:`RegionRules.priority_interleave`). The queue is ordered per
group (the child's year of birth, the queue type, the language): the caller passes the
entries of one group.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

from kiosk.domain.application import Application
from kiosk.domain.benefit import PriorityClass
from kiosk.domain.numbers import ApplicationNumber


@dataclass(frozen=True)
class QueueEntry:
    """What the order needs of an application."""

    number: ApplicationNumber
    priority: PriorityClass
    registered_at: datetime

    def __post_init__(self) -> None:
        if self.registered_at.tzinfo is None or self.registered_at.utcoffset() is None:
            raise ValueError("registered_at must be a time-zone aware datetime")

    @classmethod
    def from_application(cls, app: Application) -> QueueEntry:
        """The entry of an application (its benefit class and registration time)."""
        return cls(app.number, app.benefit.priority, app.registered_at)

    def sort_key(self) -> tuple[int, datetime, tuple[str, int, int, int]]:
        """Class rank, registration instant (UTC), then number."""
        return (
            self.priority.rank,
            self.registered_at.astimezone(timezone.utc),
            self.number.sort_key(),
        )


@dataclass(frozen=True)
class QueuePosition:
    """An entry's place: «Номер очереди» and «Номер очереди по льготной категории»."""

    entry: QueueEntry
    overall: int
    """1-based position in the group's turn order."""
    in_category: int
    """1-based position within its benefit class; 0 without a benefit (as the portals show)."""


def _sorted(entries: Iterable[QueueEntry]) -> list[QueueEntry]:
    ordered = sorted(entries, key=QueueEntry.sort_key)
    seen: set[ApplicationNumber] = set()
    for entry in ordered:
        if entry.number in seen:
            raise ValueError(f"application {entry.number} is in the queue twice")
        seen.add(entry.number)
    return ordered


def _take(stream: Iterator[QueueEntry], count: int) -> list[QueueEntry]:
    taken: list[QueueEntry] = []
    for entry in stream:
        taken.append(entry)
        if len(taken) == count:
            break
    return taken


def order_queue(
    entries: Iterable[QueueEntry], interleave: tuple[int, int] | None = None
) -> tuple[QueueEntry, ...]:
    """The turn order of one group's entries.

    Without ``interleave``: every out-of-turn entry, then every first-priority one, then
    the rest. With ``interleave=(p, g)``: ``p`` entries of the priority classes (in their
    own order), then ``g`` general ones, and again, until both run out; when one side runs
    out the other continues alone. Raises ValueError for a number listed twice or a bad
    interleave.
    """
    ordered = _sorted(entries)
    if interleave is None:
        return tuple(ordered)
    p, g = interleave
    if p < 1 or g < 1:
        raise ValueError(f"interleave counts must be positive, got {interleave!r}")
    priority = iter([e for e in ordered if e.priority.is_benefit])
    general = iter([e for e in ordered if not e.priority.is_benefit])
    result: list[QueueEntry] = []
    while True:
        batch = _take(priority, p) + _take(general, g)
        if not batch:
            return tuple(result)
        result.extend(batch)


def number_queue(
    entries: Iterable[QueueEntry], interleave: tuple[int, int] | None = None
) -> tuple[QueuePosition, ...]:
    """The turn order with each entry's overall and in-class queue numbers."""
    counters = {cls: 0 for cls in PriorityClass}
    positions: list[QueuePosition] = []
    for overall, entry in enumerate(order_queue(entries, interleave), start=1):
        counters[entry.priority] += 1
        in_category = counters[entry.priority] if entry.priority.is_benefit else 0
        positions.append(QueuePosition(entry, overall, in_category))
    return tuple(positions)
