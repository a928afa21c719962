"""The result page's documents: the official documents listed after «Отправить», printing
without a printer said clearly, and «Печать чека»."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from central_kit import AIGERIM
from pytestqt.qtbot import QtBot

from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.ui.main_window import MainWindow
from kiosk.wizard.registration import View
from tests.ui.conftest import click
from tests.ui.journal_kit import FakeOutput
from tests.ui.login_kit import (  # noqa: F401  (fixtures)
    central,
    give_email,
    keys,
    link,
    log_in_by_key,
    login_window,
    sqlite_central_url,
    worker,
)
from tests.ui.test_login_signing import sign_with, to_step2_and_send


def test_the_result_lists_the_documents_and_says_when_no_printer(
        qtbot: QtBot, login_window: Callable[..., MainWindow], demo_pki: DemoPki,
        tmp_path: Path) -> None:
    window = login_window("ru", False)
    output = FakeOutput(folder=tmp_path)
    window.setup = replace(window.setup, output=output)
    log_in_by_key(qtbot, window, demo_pki, AIGERIM)
    give_email(qtbot, window)
    to_step2_and_send(qtbot, window)
    sign_with(qtbot, window, demo_pki, KeyPurpose.SIGN)
    screen = window.registration
    assert screen is not None
    qtbot.waitUntil(lambda: screen.state.view is View.RESULT, timeout=15000)
    result = screen.result
    qtbot.waitUntil(lambda: bool(result.doc_buttons)
                    and all(b.isVisible() for b in result.doc_buttons), timeout=15000)
    assert result.docs_frame.isVisible() and result.slip_button.isVisible()
    # the documents are issued in the visitor's language
    session = window.session
    assert session is not None and session.token is not None and screen.state.receipt is not None
    detail = session.worker.link.application(session.token.token, screen.state.receipt.number)
    assert detail.official_documents
    assert {doc.language for doc in detail.official_documents} == {"ru"}
    texts = {b.text() for b in result.doc_buttons}
    assert texts == {"Скачать", "Печать"}
    assert result.slip_button.text() == "Печать чека"
    # «Печать» without a printer: a clear message, the document stays available
    printing = next(b for b in result.doc_buttons if b.property("what") == "print")
    click(qtbot, printing)
    qtbot.waitUntil(lambda: "принтер" in result.docs_message.text().lower(), timeout=10000)
    assert result.docs_message.objectName() == "error" and printing.isEnabled()
    # «Печать чека» without a printer: the same message
    result.show_docs_message("")
    click(qtbot, result.slip_button)
    qtbot.waitUntil(lambda: "принтер" in result.docs_message.text().lower(), timeout=15000)
    assert result.slip_button.isEnabled()
    # with a printer: the slip is printed on an 80 mm page
    output.printer_file = tmp_path / "slip.pdf"
    click(qtbot, result.slip_button)
    qtbot.waitUntil(lambda: output.printer_file.exists(), timeout=15000)
    # «Скачать» saves
    download = next(b for b in result.doc_buttons if b.property("what") == "download")
    click(qtbot, download)
    qtbot.waitUntil(lambda: "Сохранено" in result.docs_message.text(), timeout=10000)
