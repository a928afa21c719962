"""What an output document certifies: typed, frozen, validated on construction."""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum

from kiosk.domain.numbers import ApplicationNumber, QueueType


class DocType(StrEnum):
    """The output documents of the service (their CLI names are the values)."""

    REGISTRATION = "registration"  # Уведомление о регистрации
    ACCEPTANCE = "acceptance"  # Извещение о приеме документов
    BOOK_ENTRY = "book-entry"  # Регистрация ребенка в книге учета
    CHILD_CARD = "child-card"  # Карточка ребенка
    REFERRAL = "referral"  # Направление в ДДО
    SANATORIUM_REFERRAL = "sanatorium-referral"  # Направление в санаторный детский сад
    COMPLETION = "completion"  # Извещение о завершении оказания услуги
    INTEREST_CONFIRMED = "interest-confirmed"  # Подтверждение заинтересованности
    REFUSAL = "refusal"  # Уведомление об отказе в оказании услуги


class Language(StrEnum):
    """The applicant's language: the document's primary language."""

    KK = "kk"
    RU = "ru"

    @property
    def other(self) -> Language:
        """The second language printed alongside."""
        return Language.RU if self is Language.KK else Language.KK


_IIN = re.compile(r"^\d{12}$")
_BASE_URL = re.compile(r"^https?://[^\s/?#]+(/[^\s?#]*)?$")


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value.strip())


def _normalise_strings(obj: object) -> None:
    """Strip and NFC-normalise every ``str`` field of a frozen dataclass in place."""
    for f in fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if isinstance(value, str) and not isinstance(value, StrEnum):
            object.__setattr__(obj, f.name, _nfc(value))


@dataclass(frozen=True)
class Bilingual:
    """A text given in both languages (a benefit category, a refusal reason)."""

    kk: str
    ru: str

    def __post_init__(self) -> None:
        _normalise_strings(self)
        if not self.kk or not self.ru:
            raise ValueError("a bilingual text needs both its Kazakh and its Russian wording")

    def __call__(self, lang: Language | str) -> str:
        return self.kk if Language(lang) is Language.KK else self.ru


@dataclass(frozen=True)
class PersonData:
    """A person as the document certifies them (from the state register of persons)."""

    iin: str
    surname: str
    name: str
    patronymic: str
    birth_date: date

    def __post_init__(self) -> None:
        _normalise_strings(self)
        if not _IIN.match(self.iin):
            raise ValueError(f"an IIN has 12 digits: {self.iin!r}")
        if not self.surname or not self.name:
            raise ValueError("a person needs a surname and a name")
        if isinstance(self.birth_date, datetime) or not isinstance(self.birth_date, date):
            raise TypeError("birth_date must be a date")

    @property
    def full_name(self) -> str:
        """Surname, name, patronymic: the order of the register and of the journal."""
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


@dataclass(frozen=True)
class Kindergarten:
    """The preschool organisation a referral or an enrolment names."""

    name_kk: str
    name_ru: str
    address: str

    def __post_init__(self) -> None:
        _normalise_strings(self)
        if not self.name_kk or not self.name_ru or not self.address:
            raise ValueError("a kindergarten needs its Kazakh and Russian names and its address")

    def name(self, lang: Language | str) -> str:
        return self.name_kk if Language(lang) is Language.KK else self.name_ru


MAX_NAME = 100  # a surname, name, patronymic, service-centre number
MAX_LINE = 300  # a kindergarten's name or address, a benefit category
MAX_TEXT = 10_000  # a refusal reason

_NEEDS_KINDERGARTEN = {DocType.REFERRAL, DocType.SANATORIUM_REFERRAL, DocType.COMPLETION}
_NEEDS_VALID_UNTIL = {DocType.REFERRAL, DocType.SANATORIUM_REFERRAL}


