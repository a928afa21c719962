"""The official documents the central service issues at each step of an application.

As the portals do, each transition issues its documents («Общие документы»):

* registration: «Уведомление о регистрации», «Извещение о приеме документов», «Регистрация
  ребенка в книге учета», «Карточка ребенка»;
* a refused registration: the notice of refusal with its reason;
* a referral, and its extension: «Направление в ДДО» or «Направление в санаторный детский сад»;
* a confirmed interest: «Подтверждение заинтересованности»;
* an enrolment: «Извещение о завершении оказания услуги».

:func:`issue_for_request` runs inside the transaction of the signed request, after its
handler; a transition applied elsewhere (the scheduler, a kindergarten's enrolment) calls
:func:`issue_for_history` with the history rows it added.

Storage decision: a document is stored as its canonical certified JSON
(:func:`kiosk.documents.certified_json`), not as PDF bytes. The JSON *is* what the document
certifies: its SHA-256 is the certified digest (kept in ``sha256``, so the row checks
itself), it is about 1 KB where the PDF with its embedded fonts is about 80 KB, and issuing
costs no rendering inside the request's transaction (a registration issues four documents;
rendering them would add a second to every registration). The PDF is rendered on demand
from it (:func:`render_pdf`, deterministic for the same data), so it always points at the
service's current public address and carries the current renderer's fixes, while the digest,
which leaves out such presentation, stays the same.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.central import models
from kiosk.central.mapping import to_domain
from kiosk.central.queue import positions
from kiosk.central.register import PersonRecord, PersonRegister
from kiosk.documents.digest import DIGEST_VERSION, certified_digest, certified_json
from kiosk.documents.model import (
    Bilingual,
    DocType,
    DocumentData,
    Kindergarten,
    Language,
    PersonData,
)
from kiosk.domain.application import Application, interest_due_at
from kiosk.domain.history import Action
from kiosk.domain.numbers import QueueType
from kiosk.domain.rules import RegionRules
from kiosk.logs import get_logger

_log = get_logger("central")

OFFICIAL = "official_document"
"""``Document.kind`` of an issued official document."""
PDF_MIME = "application/pdf"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8000"
"""Where a central service listens unless ``[central] public_url`` says otherwise."""
DEFAULT_LANGUAGE = Language.KK
"""The language of an application that did not name one (the state language)."""

RulesFor = Callable[[str], RegionRules]

_QUEUE_DOCUMENTS = (DocType.REGISTRATION, DocType.ACCEPTANCE, DocType.BOOK_ENTRY,
                    DocType.CHILD_CARD, DocType.INTEREST_CONFIRMED)
REFERRAL_TYPES = (DocType.REFERRAL, DocType.SANATORIUM_REFERRAL)

_ISSUED_ON: Mapping[str, tuple[DocType, ...]] = {
    Action.REGISTER.value: (DocType.REGISTRATION, DocType.ACCEPTANCE, DocType.BOOK_ENTRY,
                            DocType.CHILD_CARD),
    Action.REFUSE.value: (DocType.REFUSAL,),
    Action.CONFIRM_INTEREST.value: (DocType.INTEREST_CONFIRMED,),
    Action.ISSUE_REFERRAL.value: (DocType.REFERRAL,),
    Action.EXTEND_REFERRAL.value: (DocType.REFERRAL,),
    Action.ENROL.value: (DocType.COMPLETION,),
}

REFUSAL_REASONS: Mapping[str, Bilingual] = {
    "child_too_old": Bilingual("Баланың жасы 7-де немесе одан үлкен",
                               "Возраст ребенка 7 лет и старше"),
    "duplicate_application": Bilingual("Балаға белсенді өтініш бұрыннан бар",
                                       "На ребенка уже подано действующее заявление"),
    "invalid_iin": Bilingual("ЖСН қате", "Неверный ИИН"),
    "invalid_birth_date": Bilingual("Туған күні қате", "Неверная дата рождения"),
}
"""The printed reason of a refusal, by the history's reason code."""
_OTHER_REFUSAL = Bilingual("Қызмет көрсетуден бас тартылды", "Отказано в оказании услуги")


def documents_for(action: str, queue_type: str) -> tuple[DocType, ...]:
    """The document types a transition issues (a sanatorium application's referral is one to
    a sanatorium kindergarten)."""
    kinds = _ISSUED_ON.get(action, ())
    if queue_type == QueueType.SANATORIUM.value:
        kinds = tuple(DocType.SANATORIUM_REFERRAL if k is DocType.REFERRAL else k for k in kinds)
    return kinds


