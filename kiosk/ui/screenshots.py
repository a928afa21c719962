"""Renders every screen of the kiosk into PNG files (docs/screens), in both languages and
both modes, with the demo data: ``python -m kiosk.ui.screenshots docs/screens`` (or
``kiosk --screenshots DIR [--lang kk|ru]``).

:func:`walk` drives the registration pages on the demo register (it also serves the tests
that look for untranslated captions); :func:`login_walk` drives the login, the signing dialog
and the delivery over a real embedded central in a scratch directory, with the demo PKI.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.domain import demo_register
from kiosk.settings import KioskSection
from kiosk.ui.application import create_window, demo_setup
from kiosk.ui.demo import demo_registration
from kiosk.ui.keyboard import HIDE
from kiosk.ui.main_window import MainWindow, WindowSetup
from kiosk.ui.scan_picker import ScanFolderPicker
from kiosk.ui.widgets import ChoiceCombo
from kiosk.wizard.registration import Receipt

DEMO_TODAY = date(2026, 11, 25)
SIZES = {True: (1280, 1024), False: (1280, 800)}
MOTHER = demo_register.DEMO_ADULTS[0]
SON = demo_register.children_of(MOTHER.iin)[0]
DEMO_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _not_opened(window: QWidget) -> QWidget:
    raise RuntimeError("the registration walks never open another service")


SERVICES_SHOWN = {key: _not_opened for key in ("journal", "search", "statistics")}
"""The home screen's other services, enabled as on a real kiosk (their own screenshots come
from :mod:`kiosk.ui.screenshots_journal`); these walks never open them."""


def demo_window(language: str, kiosk_mode: bool, scan_dir: Path | None = None,
                today: date = DEMO_TODAY, inactivity: bool = True) -> MainWindow:
    """A window on the demo register with a fixed «today», sized like the real screens."""
    base = demo_setup(kiosk_mode, KioskSection(language=language),  # type: ignore[arg-type]
                      scan_dir=scan_dir)
    setup = WindowSetup(start_registration=lambda: demo_registration(MOTHER.iin, today),
                        registration=base.registration,
                        inactivity=base.inactivity if inactivity else None,
                        home_language=language, screens=SERVICES_SHOWN)
    window = create_window(language, kiosk_mode, setup)
    window.resize(*SIZES[kiosk_mode])
    return window


def settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def typed(edit: QLineEdit, text: str) -> None:
    """As if ``text`` was typed: the field changes and reports the edit."""
    edit.setText(text)
    edit.textEdited.emit(text)


def picked(combo: ChoiceCombo, code: str) -> None:
    """As if the entry with ``code`` was chosen from the list."""
    combo.set_code(code)
    combo.activated.emit(combo.currentIndex())


def walk(window: MainWindow, scan: Path) -> Iterator[str]:
    """Drive ``window`` through every page, yielding a name while each is on screen."""
    yield "home"
    screen = window.start_registration()
    assert screen is not None
    settle()
    yield "description"
    screen.go_next()  # not acknowledged: the error shows
    settle()
    yield "description-error"
    screen.description.acknowledge.setChecked(True)
    screen.go_next()
    settle()
    yield "step1"
    typed(screen.applicant.edit("email"), "aigerim")
    typed(screen.applicant.edit("phone"), "8701")
    screen.go_next()
    settle()
    yield "step1-errors"
    typed(screen.applicant.edit("email"), "aigerim@mail.kz")
    typed(screen.applicant.edit("phone"), "+7 701 123 45 67")
    screen.go_next()
    settle()
    yield "step2"
    screen.go_next()
    settle()
    yield "step2-errors"
    typed(screen.child.iin_edit, SON.iin)
    picked(screen.child.district_combo, "351010000")
    screen.child.beneficiary.setChecked(True)
    picked(screen.child.category_combo, "large_family")
    screen.child.add_scan_files([scan])
    if window.keyboard is not None:
        window.keyboard.press(HIDE)
    settle()
    screen.child.scroll.ensureWidgetVisible(screen.child.add_scan, 0, 200)
    settle()
    yield "step2-benefit"
    screen.child.queue_buttons[list(screen.child.queue_buttons)[1]].click()
    settle()
    yield "step2-sanatorium"
    if window.kiosk_mode:
        os.utime(scan)  # the scanner has just written it
        screen.child.add_scan.click()
        settle()
        yield "scan-picker"
        for picker in window.findChildren(ScanFolderPicker):
            picker.close_picker()
    screen.cancel()
    settle()
    yield "cancel-confirm"
    screen.confirm.stay.click()
    screen.child.queue_buttons[list(screen.child.queue_buttons)[0]].click()
    screen.go_next()
    settle()
    yield "signing-wait"
    screen.submitted(Receipt("UO.2026.000147.1", 18355, pending_delivery=False))
    settle()
    yield "result"
    window.wipe()
    screen = window.start_registration()
    assert screen is not None
    screen.wizard.acknowledge(True)
    screen.wizard.next()
    screen.wizard.edit_applicant(email="aigerim@mail.kz", phone="+77011234567")
    screen.wizard.next()
    screen.wizard.edit_child(child_iin=SON.iin, district="351010000")
    screen.go_next()
    screen.submitted(Receipt("UO.2026.000148.1", None, pending_delivery=True))
    settle()
    yield "result-pending"
    if window.warning is not None:
        window.warning.show_left(25_000)
        window.warning.popup()
        settle()
        yield "inactivity"
        window.warning.hide()
    window.wipe()


def save_walk(out_dir: Path, window: MainWindow, language: str,
              pages: Iterator[str]) -> list[Path]:
    """Show ``window`` and save it at each page the walk yields, as
    ``[clerk-]<lang>-<page>.png``; then close it."""
    window.show()
    settle()
    prefix = "" if window.kiosk_mode else "clerk-"
    written = []
    for name in pages:
        path = out_dir / f"{prefix}{language}-{name}.png"
        grab(window).save(str(path))
        written.append(path)
    window.close()
    window.deleteLater()
    settle()
    return written


def render_screens(out_dir: Path, languages: tuple[str, ...] = ("kk", "ru"),
                   modes: tuple[bool, ...] = (True, False)) -> list[Path]:
    """Save every page in every language and mode as ``[clerk-]<lang>-<page>.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        scans = Path(scratch)
        scan = scans / "anyqtama-kop-balaly-otbasy.pdf"
        scan.write_bytes(DEMO_PDF)
        for kiosk_mode in modes:
            for language in languages:
                window = demo_window(language, kiosk_mode, scan_dir=scans, inactivity=kiosk_mode)
                written.extend(save_walk(out_dir, window, language, walk(window, scan)))
    return written


