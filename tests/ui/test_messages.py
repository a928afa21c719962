"""Required fields and bad input show the wizard's error codes as translated sentences,
under the field, without losing what was typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import FATHER_OF_OLD, SON, TOO_OLD, click, start, to_step1, to_step2, type_into

MESSAGES = {
    "kk": {
        "required": "Бұл өріс міндетті.",
        "acknowledged": "Нұсқаулықпен танысқаныңызды растаңыз.",
        "phone": "Телефонды +7 және 10 цифр түрінде көрсетіңіз, мысалы "
                 "+7\u00a0701\u00a0123\u00a045\u00a067.",  # the number never breaks
        "email": "Электрондық пошта мекенжайын дұрыс көрсетіңіз, мысалы name@mail.kz.",
        "checksum": "ЖСН қате: цифрларын тексеріңіз (бақылау разряды сәйкес келмейді).",
        "length": "ЖСН дәл 12 цифрдан тұрады.",
        "too_old": "Кезекке тек 7 жасқа дейінгі балалар қойылады: балаға 7 жас толған.",
        "unreadable": "Файл зақымдалған немесе оқылмайды: құжатты қайта сканерлеңіз.",
        "too_large": "Файл тым үлкен: 1 МБ-тан аспауы тиіс.",
        "type": "Тек PDF, JPEG немесе PNG файлдары қабылданады.",
    },
    "ru": {
        "required": "Это поле обязательно.",
        "acknowledged": "Подтвердите, что вы ознакомились с инструкцией.",
        "phone": "Укажите телефон в виде +7 и 10 цифр, например "
                 "+7\u00a0701\u00a0123\u00a045\u00a067.",
        "email": "Укажите правильный адрес электронной почты, например name@mail.kz.",
        "checksum": "ИИН указан неверно: проверьте цифры (не сходится контрольный разряд).",
        "length": "ИИН состоит ровно из 12 цифр.",
        "too_old": "В очередь ставятся только дети до 7 лет: ребенку уже исполнилось 7 лет.",
        "unreadable": "Файл поврежден или не читается: отсканируйте документ заново.",
        "too_large": "Файл слишком большой: допускается не более 1 МБ.",
        "type": "Принимаются только файлы PDF, JPEG или PNG.",
    },
}
LANGUAGES = pytest.mark.parametrize("language", ["kk", "ru"])


@LANGUAGES
def test_the_instruction_must_be_confirmed(qtbot: QtBot, language: str,
                                           make_window: Callable[..., MainWindow]) -> None:
    screen = start(qtbot, make_window(language))
    click(qtbot, screen.description.apply)
    assert screen.pages.currentWidget() is screen.description
    assert screen.description.error.isVisible()
    assert screen.description.error.text() == MESSAGES[language]["acknowledged"]
    click(qtbot, screen.description.acknowledge)
    assert not screen.description.error.isVisible()


@LANGUAGES
def test_step1_required_and_malformed_contacts(qtbot: QtBot, language: str,
                                               make_window: Callable[..., MainWindow]) -> None:
    words = MESSAGES[language]
    screen = to_step1(qtbot, make_window(language))
    page = screen.applicant
    click(qtbot, page.forward)
    assert page.fields["email"].error.text() == words["required"]
    assert page.fields["phone"].error.text() == words["required"]
    assert not page.fields["extra_phone"].error.isVisible()
    assert page.fields["email"].caption.text().endswith("*")
    assert not page.fields["extra_email"].caption.text().endswith("*")
    type_into(qtbot, page.edit("email"), "aigerim@mail")
    type_into(qtbot, page.edit("phone"), "8701123")
    type_into(qtbot, page.edit("extra_phone"), "+7 701")
    click(qtbot, page.forward)
    assert screen.pages.currentWidget() is page
    assert page.fields["email"].error.text() == words["email"]
    assert page.fields["phone"].error.text() == words["phone"]
    assert page.fields["extra_phone"].error.text() == words["phone"]
    assert page.edit("email").text() == "aigerim@mail" and page.edit("phone").text() == "8701123"
    assert page.edit("email").property("invalid") is True
    type_into(qtbot, page.edit("phone"), "87011234567")  # a field typed in again drops its error
    assert not page.fields["phone"].error.isVisible()
    assert page.fields["email"].error.isVisible()


@LANGUAGES
def test_step2_bad_child_iin_and_missing_choices(qtbot: QtBot, language: str,
                                                 make_window: Callable[..., MainWindow]) -> None:
    words = MESSAGES[language]
    screen = to_step2(qtbot, make_window(language))
    page = screen.child
    click(qtbot, page.send)
    assert page.child_iin.error.text() == words["required"]
    assert page.district.error.text() == words["required"]
    bad = SON.iin[:-1] + str((int(SON.iin[-1]) + 1) % 10)
    type_into(qtbot, page.iin_edit, bad)
    click(qtbot, page.send)
    assert page.child_iin.error.text() == words["checksum"]
    assert page.child.values["name"].text() == "—"
    type_into(qtbot, page.iin_edit, SON.iin[:7])
    click(qtbot, page.send)
    assert page.child_iin.error.text() == words["length"]
    click(qtbot, page.beneficiary)
    click(qtbot, page.send)
    assert page.category.error.text() == words["required"]
    assert page.scan_error.text() == words["required"]


@LANGUAGES
def test_a_child_of_seven_is_refused(qtbot: QtBot, language: str,
                                     make_window: Callable[..., MainWindow]) -> None:
    screen = to_step2(qtbot, make_window(language, applicant=FATHER_OF_OLD.iin))
    type_into(qtbot, screen.child.iin_edit, TOO_OLD.iin)
    assert screen.child.child.values["name"].text() == TOO_OLD.name
    click(qtbot, screen.child.send)
    assert screen.child.child_iin.error.text() == MESSAGES[language]["too_old"]


@LANGUAGES
def test_scans_unreadable_too_large_or_not_a_document(
        qtbot: QtBot, language: str, tmp_path: Path,
        make_window: Callable[..., MainWindow]) -> None:
    words = MESSAGES[language]
    window = make_window(language, kiosk_mode=False, max_scan_mb=1)
    screen = to_step2(qtbot, window)
    page = screen.child
    click(qtbot, page.beneficiary)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n" + b"x" * 2000)  # no end marker: cut short
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (1024 * 1024 + 100) + b"IEND")
    text = tmp_path / "note.pdf"
    text.write_bytes(b"just some text")
    for path, key in ((cut, "unreadable"), (big, "too_large"), (text, "type")):
        page.chooser.next = [path]  # type: ignore[attr-defined]
        click(qtbot, page.add_scan)
        assert page.scan_error.text() == f"{path.name}: {words[key]}"
        assert screen.state.child.scans == ()
    good = tmp_path / "anyqtama.jpg"
    good.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100 + b"\xff\xd9")
    page.chooser.next = [good]  # type: ignore[attr-defined]
    click(qtbot, page.add_scan)
    assert not page.scan_error.isVisible()
    assert [s.name for s in screen.state.child.scans] == ["anyqtama.jpg"]
    assert [s.media_type for s in screen.state.child.scans] == ["image/jpeg"]


def test_the_kiosk_scan_list_is_empty_until_the_scanner_writes(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    from kiosk.ui.scan_picker import ScanFolderPicker

    window = make_window("kk", kiosk_mode=True)
    screen = to_step2(qtbot, window)
    click(qtbot, screen.child.beneficiary)
    click(qtbot, screen.child.add_scan)
    picker = window.findChild(ScanFolderPicker, "scanPicker")
    assert picker is not None and picker.list.count() == 0  # the earlier visitor's is hidden
    assert picker.empty.text().startswith("Сканерленген құжаттар әлі жоқ")
    assert not picker.add_button.isEnabled()
    click(qtbot, picker.cancel_button)
    assert screen.state.child.scans == ()
