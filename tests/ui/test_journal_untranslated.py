"""Every page of the journal, its actions and the public screens, in both languages and both
modes: no visible caption is left in English, no text is cut off the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.ui.application import create_window
from kiosk.ui.parts import FilterTable
from kiosk.ui.screenshots_journal import SIZES, DemoCentral, demo_central, walk_journal_screens
from tests.ui.conftest import visible_texts
from tests.ui.test_untranslated import english_sources

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoCentral]:
    with demo_central(tmp_path_factory.mktemp("journal-central")) as kit:
        yield kit


@pytest.mark.parametrize("kiosk_mode", [True, False], ids=["kiosk", "clerk"])
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_journal_page_is_translated_and_fits(
        qtbot: QtBot, central: DemoCentral, tmp_path: Path, language: str,
        kiosk_mode: bool) -> None:
    window = create_window(language, kiosk_mode)  # the translation and the style of the mode
    qtbot.addWidget(window)
    english = english_sources(language)
    pages = []
    for name, screen in walk_journal_screens(central, kiosk_mode, tmp_path):
        pages.append(name)
        texts = visible_texts(screen)
        for table in screen.findChildren(FilterTable):
            if table.isVisible():
                model = table.model
                texts += [str(model.headerData(i, Qt.Orientation.Horizontal)).replace("\n", " ")
                          for i in range(model.columnCount())]
                texts += [str(model.data(model.index(r, c))) for r in range(model.rowCount())
                          for c in range(model.columnCount())]
        left = [text for text in texts if text in english]
        assert not left, f"{language} {name}: untranslated {left}"
        assert screen.width() <= SIZES[kiosk_mode][0], f"{name} is wider than the screen"
    QApplication.processEvents()
    assert {"journal", "application-info", "application-history", "application-documents",
            "statistics"} <= set(pages)
    if kiosk_mode:
        assert {"action-confirm-interest", "action-issue-referral", "action-extend-referral",
                "application-referral-why", "search-result", "document-preview"} <= set(pages)
