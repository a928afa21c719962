"""The SMS gateway that carries one-time login codes.

An interface (:class:`SmsGateway`) so that the region's real operator gateway plugs in;
:class:`MemorySmsGateway` keeps what was sent (tests, the embedded demo) and
:class:`LoggingSmsGateway` writes a line to the central log, with the code only outside
production mode.
"""

from __future__ import annotations

import abc
import threading
from dataclasses import dataclass
from datetime import datetime, timezone

from kiosk.logs import get_logger

_log = get_logger("central")


@dataclass(frozen=True)
class SentCode:
    """A one-time code handed to the gateway."""

    phone: str
    code: str
    at: datetime


class SmsGateway(abc.ABC):
    """Sends a one-time login code to a phone."""

    @abc.abstractmethod
    def send_code(self, phone: str, code: str) -> None:
        """Deliver ``code`` to ``phone``; raise OSError when the gateway cannot."""


class MemorySmsGateway(SmsGateway):
    """Keeps the codes it was asked to send (tests and the embedded demo read them back)."""

    def __init__(self) -> None:
        self._sent: list[SentCode] = []
        self._lock = threading.Lock()

    def send_code(self, phone: str, code: str) -> None:
        with self._lock:
            self._sent.append(SentCode(phone, code, datetime.now(timezone.utc)))

    @property
    def sent(self) -> tuple[SentCode, ...]:
        """Everything sent, oldest first."""
        with self._lock:
            return tuple(self._sent)

    def last_code(self, phone: str) -> str | None:
        """The latest code sent to ``phone``."""
        with self._lock:
            return next((s.code for s in reversed(self._sent) if s.phone == phone), None)


class LoggingSmsGateway(MemorySmsGateway):
    """Logs each sending; outside ``production`` also logs and keeps the code (demo)."""

    def __init__(self, production: bool) -> None:
        super().__init__()
        self._production = production

    def send_code(self, phone: str, code: str) -> None:
        if self._production:
            _log.info("one-time code sent to %s", phone)
            return
        super().send_code(phone, code)
        _log.info("one-time code %s sent to %s (demo gateway)", code, phone)
