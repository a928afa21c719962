"""Telling applicants: an outbox of messages, sent by e-mail (SMTP) and SMS (a gateway).

A message is queued in the transaction of the change it tells of (:func:`enqueue_many`),
one outbox row per channel and address, under a unique key: the change is never told
twice, and never lost if the service stops. The texts are data
(:class:`~kiosk.central.models.MessageTemplate`, Kazakh and Russian, e-mail and SMS),
rendered in the applicant's language when sent.

:class:`Dispatcher` sends what is due: it claims rows (``sending`` with a lease, so two
dispatchers never send the same row), sends, and marks them ``sent``; a failure is retried
with a growing delay, and after ``max_attempts`` the row stays ``failed`` for an operator
(never deleted). A crash between the send and the mark can repeat a message once the lease
expires; the message carries a stable id for that case (the e-mail's ``Message-ID``, the
SMS gateway's idempotency key), so the receiving side can drop the repeat. A channel that
is not configured leaves its messages pending until it is.

No message is sent about places published for free choice (the portals' rule).
"""

from __future__ import annotations

import hashlib
import json
import smtplib
import ssl
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any, Literal, Protocol

from sqlalchemy import bindparam, or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.central import bulk, models
from kiosk.central.sms import SmsGateway
from kiosk.logs import get_logger

_log = get_logger("central")

EMAIL, SMS = "email", "sms"
PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
LANGUAGES = ("kk", "ru")
DEFAULT_LANGUAGE = "kk"


def day(value: date) -> str:
    """A date as the messages print it: dd.mm.yyyy."""
    return value.strftime("%d.%m.%Y")


@dataclass(frozen=True)
class Message:
    """A change to tell an applicant about, before it is split per channel and address."""

    application_id: int | None
    template: str
    key: str
    """Unique per change (e.g. ``<application id>:<row version>:<template>``)."""
    language: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


OUTBOX_COLUMNS = ("key", "application_id", "channel", "recipient", "language", "template",
                  "params_json", "status", "attempts", "next_attempt_at", "lease_until",
                  "last_error", "created_at", "sent_at")


def rows_of(message: Message, now: datetime) -> list[tuple[Any, ...]]:
    """The outbox rows of a message (values in :data:`OUTBOX_COLUMNS` order): one per
    channel and distinct, non-empty address."""
    language = message.language if message.language in LANGUAGES else DEFAULT_LANGUAGE
    params = json.dumps(dict(message.params), ensure_ascii=False, sort_keys=True, default=str)
    rows: list[tuple[Any, ...]] = []
    for channel, addresses in ((EMAIL, message.emails), (SMS, message.phones)):
        seen: set[str] = set()
        for n, address in enumerate(addresses):
            address = (address or "").strip()
            if not address or address in seen:
                continue
            seen.add(address)
            rows.append((f"{message.key}:{channel}{n}"[:120], message.application_id, channel,
                         address, language, message.template, params, PENDING, 0, now, None,
                         "", now, None))
    return rows


def enqueue_many(session: Session, messages: Iterable[Message], now: datetime) -> int:
    """Queue messages in the current transaction; returns the number of outbox rows."""
    rows = [row for message in messages for row in rows_of(message, now)]
    bulk.insert_rows(session, models.Notification.__table__, OUTBOX_COLUMNS, rows)
    return len(rows)


_TURN_CHANNELS = ((EMAIL, 0, "email", None), (EMAIL, 1, "extra_email", "email"),
                  (SMS, 0, "phone", None), (SMS, 1, "extra_phone", "phone"))


