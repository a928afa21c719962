"""A parent goes through description → Step 1 → Step 2 → result, in each language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import MainWindow
from kiosk.ui.scan_picker import ScanFolderPicker
from kiosk.wizard.forms import QueueKind
from kiosk.wizard.registration import Receipt, View
from tests.ui.conftest import (
    MOTHER,
    SON,
    choose,
    click,
    scan_now,
    start,
    to_step2,
    type_into,
)

CAPTIONS = {
    "kk": {"description": "Қызметтің сипаттамасы", "ack": "Нұсқаулықпен танысқанымды растаймын",
           "apply": "Өтінімді беру", "next": "Ары қарай", "send": "Жіберу", "step1": "1-қадам",
           "step2": "2-қадам", "registered": "Өтініш тіркелді", "ok": "ОК",
           "pending": "Өтініш қабылданды, жіберуді күтуде", "district": "Қарағанды қаласы"},
    "ru": {"description": "Описание услуги", "ack": "Подтверждаю, что я ознакомлен с инструкцией",
           "apply": "Подать заявку", "next": "Вперед", "send": "Отправить", "step1": "Шаг 1",
           "step2": "Шаг 2", "registered": "Заявление зарегистрировано", "ok": "ОК",
           "pending": "Заявление принято, ожидает отправки", "district": "город Караганда"},
}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_full_registration(qtbot: QtBot, make_window: Callable[..., MainWindow],
                             scan_dir: Path, language: str) -> None:
    words = CAPTIONS[language]
    window = make_window(language, kiosk_mode=True)
    screen = start(qtbot, window)
    assert screen.description.title.text() == words["description"]
    assert screen.description.acknowledge.text() == words["ack"]
    assert screen.description.apply.text() == words["apply"]
    click(qtbot, screen.description.acknowledge)
    click(qtbot, screen.description.apply)

    step1 = screen.applicant
    assert screen.steps.steps[0][1].text() == words["step1"]
    assert step1.person.values["iin"].text() == MOTHER.iin
    assert step1.person.values["surname"].text() == MOTHER.surname
    assert step1.address.values["street"].text() == MOTHER.address.street
    assert step1.forward.text() == words["next"]
    type_into(qtbot, step1.edit("email"), "aigerim@mail.kz")
    type_into(qtbot, step1.edit("phone"), "8 701 123 45 67")
    click(qtbot, step1.forward)

    step2 = screen.child
    assert screen.state.view is View.CHILD
    assert screen.steps.steps[1][1].text() == words["step2"]
    type_into(qtbot, step2.iin_edit, SON.iin)
    assert step2.child.values["name"].text() == SON.name
    assert step2.child.values["birth_date"].text() == SON.birth_date.strftime("%d.%m.%Y")
    choose(qtbot, step2.district_combo, "351010000")
    assert step2.district_combo.currentText() == words["district"]
    click(qtbot, step2.queue_buttons[QueueKind.SANATORIUM])
    choose(qtbot, step2.profile_combo, "frequently_ill")
    click(qtbot, step2.beneficiary)
    choose(qtbot, step2.category_combo, "large_family")
    scan_now(scan_dir)
    click(qtbot, step2.add_scan)  # kiosk: the scanner folder's list
    picker = window.findChild(ScanFolderPicker, "scanPicker")
    assert picker is not None and picker.isVisible()
    assert [picker.list.item(i).text().split()[0] for i in range(picker.list.count())] == [
        "anyqtama.pdf"]  # not the earlier visitor's scan
    picker.list.setCurrentRow(0)
    click(qtbot, picker.add_button)
    assert [scan.name for scan in screen.state.child.scans] == ["anyqtama.pdf"]
    assert step2.send.text() == words["send"]
    with qtbot.waitSignal(window.sign_requested, timeout=1000):
        click(qtbot, step2.send)
    assert screen.state.view is View.SIGNING
    assert not step2.send.isEnabled() and not step2.content.isEnabled()

    form = screen.state.child
    assert (form.child_iin, form.district, form.queue_kind, form.sanatorium_profile,
            form.benefit_category) == (SON.iin, "351010000", QueueKind.SANATORIUM,
                                       "frequently_ill", "large_family")
    assert screen.state.applicant.phone == "8 701 123 45 67"

    window.submit_receipt(Receipt("SDDO.2026.000147.1", 18355, pending_delivery=False))
    result = screen.result
    assert screen.pages.currentWidget() is result
    assert result.title.text() == words["registered"]
    assert result.values.values["number"].text() == "SDDO.2026.000147.1"
    assert result.values.values["queue"].text() == "18355"
    assert result.ok.text() == words["ok"]
    click(qtbot, result.ok)
    assert window.registration is None
    assert window.stack.currentWidget() is window.home


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_an_offline_kiosk_says_pending_delivery(qtbot: QtBot, language: str,
                                                make_window: Callable[..., MainWindow]) -> None:
    window = make_window(language, kiosk_mode=False)
    screen = to_step2(qtbot, window)
    type_into(qtbot, screen.child.iin_edit, SON.iin)
    choose(qtbot, screen.child.district_combo, "351010000")
    with qtbot.waitSignal(window.sign_requested, timeout=1000):
        click(qtbot, screen.child.send)
    window.submit_receipt(Receipt("UO.2026.000148.1", None, pending_delivery=True))
    assert screen.result.title.text() == CAPTIONS[language]["pending"]
    assert screen.result.values.values["number"].text() == "UO.2026.000148.1"
    assert screen.result.values.values["queue"].text() != ""


def test_a_cancelled_signature_returns_to_step2_with_everything(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window("kk", kiosk_mode=False)
    screen = to_step2(qtbot, window)
    type_into(qtbot, screen.child.iin_edit, SON.iin)
    choose(qtbot, screen.child.district_combo, "351010000")
    click(qtbot, screen.child.send)
    window.signing_cancelled()
    assert screen.state.view is View.CHILD
    assert screen.child.iin_edit.text() == SON.iin and screen.child.send.isEnabled()


def test_back_keeps_what_was_typed(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window("ru", kiosk_mode=True)
    screen = to_step2(qtbot, window)
    type_into(qtbot, screen.child.iin_edit, SON.iin)
    click(qtbot, screen.child.back)
    assert screen.applicant.edit("email").text() == "aigerim@mail.kz"
    click(qtbot, screen.applicant.forward)
    assert screen.child.iin_edit.text() == SON.iin


def test_clerk_shortcuts_and_cancel(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    from PySide6.QtCore import Qt

    window = make_window("ru", kiosk_mode=False)
    screen = to_step2(qtbot, window)
    qtbot.keyClick(screen.child.iin_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert screen.state.view is View.APPLICANT
    qtbot.keyClick(screen.applicant.edit("phone"), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert screen.state.view is View.CHILD
    qtbot.keyClick(screen.child.iin_edit, Qt.Key.Key_Escape)
    assert screen.confirm.isVisible()
    assert screen.confirm.title.text() == "Отменить подачу заявления?"
    click(qtbot, screen.confirm.stay)
    assert not screen.confirm.isVisible() and window.registration is screen
    click(qtbot, screen.cancel_button)
    click(qtbot, screen.confirm.leave)
    assert window.registration is None and window.stack.currentWidget() is window.home
