"""The central database's tables (SQLAlchemy 2 typed ORM).

Reference data (regions, districts, kindergartens and their groups, benefit categories),
the register of persons standing in for ГБД ФЛ, the queue (applications, their history,
their documents, the number sequences), the evidence of every signed request with its
stored response (idempotency), and the security tables (challenges, tokens, one-time
codes, enrolled devices). The schema is created by the Alembic migrations in
``kiosk/central/migrations``; a test checks that they match these models on every dialect.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kiosk.store.columns import NAMING, UtcDateTime


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
    bin: Mapped[str | None] = mapped_column(String(12), index=True)
    """The kindergarten's BIN: its staff sign with organisation certificates carrying it."""

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
    applicant_language: Mapped[str] = mapped_column(String(2), default="kk",
                                                    server_default="kk")
    """The language the applicant is written to in (kk / ru): notifications use it."""
    stop_list_until: Mapped[date | None] = mapped_column(Date)
    """A copy of the domain's stop-list date (queried by the allocation)."""
    departed_at: Mapped[datetime | None]
    """When the kindergarten recorded the departure (убытие) of an enrolled child."""
    birth_year: Mapped[int | None] = mapped_column(Integer)
    """The child's year of birth (the queue group), copied from the birth date for indexes."""

    history: Mapped[list[HistoryRecord]] = relationship(
        back_populates="application", order_by="HistoryRecord.id")
    documents: Mapped[list[Document]] = relationship(
        back_populates="application", order_by="Document.id")

    __table_args__ = (
        UniqueConstraint("queue_type", "number_year", "number_seq",
                         name="uq_applications_sequence"),
        Index("uq_applications_one_active", "child_iin", "queue_type", unique=True,
              postgresql_where=text("active"), sqlite_where=text("active")),
        # No index names ``status``: a turn given (queued → notified) then changes no
        # indexed column and PostgreSQL updates the row in place (HOT, fillfactor 80).
        Index("ix_applications_rank", "district_kato", "queue_type", "sanatorium_profile",
              "birth_year", "priority", "registered_at", "number_year", "number_seq"),
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
    """A document of an application: the signed request (evidence), an attachment, or an
    official document the service issued (``kind="official_document"``).

    For an official document (see :mod:`kiosk.central.documents_issue`) ``content`` is the
    canonical certified JSON, so ``sha256`` is its certified digest; ``document_id`` is the
    UUID its QR code names, ``doc_type`` a :class:`kiosk.documents.DocType` value, ``language``
    the applicant's, ``created_at`` the moment of issue.
    """

    __tablename__ = "application_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # signed_request, benefit_document, …
    name: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    request_key: Mapped[str | None] = mapped_column(String(64))
    document_id: Mapped[str | None] = mapped_column(String(36), index=True, unique=True)
    doc_type: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(2))

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


# --- the queue engine: places, allocation, notifications ----------------------------------------

class Place(Base):
    """One free place a kindergarten published, from publication to the child who fills it.

    ``status``: ``open`` (waiting for the allocation), ``offered`` (the turn of ``holder_id``,
    until ``offer_expires_at``), ``free_choice`` (any queued child of the group year may take
    it), ``referred`` (a referral to it is valid), ``occupied`` (the child was enrolled),
    ``withdrawn`` (the kindergarten took it back). The pool it is allocated in is copied from
    its group and kindergarten (district, queue type, sanatorium profile, birth year).
    """

    __tablename__ = "places"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("kindergarten_groups.id"), index=True)
    kindergarten_id: Mapped[int] = mapped_column(ForeignKey("kindergartens.id"))
    district_kato: Mapped[str] = mapped_column(String(9))
    queue_type: Mapped[str] = mapped_column(String(4))
    sanatorium_profile: Mapped[str | None] = mapped_column(String(40))
    birth_year: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(2))
    place_type: Mapped[str] = mapped_column(String(20), default="ordinary")
    release_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    holder_id: Mapped[int | None] = mapped_column(Integer, index=True)
    """The application holding the place (no foreign key: applications are never deleted,
    and the allocation writes thousands of holders at once)."""
    via: Mapped[str | None] = mapped_column(String(20))
    """How the holder got it: ``turn`` (offered), ``free_choice`` or ``open``."""
    offered_at: Mapped[datetime | None]
    offer_expires_at: Mapped[datetime | None]
    """When the holder's hold lapses: the turn's window while offered, the referral's
    expiry (with its extension) while referred."""
    run_id: Mapped[int | None] = mapped_column(Integer)
    published_at: Mapped[datetime]
    published_by: Mapped[str] = mapped_column(String(64), default="")
    changed_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        Index("ix_places_pool", "status", "district_kato", "queue_type", "birth_year"),
    )


