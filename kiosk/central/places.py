"""Free places, one row per place: published by a kindergarten, offered, chosen, filled.

A place belongs to a kindergarten group (birth year, language of instruction, place type)
and is allocated within a *pool*: the district, queue type (ordinary or the sanatorium
profile) and birth year. Its life:

============ ======================================================================
open         published, waiting for the allocation to give it to the next child
offered      the turn of ``holder_id`` («Направлено уведомление») until ``offer_expires_at``
free_choice  the turn lapsed: any queued child of the group year may take it
referred     a referral to it is valid (``holder_id``, ``via`` how it was taken)
occupied     the child was enrolled
withdrawn    the kindergarten took it back before anyone took it
============ ======================================================================

The group's ``free_places`` / ``free_choice`` columns are kept as a summary (places not yet
taken, and whether one is in free choice) for the lists the kiosk shows.

:func:`follow` keeps an application's places in step with its status after any transition,
so the citizen's requests, the deadlines and the staff all move places the same way.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from kiosk.central import models
from kiosk.central.errors import CentralError, ErrorCode
from kiosk.domain.history import Action
from kiosk.domain.numbers import QueueType
from kiosk.domain.statuses import ApplicationStatus

S = ApplicationStatus


class PlaceStatus(enum.Enum):
    """The state of a published place; the value is stored."""

    OPEN = "open"
    OFFERED = "offered"
    FREE_CHOICE = "free_choice"
    REFERRED = "referred"
    OCCUPIED = "occupied"
    WITHDRAWN = "withdrawn"


AVAILABLE = (PlaceStatus.OPEN.value, PlaceStatus.OFFERED.value, PlaceStatus.FREE_CHOICE.value)
"""Places not yet taken (the group's ``free_places``)."""
PLACE_TYPES = ("ordinary", "temporary")
LANGUAGES = ("kk", "ru")


@dataclass(frozen=True)
class Pool:
    """Where a place is allocated: district, queue type, sanatorium profile, birth year."""

    district_kato: str
    queue_type: str
    profile: str | None
    birth_year: int

    @classmethod
    def of_place(cls, place: models.Place) -> Pool:
        return cls(place.district_kato, place.queue_type, place.sanatorium_profile,
                   place.birth_year)

    @property
    def key(self) -> str:
        """A stable text key (logs, cursors)."""
        return f"{self.district_kato}/{self.queue_type}/{self.profile or '-'}/{self.birth_year}"


def queue_type_of(garden: models.Kindergarten) -> str:
    """The queue a kindergarten's places are for."""
    return QueueType.SANATORIUM.value if garden.sanatorium_profile else QueueType.ORDINARY.value


def event(session: Session, at: datetime, kind: str, *, actor_kind: str, actor_ident: str = "",
          application_id: int | None = None, place_id: int | None = None, reason: str = "",
          **details: object) -> None:
    """Record a queue event (what the engine did besides the applications' history)."""
    session.add(models.QueueEvent(
        at=at, kind=kind, application_id=application_id, place_id=place_id,
        actor_kind=actor_kind, actor_ident=actor_ident, reason=reason,
        details_json=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True)))


# ------------------------------------------------------------------------------ publishing

def group_for(session: Session, garden: models.Kindergarten, birth_year: int, language: str,
              place_type: str) -> models.KindergartenGroup:
    """The kindergarten's group for the year, language and place type (created if missing)."""
    group = session.scalar(select(models.KindergartenGroup).where(
        models.KindergartenGroup.kindergarten_id == garden.id,
        models.KindergartenGroup.birth_year == birth_year,
        models.KindergartenGroup.language == language,
        models.KindergartenGroup.place_type == place_type).order_by(models.KindergartenGroup.id)
        .limit(1))
    if group is None:
        group = models.KindergartenGroup(kindergarten_id=garden.id, birth_year=birth_year,
                                         language=language, capacity=0, free_places=0,
                                         place_type=place_type, free_choice=False)
        session.add(group)
        session.flush()
    return group


