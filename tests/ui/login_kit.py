"""Fixtures and helpers of the login and signing tests: a real embedded central over a fresh
SQLite copy, the session's demo PKI, a started SyncWorker with its outbox, and windows with
login and signing wired as the kiosk builds them.

Import the fixtures into a test module: ``from tests.ui.login_kit import *``-style, by name.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from central_fixtures import sqlite_central_url  # noqa: F401  (fixture)
from central_kit import make_service
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from kiosk.central.service import CentralService
from kiosk.central.sms import MemorySmsGateway
from kiosk.eds.cards.errors import ReaderNotFoundError
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.keystore import KeyStore, StoreKind
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.trust import TrustMode
from kiosk.logs import AREAS, get_logger, setup_logging
from kiosk.store.db import open_store
from kiosk.store.outbox import Outbox
from kiosk.sync.delivery import Backoff, Deliverer
from kiosk.sync.embedded import EmbeddedCentralLink
from kiosk.sync.errors import OfflineError
from kiosk.sync.worker import SyncWorker
from kiosk.ui.demo import DEMO_CATALOGUE
from kiosk.ui.main_window import MainWindow, WindowSetup
from kiosk.ui.registration import RegistrationSetup
from kiosk.ui.release import KioskRelease
from kiosk.ui.scan_picker import FolderChooser
from kiosk.ui.screenshots import DEMO_TODAY
from kiosk.ui.session import LoginSetup, ReferenceData
from kiosk.ui.signing import KeySources, SigningDialog
from kiosk.ui.signing.picker import KeyPicker
from tests.ui.conftest import FakeChooser, click, shown_window, type_into

PASSWORD = "Qwerty12"  # the demo PKI's password
REGION = "350000000"


class SwitchableLink(EmbeddedCentralLink):
    """The embedded link with a cable to pull: while ``down`` is set nothing gets through."""

    def __init__(self, service: CentralService) -> None:
        super().__init__(service)
        self.down = threading.Event()

    def _check(self) -> None:
        if self.down.is_set():
            raise OfflineError("unplugged")
        super()._check()

    def submit(self, signed: bytes):  # type: ignore[no-untyped-def]
        self._check()
        return super().submit(signed)


def _no_reader(kind: StoreKind) -> KeyStore:
    raise ReaderNotFoundError("no card reader attached")


@pytest.fixture
def central(sqlite_central_url: str, demo_pki: DemoPki) -> Iterator[CentralService]:  # noqa: F811
    """The central service over a fresh seeded SQLite database, trusting the demo PKI."""
    service = make_service(sqlite_central_url, demo_pki)
    yield service
    service.engine.dispose()


@pytest.fixture
def sms(central: CentralService) -> MemorySmsGateway:
    gateway = central._sms  # noqa: SLF001 - the tests' in-memory SMS gateway
    assert isinstance(gateway, MemorySmsGateway)
    return gateway


@pytest.fixture
def link(central: CentralService) -> SwitchableLink:
    return SwitchableLink(central)


@pytest.fixture
def worker(link: SwitchableLink, tmp_path: Path) -> Iterator[SyncWorker]:
    """A started worker over the link, with the kiosk's outbox in the test's data dir."""
    outbox = Outbox(open_store(tmp_path / "data" / "kiosk.sqlite3"))
    deliverer = Deliverer(link, outbox, backoff=Backoff(base=timedelta(seconds=30)))
    worker = SyncWorker(link, deliverer, poll_interval=5.0, probe_interval=0.2)
    worker.start()
    yield worker
    worker.stop(timeout=5)


@pytest.fixture
def keys(demo_pki: DemoPki) -> KeySources:
    """The demo keys, judged by the demo trust (chain and the demo CRL); no card reader."""
    policy = EdsPolicy(TrustMode.DEMO, environment_is_production=False,
                       demo_pki_dir=demo_pki.directory)
    return KeySources(demo_pki_dir=demo_pki.directory, policy=policy, open_card=_no_reader,
                      cards=True)


@pytest.fixture
def login_window(qtbot: QtBot, worker: SyncWorker, keys: KeySources,
                 scan_dir: Path) -> Iterator[Callable[..., MainWindow]]:
    """Builds a shown window with login and signing: ``login_window("kk", kiosk_mode=True)``
    (and ``release=`` a clerk's way out of kiosk mode)."""
    windows: list[MainWindow] = []

    def make(language: str = "kk", kiosk_mode: bool = True,
             release: KioskRelease | None = None) -> MainWindow:
        chooser = FolderChooser(scan_dir) if kiosk_mode else FakeChooser()
        setup = WindowSetup(
            registration=RegistrationSetup(DEMO_CATALOGUE, chooser, 10),
            home_language=language,
            login=LoginSetup(worker, keys, ReferenceData(REGION),
                             service_centre="" if kiosk_mode else "ЦОН-7",
                             today=lambda: DEMO_TODAY),
            release=release)
        window = shown_window(qtbot, language, kiosk_mode, setup)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.unlock()  # a kiosk locked by its test closes now
        window.close()


@pytest.fixture
def data_logs(tmp_path: Path) -> Iterator[Path]:
    """The kiosk's log files in the test's data dir, as ``kiosk`` sets them up."""
    log_dir = tmp_path / "data" / "logs"
    setup_logging(log_dir, "DEBUG")
    yield log_dir
    for area in AREAS:
        logger = get_logger(area)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
        logger.setLevel(logging.NOTSET)
        logger.propagate = True


# -- driving the screens ------------------------------------------------------------------


def pick_row(qtbot: QtBot, widget: QListWidget, row: int) -> None:
    """Touch the row of a list."""
    item = widget.item(row)
    assert item is not None, row
    widget.scrollToItem(item)
    rect = widget.visualItemRect(item)
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert widget.currentRow() == row


def pick_key_file(qtbot: QtBot, picker: KeyPicker, path: Path) -> None:
    """Choose the key file ``path`` in the picker's list (once the list is read)."""
    qtbot.waitUntil(lambda: picker.files.count() > 0 and not picker.busy, timeout=5000)
    rows = [row for row in range(picker.files.count()) if picker.files.item(row).toolTip() == str(path)]
    assert rows, path
    pick_row(qtbot, picker.files, rows[0])


def list_keys(qtbot: QtBot, picker: KeyPicker, password: str = PASSWORD) -> None:
    """Type the password and press «Обновить список ключей»; wait for the answer."""
    type_into(qtbot, picker.secret, password)
    click(qtbot, picker.refresh)
    qtbot.waitUntil(lambda: not picker.busy, timeout=10000)


def log_in_by_key(qtbot: QtBot, window: MainWindow, pki: DemoPki, iin: str,
                  service: str = "register") -> None:
    """From home: the service's button, «По ЭЦП», the AUTH key, «Войти»."""
    click(qtbot, window.home.service_buttons[service])
    login = window.login
    assert login is not None
    pick_key_file(qtbot, login.picker, pki.key(iin, KeyPurpose.AUTH).file)
    list_keys(qtbot, login.picker)
    assert login.picker.key_list.count() == 1
    click(qtbot, login.login_button)
    qtbot.waitUntil(lambda: window.login is None or login.pages.currentIndex() == 1,
                    timeout=15000)


def log_in_by_code(qtbot: QtBot, window: MainWindow, sms: MemorySmsGateway, iin: str,
                   phone: str, service: str = "register") -> None:
    """From home: the service's button, «По ИИН», «Получить код», the code, «Войти»."""
    click(qtbot, window.home.service_buttons[service])
    login = window.login
    assert login is not None
    click(qtbot, login.tab_buttons[login.IIN])
    type_into(qtbot, login.iin_edit, iin)
    click(qtbot, login.get_code)
    qtbot.waitUntil(login.code_row.isVisible, timeout=10000)
    code = sms.last_code(phone)
    assert code is not None
    type_into(qtbot, login.code_edit, code)
    click(qtbot, login.login_button)
    qtbot.waitUntil(lambda: window.login is None or login.pages.currentIndex() == 1,
                    timeout=15000)


def give_email(qtbot: QtBot, window: MainWindow, email: str = "aigerim@mail.kz") -> None:
    """The first login's e-mail page."""
    login = window.login
    assert login is not None and login.pages.currentIndex() == 1
    type_into(qtbot, login.email_edit, email)
    click(qtbot, login.continue_button)
    assert window.login is None


def signing_dialog(qtbot: QtBot, window: MainWindow) -> SigningDialog:
    qtbot.waitUntil(lambda: bool(window.findChildren(SigningDialog)), timeout=5000)
    dialog = window.findChildren(SigningDialog)[0]
    assert dialog.isVisible()
    return dialog