class AllocationRun(Base):
    """One run of the allocation: its input and output, chained by digest (the audit log).

    ``record`` is the run's canonical JSON (seats, candidates as judged, interleave cursors,
    decisions), zlib-compressed; ``digest`` is SHA-256 over the previous run's digest and
    that JSON, so a changed or removed run breaks the chain.
    """

    __tablename__ = "allocation_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    started_at: Mapped[datetime]
    trigger: Mapped[str] = mapped_column(String(20))
    offers: Mapped[int] = mapped_column(Integer)
    record: Mapped[bytes] = mapped_column(LargeBinary)
    digest: Mapped[str] = mapped_column(String(64))
    previous_digest: Mapped[str] = mapped_column(String(64))
    notified_at: Mapped[datetime | None]
    """When the run's «turn came» messages were put in the outbox (right after the run, in
    their own transaction; a tick retries a run left without)."""


class InterleaveCursor(Base):
    """Where a queue group stands in its region's priority : general cycle (e.g. 1 : 3)."""

    __tablename__ = "interleave_cursors"

    district_kato: Mapped[str] = mapped_column(String(9), primary_key=True)
    queue_type: Mapped[str] = mapped_column(String(4), primary_key=True)
    profile: Mapped[str] = mapped_column(String(40), primary_key=True)
    """The sanatorium profile, ``""`` for the ordinary queue."""
    birth_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class MessageTemplate(Base):
    """The text of a notification in one language for one channel (kk / ru; email / sms)."""

    __tablename__ = "message_templates"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    language: Mapped[str] = mapped_column(String(2), primary_key=True)
    channel: Mapped[str] = mapped_column(String(10), primary_key=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)


class Notification(Base):
    """A message to an applicant waiting in the outbox, written in the transaction of the
    change it tells of; ``key`` is unique so the same event is never queued twice."""

    __tablename__ = "notification_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    application_id: Mapped[int | None] = mapped_column(Integer, index=True)
    """The application told about (no foreign key, as for ``places.holder_id``)."""
    channel: Mapped[str] = mapped_column(String(10))
    recipient: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2))
    template: Mapped[str] = mapped_column(String(40))
    params_json: Mapped[str] = mapped_column(Text, default="{}")
    status: Mapped[str] = mapped_column(String(10))
    """``pending``, ``sending`` (claimed until ``lease_until``), ``sent`` or ``failed``."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_notification_outbox_due", "status", "next_attempt_at"),)


class QueueEvent(Base):
    """What the queue engine did besides the applications' own history: places published,
    withdrawn, departures, refused benefit referrals, with actor and reason."""

    __tablename__ = "queue_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(40))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"),
                                                       index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"), index=True)
    actor_kind: Mapped[str] = mapped_column(String(20))
    actor_ident: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(40), default="")
    details_json: Mapped[str] = mapped_column(Text, default="{}")


class QueueCount(Base):
    """How many applications stand in the queue (queued or notified) per group, benefit
    class and month and day of registration: kept by database triggers on
    ``applications``, so a queue number is a sum of a few hundred counters plus a count
    within one day."""

    __tablename__ = "queue_counts"

    district_kato: Mapped[str] = mapped_column(String(9), primary_key=True)
    queue_type: Mapped[str] = mapped_column(String(4), primary_key=True)
    profile: Mapped[str] = mapped_column(String(40), primary_key=True)
    """The sanatorium profile, ``""`` for the ordinary queue."""
    birth_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    priority: Mapped[str] = mapped_column(String(20), primary_key=True)
    bucket: Mapped[int] = mapped_column(Integer, primary_key=True)
    """The registration time (UTC) as ``yyyymm`` (a month's row) or ``yyyymmdd`` (a day's
    row): every application counts in one of each."""
    n: Mapped[int] = mapped_column(Integer, default=0)


class PositionView(Base):
    """The queue numbers an applicant last saw, to explain how they changed since."""

    __tablename__ = "queue_position_views"

    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"),
                                                primary_key=True)
    seen_at: Mapped[datetime]
    overall: Mapped[int] = mapped_column(Integer)
    in_category: Mapped[int] = mapped_column(Integer)
    priority: Mapped[str] = mapped_column(String(20))


Index("ix_application_history_at", HistoryRecord.at)
"""History since an instant (why a queue number changed; the audit's replay)."""