@dataclass(frozen=True)
class DocumentData:
    """Everything one output document shows and certifies.

    ``language`` and ``verify_base_url`` are presentation: the same facts printed in the
    other language, or pointing at another address of the central service, certify the
    same thing and have the same :func:`~kiosk.documents.certified_digest`.
    """

    doc_type: DocType
    document_id: str  # a UUID, the key under which the central service stores the digest
    language: Language
    issued_at: datetime
    application_number: str  # UO.2026.000123.1 or SDDO.2026.000123.1 (kiosk.domain.numbers)
    applicant: PersonData
    child: PersonData
    verify_base_url: str
    registered_at: datetime | None = None
    queue_number: int | None = None
    queue_number_in_category: int | None = None
    category: Bilingual | None = None  # None: no benefit (Без льготы)
    kindergarten: Kindergarten | None = None
    valid_until: date | None = None  # referral expiry; next interest confirmation
    refusal_reason: Bilingual | None = None
    service_centre: str | None = None  # Номер ЦОН of the clerk's desk

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "doc_type", DocType(self.doc_type))
        set_(self, "language", Language(self.language))
        try:
            canonical_id = str(uuid.UUID(self.document_id))
        except (ValueError, AttributeError, TypeError):
            raise ValueError(f"document_id must be a UUID: {self.document_id!r}") from None
        set_(self, "document_id", canonical_id)
        # Raises ApplicationNumberError (a ValueError) for anything but UO/SDDO.<year>.<seq>.<n>
        set_(self, "application_number", ApplicationNumber.parse(self.application_number).format())
        base = self.verify_base_url.strip().rstrip("/")
        if not _BASE_URL.match(base):
            raise ValueError(f"verify_base_url must be an http(s) address: {self.verify_base_url!r}")
        set_(self, "verify_base_url", base)
        if self.service_centre is not None:
            set_(self, "service_centre", _nfc(self.service_centre) or None)
        for name in ("issued_at", "registered_at"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, datetime):
                raise TypeError(f"{name} must be a datetime")
        if self.valid_until is not None and (
                isinstance(self.valid_until, datetime) or not isinstance(self.valid_until, date)):
            raise TypeError("valid_until must be a date")
        for name in ("queue_number", "queue_number_in_category"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                      or value < 0):
                raise ValueError(f"{name} must be a non-negative integer")
        self._check_type_needs()
        self._check_lengths()

    def _check_type_needs(self) -> None:
        kind = self.doc_type
        if kind in _NEEDS_KINDERGARTEN and self.kindergarten is None:
            raise ValueError(f"a {kind} document names the kindergarten")
        if kind in _NEEDS_VALID_UNTIL and self.valid_until is None:
            raise ValueError(f"a {kind} document states until when it is valid")
        if kind is DocType.REFUSAL and self.refusal_reason is None:
            raise ValueError("a refusal states its reason")
        if kind is DocType.SANATORIUM_REFERRAL and self.queue_type is not QueueType.SANATORIUM:
            raise ValueError("a sanatorium referral belongs to an SDDO application")
        if kind is DocType.REFERRAL and self.queue_type is not QueueType.ORDINARY:
            raise ValueError("a referral to a state kindergarten belongs to a UO application")

    def _check_lengths(self) -> None:
        """Bounds that keep every labelled value within a page (free text may run on)."""
        limits: list[tuple[str, str, int]] = []
        for role, person in (("applicant", self.applicant), ("child", self.child)):
            limits += [(f"{role}.{part}", getattr(person, part), MAX_NAME)
                       for part in ("surname", "name", "patronymic")]
        if self.kindergarten is not None:
            limits += [("kindergarten.name_kk", self.kindergarten.name_kk, MAX_LINE),
                       ("kindergarten.name_ru", self.kindergarten.name_ru, MAX_LINE),
                       ("kindergarten.address", self.kindergarten.address, MAX_LINE)]
        if self.category is not None:
            limits += [("category.kk", self.category.kk, MAX_LINE),
                       ("category.ru", self.category.ru, MAX_LINE)]
        if self.refusal_reason is not None:
            limits += [("refusal_reason.kk", self.refusal_reason.kk, MAX_TEXT),
                       ("refusal_reason.ru", self.refusal_reason.ru, MAX_TEXT)]
        limits.append(("service_centre", self.service_centre or "", MAX_NAME))
        for name, value, limit in limits:
            if len(value) > limit:
                raise ValueError(f"{name} is longer than {limit} characters")

    @property
    def queue_type(self) -> QueueType:
        """Ordinary (UO) or sanatorium (SDDO) queue, from the application number."""
        return ApplicationNumber.parse(self.application_number).queue_type

    @property
    def verify_url(self) -> str:
        """The central service's page that checks this document: what the QR code encodes."""
        return f"{self.verify_base_url}/documents/{self.document_id}/verify"
