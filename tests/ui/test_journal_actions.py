"""The journal's action buttons against the application's status, and the signed actions end
to end: built, signed with the applicant's SIGN key, submitted to a real central service."""

from __future__ import annotations

from concurrent.futures import Future
from datetime import timedelta

import pytest
from central_kit import AIGERIM
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.central.protocol import parse_document
from kiosk.domain.rules import RegionRules
from kiosk.sync.worker import SyncWorker
from kiosk.ui.actions import ActionContext, ExtendReferralPage, WithdrawPage
from kiosk.ui.application import create_window
from kiosk.ui.journal import JournalScreen
from kiosk.ui.journal.detail import ApplicationView
from kiosk.ui.journal.printing import DocumentOutput
from tests.ui.journal_kit import (  # noqa: F401  (fixtures)
    Central,
    central,
    settle,
    signer,
    sqlite_central_url,
    worker,
)

pytestmark = pytest.mark.gui

ALL = {"confirm_interest", "change_benefit", "withdraw", "issue_referral", "extend_referral",
       "revoke_referral"}


@pytest.fixture
def russian(qtbot: QtBot) -> None:
    window = create_window("ru", kiosk_mode=False)  # installs the translation and the style
    qtbot.addWidget(window)


def open_journal(qtbot: QtBot, kit: Central, sync: SyncWorker, number: str,
                 kiosk_mode: bool = False, service_centre: str = "") -> JournalScreen:
    screen = JournalScreen(sync, kit.login(), kit.sign_as(), kiosk_mode=kiosk_mode,
                           service_centre=service_centre)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.open(number)
    settle(qtbot, lambda: screen.current_page() is screen.view)
    return screen


def click(qtbot: QtBot, button: object) -> None:
    assert button.isVisible() and button.isEnabled(), button  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_buttons_follow_the_status(qtbot: QtBot, russian: None, central: Central) -> None:
    view = ApplicationView(None, "", kiosk_mode=False,  # type: ignore[arg-type]
                           rules=RegionRules(),
                           verify_base_url="http://127.0.0.1:8000", output=DocumentOutput())
    qtbot.addWidget(view)
    view.show()
    bar = view.actions_bar

    def shows(number: str) -> tuple[set[str], set[str]]:
        view.set_detail(central.service.application(AIGERIM, number))
        return set(bar.visible_actions()), set(bar.enabled_actions())

    number = central.register()
    visible, enabled = shows(number)  # queued; free-choice places exist in Karaganda
    assert visible == enabled == {"confirm_interest", "change_benefit", "withdraw",
                                  "issue_referral"}
    assert bar.buttons["issue_referral"].text() == "Выбрать государственный детский сад"

    central.notify(number)
    visible, enabled = shows(number)
    assert visible == enabled == {"confirm_interest", "withdraw", "issue_referral"}

    central.issue_referral(number)
    visible, enabled = shows(number)  # within 24 hours of issue
    assert visible == enabled == {"extend_referral", "revoke_referral"}

    central.clock.offset = timedelta(hours=25)
    visible, enabled = shows(number)
    assert visible == {"extend_referral", "revoke_referral"}
    assert enabled == {"extend_referral"}
    why = bar.why["revoke_referral"]
    assert why.isVisible() and not bar.why["extend_referral"].isVisible()
    qtbot.mouseClick(why, Qt.MouseButton.LeftButton)
    assert bar.explanation.isVisible()
    assert bar.explanation.text.text() == \
        "Отозвать направление можно только в течение 24 часов с момента его выдачи."

    central.enrol(number)
    visible, _ = shows(number)
    assert visible == set() and bar.closed.isVisible()
    assert bar.closed.text() == "Это заявление закрыто: действия по нему недоступны."

    removed = central.register(child="240115620028")
    from kiosk.central.protocol import Withdraw

    central.service.submit(central.signer.request(AIGERIM, Withdraw(removed, "көштік")))
    visible, _ = shows(removed)
    assert visible == set() and bar.closed.isVisible()


