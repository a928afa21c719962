"""A refusal (``CentralError.code`` or a domain permission's reason) as a translated sentence.

The sentences live in :mod:`kiosk.ui.errors`; their ``{name}`` placeholders are filled from
the refusal's parameters, else from what the screen knows (the region's rules, the
referral's dates), so a reason that came without parameters (a journal button's "why?")
still reads whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from concurrent.futures import CancelledError
from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.central.errors import CentralError
from kiosk.central.views import ApplicationDetailView
from kiosk.domain.errors import TransitionError
from kiosk.domain.rules import RegionRules
from kiosk.ui.errors import central_error_text, error_text
from kiosk.ui.labels import fmt_date

CONTEXT = "Refusals"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")

_FAILED = QT_TRANSLATE_NOOP("Refusals", "Something went wrong. Please try again.")


def _shown(value: object) -> str:
    """A parameter as a person reads it: dates as 31.07.2018."""
    if isinstance(value, datetime):
        return fmt_date(value.date())
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, str):
        try:
            return fmt_date(datetime.fromisoformat(value).date())
        except ValueError:
            return value
    return str(value)


def refusal_defaults(detail: ApplicationDetailView | None, rules: RegionRules) -> dict[str, object]:
    """What the screens know that a refusal's sentence may need: the region's limits, the
    referral's last day and latest extension, the end of the stop-list."""
    values: dict[str, object] = {
        "hours": rules.revoke_window_hours, "max_days": rules.extension_max_calendar_days,
        "min_age": rules.min_choice_age_years,
        "max_age_days": rules.benefit_documents_max_age_days,
        "allowed": rules.extensions_allowed,
    }
    if detail is None:
        return values
    if detail.referral is not None:
        values["last_day"] = detail.referral.last_day
        values["latest"] = detail.referral.last_day + timedelta(
            days=rules.extension_max_calendar_days)
    if detail.stop_list_until is not None:
        values["until"] = detail.stop_list_until
    return values


def code_of(error: BaseException | str) -> str:
    """The stable code of a refusal ("" for an error that has none)."""
    if isinstance(error, str):
        return error
    if isinstance(error, CentralError):
        return error.code
    if isinstance(error, TransitionError):
        return error.code.value
    return ""


def refusal_text(error: BaseException | str, defaults: Mapping[str, object] | None = None) -> str:
    """The translated sentence for a refusal; ``defaults`` fill placeholders it left open."""
    code = code_of(error)
    params: dict[str, object] = dict(defaults or {})
    if isinstance(error, (CentralError, TransitionError)):
        params.update({k: v for k, v in error.params.items() if v is not None})
    if not code:
        return QCoreApplication.translate(CONTEXT, _FAILED)
    text = error_text(code)
    if text == error_text("unknown"):  # not a journal refusal: the central service's wording
        return central_error_text(code, params)
    return _PLACEHOLDER.sub(lambda m: _shown(params.get(m.group(1), "—")), text)


def is_cancelled(error: BaseException) -> bool:
    """True when the user cancelled (the signing dialog closed without a signature)."""
    return isinstance(error, CancelledError) or type(error).__name__ in (
        "SigningCancelled", "Cancelled", "CancelledError")
