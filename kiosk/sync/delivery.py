"""Exactly-once delivery of signed requests through the kiosk's outbox.

A signed request is first committed to the local outbox, then sent. The central service
stores each request's key with its answer, so sending the same document again (after a
lost answer, a crash, a restart) returns the first answer instead of applying it twice.
An entry leaves the outbox only with the central answer (applied, or refused for good);
then its signed document — personal data — is purged. While the service cannot be
reached the entry is retried with exponential back-off, and the applicant holds a
receipt marked "accepted, pending delivery".
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from kiosk.central.envelope import refused_if_malformed
from kiosk.central.errors import CentralError, ErrorCode
from kiosk.central.protocol import parse_document
from kiosk.central.views import SubmitResultView, from_json, to_json
from kiosk.logs import get_logger
from kiosk.store.outbox import Outbox, OutboxItem
from kiosk.store.models import OutboxState
from kiosk.sync.errors import is_transient
from kiosk.sync.link import CentralLink

_log = get_logger("sync")


@dataclass(frozen=True)
class Backoff:
    """Delay before the n-th retry: ``base * 2**(n-1)``, capped, with ±20 % jitter."""

    base: timedelta = timedelta(seconds=5)
    cap: timedelta = timedelta(minutes=10)
    jitter: float = 0.2

    def delay(self, attempts: int, rng: Callable[[], float] = random.random) -> timedelta:
        """The delay after ``attempts`` failed attempts (at least 1)."""
        raw = min(self.base * (2 ** max(attempts - 1, 0)), self.cap)
        return raw * (1 + self.jitter * (2 * rng() - 1))


@dataclass(frozen=True)
class Receipt:
    """What the applicant gets for a signed request.

    ``pending`` True: «accepted, pending delivery» — the request is safe in this kiosk and
    will be delivered when the link returns. Otherwise ``result`` is the central answer.
    """

    key: str
    action: str
    created_at: datetime
    number: str | None = None
    pending: bool = False
    result: SubmitResultView | None = None


@dataclass
class DeliveryReport:
    """What one pass over the outbox did."""

    delivered: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    postponed: list[str] = field(default_factory=list)
    offline: bool = False


def describe(document: bytes) -> tuple[str, str, str | None]:
    """Key, action and application number of a signed request (read without verifying)."""
    with refused_if_malformed():
        root = parse_document(document)
    key, action = root.get("id") or "", root.get("action") or ""
    if not key or not action:
        raise CentralError(ErrorCode.REQUEST_MALFORMED, field="request", problem="no_key")
    number = None
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.endswith("}number"):
            number = (element.text or "").strip() or None
            break
    return key, action, number


def receipt_of(item: OutboxItem) -> Receipt:
    """The receipt an outbox entry stands for now."""
    result = from_json(SubmitResultView, item.result_json) if item.result_json else None
    return Receipt(key=item.key, action=item.action, created_at=item.created_at,
                   number=result.number if result else item.number, pending=item.pending,
                   result=result)


class Deliverer:
    """Sends the outbox's entries through a link, once each."""

    def __init__(self, link: CentralLink, outbox: Outbox, *, backoff: Backoff = Backoff(),
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self.link = link
        self.outbox = outbox
        self.backoff = backoff
        self._clock = clock

    def submit(self, document: bytes) -> Receipt:
        """Keep the signed request, then try to deliver it now.

        Returns the receipt: with the central answer when delivered, ``pending`` when the
        service cannot be reached. Raises CentralError when the service refuses it (the
        refusal is recorded and the document purged).
        """
        key, action, number = describe(document)
        self.outbox.add(key, action, document, number, now=self._clock())
        item = self.outbox.get(key)
        assert item is not None
        if item.pending:
            error = self._deliver(item)
            if error is not None and not is_transient(error):
                raise error
            item = self.outbox.get(key)
            assert item is not None
        if item.state == OutboxState.REFUSED:
            raise CentralError.from_json(409, {"code": item.error_code,
                                               "params": json.loads(item.error_params_json or "{}")})
        return receipt_of(item)

    def deliver_due(self, limit: int = 50) -> DeliveryReport:
        """Deliver the entries that are due; stop at the first sign the link is down."""
        report = DeliveryReport()
        for item in self.outbox.due(self._clock(), limit):
            error = self._deliver(item)
            if error is None:
                report.delivered.append(item.key)
            elif is_transient(error):
                report.postponed.append(item.key)
                if error.code in ("offline", ErrorCode.UNAVAILABLE.value):
                    report.offline = True
                    break
            else:
                report.refused.append(item.key)
        return report

    def _deliver(self, item: OutboxItem) -> CentralError | None:
        """Send one entry and record the answer; the error when it was not delivered."""
        if item.document is None:  # pragma: no cover - pending entries keep their document
            return None
        try:
            result = self.link.submit(item.document)
        except CentralError as error:
            now = self._clock()
            if is_transient(error):
                delay = self.backoff.delay(item.attempts + 1)
                self.outbox.mark_retry(item.key, error.code, delay, now=now)
                _log.info("request %s postponed (%s), next try in %.0f s", item.key,
                          error.code, delay.total_seconds())
            else:
                self.outbox.mark_refused(item.key, error.code,
                                         json.dumps(dict(error.params), ensure_ascii=False),
                                         now=now)
                _log.info("request %s refused by the central service: %s", item.key,
                          error.code)
            return error
        self.outbox.mark_delivered(item.key, json.dumps(to_json(result), ensure_ascii=False),
                                   result.number, now=self._clock())
        _log.info("request %s delivered%s", item.key, " (replayed)" if result.replayed else "")
        return None