def _person(record: PersonRecord) -> PersonData:
    return PersonData(iin=record.iin, surname=record.surname, name=record.name,
                      patronymic=record.patronymic, birth_date=record.birth_date)


def _local(moment: datetime, rules: RegionRules) -> datetime:
    """The moment in the region's time zone, to the second, as the document prints it."""
    return moment.astimezone(rules.tz).replace(microsecond=0)


def _category(session: Session, code: str | None) -> Bilingual | None:
    if code is None:
        return None
    row = session.get(models.BenefitCategory, code)
    return None if row is None else Bilingual(row.name_kk, row.name_ru)


def _kindergarten(session: Session, code: str, language: Language) -> Kindergarten | None:
    row = session.scalar(select(models.Kindergarten).where(models.Kindergarten.code == code))
    if row is None:
        return None
    address = row.address_kk if language is Language.KK else row.address_ru
    return Kindergarten(name_kk=row.name_kk, name_ru=row.name_ru,
                        address=address or row.address_ru or row.address_kk)


def application_language(row: models.Application) -> Language:
    """The applicant's language (``applicant_language``; ``language`` is the language of
    instruction asked for), in which the application's documents are printed."""
    try:
        return Language(row.applicant_language) if row.applicant_language else DEFAULT_LANGUAGE
    except ValueError:
        return DEFAULT_LANGUAGE


@dataclass(frozen=True)
class _Facts:
    """What the documents issued for one change of an application share, read once."""

    row: models.Application
    rules: RegionRules
    language: Language
    applicant: PersonData
    child: PersonData
    app: Application
    category: Bilingual | None
    queue_number: int | None
    queue_number_in_category: int | None
    kindergarten: Kindergarten | None


def _facts(session: Session, row: models.Application, register: PersonRegister,
           rules_for: RulesFor, kinds: set[DocType]) -> _Facts | None:
    """The application after the change, its persons from the register (None when the
    register does not know one), and what ``kinds`` of documents need besides."""
    with session.no_autoflush:  # the documents being issued need not be written yet
        applicant = register.find(row.applicant_iin)
        child = register.find(row.child_iin)
        if applicant is None or child is None:
            return None
        language = application_language(row)
        app = to_domain(row)
        queue_number = in_category = None
        if kinds & set(_QUEUE_DOCUMENTS):
            position = positions(session, [row], rules_for)[row.number]
            queue_number, in_category = position.overall or None, position.in_category or None
        kindergarten = None
        if app.referral is not None and kinds & {*REFERRAL_TYPES, DocType.COMPLETION}:
            kindergarten = _kindergarten(session, app.referral.kindergarten_id, language)
        return _Facts(row=row, rules=rules_for(row.region_kato), language=language,
                      applicant=_person(applicant), child=_person(child), app=app,
                      category=_category(session, row.benefit_category),
                      queue_number=queue_number, queue_number_in_category=in_category,
                      kindergarten=kindergarten)


def _document_data(facts: _Facts, kind: DocType, entry: models.HistoryRecord) -> DocumentData:
    """What a document of ``kind`` issued for history ``entry`` certifies; its service centre
    is the clerk's desk of ``entry``, else the one the application was registered at."""
    row, rules, app = facts.row, facts.rules, facts.app
    queue = kind in _QUEUE_DOCUMENTS
    valid_until: date | None = None
    if kind in REFERRAL_TYPES and app.referral is not None:
        valid_until = app.referral.last_valid_day(rules.tz)
    if kind is DocType.INTEREST_CONFIRMED:
        valid_until = interest_due_at(app, rules).astimezone(rules.tz).date()
    return DocumentData(
        doc_type=kind,
        document_id=str(uuid.uuid4()),
        language=facts.language,
        issued_at=_local(entry.at, rules),
        application_number=row.number,
        applicant=facts.applicant,
        child=facts.child,
        verify_base_url=DEFAULT_PUBLIC_URL,  # presentation: rendered with the current one
        registered_at=_local(row.registered_at, rules),
        queue_number=facts.queue_number if queue else None,
        queue_number_in_category=facts.queue_number_in_category if queue else None,
        category=facts.category,
        kindergarten=facts.kindergarten if kind in (*REFERRAL_TYPES, DocType.COMPLETION)
        else None,
        valid_until=valid_until,
        refusal_reason=REFUSAL_REASONS.get(entry.reason, _OTHER_REFUSAL)
        if kind is DocType.REFUSAL else None,
        service_centre=entry.service_centre or row.service_centre or None,
    )


