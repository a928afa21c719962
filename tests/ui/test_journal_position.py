"""The place in the queue under the child's queue numbers: the numbers now and at the last
look, why they moved (in Russian and Kazakh, never in English), a note when it cannot be
read, and nothing for an application out of the queue."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from central_kit import AIGERIM, extra_children
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.central.engine import QueueEngine
from kiosk.central.protocol import Withdraw
from kiosk.central.service import CentralService
from kiosk.central.views import QueuePositionView
from kiosk.sync.embedded import EmbeddedCentralLink
from kiosk.sync.errors import OfflineError
from kiosk.sync.worker import SyncWorker
from kiosk.ui.application import create_window
from kiosk.ui.journal import JournalScreen
from kiosk.ui.labels import fmt_date
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import visible_texts
from tests.ui.journal_kit import (  # noqa: F401  (fixtures)
    RULES,
    Central,
    central,
    settle,
    signer,
    sqlite_central_url,
)
from tests.ui.test_journal_actions import open_journal
from tests.ui.test_untranslated import english_sources

pytestmark = pytest.mark.gui

AHEAD, MINE, OUT_OF_TURN = (iin for iin, _ in extra_children()[:3])
"""Aigerim's test children born in 2023: one queue group in Karaganda."""

RU_REASONS = [
    "После вашего прошлого просмотра перед вашим заявлением встали заявления с более высоким "
    "приоритетом («Внеочередное право»): 1.",
    "Заявления, стоявшие в очереди перед вашим, сняты с очереди по заявлению заявителей: 1.",
]
KK_REASONS = [
    "Соңғы рет қарағаныңыздан бері сіздің өтінішіңіздің алдына басымдығы жоғары өтініштер "
    "(«Кезектен тыс құқық») тіркелді: 1.",
    "Сіздің өтінішіңізден алда тұрған өтініштер өтініш берушілердің өтініші бойынша кезектен "
    "алынды: 1.",
]


class RecordingLink(EmbeddedCentralLink):
    """The embedded link that counts position reads and, when ``offline``, fails them."""

    def __init__(self, service: CentralService, offline: bool = False) -> None:
        super().__init__(service)
        self.offline = offline
        self.reads: list[str] = []

    def position(self, token: str, number: str) -> QueuePositionView:
        self.reads.append(number)
        if self.offline:
            raise OfflineError("test: the central service is out of reach")
        return super().position(token, number)


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    made = create_window("ru", kiosk_mode=False)  # installs the translation and the style
    qtbot.addWidget(made)
    return made


@dataclass
class Kiosk:
    """The kiosk's side: its link to the central service and the worker over it."""

    link: RecordingLink
    worker: SyncWorker


def kiosk_over(central: Central, offline: bool = False) -> Iterator[Kiosk]:  # noqa: F811
    link = RecordingLink(central.service, offline)
    kiosk = Kiosk(link, SyncWorker(link))
    yield kiosk
    kiosk.worker.stop()


@pytest.fixture
def kiosk(central: Central) -> Iterator[Kiosk]:  # noqa: F811
    yield from kiosk_over(central)


@pytest.fixture
def offline_kiosk(central: Central) -> Iterator[Kiosk]:  # noqa: F811
    yield from kiosk_over(central, offline=True)


def open_detail(qtbot: QtBot, central: Central, kiosk: Kiosk, window: MainWindow,  # noqa: F811
                number: str) -> JournalScreen:
    """The journal over ``kiosk``'s worker with application ``number`` open, its language
    buttons switching the window's translation."""
    screen = open_journal(qtbot, central, kiosk.worker, number)
    screen.language_chosen.connect(window.languages.switch)
    return screen


def queue_moved_since_the_last_look(central: Central) -> str:  # noqa: F811
    """Aigerim looked at her child's number; then an out-of-turn child registered and the
    child ahead was withdrawn. Her child's application number."""
    ahead = central.register(child=AHEAD)
    mine = central.register(child=MINE)
    QueueEngine(central.service).queue_position(AIGERIM, mine)
    central.register(child=OUT_OF_TURN, benefit_category="servicemen_children")
    central.service.submit(central.signer.request(AIGERIM, Withdraw(ahead, "Переезд")))
    return mine


