"""Official documents: issued at each step, downloaded as PDFs, verified by anyone."""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from central_kit import AIGERIM, GALYM, NURISLAM, ULAN, ApiServer, Signer, make_service
from pypdf import PdfReader
from sqlalchemy import select, update

from kiosk.central import documents_issue, models
from kiosk.central.api import LOOPBACK_DEVICE
from kiosk.central.cli import main
from kiosk.central.handlers import load_for_update
from kiosk.central.mapping import store, to_domain
from kiosk.central.protocol import ChooseKindergarten, ConfirmInterest, Register, RevokeReferral
from kiosk.central.register import DatabasePersonRegister
from kiosk.central.service import CentralService
from kiosk.documents import DocumentData, certified_digest, read_embedded, render, sample_data
from kiosk.domain import transitions
from kiosk.domain.demo_register import find_person
from kiosk.domain.history import Actor, ActorKind
from kiosk.domain.numbers import QueueType
from kiosk.eds.demo_pki import DemoPki

KARAGANDA = "351010000"
PUBLIC_URL = "https://queue.example.kz/balabaqsha"
QUEUE_DOCUMENTS = ["registration", "acceptance", "book-entry", "child-card"]


def register(signer: Signer, parent: str = AIGERIM, child: str = NURISLAM,
             **extra: object) -> bytes:
    return signer.request(parent, Register(parent, child, QueueType.ORDINARY, KARAGANDA,
                                           **extra))  # type: ignore[arg-type]


def login(service: CentralService, signer: Signer, iin: str) -> str:
    challenge = service.create_challenge(LOOPBACK_DEVICE)
    return service.login_with_signature(signer.login(iin, challenge.nonce), LOOPBACK_DEVICE).token


def stored(service: CentralService, document_id: str) -> DocumentData:
    """What the central database holds for a document (as the service re-renders it)."""
    with service.transaction() as session:
        row = session.scalars(select(models.Document)
                              .where(models.Document.document_id == document_id)).one()
        return documents_issue.stored_data(row, service.public_url)


def altered(data: DocumentData) -> DocumentData:
    """The same document id over changed certified data (another child's name)."""
    return dataclasses.replace(data, child=dataclasses.replace(data.child, name="Әлихан"))


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def qr_codes(pdf: bytes, directory: Path) -> list[str]:
    """Every QR code on the PDF's first page (poppler, then zxing-cpp)."""
    import zxingcpp
    from PIL import Image

    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "poppler-utils (pdftoppm) is not installed"
    source = directory / "document.pdf"
    source.write_bytes(pdf)
    subprocess.run([pdftoppm, "-r", "110", "-f", "1", "-l", "1", "-png", str(source),
                    str(directory / "page")], check=True)
    with Image.open(next(directory.glob("page*.png"))) as image:
        found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    return [code.text for code in found]


@pytest.fixture
def public_service(sqlite_central_url: str, demo_pki: DemoPki) -> Iterator[CentralService]:
    """A SQLite service with a public address of its own."""
    svc = make_service(sqlite_central_url, demo_pki, public_url=PUBLIC_URL + "/")
    yield svc
    svc.engine.dispose()


@pytest.fixture
def public_api(public_service: CentralService) -> Iterator[ApiServer]:
    """Its API on a loopback port."""
    server = ApiServer(public_service).start()
    yield server
    server.stop()


def test_a_registration_issues_its_documents(service: CentralService, signer: Signer) -> None:
    request = register(signer, service_centre="003", benefit_category="large_families")
    result = service.submit(request)
    number = result.number or ""
    detail = service.application(AIGERIM, number)
    assert [d.kind for d in detail.documents] == ["signed_request"]  # attachments stay apart
    official = detail.official_documents
    assert [d.doc_type for d in official] == QUEUE_DOCUMENTS
    assert {d.language for d in official} == {"kk"}  # the applicant's language, by default
    assert len({uuid.UUID(d.document_id) for d in official}) == 4
    assert all(d.issued_at == result.accepted_at for d in official)
    data = stored(service, official[0].document_id)
    assert (data.application_number, data.child.iin, data.applicant.iin) == \
        (number, NURISLAM, AIGERIM)
    assert (data.queue_number, data.queue_number_in_category) == \
        (result.queue_number, result.category_queue_number)
    assert data.category is not None and data.service_centre == "003"
    assert data.issued_at.isoformat().endswith("+05:00")  # the region's time, as printed
    assert service.submit(request).replayed  # a replay issues nothing more
    assert len(service.application(AIGERIM, number).official_documents) == 4
    with service.transaction() as session:  # the applicant now reads Russian
        session.execute(update(models.Application).where(models.Application.number == number)
                        .values(applicant_language="ru"))
    service.submit(signer.request(AIGERIM, ConfirmInterest(number)))
    confirmed = service.application(AIGERIM, number).official_documents[-1]
    assert (confirmed.doc_type, confirmed.language) == ("interest-confirmed", "ru")


