"""Benefit (priority) classes of the queue and an application's benefit."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class PriorityClass(enum.Enum):
    """The three classes of the queue, served in this order; the value is a stable code."""

    OUT_OF_TURN = "out_of_turn"
    """Внеочередное право / кезектен тыс құқық."""
    FIRST_PRIORITY = "first_priority"
    """Первоочередное право / бірінші кезектегі құқық."""
    GENERAL = "general"
    """No benefit: «Без льготы»."""

    @property
    def rank(self) -> int:
        """0 for out-of-turn, 1 for first-priority, 2 for everyone else."""
        return _RANK[self]

    @property
    def is_benefit(self) -> bool:
        """True for the two benefit classes."""
        return self is not PriorityClass.GENERAL


_RANK = {PriorityClass.OUT_OF_TURN: 0, PriorityClass.FIRST_PRIORITY: 1, PriorityClass.GENERAL: 2}


@dataclass(frozen=True)
class Benefit:
    """An application's benefit: its class and, for a benefit class, the region's category code.

    The categories (children of servicemen, orphans, children with disabilities …) are
    the region's data, so only their code is kept here.
    """

    priority: PriorityClass = PriorityClass.GENERAL
    category: str | None = None

    def __post_init__(self) -> None:
        if self.priority is PriorityClass.GENERAL and self.category is not None:
            raise ValueError("a general (no-benefit) application has no benefit category")
        if self.category is not None and not self.category.strip():
            raise ValueError("a benefit category code must not be blank")

    @property
    def is_benefit(self) -> bool:
        """True when the application has out-of-turn or first-priority right."""
        return self.priority.is_benefit


NO_BENEFIT = Benefit()
"""The benefit of an application without one («Без льготы»)."""
