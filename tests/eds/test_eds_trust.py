"""Trust modes, anchors and chain building."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from nca_material import INSIDE_2018, INSIDE_2022, PROD_GOST, PROD_SIGN, TEST, nca_password, needs_nca

from kiosk.eds.certificate import NcaCertificate
from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.errors import TrustAnchorsMissingError, TrustModeNotAllowedError
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.trust import ChainStatus, TrustAnchors, TrustMode, anchors_from, build_chain, load_anchors
from kiosk.eds.validation import CertificateValidator, iin_acceptable

NOW = datetime.now(timezone.utc)


def leaf(path: Path) -> NcaCertificate:
    return FileKeyStore(path).list_keys(nca_password(path))[0].certificate


@pytest.mark.parametrize("mode", [TrustMode.TEST, TrustMode.DEMO])
def test_test_and_demo_modes_are_refused_in_production(mode: TrustMode) -> None:
    with pytest.raises(TrustModeNotAllowedError) as caught:
        EdsPolicy(mode, environment_is_production=True)
    assert caught.value.code == "trust_mode_not_allowed"


def test_production_mode_is_the_default_and_allowed_everywhere() -> None:
    assert EdsPolicy().trust_mode is TrustMode.PRODUCTION
    assert EdsPolicy(TrustMode.PRODUCTION, environment_is_production=False).trust_mode is TrustMode.PRODUCTION


def test_the_anchors_of_each_mode_come_from_the_anchors_directory(nca_anchors: Path) -> None:
    production = load_anchors(TrustMode.PRODUCTION, anchors_dir=nca_anchors)
    assert sorted(r.issuer for r in production.roots) == [
        "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST)",
        "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)",
    ]
    assert sorted(c.subject_name.get("2.5.4.3") for c in production.intermediates) == [
        "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST)",
        "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)",
    ]
    test = load_anchors(TrustMode.TEST, anchors_dir=nca_anchors)
    assert {r.issuer for r in test.roots} >= {"НЕГІЗГІ КО TEST (RSA)", "НЕГІЗГІ КО TEST (GOST)"}
    assert all(r.is_ca for r in (*test.roots, *test.intermediates))
    # test mode also trusts the production CAs; production mode never the test ones
    assert {c.der for c in (*production.roots, *production.intermediates)} <= {
        c.der for c in (*test.roots, *test.intermediates)
    }
    assert sorted(c.subject_name.get("2.5.4.3") for c in test.intermediates) == [
        "ҰКО 3.0 (GOST TEST)",
        "ҰКО 3.0 (RSA TEST)",
        "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST)",
        "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022",
        "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)",
    ]


def test_no_nca_certificate_ships_with_the_package() -> None:
    package = Path(__file__).resolve().parents[2] / "kiosk"
    suffixes = {".pem", ".crt", ".cer", ".der"}
    assert not [path for path in package.rglob("*") if path.suffix.lower() in suffixes]


@pytest.mark.parametrize("mode", [TrustMode.PRODUCTION, TrustMode.TEST])
def test_production_and_test_modes_need_the_anchors_directory(mode: TrustMode) -> None:
    with pytest.raises(TrustAnchorsMissingError) as caught:
        load_anchors(mode)
    assert caught.value.code == "trust_anchors_missing"
    assert "pki.gov.kz" in caught.value.detail
    with pytest.raises(TrustAnchorsMissingError):
        CertificateValidator(EdsPolicy(mode, environment_is_production=mode is TrustMode.PRODUCTION))


def test_an_empty_anchors_directory_is_trust_anchors_missing_in_production(tmp_path: Path) -> None:
    (tmp_path / "production").mkdir()
    (tmp_path / "production" / "README.txt").write_text("NCA certificates go here")
    for anchors_dir in (tmp_path, tmp_path / "absent"):
        with pytest.raises(TrustAnchorsMissingError) as caught:
            load_anchors(TrustMode.PRODUCTION, anchors_dir=anchors_dir)
        assert caught.value.code == "trust_anchors_missing"
        assert str(anchors_dir / "production") in caught.value.detail
        assert "pki.gov.kz" in caught.value.detail
    policy = EdsPolicy(TrustMode.PRODUCTION, anchors_dir=tmp_path)
    with pytest.raises(TrustAnchorsMissingError) as caught:
        CertificateValidator(policy)
    assert caught.value.code == "trust_anchors_missing"


def test_test_mode_needs_its_own_test_roots(tmp_path: Path, nca_anchors: Path) -> None:
    shutil.copytree(nca_anchors / "production", tmp_path / "production")
    with pytest.raises(TrustAnchorsMissingError) as caught:
        load_anchors(TrustMode.TEST, anchors_dir=tmp_path)
    assert str(tmp_path / "test") in caught.value.detail


def test_intermediates_alone_are_no_anchors(tmp_path: Path, nca_anchors: Path) -> None:
    (tmp_path / "production").mkdir()
    shutil.copyfile(nca_anchors / "production" / "nca_rsa.crt", tmp_path / "production" / "nca_rsa.crt")
    with pytest.raises(TrustAnchorsMissingError):
        load_anchors(TrustMode.PRODUCTION, anchors_dir=tmp_path)


def test_an_anchor_file_that_is_not_a_certificate_is_refused(tmp_path: Path, nca_anchors: Path) -> None:
    shutil.copytree(nca_anchors / "production", tmp_path / "production")
    (tmp_path / "production" / "broken.pem").write_text("not a certificate")
    with pytest.raises(TrustAnchorsMissingError) as caught:
        load_anchors(TrustMode.PRODUCTION, anchors_dir=tmp_path)
    assert "broken.pem" in caught.value.detail


def test_anchors_in_a_pem_bundle_and_in_der(tmp_path: Path, demo_pki: DemoPki) -> None:
    root = x509.load_pem_x509_certificate(demo_pki.root.read_bytes())
    intermediate = x509.load_pem_x509_certificate(demo_pki.intermediate.read_bytes())
    folder = tmp_path / "production"
    folder.mkdir()
    (folder / "BUNDLE.PEM").write_bytes(demo_pki.intermediate.read_bytes() + demo_pki.root.read_bytes())
    (folder / "root.cer").write_bytes(root.public_bytes(serialization.Encoding.DER))
    (folder / "notes.txt").write_text("ignored")
    anchors = load_anchors(TrustMode.PRODUCTION, anchors_dir=tmp_path)
    assert [r.der for r in anchors.roots] == [root.public_bytes(serialization.Encoding.DER)]  # once
    assert [c.der for c in anchors.intermediates] == [intermediate.public_bytes(serialization.Encoding.DER)]
    cert = FileKeyStore(demo_pki.keys[0].file).list_keys(demo_pki.keys[0].password)[0].certificate
    assert build_chain(cert, anchors, NOW).status is ChainStatus.OK


def test_demo_mode_needs_the_demo_pki(tmp_path: Path) -> None:
    with pytest.raises(TrustAnchorsMissingError):
        load_anchors(TrustMode.DEMO, tmp_path / "nothing-here")
    with pytest.raises(TrustAnchorsMissingError) as caught:
        CertificateValidator(EdsPolicy(TrustMode.DEMO, environment_is_production=False))
    assert caught.value.code == "trust_anchors_missing"


def test_demo_chain(demo_pki: DemoPki) -> None:
    cert = FileKeyStore(demo_pki.keys[0].file).list_keys(demo_pki.keys[0].password)[0].certificate
    chain = build_chain(cert, load_anchors(TrustMode.DEMO, demo_pki.directory), NOW)
    assert chain.status is ChainStatus.OK
    assert [c.subject_name.get("2.5.4.3") for c in chain.path[1:]] == [
        "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) DEMO",
        "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ DEMO",
    ]



def test_nca_anchors_do_not_trust_the_demo_pki(demo_pki: DemoPki, nca_anchors: Path) -> None:
    cert = FileKeyStore(demo_pki.keys[0].file).list_keys(demo_pki.keys[0].password)[0].certificate
    for mode in (TrustMode.PRODUCTION, TrustMode.TEST):
        anchors = load_anchors(mode, anchors_dir=nca_anchors)
        assert build_chain(cert, anchors, NOW).status is ChainStatus.UNTRUSTED_ISSUER


@needs_nca
def test_nca_chains(nca_anchors: Path) -> None:
    production = load_anchors(TrustMode.PRODUCTION, anchors_dir=nca_anchors)
    test = load_anchors(TrustMode.TEST, anchors_dir=nca_anchors)
    prod_key = leaf(PROD_SIGN)
    assert build_chain(prod_key, production, INSIDE_2018).status is ChainStatus.OK
    assert build_chain(prod_key, test, INSIDE_2018).status is ChainStatus.OK
    # the 2015 production roots expired in 2025
    assert build_chain(prod_key, production, NOW).status is ChainStatus.CHAIN_EXPIRED
    test_key = leaf(TEST / "KEY_INDIVIDUAL_SIGN_REVOKED_2004.p12")
    assert build_chain(test_key, test, INSIDE_2022).status is ChainStatus.OK
    assert len(build_chain(test_key, test, INSIDE_2022).path) == 3
    assert build_chain(test_key, production, INSIDE_2022).status is ChainStatus.UNTRUSTED_ISSUER


@needs_nca
@pytest.mark.parametrize(
    ("path", "status"),
    [
        (PROD_GOST, ChainStatus.UNSUPPORTED_ALGORITHM),
        (TEST / "KEY_CEO_SIGN_REVOKED_2004.p12", ChainStatus.UNSUPPORTED_ALGORITHM),
        # the GOST 2015 test root is not published with the test keys
        (TEST / "KEY_INDIVIDUAL_VALID_2015.p12", ChainStatus.UNTRUSTED_ISSUER),
    ],
)
def test_gost_chains_cannot_be_verified(path: Path, status: ChainStatus, nca_anchors: Path) -> None:
    cert = leaf(path)
    anchors = load_anchors(TrustMode.TEST, anchors_dir=nca_anchors)
    assert build_chain(cert, anchors, cert.not_before + timedelta(days=1)).status is status


def _ca(
    name: str,
    key: rsa.RSAPrivateKey,
    issuer: x509.Name | None = None,
    issuer_key: rsa.RSAPrivateKey | None = None,
    ca: bool = True,
) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer or subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(issuer_key or key, hashes.SHA256())
    )


def test_a_certificate_signed_by_an_impostor_with_the_same_name_is_invalid(demo_pki: DemoPki) -> None:
    anchors = load_anchors(TrustMode.DEMO, demo_pki.directory)
    intermediate = x509.load_pem_x509_certificate(demo_pki.intermediate.read_bytes())
    mallory = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ЖАЛҒАН АДАМ")]))
        .issuer_name(intermediate.subject)
        .public_key(mallory.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=1))
        .sign(mallory, hashes.SHA256())
    )
    assert build_chain(NcaCertificate.from_x509(forged), anchors, NOW).status is ChainStatus.CHAIN_INVALID


def test_a_non_ca_cannot_issue(demo_pki: DemoPki) -> None:
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = _ca("TRUSTED ROOT", root_key)
    middle_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    middle = _ca("NOT A CA", middle_key, root.subject, root_key, ca=False)
    end = _ca("END", middle_key, middle.subject, middle_key, ca=False)
    anchors = anchors_from(TrustMode.DEMO, [NcaCertificate.from_x509(root), NcaCertificate.from_x509(middle)])
    assert build_chain(NcaCertificate.from_x509(end), anchors, NOW).status is ChainStatus.CHAIN_INVALID
    # the signer itself must not be a CA
    assert build_chain(NcaCertificate.from_x509(root), anchors, NOW).status is ChainStatus.CHAIN_INVALID


def test_intermediates_sent_along_complete_the_chain(demo_pki: DemoPki) -> None:
    root = NcaCertificate.from_bytes(demo_pki.root.read_bytes())
    intermediate = NcaCertificate.from_bytes(demo_pki.intermediate.read_bytes())
    only_root = TrustAnchors(TrustMode.DEMO, (root,))
    cert = FileKeyStore(demo_pki.keys[0].file).list_keys(demo_pki.keys[0].password)[0].certificate
    assert build_chain(cert, only_root, NOW).status is ChainStatus.UNTRUSTED_ISSUER
    assert build_chain(cert, only_root, NOW, [intermediate]).status is ChainStatus.OK


@pytest.mark.parametrize(
    ("iin", "mode", "ok"),
    [
        ("900517410012", TrustMode.PRODUCTION, True),
        ("123456789011", TrustMode.PRODUCTION, False),
        ("123456789011", TrustMode.DEMO, False),
        ("123456789011", TrustMode.TEST, True),
        ("12345678901", TrustMode.TEST, False),
        ("12345678901x", TrustMode.TEST, False),
        (None, TrustMode.TEST, False),
    ],
)
def test_which_iins_each_mode_accepts(iin: str | None, mode: TrustMode, ok: bool) -> None:
    assert iin_acceptable(iin, mode) is ok

