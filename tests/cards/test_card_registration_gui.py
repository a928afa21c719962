"""A full registration through the real window, logging in and signing with an ID card over PC/SC.

The window is built as the kiosk builds it (the embedded central over a fresh SQLite copy, the
sync worker and its outbox, the demo trust), and its :class:`KeySources` takes the real card
route: ``open_card_store`` on the card thread through pyscard and pcscd, and the process's card
monitor. The card is an emulated Kazakh ID card (T=0, ``tests/cards/vicc.py``) in the vpcd
virtual reader, holding the demo applicant's AUTH and SIGN keys. Nothing card-related is stubbed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from card_kit import ID_CARD_ATR, PIN, DemoCardKeys, Events, Pcscd, id_card, insert
from central_kit import AIGERIM, NURISLAM
from cryptography.hazmat.primitives.serialization import Encoding
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from vicc import EmulatedApplet, VirtualCard

from kiosk.central import models
from kiosk.central.service import CentralService
from kiosk.eds.cards.monitor import CardMonitor
from kiosk.eds.cards.profiles import ProfileTable
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.keystore import StoreKind
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import verify_xml
from kiosk.ui.main_window import MainWindow
from kiosk.ui.signing import KeySources, SigningDialog
from kiosk.ui.signing.keys import _Monitor
from kiosk.ui.signing.picker import KeyPicker
from kiosk.wizard.registration import View
from tests.ui.conftest import (  # noqa: F401  (fixtures)
    click,
    garbage_collected_on_the_ui_thread,
    scan_dir,
    type_into,
)
from tests.ui.login_kit import (  # noqa: F401  (fixtures)
    central,
    give_email,
    link,
    login_window,
    pick_row,
    signing_dialog,
    sqlite_central_url,
    worker,
)
from tests.ui.test_login_signing import to_step2_and_send, untranslated

pytestmark = [pytest.mark.pcsc, pytest.mark.gui,
              pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

CARD_MS = 30_000  # a card operation under emulation: generous
NUMBER = re.compile(r"UO\.(\d{4})\.\d{6}\.\d+")
PSO = 0x2A  # PERFORM SECURITY OPERATION: the card computes a signature
WRONG_PIN = {"kk": "PIN-код қате: 2 әрекет қалды.",
             "ru": "Неверный PIN-код: осталось попыток — 2."}
ENTER_PIN = {"kk": "PIN-кодты енгізіңіз", "ru": "Введите PIN-код"}
LANGUAGES = pytest.mark.parametrize(("language", "kiosk_mode"), [("kk", True), ("ru", False)],
                                    ids=["kk-kiosk", "ru-clerk"])


@pytest.fixture(scope="module")
def kiosk_card_monitor(pcscd: Pcscd) -> Iterator[CardMonitor]:
    """The kiosk's own process-wide card monitor, started on the test pcscd before any window.

    Once it has looked at the readers, a picker sees only the changes after it subscribed
    (a monitor that starts with the picker reports the card already there as inserted, and
    the picker reads it again while the test types the PIN). Stopped when the module ends,
    before the pcscd goes.
    """
    _Monitor.subscribe(lambda: None)()
    monitor = _Monitor._monitor  # noqa: SLF001 - the singleton KeySources subscribes to
    assert isinstance(monitor, CardMonitor) and monitor.wait_ready(5.0)
    yield monitor
    monitor.stop()
    _Monitor._monitor = None  # noqa: SLF001


@pytest.fixture
def keys(demo_pki: DemoPki, demo_validator: CertificateValidator,
         kiosk_card_monitor: CardMonitor) -> KeySources:
    """The demo keys and trust, and cards over the real PC/SC route (no ``open_card`` stub)."""
    sources = KeySources(demo_pki_dir=demo_pki.directory, policy=demo_validator.policy)
    assert sources.cards_available
    return sources


@pytest.fixture
def card(pcscd: Pcscd, slot: list[VirtualCard], events: Events, profiles: ProfileTable,
         card_keys: DemoCardKeys) -> EmulatedApplet:
    """The applicant's ID card in the virtual reader (pulled out after the test)."""
    assert card_keys.iin == AIGERIM  # the card holds the keys of the citizen who applies
    applet = id_card(profiles, card_keys)
    insert(pcscd, slot, events, ID_CARD_ATR, applet)
    return applet