def grab(widget: QWidget) -> QPixmap:
    settle()
    return widget.grab()


# -- login and signing over a real embedded central ------------------------------------------


def wait_for(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    """Let the event loop run until ``predicate()`` (work finishing on other threads)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)
    settle()


class Scratch:
    """A throw-away kiosk: demo PKI, an embedded central with an in-memory SMS gateway, and a
    sync worker with its outbox, all in one directory. Each :meth:`setup` starts on a fresh
    copy of the seeded database, so every walk is the citizen's first visit."""

    def __init__(self, directory: Path) -> None:
        from kiosk.central.db import make_engine, sqlite_url
        from kiosk.central.factory import prepare_database
        from kiosk.central.verifier import demo_pki_dir
        from kiosk.eds.demo_pki import ensure_demo_pki, load_demo_pki
        from kiosk.settings import Settings

        self.directory = directory
        self.settings = Settings(data_dir=str(directory))
        self.pki = load_demo_pki(ensure_demo_pki(demo_pki_dir(self.settings)))
        self.template = directory / "central-template.sqlite3"
        engine = make_engine(sqlite_url(self.template))
        prepare_database(engine, demo=True, demo_applications=60)
        engine.dispose()
        self._opened: list[Any] = []
        self._runs = 0

    def setup(self, kiosk_mode: bool, language: str) -> tuple[WindowSetup, Any]:
        """A window setup with login and signing on a fresh database; the SMS gateway."""
        from kiosk.central.db import sqlite_url
        from kiosk.central.factory import build_service
        from kiosk.central.sms import MemorySmsGateway
        from kiosk.central.verifier import demo_pki_dir, eds_policy
        from kiosk.eds.cards.errors import ReaderNotFoundError
        from kiosk.eds.keystore import KeyStore, StoreKind
        from kiosk.store.db import open_store
        from kiosk.store.outbox import Outbox
        from kiosk.sync.delivery import Deliverer
        from kiosk.sync.embedded import EmbeddedCentralLink
        from kiosk.sync.worker import SyncWorker
        from kiosk.ui.session import LoginSetup, ReferenceData
        from kiosk.ui.signing import KeySources

        self._runs += 1
        database = self.directory / f"central-{self._runs}.sqlite3"
        shutil.copyfile(self.template, database)
        sms = MemorySmsGateway()
        service = build_service(self.settings, sqlite_url(database), sms=sms)
        link = EmbeddedCentralLink(service)
        outbox = Outbox(open_store(self.directory / f"kiosk-{self._runs}.sqlite3"))
        worker = SyncWorker(link, Deliverer(link, outbox))
        worker.start()
        self._opened.append((worker, service))

        def no_reader(kind: StoreKind) -> KeyStore:
            raise ReaderNotFoundError("no card reader attached")

        keys = KeySources(demo_pki_dir=demo_pki_dir(self.settings),
                          policy=eds_policy(self.settings), open_card=no_reader, cards=True)
        base = demo_setup(kiosk_mode, KioskSection(language=language))  # type: ignore[arg-type]
        login = LoginSetup(worker, keys, ReferenceData("350000000"),
                           service_centre="" if kiosk_mode else "ЦОН-7",
                           today=lambda: DEMO_TODAY)
        return WindowSetup(registration=base.registration, home_language=language,
                           login=login, screens=SERVICES_SHOWN,
                           release=self.release(keys) if kiosk_mode else None), sms

    def release(self, keys: Any) -> Any:
        """Leaving kiosk mode with the demo clerk's key (and the visitors' keys, to refuse)."""
        from kiosk.central.demo_staff import ensure_demo_clerk_key
        from kiosk.central.verifier import demo_pki_dir
        from kiosk.eds.certificate import KeyPurpose
        from kiosk.eds.clerk import ClerkPolicy
        from kiosk.ui.release import KioskRelease
        from kiosk.ui.signing import KeySources
        from kiosk.ui.signing.keys import KeyFile

        clerk = ensure_demo_clerk_key(demo_pki_dir(self.settings))
        offered = (KeyFile(clerk, "ОПЕРАТОР ЦОН DEMO", KeyPurpose.AUTH, demo=True),
                   *(key for key in keys.files() if key.purpose is KeyPurpose.AUTH))
        return KioskRelease(KeySources(policy=keys.policy, demo_files=offered, cards=False),
                            ClerkPolicy())

    def close(self) -> None:
        for worker, service in self._opened:
            worker.stop(timeout=5)
            service.engine.dispose()


def login_walk(window: MainWindow, pki: Any, sms: Any) -> Iterator[str]:
    """Drive ``window`` (with login) through the login, the signing dialog and the delivery."""
    from kiosk.eds.certificate import KeyPurpose
    from kiosk.eds.keystore import StoreKind
    from kiosk.ui.signing import SigningDialog

    auth = pki.key(MOTHER.iin, KeyPurpose.AUTH)
    sign = pki.key(MOTHER.iin, KeyPurpose.SIGN)

    def choose_file(picker: Any, path: Path) -> None:
        wait_for(lambda: picker.files.count() > 0 and not picker.busy)
        for row in range(picker.files.count()):
            if picker.files.item(row).toolTip() == str(path):
                picker.files.setCurrentRow(row)
                picker.files.scrollToItem(picker.files.item(row))
        settle()

    def list_keys(picker: Any, password: str) -> None:
        picker.secret.setFocus()
        picker.secret.setText(password)
        picker.refresh.click()
        wait_for(lambda: not picker.busy)

    window.home.service_buttons["register"].click()
    login = window.login
    assert login is not None
    wait_for(lambda: login.picker.files.count() > 0 and not login.picker.busy)
    yield "login-eds"
    choose_file(login.picker, auth.file)
    list_keys(login.picker, "qwerty")
    yield "login-wrong-password"
    list_keys(login.picker, auth.password)
    yield "login-eds-key"
    login.picker.kind_buttons[StoreKind.ID_CARD].click()
    wait_for(lambda: not login.picker.busy)
    yield "login-card"
    login.picker.kind_buttons[StoreKind.FILE].click()
    login.tab_buttons[login.IIN].click()
    typed(login.iin_edit, MOTHER.iin)
    login.get_code.click()
    wait_for(login.code_row.isVisible)
    code = sms.last_code(MOTHER.phone)
    typed(login.code_edit, code or "")
    yield "login-iin-code"
    login.login_button.click()
    wait_for(lambda: login.pages.currentIndex() == 1)
    yield "login-email"
    typed(login.email_edit, "aigerim@mail.kz")
    login.continue_button.click()
    screen = window.registration
    assert screen is not None
    settle()
    screen.wizard.acknowledge(True)
    screen.go_next()
    screen.go_next()  # the e-mail and phone are known
    typed(screen.child.iin_edit, SON.iin)
    picked(screen.child.district_combo, "351010000")
    settle()
    yield "registration-step2"
    screen.go_next()
    wait_for(lambda: bool(window.findChildren(SigningDialog)))
    dialog = window.findChildren(SigningDialog)[0]
    wait_for(lambda: dialog.picker.files.count() > 0 and not dialog.picker.busy)
    yield "signing"
    choose_file(dialog.picker, auth.file)
    list_keys(dialog.picker, auth.password)
    dialog.sign_button.click()
    wait_for(lambda: dialog.state == "choosing")
    yield "signing-auth-refused"
    choose_file(dialog.picker, sign.file)
    list_keys(dialog.picker, sign.password)
    yield "signing-key"
    dialog.sign_button.click()
    settle()
    yield "signing-busy"
    wait_for(lambda: screen.state.view.value == "result")
    yield "signing-result"
    window.wipe()
    if window.connection is not None:
        window.connection._update(False)  # noqa: SLF001 - as the worker reports a lost link
        settle()
        yield "home-offline"
        window.connection._update(True)  # noqa: SLF001
    window.wipe()
    if window.setup.release is not None:
        yield from release_walk(window, auth.file, auth.password, choose_file, list_keys)


def release_walk(window: MainWindow, visitor_key: Path, password: str,
                 choose_file: Callable[[Any, Path], None],
                 list_keys: Callable[[Any, str], None]) -> Iterator[str]:
    """«Служебный вход»: the clerk's key dialog, and a visitor's key refused in it."""
    dialog = window.request_release()
    assert dialog is not None
    wait_for(lambda: dialog.picker.files.count() > 0 and not dialog.picker.busy)
    yield "staff-entrance"
    choose_file(dialog.picker, visitor_key)
    list_keys(dialog.picker, password)
    dialog.sign_button.click()
    wait_for(lambda: dialog.state == "choosing" and not dialog.picker.busy)
    settle()
    yield "staff-entrance-refused"
    window.wipe()


def render_login_screens(out_dir: Path, languages: tuple[str, ...] = ("kk", "ru"),
                         modes: tuple[bool, ...] = (True, False)) -> list[Path]:
    """Save the login and signing screens as ``[clerk-]<lang>-<page>.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Scratch(Path(scratch_dir))
        try:
            for kiosk_mode in modes:
                for language in languages:
                    setup, sms = scratch.setup(kiosk_mode, language)
                    window = create_window(language, kiosk_mode, setup)
                    window.resize(*SIZES[kiosk_mode])
                    written.extend(save_walk(out_dir, window, language,
                                             login_walk(window, scratch.pki, sms)))
            written.extend(render_startup(out_dir, languages))
        finally:
            scratch.close()
    return written


def render_startup(out_dir: Path, languages: tuple[str, ...]) -> list[Path]:
    """The home screen of a first start, kiosk size: services waiting, the step on screen."""
    from kiosk.ui.application import create_window
    from kiosk.ui.main_window import WindowSetup
    from kiosk.ui.startup import StartupProgress

    written = []
    for language in languages:
        window = create_window(language, True, WindowSetup(home_language=language))
        progress = StartupProgress()
        window.home.show_startup(progress)
        window.resize(*SIZES[True])
        window.show()
        progress.report("central")  # the step a first start spends longest on
        settle()
        path = out_dir / f"{language}-startup.png"
        grab(window).save(str(path))
        written.append(path)
        window.close()
        window.deleteLater()
        window.languages.uninstall()
        settle()
    return written


def render_all(out_dir: Path, languages: tuple[str, ...] = ("kk", "ru")) -> list[Path]:
    """Every screen: the registration pages, the login and signing, the start-up screen, the
    journal with its actions, the queue search and the statistics."""
    from kiosk.ui.screenshots_journal import render_journal_screens

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    return (render_screens(out_dir, languages) + render_login_screens(out_dir, languages)
            + render_journal_screens(out_dir, languages))


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(argv[:1])
    assert app is not None
    out = Path(argv[1]) if len(argv) > 1 else Path("docs/screens")
    for path in render_all(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
