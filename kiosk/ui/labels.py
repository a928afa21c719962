"""Captions of the codes the central service returns: statuses, history actions and reasons,
actors, benefit classes, place types, languages of instruction, documents.

The codes are stable strings (``kiosk.domain``, ``kiosk.central.views``); their wording is
data here, marked with ``QT_TRANSLATE_NOOP`` in the ``Labels`` context and translated by the
``.ts`` files (the Kazakh and Russian wording follows ``kiosk.domain.statuses`` and the
seeds). Names the central database delivers per language (benefit categories, districts,
kindergartens) are picked with :func:`pick`. Dates are shown as the portals show them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.ui.i18n import current_language

CONTEXT = "Labels"

STATUS = {
    "queued": QT_TRANSLATE_NOOP("Labels", "In the queue"),
    "notified": QT_TRANSLATE_NOOP("Labels", "Notification sent"),
    "referral_issued": QT_TRANSLATE_NOOP("Labels", "Referral issued"),
    "enrolled": QT_TRANSLATE_NOOP("Labels", "Enrolled"),
    "removed": QT_TRANSLATE_NOOP("Labels", "Removed from the queue"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
}
"""The journal's «Статус» column."""

STATE = {
    "queued": QT_TRANSLATE_NOOP("Labels", "Decision made (in the queue)"),
    "notified": QT_TRANSLATE_NOOP("Labels", "Decision made (notification sent)"),
    "referral_issued": QT_TRANSLATE_NOOP("Labels", "Decision made (referral issued)"),
    "enrolled": QT_TRANSLATE_NOOP("Labels", "Enrolled"),
    "removed": QT_TRANSLATE_NOOP("Labels", "Removed from the queue"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Registration in the queue refused"),
}
"""«Текущее состояние»."""

REFERRAL_STATUS = {
    "not_enrolled": QT_TRANSLATE_NOOP("Labels", "Not enrolled"),
    "enrolled": QT_TRANSLATE_NOOP("Labels", "Enrolled"),
}
"""«Статус направления»."""

PRIORITY = {
    "general": QT_TRANSLATE_NOOP("Labels", "No benefit"),
    "first_priority": QT_TRANSLATE_NOOP("Labels", "First-priority right"),
    "out_of_turn": QT_TRANSLATE_NOOP("Labels", "Out-of-turn right"),
}
"""The benefit class («Тип льготы» when no category name is known)."""

ACTION = {
    "register": QT_TRANSLATE_NOOP("Labels", "Registration in the queue"),
    "refuse": QT_TRANSLATE_NOOP("Labels", "Registration refused"),
    "confirm_interest": QT_TRANSLATE_NOOP("Labels", "Interest confirmed"),
    "change_benefit": QT_TRANSLATE_NOOP("Labels", "Benefit changed"),
    "withdraw": QT_TRANSLATE_NOOP("Labels", "Withdrawn from the queue"),
    "offer_turn": QT_TRANSLATE_NOOP("Labels", "The turn has come: notification sent"),
    "turn_lapsed": QT_TRANSLATE_NOOP("Labels", "No kindergarten chosen in time"),
    "issue_referral": QT_TRANSLATE_NOOP("Labels", "Referral issued"),
    "extend_referral": QT_TRANSLATE_NOOP("Labels", "Referral extended"),
    "revoke_referral": QT_TRANSLATE_NOOP("Labels", "Referral revoked"),
    "referral_expired": QT_TRANSLATE_NOOP("Labels", "Referral annulled"),
    "enrol": QT_TRANSLATE_NOOP("Labels", "Enrolled in the kindergarten"),
    "interest_lapsed": QT_TRANSLATE_NOOP("Labels", "Removed: interest not confirmed"),
    "age_limit_reached": QT_TRANSLATE_NOOP("Labels", "Removed: age limit reached"),
    "merge_to_parent": QT_TRANSLATE_NOOP("Labels", "Application joined to the parent's IIN"),
}
"""History: what was done (also the signed requests' names)."""

REASON = {
    "applicant_request": QT_TRANSLATE_NOOP("Labels", "At the applicant's request"),
    "child_too_old": QT_TRANSLATE_NOOP("Labels", "The child is 7 years old or older"),
    "duplicate_application": QT_TRANSLATE_NOOP(
        "Labels", "The child already has an active application"),
    "duplicate_number": QT_TRANSLATE_NOOP("Labels", "The number is already used"),
    "invalid_iin": QT_TRANSLATE_NOOP("Labels", "Invalid IIN"),
    "invalid_birth_date": QT_TRANSLATE_NOOP("Labels", "Invalid date of birth"),
    "turn_came": QT_TRANSLATE_NOOP("Labels", "The child's turn has come"),
    "choose_window_lapsed": QT_TRANSLATE_NOOP(
        "Labels", "No kindergarten chosen within 3 working days"),
    "free_choice": QT_TRANSLATE_NOOP("Labels", "A place published for free choice"),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "Labels", "Not enrolled: the referral was not used in time (stop-list)"),
    "referrals_expired": QT_TRANSLATE_NOOP("Labels", "Referrals expired twice"),
    "interest_not_confirmed": QT_TRANSLATE_NOOP("Labels", "Interest not confirmed in time"),
    "age_limit": QT_TRANSLATE_NOOP("Labels", "The child has reached the age limit"),
    "enrolled": QT_TRANSLATE_NOOP("Labels", "Enrolled in the kindergarten"),
}
"""History: why."""

