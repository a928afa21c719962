"""Queue types and application numbers: ``UO.2018.256902.1``, ``SDDO.2020.768620.1``."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class QueueType(enum.Enum):
    """The queue an application stands in; the value is the number's prefix."""

    ORDINARY = "UO"
    """State kindergartens (ДДО / МДҰ)."""
    SANATORIUM = "SDDO"
    """Sanatorium kindergartens (СДДО / санаторлық балабақша)."""


class NumberErrorCode(enum.Enum):
    """Why a text is not an application number; the value is a stable code."""

    FORMAT = "format"
    QUEUE_TYPE = "queue_type"
    YEAR = "year"
    SEQUENCE = "sequence"
    SUFFIX = "suffix"


class ApplicationNumberError(ValueError):
    """A text that is not an application number, with a typed reason."""

    def __init__(self, code: NumberErrorCode, text: str) -> None:
        super().__init__(f"not an application number ({code.value}): {text!r}")
        self.code = code
        self.text = text


MIN_YEAR, MAX_YEAR = 2000, 2099
MAX_SEQUENCE = 999_999

_SHAPE = re.compile(r"([A-Z]+)\.(\d{4})\.(\d{6})\.(\d{1,3})", re.ASCII)


@dataclass(frozen=True)
class ApplicationNumber:
    """``<queue prefix>.<year>.<6-digit sequence>.<n>``; orders by type, year, sequence, n."""

    queue_type: QueueType
    year: int
    sequence: int
    suffix: int = 1

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ApplicationNumberError(NumberErrorCode.YEAR, repr(self))
        if not 0 <= self.sequence <= MAX_SEQUENCE:
            raise ApplicationNumberError(NumberErrorCode.SEQUENCE, repr(self))
        if not 1 <= self.suffix <= 999:
            raise ApplicationNumberError(NumberErrorCode.SUFFIX, repr(self))

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, ApplicationNumber):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def sort_key(self) -> tuple[str, int, int, int]:
        """A key that orders numbers deterministically."""
        return (self.queue_type.value, self.year, self.sequence, self.suffix)

    def format(self) -> str:
        """The number as printed: ``UO.2018.000016.1``."""
        return f"{self.queue_type.value}.{self.year:04d}.{self.sequence:06d}.{self.suffix}"

    def __str__(self) -> str:
        return self.format()

    @classmethod
    def parse(cls, text: str) -> ApplicationNumber:
        """Parse a printed number (surrounding blanks ignored).

        Raises ApplicationNumberError with the reason: FORMAT (not four dot-separated parts
        of the right shape), QUEUE_TYPE (unknown prefix), YEAR, SEQUENCE or SUFFIX.
        """
        match = _SHAPE.fullmatch(text.strip())
        if match is None:
            raise ApplicationNumberError(NumberErrorCode.FORMAT, text)
        prefix, year, sequence, suffix = match.groups()
        try:
            queue_type = QueueType(prefix)
        except ValueError:
            raise ApplicationNumberError(NumberErrorCode.QUEUE_TYPE, text) from None
        if not MIN_YEAR <= int(year) <= MAX_YEAR:
            raise ApplicationNumberError(NumberErrorCode.YEAR, text)
        if suffix.startswith("0"):
            raise ApplicationNumberError(NumberErrorCode.SUFFIX, text)
        return cls(queue_type, int(year), int(sequence), int(suffix))