def publish(session: Session, garden: models.Kindergarten, *, birth_year: int, language: str,
            count: int, place_type: str = "ordinary", release_date: date | None = None,
            queue_type: str | None = None, now: datetime, by: str) -> list[models.Place]:
    """Publish ``count`` free places of a group; they wait (``open``) for the allocation."""
    if language not in LANGUAGES:
        raise CentralError(ErrorCode.BAD_REQUEST, 422, field="language")
    if place_type not in PLACE_TYPES:
        raise CentralError(ErrorCode.BAD_REQUEST, 422, field="place_type")
    if not 1 <= count <= 500:
        raise CentralError(ErrorCode.BAD_REQUEST, 422, field="count")
    if not 2000 <= birth_year <= 2100:
        raise CentralError(ErrorCode.BAD_REQUEST, 422, field="birth_year")
    kind = queue_type_of(garden)
    if queue_type is not None and queue_type != kind:
        raise CentralError(ErrorCode.PLACE_NOT_SUITABLE, queue_type=queue_type,
                           kindergarten=garden.code)
    if language not in garden.languages.split(","):
        raise CentralError(ErrorCode.PLACE_NOT_SUITABLE, language=language,
                           kindergarten=garden.code)
    group = group_for(session, garden, birth_year, language, place_type)
    places = [models.Place(
        group_id=group.id, kindergarten_id=garden.id, district_kato=garden.district_kato,
        queue_type=kind, sanatorium_profile=garden.sanatorium_profile, birth_year=birth_year,
        language=language, place_type=place_type, release_date=release_date,
        status=PlaceStatus.OPEN.value, published_at=now, published_by=by, changed_at=now,
        version=1) for _ in range(count)]
    session.add_all(places)
    group.capacity = max(group.capacity, count)
    if release_date is not None:
        group.release_date = release_date
    session.flush()
    for place in places:
        event(session, now, "place_published", actor_kind="kindergarten", actor_ident=by,
              place_id=place.id, kindergarten=garden.code, birth_year=birth_year,
              language=language, place_type=place_type,
              release_date=None if release_date is None else release_date.isoformat())
    refresh_groups(session, [group.id])
    return places


def withdraw(session: Session, place: models.Place, *, now: datetime, by: str) -> None:
    """Take back a place nobody holds (open or in free choice)."""
    if place.status not in (PlaceStatus.OPEN.value, PlaceStatus.FREE_CHOICE.value):
        raise CentralError(ErrorCode.PLACE_NOT_SUITABLE, place=place.id, status=place.status)
    _set(place, PlaceStatus.WITHDRAWN, now, holder=None, via=None)
    event(session, now, "place_withdrawn", actor_kind="kindergarten", actor_ident=by,
          place_id=place.id)
    refresh_groups(session, [place.group_id])


def refresh_groups(session: Session, group_ids: Iterable[int]) -> None:
    """Recount the groups' summary columns from their places."""
    ids = sorted(set(group_ids))
    if not ids:
        return
    session.flush()
    counts = {gid: (0, False) for gid in ids}
    rows = session.execute(
        select(models.Place.group_id, models.Place.status, func.count(models.Place.id))
        .where(models.Place.group_id.in_(ids), models.Place.status.in_(AVAILABLE))
        .group_by(models.Place.group_id, models.Place.status))
    for gid, status, count in rows:
        free, choice = counts[gid]
        counts[gid] = (free + int(count), choice or status == PlaceStatus.FREE_CHOICE.value)
    for gid, (free, choice) in counts.items():
        session.execute(update(models.KindergartenGroup)
                        .where(models.KindergartenGroup.id == gid)
                        .values(free_places=free, free_choice=choice))


def _set(place: models.Place, status: PlaceStatus, now: datetime, *, holder: int | None,
         via: str | None) -> None:
    place.status = status.value
    place.holder_id = holder
    place.via = via
    place.changed_at = now
    place.version = (place.version or 0) + 1
    if status is not PlaceStatus.OFFERED:
        place.offered_at = None
        place.offer_expires_at = None


def _referral_expiry(row: models.Application) -> datetime | None:
    referral = json.loads(row.state_json or "{}").get("referral")
    return None if not referral else datetime.fromisoformat(referral["expires_at"])


# ------------------------------------------------------------------------------ a child's view

