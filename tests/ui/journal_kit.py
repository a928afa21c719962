"""Fixtures of the journal's and the public screens' tests: a real central service over a
fresh SQLite copy of the seeded template, the kiosk's worker over the embedded link, a
citizen's session and a ``sign`` callable with the demo PKI's SIGN keys.

Test modules import the fixtures they use (``from tests.ui.journal_kit import ...``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from central_fixtures import signer, sqlite_central_url  # noqa: F401  (fixtures)
from central_kit import AIGERIM, NURISLAM, Signer, make_service
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.central import models
from kiosk.central.mapping import store, to_domain
from kiosk.central.protocol import Register
from kiosk.central.service import CentralService
from kiosk.domain import transitions
from kiosk.domain.history import SYSTEM, Actor, ActorKind
from kiosk.domain.numbers import QueueType
from kiosk.domain.rules import RegionRules
from kiosk.eds.demo_pki import DemoPki
from kiosk.sync.embedded import EMBEDDED_DEVICE, EmbeddedCentralLink
from kiosk.sync.worker import SyncWorker
from kiosk.ui.journal.printing import DocumentOutput

KARAGANDA = "351010000"
RULES = RegionRules()


@dataclass
class Clock:
    """The central service's clock: real time moved by ``offset``."""

    offset: timedelta = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(timezone.utc) + self.offset


@dataclass
class Central:
    """The service, its clock and what the tests do to it besides the kiosk."""

    service: CentralService
    clock: Clock
    signer: Signer
    pool: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(2))
    signed: list[bytes] = field(default_factory=list)

    def register(self, parent: str = AIGERIM, child: str = NURISLAM, **extra: object) -> str:
        """A signed registration, as the kiosk's Step 2 would send it; its number."""
        document = self.signer.request(parent, Register(parent, child, QueueType.ORDINARY,
                                                        KARAGANDA, **extra))  # type: ignore[arg-type]
        result = self.service.submit(document)
        assert result.number is not None
        return result.number

    def login(self, iin: str = AIGERIM) -> str:
        """A session of ``iin`` on the kiosk's embedded link (tokens are bound to a device)."""
        challenge = self.service.create_challenge(EMBEDDED_DEVICE)
        return self.service.login_with_signature(self.signer.login(iin, challenge.nonce),
                                                 EMBEDDED_DEVICE).token

    def sign_as(self, iin: str = AIGERIM) -> Callable[[bytes], Future[bytes]]:
        """The ``sign`` callable the signing dialog gives: signs off the UI thread."""

        def sign(document: bytes) -> Future[bytes]:
            def work() -> bytes:
                signed = self.signer.sign(iin, document)
                self.signed.append(signed)
                return signed

            return self.pool.submit(work)

        return sign

    def change(self, number: str, step: Callable[[object], object]) -> None:
        """Apply a domain transition to the stored application (what the scheduler or a
        kindergarten would do)."""
        with self.service.transaction() as session:
            row = session.scalars(select(models.Application)
                                  .where(models.Application.number == number)).one()
            store(row, step(to_domain(row)))  # type: ignore[arg-type]

    def notify(self, number: str) -> None:
        """The child's turn has come: «Направлено уведомление»."""
        now = self.clock()
        self.change(number, lambda app: transitions.offer_turn(
            app, now=now, actor=SYSTEM, rules=RULES, calendar=RULES.working_calendar(),
            situation=transitions.Situation(free_places=True)))

    def enrol(self, number: str) -> None:
        """The kindergarten of the referral enrols the child."""
        detail = self.service.application(AIGERIM, number)
        assert detail.referral is not None
        garden = detail.referral.kindergarten_code
        now = self.clock()
        self.change(number, lambda app: transitions.enrol(
            app, now=now, actor=Actor(ActorKind.KINDERGARTEN, garden), rules=RULES,
            calendar=RULES.working_calendar()))

    def issue_referral(self, number: str) -> None:
        """Choose the first free-choice place, signed by the applicant."""
        from kiosk.central.protocol import ChooseKindergarten

        places = self.service.free_places(AIGERIM, number)
        place = next(p for p in places if p.free_choice)
        self.service.submit(self.signer.request(AIGERIM, ChooseKindergarten(number, place.place)))

    def history_actions(self, number: str) -> list[str]:
        return [h.action for h in self.service.application(AIGERIM, number).history]

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        self.service.engine.dispose()


@pytest.fixture
def central(sqlite_central_url: str, demo_pki: DemoPki, signer: Signer) -> Iterator[Central]:  # noqa: F811
    clock = Clock()
    service = make_service(sqlite_central_url, demo_pki, clock=clock,
                           token_ttl=timedelta(days=5))
    kit = Central(service, clock, signer)
    yield kit
    kit.close()


@pytest.fixture
def worker(central: Central) -> Iterator[SyncWorker]:
    """The kiosk's worker over the embedded link (no outbox: the journal calls directly)."""
    sync = SyncWorker(EmbeddedCentralLink(central.service))
    yield sync
    sync.stop()


class FakeOutput(DocumentOutput):
    """The clerk's dialogs answered by the test: a folder, a printer (or none)."""

    def __init__(self, folder: Path | None = None, printer_file: Path | None = None) -> None:
        self.folder = folder
        self.printer_file = printer_file
        self.confirmed = 0

    def choose_folder(self, parent: object, title: str) -> Path | None:  # type: ignore[override]
        return self.folder

    def printer(self):  # type: ignore[no-untyped-def]
        if self.printer_file is None:
            return None
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.printer_file))
        return printer

    def confirm(self, printer: object, parent: object) -> bool:  # type: ignore[override]
        self.confirmed += 1
        return True


def settle(qtbot: QtBot, condition: Callable[[], bool], timeout: int = 10000) -> None:
    """Wait for the worker's answer to arrive on the UI thread."""
    qtbot.waitUntil(condition, timeout=timeout)
