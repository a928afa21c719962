"""Between the domain's immutable Application and its database rows.

The columns hold what is queried (status, benefit, child, applicant, referral's
kindergarten); the rest of the domain state (referral details, stop-list, the turn window,
the count of expired referrals) is kept as JSON in ``state_json``. The history is one row
per :class:`~kiosk.domain.history.HistoryEntry`.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from kiosk.central import models
from kiosk.domain.application import Application, Referral
from kiosk.domain.benefit import Benefit, PriorityClass
from kiosk.domain.history import Action, Actor, ActorKind, HistoryEntry, Reason
from kiosk.domain.numbers import ApplicationNumber
from kiosk.domain.statuses import ApplicationStatus, ReferralStatus


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _referral_json(referral: Referral | None) -> dict[str, Any] | None:
    if referral is None:
        return None
    return {
        "kindergarten_id": referral.kindergarten_id,
        "issued_at": referral.issued_at.isoformat(),
        "expires_at": referral.expires_at.isoformat(),
        "extensions": referral.extensions,
        "by_benefit": referral.by_benefit,
        "free_choice": referral.free_choice,
        "status": referral.status.value,
    }


def _referral(data: dict[str, Any] | None) -> Referral | None:
    if data is None:
        return None
    return Referral(
        kindergarten_id=data["kindergarten_id"],
        issued_at=datetime.fromisoformat(data["issued_at"]),
        expires_at=datetime.fromisoformat(data["expires_at"]),
        extensions=int(data["extensions"]),
        by_benefit=bool(data["by_benefit"]),
        free_choice=bool(data["free_choice"]),
        status=ReferralStatus(data["status"]),
    )


def history_entry(row: models.HistoryRecord) -> HistoryEntry:
    """The domain entry of a history row."""
    actor = Actor(ActorKind(row.actor_kind), row.actor_ident,
                  row.service_centre or None)
    return HistoryEntry(
        at=row.at,
        actor=actor,
        action=Action(row.action),
        from_status=None if row.from_status is None else ApplicationStatus(row.from_status),
        to_status=ApplicationStatus(row.to_status),
        reason=Reason(row.reason),
        comment=row.comment,
        details=tuple((str(k), str(v)) for k, v in json.loads(row.details_json)),
    )


def to_domain(row: models.Application) -> Application:
    """The domain application a row (with its history) holds."""
    state = json.loads(row.state_json or "{}")
    stop = state.get("stop_list_until")
    return Application(
        number=ApplicationNumber.parse(row.number),
        child_iin=row.child_iin,
        child_birth_date=row.child_birth_date,
        applicant_iin=row.applicant_iin,
        benefit=Benefit(PriorityClass(row.priority), row.benefit_category),
        registered_at=row.registered_at,
        status=ApplicationStatus(row.status),
        history=tuple(history_entry(h) for h in row.history),
        referral=_referral(state.get("referral")),
        expired_referrals=int(state.get("expired_referrals", 0)),
        stop_list_until=None if stop is None else date.fromisoformat(stop),
        interest_confirmed_at=row.interest_confirmed_at,
        turn_offered_at=_dt(state.get("turn_offered_at")),
        turn_expires_at=_dt(state.get("turn_expires_at")),
        district=row.district_kato,
    )


def _history_row(entry: HistoryEntry, request_key: str | None) -> models.HistoryRecord:
    return models.HistoryRecord(
        at=entry.at,
        actor_kind=entry.actor.kind.value,
        actor_ident=entry.actor.ident,
        service_centre=entry.actor.service_centre or "",
        action=entry.action.value,
        from_status=None if entry.from_status is None else entry.from_status.value,
        to_status=entry.to_status.value,
        reason=entry.reason.value,
        comment=entry.comment,
        details_json=json.dumps([list(pair) for pair in entry.details], ensure_ascii=False),
        request_key=request_key,
    )


def state_json(app: Application) -> str:
    """The domain state the row keeps as JSON (referral, stop-list, turn window, expiries)."""
    return json.dumps({
        "referral": _referral_json(app.referral),
        "expired_referrals": app.expired_referrals,
        "stop_list_until": _iso(app.stop_list_until),
        "turn_offered_at": _iso(app.turn_offered_at),
        "turn_expires_at": _iso(app.turn_expires_at),
    })


def history_values(entry: HistoryEntry, application_id: int,
                   request_key: str | None = None) -> dict[str, Any]:
    """A history entry as the column values of its row (for bulk inserts)."""
    record = _history_row(entry, request_key)
    return {"application_id": application_id, "at": record.at,
            "actor_kind": record.actor_kind, "actor_ident": record.actor_ident,
            "service_centre": record.service_centre, "action": record.action,
            "from_status": record.from_status, "to_status": record.to_status,
            "reason": record.reason, "comment": record.comment,
            "details_json": record.details_json, "request_key": record.request_key}


def store(row: models.Application, app: Application, request_key: str | None = None) -> None:
    """Write the domain application's state into ``row`` and append its new history.

    The row's history must be a prefix of the application's (the domain only appends).
    """
    known = len(row.history)
    if known > len(app.history):
        raise ValueError("the domain application lost history entries")
    row.number = app.number.format()
    row.queue_type = app.number.queue_type.value
    row.number_year = app.number.year
    row.number_seq = app.number.sequence
    row.child_iin = app.child_iin
    row.child_birth_date = app.child_birth_date
    row.birth_year = app.child_birth_date.year
    row.applicant_iin = app.applicant_iin
    row.status = app.status.value
    row.active = not app.status.is_terminal
    row.priority = app.benefit.priority.value
    row.benefit_category = app.benefit.category
    row.registered_at = app.registered_at
    row.changed_at = app.last_change_at
    row.interest_confirmed_at = app.interest_confirmed_at
    row.state_json = state_json(app)
    row.stop_list_until = app.stop_list_until
    for entry in app.history[known:]:
        row.history.append(_history_row(entry, request_key))
    row.version = (row.version or 0) + 1
