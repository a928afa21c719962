"""What the service returns: plain frozen dataclasses, the same through HTTP and in-process.

The API serialises them to JSON (FastAPI/pydantic) and the HTTPS link reads them back with
:func:`from_json`, so the UI gets identical objects from either link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import TypeAdapter

T = TypeVar("T")


@dataclass(frozen=True)
class RegionView:
    kato: str
    name_kk: str
    name_ru: str


@dataclass(frozen=True)
class DistrictView:
    kato: str
    region_kato: str
    name_kk: str
    name_ru: str


@dataclass(frozen=True)
class BenefitCategoryView:
    code: str
    priority: str
    """``out_of_turn`` or ``first_priority`` (PriorityClass values)."""
    name_kk: str
    name_ru: str


@dataclass(frozen=True)
class SanatoriumProfileView:
    code: str
    name_kk: str
    name_ru: str


@dataclass(frozen=True)
class KindergartenView:
    id: int
    code: str
    district_kato: str
    name_kk: str
    name_ru: str
    address_kk: str
    address_ru: str
    phone: str
    latitude: float | None
    longitude: float | None
    languages: list[str]
    sanatorium_profile: str | None


@dataclass(frozen=True)
class ChallengeView:
    """A login challenge: the AUTH key signs ``auth_to_xml(nonce)``."""

    nonce: str
    expires_at: datetime


@dataclass(frozen=True)
class TokenView:
    """A session of one citizen: send ``token`` as ``Authorization: Bearer``."""

    token: str
    iin: str
    method: str
    expires_at: datetime


@dataclass(frozen=True)
class CodeSentView:
    """A one-time code was sent; the phone is shown masked."""

    phone_masked: str
    expires_at: datetime


@dataclass(frozen=True)
class PersonView:
    iin: str
    surname: str
    name: str
    patronymic: str
    birth_date: date
    sex: str
    phone: str = ""
    city: str = ""
    district: str = ""
    street: str = ""
    house: str = ""
    flat: str = ""


@dataclass(frozen=True)
class MeView:
    """The authenticated citizen and the children the register links to them."""

    person: PersonView
    children: list[PersonView]


@dataclass(frozen=True)
class HistoryView:
    at: datetime
    actor_kind: str
    action: str
    from_status: str | None
    to_status: str
    reason: str
    comment: str = ""
    service_centre: str = ""
    details: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentInfoView:
    id: int
    kind: str
    name: str
    mime: str
    created_at: datetime
    size: int


@dataclass(frozen=True)
class DocumentContentView:
    name: str
    mime: str
    content: bytes


@dataclass(frozen=True)
class OfficialDocumentView:
    """An official document the service issued («Общие документы»), downloaded as a PDF by
    its ``id`` like any document of the application."""

    id: int
    document_id: str
    """The UUID its QR code and verification address name."""
    doc_type: str
    """A :class:`kiosk.documents.DocType` value (``registration``, ``referral`` …)."""
    language: str
    issued_at: datetime


@dataclass(frozen=True)
class DocumentVerificationView:
    """What ``GET /documents/{id}/verify`` tells anyone: no personal data, only what the
    paper shows besides the names (number, type, date) and whether it is genuine."""

    document_id: str
    status: str
    """``unknown`` (no such document), ``found`` (no digest given to compare),
    ``genuine`` (the digest matches) or ``altered`` (it does not)."""
    doc_type: str | None = None
    title_kk: str | None = None
    title_ru: str | None = None
    application_number: str | None = None
    issued_at: datetime | None = None
    """The moment of issue, in the region's time zone, as printed."""
    in_force: bool | None = None
    """For a referral: whether it is still the application's valid referral (None for other
    documents)."""


@dataclass(frozen=True)
class PermissionView:
    """Whether a journal button applies now (``reason`` is the refusal code when not)."""

    action: str
    allowed: bool
    reason: str | None = None


@dataclass(frozen=True)
class ReferralView:
    kindergarten_code: str
    kindergarten_name_kk: str
    kindergarten_name_ru: str
    address_kk: str
    address_ru: str
    issued_at: datetime
    expires_at: datetime
    last_day: date
    extensions: int
    by_benefit: bool
    free_choice: bool
    status: str


@dataclass(frozen=True)
class ApplicationSummaryView:
    """A row of «Журнал заявлений»."""

    number: str
    queue_type: str
    child_iin: str
    child_name: str
    child_birth_date: date
    applicant_iin: str
    applicant_name: str
    registered_at: datetime
    status: str
    priority: str
    benefit_category: str | None
    queue_number: int
    """«Номер очереди» (0 when the child is not in the queue)."""
    category_queue_number: int
    """«Номер очереди по льготной категории» (0 without a benefit)."""