def fitting(row: models.Application) -> list[object]:
    """Conditions on ``models.Place`` for the places of the application's pool."""
    profile = models.Place.sanatorium_profile
    return [models.Place.district_kato == row.district_kato,
            models.Place.queue_type == row.queue_type,
            models.Place.birth_year == row.child_birth_date.year,
            profile.is_(None) if row.sanatorium_profile is None
            else profile == row.sanatorium_profile]


def _available_to(row: models.Application, on_turn: bool) -> object:
    mine = and_(models.Place.status == PlaceStatus.OFFERED.value,
                models.Place.holder_id == row.id)
    choice = models.Place.status == PlaceStatus.FREE_CHOICE.value
    if on_turn:
        return or_(mine, choice, models.Place.status == PlaceStatus.OPEN.value)
    return or_(mine, choice)


def available_places(session: Session, row: models.Application,
                     group_id: int | None = None,
                     on_turn: bool | None = None) -> list[models.Place]:
    """The places this application's child may take now: the place offered on its turn,
    places in free choice, and (on its turn: by default while notified) places nobody was
    offered yet."""
    if on_turn is None:
        on_turn = row.status == S.NOTIFIED.value
    query = (select(models.Place).where(*fitting(row), _available_to(row, on_turn))
             .order_by(models.Place.id))
    if group_id is not None:
        query = query.where(models.Place.group_id == group_id)
    return list(session.scalars(query))


def available_groups(session: Session, row: models.Application,
                     ) -> list[tuple[models.KindergartenGroup, int, bool]]:
    """Groups with places this child may take: (group, how many, any in free choice)."""
    by_group: dict[int, list[models.Place]] = {}
    for place in available_places(session, row):
        by_group.setdefault(place.group_id, []).append(place)
    if not by_group:
        return []
    groups = session.scalars(select(models.KindergartenGroup)
                             .where(models.KindergartenGroup.id.in_(sorted(by_group)))
                             .options(selectinload(models.KindergartenGroup.kindergarten)))
    result = [(g, len(by_group[g.id]),
               any(p.status == PlaceStatus.FREE_CHOICE.value for p in by_group[g.id]))
              for g in groups]
    result.sort(key=lambda item: (item[0].kindergarten.code, item[0].language, item[0].id))
    return result


@dataclass(frozen=True)
class Offer:
    """What a group offers one application now."""

    free_places: bool
    free_choice: bool


def offer_in(session: Session, row: models.Application, group_id: int) -> Offer:
    """Whether the application may take a place of this group, and if only by free choice."""
    places = available_places(session, row, group_id)
    return Offer(free_places=bool(places),
                 free_choice=any(p.status == PlaceStatus.FREE_CHOICE.value for p in places))


# ------------------------------------------------------------------------------ moving places

def take(session: Session, row: models.Application, group: models.KindergartenGroup,
         now: datetime) -> models.Place:
    """The referral was issued: the child takes a place of ``group`` (its offered place if
    it is there, else one in free choice, else an open one); another place offered to it
    goes back to the allocation."""
    referral = json.loads(row.state_json or "{}").get("referral") or {}
    on_turn = not referral.get("free_choice", False)
    candidates = [p for p in _lock(session, models.Place.id.in_(
        [p.id for p in available_places(session, row, group.id, on_turn)]))]
    if not candidates:
        raise CentralError("no_free_places", 409, place=group.id)
    rank = {PlaceStatus.OFFERED.value: 0, PlaceStatus.FREE_CHOICE.value: 1,
            PlaceStatus.OPEN.value: 2}
    chosen = min(candidates, key=lambda p: (rank[p.status], p.id))
    via = {PlaceStatus.OFFERED.value: "turn", PlaceStatus.FREE_CHOICE.value: "free_choice",
           PlaceStatus.OPEN.value: "open"}[chosen.status]
    for other in _held(session, row, PlaceStatus.OFFERED):
        if other.id != chosen.id:
            _set(other, PlaceStatus.OPEN, now, holder=None, via=None)
    _set(chosen, PlaceStatus.REFERRED, now, holder=row.id, via=via)
    chosen.offer_expires_at = _referral_expiry(row)
    refresh_groups(session, [group.id])
    return chosen


