"""The output documents of an application («Общие документы»), built from what the central
database says about it and rendered by :mod:`kiosk.documents` on demand.

Which documents an application has follows its life: the registration notices from the
start, the referral (and the child's card) once a referral was issued, the notice of
completion once enrolled, the confirmation of interest once confirmed, the notice of refusal
for a refused registration. Each document's id is derived from the application number, its
type and its date, so the same document printed twice carries the same id.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.central.views import ApplicationDetailView, BenefitCategoryView, PersonView
from kiosk.documents.model import (
    Bilingual,
    DocType,
    DocumentData,
    Kindergarten,
    Language,
    PersonData,
)
from kiosk.domain.rules import RegionRules

DOCUMENT_NAMESPACE = uuid.UUID("6c3f0d52-8a1e-4f57-9a51-2b1b0f1c9e41")
REFUSAL_REASONS = {
    "child_too_old": Bilingual("Баланың жасы 7-де немесе одан үлкен",
                               "Возраст ребенка 7 лет и старше"),
    "duplicate_application": Bilingual("Балаға белсенді өтініш бұрыннан бар",
                                       "На ребенка уже подано действующее заявление"),
    "invalid_iin": Bilingual("ЖСН қате", "Неверный ИИН"),
    "invalid_birth_date": Bilingual("Туған күні қате", "Неверная дата рождения"),
}


@dataclass(frozen=True)
class GeneratedDocument:
    """A document the kiosk can render for the application."""

    kind: DocType
    created_at: datetime


def _person(view: PersonView | None) -> PersonData | None:
    if view is None:
        return None
    return PersonData(view.iin, view.surname, view.name, view.patronymic, view.birth_date)


def documents_of(detail: ApplicationDetailView) -> list[GeneratedDocument]:
    """The output documents the application has now, in the order they arose."""
    if detail.applicant is None or detail.child is None:
        return []  # the register does not know a person: nothing can be certified
    summary = detail.summary
    registered = summary.registered_at
    if summary.status == "refused":
        return [GeneratedDocument(DocType.REFUSAL, registered)]
    found = [GeneratedDocument(DocType.REGISTRATION, registered),
             GeneratedDocument(DocType.ACCEPTANCE, registered),
             GeneratedDocument(DocType.BOOK_ENTRY, registered)]
    confirmations = [h.at for h in detail.history if h.action == "confirm_interest"]
    if confirmations:
        found.append(GeneratedDocument(DocType.INTEREST_CONFIRMED, confirmations[-1]))
    referral = detail.referral
    if referral is not None:
        kind = DocType.SANATORIUM_REFERRAL if summary.queue_type == "SDDO" else DocType.REFERRAL
        found.append(GeneratedDocument(DocType.CHILD_CARD, referral.issued_at))
        found.append(GeneratedDocument(kind, referral.issued_at))
        if summary.status == "enrolled":
            enrolled = next((h.at for h in reversed(detail.history) if h.action == "enrol"),
                            detail.changed_at)
            found.append(GeneratedDocument(DocType.COMPLETION, enrolled))
    return found


def document_data(detail: ApplicationDetailView, document: GeneratedDocument, language: str,
                  categories: Sequence[BenefitCategoryView], verify_base_url: str,
                  rules: RegionRules) -> DocumentData:
    """What ``document`` certifies, in ``language`` ("kk" or "ru")."""
    summary = detail.summary
    applicant, child = _person(detail.applicant), _person(detail.child)
    if applicant is None or child is None:
        raise ValueError("the register does not know the applicant or the child")
    category = None
    named = {c.code: c for c in categories}
    if summary.benefit_category in named:
        found = named[summary.benefit_category]  # type: ignore[index]
        category = Bilingual(found.name_kk, found.name_ru)
    kindergarten = None
    valid_until: date | None = None
    referral = detail.referral
    if referral is not None:
        address = referral.address_kk if language == "kk" else referral.address_ru
        if referral.kindergarten_name_kk and referral.kindergarten_name_ru and address:
            kindergarten = Kindergarten(referral.kindergarten_name_kk,
                                        referral.kindergarten_name_ru, address)
        valid_until = referral.last_day
    if document.kind is DocType.INTEREST_CONFIRMED and detail.interest_due_at is not None:
        valid_until = detail.interest_due_at.astimezone(rules.tz).date()
    key = f"{summary.number}/{document.kind.value}/{document.created_at.isoformat()}"
    reason = None
    if document.kind is DocType.REFUSAL:
        code = next((h.reason for h in detail.history if h.action == "refuse"), "")
        reason = REFUSAL_REASONS.get(code, Bilingual("Қызмет көрсетуден бас тартылды",
                                                     "Отказано в оказании услуги"))
    return DocumentData(
        doc_type=document.kind,
        document_id=str(uuid.uuid5(DOCUMENT_NAMESPACE, key)),
        language=Language(language),
        issued_at=document.created_at.astimezone(rules.tz),
        application_number=summary.number,
        applicant=applicant,
        child=child,
        verify_base_url=verify_base_url,
        registered_at=summary.registered_at.astimezone(rules.tz),
        queue_number=summary.queue_number or None,
        queue_number_in_category=summary.category_queue_number or None,
        category=category,
        kindergarten=kindergarten,
        valid_until=valid_until if document.kind in (
            DocType.REFERRAL, DocType.SANATORIUM_REFERRAL, DocType.INTEREST_CONFIRMED) else None,
        refusal_reason=reason,
        service_centre=detail.service_centre or None,
    )


def render_document(detail: ApplicationDetailView, document: GeneratedDocument, language: str,
                    categories: Sequence[BenefitCategoryView], verify_base_url: str,
                    rules: RegionRules) -> bytes:
    """The PDF of ``document`` (slow: call it off the UI thread)."""
    from kiosk.documents.render import render

    return render(document_data(detail, document, language, categories, verify_base_url, rules))
