"""The outbox repository: signed requests kept until the central service has answered them.

Each method is one short transaction, so a process killed at any point leaves the outbox
consistent: an entry is either still pending (it will be sent again; the central side
recognises its key and answers with what it did the first time) or answered and purged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.store.models import OutboxEntry, OutboxState


@dataclass(frozen=True)
class OutboxItem:
    """A snapshot of an outbox entry (safe to hand to another thread)."""

    key: str
    action: str
    number: str | None
    state: str
    created_at: datetime
    attempts: int
    next_attempt_at: datetime
    last_error: str
    document: bytes | None
    result_json: str
    error_code: str
    error_params_json: str

    @property
    def pending(self) -> bool:
        """True while the central service has not answered."""
        return self.state == OutboxState.PENDING


def _item(row: OutboxEntry) -> OutboxItem:
    return OutboxItem(key=row.key, action=row.action, number=row.number, state=row.state,
                      created_at=row.created_at, attempts=row.attempts,
                      next_attempt_at=row.next_attempt_at, last_error=row.last_error,
                      document=row.document, result_json=row.result_json,
                      error_code=row.error_code, error_params_json=row.error_params_json)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Outbox:
    """Repository over the store's ``outbox`` table."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def _find(self, session: Session, key: str) -> OutboxEntry | None:
        return session.scalar(select(OutboxEntry).where(OutboxEntry.key == key))

    def add(self, key: str, action: str, document: bytes, number: str | None = None,
            now: datetime | None = None) -> OutboxItem:
        """Keep a signed request for delivery; adding the same key again changes nothing."""
        moment = now or _now()
        with self._sessions.begin() as session:
            row = self._find(session, key)
            if row is None:
                row = OutboxEntry(key=key, action=action, number=number, document=document,
                                  state=OutboxState.PENDING, created_at=moment,
                                  updated_at=moment, attempts=0, next_attempt_at=moment,
                                  last_error="", result_json="", error_code="",
                                  error_params_json="")
                session.add(row)
                session.flush()
            return _item(row)

    def get(self, key: str) -> OutboxItem | None:
        """The entry with this key."""
        with self._sessions.begin() as session:
            row = self._find(session, key)
            return None if row is None else _item(row)

    def due(self, now: datetime | None = None, limit: int = 50) -> list[OutboxItem]:
        """Pending entries whose next attempt is due, oldest first."""
        moment = now or _now()
        with self._sessions.begin() as session:
            rows = session.scalars(select(OutboxEntry)
                                   .where(OutboxEntry.state == OutboxState.PENDING,
                                          OutboxEntry.next_attempt_at <= moment)
                                   .order_by(OutboxEntry.id).limit(limit))
            return [_item(r) for r in rows]

    def pending(self) -> list[OutboxItem]:
        """Every pending entry, oldest first."""
        with self._sessions.begin() as session:
            rows = session.scalars(select(OutboxEntry)
                                   .where(OutboxEntry.state == OutboxState.PENDING)
                                   .order_by(OutboxEntry.id))
            return [_item(r) for r in rows]

    def count(self, state: str = OutboxState.PENDING) -> int:
        """How many entries are in ``state``."""
        with self._sessions.begin() as session:
            return int(session.scalar(select(func.count(OutboxEntry.id))
                                      .where(OutboxEntry.state == state)) or 0)

    def next_due_at(self) -> datetime | None:
        """When the earliest pending entry is due (None when nothing is pending)."""
        with self._sessions.begin() as session:
            return session.scalar(select(func.min(OutboxEntry.next_attempt_at))
                                  .where(OutboxEntry.state == OutboxState.PENDING))

    def mark_delivered(self, key: str, result_json: str, number: str | None,
                       now: datetime | None = None) -> None:
        """Record the central answer and purge the signed document."""
        self._close(key, OutboxState.DELIVERED, now, result_json=result_json, number=number)

    def mark_refused(self, key: str, code: str, params_json: str,
                     now: datetime | None = None) -> None:
        """Record a final refusal and purge the signed document."""
        self._close(key, OutboxState.REFUSED, now, error_code=code,
                    error_params_json=params_json)

    def _close(self, key: str, state: str, now: datetime | None, *, result_json: str = "",
               number: str | None = None, error_code: str = "",
               error_params_json: str = "") -> None:
        moment = now or _now()
        with self._sessions.begin() as session:
            row = self._find(session, key)
            if row is None or row.state != OutboxState.PENDING:
                return
            row.state = state
            row.document = None
            row.updated_at = moment
            row.attempts += 1
            row.result_json = result_json
            row.error_code = error_code
            row.error_params_json = error_params_json
            if number:
                row.number = number

    def mark_retry(self, key: str, error: str, delay: timedelta,
                   now: datetime | None = None) -> None:
        """Count a failed attempt and schedule the next one after ``delay``."""
        moment = now or _now()
        with self._sessions.begin() as session:
            row = self._find(session, key)
            if row is None or row.state != OutboxState.PENDING:
                return
            row.attempts += 1
            row.last_error = error[:60]
            row.updated_at = moment
            row.next_attempt_at = moment + delay

    def retry_now(self, now: datetime | None = None) -> None:
        """Make every pending entry due (the link came back)."""
        moment = now or _now()
        with self._sessions.begin() as session:
            for row in session.scalars(select(OutboxEntry)
                                       .where(OutboxEntry.state == OutboxState.PENDING,
                                              OutboxEntry.next_attempt_at > moment)):
                row.next_attempt_at = moment

    def forget_answered(self, older_than: timedelta, now: datetime | None = None) -> int:
        """Delete answered entries older than ``older_than``; returns how many."""
        limit = (now or _now()) - older_than
        with self._sessions.begin() as session:
            rows = list(session.scalars(select(OutboxEntry)
                                        .where(OutboxEntry.state != OutboxState.PENDING,
                                               OutboxEntry.updated_at < limit)))
            for row in rows:
                session.delete(row)
            return len(rows)
