"""«Журнал заявлений» over a real central service: the citizen's rows, filters, the tabs."""

from __future__ import annotations

from pathlib import Path

import pytest
from central_kit import AIGERIM, AYAULYM
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.sync.worker import SyncWorker
from kiosk.ui.application import create_window
from kiosk.ui.journal import JournalScreen
from tests.ui.journal_kit import (  # noqa: F401  (fixtures)
    Central,
    FakeOutput,
    central,
    settle,
    signer,
    sqlite_central_url,
    worker,
)

pytestmark = pytest.mark.gui


def journal(qtbot: QtBot, kit: Central, sync: SyncWorker, *, language: str = "ru",
            kiosk_mode: bool = False, output: FakeOutput | None = None) -> JournalScreen:
    window = create_window(language, kiosk_mode)  # the translator and the style
    qtbot.addWidget(window)
    screen = JournalScreen(sync, kit.login(), kit.sign_as(), kiosk_mode=kiosk_mode,
                           output=output or FakeOutput())
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.load()
    settle(qtbot, lambda: screen.list_stack.currentWidget() is not screen.list_state
           or screen.list_state.state != "busy")
    return screen


def test_the_journal_lists_the_citizens_applications_and_filters_by_column(
        qtbot: QtBot, central: Central, worker: SyncWorker) -> None:
    first = central.register()
    second = central.register(child=AYAULYM)
    screen = journal(qtbot, central, worker)
    assert screen.list_stack.currentWidget() is screen.table
    model = screen.table.model
    headings = [model.headerData(i, Qt.Orientation.Horizontal).replace("\n", " ")
                for i in range(model.columnCount())]
    assert headings == ["Номер", "ФИО ребенка", "ИИН ребенка", "Номер очереди", "ФИО заявителя",
                        "Дата создания", "Статус", "Тип льготы", "Дата рождения"]
    assert {row.number for row in screen.table.visible_rows()} == {first, second}
    assert all(row.applicant_iin == AIGERIM for row in screen.table.visible_rows())
    status = model.data(model.index(0, model.column_of("status")))
    assert status == "В очереди"
    # a filter per column: the child's IIN, then the status list
    screen.table.text_filters["child_iin"].setText(AYAULYM[:6])
    assert [row.number for row in screen.table.visible_rows()] == [second]
    screen.table.text_filters["child_iin"].setText("000000")
    assert screen.table.visible_rows() == [] and screen.no_match.isVisible()
    screen.table.text_filters["child_iin"].clear()
    combo = screen.table.choice_filters["status"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["(Все)", "В очереди"]
    combo.setCurrentIndex(1)
    assert len(screen.table.visible_rows()) == 2


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_on_a_kiosk_the_nine_columns_fit_without_cutting_a_word(
        qtbot: QtBot, central: Central, worker: SyncWorker, language: str) -> None:
    central.register()
    central.register(child=AYAULYM, benefit_category="large_families")
    screen = journal(qtbot, central, worker, language=language, kiosk_mode=True)
    table = screen.table
    table.resize(1280 - 48, 700)
    settle(qtbot, lambda: True)
    model, header = table.model, table.header
    widths = [header.sectionSize(i) for i in range(model.columnCount())]
    assert sum(widths) <= table.table.viewport().width() + 1  # no sideways scrolling
    cells = table.table.fontMetrics()
    for column, width in enumerate(widths):
        texts = [str(model.data(model.index(row, column))) for row in range(model.rowCount())]
        if model.columns[column].wrap:  # names and statuses wrap, but no word is cut
            longest = max(cells.horizontalAdvance(word) for text in texts for word in text.split())
            assert longest < width, (model.columns[column].key, texts)
        else:
            assert table.table.sizeHintForColumn(column) <= width, model.columns[column].key
    for combo in table.choice_filters.values():  # «(Барлығы)» / «(Все)» shown whole
        assert combo.fontMetrics().horizontalAdvance(combo.itemText(0)) < combo.width() - 24


def test_an_empty_journal_says_so(qtbot: QtBot, central: Central, worker: SyncWorker) -> None:
    screen = journal(qtbot, central, worker, language="kk")
    assert screen.list_state.state == "empty"
    assert "ЖСН" in screen.list_state.message.text()


def test_a_row_opens_the_application_with_its_three_tabs(
        qtbot: QtBot, central: Central, worker: SyncWorker, tmp_path: Path) -> None:
    number = central.register(phone="+77011234567", email="aigerim@mail.kz")
    output = FakeOutput(folder=tmp_path)
    screen = journal(qtbot, central, worker, output=output)
    table = screen.table.table
    rect = table.visualRect(screen.table.proxy.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, lambda: screen.current_page() is screen.view)
    view = screen.view
    assert [view.tabs.tabText(i) for i in range(3)] == [
        "Информация о заявлении", "История изменений", "Общие документы"]
    info = view.info
    assert info.application.values["number"].text() == number
    assert info.application.values["state"].text() == "Принято решение (в очереди)"
    assert info.applicant.values["iin"].text() == AIGERIM
    assert info.child.captions["category_queue"].text() == "Номер очереди по льготной категории"
    assert info.application.values["district"].text() == "город Караганда"
    history = view.history.model
    assert history.rowCount() == 1
    assert history.data(history.index(0, 2)) == "Постановка на очередь"
    assert history.data(history.index(0, 4)) == "По заявлению заявителя"
    # documents: the generated notices and the signed request; «Скачать» saves (clerk)
    documents = view.documents
    names = [row[0] for row in documents.rows]
    assert names[:3] == ["Уведомление о регистрации", "Извещение о приеме документов",
                         "Регистрация ребенка в книге учета"]
    assert any(name.startswith("Подписанный запрос") for name in names)
    view.tabs.setCurrentWidget(documents)
    download = next(b for b in documents.buttons if b.property("what") == "download")
    assert download.text() == "Скачать"
    qtbot.mouseClick(download, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: "Сохранено" in documents.message.text())
    saved = list(tmp_path.glob("*.pdf"))
    assert len(saved) == 1 and saved[0].read_bytes().startswith(b"%PDF-")
    # no printer: a clear message, the document stays available
    printing = next(b for b in documents.buttons if b.property("what") == "print")
    qtbot.mouseClick(printing, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: "принтер" in documents.message.text().lower())
    assert documents.message.objectName() == "error" and download.isEnabled()
    # with a printer: printed
    output.printer_file = tmp_path / "printed.pdf"
    qtbot.mouseClick(printing, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: output.printer_file is not None and output.printer_file.exists())
    assert output.confirmed == 1
    # back to the journal
    screen.back()
    assert screen.current_page() is screen.list_page
    QApplication.processEvents()
