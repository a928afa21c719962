"""Application numbers, assigned centrally, gap-free and unique under concurrency.

The next sequence number of a queue type and year is taken from its ``number_sequences``
row inside the transaction that stores the application: on PostgreSQL the row is locked
with ``SELECT … FOR UPDATE`` (a concurrent registration waits for the commit and reads the
new value); SQLite serialises writers with ``BEGIN IMMEDIATE``. A transaction that rolls
back returns its number with it, so no number is skipped.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.central import models
from kiosk.central.errors import CentralError, ErrorCode
from kiosk.domain.numbers import MAX_SEQUENCE, ApplicationNumber, QueueType


def _ensure_row(session: Session, queue_type: QueueType, year: int) -> None:
    values = {"queue_type": queue_type.value, "year": year, "last": 0}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(postgresql.insert(models.NumberSequence).values(**values)
                        .on_conflict_do_nothing())
    elif dialect == "sqlite":
        session.execute(sqlite.insert(models.NumberSequence).values(**values)
                        .on_conflict_do_nothing())
    else:  # pragma: no cover - only PostgreSQL and SQLite are supported
        if session.get(models.NumberSequence, (queue_type.value, year)) is None:
            session.add(models.NumberSequence(**values))
            session.flush()


def next_number(session: Session, queue_type: QueueType, year: int) -> ApplicationNumber:
    """Allocate the next application number of ``queue_type`` in ``year``.

    Must run inside the transaction that stores the application.
    """
    _ensure_row(session, queue_type, year)
    query = (select(models.NumberSequence)
             .where(models.NumberSequence.queue_type == queue_type.value,
                    models.NumberSequence.year == year)
             .with_for_update()
             .execution_options(populate_existing=True))
    row = session.execute(query).scalar_one()
    if row.last >= MAX_SEQUENCE:
        raise CentralError(ErrorCode.NUMBERS_EXHAUSTED, queue_type=queue_type, year=year)
    row.last += 1
    session.flush()
    return ApplicationNumber(queue_type, year, row.last, 1)
