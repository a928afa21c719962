"""What the queue engine does when a citizen's request is refused.

A referral by benefit category whose benefit documents are older than the region allows
(10 calendar days before the referral request) is refused by the domain
(``benefit_documents_too_old``); the refusal is kept as a queue event with its reason and
the applicant is told in their language (the place offered on their turn stays theirs
until the window closes, so they may send fresher documents).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.central import models, notify, places
from kiosk.domain.errors import TransitionErrorCode
from kiosk.domain.rules import RegionRules

TOLD = frozenset({TransitionErrorCode.BENEFIT_DOCUMENTS_TOO_OLD.value})


def request_refused(session: Session, *, action: str, number: str | None, code: str,
                    params: Mapping[str, object], key: str, now: datetime,
                    rules_for: Callable[[str], RegionRules]) -> None:
    """Record and tell a refusal that the applicant must hear about."""
    if action != "choose_kindergarten" or code not in TOLD or not number:
        return
    row = session.scalar(select(models.Application).where(models.Application.number == number))
    if row is None:
        return
    rules = rules_for(row.region_kato)
    places.event(session, now, "benefit_referral_refused", actor_kind="system",
                 application_id=row.id, reason=code, request=key,
                 **{k: v for k, v in params.items() if k != "request"})
    notify.enqueue(session, row, "benefit_referral_refused", f"{row.id}:refused:{key}", now,
                   days=rules.benefit_documents_max_age_days, reason=code)