def test_confirm_interest_end_to_end(qtbot: QtBot, russian: None, central: Central,
                                     worker: SyncWorker) -> None:
    number = central.register()
    screen = open_journal(qtbot, central, worker, number)
    assert screen.view.history.model.rowCount() == 1
    click(qtbot, screen.view.actions_bar.buttons["confirm_interest"])
    page = screen.action_page
    assert page is not None and screen.current_page() is page
    assert page.title.text() == "Подтверждение заинтересованности в получении места в ДДО"
    assert page.primary.text() == "Подтвердить"
    click(qtbot, page.primary)
    assert page.busy and not page.primary.isEnabled()  # signing, then sending
    settle(qtbot, lambda: screen.action_page is None and screen.view.history.model.rowCount() == 2)
    assert screen.current_page() is screen.view
    assert screen.view.banner.text() == "Заинтересованность подтверждена: ребенок остается в очереди."
    assert central.history_actions(number) == ["register", "confirm_interest"]
    assert len(central.signed) == 1 and b"confirm_interest" in central.signed[0]
    history = screen.view.history.model
    assert history.data(history.index(1, 2)) == "Заинтересованность подтверждена"


@pytest.mark.parametrize(("kiosk_mode", "desk"), [(False, "ЦОН-7"), (True, "")],
                         ids=["clerk", "kiosk"])
def test_an_action_carries_the_service_centre_of_the_clerks_desk(
        qtbot: QtBot, russian: None, central: Central, worker: SyncWorker, kiosk_mode: bool,
        desk: str) -> None:
    number = central.register()
    screen = open_journal(qtbot, central, worker, number, kiosk_mode, service_centre=desk)
    click(qtbot, screen.view.actions_bar.buttons["withdraw"])
    page = screen.action_page
    assert isinstance(page, WithdrawPage)
    page.reason.setText("Переезжаем в другой город")
    page.understood.setChecked(True)
    click(qtbot, page.primary)
    settle(qtbot, lambda: screen.detail is not None and screen.detail.summary.status == "removed")
    (signed,) = central.signed
    assert parse_document(signed).get("service_centre") == (desk or None)
    history = central.service.application(AIGERIM, number).history
    assert [(h.action, h.service_centre) for h in history] == [("register", ""),
                                                               ("withdraw", desk)]


def test_extend_referral_beyond_30_days_is_refused_in_the_visitors_language(
        qtbot: QtBot, russian: None, central: Central, worker: SyncWorker) -> None:
    number = central.register()
    central.issue_referral(number)
    screen = open_journal(qtbot, central, worker, number)
    click(qtbot, screen.view.actions_bar.buttons["extend_referral"])
    page = screen.action_page
    assert isinstance(page, ExtendReferralPage)
    info = page.info.values
    assert info["kindergarten"].text() and info["status"].text() == "Не зачислен"
    last_day = page.last_day
    page.set_until(last_day + timedelta(days=31))
    page.reason.setText("Бала ауырып қалды")
    click(qtbot, page.primary)
    latest = (last_day + timedelta(days=30)).strftime("%d.%m.%Y")
    assert page.error.text() == ("Направление можно продлить не более чем на 30 календарных "
                                 f"дней: выберите дату не позднее {latest}.")
    assert not page.busy and central.signed == []  # refused before anyone signs
    # the central service refuses too, with its own parameters, in the same words
    lenient = ExtendReferralPage(ActionContext(
        worker, screen.token, central.sign_as(), screen.detail,  # type: ignore[arg-type]
        RegionRules(extension_max_calendar_days=60), kiosk_mode=False))
    qtbot.addWidget(lenient)
    lenient.show()
    lenient.set_until(last_day + timedelta(days=31))
    lenient.reason.setText("Бала ауырып қалды")
    lenient.submit()
    settle(qtbot, lambda: lenient.error.isVisible())
    assert lenient.error.text() == page.error.text()
    assert len(central.signed) == 1
    # within 30 days: extended once
    page.set_until(last_day + timedelta(days=10))
    click(qtbot, page.primary)
    settle(qtbot, lambda: screen.action_page is None and "extend_referral" in
           [h.action for h in (screen.detail.history if screen.detail else [])])
    assert screen.detail is not None and screen.detail.referral is not None
    assert screen.detail.referral.last_day == last_day + timedelta(days=10)
    assert "extend_referral" not in screen.view.actions_bar.enabled_actions()


