"""Switching the language mid-form re-reads every caption and keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import SON, choose, click, to_step1, type_into


def test_switching_language_keeps_the_form(qtbot: QtBot,
                                           make_window: Callable[..., MainWindow]) -> None:
    window = make_window("kk", kiosk_mode=True)
    screen = to_step1(qtbot, window)
    page = screen.applicant
    type_into(qtbot, page.edit("email"), "aigerim@mail")
    click(qtbot, page.forward)
    assert page.fields["email"].caption.text() == "Электрондық пошта *"
    assert page.fields["phone"].error.text() == "Бұл өріс міндетті."

    click(qtbot, screen.languages.buttons["ru"])
    assert window.languages.language == "ru"
    qtbot.waitUntil(lambda: page.forward.text() == "Вперед")
    assert page.fields["email"].caption.text() == "Электронная почта *"
    assert page.edit("email").text() == "aigerim@mail"
    assert page.fields["phone"].error.text() == "Это поле обязательно."
    assert page.forward.text() == "Вперед"
    assert screen.steps.steps[0][2].text() == "Заполните данные заявителя"
    assert screen.languages.buttons["ru"].isChecked()

    type_into(qtbot, page.edit("email"), "aigerim@mail.kz")
    type_into(qtbot, page.edit("phone"), "+77011234567")
    click(qtbot, page.forward)
    child = screen.child
    type_into(qtbot, child.iin_edit, SON.iin)
    choose(qtbot, child.district_combo, "352410000")
    assert child.district_combo.currentText() == "город Темиртау"

    click(qtbot, screen.languages.buttons["kk"])
    qtbot.waitUntil(lambda: child.send.text() == "Жіберу")
    assert child.district_combo.currentText() == "Теміртау қаласы"
    assert child.district_combo.code() == "352410000"
    assert child.iin_edit.text() == SON.iin
    assert child.child.values["name"].text() == SON.name
    assert child.send.text() == "Жіберу"
    click(qtbot, child.back)
    assert page.edit("phone").text() == "+77011234567"
    assert page.forward.text() == "Ары қарай"