def test_a_document_names_the_desk_of_its_step(service: CentralService, signer: Signer) -> None:
    number = service.submit(signer.request(
        AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY, KARAGANDA),
        service_centre="003")).number or ""
    service.submit(signer.request(AIGERIM, ConfirmInterest(number), service_centre="004"))
    place = next(p for p in service.free_places(AIGERIM, number) if p.free_choice)
    service.submit(signer.request(AIGERIM, ChooseKindergarten(number, place.place)))
    official = service.application(AIGERIM, number).official_documents
    assert [d.doc_type for d in official] == [*QUEUE_DOCUMENTS, "interest-confirmed", "referral"]
    desks = [stored(service, d.document_id).service_centre for d in official]
    assert desks == ["003"] * 4 + ["004", "003"]  # a kiosk's step: where it was registered


def test_a_refusal_referral_confirmation_and_enrolment_issue_theirs(
        sqlite_service: CentralService, signer: Signer) -> None:
    service = sqlite_service
    refused = service.submit(register(signer, parent=GALYM, child=ULAN))
    (notice,) = service.application(GALYM, refused.number or "").official_documents
    assert notice.doc_type == "refusal" and notice.language == "kk"
    reason = stored(service, notice.document_id).refusal_reason
    assert reason is not None and reason.ru == "Возраст ребенка 7 лет и старше"

    number = service.submit(register(signer)).number or ""
    service.submit(signer.request(AIGERIM, ConfirmInterest(number)))
    place = next(p for p in service.free_places(AIGERIM, number) if p.free_choice)
    service.submit(signer.request(AIGERIM, ChooseKindergarten(number, place.place)))
    official = service.application(AIGERIM, number).official_documents
    assert [d.doc_type for d in official] == [*QUEUE_DOCUMENTS, "interest-confirmed", "referral"]
    referral = stored(service, official[-1].document_id)
    assert referral.kindergarten is not None and referral.kindergarten.name_ru == place.name_ru
    assert referral.valid_until is not None
    assert stored(service, official[-2].document_id).valid_until is not None
    assert service.verify_document(official[-1].document_id).in_force is True
    assert service.verify_document(official[0].document_id).in_force is None

    service.submit(signer.request(AIGERIM, RevokeReferral(number)))
    assert service.verify_document(official[-1].document_id).in_force is False
    place = next(p for p in service.free_places(AIGERIM, number) if p.free_choice)
    service.submit(signer.request(AIGERIM, ChooseKindergarten(number, place.place)))

    # the kindergarten enrols the child: a transition outside the signed requests
    with service.transaction() as session:
        row = load_for_update(session, number)
        rules = service.rules_for(row.region_kato)
        app = to_domain(row)
        assert app.referral is not None
        known = len(row.history)
        kindergarten = Actor(ActorKind.KINDERGARTEN, app.referral.kindergarten_id)
        store(row, transitions.enrol(app, now=service.now(), actor=kindergarten, rules=rules,
                                     calendar=rules.working_calendar()))
        session.flush()
        issued = documents_issue.issue_for_history(
            session, row, row.history[known:], register=DatabasePersonRegister(session),
            rules_for=service.rules_for)
        assert [d.doc_type for d in issued] == ["completion"]
    official = service.application(AIGERIM, number).official_documents
    assert [d.doc_type for d in official][-2:] == ["referral", "completion"]
    assert service.verify_document(official[-2].document_id).in_force is False  # used
    completion = stored(service, official[-1].document_id)
    assert completion.kindergarten is not None and completion.queue_number is None


