"""A clerk proves who they are by signing the kiosk's fresh challenge with an organisation
AUTH key: the signature, the chain and the organisation (BIN) and, if listed, the IIN."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.central.demo_staff import DEMO_CLERK_IIN, ensure_demo_clerk_key
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.clerk import (
    GOV4C_BIN,
    ClerkPolicy,
    ClerkRefusal,
    ClerkRefusedError,
    release_challenge,
    twelve_digit_list,
    verify_clerk,
)
from kiosk.eds.demo_pki import DEMO_PASSWORD, DemoPki
from kiosk.eds.errors import KeyRefusedError, Reason
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.trust import TrustMode
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import sign_xml
from kiosk.settings import SettingsError, load_settings


@pytest.fixture(scope="module")
def validator(demo_pki: DemoPki) -> CertificateValidator:
    return CertificateValidator(EdsPolicy(TrustMode.DEMO, environment_is_production=False,
                                          demo_pki_dir=demo_pki.directory))


def signed_by(path: Path, document: bytes) -> bytes:
    store = FileKeyStore(path)
    alias = store.list_keys(DEMO_PASSWORD)[0].alias
    return sign_xml(document, store, DEMO_PASSWORD, alias=alias, purpose=KeyPurpose.AUTH)


def test_the_demo_clerk_is_a_clerk_of_the_service_centres(
        demo_pki: DemoPki, validator: CertificateValidator) -> None:
    challenge = release_challenge("ЦОН-7")
    clerk = verify_clerk(signed_by(ensure_demo_clerk_key(demo_pki.directory), challenge),
                         challenge, validator, ClerkPolicy())
    assert (clerk.bin, clerk.iin) == (GOV4C_BIN, DEMO_CLERK_IIN)
    assert ensure_demo_clerk_key(demo_pki.directory) == ensure_demo_clerk_key(demo_pki.directory)


@pytest.mark.parametrize(("policy", "refusal"), [
    (ClerkPolicy(bins=("050540000001",)), ClerkRefusal.OTHER_ORGANISATION),
    (ClerkPolicy(iins=("880412407322",)), ClerkRefusal.NOT_LISTED),
])
def test_a_sound_key_of_someone_else_is_refused(
        demo_pki: DemoPki, validator: CertificateValidator, policy: ClerkPolicy,
        refusal: ClerkRefusal) -> None:
    challenge = release_challenge()
    signed = signed_by(ensure_demo_clerk_key(demo_pki.directory), challenge)
    with pytest.raises(ClerkRefusedError) as refused:
        verify_clerk(signed, challenge, validator, policy)
    assert refused.value.refusal is refusal


def test_a_parents_key_an_old_challenge_or_a_changed_one_are_refused(
        demo_pki: DemoPki, validator: CertificateValidator) -> None:
    challenge = release_challenge()
    parent = demo_pki.keys[0]
    assert parent.purpose is KeyPurpose.AUTH
    with pytest.raises(ClerkRefusedError) as refused:
        verify_clerk(signed_by(parent.file, challenge), challenge, validator, ClerkPolicy())
    assert refused.value.refusal is ClerkRefusal.NOT_AN_EMPLOYEE

    clerk_key = ensure_demo_clerk_key(demo_pki.directory)
    replayed = signed_by(clerk_key, release_challenge())
    with pytest.raises(ClerkRefusedError) as refused:
        verify_clerk(replayed, challenge, validator, ClerkPolicy())
    assert refused.value.refusal is ClerkRefusal.WRONG_CHALLENGE

    tampered = signed_by(clerk_key, challenge).replace(b'created="', b'created="1', 1)
    with pytest.raises(KeyRefusedError) as bad:
        verify_clerk(tampered, challenge, validator, ClerkPolicy())
    assert bad.value.reason in (Reason.DIGEST_MISMATCH, Reason.BAD_SIGNATURE)


def test_the_clerk_lists_in_the_settings_are_checked(tmp_path: Path) -> None:
    assert twelve_digit_list(" 160440007161, 050540000001 ;", "x") == (
        "160440007161", "050540000001")
    settings = load_settings(tmp_path / "absent.toml", environ={
        "KIOSK_KIOSK_CLERK_IINS": "880412407312"})
    assert settings.kiosk.clerk_policy() == ClerkPolicy((GOV4C_BIN,), ("880412407312",))
    with pytest.raises(SettingsError, match="kiosk.clerk_bins"):
        load_settings(tmp_path / "absent.toml", environ={"KIOSK_KIOSK_CLERK_BINS": "16044"})


def test_a_bin_in_the_subject_without_the_employee_role_is_not_a_clerk(
        demo_pki: DemoPki, validator: CertificateValidator, tmp_path: Path) -> None:
    from kiosk.central.demo_staff import issue_staff_key

    forged = issue_staff_key(demo_pki.directory, tmp_path, iin=DEMO_CLERK_IIN, bin=GOV4C_BIN,
                             organisation="ЦОН", purpose=KeyPurpose.AUTH, roles=()).file
    challenge = release_challenge()
    with pytest.raises(ClerkRefusedError) as refused:
        verify_clerk(signed_by(forged, challenge), challenge, validator, ClerkPolicy())
    assert refused.value.refusal is ClerkRefusal.NOT_AN_EMPLOYEE
