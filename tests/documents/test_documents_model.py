"""The document data model, the caption table and the shipped fonts."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

import kiosk.documents
from kiosk.documents import (Bilingual, DocType, DocumentData, Kindergarten, Language, PersonData,
                             QueueType, caption_table, register_fonts, sample_data)
from kiosk.documents import captions as captions_module
from kiosk.documents import fonts as fonts_module
from kiosk.domain.demo_register import DEMO_PERSONS
from kiosk.domain.numbers import ApplicationNumberError

REFERRAL = sample_data(DocType.REFERRAL, Language.KK)


def test_the_verification_address() -> None:
    data = dataclasses.replace(REFERRAL, verify_base_url="https://central.example.kz/kiosk/")
    assert data.verify_base_url == "https://central.example.kz/kiosk"
    assert data.verify_url == (
        f"https://central.example.kz/kiosk/documents/{data.document_id}/verify")


def test_the_queue_type_comes_from_the_number() -> None:
    assert REFERRAL.queue_type is QueueType.ORDINARY
    assert sample_data(DocType.SANATORIUM_REFERRAL, "ru").queue_type is QueueType.SANATORIUM


def test_plain_strings_are_accepted_for_the_enums() -> None:
    data = dataclasses.replace(REFERRAL, doc_type="referral", language="ru",
                               document_id=REFERRAL.document_id.upper())
    assert data.doc_type is DocType.REFERRAL and data.language is Language.RU
    assert data.document_id == REFERRAL.document_id


@pytest.mark.parametrize(("change", "error"), [
    ({"document_id": "not-a-uuid"}, ValueError),
    ({"application_number": "UO.26.123.1"}, ApplicationNumberError),
    ({"application_number": "XX.2026.000123.1"}, ApplicationNumberError),
    ({"application_number": "SDDO.2026.000123.1"}, ValueError),  # a referral is UO
    ({"verify_base_url": "ftp://central"}, ValueError),
    ({"verify_base_url": "https://central/?q=1"}, ValueError),
    ({"kindergarten": None}, ValueError),
    ({"valid_until": None}, ValueError),
    ({"valid_until": datetime(2026, 3, 13)}, TypeError),
    ({"issued_at": date(2026, 3, 5)}, TypeError),
    ({"queue_number": -1}, ValueError),
    ({"queue_number": True}, ValueError),
    ({"language": "en"}, ValueError),
    ({"doc_type": "receipt"}, ValueError),
    ({"service_centre": "9" * 101}, ValueError),
    ({"kindergarten": Kindergarten("А" * 301, "Б", "В")}, ValueError),
])
def test_invalid_data_is_refused(change: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        dataclasses.replace(REFERRAL, **change)


def test_each_type_needs_its_own_data() -> None:
    refusal = sample_data(DocType.REFUSAL, Language.KK)
    with pytest.raises(ValueError, match="reason"):
        dataclasses.replace(refusal, refusal_reason=None)
    sanatorium = sample_data(DocType.SANATORIUM_REFERRAL, Language.KK)
    with pytest.raises(ValueError, match="SDDO"):
        dataclasses.replace(sanatorium, application_number="UO.2025.000456.1")
    completion = sample_data(DocType.COMPLETION, Language.RU)
    with pytest.raises(ValueError, match="kindergarten"):
        dataclasses.replace(completion, kindergarten=None)


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"iin": "12345"}, ValueError),
    ({"iin": "1234567890ab"}, ValueError),
    ({"surname": "  "}, ValueError),
    ({"birth_date": datetime(2022, 4, 3)}, TypeError),
])
def test_invalid_persons_are_refused(kwargs: dict[str, object], error: type[Exception]) -> None:
    base: dict[str, object] = {"iin": "220403500013", "surname": "Жұмабаев", "name": "Нұрислам",
                               "patronymic": "", "birth_date": date(2022, 4, 3)}
    with pytest.raises(error):
        PersonData(**(base | kwargs))  # type: ignore[arg-type]


def test_strings_are_stripped_and_nfc() -> None:
    person = PersonData(" 220403500013 ", " Жұмабаев ", "Нұрислам", "", date(2022, 4, 3))
    assert person.iin == "220403500013" and person.surname == "Жұмабаев"
    assert person.full_name == "Жұмабаев Нұрислам"
    assert Bilingual("и\u0306", "й").kk == "й"
    with pytest.raises(ValueError):
        Bilingual("", "текст")


def test_sample_data_is_deterministic_and_complete() -> None:
    ids = set()
    for kind in DocType:
        for lang in Language:
            data = sample_data(kind, lang)
            assert data == sample_data(kind.value, lang.value)
            assert data.doc_type is kind and data.language is lang
            uuid.UUID(data.document_id)
            ids.add(data.document_id)
    assert len(ids) == 2 * len(DocType)


def test_sample_data_comes_from_the_demo_register() -> None:
    iins = {p.iin for p in DEMO_PERSONS}
    for kind in DocType:
        data = sample_data(kind, Language.KK)
        assert {data.applicant.iin, data.child.iin} <= iins


# ---- the caption table -----------------------------------------------------------------

def test_every_caption_has_both_languages_and_they_differ() -> None:
    table = caption_table()
    assert table
    for key, text in table.items():
        assert text.kk.strip() and text.ru.strip(), key
        assert text.kk != text.ru, key


def test_every_document_type_has_a_title_and_an_intro() -> None:
    table = caption_table()
    for kind in DocType:
        assert f"title.{kind.value}" in table
        assert f"intro.{kind.value}" in table


def test_the_wording_of_the_seeds() -> None:
    table = caption_table()
    assert table["title.referral"].ru == "Направление в ДДО"
    assert "Жолдама" in table["section.referral"].kk
    assert table["section.kindergarten"].kk == "Мектепке дейінгі ұйым"
    assert table["label.queue_number_in_category"].ru == "Номер очереди по льготной категории"
    assert table["value.no_benefit"].ru == "Без льготы"
    assert table["label.category"].ru == "Категория льготности"
    assert "кезекке қою" in table["service"].kk
    assert table["section.notes"].kk == "Назар аударуды сұраймыз!"


def test_a_caption_missing_a_language_is_refused(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "captions.toml"
    broken.write_text('[title.referral]\nkk = "Жолдама"\n', encoding="utf-8")
    monkeypatch.setattr(captions_module, "CAPTIONS_FILE", broken)
    captions_module.caption_table.cache_clear()
    try:
        with pytest.raises(ValueError, match="title.referral"):
            captions_module.caption_table()
    finally:
        monkeypatch.undo()
        captions_module.caption_table.cache_clear()
    assert "title.referral" in captions_module.caption_table()


# ---- fonts ------------------------------------------------------------------------------

def test_the_fonts_cover_every_caption_and_every_demo_name() -> None:
    register_fonts()
    texts = [t for text in caption_table().values() for t in (text.kk, text.ru)]
    texts += [" ".join((p.surname, p.name, p.patronymic, p.address.city, p.address.district,
                        p.address.street)) for p in DEMO_PERSONS]
    needed = {ch for text in texts for ch in text} - {"\n"}
    for face in (fonts_module.REGULAR, fonts_module.BOLD):
        font = pdfmetrics.getFont(face)
        missing = {ch for ch in needed if ord(ch) not in font.face.charToGlyph}
        assert not missing, (face, sorted(missing))
    mono = pdfmetrics.getFont(fonts_module.MONO)
    assert all(ord(ch) in mono.face.charToGlyph for ch in "0123456789abcdef-:/.")


def test_the_fonts_come_from_the_shipped_resources() -> None:
    register_fonts()
    font = pdfmetrics.getFont(fonts_module.REGULAR)
    top = Path(kiosk.documents.__file__).resolve().parents[2]
    assert Path(font.face.filename).resolve() == (top / "resources" / "fonts" /
                                                  "DejaVuSans.ttf").resolve()
    assert (top / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()


def test_missing_fonts_are_reported_with_their_place(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_RESOURCES", str(tmp_path))
    monkeypatch.setattr(fonts_module, "_registered_from", None)
    with pytest.raises(FileNotFoundError, match=str(tmp_path / "fonts")):
        register_fonts()
