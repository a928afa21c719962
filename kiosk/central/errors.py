"""Typed errors of the central service, each with a stable code the kiosk translates.

The service never returns prose meant for a person: every refusal is a code from
:class:`ErrorCode` (or, for a refused transition, the domain's ``TransitionErrorCode``
value) with plain parameters. The HTTP adapter turns a :class:`CentralError` into
``{"code": ..., "params": {...}}`` with the status given here; the embedded link raises
the same codes, so the UI translates one list whichever route the request took.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType

from kiosk.domain.errors import TransitionError


class ErrorCode(enum.Enum):
    """Stable codes of the service's refusals (besides the domain's transition codes)."""

    # protocol
    BAD_REQUEST = "bad_request"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    INTERNAL_ERROR = "internal_error"
    UNAVAILABLE = "unavailable"
    # device and session
    DEVICE_REQUIRED = "device_required"
    DEVICE_UNKNOWN = "device_unknown"
    DEVICE_REVOKED = "device_revoked"
    AUTH_REQUIRED = "auth_required"
    TOKEN_INVALID = "token_invalid"
    TOKEN_EXPIRED = "token_expired"
    FORBIDDEN = "forbidden"
    # login
    CHALLENGE_INVALID = "challenge_invalid"
    CHALLENGE_EXPIRED = "challenge_expired"
    PERSON_UNKNOWN = "person_unknown"
    NO_PHONE = "no_phone"
    OTP_TOO_SOON = "otp_too_soon"
    OTP_INVALID = "otp_invalid"
    OTP_EXPIRED = "otp_expired"
    OTP_LOCKED = "otp_locked"
    # signatures
    SIGNATURE_INVALID = "signature_invalid"
    CERTIFICATE_UNTRUSTED = "certificate_untrusted"
    CERTIFICATE_EXPIRED = "certificate_expired"
    CERTIFICATE_NOT_YET_VALID = "certificate_not_yet_valid"
    CERTIFICATE_REVOKED = "certificate_revoked"
    REVOCATION_UNKNOWN = "revocation_unknown"
    AUTH_KEY_FOR_SIGNING = "auth_key_for_signing"
    SIGNING_KEY_FOR_AUTH = "signing_key_for_auth"
    CERTIFICATE_NO_IIN = "certificate_no_iin"
    # signed requests
    REQUEST_MALFORMED = "request_malformed"
    REQUEST_STALE = "request_stale"
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    SIGNER_NOT_APPLICANT = "signer_not_applicant"
    NOT_PARENT = "not_parent"
    CHILD_UNKNOWN = "child_unknown"
    APPLICATION_NOT_FOUND = "application_not_found"
    REGION_UNKNOWN = "region_unknown"
    DISTRICT_UNKNOWN = "district_unknown"
    BENEFIT_CATEGORY_UNKNOWN = "benefit_category_unknown"
    KINDERGARTEN_UNKNOWN = "kindergarten_unknown"
    PLACE_NOT_SUITABLE = "place_not_suitable"
    SANATORIUM_PROFILE_REQUIRED = "sanatorium_profile_required"
    ALREADY_APPLICANT = "already_applicant"
    NUMBERS_EXHAUSTED = "numbers_exhausted"


_STATUS: dict[ErrorCode, int] = {
    ErrorCode.BAD_REQUEST: 422,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.METHOD_NOT_ALLOWED: 405,
    ErrorCode.INTERNAL_ERROR: 500,
    ErrorCode.UNAVAILABLE: 503,
    ErrorCode.DEVICE_REQUIRED: 401,
    ErrorCode.DEVICE_UNKNOWN: 403,
    ErrorCode.DEVICE_REVOKED: 403,
    ErrorCode.AUTH_REQUIRED: 401,
    ErrorCode.TOKEN_INVALID: 401,
    ErrorCode.TOKEN_EXPIRED: 401,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.OTP_TOO_SOON: 429,
    ErrorCode.OTP_LOCKED: 429,
    ErrorCode.APPLICATION_NOT_FOUND: 404,
    ErrorCode.REGION_UNKNOWN: 404,
    ErrorCode.DISTRICT_UNKNOWN: 404,
    ErrorCode.NUMBERS_EXHAUSTED: 503,
}

_BAD_REQUEST_CODES = frozenset({ErrorCode.REQUEST_MALFORMED, ErrorCode.REQUEST_STALE})
_SIGNATURE_CODES = frozenset({
    ErrorCode.SIGNATURE_INVALID, ErrorCode.CERTIFICATE_UNTRUSTED, ErrorCode.CERTIFICATE_EXPIRED,
    ErrorCode.CERTIFICATE_NOT_YET_VALID, ErrorCode.CERTIFICATE_REVOKED,
    ErrorCode.REVOCATION_UNKNOWN, ErrorCode.AUTH_KEY_FOR_SIGNING,
    ErrorCode.SIGNING_KEY_FOR_AUTH, ErrorCode.CERTIFICATE_NO_IIN,
})

_EMPTY: Mapping[str, object] = MappingProxyType({})


def status_of(code: ErrorCode) -> int:
    """The HTTP status that goes with a code."""
    if code in _STATUS:
        return _STATUS[code]
    if code in _BAD_REQUEST_CODES:
        return 400
    if code in _SIGNATURE_CODES:
        return 403
    return 409


def _plain(value: object) -> object:
    """A parameter as a JSON-friendly value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


class CentralError(Exception):
    """A refusal of the central service: a stable ``code``, an HTTP ``status``, ``params``.

    ``code`` is a plain string so that the domain's transition codes (``stop_listed``,
    ``revoke_window_closed`` …) travel unchanged next to the service's own.
    """

    def __init__(self, code: ErrorCode | str, status: int | None = None, /,
                 **params: object) -> None:
        # ``status`` is positional-only: a refusal may carry a parameter named "status"
        # (the domain's illegal_state does)
        if isinstance(code, ErrorCode):
            self.code = code.value
            self.status = status if status is not None else status_of(code)
        else:
            self.code = code
            self.status = status if status is not None else 409
        self.params: Mapping[str, object] = (
            MappingProxyType({k: _plain(v) for k, v in params.items()}) if params else _EMPTY)
        detail = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        super().__init__(f"{self.code}: {detail}" if detail else self.code)

    def to_json(self) -> dict[str, object]:
        """The body the API returns: ``{"code": ..., "params": {...}}``."""
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_transition(cls, error: TransitionError) -> CentralError:
        """The service error for a transition the domain refused (409, the domain's code)."""
        return cls(error.code.value, 409, **dict(error.params))

    @classmethod
    def from_json(cls, status: int, body: Mapping[str, object]) -> CentralError:
        """Rebuild an error from an API body (used by the HTTPS link)."""
        code = body.get("code")
        params = body.get("params")
        if not isinstance(code, str) or not code:
            code = ErrorCode.INTERNAL_ERROR.value
        error = cls(code, status)
        if isinstance(params, Mapping):
            error.params = MappingProxyType({str(k): v for k, v in params.items()})
        return error


def is_signature_code(code: str) -> bool:
    """True when ``code`` says a signature or its certificate was refused."""
    return code in {c.value for c in _SIGNATURE_CODES}
