"""What each signed request does, inside the transaction that stores it.

Each handler checks who signed (the applicant, or for a merge a parent of the child in the
register), loads the application locked for update, applies the domain's transition, keeps
the signed XML as evidence and the attachments as documents, and returns the outcome. A
refusal is a :class:`~kiosk.central.errors.CentralError`; the domain's refusals keep their
codes.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kiosk.central import models, places
from kiosk.central.errors import CentralError, ErrorCode
from kiosk.central.mapping import store, to_domain
from kiosk.central.numbering import next_number
from kiosk.central.protocol import (
    Attachment,
    ChangeBenefit,
    ChooseKindergarten,
    ConfirmInterest,
    ExtendReferral,
    MergeToParent,
    Register,
    RequestAction,
    RevokeReferral,
    SignedRequestDraft,
    Withdraw,
)
from kiosk.central.queue import positions
from kiosk.central.register import PersonRegister
from kiosk.central.signatures import VerifiedDocument
from kiosk.central.views import SubmitResultView
from kiosk.domain import transitions
from kiosk.domain.application import Application, RegistrationRequest
from kiosk.domain.benefit import NO_BENEFIT, Benefit, PriorityClass
from kiosk.domain.contacts import ContactError, normalize_email, normalize_phone
from kiosk.domain.errors import TransitionError, TransitionErrorCode
from kiosk.domain.history import SYSTEM, Actor, ActorKind
from kiosk.domain.numbers import QueueType
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus

LANGUAGES = ("kk", "ru")


@dataclass
class RequestContext:
    """Everything a handler needs about the request being applied."""

    session: Session
    draft: SignedRequestDraft
    signer: VerifiedDocument
    document: bytes
    now: datetime
    device_id: str
    register: PersonRegister
    rules_for: Callable[[str], RegionRules]

    @property
    def key(self) -> str:
        return self.draft.key

    def actor(self) -> Actor:
        """The signing citizen as the domain's actor, with the service centre of the clerk's
        desk the request came from (none from a kiosk)."""
        return Actor(ActorKind.APPLICANT, self.signer.signer_iin,
                     self.draft.service_centre or None)


Handler = Callable[[RequestContext], tuple[models.Application, str | None]]


def _domain(call: Callable[[], Application]) -> Application:
    try:
        return call()
    except TransitionError as error:
        raise CentralError.from_transition(error) from None


def _contact(field: str, value: str, normalise: Callable[[str], str]) -> str:
    if not value.strip():
        return ""
    try:
        return normalise(value)
    except ValueError as exc:
        code = exc.args[0] if exc.args and isinstance(exc.args[0], ContactError) else None
        raise CentralError(code.value if code else ErrorCode.BAD_REQUEST.value, 400,
                           field=field) from None


def _benefit(session: Session, category: str | None) -> Benefit:
    if category is None:
        return NO_BENEFIT
    row = session.get(models.BenefitCategory, category)
    if row is None or not row.active:
        raise CentralError(ErrorCode.BENEFIT_CATEGORY_UNKNOWN, category=category)
    return Benefit(PriorityClass(row.priority), row.code)


def _evidence(ctx: RequestContext, row: models.Application) -> None:
    row.documents.append(models.Document(
        kind="signed_request", name=f"{ctx.draft.action.value}-{ctx.key}.xml",
        mime="application/xml", created_at=ctx.now,
        sha256=hashlib.sha256(ctx.document).hexdigest(), content=ctx.document,
        request_key=ctx.key))


def _attachments(ctx: RequestContext, row: models.Application,
                 attachments: tuple[Attachment, ...]) -> None:
    for attachment in attachments:
        row.documents.append(models.Document(
            kind="benefit_document", name=attachment.name, mime=attachment.mime,
            created_at=ctx.now, sha256=attachment.sha256, content=attachment.content,
            request_key=ctx.key))


def load_for_update(session: Session, number: str) -> models.Application:
    """The application with this number, locked until the transaction ends."""
    query = (select(models.Application).where(models.Application.number == number)
             .options(selectinload(models.Application.history))
             .with_for_update(of=models.Application)
             .execution_options(populate_existing=True))
    row = session.execute(query).scalar_one_or_none()
    if row is None:
        raise CentralError(ErrorCode.APPLICATION_NOT_FOUND, number=number)
    return row


def _own(ctx: RequestContext, number: str) -> models.Application:
    row = load_for_update(ctx.session, number)
    if row.applicant_iin != ctx.signer.signer_iin:
        if ctx.register.is_parent(ctx.signer.signer_iin, row.child_iin):
            # A parent who is not the applicant merges the application first.
            raise CentralError(ErrorCode.SIGNER_NOT_APPLICANT, merge_possible=True)
        raise CentralError(ErrorCode.APPLICATION_NOT_FOUND, number=number)
    return row


# ---------------------------------------------------------------------------- registration

def register(ctx: RequestContext) -> tuple[models.Application, str | None]:
    """Put a child in the queue: a QUEUED application, or a REFUSED one with the reason."""
    payload = ctx.draft.payload
    assert isinstance(payload, Register)
    signer = ctx.signer.signer_iin
    if payload.applicant_iin != signer:
        raise CentralError(ErrorCode.SIGNER_NOT_APPLICANT)
    if ctx.register.find(signer) is None:
        raise CentralError(ErrorCode.PERSON_UNKNOWN)
    child = ctx.register.find(payload.child_iin)
    if child is None:
        raise CentralError(ErrorCode.CHILD_UNKNOWN)
    if not ctx.register.is_parent(signer, child.iin):
        raise CentralError(ErrorCode.NOT_PARENT)
    district = ctx.session.get(models.District, payload.district)
    if district is None:
        raise CentralError(ErrorCode.DISTRICT_UNKNOWN, district=payload.district)
    if payload.queue_type is QueueType.SANATORIUM and not payload.sanatorium_profile:
        raise CentralError(ErrorCode.SANATORIUM_PROFILE_REQUIRED)
    if payload.queue_type is QueueType.ORDINARY and payload.sanatorium_profile:
        raise CentralError(ErrorCode.REQUEST_MALFORMED, field="sanatorium_profile",
                           problem="ordinary_queue")
    if payload.language is not None and payload.language not in LANGUAGES:
        raise CentralError(ErrorCode.REQUEST_MALFORMED, field="language",
                           problem="unknown_value")
    if payload.applicant_language is not None and payload.applicant_language not in LANGUAGES:
        raise CentralError(ErrorCode.REQUEST_MALFORMED, field="applicant_language",
                           problem="unknown_value")
    benefit = _benefit(ctx.session, payload.benefit_category)
    contacts = {
        "email": _contact("email", payload.email, normalize_email),
        "phone": _contact("phone", payload.phone, normalize_phone),
        "extra_email": _contact("extra_email", payload.extra_email, normalize_email),
        "extra_phone": _contact("extra_phone", payload.extra_phone, normalize_phone),
    }
    rules = ctx.rules_for(district.region_kato)
    number = next_number(ctx.session, payload.queue_type, ctx.now.astimezone(rules.tz).year)
    existing = [to_domain(r) for r in ctx.session.scalars(
        select(models.Application).where(models.Application.child_iin == child.iin)
        .options(selectinload(models.Application.history)))]
    request = RegistrationRequest(number=number, child_iin=child.iin,
                                  child_birth_date=child.birth_date, applicant_iin=signer,
                                  benefit=benefit, district=district.kato)
    app = _domain(lambda: transitions.decide_registration(
        request, existing=existing, now=ctx.now, submitted_by=ctx.actor(),
        decided_by=SYSTEM, rules=rules))
    row = models.Application(
        region_kato=district.region_kato, district_kato=district.kato,
        sanatorium_profile=payload.sanatorium_profile, language=payload.language,
        service_centre=ctx.draft.service_centre, device_id=ctx.device_id,
        applicant_language=payload.applicant_language or payload.language or LANGUAGES[0],
        **contacts)
    store(row, app, ctx.key)
    ctx.session.add(row)
    _evidence(ctx, row)
    _attachments(ctx, row, payload.attachments)
    ctx.session.flush()
    reason = app.history[-1].reason.value if app.status is ApplicationStatus.REFUSED else None
    return row, reason


# ---------------------------------------------------------------------------- queue life

def _apply(ctx: RequestContext, row: models.Application,
           change: Callable[[Application, RegionRules], Application]) -> None:
    rules = ctx.rules_for(row.region_kato)
    app = _domain(lambda: change(to_domain(row), rules))
    store(row, app, ctx.key)
    _evidence(ctx, row)
    ctx.session.flush()
    places.follow(ctx.session, row, app.history[-1].action, ctx.now)


def confirm_interest(ctx: RequestContext) -> tuple[models.Application, str | None]:
    """«Подтвердить заинтересованность»."""
    payload = ctx.draft.payload
    assert isinstance(payload, ConfirmInterest)
    row = _own(ctx, payload.number)
    _apply(ctx, row, lambda app, rules: transitions.confirm_interest(
        app, now=ctx.now, actor=ctx.actor(), rules=rules, calendar=rules.working_calendar()))
    return row, None


def change_benefit(ctx: RequestContext) -> tuple[models.Application, str | None]:
    """«Изменить льготность», with the new benefit documents."""
    payload = ctx.draft.payload
    assert isinstance(payload, ChangeBenefit)
    row = _own(ctx, payload.number)
    benefit = _benefit(ctx.session, payload.benefit_category)
    _apply(ctx, row, lambda app, rules: transitions.change_benefit(
        app, benefit, now=ctx.now, actor=ctx.actor(), rules=rules,
        calendar=rules.working_calendar()))
    _attachments(ctx, row, payload.attachments)
    return row, None


def withdraw(ctx: RequestContext) -> tuple[models.Application, str | None]:
    """«Снять с очереди»."""
    payload = ctx.draft.payload
    assert isinstance(payload, Withdraw)
    row = _own(ctx, payload.number)
    _apply(ctx, row, lambda app, rules: transitions.withdraw(
        app, now=ctx.now, actor=ctx.actor(), rules=rules, calendar=rules.working_calendar(),
        comment=payload.comment))
    return row, None


# ---------------------------------------------------------------------------- referrals

def fits(row: models.Application, group: models.KindergartenGroup) -> bool:
    """True when the group's places are for this application's child and queue."""
    garden = group.kindergarten
    if garden.district_kato != row.district_kato:
        return False
    if group.birth_year != row.child_birth_date.year:
        return False
    if row.queue_type == QueueType.SANATORIUM.value:
        return garden.sanatorium_profile is not None and \
            garden.sanatorium_profile == row.sanatorium_profile
    return garden.sanatorium_profile is None


def enrolled_elsewhere(session: Session, row: models.Application) -> bool:
    """True when another application of the child has it enrolled (no departure recorded)."""
    query = select(models.Application.id).where(
        models.Application.child_iin == row.child_iin,
        models.Application.id != row.id,
        models.Application.status == ApplicationStatus.ENROLLED.value,
        models.Application.departed_at.is_(None)).limit(1)
    return session.execute(query).first() is not None


def _documents_date(payload: ChooseKindergarten) -> date | None:
    if payload.benefit_documents_date is not None:
        return payload.benefit_documents_date
    dates = [a.issued_on for a in payload.attachments if a.issued_on is not None]
    return max(dates) if dates else None


def choose_kindergarten(ctx: RequestContext) -> tuple[models.Application, str | None]:
    """«Выбрать детский сад» → a referral to the chosen place; the place is taken."""
    payload = ctx.draft.payload
    assert isinstance(payload, ChooseKindergarten)
    row = _own(ctx, payload.number)
    group = ctx.session.execute(
        select(models.KindergartenGroup).where(models.KindergartenGroup.id == payload.place)
        .with_for_update().execution_options(populate_existing=True)).scalar_one_or_none()
    if group is None:
        raise CentralError(ErrorCode.KINDERGARTEN_UNKNOWN, place=payload.place)
    if not fits(row, group):
        raise CentralError(ErrorCode.PLACE_NOT_SUITABLE, place=payload.place)
    offer = places.offer_in(ctx.session, row, group.id)
    situation = transitions.Situation(free_places=offer.free_places,
                                      free_choice=offer.free_choice,
                                      enrolled_elsewhere=enrolled_elsewhere(ctx.session, row))
    _apply(ctx, row, lambda app, rules: transitions.issue_referral(
        app, group.kindergarten.code, now=ctx.now, actor=ctx.actor(), rules=rules,
        calendar=rules.working_calendar(), situation=situation,
        benefit_documents_date=_documents_date(payload)))
    _attachments(ctx, row, payload.attachments)
    places.take(ctx.session, row, group, ctx.now)
    row.kindergarten_id = group.kindergarten_id
    row.group_id = group.id
    return row, None


def extend_referral(ctx: RequestContext) -> tuple[models.Application, str | None]:
    """«Продлить направление»."""
    payload = ctx.draft.payload
    assert isinstance(payload, ExtendReferral)
    row = _own(ctx, payload.number)
    _apply(ctx, row, lambda app, rules: transitions.extend_referral(
        app, payload.until, payload.reason, now=ctx.now, actor=ctx.actor(), rules=rules,
        calendar=rules.working_calendar()))
    return row, None


def release_place(session: Session, row: models.Application) -> None:
    """Forget the referral's kindergarten and group (:func:`places.follow` has already given
    the place back: to free choice if it was taken from there, else to the allocation)."""
    row.kindergarten_id = None
    row.group_id = None


def revoke_referral(ctx: RequestContext) -> tuple[models.Application, str | None]:
    """«Отозвать направление» within the window: back to the queue, the place freed."""
    payload = ctx.draft.payload
    assert isinstance(payload, RevokeReferral)
    row = _own(ctx, payload.number)
    _apply(ctx, row, lambda app, rules: transitions.revoke_referral(
        app, now=ctx.now, actor=ctx.actor(), rules=rules, calendar=rules.working_calendar()))
    release_place(ctx.session, row)
    return row, None


def merge_to_parent(ctx: RequestContext) -> tuple[models.Application, str | None]:
    """The signing parent becomes the application's applicant.

    The domain has no transition for it (the status does not change), so it is recorded by
    the stored signed request and the evidence document, not as a history line.
    """
    payload = ctx.draft.payload
    assert isinstance(payload, MergeToParent)
    row = load_for_update(ctx.session, payload.number)
    signer = ctx.signer.signer_iin
    if row.applicant_iin == signer:
        raise CentralError(ErrorCode.ALREADY_APPLICANT)
    if not ctx.register.is_parent(signer, row.child_iin):
        raise CentralError(ErrorCode.NOT_PARENT)
    if row.status in (ApplicationStatus.REMOVED.value, ApplicationStatus.REFUSED.value):
        raise CentralError(TransitionErrorCode.APPLICATION_CLOSED.value, 409,
                           status=row.status)
    app = dataclasses.replace(to_domain(row), applicant_iin=signer)
    store(row, app, ctx.key)
    _evidence(ctx, row)
    return row, None


HANDLERS: dict[RequestAction, Handler] = {
    RequestAction.REGISTER: register,
    RequestAction.CONFIRM_INTEREST: confirm_interest,
    RequestAction.CHANGE_BENEFIT: change_benefit,
    RequestAction.WITHDRAW: withdraw,
    RequestAction.CHOOSE_KINDERGARTEN: choose_kindergarten,
    RequestAction.EXTEND_REFERRAL: extend_referral,
    RequestAction.REVOKE_REFERRAL: revoke_referral,
    RequestAction.MERGE_TO_PARENT: merge_to_parent,
}


def outcome(ctx: RequestContext, row: models.Application, reason: str | None,
            replayed: bool = False) -> SubmitResultView:
    """The answer to a processed request."""
    position = positions(ctx.session, [row], ctx.rules_for)[row.number]
    return SubmitResultView(
        key=ctx.key, action=ctx.draft.action.value, number=row.number, status=row.status,
        reason=reason, queue_number=position.overall,
        category_queue_number=position.in_category, accepted_at=ctx.now, replayed=replayed)