def choose_card_key(qtbot: QtBot, picker: KeyPicker, purpose: KeyPurpose, pin: str,
                    language: str) -> None:
    """«Удостоверение личности», wait for the card's keys, touch the key of ``purpose``, the PIN."""
    click(qtbot, picker.kind_buttons[StoreKind.ID_CARD])
    qtbot.waitUntil(lambda: len(picker.entries()) == 2 and not picker.busy, timeout=CARD_MS)
    assert {entry.purpose for entry in picker.entries()} == {KeyPurpose.AUTH, KeyPurpose.SIGN}
    assert not picker.files.isVisible() and picker.card_status.isVisible()
    assert picker.card_status.property("problem") is False, picker.card_status.text()
    assert picker.secret_caption.text() == ENTER_PIN[language]
    assert not untranslated(picker.window(), language)
    row = next(i for i, entry in enumerate(picker.entries()) if entry.purpose is purpose)
    pick_row(qtbot, picker.key_list, row)
    assert picker.details.values["iin"].text() == AIGERIM
    assert not picker.error.isVisible()
    type_into(qtbot, picker.secret, pin)


def log_in_with_card(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """From home: «Постановка ребенка в очередь», the card's AUTH key and PIN, «Войти», e-mail."""
    click(qtbot, window.home.service_buttons["register"])
    login = window.login
    assert login is not None
    choose_card_key(qtbot, login.picker, KeyPurpose.AUTH, PIN, language)
    click(qtbot, login.login_button)
    qtbot.waitUntil(lambda: login.pages.currentIndex() == 1 or login.picker.error.isVisible(),
                    timeout=CARD_MS)  # the first login asks for the e-mail
    assert not login.picker.error.isVisible(), login.picker.error.text()
    give_email(qtbot, window)


def sign_with_card(qtbot: QtBot, window: MainWindow, pin: str, language: str) -> SigningDialog:
    """In «Формирование ЭЦП»: the card's SIGN key, the PIN, «Подписать»; wait for the outcome."""
    dialog = signing_dialog(qtbot, window)
    choose_card_key(qtbot, dialog.picker, KeyPurpose.SIGN, pin, language)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.state in ("choosing", "closed"), timeout=CARD_MS)
    return dialog


@LANGUAGES
def test_a_full_registration_with_an_id_card(
        qtbot: QtBot, login_window: Callable[..., MainWindow], card: EmulatedApplet,
        central: CentralService, card_keys: DemoCardKeys, demo_validator: CertificateValidator,
        language: str, kiosk_mode: bool) -> None:
    window = login_window(language, kiosk_mode)
    log_in_with_card(qtbot, window, language)
    assert window.registration is not None
    to_step2_and_send(qtbot, window)
    sign_with_card(qtbot, window, PIN, language)

    screen = window.registration
    qtbot.waitUntil(lambda: screen.state.view is View.RESULT, timeout=CARD_MS)
    number = screen.result.values.values["number"].text()
    match = NUMBER.fullmatch(number)
    assert match is not None, number
    assert int(match.group(1)) == central.now().year
    assert sum(command[1] == PSO for command in card.commands) == 2  # the login, the application
    assert not card.verified  # the card was reset after signing: the PIN does not linger

    with central.transaction() as session:
        application = session.scalar(select(models.Application).where(
            models.Application.number == number))
        assert application is not None
        assert (application.applicant_iin, application.child_iin) == (AIGERIM, NURISLAM)
        signed = session.scalars(select(models.SignedRequestRecord.signed_xml).where(
            models.SignedRequestRecord.application_id == application.id)).one()
    verification = verify_xml(signed, demo_validator, purpose=KeyPurpose.SIGN, expected_iin=AIGERIM)
    assert verification.valid and verification.signer is not None, verification.to_dict()
    assert verification.signer.certificate.public_bytes(Encoding.DER) == card_keys.keys["sign"][1]


@LANGUAGES
def test_a_wrong_pin_is_said_and_step2_is_kept(
        qtbot: QtBot, login_window: Callable[..., MainWindow], card: EmulatedApplet,
        central: CentralService, language: str, kiosk_mode: bool) -> None:
    window = login_window(language, kiosk_mode)
    log_in_with_card(qtbot, window, language)
    to_step2_and_send(qtbot, window)
    dialog = sign_with_card(qtbot, window, "87654321", language)
    assert dialog.state == "choosing" and dialog.picker.error.isVisible()
    assert dialog.picker.error.text() == WRONG_PIN[language]
    assert dialog.picker.secret.hasFocus() and dialog.picker.secret.selectedText() == "87654321"
    assert card.tries == 2
    screen = window.registration
    assert screen is not None and screen.state.view is View.SIGNING  # nothing was sent
    click(qtbot, dialog.cancel_button)
    assert screen.state.view is View.CHILD
    assert screen.child.iin_edit.text() == NURISLAM and screen.child.send.isEnabled()
    assert screen.child.district_combo.currentData() == "351010000"
    with central.transaction() as session:
        assert session.scalar(select(models.Application).where(
            models.Application.child_iin == NURISLAM)) is None