def _store(row: models.Application, data: DocumentData,
           entry: models.HistoryRecord) -> models.Document:
    document = models.Document(
        kind=OFFICIAL, name=f"{data.doc_type.value}-{data.application_number}.pdf",
        mime=PDF_MIME, created_at=entry.at, sha256=certified_digest(data),
        content=certified_json(data), request_key=entry.request_key,
        document_id=data.document_id, doc_type=data.doc_type.value,
        language=data.language.value)
    row.documents.append(document)
    return document


def issue_for_history(session: Session, row: models.Application,
                      entries: Iterable[models.HistoryRecord], *, register: PersonRegister,
                      rules_for: RulesFor) -> list[models.Document]:
    """Issue the documents of ``entries``, history rows just added to ``row`` (whose state is
    already the one after them); they join ``row.documents`` in this session's transaction.

    A document whose data the model refuses (a register record it cannot certify) is
    logged and left out: the transition itself stands.
    """
    planned = [(entry, kind) for entry in entries
               for kind in documents_for(entry.action, row.queue_type)]
    if not planned:
        return []
    try:
        facts = _facts(session, row, register, rules_for, {kind for _, kind in planned})
    except ValueError as exc:
        _log.error("documents of %s not issued: %s", row.number, type(exc).__name__)
        return []
    if facts is None:
        _log.warning("documents of %s not issued: a person is not in the register", row.number)
        return []
    issued: list[models.Document] = []
    for entry, kind in planned:
        try:
            data = _document_data(facts, kind, entry)
        except ValueError as exc:
            _log.error("document %s of %s not issued: %s", kind.value, row.number,
                       type(exc).__name__)
            continue
        issued.append(_store(row, data, entry))
    return issued


def issue_for_request(session: Session, row: models.Application, request_key: str, *,
                      register: PersonRegister, rules_for: RulesFor) -> list[models.Document]:
    """Issue the documents of what the signed request ``request_key`` changed in ``row``."""
    entries = [h for h in row.history if h.request_key == request_key]
    return issue_for_history(session, row, entries, register=register, rules_for=rules_for)


# ------------------------------------------------------------------ reading them back

def _date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _datetime(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _person_back(value: Mapping[str, Any]) -> PersonData:
    return PersonData(iin=value["iin"], surname=value["surname"], name=value["name"],
                      patronymic=value["patronymic"],
                      birth_date=date.fromisoformat(value["birth_date"]))


def _bilingual_back(value: Mapping[str, Any] | None) -> Bilingual | None:
    return None if value is None else Bilingual(kk=value["kk"], ru=value["ru"])


def certified(document: models.Document) -> dict[str, Any]:
    """The certified fields of a stored official document."""
    fields: dict[str, Any] = json.loads(document.content)
    if fields.get("v") != DIGEST_VERSION:
        raise ValueError(f"certified JSON of version {fields.get('v')!r}")
    return fields


def stored_data(document: models.Document,
                verify_base_url: str = DEFAULT_PUBLIC_URL) -> DocumentData:
    """The DocumentData of a stored official document, printed in its language and
    pointing at ``verify_base_url``; its certified digest is checked against the row's."""
    if document.kind != OFFICIAL:
        raise ValueError("not an official document")
    f = certified(document)
    garden = f["kindergarten"]
    data = DocumentData(
        doc_type=DocType(f["type"]),
        document_id=f["document_id"],
        language=Language(document.language or DEFAULT_LANGUAGE),
        issued_at=datetime.fromisoformat(f["issued_at"]),
        application_number=f["application_number"],
        applicant=_person_back(f["applicant"]),
        child=_person_back(f["child"]),
        verify_base_url=verify_base_url,
        registered_at=_datetime(f["registered_at"]),
        queue_number=f["queue_number"],
        queue_number_in_category=f["queue_number_in_category"],
        category=_bilingual_back(f["category"]),
        kindergarten=None if garden is None else Kindergarten(
            name_kk=garden["name_kk"], name_ru=garden["name_ru"], address=garden["address"]),
        valid_until=_date(f["valid_until"]),
        refusal_reason=_bilingual_back(f["refusal_reason"]),
        service_centre=f["service_centre"],
    )
    if certified_digest(data) != document.sha256:
        raise ValueError(f"stored document {document.document_id} does not match its digest")
    return data


def render_pdf(data: DocumentData) -> bytes:
    """The A4 PDF of a document (about 0.2 s: call it outside a transaction)."""
    from kiosk.documents.render import render

    return render(data)
