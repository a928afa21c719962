"""Why a transition of an application is refused: a stable code and its parameters."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType


class TransitionErrorCode(enum.Enum):
    """Reasons a transition is refused; the value is a stable code the UI translates."""

    # state and actor
    APPLICATION_CLOSED = "application_closed"
    ILLEGAL_STATE = "illegal_state"
    ACTOR_NOT_PERMITTED = "actor_not_permitted"
    NOT_APPLICANT = "not_applicant"
    WRONG_KINDERGARTEN = "wrong_kindergarten"
    TIME_BEFORE_LAST_CHANGE = "time_before_last_change"
    # registration
    INVALID_IIN = "invalid_iin"
    INVALID_BIRTH_DATE = "invalid_birth_date"
    CHILD_TOO_OLD = "child_too_old"
    DUPLICATE_APPLICATION = "duplicate_application"
    DUPLICATE_NUMBER = "duplicate_number"
    # queue life
    INTEREST_LAPSED = "interest_lapsed"
    INTEREST_NOT_LAPSED = "interest_not_lapsed"
    BENEFIT_UNCHANGED = "benefit_unchanged"
    AGE_LIMIT_NOT_REACHED = "age_limit_not_reached"
    # turn and referral
    CHILD_TOO_YOUNG = "child_too_young"
    STOP_LISTED = "stop_listed"
    ENROLLED_ELSEWHERE = "enrolled_elsewhere"
    NO_FREE_PLACES = "no_free_places"
    TURN_NOT_COME = "turn_not_come"
    CHOOSE_WINDOW_OPEN = "choose_window_open"
    CHOOSE_WINDOW_CLOSED = "choose_window_closed"
    BENEFIT_DOCUMENTS_MISSING = "benefit_documents_missing"
    BENEFIT_DOCUMENTS_TOO_OLD = "benefit_documents_too_old"
    BENEFIT_DOCUMENTS_AFTER_REQUEST = "benefit_documents_after_request"
    # referral life
    REFERRAL_EXPIRED = "referral_expired"
    REFERRAL_NOT_EXPIRED = "referral_not_expired"
    EXTENSION_LIMIT_REACHED = "extension_limit_reached"
    EXTENSION_REASON_REQUIRED = "extension_reason_required"
    EXTENSION_DATE_NOT_AFTER_EXPIRY = "extension_date_not_after_expiry"
    EXTENSION_TOO_LONG = "extension_too_long"
    REVOKE_WINDOW_CLOSED = "revoke_window_closed"


_EMPTY: Mapping[str, object] = MappingProxyType({})


class TransitionError(Exception):
    """A refused transition. ``code`` is stable for translation; ``params`` fill the message.

    Parameters are plain values (str, int, dates, enum members): e.g.
    ``TransitionError(TransitionErrorCode.STOP_LISTED, until=date(2026, 4, 7))``.
    """

    def __init__(self, code: TransitionErrorCode, **params: object) -> None:
        self.code = code
        self.params: Mapping[str, object] = MappingProxyType(dict(params)) if params else _EMPTY
        detail = ", ".join(f"{k}={_show(v)}" for k, v in sorted(self.params.items()))
        super().__init__(f"{code.value}: {detail}" if detail else code.value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TransitionError):
            return NotImplemented
        return self.code is other.code and dict(self.params) == dict(other.params)

    def __hash__(self) -> int:
        return hash(self.code)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.code, dict(self.params)))


def _rebuild(code: TransitionErrorCode, params: dict[str, object]) -> TransitionError:
    return TransitionError(code, **params)


def _show(value: object) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)
