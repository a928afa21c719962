"""A language switch words again the messages already shown, not only the captions: an
action's refusal and busy line, the journal's success banner and failed-reading panels, and
the central's refusal on Step 2 — and keeps what was typed.

Each message is produced in Russian, then the visitor switches to Kazakh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from kiosk.sync.worker import SyncWorker
from kiosk.ui.actions import (
    ChangeBenefitPage,
    ChooseKindergartenPage,
    ConfirmInterestPage,
    ExtendReferralPage,
    WithdrawPage,
)
from kiosk.ui.application import create_window
from kiosk.ui.errors import central_error_text
from kiosk.ui.main_window import MainWindow
from kiosk.ui.registration import RegistrationScreen
from kiosk.wizard.registration import View
from tests.ui.conftest import SON, choose, to_step2, type_into
from tests.ui.journal_kit import (  # noqa: F401  (fixtures)
    Central,
    central,
    settle,
    signer,
    sqlite_central_url,
    worker,
)
from tests.ui.test_journal_actions import click, open_journal

pytestmark = pytest.mark.gui

OFFLINE = {"ru": "Нет связи с центральной базой данных. Повторите попытку позже.",
           "kk": "Орталық дерекқормен байланыс жоқ. Кейінірек қайталап көріңіз."}
TRY_AGAIN = {"ru": "Повторить", "kk": "Қайталау"}


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """A Russian window: its language switcher is the visitor's «Қаз» / «Рус»."""
    main = create_window("ru", kiosk_mode=False)
    qtbot.addWidget(main)
    yield main


