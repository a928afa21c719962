"""Read side of the service: the journal, an application, free places, search, statistics.

Every function takes an open session; the citizen's reads filter by the token's IIN, the
public ones return no personal data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kiosk.central import models, places
from kiosk.central.documents_issue import OFFICIAL
from kiosk.central.errors import CentralError, ErrorCode
from kiosk.central.handlers import enrolled_elsewhere, fits
from kiosk.central.mapping import to_domain
from kiosk.central.queue import IN_QUEUE, positions
from kiosk.central.register import PersonRecord, PersonRegister
from kiosk.central.views import (
    ApplicationDetailView,
    ApplicationSummaryView,
    BenefitCategoryView,
    DistrictView,
    DocumentInfoView,
    FreePlaceView,
    HistoryView,
    KindergartenView,
    OfficialDocumentView,
    PermissionView,
    PersonView,
    QueueSearchResultView,
    ReferralView,
    RegionView,
    StatisticsRowView,
    StatisticsView,
)
from kiosk.domain import transitions
from kiosk.domain.application import interest_due_at
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus

RulesFor = Callable[[str], RegionRules]


def person_view(person: PersonRecord) -> PersonView:
    """The register's person as returned to its owner."""
    a = person.address
    return PersonView(iin=person.iin, surname=person.surname, name=person.name,
                      patronymic=person.patronymic, birth_date=person.birth_date,
                      sex=person.sex, phone=person.phone, city=a.city, district=a.district,
                      street=a.street, house=a.house, flat=a.flat)


# ------------------------------------------------------------------------------ reference

def regions(session: Session) -> list[RegionView]:
    """Every region served, by KATO code."""
    rows = session.scalars(select(models.Region).order_by(models.Region.kato))
    return [RegionView(r.kato, r.name_kk, r.name_ru) for r in rows]


def districts(session: Session, region_kato: str) -> list[DistrictView]:
    """The districts of a region."""
    if session.get(models.Region, region_kato) is None:
        raise CentralError(ErrorCode.REGION_UNKNOWN, region=region_kato)
    rows = session.scalars(select(models.District)
                           .where(models.District.region_kato == region_kato)
                           .order_by(models.District.kato))
    return [DistrictView(r.kato, r.region_kato, r.name_kk, r.name_ru) for r in rows]


def benefit_categories(session: Session) -> list[BenefitCategoryView]:
    """The active benefit categories, out-of-turn first."""
    rows = session.scalars(select(models.BenefitCategory)
                           .where(models.BenefitCategory.active.is_(True))
                           .order_by(models.BenefitCategory.sort_order,
                                     models.BenefitCategory.code))
    return [BenefitCategoryView(r.code, r.priority, r.name_kk, r.name_ru) for r in rows]


def kindergarten_view(k: models.Kindergarten) -> KindergartenView:
    """A kindergarten as listed."""
    return KindergartenView(
        id=k.id, code=k.code, district_kato=k.district_kato, name_kk=k.name_kk,
        name_ru=k.name_ru, address_kk=k.address_kk, address_ru=k.address_ru, phone=k.phone,
        latitude=k.latitude, longitude=k.longitude,
        languages=[x for x in k.languages.split(",") if x],
        sanatorium_profile=k.sanatorium_profile)


def kindergartens(session: Session, district_kato: str) -> list[KindergartenView]:
    """The kindergartens of a district."""
    if session.get(models.District, district_kato) is None:
        raise CentralError(ErrorCode.DISTRICT_UNKNOWN, district=district_kato)
    rows = session.scalars(select(models.Kindergarten)
                           .where(models.Kindergarten.district_kato == district_kato)
                           .order_by(models.Kindergarten.code))
    return [kindergarten_view(k) for k in rows]


# ------------------------------------------------------------------------------ the citizen

def _full_name(person: PersonRecord | None) -> str:
    return "" if person is None else person.full_name


