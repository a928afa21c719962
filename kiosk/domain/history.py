"""Who did what to an application, when, and why: the «История изменений»."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.statuses import ApplicationStatus


class ActorKind(enum.Enum):
    """Who performs a transition; the value is a stable code."""

    APPLICANT = "applicant"
    """The parent, signing with their own EDS (at the kiosk or at the clerk's desk)."""
    CLERK = "clerk"
    """A service-centre clerk submitting what the parent signed."""
    OPERATOR = "operator"
    """Staff of the local education authority."""
    KINDERGARTEN = "kindergarten"
    """A kindergarten recording an enrolment."""
    SYSTEM = "system"
    """The central system's scheduled jobs (deadlines)."""


@dataclass(frozen=True)
class Actor:
    """An actor: its kind, an identifier (IIN, staff login or kindergarten id) and, for a
    clerk, the service-centre number (Номер ЦОН) recorded with what they submit."""

    kind: ActorKind
    ident: str = ""
    service_centre: str | None = None

    def __post_init__(self) -> None:
        if self.kind is not ActorKind.SYSTEM and not self.ident:
            raise ValueError(f"a {self.kind.value} actor needs an identifier")


SYSTEM = Actor(ActorKind.SYSTEM)
"""The central system's scheduler."""

SERVICE_CENTRE_MAX = 40
"""The longest service-centre number kept (the application's and the history's column)."""
SERVICE_CENTRE_RULE = (f"1–{SERVICE_CENTRE_MAX} letters, digits, spaces and № # ( ) , . / - _, "
                       "no space first or last")
"""What :func:`is_service_centre` accepts, for the messages that refuse a number."""
_SERVICE_CENTRE = re.compile(rf"(?! )[\w№#(), ./-]{{1,{SERVICE_CENTRE_MAX}}}(?<! )")
_NOT_IN_NUMBER = re.compile(r"[^\w№#(), ./-]")


def tidy_service_centre(text: str) -> str:
    """``text`` made a well-formed number (or empty): other characters become spaces, runs of
    spaces one, cut to :data:`SERVICE_CENTRE_MAX` (numbers written before the rule)."""
    words = _NOT_IN_NUMBER.sub(" ", text).split()
    return " ".join(words)[:SERVICE_CENTRE_MAX].strip()


def is_service_centre(text: str) -> bool:
    """True for a well-formed service-centre number (Номер ЦОН), e.g. ``ЦОН-7`` or ``003``
    (:data:`SERVICE_CENTRE_RULE`)."""
    return _SERVICE_CENTRE.fullmatch(text) is not None


class Action(enum.Enum):
    """Every transition of an application; the value is a stable code."""

    REGISTER = "register"
    REFUSE = "refuse"
    CONFIRM_INTEREST = "confirm_interest"
    CHANGE_BENEFIT = "change_benefit"
    WITHDRAW = "withdraw"
    OFFER_TURN = "offer_turn"
    TURN_LAPSED = "turn_lapsed"
    ISSUE_REFERRAL = "issue_referral"
    EXTEND_REFERRAL = "extend_referral"
    REVOKE_REFERRAL = "revoke_referral"
    REFERRAL_EXPIRED = "referral_expired"
    ENROL = "enrol"
    INTEREST_LAPSED = "interest_lapsed"
    AGE_LIMIT_REACHED = "age_limit_reached"


USER_ACTIONS: tuple[Action, ...] = (
    Action.CONFIRM_INTEREST,
    Action.CHANGE_BENEFIT,
    Action.WITHDRAW,
    Action.ISSUE_REFERRAL,
    Action.EXTEND_REFERRAL,
    Action.REVOKE_REFERRAL,
)
"""The actions behind the journal's buttons, in the order the buttons appear."""

SYSTEM_ACTIONS: tuple[Action, ...] = (
    Action.TURN_LAPSED,
    Action.REFERRAL_EXPIRED,
    Action.INTEREST_LAPSED,
    Action.AGE_LIMIT_REACHED,
)
"""Deadline transitions the central scheduler applies when they fall due."""


class Reason(enum.Enum):
    """Why a change happened, as recorded in the history; the value is a stable code."""

    APPLICANT_REQUEST = "applicant_request"
    """The applicant asked for it (registration, confirmation, withdrawal …)."""
    CHILD_TOO_OLD = "child_too_old"
    DUPLICATE_APPLICATION = "duplicate_application"
    DUPLICATE_NUMBER = "duplicate_number"
    INVALID_IIN = "invalid_iin"
    INVALID_BIRTH_DATE = "invalid_birth_date"
    TURN_CAME = "turn_came"
    """A place is free for the child: the applicant is notified."""
    CHOOSE_WINDOW_LAPSED = "choose_window_lapsed"
    """No kindergarten chosen within the window: the place is freed, the child stays queued."""
    FREE_CHOICE = "free_choice"
    """A referral taken from places published for free choice."""
    NOT_ENROLLED = "not_enrolled"
    """«Не зачислен»: the referral expired unused and was annulled (stop-list follows)."""
    REFERRALS_EXPIRED = "referrals_expired"
    """The referral limit was reached: the child is removed from the queue."""
    INTEREST_NOT_CONFIRMED = "interest_not_confirmed"
    AGE_LIMIT = "age_limit"
    ENROLLED = "enrolled"


@dataclass(frozen=True)
class HistoryEntry:
    """One line of «История изменений»."""

    at: datetime
    actor: Actor
    action: Action
    from_status: ApplicationStatus | None
    to_status: ApplicationStatus
    reason: Reason
    comment: str = ""
    """Free text the applicant gave (the reason of an extension or of a withdrawal)."""
    details: tuple[tuple[str, str], ...] = ()
    """Facts of the change as (key, value) text pairs, e.g. ``("kindergarten", "DS-12")``."""

    def detail(self, key: str) -> str | None:
        """The value of detail ``key``, or None."""
        return dict(self.details).get(key)
