"""Every document renders in both languages and shows what it certifies."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pdfcheck import KAZAKH_LETTERS, pdf_pages, pdf_text
from pypdf import PdfReader

from kiosk.documents import (Bilingual, DocType, DocumentData, Kindergarten, Language, caption,
                             person_data, render, render_slip, sample_data)
from kiosk.documents.render import fmt_date, fmt_datetime
from kiosk.domain.demo_register import DEMO_ADULTS, children_of


def test_a4_shows_the_certified_data(sample: DocumentData) -> None:
    pdf = render(sample)
    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf)
    lang = sample.language
    for expected in (
        sample.application_number,
        fmt_datetime(sample.issued_at),
        sample.applicant.full_name, sample.applicant.iin, fmt_date(sample.applicant.birth_date),
        sample.child.full_name, sample.child.iin, fmt_date(sample.child.birth_date),
        caption(f"title.{sample.doc_type.value}", lang).upper(),
        caption(f"title.{sample.doc_type.value}", lang.other),
        caption("label.iin", lang), caption("label.iin", lang.other),
        sample.verify_url,
        sample.document_id,
    ):
        assert expected in text, expected
    if sample.registered_at is not None:
        assert fmt_datetime(sample.registered_at) in text
    if sample.category is not None:
        assert sample.category(lang) in text and sample.category(lang.other) in text


@pytest.mark.parametrize("kind", [DocType.REGISTRATION, DocType.ACCEPTANCE, DocType.BOOK_ENTRY,
                                  DocType.CHILD_CARD, DocType.INTEREST_CONFIRMED])
@pytest.mark.parametrize("lang", list(Language))
def test_queue_documents_show_both_queue_numbers(kind: DocType, lang: Language) -> None:
    sample = sample_data(kind, lang)
    text = pdf_text(render(sample))
    assert sample.queue_number is not None and sample.queue_number_in_category is not None
    assert f"{caption('label.queue_number', sample.language)} " in text
    assert str(sample.queue_number) in text
    assert caption("label.queue_number_in_category", sample.language.other) in text
    assert str(sample.queue_number_in_category) in text


@pytest.mark.parametrize("kind", [DocType.REFERRAL, DocType.SANATORIUM_REFERRAL,
                                  DocType.COMPLETION])
@pytest.mark.parametrize("lang", list(Language))
def test_referrals_name_the_kindergarten_and_validity(kind: DocType, lang: Language) -> None:
    data = sample_data(kind, lang)
    text = pdf_text(render(data))
    kg = data.kindergarten
    assert kg is not None
    assert kg.name_kk in text and kg.name_ru in text and kg.address in text
    if kind is not DocType.COMPLETION:
        assert data.valid_until is not None
        assert caption("value.until", lang, date=fmt_date(data.valid_until)) in text


@pytest.mark.parametrize("lang", list(Language))
def test_refusal_states_its_reason_in_both_languages(lang: Language) -> None:
    data = sample_data(DocType.REFUSAL, lang)
    text = pdf_text(render(data))
    assert data.refusal_reason is not None
    assert data.refusal_reason.kk in text and data.refusal_reason.ru in text


def test_the_applicants_language_comes_first(sample: DocumentData) -> None:
    text = pdf_text(render(sample))
    title = caption(f"title.{sample.doc_type.value}", sample.language).upper()
    other = caption(f"title.{sample.doc_type.value}", sample.language.other)
    assert text.index(title) < text.index(other)


@pytest.mark.parametrize("kind", list(DocType))
def test_kazakh_documents_carry_kazakh_letters(kind: DocType) -> None:
    text = pdf_text(render(sample_data(kind, Language.KK))).lower()
    present = {letter for letter in KAZAKH_LETTERS if letter in text}
    # the Kazakh captions and the demo names carry at least these eight in every document
    assert present >= set("әғқңөұүі"), sorted(set(KAZAKH_LETTERS) - present)


def test_all_nine_kazakh_letters_print() -> None:
    """Іңкәр Құрманғазиева Һадиқызы and her daughter Өмір: every Kazakh letter, in a name."""
    inkar = next(p for p in DEMO_ADULTS if p.name == "Іңкәр")
    omir = children_of(inkar.iin)[0]
    data = dataclasses.replace(sample_data(DocType.REGISTRATION, Language.KK),
                               applicant=person_data(inkar), child=person_data(omir))
    text = pdf_text(render(data))
    assert inkar.patronymic in text and "Һ" in text
    assert data.applicant.full_name in text and data.child.full_name in text
    assert set(KAZAKH_LETTERS) <= set(text.lower())


def test_every_sample_fits_one_page(sample: DocumentData) -> None:
    assert len(PdfReader(io.BytesIO(render(sample))).pages) == 1


def test_rendering_is_deterministic(sample: DocumentData) -> None:
    assert render(sample) == render(sample)
    assert render_slip(sample) == render_slip(sample)


def test_pdf_metadata_names_the_document() -> None:
    data = sample_data(DocType.REFERRAL, Language.RU)
    meta = PdfReader(io.BytesIO(render(data))).metadata
    assert meta is not None
    assert meta.title == f"{caption('title.referral', 'ru')} — {data.application_number}"
    assert meta.subject == data.application_number
    assert meta.creation_date is not None
    assert meta.creation_date.replace(tzinfo=None) == data.issued_at.replace(tzinfo=None)


def test_long_values_flow_onto_further_pages() -> None:
    reason = Bilingual(kk=" ".join(["Құжаттардың толық емес топтамасы ұсынылды."] * 120),
                       ru=" ".join(["Представлен неполный пакет документов."] * 120))
    data = dataclasses.replace(sample_data(DocType.REFUSAL, Language.RU), refusal_reason=reason)
    pdf = render(data)
    pages = pdf_pages(pdf)
    assert len(pages) >= 2
    assert "Представлен неполный пакет документов." in pages[0]
    assert "Представлен неполный пакет документов." in pages[1]
    assert "Страница 2" in pages[1] and data.verify_url in pages[-1]


def test_markup_characters_in_values_are_printed_literally() -> None:
    kg = Kindergarten(name_kk="«Ақ бота» <1> & Ко", name_ru="«Ак бота» <1> & Ко",
                      address="Ақтөбе, 1 & 2")
    data = dataclasses.replace(sample_data(DocType.REFERRAL, Language.KK), kindergarten=kg)
    text = pdf_text(render(data))
    assert "«Ақ бота» <1> & Ко" in text and "Ақтөбе, 1 & 2" in text


def test_optional_fields_may_be_absent() -> None:
    data = dataclasses.replace(sample_data(DocType.REGISTRATION, Language.RU), registered_at=None,
                               queue_number=None, queue_number_in_category=None, category=None,
                               service_centre=None)
    text = pdf_text(render(data))
    assert caption("value.no_benefit", Language.RU) in text
    assert caption("label.service_centre", Language.RU) not in text
    assert caption("label.queue_number_in_category", Language.RU) not in text


def test_slip_is_80_mm_wide_and_shows_number_date_and_child(sample: DocumentData) -> None:
    pdf = render_slip(sample)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(80 / 25.4 * 72, abs=0.01)
    text = pdf_text(pdf)
    for expected in (sample.application_number, fmt_datetime(sample.issued_at),
                     sample.child.full_name, sample.child.iin,
                     caption(f"title.{sample.doc_type.value}", sample.language)):
        assert expected in text, expected


def test_the_a4_qr_code_opens_the_verification_page(
        sample: DocumentData, rasterise: Callable[[bytes, int], list[Path]],
        decode_qr: Callable[[Path], list[str]]) -> None:
    (page,) = rasterise(render(sample), 150)
    assert decode_qr(page) == [sample.verify_url]
    assert sample.verify_url == (
        f"{sample.verify_base_url}/documents/{sample.document_id}/verify")


@pytest.mark.parametrize("kind", [DocType.REGISTRATION, DocType.REFERRAL, DocType.REFUSAL])
def test_the_slip_qr_code_opens_the_verification_page(
        kind: DocType, rasterise: Callable[[bytes, int], list[Path]],
        decode_qr: Callable[[Path], list[str]]) -> None:
    data = sample_data(kind, Language.RU, verify_base_url="https://central.example.kz/kiosk/")
    (page,) = rasterise(render_slip(data), 203)  # a receipt printer's 8 dots per mm
    assert decode_qr(page) == [
        f"https://central.example.kz/kiosk/documents/{data.document_id}/verify"]


def test_the_qr_code_survives_a_low_resolution_print(
        rasterise: Callable[[bytes, int], list[Path]],
        decode_qr: Callable[[Path], list[str]]) -> None:
    data = sample_data(DocType.REFERRAL, Language.KK)
    (page,) = rasterise(render(data), 100)
    assert decode_qr(page) == [data.verify_url]