def switch(window: MainWindow, language: str) -> None:
    """The visitor switches the language; every widget has re-read it on return."""
    window.languages.switch(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


# -- an action's own checks ----------------------------------------------------------------


def test_withdraws_checks_follow_the_language_and_the_reason_is_kept(
        qtbot: QtBot, window: MainWindow, central: Central, worker: SyncWorker) -> None:
    screen = open_journal(qtbot, central, worker, central.register())
    click(qtbot, screen.view.actions_bar.buttons["withdraw"])
    page = screen.action_page
    assert isinstance(page, WithdrawPage)
    click(qtbot, page.primary)
    assert page.error.text() == "Укажите причину снятия заявления с очереди."
    switch(window, "kk")
    assert page.error.isVisible()
    assert page.error.text() == "Өтінішті кезектен алу себебін көрсетіңіз."

    switch(window, "ru")
    page.reason.setText("Переезжаем в другой город")
    click(qtbot, page.primary)
    assert page.error.text() == ("Отметьте флажок, чтобы подтвердить, что вы понимаете "
                                 "последствия.")
    switch(window, "kk")
    assert page.error.text() == "Салдарын түсінетініңізді растау үшін белгі қойыңыз."
    assert page.reason.text() == "Переезжаем в другой город"
    assert screen.action_page is page and central.signed == []


def test_an_extension_too_long_is_said_again_in_kazakh_then_the_banner_too(
        qtbot: QtBot, window: MainWindow, central: Central, worker: SyncWorker) -> None:
    number = central.register()
    central.issue_referral(number)
    screen = open_journal(qtbot, central, worker, number)
    click(qtbot, screen.view.actions_bar.buttons["extend_referral"])
    page = screen.action_page
    assert isinstance(page, ExtendReferralPage)
    last_day = page.last_day
    page.set_until(last_day + timedelta(days=31))
    page.reason.setText("Бала ауырып қалды")
    click(qtbot, page.primary)
    latest = (last_day + timedelta(days=30)).strftime("%d.%m.%Y")
    assert page.error.text() == ("Направление можно продлить не более чем на 30 календарных "
                                 f"дней: выберите дату не позднее {latest}.")
    switch(window, "kk")
    assert page.error.isVisible()  # the switch words it again, it does not clear it
    assert page.error.text() == ("Жолдаманы 30 күнтізбелік күннен аспайтын мерзімге ұзартуға "
                                 f"болады: {latest} кешіктірмей күнді таңдаңыз.")
    assert page.reason.text() == "Бала ауырып қалды"
    assert page.until() == last_day + timedelta(days=31)

    switch(window, "ru")
    until = last_day + timedelta(days=10)
    page.set_until(until)
    click(qtbot, page.primary)
    settle(qtbot, lambda: screen.action_page is None and screen.view.banner.isVisible())
    shown = until.strftime("%d.%m.%Y")
    assert screen.view.banner.text() == f"Направление продлено до {shown}."
    switch(window, "kk")  # the page is gone: the banner's wording does not need it
    assert screen.view.banner.text() == f"Жолдама {shown} дейін ұзартылды."


def test_a_bad_scan_is_said_again_in_kazakh(qtbot: QtBot, window: MainWindow, central: Central,
                                            worker: SyncWorker, tmp_path: Path) -> None:
    screen = open_journal(qtbot, central, worker, central.register())
    click(qtbot, screen.view.actions_bar.buttons["change_benefit"])
    page = screen.action_page
    assert isinstance(page, ChangeBenefitPage)
    page.beneficiary.setChecked(True)
    empty = tmp_path / "anyqtama.pdf"
    empty.write_bytes(b"")
    page.scans.add_files([empty])  # what the scan chooser hands over
    assert page.scans.error.text() == "anyqtama.pdf: Файл пустой."
    switch(window, "kk")
    assert page.scans.error.isVisible()
    assert page.scans.error.text() == "anyqtama.pdf: Файл бос."
    assert page.beneficiary.isChecked()


# -- the signature and the central ---------------------------------------------------------


def test_the_busy_line_and_a_failed_signature_follow_the_language(
        qtbot: QtBot, window: MainWindow, central: Central, worker: SyncWorker) -> None:
    screen = open_journal(qtbot, central, worker, central.register())
    pending: list[Future[bytes]] = []

    def sign_later(document: bytes) -> Future[bytes]:
        future: Future[bytes] = Future()  # the visitor is still at the signing dialog
        pending.append(future)
        return future

    screen.sign = sign_later
    click(qtbot, screen.view.actions_bar.buttons["confirm_interest"])
    page = screen.action_page
    assert isinstance(page, ConfirmInterestPage)
    click(qtbot, page.primary)
    assert page.busy and page.status.isVisible()
    assert page.status.text() == "Ожидание подписи…"
    switch(window, "kk")
    assert page.status.text() == "Қолтаңба күтілуде…"

    switch(window, "ru")
    pending[0].set_exception(RuntimeError("the card was taken out"))
    settle(qtbot, lambda: not page.busy and page.error.isVisible())
    assert page.error.text() == "Запрос не подписан, поэтому ничего не отправлено."
    switch(window, "kk")
    assert page.error.text() == "Сұрауға қол қойылмады, сондықтан ештеңе жіберілген жоқ."
    assert central.history_actions(page.context.number) == ["register"]


def test_an_offline_refusal_of_an_action_is_said_again_in_kazakh(
        qtbot: QtBot, window: MainWindow, central: Central, worker: SyncWorker) -> None:
    screen = open_journal(qtbot, central, worker, central.register())
    click(qtbot, screen.view.actions_bar.buttons["confirm_interest"])
    page = screen.action_page
    assert page is not None
    worker.link.close()
    click(qtbot, page.primary)
    settle(qtbot, lambda: page.error.isVisible())
    assert page.error.text() == OFFLINE["ru"]
    switch(window, "kk")
    assert page.error.isVisible() and page.error.text() == OFFLINE["kk"]
    assert page.primary.isEnabled() and screen.action_page is page


def test_the_success_banner_is_said_again_in_kazakh(
        qtbot: QtBot, window: MainWindow, central: Central, worker: SyncWorker) -> None:
    number = central.register()
    screen = open_journal(qtbot, central, worker, number)
    click(qtbot, screen.view.actions_bar.buttons["confirm_interest"])
    page = screen.action_page
    assert page is not None
    click(qtbot, page.primary)
    settle(qtbot, lambda: screen.action_page is None
           and screen.view.history.model.rowCount() == 2)
    assert screen.view.banner.text() == \
        "Заинтересованность подтверждена: ребенок остается в очереди."
    switch(window, "kk")
    assert screen.view.banner.isVisible()
    assert screen.view.banner.text() == "Мүдделілік расталды: бала кезекте қалады."
    click(qtbot, screen.view.actions_bar.buttons["withdraw"])  # an action hides the banner
    assert not screen.view.banner.isVisibleTo(screen.view)
    switch(window, "ru")
    assert not screen.view.banner.isVisibleTo(screen.view) and screen.view.banner.text() == ""


# -- reading failed ------------------------------------------------------------------------


def test_the_journals_offline_panels_are_said_again_in_kazakh(
        qtbot: QtBot, window: MainWindow, central: Central, worker: SyncWorker) -> None:
    number = central.register()
    screen = open_journal(qtbot, central, worker, number)
    worker.link.close()
    screen.load()
    screen.open(number, force=True)
    settle(qtbot, lambda: screen.list_state.state == "error"
           and screen.current_page() is screen.detail_state
           and screen.detail_state.state == "error")
    for panel in (screen.list_state, screen.detail_state):
        assert panel.message.text() == OFFLINE["ru"]
        assert panel.retry.text() == TRY_AGAIN["ru"]
    switch(window, "kk")
    for panel in (screen.list_state, screen.detail_state):
        assert panel.state == "error"
        assert panel.message.text() == OFFLINE["kk"]
        assert panel.retry.text() == TRY_AGAIN["kk"]


def test_the_free_places_that_could_not_be_read_are_said_again_in_kazakh(
        qtbot: QtBot, window: MainWindow, central: Central, worker: SyncWorker) -> None:
    screen = open_journal(qtbot, central, worker, central.register())
    worker.link.close()
    click(qtbot, screen.view.actions_bar.buttons["issue_referral"])
    page = screen.action_page
    assert isinstance(page, ChooseKindergartenPage)
    settle(qtbot, lambda: page.state.state == "error")
    assert page.state.message.text() == OFFLINE["ru"]
    assert page.state.retry.text() == TRY_AGAIN["ru"]
    switch(window, "kk")
    assert page.state.state == "error"
    assert page.state.message.text() == OFFLINE["kk"]
    assert page.state.retry.text() == TRY_AGAIN["kk"]


# -- Step 2 --------------------------------------------------------------------------------


def test_the_centrals_refusal_on_step2_is_said_again_in_kazakh_and_the_form_kept(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window("ru", kiosk_mode=False)
    screen = to_step2(qtbot, window)
    assert isinstance(screen, RegistrationScreen)
    child = screen.child
    type_into(qtbot, child.iin_edit, SON.iin)
    choose(qtbot, child.district_combo, "351010000")
    with qtbot.waitSignal(window.sign_requested, timeout=1000):
        click(qtbot, child.send)
    # the central service refused it: the window hands the refusal back as its wording
    screen.signing_cancelled(lambda: central_error_text("duplicate_application"))
    assert screen.state.view is View.CHILD
    assert child.refusal.isVisible()
    assert child.refusal.text().startswith("У этого ребенка уже есть заявление в этой очереди")

    click(qtbot, screen.languages.buttons["kk"])
    qtbot.waitUntil(lambda: child.send.text() == "Жіберу")
    assert child.refusal.isVisible()
    assert child.refusal.text() == ("Бұл балаға осы кезекте өтініш бұрыннан бар: екінші өтініш "
                                    "қабылданбайды. Оны өтініштер журналынан көруге болады.")
    assert child.iin_edit.text() == SON.iin
    assert child.district_combo.code() == "351010000"
    assert child.child.values["name"].text() == SON.name

    type_into(qtbot, child.iin_edit, SON.iin)  # an edit clears the refusal, in any language
    assert not child.refusal.isVisible()
    click(qtbot, screen.languages.buttons["ru"])
    qtbot.waitUntil(lambda: child.send.text() == "Отправить")
    assert not child.refusal.isVisible() and child.refusal.text() == ""
