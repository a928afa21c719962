"""Screenshots of «Журнал заявлений», its actions and the public screens, over a throw-away
embedded central service (a demo PKI and a seeded SQLite database in a temporary folder).

Called by :mod:`kiosk.ui.screenshots`; on its own: ``python -m kiosk.ui.screenshots_journal
docs/screens``. Aigerim (the demo register's first adult) has two applications: Nurislam's,
with a referral issued more than 24 hours ago (extend yes, revoke no), and Ayaulym's, queued
with a benefit (every queue action, free-choice places in Karaganda).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.central.db import make_engine, make_sessionmaker, sqlite_url
from kiosk.central.migrate import upgrade
from kiosk.central.protocol import (
    Attachment,
    ChooseKindergarten,
    ConfirmInterest,
    Payload,
    Register,
    SignedRequestDraft,
    request_to_xml,
)
from kiosk.central.seed import seed_demo
from kiosk.central.service import CentralService
from kiosk.central.sms import MemorySmsGateway
from kiosk.central.verifier import EdsSignatureVerifier
from kiosk.domain import demo_register
from kiosk.domain.numbers import QueueType
from kiosk.domain.rules import RegionRules
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki, generate_demo_pki
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.trust import TrustMode
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import sign_xml
from kiosk.sync.embedded import EMBEDDED_DEVICE, EmbeddedCentralLink
from kiosk.sync.worker import SyncWorker
from kiosk.ui.actions import ExtendReferralPage, WithdrawPage
from kiosk.ui.fonts import install_fonts
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.journal import JournalScreen
from kiosk.ui.journal.printing import DocumentOutput
from kiosk.ui.public import QueueSearchScreen, StatisticsScreen
from kiosk.ui.scan_picker import FolderChooser
from kiosk.ui.style import apply_style

SIZES = {True: (1280, 1024), False: (1280, 800)}
BASE_POINT_SIZE = {True: 16, False: 10}
REGION = "350000000"
KARAGANDA = "351010000"
MOTHER = demo_register.DEMO_ADULTS[0]
SON, DAUGHTER = demo_register.children_of(MOTHER.iin)
MOTHER_PHONE = "+77011234567"  # her phone in the demo register
SCAN = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


class _Clock:
    offset = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(timezone.utc) + self.offset


@dataclass
class DemoCentral:
    """The throw-away central, its worker, the citizen's token and ``sign`` callable."""

    service: CentralService
    worker: SyncWorker
    pki: DemoPki
    token: str
    referral_number: str
    queued_number: str
    pool: ThreadPoolExecutor

    def sign(self, document: bytes) -> Future[bytes]:
        key = self.pki.key(MOTHER.iin, KeyPurpose.SIGN)
        return self.pool.submit(lambda: sign_xml(document, FileKeyStore(key.file), key.password,
                                                 purpose=KeyPurpose.SIGN))


def _signed(pki: DemoPki, payload: Payload, service_centre: str = "") -> bytes:
    key = pki.key(MOTHER.iin, KeyPurpose.SIGN)
    draft = SignedRequestDraft(payload, service_centre=service_centre)
    return sign_xml(request_to_xml(draft), FileKeyStore(key.file), key.password,
                    purpose=KeyPurpose.SIGN)


@contextmanager
def demo_central(folder: Path) -> Iterator[DemoCentral]:
    """A seeded central with Aigerim's two applications; the clock a day past the referral."""
    pki = generate_demo_pki(folder / "pki")
    engine = make_engine(sqlite_url(folder / "central.sqlite3"))
    upgrade(engine)
    with make_sessionmaker(engine).begin() as session:
        seed_demo(session, applications=200, kindergartens=20)
    policy = EdsPolicy(TrustMode.DEMO, environment_is_production=False, demo_pki_dir=pki.directory)
    clock = _Clock()
    sms = MemorySmsGateway()
    service = CentralService(engine, EdsSignatureVerifier(CertificateValidator(policy)), sms,
                             clock=clock)
    son = service.submit(_signed(pki, Register(
        MOTHER.iin, SON.iin, QueueType.ORDINARY, KARAGANDA, email="aigerim@mail.kz",
        phone="+77011234567"), service_centre="ЦОН-7")).number or ""
    daughter = service.submit(_signed(pki, Register(
        MOTHER.iin, DAUGHTER.iin, QueueType.ORDINARY, KARAGANDA, benefit_category="large_families",
        email="aigerim@mail.kz", phone="+77011234567",
        attachments=(Attachment("kop-balaly-otbasy.pdf", "application/pdf", SCAN,
                                date.today()),)))).number or ""
    service.submit(_signed(pki, ConfirmInterest(son)))
    place = next(p for p in service.free_places(MOTHER.iin, son) if p.free_choice)
    service.submit(_signed(pki, ChooseKindergarten(son, place.place)))
    clock.offset = timedelta(hours=26)  # the referral is a day old: it can no longer be revoked
    service.request_code(MOTHER.iin, EMBEDDED_DEVICE)
    code = sms.last_code(MOTHER_PHONE) or ""
    token = service.login_with_code(MOTHER.iin, code, EMBEDDED_DEVICE).token
    worker = SyncWorker(EmbeddedCentralLink(service))
    pool = ThreadPoolExecutor(1)
    try:
        yield DemoCentral(service, worker, pki, token, son, daughter, pool)
    finally:
        worker.stop()
        pool.shutdown()
        engine.dispose()