def enqueue_turns(session: Session, application_ids: Sequence[int], now: datetime, *,
                  key: str, until: str, days: int, year: int) -> None:
    """Queue «your turn has come» to the applicants of many applications at once (the
    allocation): the rows :func:`rows_of` makes for a message keyed
    ``<application id>:<key>:turn_came``, written by the database from the applications'
    own contacts, language and number."""
    if not application_ids:
        return
    marker = "@@number@@"
    template = json.dumps({"number": marker, "until": until, "days": days, "year": year},
                          ensure_ascii=False, sort_keys=True, default=str)
    before, after = template.split(json.dumps(marker))
    language = (f"CASE WHEN a.applicant_language IN ('kk', 'ru') THEN a.applicant_language "
                f"ELSE '{DEFAULT_LANGUAGE}' END")
    columns = ", ".join(OUTBOX_COLUMNS)
    postgres = session.get_bind().dialect.name == "postgresql"
    among = "a.id = ANY(CAST(:ids AS integer[]))" if postgres else "a.id IN :ids"
    step = len(application_ids) if postgres else 5000
    kinds = " UNION ALL ".join(f"SELECT '{channel}' AS channel, {n} AS n"
                               for channel, n, _, _ in _TURN_CHANNELS)
    address = "CASE " + " ".join(
        f"WHEN c.channel = '{channel}' AND c.n = {n} THEN trim(a.{column})"
        for channel, n, column, _ in _TURN_CHANNELS) + " END"
    repeated = "CASE " + " ".join(
        f"WHEN c.channel = '{channel}' AND c.n = {n} THEN trim(a.{primary})"
        for channel, n, _, primary in _TURN_CHANNELS if primary is not None) + " END"
    statement = text(
        f"INSERT INTO notification_outbox ({columns}) "
        f"SELECT CAST(a.id AS TEXT) || ':{key}:turn_came:' || c.channel || CAST(c.n AS TEXT), "
        f"a.id, c.channel, {address}, {language}, 'turn_came', "
        f":before || '\"' || a.number || '\"' || :after, '{PENDING}', 0, :now, NULL, '', "
        f":now, NULL FROM applications a CROSS JOIN ({kinds}) c "
        f"WHERE {among} AND {address} <> '' AND (c.n = 0 OR {address} <> {repeated})"
    ).bindparams(bindparam("now", type_=models.UtcDateTime()))
    if not postgres:
        statement = statement.bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(application_ids), step):
        session.execute(statement, {"ids": list(application_ids[start:start + step]),
                                    "before": before, "after": after, "now": now})


def enqueue(session: Session, application: models.Application, template: str, key: str,
            now: datetime, **params: Any) -> int:
    """Queue one message to an application's applicant (all its addresses)."""
    return enqueue_many(session, [Message(
        application_id=application.id, template=template, key=key,
        language=application.applicant_language or DEFAULT_LANGUAGE,
        emails=(application.email, application.extra_email),
        phones=(application.phone, application.extra_phone),
        params={"number": application.number, **params})], now)


# ------------------------------------------------------------------------------ rendering

@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(templates: Mapping[tuple[str, str, str], models.MessageTemplate], template: str,
           language: str, channel: str, params: Mapping[str, Any]) -> Rendered:
    """The text of a message (the other language's when this one is missing)."""
    found = templates.get((template, language, channel)) or next(
        (templates[k] for k in ((template, other, channel) for other in LANGUAGES)
         if k in templates), None)
    if found is None:
        raise LookupError(f"no message text {template}/{language}/{channel}")
    values = _Defaulting(params)
    return Rendered(found.subject.format_map(values), found.body.format_map(values))


def load_templates(session: Session) -> dict[tuple[str, str, str], models.MessageTemplate]:
    """Every message text, by (code, language, channel)."""
    return {(t.code, t.language, t.channel): t
            for t in session.scalars(select(models.MessageTemplate))}


# ------------------------------------------------------------------------------ senders

class Sender(Protocol):
    """Delivers one rendered message; raises OSError (or smtplib's errors) on failure."""

    def send(self, recipient: str, rendered: Rendered, language: str, message_id: str) -> None:
        ...


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to send e-mail."""

    host: str
    port: int = 587
    tls: Literal["starttls", "ssl", "none"] = "starttls"
    username: str = ""
    password: str = field(default="", repr=False)
    sender: str = "noreply@balabaqsha.kz"
    timeout_s: float = 10.0


class SmtpSender:
    """Sends e-mail over SMTP (STARTTLS, implicit TLS or plain), one connection per batch."""

    def __init__(self, config: SmtpConfig,
                 context_factory: Callable[[], ssl.SSLContext] = ssl.create_default_context
                 ) -> None:
        self.config = config
        self._context_factory = context_factory

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        if c.tls == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(c.host, c.port, timeout=c.timeout_s,
                                                    context=self._context_factory())
        else:
            client = smtplib.SMTP(c.host, c.port, timeout=c.timeout_s)
            if c.tls == "starttls":
                client.starttls(context=self._context_factory())
        if c.username:
            client.login(c.username, c.password)
        return client

    def send(self, recipient: str, rendered: Rendered, language: str, message_id: str) -> None:
        message = EmailMessage()
        message["From"] = self.config.sender
        message["To"] = recipient
        message["Subject"] = rendered.subject
        message["Date"] = format_datetime(datetime.now(timezone.utc))
        message["Message-ID"] = f"<{message_id}@balabaqsha>"
        message["Content-Language"] = language
        message.set_content(rendered.body, charset="utf-8")
        client = self._connect()
        try:
            client.send_message(message)
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()


class SmsSender:
    """Sends SMS through the region's :class:`~kiosk.central.sms.SmsGateway`."""

    def __init__(self, gateway: SmsGateway) -> None:
        self.gateway = gateway

    def send(self, recipient: str, rendered: Rendered, language: str, message_id: str) -> None:
        self.gateway.send_text(recipient, rendered.body, message_id)


