"""The central database's tables (SQLAlchemy 2 typed ORM).

Reference data (regions, districts, kindergartens and their groups, benefit categories),
the register of persons standing in for ГБД ФЛ, the queue (applications, their history,
their documents, the number sequences), the evidence of every signed request with its
stored response (idempotency), and the security tables (challenges, tokens, one-time
codes, enrolled devices). The schema is created by the Alembic migrations in
``kiosk/central/migrations``; a test checks that they match these models on every dialect.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored as naive UTC and read back as an aware UTC datetime (all dialects)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    """Declarative base with constraint names that Alembic can rely on."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: dict[Any, Any] = {datetime: UtcDateTime()}


# --- reference data -----------------------------------------------------------------------

class Region(Base):
    """A region (облыс) or city of republican significance, by KATO code."""

    __tablename__ = "regions"

    kato: Mapped[str] = mapped_column(String(9), primary_key=True)
    name_kk: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))

    districts: Mapped[list[District]] = relationship(back_populates="region",
                                                     order_by="District.kato")


class District(Base):
    """A district (аудан) or city inside a region, by KATO code."""

    __tablename__ = "districts"

    kato: Mapped[str] = mapped_column(String(9), primary_key=True)
    region_kato: Mapped[str] = mapped_column(ForeignKey("regions.kato"), index=True)
    name_kk: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))

    region: Mapped[Region] = relationship(back_populates="districts")


class BenefitCategory(Base):
    """A benefit category of a region's list (out-of-turn or first-priority)."""

    __tablename__ = "benefit_categories"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    priority: Mapped[str] = mapped_column(String(20))  # PriorityClass value
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Kindergarten(Base):
    """A state or sanatorium kindergarten (ДДО / СДДО)."""

    __tablename__ = "kindergartens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    district_kato: Mapped[str] = mapped_column(ForeignKey("districts.kato"), index=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    address_kk: Mapped[str] = mapped_column(String(300))
    address_ru: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str] = mapped_column(String(40), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    languages: Mapped[str] = mapped_column(String(40))  # "kk,ru"
    sanatorium_profile: Mapped[str | None] = mapped_column(String(40))  # None: ordinary ДДО

    groups: Mapped[list[KindergartenGroup]] = relationship(
        back_populates="kindergarten", order_by="KindergartenGroup.id")


class KindergartenGroup(Base):
    """A group of a kindergarten: children of one birth year taught in one language."""

    __tablename__ = "kindergarten_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kindergarten_id: Mapped[int] = mapped_column(ForeignKey("kindergartens.id"), index=True)
    birth_year: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(2))  # kk / ru
    capacity: Mapped[int] = mapped_column(Integer)
    free_places: Mapped[int] = mapped_column(Integer, default=0)
    place_type: Mapped[str] = mapped_column(String(20), default="ordinary")
    release_date: Mapped[date | None] = mapped_column(Date)
    free_choice: Mapped[bool] = mapped_column(Boolean, default=False)
    """Places published for free choice (any queued child of the year may take them)."""

    kindergarten: Mapped[Kindergarten] = relationship(back_populates="groups")

    __table_args__ = (Index("ix_kindergarten_groups_year", "birth_year", "language"),)


# --- the register of persons (stands in for ГБД ФЛ) -----------------------------------------

class Person(Base):
    """A person of the register: identity, address, phone."""

    __tablename__ = "persons"

    iin: Mapped[str] = mapped_column(String(12), primary_key=True)
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(6))
    phone: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    house: Mapped[str] = mapped_column(String(20), default="")
    flat: Mapped[str] = mapped_column(String(20), default="")

    __table_args__ = (Index("ix_persons_name_birth", "surname", "name", "birth_date"),)


class PersonLink(Base):
    """A parent–child link of the register."""

    __tablename__ = "person_links"

    parent_iin: Mapped[str] = mapped_column(ForeignKey("persons.iin"), primary_key=True)
    child_iin: Mapped[str] = mapped_column(ForeignKey("persons.iin"), primary_key=True,
                                           index=True)


# --- the queue --------------------------------------------------------------------------------

