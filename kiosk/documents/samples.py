"""Demo documents: the people of the demo register, in a plausible life of an application."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

from kiosk.documents.model import (Bilingual, DocType, DocumentData, Kindergarten, Language,
                                   PersonData)
from kiosk.domain.demo_register import DEMO_ADULTS, Person, children_of

DEMO_VERIFY_BASE_URL = "http://127.0.0.1:8000"
"""Where a demo central service listens; documents for real use get it from the settings."""

KZ_TIME = timezone(timedelta(hours=5), "Asia/Almaty")  # one time zone, UTC+5, since 2024

_SAMPLE_NAMESPACE = uuid.UUID("6f1c2a44-8f2e-4d0b-9a55-0b5a1a6d2c10")

MANY_CHILDREN = Bilingual(kk="Көп балалы отбасылардың балалары",
                          ru="Дети из многодетных семей")
AGE_OVER_7 = Bilingual(kk="Баланың жасы 7-ден асқан", ru="Возраст ребенка старше 7 лет")

STATE_KINDERGARTEN = Kindergarten(
    name_kk="Қарағанды қаласы әкімдігінің «№ 12 «Балдырған» бөбекжай-бақшасы» КМҚК",
    name_ru="КГКП «Ясли-сад № 12 «Балдырган» акимата города Караганды",
    address="Қарағанды қ., Бұқар жырау даңғылы, 53",
)
SANATORIUM_KINDERGARTEN = Kindergarten(
    name_kk="«№ 21 санаторлық бөбекжай-бақшасы» КММ",
    name_ru="КГУ «Санаторный ясли-сад № 21»",
    address="Шымкент қ., Тәуке хан даңғылы, 88",
)


def person_data(person: Person) -> PersonData:
    """What a document certifies about a person of the register."""
    return PersonData(iin=person.iin, surname=person.surname, name=person.name,
                      patronymic=person.patronymic, birth_date=person.birth_date)


def _at(y: int, m: int, d: int, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, ss, tzinfo=KZ_TIME)


def _adult(given_name: str) -> Person:
    return next(p for p in DEMO_ADULTS if p.name == given_name)


def sample_data(doc_type: DocType | str, lang: Language | str, *,
                verify_base_url: str = DEMO_VERIFY_BASE_URL) -> DocumentData:
    """A complete demo document of this type in this language (deterministic)."""
    kind, language = DocType(doc_type), Language(lang)
    document_id = str(uuid.uuid5(_SAMPLE_NAMESPACE, f"{kind.value}/{language.value}"))
    common = {"doc_type": kind, "document_id": document_id, "language": language,
              "verify_base_url": verify_base_url}

    if kind is DocType.REFUSAL:
        # Ғалым asks to queue Ұлан, who is already seven: the service refuses.
        galym = _adult("Ғалым")
        ulan = next(c for c in children_of(galym.iin) if c.name == "Ұлан")
        return DocumentData(**common, issued_at=_at(2026, 3, 5, 10, 2, 15),
                            application_number="UO.2026.000131.1",
                            applicant=person_data(galym), child=person_data(ulan),
                            registered_at=_at(2026, 3, 5, 10, 2, 11),
                            refusal_reason=AGE_OVER_7, service_centre="003")

    if kind is DocType.SANATORIUM_REFERRAL:
        # Ғалым's son Әлихан, in the sanatorium queue since September.
        galym = _adult("Ғалым")
        alikhan = next(c for c in children_of(galym.iin) if c.name == "Әлихан")
        return DocumentData(**common, issued_at=_at(2026, 3, 5, 11, 20),
                            application_number="SDDO.2025.000456.1",
                            applicant=person_data(galym), child=person_data(alikhan),
                            registered_at=_at(2025, 9, 3, 14, 57, 44), queue_number=6,
                            kindergarten=SANATORIUM_KINDERGARTEN, valid_until=date(2026, 3, 13))

    # Әйгерім's son Нұрислам, in the ordinary queue as a child of a large family.
    aigerim = _adult("Әйгерім")
    nurislam = next(c for c in children_of(aigerim.iin) if c.name == "Нұрислам")
    registered = _at(2025, 3, 2, 9, 41, 27)
    issued = {
        DocType.REGISTRATION: registered + timedelta(seconds=3),
        DocType.ACCEPTANCE: registered + timedelta(seconds=3),
        DocType.BOOK_ENTRY: registered + timedelta(seconds=4),
        DocType.CHILD_CARD: _at(2025, 3, 3, 10, 0, 12),
        DocType.INTEREST_CONFIRMED: _at(2026, 2, 20, 16, 45, 3),
        DocType.REFERRAL: _at(2026, 3, 5, 11, 20, 9),
        DocType.COMPLETION: _at(2026, 3, 10, 9, 15, 40),
    }[kind]
    valid_until = {DocType.REFERRAL: date(2026, 3, 13),
                   DocType.INTEREST_CONFIRMED: date(2027, 3, 2)}.get(kind)
    queue = {DocType.INTEREST_CONFIRMED: (312, 41), DocType.REFERRAL: (1, 1),
             DocType.COMPLETION: (None, None)}.get(kind, (1834, 257))
    return DocumentData(**common, issued_at=issued, application_number="UO.2025.000123.1",
                        applicant=person_data(aigerim), child=person_data(nurislam),
                        registered_at=registered, queue_number=queue[0],
                        queue_number_in_category=queue[1], category=MANY_CHILDREN,
                        kindergarten=STATE_KINDERGARTEN if kind in (
                            DocType.REFERRAL, DocType.COMPLETION) else None,
                        valid_until=valid_until, service_centre="003")
