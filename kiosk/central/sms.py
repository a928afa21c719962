"""The SMS gateway that carries one-time login codes and the applicants' notifications.

An interface (:class:`SmsGateway`) so that the region's real operator gateway plugs in;
:class:`MemorySmsGateway` keeps what was sent (tests, the embedded demo),
:class:`LoggingSmsGateway` writes a line to the central log, with the code only outside
production mode, and :class:`HttpSmsGateway` posts to an operator's HTTP API.
"""

from __future__ import annotations

import abc
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

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

    def send_text(self, phone: str, text: str, message_id: str) -> None:
        """Deliver a notification; ``message_id`` is stable across retries of the same message
        (the gateway's idempotency key). Raise OSError when the gateway cannot."""
        raise OSError("this SMS gateway sends login codes only")


@dataclass(frozen=True)
class SentText:
    """A notification handed to the gateway."""

    phone: str
    text: str
    message_id: str
    at: datetime


class MemorySmsGateway(SmsGateway):
    """Keeps the codes it was asked to send (tests and the embedded demo read them back)."""

    def __init__(self) -> None:
        self._sent: list[SentCode] = []
        self._texts: list[SentText] = []
        self._lock = threading.Lock()

    def send_code(self, phone: str, code: str) -> None:
        with self._lock:
            self._sent.append(SentCode(phone, code, datetime.now(timezone.utc)))

    def send_text(self, phone: str, text: str, message_id: str) -> None:
        with self._lock:
            self._texts.append(SentText(phone, text, message_id, datetime.now(timezone.utc)))

    @property
    def texts(self) -> tuple[SentText, ...]:
        """Every notification sent, oldest first."""
        with self._lock:
            return tuple(self._texts)

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


class HttpSmsGateway(SmsGateway):
    """An operator's HTTP SMS API: ``POST <url>`` with a bearer token and a JSON body
    ``{"id": …, "phone": …, "text": …}``; any 2xx answer means accepted. ``id`` is the
    message's idempotency key (the same on a retry)."""

    def __init__(self, url: str, token: str = "", *, timeout_s: float = 10.0,
                 client: httpx.Client | None = None) -> None:
        self.url = url
        self._token = token
        self._client = client or httpx.Client(timeout=timeout_s)

    def _post(self, phone: str, text: str, message_id: str) -> None:
        headers = {"authorization": f"Bearer {self._token}"} if self._token else {}
        try:
            response = self._client.post(self.url, json={"id": message_id, "phone": phone,
                                                         "text": text}, headers=headers)
        except httpx.HTTPError as exc:
            raise OSError(f"SMS gateway unreachable: {type(exc).__name__}") from exc
        if not response.is_success:
            raise OSError(f"SMS gateway answered {response.status_code}")

    def send_code(self, phone: str, code: str) -> None:
        self._post(phone, f"Balabaqsha: {code}", secrets.token_hex(8))

    def send_text(self, phone: str, text: str, message_id: str) -> None:
        self._post(phone, text, message_id)

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.close()
