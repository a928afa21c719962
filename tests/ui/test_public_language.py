"""«Поиск номера очереди» and «Просмотр статистики»: a language switch words again what the
screen said before it (field errors, «no connection», «Повторить») and keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NoReturn

import pytest
from pytestqt.qtbot import QtBot

from kiosk.sync.errors import OfflineError
from kiosk.sync.worker import SyncWorker
from kiosk.ui.application import create_window
from kiosk.ui.main_window import MainWindow
from kiosk.ui.parts import ScreenHeader
from kiosk.ui.public import QueueSearchScreen, StatisticsScreen
from tests.ui.conftest import SON, click, type_into

pytestmark = pytest.mark.gui
DEMO_REGION = "350000000"

OFFLINE = {"ru": "Нет связи с центральной базой данных. Повторите попытку позже.",
           "kk": "Орталық дерекқормен байланыс жоқ. Кейінірек қайталап көріңіз."}
RETRY = {"ru": "Повторить", "kk": "Қайталау"}
REQUIRED = {"ru": "Это поле обязательно.", "kk": "Бұл өріс міндетті."}
BIRTH_DATE = {"ru": "Введите дату рождения в виде ДД.ММ.ГГГГ.",
              "kk": "Туған күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз."}
SHORT_IIN = {"ru": "ИИН состоит ровно из 12 цифр.", "kk": "ЖСН дәл 12 цифрдан тұрады."}


class UnpluggedLink:
    """A link whose every call finds the central service out of reach."""

    def __getattr__(self, name: str) -> Callable[..., NoReturn]:
        def unreachable(*_args: object, **_kwargs: object) -> NoReturn:
            raise OfflineError(f"test: {name} with the cable pulled")

        return unreachable


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    """Installs the Russian translation and the kiosk style; holds the language switcher."""
    made = create_window("ru", kiosk_mode=True)
    qtbot.addWidget(made)
    return made


@pytest.fixture
def offline() -> Iterator[SyncWorker]:
    worker = SyncWorker(UnpluggedLink())  # type: ignore[arg-type]
    yield worker
    worker.stop()


def switch(qtbot: QtBot, header: ScreenHeader, language: str, title: str) -> None:
    """Touch «Қазақша» / «Русский» in the screen's header; wait for the new title."""
    click(qtbot, header.languages.buttons[language])
    qtbot.waitUntil(lambda: header.title.text() == title)


def test_search_rewords_its_errors_and_keeps_the_fields(
        qtbot: QtBot, window: MainWindow, offline: SyncWorker) -> None:
    screen = QueueSearchScreen(offline, kiosk_mode=True)
    screen.language_chosen.connect(window.languages.switch)  # as the window wires it
    qtbot.addWidget(screen)
    screen.resize(1280, 1024)
    screen.show()
    assert screen.header.title.text() == "Поиск номера очереди"

    # field errors, in Russian
    type_into(qtbot, screen.iin, "12345")
    click(qtbot, screen.find)
    assert screen.iin_row.error.text() == SHORT_IIN["ru"]
    switch(qtbot, screen.header, "kk", "Кезек нөмірін іздеу")
    assert screen.iin_row.error.text() == SHORT_IIN["kk"]
    assert screen.iin_row.error.isVisible()
    assert screen.iin.text() == "12345"

    click(qtbot, screen.by_name)
    screen.surname.setText("Серікұлы")  # keyClicks types ASCII only
    type_into(qtbot, screen.birth_date, "3107")
    switch(qtbot, screen.header, "ru", "Поиск номера очереди")
    click(qtbot, screen.find)
    assert screen.name_row.error.text() == REQUIRED["ru"]
    assert screen.birth_row.error.text() == BIRTH_DATE["ru"]
    assert not screen.surname_row.error.isVisible()
    switch(qtbot, screen.header, "kk", "Кезек нөмірін іздеу")
    assert screen.name_row.error.text() == REQUIRED["kk"]
    assert screen.birth_row.error.text() == BIRTH_DATE["kk"]
    assert not screen.surname_row.error.isVisible()
    assert screen.surname.text() == "Серікұлы" and screen.birth_date.text() == "31.07."

    # the central service out of reach, in Russian
    click(qtbot, screen.by_iin)
    switch(qtbot, screen.header, "ru", "Поиск номера очереди")
    type_into(qtbot, screen.iin, SON.iin)
    click(qtbot, screen.find)
    qtbot.waitUntil(lambda: screen.state.state == "error")
    assert screen.state.message.text() == OFFLINE["ru"]
    assert screen.state.retry.text() == RETRY["ru"]
    switch(qtbot, screen.header, "kk", "Кезек нөмірін іздеу")
    assert screen.state.message.text() == OFFLINE["kk"]
    assert screen.state.retry.text() == RETRY["kk"]
    assert screen.state.retry.isVisible()
    assert screen.iin.text() == SON.iin
    assert screen.iin_row.error.text() == ""

    click(qtbot, screen.state.retry)  # «Қайталау»: still out of reach, still in Kazakh
    qtbot.waitUntil(lambda: screen.state.state == "error" and screen.find.isEnabled())
    assert screen.state.message.text() == OFFLINE["kk"]


def test_statistics_rewords_the_offline_message_and_its_retry(
        qtbot: QtBot, window: MainWindow, offline: SyncWorker) -> None:
    screen = StatisticsScreen(offline, kiosk_mode=True, region=DEMO_REGION)
    screen.language_chosen.connect(window.languages.switch)
    qtbot.addWidget(screen)
    screen.resize(1280, 1024)
    screen.show()
    screen.load()
    qtbot.waitUntil(lambda: screen.state.state == "error")
    assert screen.stack.currentWidget() is screen.state
    assert screen.state.message.text() == OFFLINE["ru"]
    assert screen.state.retry.text() == RETRY["ru"]

    switch(qtbot, screen.header, "kk", "Статистиканы қарау")
    assert screen.stack.currentWidget() is screen.state
    assert screen.state.message.text() == OFFLINE["kk"]
    assert screen.state.retry.text() == RETRY["kk"]
    assert screen.state.retry.isVisible()

    click(qtbot, screen.state.retry)
    qtbot.waitUntil(lambda: screen.state.state == "error")
    assert screen.state.message.text() == OFFLINE["kk"]
    switch(qtbot, screen.header, "ru", "Просмотр статистики")
    assert screen.state.message.text() == OFFLINE["ru"]
    assert screen.state.retry.text() == RETRY["ru"]