def summaries(session: Session, rows: list[models.Application], register: PersonRegister,
              rules_for: RulesFor) -> list[ApplicationSummaryView]:
    """Journal rows of ``rows``."""
    numbers = positions(session, rows, rules_for)
    people: dict[str, PersonRecord | None] = {}

    def find(iin: str) -> PersonRecord | None:
        if iin not in people:
            people[iin] = register.find(iin)
        return people[iin]

    return [ApplicationSummaryView(
        number=r.number, queue_type=r.queue_type, child_iin=r.child_iin,
        child_name=_full_name(find(r.child_iin)), child_birth_date=r.child_birth_date,
        applicant_iin=r.applicant_iin, applicant_name=_full_name(find(r.applicant_iin)),
        registered_at=r.registered_at, status=r.status, priority=r.priority,
        benefit_category=r.benefit_category, queue_number=numbers[r.number].overall,
        category_queue_number=numbers[r.number].in_category) for r in rows]


def journal(session: Session, iin: str, register: PersonRegister,
            rules_for: RulesFor) -> list[ApplicationSummaryView]:
    """«Журнал заявлений» of the citizen: the applications they are the applicant of."""
    rows = list(session.scalars(select(models.Application)
                                .where(models.Application.applicant_iin == iin)
                                .order_by(models.Application.registered_at.desc(),
                                          models.Application.id.desc())))
    return summaries(session, rows, register, rules_for)


def own_application(session: Session, iin: str, number: str) -> models.Application:
    """The citizen's application; someone else's is 'not found' (its existence is not told)."""
    row = session.execute(select(models.Application)
                          .where(models.Application.number == number)
                          .options(selectinload(models.Application.history),
                                   selectinload(models.Application.documents))
                          ).scalar_one_or_none()
    if row is None or row.applicant_iin != iin:
        raise CentralError(ErrorCode.APPLICATION_NOT_FOUND, number=number)
    return row


def _fitting_groups(session: Session, row: models.Application,
                    ) -> list[tuple[models.KindergartenGroup, int, bool]]:
    """Groups with places this child may take now (the place offered on its turn, places in
    free choice): (group, how many, any in free choice)."""
    return [(g, count, choice) for g, count, choice in places.available_groups(session, row)
            if fits(row, g)]


def situation(session: Session, row: models.Application) -> transitions.Situation:
    """What the domain's guards need to know beyond the application."""
    groups = _fitting_groups(session, row)
    return transitions.Situation(free_places=bool(groups),
                                 free_choice=any(choice for _, _, choice in groups),
                                 enrolled_elsewhere=enrolled_elsewhere(session, row))


def _referral_view(session: Session, row: models.Application,
                   rules: RegionRules) -> ReferralView | None:
    app = to_domain(row)
    referral = app.referral
    if referral is None:
        return None
    garden = session.scalar(select(models.Kindergarten)
                            .where(models.Kindergarten.code == referral.kindergarten_id))
    return ReferralView(
        kindergarten_code=referral.kindergarten_id,
        kindergarten_name_kk=garden.name_kk if garden else "",
        kindergarten_name_ru=garden.name_ru if garden else "",
        address_kk=garden.address_kk if garden else "",
        address_ru=garden.address_ru if garden else "",
        issued_at=referral.issued_at, expires_at=referral.expires_at,
        last_day=referral.last_valid_day(rules.tz), extensions=referral.extensions,
        by_benefit=referral.by_benefit, free_choice=referral.free_choice,
        status=referral.status.value)


def application_detail(session: Session, iin: str, number: str, register: PersonRegister,
                       rules_for: RulesFor, now: datetime) -> ApplicationDetailView:
    """One application of the citizen with its history, documents and permitted actions."""
    row = own_application(session, iin, number)
    rules = rules_for(row.region_kato)
    app = to_domain(row)
    permissions = transitions.allowed_actions(app, now=max(now, app.last_change_at),
                                              rules=rules, calendar=rules.working_calendar(),
                                              situation=situation(session, row))
    applicant = register.find(row.applicant_iin)
    child = register.find(row.child_iin)
    summary = summaries(session, [row], register, rules_for)[0]
    return ApplicationDetailView(
        summary=summary,
        applicant=None if applicant is None else person_view(applicant),
        child=None if child is None else person_view(child),
        email=row.email, phone=row.phone, extra_email=row.extra_email,
        extra_phone=row.extra_phone, service_centre=row.service_centre,
        region_kato=row.region_kato, district_kato=row.district_kato,
        sanatorium_profile=row.sanatorium_profile, changed_at=row.changed_at,
        interest_due_at=None if row.status not in IN_QUEUE else interest_due_at(app, rules),
        stop_list_until=app.stop_list_until,
        referral=_referral_view(session, row, rules),
        history=[HistoryView(at=e.at, actor_kind=e.actor.kind.value, action=e.action.value,
                             from_status=None if e.from_status is None else e.from_status.value,
                             to_status=e.to_status.value, reason=e.reason.value,
                             comment=e.comment, service_centre=e.actor.service_centre or "",
                             details=[(k, v) for k, v in e.details]) for e in app.history],
        documents=[DocumentInfoView(d.id, d.kind, d.name, d.mime, d.created_at, len(d.content))
                   for d in row.documents if d.kind != OFFICIAL],
        actions=[PermissionView(a.value, p.allowed, None if p.reason is None else p.reason.value)
                 for a, p in permissions.items()],
        official_documents=[
            OfficialDocumentView(d.id, d.document_id, d.doc_type, d.language or "", d.created_at)
            for d in row.documents
            if d.kind == OFFICIAL and d.document_id is not None and d.doc_type is not None],
    )