# ------------------------------------------------------------------------------ dispatching

@dataclass
class DispatchReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, (OSError, smtplib.SMTPException, LookupError, ValueError))


class Dispatcher:
    """Sends the outbox's due messages over the configured channels."""

    def __init__(self, sessions: sessionmaker[Session], senders: Mapping[str, Sender], *,
                 max_attempts: int = 8, retry_after: timedelta = timedelta(minutes=1),
                 lease: timedelta = timedelta(minutes=5), batch: int = 200) -> None:
        self._sessions = sessions
        self.senders = dict(senders)
        self.max_attempts = max_attempts
        self.retry_after = retry_after
        self.lease = lease
        self.batch = batch

    def _claim(self, now: datetime) -> list[models.Notification]:
        table = models.Notification
        due = or_((table.status == PENDING) & (table.next_attempt_at <= now),
                  (table.status == SENDING) & (table.lease_until < now))
        with self._sessions.begin() as session:
            query = (select(table).where(due, table.channel.in_(sorted(self.senders)))
                     .order_by(table.next_attempt_at, table.id).limit(self.batch))
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            claimed = []
            for row in session.scalars(query):
                result = session.execute(
                    update(table).where(table.id == row.id, due)
                    .values(status=SENDING, lease_until=now + self.lease)
                    .execution_options(synchronize_session=False))
                if result.rowcount == 1:
                    claimed.append(row)
            session.expunge_all()
        return claimed

    def run_once(self, now: datetime | None = None) -> DispatchReport:
        """Send what is due now; returns counts."""
        now = now or datetime.now(timezone.utc)
        report = DispatchReport()
        if not self.senders:
            return report
        claimed = self._claim(now)
        if not claimed:
            return report
        with self._sessions.begin() as session:
            templates = load_templates(session)
        for row in claimed:
            error: str | None = None
            try:
                rendered = render(templates, row.template, row.language, row.channel,
                                  json.loads(row.params_json or "{}"))
                self.senders[row.channel].send(row.recipient, rendered, row.language,
                                               _digest(row.key))
            except Exception as exc:  # noqa: BLE001 - every failure is retried or parked
                if not _retryable(exc):
                    _log.exception("notification %s: unexpected failure", row.id)
                error = f"{type(exc).__name__}: {exc}"[:200]
            self._finish(row, now, error, report)
        return report

    def _finish(self, row: models.Notification, now: datetime, error: str | None,
                report: DispatchReport) -> None:
        table = models.Notification
        attempts = row.attempts + 1
        if error is None:
            values: dict[str, Any] = {"status": SENT, "sent_at": now, "lease_until": None,
                                      "attempts": attempts, "last_error": ""}
            report.sent += 1
        elif attempts >= self.max_attempts:
            values = {"status": FAILED, "lease_until": None, "attempts": attempts,
                      "last_error": error}
            report.failed += 1
            _log.warning("notification %s failed for good after %s attempts", row.id, attempts)
        else:
            delay = self.retry_after * (2 ** (attempts - 1))
            values = {"status": PENDING, "lease_until": None, "attempts": attempts,
                      "next_attempt_at": now + min(delay, timedelta(hours=6)),
                      "last_error": error}
            report.retried += 1
            _log.info("notification %s not sent (%s), will retry", row.id, error.split(":")[0])
        with self._sessions.begin() as session:
            session.execute(update(table).where(table.id == row.id, table.status == SENDING)
                            .values(**values).execution_options(synchronize_session=False))


def dispatcher_from_settings(sessions: sessionmaker[Session], settings: Any,
                             sms: SmsGateway | None = None) -> Dispatcher:
    """The dispatcher of the ``[notifications]`` settings: e-mail when ``smtp_host`` is set,
    SMS through ``sms`` (or an HTTP gateway when ``sms_url`` is set)."""
    section = settings.notifications
    senders: dict[str, Sender] = {}
    if section.smtp_host:
        senders[EMAIL] = SmtpSender(SmtpConfig(
            host=section.smtp_host, port=section.smtp_port, tls=section.smtp_tls,
            username=section.smtp_username, password=section.smtp_password,
            sender=section.smtp_from, timeout_s=section.smtp_timeout_s))
    if sms is None and section.sms_url:
        from kiosk.central.sms import HttpSmsGateway

        sms = HttpSmsGateway(section.sms_url, section.sms_token,
                             timeout_s=section.sms_timeout_s)
    if sms is not None:
        senders[SMS] = SmsSender(sms)
    return Dispatcher(sessions, senders, max_attempts=section.max_attempts,
                      retry_after=timedelta(seconds=section.retry_after_s))
