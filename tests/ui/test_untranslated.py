"""Every page in both languages and modes: no visible caption is left in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import MainWindow
from kiosk.ui.screenshots import walk
from tests.ui.conftest import scan_now, visible_texts

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def english_sources(language: str) -> set[str]:
    """The source texts whose translation differs from them (so seeing one means a miss)."""
    tree = ET.parse(TRANSLATIONS / f"kiosk_{language}.ts")
    return {m.findtext("source", "") for m in tree.iter("message")
            if m.findtext("translation", "") != m.findtext("source", "")}


@pytest.mark.parametrize("kiosk_mode", [True, False], ids=["kiosk", "clerk"])
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_page_is_translated(qtbot: QtBot, make_window: Callable[..., MainWindow],
                                  scan_dir: Path, language: str, kiosk_mode: bool) -> None:
    english = english_sources(language)
    window = make_window(language, kiosk_mode=kiosk_mode)
    pages = []
    for page in walk(window, scan_now(scan_dir)):
        pages.append(page)
        left = [text for text in visible_texts(window) if text in english]
        assert not left, f"{language} {page}: untranslated {left}"
    assert {"home", "description", "step1", "step2", "step2-benefit", "result",
            "result-pending"} <= set(pages)
