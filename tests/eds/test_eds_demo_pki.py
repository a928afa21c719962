"""The demo PKI: named like NCA's but DEMO, keys for the demo register, one revoked, an index."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography import x509

from kiosk.domain.demo_register import DEMO_ADULTS
from kiosk.domain.iin import is_valid_iin
from kiosk.eds.certificate import KeyPurpose, NcaCertificate
from kiosk.eds.demo_pki import DEMO_PASSWORD, DemoPki, ensure_demo_pki, load_demo_pki
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.revocation import RevocationStatus
from kiosk.eds.validation import CertificateValidator


def test_the_index_lists_an_auth_and_a_sign_key_per_adult(demo_pki: DemoPki) -> None:
    index = json.loads((demo_pki.directory / "index.json").read_text(encoding="utf-8"))
    assert index["format"] == 1
    assert {"root", "intermediate", "crl", "valid_until", "keys"} <= set(index)
    expected = {
        (p.iin, purpose, f"{p.surname} {p.name} {p.patronymic}")
        for p in DEMO_ADULTS
        for purpose in ("auth", "sign")
    }
    assert {(k["iin"], k["purpose"], k["name"]) for k in index["keys"]} == expected
    for item in index["keys"]:
        assert {"file", "password", "purpose", "iin", "name", "serial", "revoked"} <= set(item)
        assert item["password"] == DEMO_PASSWORD
        assert (demo_pki.directory / item["file"]).is_file()
        assert is_valid_iin(item["iin"])
    assert [k["purpose"] for k in index["keys"] if k["revoked"]] == ["sign"]


def test_the_ca_is_named_like_ncas_and_marked_demo(demo_pki: DemoPki) -> None:
    root = NcaCertificate.from_bytes(demo_pki.root.read_bytes())
    intermediate = NcaCertificate.from_bytes(demo_pki.intermediate.read_bytes())
    assert root.subject_name.get("2.5.4.3") == "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ DEMO"
    assert intermediate.subject_name.get("2.5.4.3") == "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) DEMO"
    assert root.organisation == intermediate.organisation == "DEMO"
    assert root.is_ca and intermediate.is_ca and root.is_self_issued


def test_every_demo_key_reads_like_an_nca_key(
    demo_pki: DemoPki, demo_validator: CertificateValidator
) -> None:
    people = {p.iin: p for p in DEMO_ADULTS}
    for key in demo_pki.keys:
        [entry] = FileKeyStore(key.file).list_keys(key.password)
        cert = entry.certificate
        person = people[key.iin]
        assert (cert.iin, cert.surname, cert.name, cert.patronymic) == (
            person.iin,
            person.surname.upper(),
            person.name.upper(),
            person.patronymic.upper(),
        )
        assert cert.purpose is key.purpose and entry.can_sign
        assert cert.serial == key.serial
        assert key.file.name.startswith("AUTH_RSA256_" if key.purpose is KeyPurpose.AUTH else "RSA256_")
        check = demo_validator.check(cert, purpose=key.purpose)
        expected = RevocationStatus.REVOKED if key.revoked else RevocationStatus.GOOD
        assert check.revocation.status is expected
        assert check.chain.ok and check.iin_ok
        assert (check.refusal is None) is (not key.revoked)


def test_the_crl_revokes_exactly_the_revoked_key(demo_pki: DemoPki) -> None:
    crl = x509.load_der_x509_crl(demo_pki.crl.read_bytes())
    assert {format(entry.serial_number, "x") for entry in crl} == {k.serial for k in demo_pki.revoked}


def test_ensure_generates_only_when_missing(tmp_path: Path) -> None:
    target = tmp_path / "pki"
    assert ensure_demo_pki(target) == target
    index = target / "index.json"
    first = index.read_bytes()
    ensure_demo_pki(target)
    assert index.read_bytes() == first  # kept
    index.write_text("{ broken")
    ensure_demo_pki(target)
    assert load_demo_pki(target).keys and index.read_bytes() != first  # regenerated
    assert not [p for p in target.iterdir() if p.name.startswith(".demo-pki-")]  # no scratch left
