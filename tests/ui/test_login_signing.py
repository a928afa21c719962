"""Login (by EDS, by IIN and code), the signing dialog and delivery, with real widgets over a
real embedded central, the demo PKI and the kiosk's outbox."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from central_kit import AIGERIM, ERLAN, INKAR, NURISLAM
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.central.service import CentralService
from kiosk.central.sms import MemorySmsGateway
from kiosk.domain.demo_register import children_of, find_person
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.keystore import StoreKind
from kiosk.logs import AREAS, get_logger
from kiosk.ui.connection import OnlineIndicator
from kiosk.ui.main_window import MainWindow
from kiosk.wizard.registration import View
from tests.ui.conftest import choose, click, type_into, visible_texts
from tests.ui.login_kit import (  # noqa: F401  (fixtures)
    PASSWORD,
    SwitchableLink,
    central,
    data_logs,
    give_email,
    keys,
    link,
    list_keys,
    log_in_by_code,
    log_in_by_key,
    login_window,
    pick_key_file,
    signing_dialog,
    sms,
    sqlite_central_url,
    worker,
)
from tests.ui.test_untranslated import english_sources

PHONE = "+77011234567"  # Aigerim's phone in the register
WORDS = {
    "kk": {"login": "Кіру", "refresh": "Кілттер тізімін жаңарту", "sign": "Қол қою",
           "title": "XML форматында ЭЦҚ қалыптастыру", "registered": "Өтініш тіркелді",
           "pending": "Өтініш қабылданды, жіберуді күтуде",
           "wrong_password": "Құпиясөз қате", "auth_for_signing": "аутентификация кілті",
           "duplicate": "екінші өтініш қабылданбайды", "no_reader": "Карта оқу құрылғысы табылмады"},
    "ru": {"login": "Войти", "refresh": "Обновить список ключей", "sign": "Подписать",
           "title": "Формирование ЭЦП в формате XML", "registered": "Заявление зарегистрировано",
           "pending": "Заявление принято, ожидает отправки",
           "wrong_password": "Неверный пароль", "auth_for_signing": "ключ аутентификации",
           "duplicate": "второе заявление не принимается", "no_reader": "Считыватель карт не найден"},
}


def untranslated(window: MainWindow, language: str) -> list[str]:
    english = english_sources(language)
    return [text for text in visible_texts(window) if text in english]


def to_step2_and_send(qtbot: QtBot, window: MainWindow, child: str = NURISLAM) -> None:
    """Description → Step 1 (contacts prefilled) → Step 2 → «Отправить»."""
    screen = window.registration
    assert screen is not None
    click(qtbot, screen.description.acknowledge)
    click(qtbot, screen.description.apply)
    assert screen.applicant.person.values["iin"].text() == AIGERIM
    assert screen.applicant.edit("phone").text() == PHONE  # from the register
    click(qtbot, screen.applicant.forward)
    assert screen.state.view is View.CHILD, screen.state.errors
    type_into(qtbot, screen.child.iin_edit, child)
    assert screen.child.child.values["name"].text() != "—"
    choose(qtbot, screen.child.district_combo, "351010000")
    click(qtbot, screen.child.send)
    assert screen.state.view is View.SIGNING


def sign_with(qtbot: QtBot, window: MainWindow, pki: DemoPki, purpose: KeyPurpose,
              password: str = PASSWORD) -> None:
    dialog = signing_dialog(qtbot, window)
    key = pki.key(AIGERIM, purpose)
    pick_key_file(qtbot, dialog.picker, key.file)
    list_keys(qtbot, dialog.picker, password)
    assert dialog.picker.key_list.count() == 1
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.state in ("choosing", "closed"), timeout=15000)


@pytest.mark.parametrize(("language", "kiosk_mode"), [("kk", True), ("ru", False)],
                         ids=["kk-kiosk", "ru-clerk"])
def test_a_full_registration_signed_with_the_citizens_own_keys(
        qtbot: QtBot, login_window: Callable[..., MainWindow], demo_pki: DemoPki,
        data_logs: Path, central: CentralService, language: str,  # noqa: F811
        kiosk_mode: bool) -> None:
    words = WORDS[language]
    window = login_window(language, kiosk_mode)
    click(qtbot, window.home.service_buttons["register"])
    login = window.login
    assert login is not None and login.isVisible()
    assert login.login_button.text() == words["login"]
    assert login.picker.refresh.text() == words["refresh"]
    auth = demo_pki.key(AIGERIM, KeyPurpose.AUTH)
    pick_key_file(qtbot, login.picker, auth.file)
    assert not untranslated(window, language)
    list_keys(qtbot, login.picker)
    assert login.picker.details.values["iin"].text() == AIGERIM
    assert login.picker.details.values["purpose"].text() != "—"
    if kiosk_mode:
        assert window.keyboard is not None
        login.picker.secret.setFocus()
        qtbot.waitUntil(window.keyboard.isVisible, timeout=1000)
    click(qtbot, login.login_button)
    qtbot.waitUntil(lambda: login.pages.currentIndex() == 1, timeout=15000)  # first login
    assert not untranslated(window, language)
    type_into(qtbot, login.email_edit, "aigerim")
    click(qtbot, login.continue_button)
    assert login.email_row.error.isVisible()  # not an e-mail address
    give_email(qtbot, window)
    assert window.registration is not None
    assert window.home.citizen.text().endswith("Әйгерім Нұрланқызы")

    to_step2_and_send(qtbot, window)
    dialog = signing_dialog(qtbot, window)
    assert dialog.title.text() == words["title"] and dialog.sign_button.text() == words["sign"]
    sign_key = demo_pki.key(AIGERIM, KeyPurpose.SIGN)
    qtbot.waitUntil(lambda: dialog.picker.files.currentRow() >= 0, timeout=5000)
    assert dialog.picker.files.item(dialog.picker.files.currentRow()).toolTip() == str(
        sign_key.file)  # the signing key beside the login key is offered first
    assert not untranslated(window, language)
    if kiosk_mode:  # the password is typed on the on-screen keyboard below the dialog
        click(qtbot, dialog.picker.secret)
        assert window.keyboard is not None and window.keyboard.isVisible()
        assert window.keyboard.layout_name == "latin"
    sign_with(qtbot, window, demo_pki, KeyPurpose.SIGN)

    screen = window.registration
    qtbot.waitUntil(lambda: screen.state.view is View.RESULT, timeout=15000)
    assert screen.result.title.text() == words["registered"]
    number = screen.result.values.values["number"].text()
    assert number.startswith("UO.2026.") and screen.result.values.values["queue"].text().isdigit()
    desk = "" if kiosk_mode else "ЦОН-7"  # the clerk's desk's number, none from a kiosk
    detail = central.application(AIGERIM, number)
    assert (detail.service_centre, detail.history[0].service_centre) == (desk, desk)
    assert not any(d.isVisible() for d in window.findChildren(type(dialog)))
    click(qtbot, screen.result.ok)
    assert window.session is None and window.stack.currentWidget() is window.home

    for area in AREAS:
        for handler in get_logger(area).handlers:
            handler.flush()
    logged = "".join(path.read_text(encoding="utf-8") for path in data_logs.rglob("*.log*"))
    assert "request" in logged  # the flow was logged at all
    for secret in (AIGERIM, NURISLAM, PASSWORD):
        assert secret not in logged, secret


def test_a_wrong_password_is_said_and_the_field_stays_usable(
        qtbot: QtBot, login_window: Callable[..., MainWindow], demo_pki: DemoPki) -> None:
    window = login_window("kk", kiosk_mode=True)
    click(qtbot, window.home.service_buttons["register"])
    picker = window.login.picker  # type: ignore[union-attr]
    pick_key_file(qtbot, picker, demo_pki.key(AIGERIM, KeyPurpose.AUTH).file)
    list_keys(qtbot, picker, "qwerty12")
    assert picker.error.isVisible() and picker.error.text().startswith(WORDS["kk"]["wrong_password"])
    assert picker.key_list.count() == 0
    assert picker.secret.isEnabled() and picker.secret.hasFocus()
    assert picker.secret.selectedText() == "qwerty12"  # ready to be typed over
    list_keys(qtbot, picker)
    assert picker.key_list.count() == 1 and not picker.error.isVisible()


def test_keys_of_the_wrong_purpose_are_refused_both_ways(
        qtbot: QtBot, login_window: Callable[..., MainWindow], demo_pki: DemoPki,
        sms: MemorySmsGateway) -> None:
    window = login_window("ru", kiosk_mode=False)
    click(qtbot, window.home.service_buttons["register"])
    login = window.login
    assert login is not None
    pick_key_file(qtbot, login.picker, demo_pki.key(AIGERIM, KeyPurpose.SIGN).file)
    list_keys(qtbot, login.picker)
    assert "RSA256" in login.picker.error.text() and "AUTH_RSA256_" in login.picker.error.text()
    click(qtbot, login.login_button)
    assert window.login is login and window.session is not None and not window.session.logged_in
    click(qtbot, login.cancel_button)

    log_in_by_code(qtbot, window, sms, AIGERIM, PHONE)
    give_email(qtbot, window)
    to_step2_and_send(qtbot, window)
    sign_with(qtbot, window, demo_pki, KeyPurpose.AUTH)
    dialog = signing_dialog(qtbot, window)
    assert dialog.state == "choosing"
    assert WORDS["ru"]["auth_for_signing"] in dialog.picker.error.text()
    assert window.registration.state.view is View.SIGNING  # type: ignore[union-attr]
    click(qtbot, dialog.cancel_button)
    screen = window.registration
    assert screen is not None and screen.state.view is View.CHILD
    assert screen.child.iin_edit.text() == NURISLAM and screen.child.send.isEnabled()


def test_login_by_iin_with_the_code_sent_by_sms(
        qtbot: QtBot, login_window: Callable[..., MainWindow], sms: MemorySmsGateway) -> None:
    window = login_window("kk", kiosk_mode=True)
    click(qtbot, window.home.service_buttons["register"])
    login = window.login
    assert login is not None
    click(qtbot, login.tab_buttons[login.IIN])
    type_into(qtbot, login.iin_edit, AIGERIM[:-1] + str((int(AIGERIM[-1]) + 1) % 10))
    click(qtbot, login.get_code)
    assert login.iin_row.error.isVisible()  # a wrong check digit, said before any SMS
    type_into(qtbot, login.iin_edit, AIGERIM)
    if window.keyboard is not None:
        assert window.keyboard.layout_name == "digits"
    click(qtbot, login.get_code)
    qtbot.waitUntil(login.code_row.isVisible, timeout=10000)
    assert "+7 701 *** ** 67" in login.code_sent.text()
    code = sms.last_code(PHONE)
    assert code is not None
    wrong = "000000" if code != "000000" else "111111"
    type_into(qtbot, login.code_edit, wrong)
    click(qtbot, login.login_button)
    qtbot.waitUntil(login.iin_error.isVisible, timeout=10000)
    assert "4" in login.iin_error.text()  # tries left
    type_into(qtbot, login.code_edit, code)
    click(qtbot, login.login_button)
    qtbot.waitUntil(lambda: login.pages.currentIndex() == 1, timeout=10000)
    assert not untranslated(window, "kk")
    give_email(qtbot, window)
    screen = window.registration
    assert screen is not None and screen.wizard.state.applicant.person is not None
    assert screen.wizard.state.applicant.person.iin == AIGERIM
    assert screen.wizard.state.applicant.email == "aigerim@mail.kz"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_an_application_signed_offline_is_pending_delivery(
        qtbot: QtBot, login_window: Callable[..., MainWindow], demo_pki: DemoPki,
        sms: MemorySmsGateway, link: SwitchableLink, language: str) -> None:
    window = login_window(language, kiosk_mode=True)
    log_in_by_code(qtbot, window, sms, AIGERIM, PHONE)
    give_email(qtbot, window)
    to_step2_and_send(qtbot, window)
    link.down.set()  # the cable is pulled while the citizen signs
    sign_with(qtbot, window, demo_pki, KeyPurpose.SIGN)
    screen = window.registration
    assert screen is not None
    qtbot.waitUntil(lambda: screen.state.view is View.RESULT, timeout=15000)
    assert screen.result.title.text() == WORDS[language]["pending"]
    indicator = screen.findChild(OnlineIndicator)
    assert indicator is not None
    qtbot.waitUntil(indicator.isVisible, timeout=5000)
    assert not untranslated(window, language)


def test_a_second_application_for_the_child_is_refused_and_step2_kept(
        qtbot: QtBot, login_window: Callable[..., MainWindow], demo_pki: DemoPki,
        sms: MemorySmsGateway) -> None:
    window = login_window("kk", kiosk_mode=False)
    log_in_by_code(qtbot, window, sms, AIGERIM, PHONE)
    give_email(qtbot, window)
    to_step2_and_send(qtbot, window)
    sign_with(qtbot, window, demo_pki, KeyPurpose.SIGN)
    screen = window.registration
    assert screen is not None
    qtbot.waitUntil(lambda: screen.state.view is View.RESULT, timeout=15000)
    click(qtbot, screen.result.ok)

    log_in_by_key(qtbot, window, demo_pki, AIGERIM)  # «ОК» logged her out: in again
    screen = window.registration  # no e-mail page: the e-mail is known now
    assert screen is not None
    assert screen.wizard.state.applicant.email == "aigerim@mail.kz"
    to_step2_and_send(qtbot, window)
    sign_with(qtbot, window, demo_pki, KeyPurpose.SIGN)
    qtbot.waitUntil(lambda: screen.state.view is View.CHILD, timeout=15000)
    assert screen.child.refusal.isVisible()
    assert WORDS["kk"]["duplicate"] in screen.child.refusal.text()
    assert screen.child.iin_edit.text() == NURISLAM
    click(qtbot, screen.languages.buttons["ru"])  # the refusal follows the language
    qtbot.waitUntil(lambda: WORDS["ru"]["duplicate"] in screen.child.refusal.text(), timeout=2000)
    assert screen.child.refusal.isVisible() and screen.child.iin_edit.text() == NURISLAM


def test_no_card_reader_is_said_without_blocking(
        qtbot: QtBot, login_window: Callable[..., MainWindow]) -> None:
    window = login_window("ru", kiosk_mode=True)
    click(qtbot, window.home.service_buttons["register"])
    picker = window.login.picker  # type: ignore[union-attr]
    click(qtbot, picker.kind_buttons[StoreKind.ID_CARD])
    qtbot.waitUntil(lambda: not picker.busy, timeout=5000)
    assert picker.card_status.text().startswith(WORDS["ru"]["no_reader"])
    assert not picker.files.isVisible() and picker.secret_caption.text() == "Введите PIN-код"
    click(qtbot, picker.kind_buttons[StoreKind.FILE])
    qtbot.waitUntil(lambda: picker.files.count() > 0, timeout=5000)


@pytest.mark.parametrize(("signer", "words"), [
    ("erlan", {"kk": "басқа адамға тиесілі", "ru": "принадлежит другому человеку"}),
    ("inkar", {"kk": "кері қайтарылған", "ru": "отозван"}),
], ids=["another-persons-key", "revoked-key"])
def test_a_key_the_central_side_would_refuse_is_refused_before_signing(
        qtbot: QtBot, login_window: Callable[..., MainWindow], demo_pki: DemoPki,
        sms: MemorySmsGateway, signer: str, words: dict[str, str]) -> None:
    window = login_window("kk", kiosk_mode=False)
    citizen = AIGERIM if signer == "erlan" else INKAR
    person = find_person(citizen)
    assert person is not None
    log_in_by_code(qtbot, window, sms, citizen, person.phone)
    give_email(qtbot, window)
    screen = window.registration
    assert screen is not None
    click(qtbot, screen.description.acknowledge)
    click(qtbot, screen.description.apply)
    click(qtbot, screen.applicant.forward)
    type_into(qtbot, screen.child.iin_edit, children_of(citizen)[0].iin)
    choose(qtbot, screen.child.district_combo, "351010000")
    click(qtbot, screen.child.send)
    dialog = signing_dialog(qtbot, window)
    key = demo_pki.key(ERLAN if signer == "erlan" else INKAR, KeyPurpose.SIGN)
    pick_key_file(qtbot, dialog.picker, key.file)
    list_keys(qtbot, dialog.picker)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.state == "choosing" and dialog.picker.error.isVisible(),
                    timeout=15000)
    assert words["kk"] in dialog.picker.error.text()
    assert screen.state.view is View.SIGNING  # nothing was sent


def test_the_journal_asks_for_a_login_and_the_search_does_not(
        qtbot: QtBot, login_window: Callable[..., MainWindow]) -> None:
    window = login_window("ru", kiosk_mode=False)
    window.setup = replace(window.setup, screens={"journal": lambda w: QLabel("journal"),
                                                  "search": lambda w: QLabel("search")})
    window._update_home()  # noqa: SLF001 - the screens were just plugged in
    click(qtbot, window.home.service_buttons["search"])
    assert window.login is None and window.service is not None
    window.close_service()
    click(qtbot, window.home.service_buttons["journal"])
    assert window.login is not None and window.service is None
    click(qtbot, window.login.cancel_button)
    assert window.login is None and window.stack.currentWidget() is window.home
