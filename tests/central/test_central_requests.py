"""Signed requests through the service: verification, refusals, the application's life."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from nca_paths import NCA_TEST
from central_kit import AIGERIM, ALIKHAN, AYAULYM, DARYA, ERLAN, GALYM, INKAR, NURISLAM, OLGA, ULAN, Signer
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from lxml import etree
from sqlalchemy import func, select

from kiosk.central import models
from kiosk.central.errors import CentralError
from kiosk.central.protocol import (
    Attachment,
    ChangeBenefit,
    ChooseKindergarten,
    ConfirmInterest,
    ExtendReferral,
    MergeToParent,
    Register,
    RevokeReferral,
    SignedRequestDraft,
    Withdraw,
    parse_document,
    request_from_element,
    request_to_xml,
)
from kiosk.central.service import CentralService
from kiosk.domain.demo_register import children_of, find_person
from kiosk.domain.numbers import QueueType
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DEMO_PASSWORD, DemoPki, nca_style_pkcs12
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.xmldsig import sign_xml

KARAGANDA = "351010000"
NUMBER = re.compile(r"UO\.\d{4}\.\d{6}\.1")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def register(signer: Signer, parent: str = AIGERIM, child: str = NURISLAM, **extra: object) -> bytes:
    return signer.request(parent, Register(parent, child, QueueType.ORDINARY, KARAGANDA, **extra))  # type: ignore[arg-type]


def refusal(service: CentralService, document: bytes) -> str:
    with pytest.raises(CentralError) as caught:
        service.submit(document)
    return caught.value.code


def count_applications(service: CentralService, child: str) -> int:
    with service.transaction() as session:
        return int(session.scalar(select(func.count(models.Application.id))
                                  .where(models.Application.child_iin == child)) or 0)


def test_a_registration_gets_a_central_number_and_a_journal_line(service: CentralService,
                                                                  signer: Signer) -> None:
    result = service.submit(register(signer, email="aigerim@example.kz", phone="8 701 123 45 67",
                                     benefit_category="large_families"))
    assert NUMBER.fullmatch(result.number or "")
    assert (result.status, result.reason, result.replayed) == ("queued", None, False)
    assert result.queue_number >= 1 and result.category_queue_number >= 1
    journal = service.journal(AIGERIM)
    assert [row.number for row in journal] == [result.number]
    assert journal[0].child_name.startswith("Жұмабаев Нұрислам")
    detail = service.application(AIGERIM, result.number or "")
    assert detail.phone == "+77011234567"
    assert [h.action for h in detail.history] == ["register"]
    assert [d.kind for d in detail.documents] == ["signed_request"]
    allowed = {p.action for p in detail.actions if p.allowed}
    assert {"confirm_interest", "change_benefit", "withdraw"} <= allowed


def test_a_request_replayed_three_times_creates_one_application(service: CentralService,
                                                                 signer: Signer) -> None:
    document = register(signer)
    results = [service.submit(document) for _ in range(4)]
    assert len({r.number for r in results}) == 1
    assert [r.replayed for r in results] == [False, True, True, True]
    assert count_applications(service, NURISLAM) == 1


def test_the_same_key_with_another_document_is_a_conflict(service: CentralService,
                                                          signer: Signer) -> None:
    service.submit(signer.request(AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY,
                                                    KARAGANDA), key="k" * 32))
    other = signer.request(AIGERIM, Register(AIGERIM, AYAULYM, QueueType.ORDINARY, KARAGANDA),
                           key="k" * 32)
    assert refusal(service, other) == "idempotency_conflict"
    assert count_applications(service, AYAULYM) == 0


def test_a_request_signed_by_someone_else_is_refused(service: CentralService,
                                                     signer: Signer) -> None:
    document = signer.request(ERLAN, Register(AIGERIM, NURISLAM, QueueType.ORDINARY, KARAGANDA))
    assert refusal(service, document) == "signer_not_applicant"
    assert refusal(service, register(signer, parent=OLGA, child=NURISLAM)) == "not_parent"
    assert count_applications(service, NURISLAM) == 0


def test_a_request_signed_with_an_auth_key_is_refused(service: CentralService,
                                                      signer: Signer) -> None:
    document = signer.request(AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY, KARAGANDA),
                              purpose=KeyPurpose.AUTH)
    assert refusal(service, document) == "auth_key_for_signing"


def test_a_request_altered_after_signing_is_refused(service: CentralService,
                                                    signer: Signer) -> None:
    document = register(signer)
    altered = document.replace(NURISLAM.encode(), AYAULYM.encode())
    assert altered != document
    assert refusal(service, altered) == "signature_invalid"
    assert count_applications(service, AYAULYM) == 0


def test_a_revoked_signing_key_is_refused(service: CentralService, signer: Signer) -> None:
    omir = children_of(INKAR)[0].iin
    document = signer.request(INKAR, Register(INKAR, omir, QueueType.ORDINARY, KARAGANDA))
    assert refusal(service, document) == "certificate_revoked"


def _expired_key(pki: DemoPki, directory: Path) -> Path:
    """A SIGN key for AIGERIM issued by the demo CA that expired yesterday."""
    ca_key = serialization.load_pem_private_key(
        (pki.directory / "ca" / "nca.key.pem").read_bytes(), DEMO_PASSWORD.encode())
    ca_cert = x509.load_pem_x509_certificate(pki.intermediate.read_bytes())
    valid = x509.load_der_x509_certificate(
        FileKeyStore(pki.key(AIGERIM, KeyPurpose.SIGN).file).list_keys(DEMO_PASSWORD)[0]
        .certificate.der)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(valid.subject).issuer_name(ca_cert.subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - timedelta(days=30)).not_valid_after(now - timedelta(days=1)))
    for extension in valid.extensions:
        if not isinstance(extension.value, (x509.SubjectKeyIdentifier,)):
            builder = builder.add_extension(extension.value, extension.critical)
    cert = builder.sign(ca_key, hashes.SHA256())  # type: ignore[arg-type]
    path = directory / "expired.p12"
    path.write_bytes(nca_style_pkcs12("expired", key, cert, DEMO_PASSWORD))
    return path


def test_a_request_signed_with_an_expired_certificate_is_refused(
        service: CentralService, demo_pki: DemoPki, tmp_path: Path) -> None:
    draft = SignedRequestDraft(Register(AIGERIM, NURISLAM, QueueType.ORDINARY, KARAGANDA))
    store = FileKeyStore(_expired_key(demo_pki, tmp_path))
    # The kiosk would refuse the key; sign "yesterday" to get a document at all.
    document = sign_xml(request_to_xml(draft), store, DEMO_PASSWORD,
                        at=datetime.now(timezone.utc) - timedelta(days=2))
    assert refusal(service, document) == "certificate_expired"


def test_a_key_from_another_trust_root_is_refused(service: CentralService, tmp_path: Path) -> None:
    from kiosk.eds.demo_pki import generate_demo_pki

    draft = SignedRequestDraft(Register(AIGERIM, NURISLAM, QueueType.ORDINARY, KARAGANDA))
    person = find_person(AIGERIM)
    assert person is not None
    stranger = generate_demo_pki(tmp_path / "other-pki", persons=(person,))
    key = stranger.key(AIGERIM, KeyPurpose.SIGN)
    document = sign_xml(request_to_xml(draft), FileKeyStore(key.file), key.password)
    assert refusal(service, document) == "certificate_untrusted"


def test_stale_and_malformed_requests_are_refused(service: CentralService, signer: Signer) -> None:
    old = signer.request(AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY, KARAGANDA),
                         created=datetime.now(timezone.utc) - timedelta(days=45))
    assert refusal(service, old) == "request_stale"
    assert refusal(service, b"<request/>") == "request_malformed"
    assert refusal(service, b"not xml") == "request_malformed"
    dtd = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]><r>&x;</r>'
    assert refusal(service, dtd) == "request_malformed"


def test_rule_refusals_are_recorded_as_refused_applications(service: CentralService,
                                                            signer: Signer) -> None:
    too_old = service.submit(register(signer, parent=GALYM, child=ULAN))
    assert (too_old.status, too_old.reason) == ("refused", "child_too_old")
    first = service.submit(register(signer))
    duplicate = service.submit(register(signer, parent=ERLAN))
    assert (duplicate.status, duplicate.reason) == ("refused", "duplicate_application")
    assert duplicate.number != first.number
    assert refusal(service, register(signer, benefit_category="no_such")) == \
        "benefit_category_unknown"
    bad_phone = register(signer, child=AYAULYM, phone="12")
    assert refusal(service, bad_phone) == "phone_format"


def test_the_life_of_an_application(service: CentralService, signer: Signer) -> None:
    number = service.submit(register(signer)).number or ""
    assert service.submit(signer.request(AIGERIM, ConfirmInterest(number))).status == "queued"
    changed = service.submit(signer.request(AIGERIM, ChangeBenefit(
        number, "disabled_children", (Attachment("cert.pdf", "application/pdf", PDF,
                                                 date.today()),))))
    assert changed.category_queue_number >= 1
    places = service.free_places(AIGERIM, number)
    assert places and all(p.free_places > 0 for p in places)
    free_choice = next(p for p in places if p.free_choice)
    issued = service.submit(signer.request(AIGERIM, ChooseKindergarten(number, free_choice.place)))
    assert issued.status == "referral_issued"
    detail = service.application(AIGERIM, number)
    assert detail.referral is not None and detail.referral.free_choice
    after = {p.place: p.free_places for p in service.free_places(AIGERIM, number)}
    assert after.get(free_choice.place, 0) == free_choice.free_places - 1
    until = detail.referral.last_day + timedelta(days=10)
    extended = service.submit(signer.request(AIGERIM, ExtendReferral(number, until, "ауырып қалды")))
    assert extended.status == "referral_issued"
    again = signer.request(AIGERIM, ExtendReferral(number, until + timedelta(days=1), "тағы"))
    assert refusal(service, again) == "extension_limit_reached"
    assert service.submit(signer.request(AIGERIM, RevokeReferral(number))).status == "queued"
    restored = {p.place: p.free_places for p in service.free_places(AIGERIM, number)}
    assert restored[free_choice.place] == free_choice.free_places
    assert service.submit(signer.request(AIGERIM, Withdraw(number, "көшіп кеттік"))).status == \
        "removed"
    history = [h.action for h in service.application(AIGERIM, number).history]
    assert history == ["register", "confirm_interest", "change_benefit", "issue_referral",
                       "extend_referral", "revoke_referral", "withdraw"]
    kinds = [d.kind for d in service.application(AIGERIM, number).documents]
    assert kinds.count("signed_request") == 7 and kinds.count("benefit_document") == 1


def test_only_the_applicant_acts_and_a_parent_can_merge(service: CentralService,
                                                        signer: Signer) -> None:
    number = service.submit(register(signer)).number or ""
    with pytest.raises(CentralError) as caught:
        service.submit(signer.request(ERLAN, ConfirmInterest(number)))
    assert caught.value.code == "signer_not_applicant"
    assert caught.value.params == {"merge_possible": True}
    assert refusal(service, signer.request(OLGA, ConfirmInterest(number))) == \
        "application_not_found"
    assert refusal(service, signer.request(OLGA, MergeToParent(number))) == "not_parent"
    service.submit(signer.request(ERLAN, MergeToParent(number)))
    assert [r.number for r in service.journal(ERLAN)] == [number]
    assert service.journal(AIGERIM) == []
    assert service.submit(signer.request(ERLAN, ConfirmInterest(number))).status == "queued"


def test_a_child_too_young_cannot_choose(service: CentralService, signer: Signer) -> None:
    number = service.submit(register(signer, parent=GALYM, child=ALIKHAN)).number or ""
    detail = service.application(GALYM, number)
    permission = next(p for p in detail.actions if p.action == "issue_referral")
    young = find_person(ALIKHAN)
    assert young is not None
    if (date.today() - young.birth_date).days < 2 * 365:  # pragma: no cover - date dependent
        assert permission.reason == "child_too_young"
    else:
        assert permission.reason in (None, "turn_not_come", "no_free_places")


def test_darya_belongs_to_olga(service: CentralService, signer: Signer) -> None:
    result = service.submit(register(signer, parent=OLGA, child=DARYA))
    assert result.status == "queued"


# ---------------------------------------------------------------- the clerk's service centre

def centres(service: CentralService, number: str) -> list[str]:
    """The service centre on each history line of ``number`` ("" for none)."""
    return [h.service_centre for h in service.application(AIGERIM, number).history]


def test_a_clerks_desk_is_recorded_on_every_action_it_signs(service: CentralService,
                                                             signer: Signer) -> None:
    number = service.submit(signer.request(
        AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY, KARAGANDA),
        service_centre="ЦОН-7")).number or ""
    assert service.application(AIGERIM, number).service_centre == "ЦОН-7"
    service.submit(signer.request(AIGERIM, ConfirmInterest(number)))  # from a kiosk: none
    place = next(p for p in service.free_places(AIGERIM, number) if p.free_choice)
    service.submit(signer.request(AIGERIM, ChooseKindergarten(number, place.place),
                                  service_centre="ЦОН-12"))
    detail = service.application(AIGERIM, number)
    assert detail.referral is not None
    service.submit(signer.request(AIGERIM, ExtendReferral(
        number, detail.referral.last_day + timedelta(days=10), "ауырып қалды"),
        service_centre="ЦОН-12"))
    service.submit(signer.request(AIGERIM, RevokeReferral(number)))
    service.submit(signer.request(AIGERIM, Withdraw(number, "көшіп кеттік"),
                                  service_centre="ЦОН-7"))
    assert centres(service, number) == ["ЦОН-7", "", "ЦОН-12", "ЦОН-12", "", "ЦОН-7"]
    assert service.application(AIGERIM, number).service_centre == "ЦОН-7"  # where registered


def test_a_tampered_service_centre_breaks_the_signature(service: CentralService,
                                                        signer: Signer) -> None:
    number = service.submit(register(signer)).number or ""
    desk = signer.request(AIGERIM, ConfirmInterest(number), service_centre="ЦОН-7")
    kiosk = signer.request(AIGERIM, ConfirmInterest(number))
    attribute = ' service_centre="ЦОН-7"'.encode()
    assert attribute in desk and b"service_centre" not in kiosk
    tampered = [desk.replace("ЦОН-7".encode(), "ЦОН-8".encode()),
                desk.replace(attribute, b""),
                kiosk.replace(b' action="confirm_interest"',
                              b' action="confirm_interest"' + attribute)]
    for document in tampered:
        assert refusal(service, document) == "signature_invalid"
    assert centres(service, number) == [""]


def test_a_malformed_service_centre_is_a_clean_refusal(service: CentralService,
                                                       signer: Signer) -> None:
    unsigned = request_to_xml(SignedRequestDraft(Register(AIGERIM, NURISLAM, QueueType.ORDINARY,
                                                          KARAGANDA)))
    for value in ("", " ЦОН-7", "ЦОН<7>", "ЦОН\t7", "7" * 41):
        root = parse_document(unsigned)
        root.set("service_centre", value)
        document = signer.sign(AIGERIM, etree.tostring(root, xml_declaration=True,
                                                       encoding="UTF-8"))
        with pytest.raises(CentralError) as caught:
            service.submit(document)
        assert (caught.value.code, caught.value.status) == ("request_malformed", 400), value
        assert caught.value.params == {"field": "service_centre", "problem": "bad_service_centre"}
    with pytest.raises(ValueError):
        SignedRequestDraft(ConfirmInterest("UO.2026.000001.1"), service_centre="7" * 41)
    assert count_applications(service, NURISLAM) == 0


def test_the_service_centre_travels_on_the_envelope_and_the_legacy_field_is_read(
        service: CentralService, signer: Signer) -> None:
    draft = SignedRequestDraft(ConfirmInterest("UO.2026.000001.1"), service_centre="№ 12/3")
    assert request_from_element(parse_document(request_to_xml(draft))) == draft
    legacy = service.submit(register(signer, service_centre="003")).number or ""
    assert service.application(AIGERIM, legacy).service_centre == "003"
    assert centres(service, legacy) == ["003"]
    conflicting = signer.request(AIGERIM, Register(AIGERIM, AYAULYM, QueueType.ORDINARY,
                                                   KARAGANDA, service_centre="003"),
                                 service_centre="004")
    assert refusal(service, conflicting) == "request_malformed"
    old_style = "ЦОН <7> г. Астана, район Есиль,   левый берег (2024)"  # from before the rule
    waited = service.submit(signer.request(AIGERIM, Register(
        AIGERIM, AYAULYM, QueueType.ORDINARY, KARAGANDA, service_centre=old_style)))
    assert waited.status != "refused"  # a signed application waiting in an outbox is not lost
    kept = service.application(AIGERIM, waited.number or "").service_centre
    assert kept == "ЦОН 7 г. Астана, район Есиль, левый бере"


@pytest.mark.skipif(not (NCA_TEST / "test-2022").is_dir(), reason="NCA test keys not present")
def test_a_real_nca_key_that_has_expired_is_refused(sqlite_central_url: str,
                                                     tmp_path: Path) -> None:
    from kiosk.central.db import make_engine
    from kiosk.central.sms import MemorySmsGateway
    from kiosk.central.verifier import EdsSignatureVerifier
    from kiosk.eds.policy import EdsPolicy
    from kiosk.eds.trust import TrustMode
    from kiosk.eds.validation import CertificateValidator

    anchors = tmp_path / "anchors" / "test"
    anchors.mkdir(parents=True)
    for source in (NCA_TEST / "roots" / "root_rsa_test.pem",
                   NCA_TEST / "test-2022" / "NCA_2004_RSA_CERT.pem"):
        (anchors / source.name).write_bytes(source.read_bytes())  # a temporary copy, never the repo
    policy = EdsPolicy(TrustMode.TEST, environment_is_production=False,
                       anchors_dir=tmp_path / "anchors")
    service = CentralService(make_engine(sqlite_central_url),
                             EdsSignatureVerifier(CertificateValidator(policy)),
                             MemorySmsGateway())
    try:
        draft = SignedRequestDraft(Register("123456789011", NURISLAM, QueueType.ORDINARY,
                                            KARAGANDA))
        store = FileKeyStore(NCA_TEST / "test-2022" / "KEY_INDIVIDUAL_VALID_SIGN_2004.p12")
        document = sign_xml(request_to_xml(draft), store, "Qwerty12",
                            at=datetime(2021, 6, 1, tzinfo=timezone.utc))
        assert refusal(service, document) == "certificate_expired"
    finally:
        service.engine.dispose()
