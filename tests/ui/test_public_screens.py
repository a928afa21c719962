"""«Поиск номера очереди» and «Просмотр статистики»: no login, no personal data."""

from __future__ import annotations

import pytest
from central_kit import AIGERIM, NURISLAM
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.domain.demo_register import find_person
from kiosk.sync.worker import SyncWorker
from kiosk.ui.application import create_window
from kiosk.ui.public import QueueSearchScreen, StatisticsScreen
from tests.ui.journal_kit import (  # noqa: F401  (fixtures)
    Central,
    central,
    settle,
    signer,
    sqlite_central_url,
    worker,
)

pytestmark = pytest.mark.gui
DEMO_REGION = "350000000"


@pytest.fixture
def kazakh(qtbot: QtBot) -> None:
    window = create_window("kk", kiosk_mode=True)
    qtbot.addWidget(window)


def cells(screen_table: object) -> list[str]:
    model = screen_table.model  # type: ignore[attr-defined]
    return [str(model.data(model.index(r, c))) for r in range(model.rowCount())
            for c in range(model.columnCount())]


def test_search_by_iin_shows_the_number_but_no_personal_data(
        qtbot: QtBot, kazakh: None, central: Central, worker: SyncWorker) -> None:
    number = central.register(benefit_category="large_families")
    screen = QueueSearchScreen(worker, kiosk_mode=True)
    qtbot.addWidget(screen)
    screen.resize(1280, 1024)
    screen.show()
    assert screen.header.title.text() == "Кезек нөмірін іздеу"
    screen.iin.setText("12345")
    qtbot.mouseClick(screen.find, Qt.MouseButton.LeftButton)
    assert screen.iin_row.error.text() == "ЖСН дәл 12 цифрдан тұрады."
    screen.iin.setText(NURISLAM)
    qtbot.mouseClick(screen.find, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: screen.result_stack.currentWidget() is screen.results)
    rows = screen.results.model.rows()
    assert [r.number for r in rows] == [number]
    shown = cells(screen.results)
    assert number in shown and "Кезекте" in shown
    assert "Көпбалалы отбасылардың балалары" in shown  # the category, named by the central side
    child = find_person(NURISLAM)
    assert child is not None
    texts = shown + [label.text() for label in screen.findChildren(QLabel)]
    for personal in (child.name, child.surname, AIGERIM):
        assert not any(personal in text for text in texts), personal
    screen.wipe()
    assert screen.iin.text() == "" and screen.results.model.rowCount() == 0


def test_search_by_name_and_birth_date(qtbot: QtBot, kazakh: None, central: Central,
                                       worker: SyncWorker) -> None:
    number = central.register()
    child = find_person(NURISLAM)
    assert child is not None
    screen = QueueSearchScreen(worker, kiosk_mode=True)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.by_name, Qt.MouseButton.LeftButton)
    assert screen.name_fields.isVisible() and not screen.iin_row.isVisible()
    qtbot.mouseClick(screen.find, Qt.MouseButton.LeftButton)
    assert screen.surname_row.error.text() == "Бұл өріс міндетті."
    screen.surname.setText(child.surname)
    screen.name.setText(child.name)
    screen.patronymic.setText(child.patronymic)
    screen.birth_date.setText(child.birth_date.strftime("%d%m%Y"))
    qtbot.mouseClick(screen.find, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: screen.result_stack.currentWidget() is screen.results)
    assert [r.number for r in screen.results.model.rows()] == [number]
    screen.birth_date.setText("01012019")
    qtbot.mouseClick(screen.find, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: screen.state.state == "empty")
    assert screen.state.message.text() == "Бұл бала бойынша өтініш табылмады."


def test_statistics_render_by_region_category_and_birth_year(
        qtbot: QtBot, kazakh: None, central: Central, worker: SyncWorker) -> None:
    screen = StatisticsScreen(worker, kiosk_mode=True, region=DEMO_REGION)
    qtbot.addWidget(screen)
    screen.resize(1280, 1024)
    screen.show()
    screen.load()
    settle(qtbot, lambda: screen.stack.currentWidget() is screen.table)
    assert screen.region.code() == DEMO_REGION
    model = screen.table.model
    headings = [model.headerData(i, Qt.Orientation.Horizontal).replace("\n", " ")
                for i in range(model.columnCount())]
    assert headings == ["Аудан немесе қала", "Санат", "Туған жылы", "Кезекте",
                        "Хабарлама жіберілген", "Жолдама берілген", "Қабылданғандар"]
    everything = screen.table.visible_rows()
    assert everything and "Қарағанды қаласы" in cells(screen.table)
    total_queued = sum(r.queued for r in everything)
    assert f"кезекте {total_queued}," in screen.totals.text()
    screen.category.set_code("general")
    screen.category.activated.emit(screen.category.currentIndex())
    assert all(r.priority == "general" for r in screen.table.visible_rows())
    year = str(screen.table.visible_rows()[0].birth_year)
    screen.year.set_code(year)
    screen.year.activated.emit(screen.year.currentIndex())
    shown = screen.table.visible_rows()
    assert shown and all(r.birth_year == int(year) and r.priority == "general" for r in shown)
    assert f"кезекте {sum(r.queued for r in shown)}," in screen.totals.text()
