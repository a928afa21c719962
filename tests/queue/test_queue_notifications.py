"""Telling applicants: the outbox, e-mail to a local SMTP server, SMS to a local HTTP stub."""

from __future__ import annotations

import json
import socket
import ssl
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.header import decode_header, make_header
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from queue_kit import World, at
from sqlalchemy import select

from kiosk.central import models, notify
from kiosk.central.db import make_sessionmaker
from kiosk.central.sms import HttpSmsGateway


class Mailbox:
    """What the SMTP server accepted; it refuses the first ``fail`` messages (451)."""

    def __init__(self, fail: int = 0) -> None:
        self.messages: list[Any] = []
        self.fail = fail
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self.lock:
            if self.fail:
                self.fail -= 1
                return "451 4.3.0 try again later"
            self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"

    def subjects(self) -> list[str]:
        return [str(make_header(decode_header(m["Subject"]))) for m in self.messages]


def _tls_files(directory: Path) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = directory / "smtp.pem", directory / "smtp.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str,
                  data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"kiosk", b"s3cret")
    return AuthResult(success=ok)


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[tuple[Mailbox, notify.SmtpConfig, ssl.SSLContext]]:
    """A local SMTP server with STARTTLS and login; its config and the client's TLS trust."""
    cert_file, key_file = _tls_files(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert_file, key_file)
    mailbox = Mailbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(mailbox, hostname="127.0.0.1", port=port,
                            tls_context=server_context, require_starttls=True,
                            authenticator=_authenticate, auth_require_tls=True)
    controller.start()
    client_context = ssl.create_default_context(cafile=str(cert_file))
    client_context.check_hostname = False
    config = notify.SmtpConfig(host="127.0.0.1", port=controller.port, tls="starttls",
                               username="kiosk", password="s3cret",
                               sender="noreply@balabaqsha.kz", timeout_s=10)
    try:
        yield mailbox, config, client_context
    finally:
        controller.stop()


class SmsStub(ThreadingHTTPServer):
    """An operator's SMS API: records what it accepted; the first ``fail`` calls get 500."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _SmsHandler)
        self.accepted: list[dict[str, str]] = []
        self.seen_tokens: list[str] = []
        self.fail = 0


class _SmsHandler(BaseHTTPRequestHandler):
    server: SmsStub

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        self.server.seen_tokens.append(self.headers.get("authorization", ""))
        if self.server.fail:
            self.server.fail -= 1
            self.send_response(500)
        else:
            self.server.accepted.append(body)
            self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def sms() -> Iterator[SmsStub]:
    stub = SmsStub()
    thread = threading.Thread(target=stub.serve_forever, daemon=True)
    thread.start()
    try:
        yield stub
    finally:
        stub.shutdown()
        stub.server_close()


def dispatcher(world: World, smtp: Any = None, sms: SmsStub | None = None,
               **options: Any) -> notify.Dispatcher:
    senders: dict[str, notify.Sender] = {}
    if smtp is not None:
        _, config, context = smtp
        senders[notify.EMAIL] = notify.SmtpSender(config, context_factory=lambda: context)
    if sms is not None:
        gateway = HttpSmsGateway(f"http://127.0.0.1:{sms.server_address[1]}/send", "tok")
        senders[notify.SMS] = notify.SmsSender(gateway)
    return notify.Dispatcher(make_sessionmaker(world.service.engine), senders, **options)


def test_each_applicant_is_told_once_in_their_language(world: World, smtp: Any,
                                                       sms: SmsStub) -> None:
    """Seed 000: «Сіздің кезеңіңіз келген жағдайда, Сіз көрсеткен электрондық пошта мен
    телефон нөміріне кезеңіңіздің келгендігі туралы хабарлама келеді» — by e-mail and SMS,
    in the applicant's language, once."""
    kazakh = world.add_child("2022-03-01", registered="2025-06-01T10:00",
                             email="ata@example.kz", phone="+77011111111")
    russian = world.add_child("2022-03-02", registered="2025-06-02T10:00",
                              email="mama@example.kz", phone="+77012222222",
                              applicant_language="ru")
    world.publish("DS-Q1", 2022, "kk", 2, when="2026-03-02T09:00")
    sender = dispatcher(world, smtp, sms)
    report = sender.run_once(at("2026-03-02T09:01"))
    assert (report.sent, report.retried, report.failed) == (4, 0, 0)
    mailbox = smtp[0]
    assert sorted(mailbox.subjects()) == sorted([
        f"Кезегіңіз келді: {kazakh} өтініш", f"Ваша очередь подошла: заявление {russian}"])
    russian_mail = next(m for m in mailbox.messages if m["To"] == "mama@example.kz")
    assert "до 05.03.2026 включительно" in russian_mail.get_payload(decode=True).decode()
    texts = {m["phone"]: m["text"] for m in sms.accepted}
    assert texts["+77011111111"].startswith(f"Кезегіңіз келді: {kazakh}")
    assert texts["+77012222222"].startswith(f"Ваша очередь подошла: {russian}")
    assert set(sms.seen_tokens) == {"Bearer tok"}
    assert sender.run_once(at("2026-03-02T10:00")).sent == 0  # never twice
    assert len(mailbox.messages) == 2 and len(sms.accepted) == 2
    assert {m.status for m in world.outbox()} == {"sent"}