def test_withdraw_asks_for_a_reason_and_a_confirmation(
        qtbot: QtBot, russian: None, central: Central, worker: SyncWorker) -> None:
    number = central.register()
    screen = open_journal(qtbot, central, worker, number)
    click(qtbot, screen.view.actions_bar.buttons["withdraw"])
    page = screen.action_page
    assert page is not None
    click(qtbot, page.primary)
    assert page.error.text() == "Укажите причину снятия заявления с очереди."
    page.reason.setText("Переезжаем в другой город")
    click(qtbot, page.primary)
    assert page.error.text().startswith("Отметьте флажок")
    page.understood.setChecked(True)
    click(qtbot, page.primary)
    settle(qtbot, lambda: screen.detail is not None and screen.detail.summary.status == "removed")
    assert screen.view.actions_bar.closed.isVisible()
    assert central.history_actions(number)[-1] == "withdraw"


def test_a_cancelled_signature_sends_nothing(qtbot: QtBot, russian: None, central: Central,
                                             worker: SyncWorker) -> None:
    number = central.register()
    screen = open_journal(qtbot, central, worker, number)
    cancelled: list[Future[bytes]] = []

    def cancel_at_once(document: bytes) -> Future[bytes]:
        future: Future[bytes] = Future()
        future.cancel()  # the visitor closed the signing dialog
        cancelled.append(future)
        return future

    screen.sign = cancel_at_once
    click(qtbot, screen.view.actions_bar.buttons["confirm_interest"])
    page = screen.action_page
    assert page is not None
    click(qtbot, page.primary)
    settle(qtbot, lambda: not page.busy)
    assert cancelled and not page.error.isVisible() and page.primary.isEnabled()
    assert central.history_actions(number) == ["register"]


def test_choose_a_kindergarten_from_the_free_places(qtbot: QtBot, russian: None,
                                                    central: Central, worker: SyncWorker) -> None:
    number = central.register()
    screen = open_journal(qtbot, central, worker, number)
    click(qtbot, screen.view.actions_bar.buttons["issue_referral"])
    page = screen.action_page
    assert page is not None
    settle(qtbot, lambda: page.list_stack.currentWidget() is page.table)
    model = page.table.model
    headings = [model.headerData(i, Qt.Orientation.Horizontal).replace("\n", " ")
                for i in range(model.columnCount())]
    assert headings == ["Язык обучения", "Название детского сада", "Контактный номер телефона",
                        "Тип места", "Свободные места", "Дата освобождения", "Местоположение"]
    assert page.warning.text.text().startswith("Просим обратить внимание на язык обучения")
    assert not page.primary.isEnabled()  # nothing chosen yet
    languages = page.table.choice_filters["language"]
    languages.setCurrentIndex(languages.findData("kk"))
    rows = page.table.visible_rows()
    assert rows and all(row.language == "kk" for row in rows)
    assert model.data(model.index(model.rows().index(rows[0]), 0)) == "Казахский"
    table = page.table.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(page.table.proxy.index(0, 1)).center())
    assert page.chosen_place == rows[0] and page.primary.text() == "Подписать и отправить"
    click(qtbot, page.primary)
    settle(qtbot, lambda: screen.detail is not None
           and screen.detail.summary.status == "referral_issued")
    names = [row[0] for row in screen.view.documents.rows]
    assert "Направление в ДДО" in names and "Карточка ребенка" in names
    assert screen.view.info.referral.values["kindergarten"].text() == rows[0].name_ru


def test_an_offline_link_is_said_plainly(qtbot: QtBot, russian: None, central: Central,
                                         worker: SyncWorker) -> None:
    number = central.register()
    screen = open_journal(qtbot, central, worker, number)
    click(qtbot, screen.view.actions_bar.buttons["confirm_interest"])
    page = screen.action_page
    assert page is not None
    worker.link.close()
    click(qtbot, page.primary)
    settle(qtbot, lambda: page.error.isVisible())
    assert page.error.text() == "Нет связи с центральной базой данных. Повторите попытку позже."
    assert page.primary.isEnabled() and screen.action_page is page
