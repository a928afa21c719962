"""The kiosk's local tables: the outbox of signed requests waiting for the central service.

An entry holds the signed XML (personal data) only until the central service has answered
it; then the document is purged and only the outcome (number, status, or refusal code)
stays, for the receipt and the operator's count.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.store.columns import NAMING, UtcDateTime


class StoreBase(DeclarativeBase):
    """Declarative base of the kiosk's store."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime()}


class OutboxState:
    """States of an outbox entry (stable codes)."""

    PENDING = "pending"
    """Waiting to be delivered (or delivered without the answer recorded yet)."""
    DELIVERED = "delivered"
    """The central service applied it (or had already applied it)."""
    REFUSED = "refused"
    """The central service refused it for good; ``error_code`` says why."""


class OutboxEntry(StoreBase):
    """A signed request on its way to the central service."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    """The request's idempotency key (its ``id`` attribute)."""
    action: Mapped[str] = mapped_column(String(40))
    number: Mapped[str | None] = mapped_column(String(24))
    """The application acted on (None for a registration until it is answered)."""
    document: Mapped[bytes | None] = mapped_column(LargeBinary)
    """The signed XML; None once answered (personal data is not kept)."""
    state: Mapped[str] = mapped_column(String(12), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str] = mapped_column(String(60), default="")
    result_json: Mapped[str] = mapped_column(Text, default="")
    """The central answer without personal data (number, status, queue numbers)."""
    error_code: Mapped[str] = mapped_column(String(60), default="")
    error_params_json: Mapped[str] = mapped_column(Text, default="")
