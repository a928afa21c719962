"""An application in the kindergarten queue: its data, its referral, and its invariants.

The application is immutable. Its changes are the transition functions of
:mod:`kiosk.domain.transitions`, each returning a new application with one more
:class:`~kiosk.domain.history.HistoryEntry`. The constructor checks that the data are a
coherent state, so no sequence of transitions can produce an undefined one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from kiosk.domain.age import add_months_dt
from kiosk.domain.benefit import NO_BENEFIT, Benefit
from kiosk.domain.history import Action, HistoryEntry
from kiosk.domain.numbers import ApplicationNumber, QueueType
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus, ReferralStatus

_TINY = timedelta(microseconds=1)


def is_aware(moment: datetime) -> bool:
    """True when ``moment`` carries a time zone with a defined offset."""
    return moment.tzinfo is not None and moment.utcoffset() is not None


def _require_aware(name: str, moment: datetime | None) -> None:
    if moment is not None and not is_aware(moment):
        raise ValueError(f"{name} must be a time-zone aware datetime")


@dataclass(frozen=True)
class Referral:
    """A referral (направление / жолдама) to a kindergarten.

    ``expires_at`` is the instant it lapses: the midnight after its last valid day, in the
    region's time zone.
    """

    kindergarten_id: str
    issued_at: datetime
    expires_at: datetime
    extensions: int = 0
    by_benefit: bool = False
    """Issued by benefit category: the kindergarten checks the benefit documents."""
    free_choice: bool = False
    """Taken from places published for free choice rather than on the applicant's turn."""
    status: ReferralStatus = ReferralStatus.NOT_ENROLLED

    def __post_init__(self) -> None:
        if not self.kindergarten_id.strip():
            raise ValueError("a referral needs a kindergarten id")
        _require_aware("issued_at", self.issued_at)
        _require_aware("expires_at", self.expires_at)
        if self.expires_at <= self.issued_at:
            raise ValueError("a referral must expire after it is issued")
        if self.extensions < 0:
            raise ValueError("extensions must not be negative")

    @property
    def extended(self) -> bool:
        """True once the referral has been extended."""
        return self.extensions > 0

    def last_valid_day(self, tz: tzinfo) -> date:
        """The last day (in zone ``tz``) on which the child can be enrolled with it."""
        return (self.expires_at.astimezone(tz) - _TINY).date()


@dataclass(frozen=True)
class RegistrationRequest:
    """What an applicant submits to put a child in the queue (Step 1 and Step 2, signed)."""

    number: ApplicationNumber
    child_iin: str
    child_birth_date: date
    applicant_iin: str
    benefit: Benefit = NO_BENEFIT
    district: str | None = None
    """The region / district code chosen in Step 2."""

    @property
    def queue_type(self) -> QueueType:
        """The queue the application is for, as its number says."""
        return self.number.queue_type


_INITIAL_ACTIONS = (Action.REGISTER, Action.REFUSE)


@dataclass(frozen=True)
class Application:
    """An application in the queue: what the journal shows, plus its deadlines."""

    number: ApplicationNumber
    child_iin: str
    child_birth_date: date
    applicant_iin: str
    benefit: Benefit
    registered_at: datetime
    status: ApplicationStatus
    history: tuple[HistoryEntry, ...]
    referral: Referral | None = None
    expired_referrals: int = 0
    stop_list_until: date | None = None
    """Last day (inclusive) of the stop-list; no referral can be taken until it has passed."""
    interest_confirmed_at: datetime | None = None
    turn_offered_at: datetime | None = None
    turn_expires_at: datetime | None = None
    """While notified: the instant the window to choose a kindergarten closes."""
    district: str | None = None

    def __post_init__(self) -> None:
        _require_aware("registered_at", self.registered_at)
        _require_aware("interest_confirmed_at", self.interest_confirmed_at)
        _require_aware("turn_offered_at", self.turn_offered_at)
        _require_aware("turn_expires_at", self.turn_expires_at)
        self._check_history()
        if self.expired_referrals < 0:
            raise ValueError("expired_referrals must not be negative")
        window = (self.turn_offered_at is not None, self.turn_expires_at is not None)
        if window != (self.status is ApplicationStatus.NOTIFIED,) * 2:
            raise ValueError("the turn window is set exactly while the applicant is notified")
        expected_referral = {
            ApplicationStatus.REFERRAL_ISSUED: ReferralStatus.NOT_ENROLLED,
            ApplicationStatus.ENROLLED: ReferralStatus.ENROLLED,
        }.get(self.status)
        actual_referral = None if self.referral is None else self.referral.status
        if expected_referral is not actual_referral:
            raise ValueError(
                f"status {self.status.value} does not fit referral "
                f"{actual_referral.value if actual_referral else None}"
            )

    def _check_history(self) -> None:
        if not self.history:
            raise ValueError("an application has at least its registration in its history")
        first = self.history[0]
        if first.action not in _INITIAL_ACTIONS or first.from_status is not None:
            raise ValueError("the history starts with the registration or its refusal")
        previous: HistoryEntry | None = None
        for entry in self.history:
            _require_aware("history time", entry.at)
            if previous is not None:
                if entry.from_status is not previous.to_status:
                    raise ValueError("history entries must chain from status to status")
                if entry.at < previous.at:
                    raise ValueError("history entries must be in time order")
            previous = entry
        if self.history[-1].to_status is not self.status:
            raise ValueError("the last history entry must lead to the current status")

    @property
    def queue_type(self) -> QueueType:
        """The queue the application stands in, as its number says."""
        return self.number.queue_type

    @property
    def last_change_at(self) -> datetime:
        """«Дата и время последнего изменения»."""
        return self.history[-1].at


def local_date(moment: datetime, rules: RegionRules) -> date:
    """The calendar date of ``moment`` in the region's time zone."""
    return moment.astimezone(rules.tz).date()


def interest_due_at(app: Application, rules: RegionRules) -> datetime:
    """The instant interest must have been confirmed by, else the child is removed.

    ``interest_months`` after the registration or the latest confirmation.
    """
    base = app.interest_confirmed_at or app.registered_at
    return add_months_dt(base.astimezone(rules.tz), rules.interest_months)


def referral_last_day(app: Application, rules: RegionRules) -> date | None:
    """The last valid day of the application's referral («Дата истечения срока»), if any."""
    return None if app.referral is None else app.referral.last_valid_day(rules.tz)


def is_stop_listed(app: Application, on: date) -> bool:
    """True when the application is in the stop-list on day ``on``."""
    return app.stop_list_until is not None and on <= app.stop_list_until