def _lock(session: Session, *conditions: object) -> list[models.Place]:
    return list(session.scalars(select(models.Place).where(*conditions)
                                .order_by(models.Place.id).with_for_update()
                                .execution_options(populate_existing=True)))


def _held(session: Session, row: models.Application,
          status: PlaceStatus | None = None) -> list[models.Place]:
    conditions = [models.Place.holder_id == row.id]
    if status is not None:
        conditions.append(models.Place.status == status.value)
    return _lock(session, *conditions)


def held_places(session: Session, row: models.Application) -> list[models.Place]:
    """The places an application holds (offered, referred or occupied)."""
    return _held(session, row)


def follow(session: Session, row: models.Application, action: Action,
           now: datetime) -> list[models.Place]:
    """Move the application's places after ``action`` brought it to its current status.

    A lapsed turn and a revoked referral put the place in free choice (a turn not taken); an
    expired referral, a removal or a withdrawal give it back to the allocation; an enrolment
    fills it. Returns the places moved.
    """
    moved: list[models.Place] = []
    status = row.status
    for place in _held(session, row):
        if place.status == PlaceStatus.REFERRED.value and status == S.REFERRAL_ISSUED.value:
            until = _referral_expiry(row)  # an extension moves it
            if until is not None and until != place.offer_expires_at:
                place.offer_expires_at = until
            continue
        if place.status == PlaceStatus.OFFERED.value and status != S.NOTIFIED.value:
            if status == S.REFERRAL_ISSUED.value:
                continue  # :func:`take` decides
            target = PlaceStatus.FREE_CHOICE if action is Action.TURN_LAPSED else PlaceStatus.OPEN
            _set(place, target, now, holder=None, via=None)
        elif place.status == PlaceStatus.REFERRED.value and status != S.REFERRAL_ISSUED.value:
            if status == S.ENROLLED.value:
                _set(place, PlaceStatus.OCCUPIED, now, holder=row.id, via=place.via)
            elif action is Action.REVOKE_REFERRAL:
                # a turn declined, like a turn not taken: any child of the year may take it
                _set(place, PlaceStatus.FREE_CHOICE, now, holder=None, via=None)
            else:
                _set(place, PlaceStatus.OPEN, now, holder=None, via=None)
        else:
            continue
        moved.append(place)
    if moved:
        refresh_groups(session, [p.group_id for p in moved])
    return moved


def vacate(session: Session, row: models.Application, *, now: datetime, on: date,
           republish: bool) -> models.Place | None:
    """The enrolled child left (убытие): its place is published again from ``on``."""
    occupied = _held(session, row, PlaceStatus.OCCUPIED)
    if not occupied:
        return None
    place = occupied[0]
    if republish:
        _set(place, PlaceStatus.OPEN, now, holder=None, via=None)
        place.release_date = on
    else:
        _set(place, PlaceStatus.WITHDRAWN, now, holder=None, via=None)
    refresh_groups(session, [place.group_id])
    return place


def seed_from_groups(session: Session, now: datetime, by: str = "seed") -> int:
    """One place per free place counted on groups that have no places yet (demo data and
    groups loaded from elsewhere): in free choice where the group says so, else open."""
    session.flush()
    with_places = select(models.Place.group_id).distinct()
    groups = session.scalars(select(models.KindergartenGroup)
                             .where(models.KindergartenGroup.free_places > 0,
                                    models.KindergartenGroup.id.not_in(with_places))
                             .options(selectinload(models.KindergartenGroup.kindergarten))
                             .order_by(models.KindergartenGroup.id))
    added = 0
    for group in groups:
        garden = group.kindergarten
        status = PlaceStatus.FREE_CHOICE if group.free_choice else PlaceStatus.OPEN
        for _ in range(group.free_places):
            session.add(models.Place(
                group_id=group.id, kindergarten_id=garden.id,
                district_kato=garden.district_kato, queue_type=queue_type_of(garden),
                sanatorium_profile=garden.sanatorium_profile, birth_year=group.birth_year,
                language=group.language, place_type=group.place_type,
                release_date=group.release_date, status=status.value, published_at=now,
                published_by=by, changed_at=now, version=1))
            added += 1
    session.flush()
    return added
