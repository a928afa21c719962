"""Every real NCA test key, read the way a citizen's key is read, must say what its README says."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from nca_material import (
    GOST2022_TEST_CRL,
    GOST_TEST_CRL,
    INSIDE_2022,
    PROD,
    PROD_AUTH,
    PROD_GOST,
    PROD_SIGN,
    RSA_TEST_CRL,
    TEST,
    nca_password,
    nca_test_validator,
    needs_nca,
)

from kiosk.cli import main
from kiosk.eds.certificate import KeyAlgorithm, KeyPurpose
from kiosk.eds.errors import (
    PasswordRequiredError,
    StoreCorruptError,
    StoreNotFoundError,
    StoreRemovedError,
    UnsupportedKeyError,
    WrongPasswordError,
)
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.revocation import RevocationStatus
from kiosk.eds.xmldsig import sign_xml

pytestmark = needs_nca


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


TESTOV = ("123456789011", "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ")
TESTTOV = ("123456789012", "ТЕСТТОВ", "ТЕСТТ", "ТЕСТТОВИЧ")
AO_TEST = ("123456789021", 'АО "ТЕСТ"')

# file: (purpose, algorithm, key size, person, legal entity, not_before, not_after)
EXPECTED = {
    PROD_AUTH: (
        KeyPurpose.AUTH,
        KeyAlgorithm.RSA,
        2048,
        TESTOV,
        None,
        utc(2018, 8, 22, 12, 11, 36),
        utc(2019, 8, 22, 12, 11, 36),
    ),
    PROD_SIGN: (
        KeyPurpose.SIGN,
        KeyAlgorithm.RSA,
        2048,
        TESTOV,
        None,
        utc(2018, 8, 22, 12, 11, 36),
        utc(2019, 8, 22, 12, 11, 36),
    ),
    PROD_GOST: (
        KeyPurpose.SIGN,
        KeyAlgorithm.GOST2004,
        256,
        TESTOV,
        AO_TEST,
        utc(2018, 8, 23, 4, 11, 25),
        utc(2019, 8, 23, 4, 11, 25),
    ),
    TEST / "KEY_INDIVIDUAL_VALID_SIGN_2004.p12": (
        KeyPurpose.SIGN,
        KeyAlgorithm.RSA,
        2048,
        TESTOV,
        None,
        utc(2021, 1, 18, 13, 9, 14),
        utc(2022, 1, 18, 13, 9, 14),
    ),
    TEST / "KEY_INDIVIDUAL_AUTH_REVOKED_2004.p12": (
        KeyPurpose.AUTH,
        KeyAlgorithm.RSA,
        2048,
        TESTOV,
        None,
        utc(2022, 1, 18, 4, 39, 32),
        utc(2023, 1, 18, 4, 39, 32),
    ),
    TEST / "KEY_INDIVIDUAL_SIGN_REVOKED_2004.p12": (
        KeyPurpose.SIGN,
        KeyAlgorithm.RSA,
        2048,
        TESTOV,
        None,
        utc(2022, 1, 18, 4, 39, 33),
        utc(2023, 1, 18, 4, 39, 33),
    ),
    TEST / "KEY_CEO_SIGN_REVOKED_2004.p12": (
        KeyPurpose.SIGN,
        KeyAlgorithm.GOST2004,
        256,
        TESTOV,
        AO_TEST,
        utc(2022, 1, 18, 4, 46, 14),
        utc(2023, 1, 18, 4, 46, 14),
    ),
    TEST / "KEY_INDIVIDUAL_VALID_2015.p12": (
        KeyPurpose.BOTH,
        KeyAlgorithm.GOST2015,
        512,
        TESTTOV,
        None,
        utc(2022, 7, 28, 12, 34, 48),
        utc(2023, 7, 28, 12, 34, 48),
    ),
    TEST / "KEY_CEO_REVOKED_2015.p12": (
        KeyPurpose.BOTH,
        KeyAlgorithm.GOST2015,
        512,
        TESTOV,
        AO_TEST,
        utc(2022, 7, 27, 11, 18, 10),
        utc(2023, 7, 27, 11, 18, 10),
    ),
    TEST / "gost1_2023.p12": (
        KeyPurpose.BOTH,
        KeyAlgorithm.GOST2015,
        512,
        TESTOV,
        None,
        utc(2023, 11, 9, 10, 18, 40),
        utc(2024, 11, 8, 10, 18, 40),
    ),
}
ALL_KEYS = sorted(EXPECTED, key=lambda p: p.name)
GOST_KEYS = [p for p in ALL_KEYS if EXPECTED[p][1] is not KeyAlgorithm.RSA]


def test_the_table_covers_every_key_file() -> None:
    on_disk = set(PROD.glob("*.p12")) | set(TEST.glob("*.p12"))
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("path", ALL_KEYS, ids=lambda p: p.name)
def test_each_key_lists_its_certificate_data(path: Path) -> None:
    purpose, algorithm, key_size, person, legal, not_before, not_after = EXPECTED[path]
    [entry] = FileKeyStore(path).list_keys(nca_password(path))
    cert = entry.certificate
    assert (cert.iin, cert.surname, cert.name, cert.patronymic) == person
    assert cert.purpose is purpose
    assert cert.algorithm is algorithm
    assert cert.key_size == key_size
    assert (cert.bin, cert.organisation) == (legal or (None, None))
    assert cert.is_legal_entity is (legal is not None)
    assert (cert.not_before, cert.not_after) == (not_before, not_after)
    assert entry.can_sign is (algorithm is KeyAlgorithm.RSA)
    assert cert.serial == format(cert.certificate.serial_number, "x")
    assert cert.issuer.startswith(("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ", "ҰКО 3.0"))
    assert cert.subject.startswith(
        f"CN={person[1]} {person[2]}, SURNAME={person[1]}, SERIALNUMBER=IIN{person[0]}"
    )


@pytest.mark.parametrize("path", ALL_KEYS, ids=lambda p: p.name)
def test_a_wrong_password_is_a_wrong_password(path: Path) -> None:
    with pytest.raises(WrongPasswordError) as caught:
        FileKeyStore(path).list_keys("not-the-password")
    assert caught.value.code == "wrong_password"
    assert caught.value.tries_left is None  # a file has no try counter


@pytest.mark.parametrize("path", GOST_KEYS, ids=lambda p: p.name)
def test_gost_keys_are_listed_but_cannot_sign(path: Path) -> None:
    store = FileKeyStore(path)
    [entry] = store.list_keys(nca_password(path))
    assert not entry.can_sign
    assert not entry.certificate.can_sign_in_this_version
    with pytest.raises(UnsupportedKeyError) as caught:
        store.sign(entry.alias, b"data", nca_password(path))
    assert caught.value.code == "unsupported_key_type"
    assert caught.value.algorithm == entry.algorithm.value
    with pytest.raises(UnsupportedKeyError):
        sign_xml(b"<doc/>", store, nca_password(path), at=entry.certificate.not_before)


def test_the_alias_is_the_containers_friendly_name() -> None:
    [entry] = FileKeyStore(PROD_SIGN).list_keys("Qwerty12")
    assert entry.alias == "8426360556902ce4ac33977836f873e1dc190976"


@pytest.mark.parametrize(
    "name", ["KEY_INDIVIDUAL_AUTH_REVOKED_2004.p12", "KEY_INDIVIDUAL_SIGN_REVOKED_2004.p12"]
)
@pytest.mark.parametrize("at", [None, INSIDE_2022], ids=["now", "inside-validity"])
def test_the_revoked_rsa_keys_are_revoked_by_the_test_crl(
    name: str, at: datetime | None, nca_anchors: Path
) -> None:
    [entry] = FileKeyStore(TEST / name).list_keys("Qwerty12")
    check = nca_test_validator(nca_anchors, RSA_TEST_CRL).check(entry.certificate, at=at)
    assert check.revocation.status is RevocationStatus.REVOKED
    assert check.revocation.reason == "superseded"
    assert check.revocation.revoked_at is not None
    assert check.revocation.revoked_at.date() == datetime(2022, 1, 18).date()
    assert check.chain.ok or at is None  # at present the test intermediate has expired too


def test_the_revoked_key_is_refused_as_revoked_inside_its_validity(nca_anchors: Path) -> None:
    [entry] = FileKeyStore(TEST / "KEY_INDIVIDUAL_SIGN_REVOKED_2004.p12").list_keys("Qwerty12")
    validator = nca_test_validator(nca_anchors, RSA_TEST_CRL)
    check = validator.check(entry.certificate, purpose=KeyPurpose.SIGN, at=INSIDE_2022)
    assert check.chain.ok
    assert check.refusal is not None and check.refusal.value == "revoked"


def test_the_valid_test_key_is_not_reported_revoked(nca_anchors: Path) -> None:
    path = TEST / "KEY_INDIVIDUAL_VALID_SIGN_2004.p12"
    [entry] = FileKeyStore(path).list_keys("Qwerty12")
    for at in (None, datetime(2021, 6, 1, tzinfo=timezone.utc)):
        check = nca_test_validator(nca_anchors, RSA_TEST_CRL).check(entry.certificate, at=at)
        # The only CRL was issued after the certificate expired: it proves nothing either way.
        assert check.revocation.status is RevocationStatus.UNKNOWN


@pytest.mark.parametrize(
    ("name", "crl", "reason"),
    [
        ("KEY_CEO_SIGN_REVOKED_2004.p12", GOST_TEST_CRL, "superseded"),
        ("KEY_CEO_REVOKED_2015.p12", GOST2022_TEST_CRL, "certificate_hold"),
    ],
)
def test_revoked_gost_keys_are_reported_revoked(name: str, crl: Path, reason: str, nca_anchors: Path) -> None:
    path = TEST / name
    [entry] = FileKeyStore(path).list_keys(nca_password(path))
    check = nca_test_validator(nca_anchors, crl).check(entry.certificate)
    assert check.revocation.status is RevocationStatus.REVOKED
    assert check.revocation.reason == reason
    assert check.refusal is not None and check.refusal.value == "unsupported_algorithm"


def test_without_revocation_data_the_state_is_unknown(nca_anchors: Path) -> None:
    [entry] = FileKeyStore(PROD_SIGN).list_keys("Qwerty12")
    check = nca_test_validator(nca_anchors).check(entry.certificate)
    assert check.revocation.status is RevocationStatus.UNKNOWN


# -- store errors ------------------------------------------------------------------------


def test_a_missing_file_is_store_not_found(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError) as caught:
        FileKeyStore(tmp_path / "absent.p12").list_keys("x")
    assert caught.value.code == "store_not_found"


def test_a_directory_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError):
        FileKeyStore(tmp_path).list_keys("x")


def test_a_file_removed_after_listing_is_store_removed(tmp_path: Path) -> None:
    copy = tmp_path / "key.p12"
    copy.write_bytes(PROD_SIGN.read_bytes())
    store = FileKeyStore(copy)
    [entry] = store.list_keys("Qwerty12")
    copy.unlink()
    with pytest.raises(StoreRemovedError) as caught:
        store.sign(entry.alias, b"data", "Qwerty12")
    assert caught.value.code == "store_removed"


@pytest.mark.parametrize("content", [b"", b"not a key store at all", b"\x30\x82\x01\x00" + b"\x00" * 10])
def test_garbage_is_a_corrupt_store(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.p12"
    path.write_bytes(content)
    with pytest.raises(StoreCorruptError) as caught:
        FileKeyStore(path).list_keys("Qwerty12")
    assert caught.value.code == "store_corrupt"


def test_a_truncated_container_is_not_a_wrong_password(tmp_path: Path) -> None:
    path = tmp_path / "cut.p12"
    path.write_bytes(PROD_GOST.read_bytes()[:900])
    with pytest.raises(StoreCorruptError):
        FileKeyStore(path).list_keys("Qwerty12")


def test_listing_a_file_store_needs_the_password() -> None:
    assert FileKeyStore.needs_secret_to_list
    with pytest.raises(PasswordRequiredError) as caught:
        FileKeyStore(PROD_SIGN).list_keys()
    assert caught.value.code == "password_required"


@pytest.mark.parametrize("path", ALL_KEYS, ids=lambda p: p.name)
def test_kiosk_eds_inspect_reports_each_key(
    path: Path, capsys: pytest.CaptureFixture[str], nca_anchors: Path
) -> None:
    purpose, algorithm, key_size, person, legal, not_before, not_after = EXPECTED[path]
    argv = ["eds", "inspect", str(path), "--password", nca_password(path), "--trust", "test"]
    argv += ["--anchors", str(nca_anchors), "--json"]
    assert main(argv) == 0
    [key] = json.loads(capsys.readouterr().out)
    assert (key["iin"], key["surname"], key["name"], key["patronymic"]) == person
    assert (key["purpose"], key["algorithm"], key["key_size"]) == (purpose.value, algorithm.value, key_size)
    assert (key["bin"], key["organisation"]) == (legal or (None, None))
    assert (key["not_before"], key["not_after"]) == (not_before.isoformat(), not_after.isoformat())
    assert key["can_sign"] is (algorithm is KeyAlgorithm.RSA)
    assert key["refusal"] == ("certificate_expired" if key["can_sign"] else "unsupported_algorithm")