def wait(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    """Let the worker's answers arrive on the UI thread."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get its data in time")
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()
    QApplication.processEvents()


def _journal_walk(screen: JournalScreen, central: DemoCentral, kiosk_mode: bool) -> Iterator[str]:
    screen.load()
    wait(lambda: screen.table.model.rowCount() == 2)
    yield "journal"
    screen.table.text_filters["child_iin"].setText(DAUGHTER.iin[:6])
    yield "journal-filtered"
    screen.table.clear_filters()
    screen.open(central.queued_number)
    wait(lambda: screen.current_page() is screen.view)
    yield "application-info"
    screen.view.tabs.setCurrentIndex(1)
    yield "application-history"
    screen.view.tabs.setCurrentIndex(2)
    yield "application-documents"
    if not kiosk_mode:
        return
    screen.view.documents.download(0)
    wait(lambda: screen.current_page() is screen.preview_page)
    yield "document-preview"
    screen.back()
    screen.view.tabs.setCurrentIndex(0)
    for action in ("confirm_interest", "change_benefit", "withdraw", "issue_referral"):
        page = screen.start_action(action)
        assert page is not None
        if action == "issue_referral":
            wait(lambda: page.list_stack.currentWidget()  # type: ignore[attr-defined]
                 is page.table)  # type: ignore[attr-defined]
            page.choose(page.table.visible_rows()[0])  # type: ignore[attr-defined]
        if isinstance(page, WithdrawPage):
            page.submit()  # no reason yet: what it says
        yield f"action-{action.replace('_', '-')}"
        screen.back()
    screen.open(central.referral_number)
    wait(lambda: screen.detail is not None
         and screen.detail.summary.number == central.referral_number
         and screen.current_page() is screen.view)
    screen.view.actions_bar.explain("revoke_referral")
    yield "application-referral-why"
    page = screen.start_action("extend_referral")
    assert isinstance(page, ExtendReferralPage)
    page.set_until(page.last_day + timedelta(days=31))
    page.reason.setText("Бала ауырып қалды" if screen.locale().name().startswith("kk")
                        else "Ребенок заболел")
    page.submit()  # beyond 30 days: refused before signing
    yield "action-extend-referral"
    screen.back()


def _search_walk(screen: QueueSearchScreen) -> Iterator[str]:
    yield "search"
    screen.iin.setText(SON.iin)
    screen.search()
    wait(lambda: screen.result_stack.currentWidget() is screen.results)
    yield "search-result"
    screen.by_name.setChecked(True)
    screen.surname.setText(SON.surname)
    screen.search()
    yield "search-by-name-errors"


def _statistics_walk(screen: StatisticsScreen) -> Iterator[str]:
    screen.load()
    wait(lambda: screen.table.model.rowCount() > 0)
    yield "statistics"
    screen.category.set_code("first_priority")
    screen.category.activated.emit(screen.category.currentIndex())
    yield "statistics-filtered"


def walk_journal_screens(central: DemoCentral, kiosk_mode: bool, scans: Path,
                         ) -> Iterator[tuple[str, QWidget]]:
    """Show each screen and page in turn, yielding its name and the top widget (the
    translator and the style in place are the caller's)."""
    journal = JournalScreen(central.worker, central.token, central.sign, kiosk_mode=kiosk_mode,
                            rules=RegionRules(), chooser=FolderChooser(scans),
                            output=DocumentOutput())
    screens: list[tuple[QWidget, Iterator[str]]] = [
        (journal, _journal_walk(journal, central, kiosk_mode))]
    if kiosk_mode:
        search = QueueSearchScreen(central.worker, kiosk_mode=kiosk_mode)
        screens.append((search, _search_walk(search)))
    statistics = StatisticsScreen(central.worker, kiosk_mode=kiosk_mode, region=REGION)
    screens.append((statistics, _statistics_walk(statistics)))
    for screen, walk in screens:
        screen.resize(*SIZES[kiosk_mode])
        screen.show()
        for name in walk:
            wait(lambda: True)
            yield name, screen
        screen.close()
        screen.deleteLater()
        QApplication.processEvents()


def render_journal_screens(out_dir: Path, languages: tuple[str, ...] = ("kk", "ru"),
                           modes: tuple[bool, ...] = (True, False)) -> list[Path]:
    """Save the journal's, the actions' and the public screens as
    ``[clerk-]<lang>-<name>.png``; the clerk's desk gets the journal and the statistics."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication must exist"
    out_dir.mkdir(parents=True, exist_ok=True)
    switch = LanguageSwitcher(app)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch, demo_central(Path(scratch)) as central:
        for kiosk_mode in modes:
            install_fonts(app, BASE_POINT_SIZE[kiosk_mode])
            apply_style(app, kiosk_mode)
            prefix = "" if kiosk_mode else "clerk-"
            for language in languages:
                switch.switch(language)
                for name, screen in walk_journal_screens(central, kiosk_mode, Path(scratch)):
                    path = out_dir / f"{prefix}{language}-{name}.png"
                    screen.grab().save(str(path))
                    written.append(path)
    switch.uninstall()
    return written


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(argv[:1])
    assert app is not None
    for path in render_journal_screens(Path(argv[1]) if len(argv) > 1 else Path("docs/screens")):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