def own_document(session: Session, iin: str, number: str,
                 document_id: int) -> models.Document:
    """A document of the citizen's application, for download or printing (an official one
    is rendered by :meth:`CentralService.document`)."""
    row = own_application(session, iin, number)
    for doc in row.documents:
        if doc.id == document_id:
            return doc
    raise CentralError(ErrorCode.NOT_FOUND, document=document_id)


def free_places(session: Session, iin: str, number: str) -> list[FreePlaceView]:
    """Places the citizen may choose for this application's child (year, district, queue)."""
    row = own_application(session, iin, number)
    return [FreePlaceView(
        place=g.id, kindergarten_code=g.kindergarten.code, name_kk=g.kindergarten.name_kk,
        name_ru=g.kindergarten.name_ru, language=g.language, phone=g.kindergarten.phone,
        place_type=g.place_type, release_date=g.release_date,
        address_kk=g.kindergarten.address_kk, address_ru=g.kindergarten.address_ru,
        latitude=g.kindergarten.latitude, longitude=g.kindergarten.longitude,
        free_places=count, free_choice=choice)
        for g, count, choice in _fitting_groups(session, row)]


# ------------------------------------------------------------------------------ public

def search_queue(session: Session, child_iins: Iterable[str],
                 rules_for: RulesFor) -> list[QueueSearchResultView]:
    """Public search: number, status, category and queue numbers of the children's applications."""
    iins = sorted(set(child_iins))
    if not iins:
        return []
    rows = list(session.scalars(select(models.Application)
                                .where(models.Application.child_iin.in_(iins))
                                .order_by(models.Application.registered_at.desc(),
                                          models.Application.id.desc())))
    numbers = positions(session, rows, rules_for)
    return [QueueSearchResultView(r.number, r.status, r.priority, r.benefit_category,
                                  numbers[r.number].overall, numbers[r.number].in_category)
            for r in rows]


def statistics(session: Session, region_kato: str | None, now: datetime) -> StatisticsView:
    """Counts by region, district, benefit class and birth year (public, no personal data)."""
    app = models.Application
    year = func.extract("year", app.child_birth_date)
    status_counts = {
        "queued": ApplicationStatus.QUEUED.value,
        "notified": ApplicationStatus.NOTIFIED.value,
        "referrals": ApplicationStatus.REFERRAL_ISSUED.value,
        "enrolled": ApplicationStatus.ENROLLED.value,
    }
    query = (select(app.region_kato, app.district_kato, app.priority, year, app.status,
                    func.count(app.id))
             .where(app.status.in_(list(status_counts.values())))
             .group_by(app.region_kato, app.district_kato, app.priority, year, app.status))
    if region_kato:
        query = query.where(app.region_kato == region_kato)
    table: dict[tuple[str, str, str, int], dict[str, int]] = {}
    for region, district, priority, birth_year, status, count in session.execute(query):
        cell = table.setdefault((region, district, priority, int(birth_year)),
                                dict.fromkeys(status_counts, 0))
        for name, value in status_counts.items():
            if status == value:
                cell[name] += int(count)
    rows = [StatisticsRowView(region, district, priority, year_, **counts)
            for (region, district, priority, year_), counts in sorted(table.items())]
    return StatisticsView(generated_at=now, rows=rows)