def test_a_failed_send_is_retried_later_and_sent_once(world: World, smtp: Any,
                                                      sms: SmsStub) -> None:
    """The outbox keeps a message the SMTP server or the SMS gateway refused and sends it on
    a later round (not before its retry time), once."""
    child = world.add_child("2022-03-01", registered="2025-06-01T10:00")
    world.publish("DS-Q1", 2022, "kk", when="2026-03-02T09:00")
    smtp[0].fail, sms.fail = 1, 1
    sender = dispatcher(world, smtp, sms, retry_after=timedelta(minutes=1))
    first = sender.run_once(at("2026-03-02T09:00:30"))
    assert (first.sent, first.retried) == (0, 2)
    rows = world.outbox(child)
    assert {r.status for r in rows} == {"pending"} and {r.attempts for r in rows} == {1}
    assert all(r.last_error for r in rows)
    assert sender.run_once(at("2026-03-02T09:01:00")).sent == 0  # not due yet
    assert sender.run_once(at("2026-03-02T09:01:31")).sent == 2
    assert len(smtp[0].messages) == 1 and len(sms.accepted) == 1
    assert sms.accepted[0]["id"]  # the same idempotency id for the retry
    assert sender.run_once(at("2026-03-02T12:00")).sent == 0


def test_a_message_is_parked_after_too_many_failures_and_waits_for_a_channel(
        world: World, sms: SmsStub) -> None:
    """A message that keeps failing is kept as ``failed`` (never lost); e-mail with no SMTP
    server configured waits in the outbox until there is one."""
    world.add_child("2022-03-01", registered="2025-06-01T10:00")
    world.publish("DS-Q1", 2022, "kk", when="2026-03-02T09:00")
    sms.fail = 10
    sender = dispatcher(world, sms=sms, max_attempts=2, retry_after=timedelta(seconds=1))
    sender.run_once(at("2026-03-02T09:01"))
    assert sender.run_once(at("2026-03-02T09:02")).failed == 1
    by_channel = {r.channel: r.status for r in world.outbox()}
    assert by_channel == {"sms": "failed", "email": "pending"}


def test_a_send_cut_short_is_sent_again_after_its_lease(world: World, smtp: Any) -> None:
    """A dispatcher that died after claiming a message leaves it ``sending``; once the lease
    is over another sends it, with the same Message-ID (the receiver drops a repeat)."""
    world.add_child("2022-03-01", registered="2025-06-01T10:00")
    world.publish("DS-Q1", 2022, "kk", when="2026-03-02T09:00")
    sender = dispatcher(world, smtp, lease=timedelta(minutes=5))
    claimed = sender._claim(at("2026-03-02T09:01"))
    assert [c.channel for c in claimed] == ["email"]
    assert sender.run_once(at("2026-03-02T09:03")).sent == 0  # still leased
    assert sender.run_once(at("2026-03-02T09:07")).sent == 1
    [message] = smtp[0].messages
    assert message["Message-ID"] == f"<{notify._digest(claimed[0].key)}@balabaqsha>"


def test_the_allocations_messages_are_the_ones_rows_of_would_make(world: World) -> None:
    """The database writes the «turn came» rows of a run (one statement per channel); they
    are exactly the rows :func:`notify.rows_of` makes for the same message."""
    child = world.add_child("2022-03-01", registered="2025-06-01T10:00",
                            email=" x@example.kz ", phone="+77013333333",
                            applicant_language="ru")
    with world.session() as session:
        row = session.scalar(select(models.Application)
                             .where(models.Application.number == child))
        assert row is not None
        row.extra_email, row.extra_phone = "x@example.kz", "+77014444444"
        notify.enqueue_turns(session, [row.id], at("2026-03-02T09:00"), key="probe",
                             until="05.03.2026", days=3, year=2022)
        expected = notify.rows_of(notify.Message(
            application_id=row.id, template="turn_came", key=f"{row.id}:probe:turn_came",
            language="ru", emails=(row.email, row.extra_email),
            phones=(row.phone, row.extra_phone),
            params={"number": child, "until": "05.03.2026", "days": 3, "year": 2022}),
            at("2026-03-02T09:00"))
    got = [(m.key, m.application_id, m.channel, m.recipient, m.language, m.template,
            m.params_json, m.status, m.attempts) for m in world.outbox(child)]
    assert sorted(got) == sorted(r[:9] for r in expected)
    assert len(got) == 3  # the extra e-mail is the same address
