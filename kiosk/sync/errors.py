"""Errors of the kiosk's link: the central service's coded refusals, and being offline.

A refusal from the central service arrives as :class:`~kiosk.central.errors.CentralError`
with the same code through either link; :class:`OfflineError` (code ``offline``) means
the service could not be reached at all.
"""

from __future__ import annotations

from kiosk.central.errors import CentralError, ErrorCode

OFFLINE = "offline"

TRANSIENT_CODES = frozenset({
    OFFLINE, ErrorCode.UNAVAILABLE.value, ErrorCode.INTERNAL_ERROR.value,
    ErrorCode.DEVICE_REQUIRED.value, ErrorCode.DEVICE_UNKNOWN.value,
    ErrorCode.DEVICE_REVOKED.value,
})
"""Codes after which the same request may succeed later (the service or this kiosk's
enrolment is at fault, not the request): the outbox keeps the request and retries it."""


class OfflineError(CentralError):
    """The central service could not be reached (network down, refused, timed out)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(OFFLINE, 0)
        self.detail = detail


def is_transient(error: CentralError) -> bool:
    """True when retrying the same request later may succeed."""
    return error.code in TRANSIENT_CODES