ACTOR = {
    "applicant": QT_TRANSLATE_NOOP("Labels", "Applicant"),
    "clerk": QT_TRANSLATE_NOOP("Labels", "Service centre clerk"),
    "operator": QT_TRANSLATE_NOOP("Labels", "Education department"),
    "kindergarten": QT_TRANSLATE_NOOP("Labels", "Kindergarten"),
    "system": QT_TRANSLATE_NOOP("Labels", "System"),
}
"""History: who."""

QUEUE_TYPE = {
    "UO": QT_TRANSLATE_NOOP("Labels", "State kindergarten"),
    "SDDO": QT_TRANSLATE_NOOP("Labels", "Sanatorium kindergarten"),
}
"""«Тип очереди»."""

PLACE_TYPE = {
    "ordinary": QT_TRANSLATE_NOOP("Labels", "Ordinary place"),
    "special": QT_TRANSLATE_NOOP("Labels", "Special (correctional) place"),
    "short_stay": QT_TRANSLATE_NOOP("Labels", "Short-stay place"),
}
"""«Тип места»."""

LANGUAGE = {
    "kk": QT_TRANSLATE_NOOP("Labels", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
}
"""«Язык обучения»."""

DOCUMENT_KIND = {
    "signed_request": QT_TRANSLATE_NOOP("Labels", "Signed request"),
    "benefit_document": QT_TRANSLATE_NOOP("Labels", "Document confirming the benefit"),
}
"""Documents the central database keeps with an application."""

GENERATED_DOCUMENT = {
    "registration": QT_TRANSLATE_NOOP("Labels", "Notice of registration"),
    "acceptance": QT_TRANSLATE_NOOP("Labels", "Notice of acceptance of documents"),
    "book-entry": QT_TRANSLATE_NOOP("Labels", "Registration of the child in the record book"),
    "child-card": QT_TRANSLATE_NOOP("Labels", "Child's card"),
    "referral": QT_TRANSLATE_NOOP("Labels", "Referral to a preschool organisation"),
    "sanatorium-referral": QT_TRANSLATE_NOOP("Labels", "Referral to a sanatorium kindergarten"),
    "completion": QT_TRANSLATE_NOOP("Labels", "Notice of completion of the service"),
    "interest-confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmation of interest"),
    "refusal": QT_TRANSLATE_NOOP("Labels", "Notice of refusal of the service"),
}
"""The output documents the kiosk prints (``kiosk.documents.DocType`` values)."""


def label(table: Mapping[str, str], code: str | None) -> str:
    """The translated caption of ``code`` in ``table``; an unknown code as it is."""
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def pick(kk: str, ru: str) -> str:
    """A name the central database delivers in both languages, in the one now installed."""
    return (ru or kk) if current_language() == "ru" else (kk or ru)


def fmt_date(day: date | None) -> str:
    """31.07.2018."""
    return day.strftime("%d.%m.%Y") if day else ""


def fmt_datetime(moment: datetime | None, tz: tzinfo | None = None) -> str:
    """31.07.2018 17:29:09, in the region's time zone when given."""
    if moment is None:
        return ""
    if tz is not None and moment.tzinfo is not None:
        moment = moment.astimezone(tz)
    return moment.strftime("%d.%m.%Y %H:%M:%S")