class NumberSequence(Base):
    """The last sequence number given in a queue type and year (locked to allocate the next)."""

    __tablename__ = "number_sequences"

    queue_type: Mapped[str] = mapped_column(String(4), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Application(Base):
    """An application of the queue: the child, the applicant, the state, the referral."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    queue_type: Mapped[str] = mapped_column(String(4))
    number_year: Mapped[int] = mapped_column(Integer)
    number_seq: Mapped[int] = mapped_column(Integer)
    child_iin: Mapped[str] = mapped_column(String(12), index=True)
    child_birth_date: Mapped[date] = mapped_column(Date)
    applicant_iin: Mapped[str] = mapped_column(String(12), index=True)
    region_kato: Mapped[str] = mapped_column(ForeignKey("regions.kato"))
    district_kato: Mapped[str] = mapped_column(ForeignKey("districts.kato"))
    sanatorium_profile: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean)
    """True unless the status is terminal: one active application per child and queue type."""
    priority: Mapped[str] = mapped_column(String(20))
    benefit_category: Mapped[str | None] = mapped_column(ForeignKey("benefit_categories.code"))
    registered_at: Mapped[datetime]
    changed_at: Mapped[datetime]
    interest_confirmed_at: Mapped[datetime | None]
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    extra_email: Mapped[str] = mapped_column(String(200), default="")
    extra_phone: Mapped[str] = mapped_column(String(20), default="")
    service_centre: Mapped[str] = mapped_column(String(40), default="")
    device_id: Mapped[str] = mapped_column(String(64), default="")
    state_json: Mapped[str] = mapped_column(Text, default="{}")
    """The domain's own fields this table has no column for (referral, stop-list …), as JSON."""
    kindergarten_id: Mapped[int | None] = mapped_column(ForeignKey("kindergartens.id"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("kindergarten_groups.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    history: Mapped[list[HistoryRecord]] = relationship(
        back_populates="application", order_by="HistoryRecord.id")
    documents: Mapped[list[Document]] = relationship(
        back_populates="application", order_by="Document.id")

    __table_args__ = (
        UniqueConstraint("queue_type", "number_year", "number_seq",
                         name="uq_applications_sequence"),
        Index("uq_applications_one_active", "child_iin", "queue_type", unique=True,
              postgresql_where=text("active"), sqlite_where=text("active")),
        Index("ix_applications_queue", "district_kato", "queue_type", "active", "status"),
    )


class HistoryRecord(Base):
    """One line of an application's «История изменений»."""

    __tablename__ = "application_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    at: Mapped[datetime]
    actor_kind: Mapped[str] = mapped_column(String(20))
    actor_ident: Mapped[str] = mapped_column(String(64), default="")
    service_centre: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str] = mapped_column(Text, default="")
    details_json: Mapped[str] = mapped_column(Text, default="[]")
    request_key: Mapped[str | None] = mapped_column(String(64))

    application: Mapped[Application] = relationship(back_populates="history")


class Document(Base):
    """A document of an application: the signed request (evidence) or an attachment."""

    __tablename__ = "application_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # signed_request, benefit_document
    name: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    request_key: Mapped[str | None] = mapped_column(String(64))

    application: Mapped[Application] = relationship(back_populates="documents")


class SignedRequestRecord(Base):
    """A signed request the service accepted for processing: evidence and stored response.

    The key is the request's own ``id`` (its idempotency key): a replay finds the row and
    gets the stored response; nothing is applied twice.
    """

    __tablename__ = "signed_requests"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    action: Mapped[str] = mapped_column(String(40))
    signer_iin: Mapped[str] = mapped_column(String(12), index=True)
    certificate_serial: Mapped[str] = mapped_column(String(80))
    document_sha256: Mapped[str] = mapped_column(String(64))
    signed_xml: Mapped[bytes] = mapped_column(LargeBinary)
    signed_at: Mapped[datetime]
    received_at: Mapped[datetime]
    device_id: Mapped[str] = mapped_column(String(64), default="")
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    status: Mapped[int] = mapped_column(Integer)
    response_json: Mapped[str] = mapped_column(Text)


# --- security -----------------------------------------------------------------------------------

class AuthChallenge(Base):
    """A nonce the citizen's AUTH key signs to log in; used once."""

    __tablename__ = "auth_challenges"

    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used: Mapped[bool] = mapped_column(Boolean, default=False)
    device_id: Mapped[str] = mapped_column(String(64), default="")


class AuthToken(Base):
    """A short-lived session token bound to one IIN (only its hash is stored)."""

    __tablename__ = "auth_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    iin: Mapped[str] = mapped_column(String(12), index=True)
    method: Mapped[str] = mapped_column(String(10))  # eds / otp
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    device_id: Mapped[str] = mapped_column(String(64), default="")


class OneTimeCode(Base):
    """A one-time login code sent by SMS (only its hash is stored)."""

    __tablename__ = "one_time_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    iin: Mapped[str] = mapped_column(String(12), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class Device(Base):
    """A kiosk enrolled by the region: its TLS client certificate identifies it."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    region_kato: Mapped[str] = mapped_column(String(9), default="")
    certificate_serial: Mapped[str] = mapped_column(String(80), unique=True)
    certificate_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
