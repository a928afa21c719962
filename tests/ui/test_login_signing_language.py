"""A language switch words again the messages already shown on the login screen, in the key
picker and in the signing dialog (its summary too), and loses nothing typed (SPEC §1).

Each message is produced in Russian, the language is switched to Kazakh with the screen's
(or the dialog's) «Қазақша» button, and the message must then be the Kazakh wording of the
same function, still visible."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import pytest
from central_kit import AIGERIM, NURISLAM
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kiosk.central.service import CentralService
from kiosk.central.sms import MemorySmsGateway
from kiosk.domain.iin import check_iin
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.sync.errors import OfflineError
from kiosk.sync.worker import SyncWorker
from kiosk.ui.errors import eds_error_text, error_text, failure_text
from kiosk.ui.login.screen import LoginScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.release import ClerkKeyDialog, KioskRelease, clerk_refusal_text
from kiosk.ui.signing import SigningDialog
from kiosk.wizard.registration import View
from tests.ui.conftest import click, type_into
from tests.ui.login_kit import (  # noqa: F401  (fixtures)
    central,
    give_email,
    keys,
    link,
    list_keys,
    log_in_by_code,
    login_window,
    pick_key_file,
    signing_dialog,
    sms,
    sqlite_central_url,
    worker,
)
from tests.ui.test_kiosk_release import release  # noqa: F401  (fixture)
from tests.ui.test_login_signing import PHONE, to_step2_and_send

WRONG = "qwerty12"  # not the demo keys' password


CAPTIONS = {"LoginScreen": {"kk": "Кіру", "ru": "Войти"},  # «Войти»
            "SigningDialog": {"kk": "Қол қою", "ru": "Подписать"}}  # «Подписать»


def switch(qtbot: QtBot, window: MainWindow, screen: LoginScreen | SigningDialog,
           language: str) -> None:
    """Touch «Қазақша» or «Русский» of ``screen`` (the login's header or the dialog's own);
    wait until the screen has re-read its captions."""
    click(qtbot, screen.languages.buttons[language])
    assert window.languages.language == language
    if isinstance(screen, LoginScreen):
        button, words = screen.login_button, CAPTIONS["LoginScreen"]
    else:
        button, words = screen.sign_button, CAPTIONS["SigningDialog"]
    qtbot.waitUntil(lambda: button.text() == words[language], timeout=2000)


def login_screen(qtbot: QtBot, window: MainWindow) -> LoginScreen:
    click(qtbot, window.home.service_buttons["register"])
    login = window.login
    assert login is not None and login.isVisible()
    return login


def test_the_login_screens_messages_follow_the_language(
        qtbot: QtBot, login_window: Callable[..., MainWindow], sms: MemorySmsGateway,
        worker: SyncWorker, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    window = login_window("ru", kiosk_mode=False)
    login = login_screen(qtbot, window)
    click(qtbot, login.tab_buttons[login.IIN])

    # the IIN field's error
    wrong_iin = AIGERIM[:-1] + str((int(AIGERIM[-1]) + 1) % 10)
    check = check_iin(wrong_iin)
    assert check.error is not None
    type_into(qtbot, login.iin_edit, wrong_iin)
    click(qtbot, login.get_code)
    russian = login.iin_row.error.text()
    assert login.iin_row.error.isVisible() and russian == error_text(check.error.value, "iin")
    switch(qtbot, window, login, "kk")
    kazakh = login.iin_row.error.text()
    assert login.iin_row.error.isVisible()
    assert kazakh == error_text(check.error.value, "iin") != russian
    assert kazakh.startswith("ЖСН қате")
    assert login.iin_edit.text() == wrong_iin and login.iin_edit.property("invalid")

    # a refused code (``iin_error``) and the code row's error, together
    switch(qtbot, window, login, "ru")
    type_into(qtbot, login.iin_edit, AIGERIM)
    click(qtbot, login.get_code)
    qtbot.waitUntil(login.code_row.isVisible, timeout=10000)
    code = sms.last_code(PHONE)
    assert code is not None
    type_into(qtbot, login.code_edit, "000000" if code != "000000" else "111111")
    click(qtbot, login.login_button)
    qtbot.waitUntil(login.iin_error.isVisible, timeout=10000)
    refused = login.iin_error.text()
    assert "4" in refused  # tries left
    type_into(qtbot, login.code_edit, "12")
    click(qtbot, login.login_button)
    short = login.code_row.error.text()
    assert login.code_row.error.isVisible() and login.iin_error.isVisible()
    switch(qtbot, window, login, "kk")
    assert login.iin_error.isVisible() and login.iin_error.text() != refused
    assert login.iin_error.text() == "Код қате: 4 әрекет қалды."
    assert login.code_row.error.isVisible() and login.code_row.error.text() != short
    assert login.code_row.error.text() == QCoreApplication.translate(
        "LoginScreen", "Enter the 6 digits of the code.") == "Кодтың 6 цифрын енгізіңіз."
    assert (login.iin_edit.text(), login.code_edit.text()) == (AIGERIM, "12")

    # the status while a request is under way, then what its failure says
    switch(qtbot, window, login, "ru")
    pending: Future[Any] = Future()
    monkeypatch.setattr(worker, "call", lambda _call: pending)
    click(qtbot, login.get_code)
    sending = login.status.text()
    assert sending and not login.iin_error.isVisible()
    switch(qtbot, window, login, "kk")
    assert login.status.text() == "Код жіберілуде…" != sending
    error = OfflineError("unplugged")
    pending.set_exception(error)
    qtbot.waitUntil(login.iin_error.isVisible, timeout=5000)
    assert login.status.text() == ""
    assert login.iin_error.text() == failure_text(error, signing=False)  # Kazakh now
    kazakh = login.iin_error.text()
    switch(qtbot, window, login, "ru")
    assert login.iin_error.isVisible()
    assert login.iin_error.text() == failure_text(error, signing=False) != kazakh
    assert (login.iin_edit.text(), login.code_edit.text()) == (AIGERIM, "12")


def test_the_key_pickers_error_follows_the_language(
        qtbot: QtBot, login_window: Callable[..., MainWindow], demo_pki: DemoPki) -> None:
    window = login_window("ru", kiosk_mode=False)
    login = login_screen(qtbot, window)
    picker = login.picker
    auth = demo_pki.key(AIGERIM, KeyPurpose.AUTH).file

    # no key listed: the storage's password was wrong
    pick_key_file(qtbot, picker, auth)
    list_keys(qtbot, picker, WRONG)
    russian = picker.error.text()
    assert picker.error.isVisible() and russian.startswith("Неверный пароль")
    assert picker.key_list.count() == 0
    switch(qtbot, window, login, "kk")
    assert picker.error.isVisible()
    assert picker.error.text() == eds_error_text("wrong_password") != russian
    assert picker.error.text().startswith("Құпиясөз қате")
    assert picker.secret.text() == WRONG
    assert picker.files.item(picker.files.currentRow()).toolTip() == str(auth)

    # a key chosen, then refused at «Войти» for a password typed over
    switch(qtbot, window, login, "ru")
    list_keys(qtbot, picker)
    assert picker.key_list.count() == 1 and not picker.error.isVisible()
    type_into(qtbot, picker.secret, WRONG)
    click(qtbot, login.login_button)
    qtbot.waitUntil(lambda: not login._busy and picker.error.isVisible(),  # noqa: SLF001
                    timeout=15000)
    russian = picker.error.text()
    assert russian.startswith("Неверный пароль")
    switch(qtbot, window, login, "kk")
    assert picker.error.isVisible()  # not cleared by the switch
    assert picker.error.text() == eds_error_text("wrong_password", signing=False) != russian
    assert picker.error.text().startswith("Құпиясөз қате")
    assert picker.selected_entry() is not None and picker.secret.text() == WRONG
    assert window.login is login and not window.session.logged_in  # type: ignore[union-attr]


def test_the_signing_dialogs_summary_and_error_follow_the_language(
        qtbot: QtBot, login_window: Callable[..., MainWindow], demo_pki: DemoPki,
        sms: MemorySmsGateway) -> None:
    window = login_window("ru", kiosk_mode=False)
    log_in_by_code(qtbot, window, sms, AIGERIM, PHONE)
    give_email(qtbot, window)
    to_step2_and_send(qtbot, window)
    screen = window.registration
    assert screen is not None
    child = screen.state.child.child
    assert child is not None
    name = f"{child.surname} {child.name}"
    dialog = signing_dialog(qtbot, window)
    russian = dialog.summary.text()
    assert dialog.summary.isVisible() and name in russian
    pick_key_file(qtbot, dialog.picker, demo_pki.key(AIGERIM, KeyPurpose.SIGN).file)
    list_keys(qtbot, dialog.picker)
    type_into(qtbot, dialog.picker.secret, WRONG)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.state == "choosing" and dialog.picker.error.isVisible(),
                    timeout=15000)
    refused = dialog.picker.error.text()
    assert refused.startswith("Неверный пароль")

    switch(qtbot, window, dialog, "kk")
    assert dialog.summary.isVisible() and dialog.summary.text() != russian
    assert dialog.summary.text() == QCoreApplication.translate(
        "MainWindow", "Application to register {name} in the kindergarten queue").replace(
        "{name}", name) == f"Баланы кезекке қою туралы өтініш: {name}"
    assert dialog.picker.error.isVisible()
    assert dialog.picker.error.text() == eds_error_text("wrong_password") != refused
    assert dialog.picker.secret.text() == WRONG and dialog.picker.selected_entry() is not None

    click(qtbot, dialog.cancel_button)
    assert screen.state.view is View.CHILD and screen.child.iin_edit.text() == NURISLAM


def test_the_clerks_dialog_follows_the_language_the_same_way(
        qtbot: QtBot, login_window: Callable[..., MainWindow], release: KioskRelease,  # noqa: F811
        central: CentralService) -> None:  # noqa: F811
    window = login_window("ru", kiosk_mode=True, release=release)
    click(qtbot, window.home.release)
    dialog = signing_dialog(qtbot, window)
    assert isinstance(dialog, ClerkKeyDialog)
    russian = dialog.summary.text()
    assert russian.startswith("Выход из режима киоска")
    parent = next(key.path for key in release.keys.demo_files if key.owner == "parent")
    pick_key_file(qtbot, dialog.picker, parent)
    list_keys(qtbot, dialog.picker)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.state == "choosing" and dialog.picker.error.isVisible(),
                    timeout=15000)
    refused = dialog.picker.error.text()
    assert refused.startswith("Это личный ключ")

    switch(qtbot, window, dialog, "kk")
    assert dialog.summary.text().startswith("Киоск режимінен шығу") and dialog.summary.isVisible()
    assert dialog.picker.error.isVisible()  # a chosen key's refusal is not cleared by the switch
    assert dialog.picker.error.text() == clerk_refusal_text("not_an_employee") != refused
    assert dialog.picker.error.text().startswith("Бұл жеке кілт")
    assert dialog.picker.selected_entry() is not None and window.isVisible()
