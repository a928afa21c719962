"""Statuses of an application and of its referral, with their codes and portal wording."""

from __future__ import annotations

import enum
from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    """A caption in both languages, worded as on the portals (source text for translation)."""

    kk: str
    ru: str


class ApplicationStatus(enum.Enum):
    """The state of an application; the value is a stable code stored and translated."""

    QUEUED = "queued"
    """«Принято решение (в очереди)»: waiting for the turn."""
    NOTIFIED = "notified"
    """«Направлено уведомление»: the turn has come; choose a kindergarten."""
    REFERRAL_ISSUED = "referral_issued"
    """«Выдано направление»: a referral is valid; the child must be enrolled."""
    ENROLLED = "enrolled"
    """«Зачислен»: the child is enrolled; the service is complete."""
    REMOVED = "removed"
    """«Снят с очереди»: withdrawn, interest not confirmed, or referrals expired."""
    REFUSED = "refused"
    """Registration refused (child too old, duplicate application …)."""

    @property
    def is_terminal(self) -> bool:
        """True for the states that accept no further transition."""
        return self in TERMINAL_STATUSES

    @property
    def in_queue(self) -> bool:
        """True while the child stands in the queue (queued or notified)."""
        return self in (ApplicationStatus.QUEUED, ApplicationStatus.NOTIFIED)

    @property
    def label(self) -> Label:
        """The short caption, as in the journal's «Статус» column."""
        return _STATUS_LABELS[self]

    @property
    def state_label(self) -> Label:
        """The long caption, as in «Текущее состояние»."""
        return _STATE_LABELS[self]


TERMINAL_STATUSES = frozenset(
    {ApplicationStatus.ENROLLED, ApplicationStatus.REMOVED, ApplicationStatus.REFUSED}
)
"""States that end the application's life."""

ACTIVE_STATUSES = frozenset(ApplicationStatus) - TERMINAL_STATUSES
"""States in which the application is active (a second one for the child is a duplicate)."""

_STATUS_LABELS = {
    ApplicationStatus.QUEUED: Label("Кезекте", "В очереди"),
    ApplicationStatus.NOTIFIED: Label("Хабарлама жіберілді", "Направлено уведомление"),
    ApplicationStatus.REFERRAL_ISSUED: Label("Жолдама берілді", "Выдано направление"),
    ApplicationStatus.ENROLLED: Label("Қабылданды", "Зачислен"),
    ApplicationStatus.REMOVED: Label("Кезектен алынды", "Снят с очереди"),
    ApplicationStatus.REFUSED: Label("Бас тартылды", "Отказано"),
}

_STATE_LABELS = {
    ApplicationStatus.QUEUED: Label("Шешім қабылданды (кезекте)", "Принято решение (в очереди)"),
    ApplicationStatus.NOTIFIED: Label(
        "Шешім қабылданды (хабарлама жіберілді)", "Принято решение (направлено уведомление)"
    ),
    ApplicationStatus.REFERRAL_ISSUED: Label(
        "Шешім қабылданды (жолдама берілді)", "Принято решение (выдано направление)"
    ),
    ApplicationStatus.ENROLLED: Label("Қабылданды", "Зачислен"),
    ApplicationStatus.REMOVED: Label("Кезектен алынды", "Снят с очереди"),
    ApplicationStatus.REFUSED: Label(
        "Кезекке қоюдан бас тартылды", "Отказано в постановке на очередь"
    ),
}


class ReferralStatus(enum.Enum):
    """The status of a referral («Статус направления»); the value is a stable code."""

    NOT_ENROLLED = "not_enrolled"
    """«Не зачислен»: issued, the child not yet enrolled."""
    ENROLLED = "enrolled"
    """«Зачислен»: the child was enrolled with it."""

    @property
    def label(self) -> Label:
        """The caption of «Статус направления»."""
        return _REFERRAL_LABELS[self]


_REFERRAL_LABELS = {
    ReferralStatus.NOT_ENROLLED: Label("Қабылданбаған", "Не зачислен"),
    ReferralStatus.ENROLLED: Label("Қабылданды", "Зачислен"),
}