def test_the_citizen_downloads_the_pdf_and_anyone_verifies_it(
        public_service: CentralService, public_api: ApiServer, signer: Signer,
        tmp_path: Path) -> None:
    number = public_service.submit(register(signer)).number or ""
    official = public_service.application(AIGERIM, number).official_documents[0]
    token = login(public_service, signer, AIGERIM)
    with httpx.Client(base_url=public_api.url,
                      headers={"authorization": f"Bearer {token}"}) as citizen:
        listed = citizen.get("/me/application", params={"number": number}).json()
        assert [d["doc_type"] for d in listed["official_documents"]] == QUEUE_DOCUMENTS
        download = citizen.get(f"/me/application/documents/{official.id}",
                               params={"number": number})
    assert download.headers["content-type"] == "application/pdf"
    assert "registration-" in download.headers["content-disposition"]
    pdf = download.content
    assert pdf.startswith(b"%PDF-")
    document_id, digest = read_embedded(pdf)
    assert document_id == official.document_id
    text = pdf_text(pdf)
    aigerim, nurislam = find_person(AIGERIM), find_person(NURISLAM)
    assert aigerim is not None and nurislam is not None
    verify_url = f"{PUBLIC_URL}/documents/{document_id}/verify"
    assert number in text and "Уведомление о регистрации" in text  # under the Kazakh title
    assert nurislam.surname in text and nurislam.name in text and aigerim.name in text
    assert verify_url in text.replace(" ", "")
    assert qr_codes(pdf, tmp_path) == [verify_url]

    guarded = ApiServer(public_service, require_device=True).start()  # as behind mutual TLS
    try:
        with httpx.Client(base_url=guarded.url) as phone:
            assert phone.get("/reference/regions").json()["code"] == "device_required"
            assert phone.get(f"/documents/{document_id}/verify").json()["status"] == "found"
    finally:
        guarded.stop()
    with httpx.Client(base_url=public_api.url) as anyone:
        path = f"/documents/{document_id}/verify"
        genuine = anyone.get(path, params={"digest": digest})
        assert genuine.status_code == 200
        body = genuine.json()
        assert (body["status"], body["doc_type"], body["application_number"]) == \
            ("genuine", "registration", number)
        assert body["title_ru"] == "Уведомление о регистрации" and body["in_force"] is None
        assert body["issued_at"].endswith("+05:00")
        grouped = " ".join(digest[i:i + 8] for i in range(0, 64, 8)).upper()
        assert anyone.get(path, params={"digest": grouped}).json()["status"] == "genuine"
        assert anyone.get(path).json()["status"] == "found"
        forged = certified_digest(altered(stored(public_service, document_id)))
        assert anyone.get(path, params={"digest": forged}).json()["status"] == "altered"
        unknown = anyone.get(f"/documents/{uuid.uuid4()}/verify", params={"digest": digest})
        assert (unknown.status_code, unknown.json()["status"]) == (200, "unknown")
        assert unknown.json()["doc_type"] is None
        assert anyone.get("/documents/not-a-uuid/verify").json()["status"] == "unknown"
        malformed = anyone.get(path, params={"digest": "abc"})
        assert (malformed.status_code, malformed.json()["code"]) == (422, "bad_request")
        page = anyone.get(path, params={"digest": forged},
                          headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
        assert page.headers["content-type"].startswith("text/html")
        assert "Контрольная сумма не совпадает" in page.text
        assert "Уведомление о регистрации" in page.text and number in page.text
        assert "Өтінішті тіркеу туралы хабарлама" in page.text
        typo = anyone.get(path, params={"digest": "12"}, headers={"accept": "text/html"})
        assert typo.status_code == 200 and "64" in typo.text
        for response in (genuine, unknown, page, typo):
            leaked = [secret for secret in (AIGERIM, NURISLAM, aigerim.surname, aigerim.name,
                                            nurislam.name, nurislam.surname)
                      if secret in response.text]
            assert leaked == [], response.request.url


def test_verify_document_cli(sqlite_central_url: str, demo_pki: DemoPki, signer: Signer,
                             tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    service = make_service(sqlite_central_url, demo_pki)
    try:
        number = service.submit(register(signer)).number or ""
        official = service.application(AIGERIM, number).official_documents[-1]
        genuine = tmp_path / "genuine.pdf"
        genuine.write_bytes(service.document(AIGERIM, number, official.id).content)
        forged = tmp_path / "forged.pdf"
        forged.write_bytes(render(altered(stored(service, official.document_id))))
    finally:
        service.engine.dispose()
    db = ["--db", sqlite_central_url]
    assert main(["verify-document", str(genuine), *db]) == 0
    assert "genuine" in capsys.readouterr().out
    assert main(["verify-document", str(genuine), *db, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["result"], report["type"], report["application_number"]) == \
        ("genuine", "child-card", number)
    assert AIGERIM not in json.dumps(report) and NURISLAM not in json.dumps(report)
    assert main(["verify-document", str(forged), *db]) == 1
    assert "ALTERED" in capsys.readouterr().out
    stranger = tmp_path / "stranger.pdf"
    stranger.write_bytes(render(sample_data("registration", "kk")))  # never issued here
    assert main(["verify-document", str(stranger), *db, "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["result"] == "unknown"
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    assert main(["verify-document", str(other), *db]) == 1
    assert "NOT A BALABAQSHA DOCUMENT" in capsys.readouterr().out
    assert main(["verify-document", str(tmp_path / "missing.pdf"), *db]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["verify-document", *db]) == 2