@dataclass(frozen=True)
class ApplicationDetailView:
    """An application with its three tabs and the buttons that apply."""

    summary: ApplicationSummaryView
    applicant: PersonView | None
    child: PersonView | None
    email: str
    phone: str
    extra_email: str
    extra_phone: str
    service_centre: str
    region_kato: str
    district_kato: str
    sanatorium_profile: str | None
    changed_at: datetime
    interest_due_at: datetime | None
    stop_list_until: date | None
    referral: ReferralView | None
    history: list[HistoryView]
    documents: list[DocumentInfoView]
    """The signed requests and the attachments («Приложения к заявлению»)."""
    actions: list[PermissionView]
    official_documents: list[OfficialDocumentView] = field(default_factory=list)
    """The documents the service issued («Общие документы»), oldest first."""


@dataclass(frozen=True)
class FreePlaceView:
    """A line of the free-places list («Список свободных мест»)."""

    place: int
    kindergarten_code: str
    name_kk: str
    name_ru: str
    language: str
    phone: str
    place_type: str
    release_date: date | None
    address_kk: str
    address_ru: str
    latitude: float | None
    longitude: float | None
    free_places: int
    free_choice: bool


@dataclass(frozen=True)
class QueueSearchResultView:
    """Public queue search: the number, status and category, never personal data."""

    number: str
    status: str
    priority: str
    benefit_category: str | None
    queue_number: int
    category_queue_number: int


@dataclass(frozen=True)
class StatisticsRowView:
    region_kato: str
    district_kato: str
    priority: str
    birth_year: int
    queued: int
    notified: int
    referrals: int
    enrolled: int


@dataclass(frozen=True)
class StatisticsView:
    generated_at: datetime
    rows: list[StatisticsRowView]


@dataclass(frozen=True)
class SubmitResultView:
    """The outcome of a signed request the service processed."""

    key: str
    action: str
    number: str | None
    status: str | None
    """The application's status after the request (``refused`` for a refused registration)."""
    reason: str | None
    """For a refused registration: why (child_too_old, duplicate_application …)."""
    queue_number: int
    category_queue_number: int
    accepted_at: datetime
    replayed: bool = False
    """True when this is the stored answer to an earlier delivery of the same request."""


@dataclass(frozen=True)
class HealthView:
    status: str
    version: str
    database: str


@lru_cache(maxsize=None)
def _adapter(cls: Any) -> TypeAdapter[Any]:
    return TypeAdapter(cls)


def to_json(value: Any) -> Any:
    """A view (or a list of views) as JSON-ready data."""
    return _adapter(type(value) if not isinstance(value, list) else list[Any]).dump_python(
        value, mode="json")


def from_json(cls: type[T] | Any, data: bytes | str | Any) -> T:
    """Rebuild a view of type ``cls`` (e.g. ``list[RegionView]``) from JSON text or data."""
    adapter = _adapter(cls)
    if isinstance(data, (bytes, str)):
        return adapter.validate_json(data)  # type: ignore[no-any-return]
    return adapter.validate_python(data)  # type: ignore[no-any-return]


# --- the queue engine -----------------------------------------------------------------------

@dataclass(frozen=True)
class PositionReasonView:
    """Why a queue number moved: a stable code and its parameters (the kiosk translates).

    Codes: ``first_look``, ``unchanged``, ``registered_ahead`` (priority, count),
    ``left_ahead`` (cause: referral / withdrawn / removed, count), ``returned_ahead``
    (count), ``benefit_raised_ahead`` (count), ``benefit_lowered_behind`` (count),
    ``own_benefit_changed`` (from, to).
    """

    code: str
    params: dict[str, str | int]


@dataclass(frozen=True)
class QueuePositionView:
    """An application's queue numbers now and when the applicant last looked, and why."""

    number: str
    status: str
    priority: str
    queue_number: int
    category_queue_number: int
    previous_queue_number: int | None
    previous_category_queue_number: int | None
    previous_seen_at: datetime | None
    reasons: list[PositionReasonView]
    interleave: list[int] | None = None


@dataclass(frozen=True)
class QueueStatisticsRowView:
    """Public counts of a region and birth year: in the queue by class, referrals."""

    region_kato: str
    birth_year: int
    out_of_turn: int
    first_priority: int
    general: int
    in_queue: int
    referrals_valid: int
    """Referrals issued and not yet used («Выдано направление» now)."""
    referrals_issued: int
    """Referrals ever issued."""
    enrolled: int


@dataclass(frozen=True)
class QueueStatisticsView:
    generated_at: datetime
    rows: list[QueueStatisticsRowView]


@dataclass(frozen=True)
class PlaceView:
    """A published place as its kindergarten's staff see it."""

    id: int
    kindergarten_code: str
    group_id: int
    birth_year: int
    language: str
    queue_type: str
    sanatorium_profile: str | None
    place_type: str
    release_date: date | None
    status: str
    """open, offered, free_choice, referred, occupied or withdrawn."""
    holder_number: str | None
    offer_expires_at: datetime | None
    published_at: datetime


@dataclass(frozen=True)
class StaffResultView:
    """The outcome of a kindergarten's signed request."""

    key: str
    action: str
    kindergarten_code: str
    places: list[PlaceView]
    number: str | None = None
    status: str | None = None
    offers: int = 0
    """Turns the allocation gave right after (places published or freed)."""
    replayed: bool = False
