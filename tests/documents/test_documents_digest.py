"""The certified digest: canonical, sensitive to every certified field, carried by the PDF."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import zlib
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from kiosk.documents import (Bilingual, DocType, DocumentData, Kindergarten, Language,
                             NotABalabaqshaDocument, PersonData, certified_digest,
                             certified_fields, certified_json, document_fingerprint,
                             read_embedded, render, render_slip, sample_data)

KZ = timezone(timedelta(hours=5))

PINNED = DocumentData(
    doc_type=DocType.REFERRAL,
    document_id="0b8f3c52-61a4-4c34-9e0f-5a2d7c1e9b11",
    language=Language.KK,
    issued_at=datetime(2026, 3, 5, 11, 20, 9, tzinfo=KZ),
    application_number="UO.2026.000123.1",
    applicant=PersonData("900517400012", "Серікқызы", "Әйгерім", "Нұрланқызы", date(1990, 5, 17)),
    child=PersonData("220403500013", "Жұмабаев", "Нұрислам", "Ерланұлы", date(2022, 4, 3)),
    verify_base_url="https://central.example.kz",
    registered_at=datetime(2025, 3, 2, 9, 41, 27, tzinfo=KZ),
    queue_number=1,
    queue_number_in_category=1,
    category=Bilingual("Көп балалы отбасылардың балалары", "Дети из многодетных семей"),
    kindergarten=Kindergarten("«Балдырған» бөбекжай-бақшасы", "Ясли-сад «Балдырган»",
                              "Қарағанды қ., Бұқар жырау даңғылы, 53"),
    valid_until=date(2026, 3, 13),
    service_centre="003",
)


def test_the_canonical_json_is_pinned() -> None:
    """Stored digests must stay verifiable: the canonical form may never drift."""
    assert certified_json(PINNED).decode("utf-8") == (
        '{"applicant":{"birth_date":"1990-05-17","iin":"900517400012","name":"Әйгерім",'
        '"patronymic":"Нұрланқызы","surname":"Серікқызы"},'
        '"application_number":"UO.2026.000123.1",'
        '"category":{"kk":"Көп балалы отбасылардың балалары","ru":"Дети из многодетных семей"},'
        '"child":{"birth_date":"2022-04-03","iin":"220403500013","name":"Нұрислам",'
        '"patronymic":"Ерланұлы","surname":"Жұмабаев"},'
        '"document_id":"0b8f3c52-61a4-4c34-9e0f-5a2d7c1e9b11",'
        '"issued_at":"2026-03-05T11:20:09+05:00",'
        '"kindergarten":{"address":"Қарағанды қ., Бұқар жырау даңғылы, 53",'
        '"name_kk":"«Балдырған» бөбекжай-бақшасы","name_ru":"Ясли-сад «Балдырган»"},'
        '"queue_number":1,"queue_number_in_category":1,'
        '"refusal_reason":null,"registered_at":"2025-03-02T09:41:27+05:00",'
        '"service_centre":"003","type":"referral","v":1,"valid_until":"2026-03-13"}')
    assert certified_digest(PINNED) == (
        "e7b2ecf90aab95a7a89c661dbf1636b38d29a6ee71ffb1859defcd94211bfdc0")


def test_the_digest_is_the_sha256_of_the_canonical_json() -> None:
    import hashlib

    assert certified_digest(PINNED) == hashlib.sha256(certified_json(PINNED)).hexdigest()
    assert json.loads(certified_json(PINNED)) == certified_fields(PINNED)


_ALTERATIONS = {
    "doc_type": {"doc_type": DocType.COMPLETION},
    "document_id": {"document_id": "0b8f3c52-61a4-4c34-9e0f-5a2d7c1e9b12"},
    "issued_at": {"issued_at": PINNED.issued_at + timedelta(minutes=1)},
    "issued_at offset": {"issued_at": PINNED.issued_at.astimezone(timezone.utc)},
    "application_number": {"application_number": "UO.2026.000124.1"},
    "registered_at": {"registered_at": None},
    "applicant.iin": {"applicant": dataclasses.replace(PINNED.applicant, iin="900517400013")},
    "applicant.surname": {"applicant": dataclasses.replace(PINNED.applicant, surname="Серіков")},
    "child.name": {"child": dataclasses.replace(PINNED.child, name="Нұрсұлтан")},
    "child.patronymic": {"child": dataclasses.replace(PINNED.child, patronymic="")},
    "child.birth_date": {"child": dataclasses.replace(PINNED.child, birth_date=date(2022, 4, 4))},
    "queue_number": {"queue_number": 2},
    "queue_number_in_category": {"queue_number_in_category": None},
    "category": {"category": Bilingual("Мүгедек балалар", "Дети с инвалидностью")},
    "category removed": {"category": None},
    "kindergarten.address": {"kindergarten": dataclasses.replace(
        PINNED.kindergarten, address="Қарағанды қ., Бұқар жырау даңғылы, 55")},
    "kindergarten.name_ru": {"kindergarten": dataclasses.replace(
        PINNED.kindergarten, name_ru="Ясли-сад «Балдырган» № 2")},
    "valid_until": {"valid_until": date(2026, 3, 14)},
    "service_centre": {"service_centre": "004"},
}


@pytest.mark.parametrize("change", list(_ALTERATIONS.values()), ids=list(_ALTERATIONS))
def test_an_altered_certified_field_changes_the_digest(change: dict[str, object]) -> None:
    altered = dataclasses.replace(PINNED, **change)
    assert certified_digest(altered) != certified_digest(PINNED)


def test_a_refusal_reason_is_certified() -> None:
    refusal = sample_data(DocType.REFUSAL, Language.KK)
    assert refusal.refusal_reason is not None
    other = dataclasses.replace(refusal, refusal_reason=dataclasses.replace(
        refusal.refusal_reason, ru="Возраст ребенка старше 7-ми лет"))
    assert certified_digest(other) != certified_digest(refusal)


def test_language_and_address_of_the_service_are_presentation() -> None:
    for change in ({"language": Language.RU}, {"verify_base_url": "http://10.0.0.5:8000/"}):
        assert certified_digest(dataclasses.replace(PINNED, **change)) == certified_digest(PINNED)


def test_text_is_compared_in_nfc() -> None:
    decomposed = "Жұмабаев".replace("й", "и\u0306") + "\u0438\u0306"  # й as и + breve
    composed = "Жұмабаевй"
    assert decomposed != composed
    a = dataclasses.replace(PINNED, child=dataclasses.replace(PINNED.child, surname=decomposed))
    b = dataclasses.replace(PINNED, child=dataclasses.replace(PINNED.child, surname=composed))
    assert certified_digest(a) == certified_digest(b)


def test_the_pdf_carries_its_id_and_digest(sample: DocumentData) -> None:
    expected = (sample.document_id, certified_digest(sample))
    assert read_embedded(render(sample)) == expected
    assert read_embedded(render_slip(sample)) == expected


def test_a_rendered_field_change_shows_in_the_embedded_digest() -> None:
    data = sample_data(DocType.REFERRAL, Language.KK)
    altered = dataclasses.replace(data, valid_until=date(2026, 4, 13))
    _, digest = read_embedded(render(altered))
    assert digest == certified_digest(altered) != certified_digest(data)


def test_the_fingerprint_is_the_sha256_of_the_file() -> None:
    import hashlib

    pdf = render(PINNED)
    assert document_fingerprint(pdf) == hashlib.sha256(pdf).hexdigest()
    assert document_fingerprint(pdf) == document_fingerprint(render(PINNED))
    assert document_fingerprint(pdf) != document_fingerprint(
        render(dataclasses.replace(PINNED, queue_number=3)))


def test_the_id_survives_a_resave_by_another_tool() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(render(PINNED))))
    writer.add_metadata({"/Producer": "some viewer"})
    out = io.BytesIO()
    writer.write(out)
    assert read_embedded(out.getvalue()) == (PINNED.document_id, certified_digest(PINNED))


def test_the_id_is_found_in_a_hex_string_or_a_compressed_stream() -> None:
    pdf = render(PINNED)
    keywords = re.search(rb"/Keywords \(([^)]*)\)", pdf)
    assert keywords is not None
    hex_string = b"<FEFF" + keywords.group(1).decode("ascii").encode("utf-16-be").hex().encode() \
        + b">"
    as_hex = pdf.replace(keywords.group(0), b"/Keywords " + hex_string)
    assert read_embedded(as_hex) == (PINNED.document_id, certified_digest(PINNED))

    without = pdf.replace(keywords.group(0), b"/Keywords ()")
    with pytest.raises(NotABalabaqshaDocument):
        read_embedded(without)
    packed = zlib.compress(b"<< /Keywords (" + keywords.group(1) + b") >>")
    in_stream = without + b"9 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(
        packed) + packed + b"\nendstream\nendobj\n"
    assert read_embedded(in_stream) == (PINNED.document_id, certified_digest(PINNED))


def test_the_last_update_wins() -> None:
    pdf = render(PINNED)
    newer = dataclasses.replace(PINNED, document_id="11111111-2222-4333-8444-555555555555")
    updated = pdf + b"\n99 0 obj\n<< /Keywords (balabaqsha-document-id=" + \
        newer.document_id.encode() + b" balabaqsha-digest=" + \
        certified_digest(newer).encode() + b") >>\nendobj\n"
    assert read_embedded(updated) == (newer.document_id, certified_digest(newer))


@pytest.mark.parametrize("content", [b"", b"hello", b"%PDF-1.4\n%%EOF\n"])
def test_other_files_are_not_documents(content: bytes) -> None:
    with pytest.raises(NotABalabaqshaDocument):
        read_embedded(content)


_names = st.text(alphabet="АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯабвгғдеёжзийкқлмнңоөп"
                          "рстуұүфхһцчшщъыіьэюя-' ", min_size=1, max_size=30).filter(str.strip)


@settings(max_examples=60, deadline=None)
@given(surname=_names, name=_names, queue=st.integers(min_value=0, max_value=10**6),
       lang=st.sampled_from(list(Language)))
def test_the_canonical_json_round_trips(surname: str, name: str, queue: int,
                                        lang: Language) -> None:
    data = dataclasses.replace(PINNED, language=lang, queue_number=queue,
                               child=dataclasses.replace(PINNED.child, surname=surname, name=name))
    fields = json.loads(certified_json(data))
    assert fields == certified_fields(data)
    assert fields["child"]["surname"] == surname.strip()
    assert fields["queue_number"] == queue
    assert certified_digest(data) == certified_digest(dataclasses.replace(data, language=lang.other))


@pytest.mark.parametrize(("literal", "decoded"), [
    (rb"(plain)", b"plain"),
    (rb"(a\(b\)c)", b"a(b)c"),
    (rb"(nested (balanced) parens)", b"nested (balanced) parens"),
    (rb"(tab\tnew\nline\rfeed\fback\b)", b"tab\tnew\nline\rfeed\fback\b"),
    (rb"(\055\75\0611)", b"-=11"),
    (b"(con\\\r\ntinued\\\nline)", b"continuedline"),
    (rb"(back\\slash \q)", b"back\\slash q"),
    (b"(unterminated", b"unterminated"),
    (b"(trailing\\", b"trailing"),
])
def test_pdf_literal_strings_are_unescaped(literal: bytes, decoded: bytes) -> None:
    from kiosk.documents.digest import _literal_string

    assert _literal_string(literal, 0) == decoded


def test_pdf_text_strings_are_decoded() -> None:
    from kiosk.documents.digest import _hex_string, _text

    assert _text(b"\xfe\xff" + "Жолдама".encode("utf-16-be")) == "Жолдама"
    assert _text(b"\xef\xbb\xbf" + "Жолдама".encode("utf-8")) == "Жолдама"
    assert _text(b"caf\xe9") == "café"
    assert _hex_string(b"<41 42\n43 4>", 0) == b"ABC@"


def test_a_malformed_id_is_skipped_for_an_earlier_good_one() -> None:
    good = render(PINNED)
    bad = good + b"\n<< /Keywords (balabaqsha-document-id=" + b"-" * 36 + \
        b" balabaqsha-digest=" + b"0" * 64 + b") >>\n"
    assert read_embedded(bad) == (PINNED.document_id, certified_digest(PINNED))


def test_a_naive_issue_time_renders_without_a_zone() -> None:
    naive = dataclasses.replace(PINNED, issued_at=PINNED.issued_at.replace(tzinfo=None))
    meta = PdfReader(io.BytesIO(render(naive))).metadata
    assert meta is not None and meta["/CreationDate"] == "D:20260305112009"