def test_the_detail_shows_the_numbers_and_why_they_moved_in_both_languages(
        qtbot: QtBot, window: MainWindow, central: Central, kiosk: Kiosk) -> None:  # noqa: F811
    mine = queue_moved_since_the_last_look(central)
    screen = open_detail(qtbot, central, kiosk, window, mine)
    panel = screen.view.position
    assert panel.state in ("loading", "shown")
    settle(qtbot, lambda: panel.state == "shown")
    position = panel.position
    assert position is not None and position.previous_seen_at is not None
    assert position.previous_queue_number == position.queue_number  # one ahead, one gone
    today = fmt_date(position.previous_seen_at.astimezone(RULES.tz).date())
    texts = visible_texts(screen.view.info)
    assert visible_texts(panel) == [
        "Место в очереди", "Сейчас", f"При прошлом просмотре, {today}",
        "Номер очереди", str(position.queue_number), str(position.previous_queue_number),
        *RU_REASONS]
    assert not [t for t in texts if t in english_sources("ru")]

    qtbot.mouseClick(screen.header.languages.buttons["kk"], Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: panel.title.text() == "Кезектегі орны")
    kazakh = visible_texts(screen.view.info)
    assert visible_texts(panel)[1:4] == ["Қазір", f"Соңғы рет қараған кезде, {today}",
                                         "Кезек нөмірі"]
    assert visible_texts(panel)[-2:] == KK_REASONS
    assert not [t for t in kazakh if t in english_sources("kk") or t in RU_REASONS]
    assert kiosk.link.reads == [mine]  # the switch re-rendered what was read: no second look


def test_an_unreachable_position_leaves_the_detail_working(
        qtbot: QtBot, window: MainWindow, central: Central,  # noqa: F811
        offline_kiosk: Kiosk) -> None:
    number = central.register(child=MINE)
    screen = open_detail(qtbot, central, offline_kiosk, window, number)
    panel = screen.view.position
    settle(qtbot, lambda: panel.state == "failed")
    assert panel.message.isVisible() and panel.message.text().startswith(
        "Не удалось загрузить место в очереди.")
    assert not panel.numbers.isVisible()
    assert screen.view.info.child.values["iin"].text() == MINE
    assert screen.view.actions_bar.enabled_actions()  # the rest works
    offline_kiosk.link.offline = False  # the connection is back: «Повторить»
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: panel.state == "shown")
    assert not panel.retry_button.isVisible() and not panel.message.isVisible()
    assert visible_texts(panel)[-1].startswith("Вы впервые просматриваете номер очереди")
    assert offline_kiosk.link.reads == [number, number]


def test_no_position_is_read_for_an_application_out_of_the_queue(
        qtbot: QtBot, window: MainWindow, central: Central, kiosk: Kiosk) -> None:  # noqa: F811
    number = central.register()
    central.issue_referral(number)
    screen = open_detail(qtbot, central, kiosk, window, number)
    assert screen.view.position.state == "" and not screen.view.position.isVisible()
    assert kiosk.link.reads == []


def test_a_position_that_arrives_after_moving_on_is_kept_for_coming_back(
        qtbot: QtBot, window: MainWindow, central: Central, kiosk: Kiosk) -> None:  # noqa: F811
    first, second = central.register(child=AHEAD), central.register(child=MINE)
    screen = open_detail(qtbot, central, kiosk, window, first)
    panel = screen.view.position
    settle(qtbot, lambda: panel.state == "shown")
    a, b = panel.detail, central.service.application(AIGERIM, second)
    assert a is not None
    panel.show_for(None)
    panel.show_for(a)
    panel.show_for(b)  # before A's answer is back
    settle(qtbot, lambda: panel.state == "shown" and len(kiosk.link.reads) == 3)
    panel.show_for(a)  # the central recorded that look: a second read would say "unchanged"
    assert panel.state == "shown" and kiosk.link.reads == [first, first, second]
