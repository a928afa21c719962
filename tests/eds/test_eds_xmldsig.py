"""XML signatures: NCALayer's layout, the refusals, and interoperability with xmlsec1."""

from __future__ import annotations

import base64
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from lxml import etree
from nca_material import (
    INSIDE_2018,
    INSIDE_2022,
    PROD_AUTH,
    PROD_SIGN,
    RSA_TEST_CRL,
    TEST,
    nca_test_validator,
    needs_nca,
)
from signxml import XMLSigner

from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.errors import KeyRefusedError, XmlInputError
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.revocation import UnknownPolicy
from kiosk.eds.trust import TrustMode
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import parse_untrusted_xml, sign_xml, verify_xml

DS = "http://www.w3.org/2000/09/xmldsig#"
NS = {"ds": DS}
APPLICATION = (
    '<application xmlns="urn:kiosk:application" version="1">'
    '<applicant iin="900517410012"><name>Серікқызы Әйгерім</name></applicant>'
    '<child iin="220403520013">Жұмабаев Нұрислам</child><queue>UO</queue>'
    "</application>"
).encode()
XMLSEC1 = shutil.which("xmlsec1")
needs_xmlsec1 = pytest.mark.skipif(XMLSEC1 is None, reason="xmlsec1 is not installed")


def demo_sign(
    demo_pki: DemoPki, document: bytes = APPLICATION, index: int = 0, purpose: KeyPurpose = KeyPurpose.SIGN
) -> bytes:
    key = [k for k in demo_pki.keys if k.purpose is purpose and not k.revoked][index]
    return sign_xml(document, FileKeyStore(key.file), key.password, purpose=purpose)


def reason(document: bytes, validator: CertificateValidator, **kwargs: object) -> str | None:
    result = verify_xml(document, validator, **kwargs)  # type: ignore[arg-type]
    assert result.valid is (result.reason is None)
    return result.reason.value if result.reason else None


# -- the layout ------------------------------------------------------------------------------


def test_the_signature_has_ncalayers_layout(demo_pki: DemoPki) -> None:
    root = etree.fromstring(demo_sign(demo_pki))
    signature = root[-1]
    assert signature.tag == f"{{{DS}}}Signature" and signature.prefix == "ds"
    assert [child.tag.split("}")[1] for child in signature] == ["SignedInfo", "SignatureValue", "KeyInfo"]
    info = signature.find("ds:SignedInfo", NS)
    assert (
        info.find("ds:CanonicalizationMethod", NS).get("Algorithm")
        == "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
    )
    assert (
        info.find("ds:SignatureMethod", NS).get("Algorithm")
        == "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    )
    [reference] = info.findall("ds:Reference", NS)
    assert reference.get("URI") == ""
    assert [t.get("Algorithm") for t in reference.findall("ds:Transforms/ds:Transform", NS)] == [
        "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
    ]
    assert reference.find("ds:DigestMethod", NS).get("Algorithm") == "http://www.w3.org/2001/04/xmlenc#sha256"
    key_info = signature.find("ds:KeyInfo", NS)
    assert [el.tag.split("}")[1] for el in key_info.iter()] == ["KeyInfo", "X509Data", "X509Certificate"]
    assert all(el.prefix == "ds" for el in signature.iter())


def test_a_demo_signature_verifies_and_names_the_signer(
    demo_pki: DemoPki, demo_validator: CertificateValidator
) -> None:
    signed = demo_sign(demo_pki)
    result = verify_xml(signed, demo_validator)
    assert result.valid, result.reason
    assert result.signer is not None and result.signer.iin == demo_pki.keys[1].iin
    assert result.check is not None and result.check.revocation.status.value == "good"
    expected = etree.tostring(etree.fromstring(APPLICATION), method="c14n")
    assert result.signed_xml == expected  # exactly the document, nothing else


# -- NCA's real keys ----------------------------------------------------------------------------


@needs_nca
def test_sign_and_verify_with_the_real_nca_signing_key(nca_anchors: Path) -> None:
    validator = nca_test_validator(nca_anchors, unknown=UnknownPolicy.ACCEPT)
    signed = sign_xml(APPLICATION, FileKeyStore(PROD_SIGN), "Qwerty12", validator=validator, at=INSIDE_2018)
    result = verify_xml(signed, validator, at=INSIDE_2018)
    assert result.valid, result.reason
    assert result.signer is not None
    assert (result.signer.iin, result.signer.surname, result.signer.name) == (
        "123456789011",
        "ТЕСТОВ",
        "ТЕСТ",
    )
    assert result.to_dict()["purpose"] == "sign"


@needs_nca
def test_the_auth_key_is_refused_for_signing() -> None:
    with pytest.raises(KeyRefusedError) as caught:
        sign_xml(APPLICATION, FileKeyStore(PROD_AUTH), "Qwerty12", at=INSIDE_2018)
    assert caught.value.code == "wrong_purpose"


@needs_nca
def test_the_auth_key_signs_a_login_challenge_but_not_an_application(nca_anchors: Path) -> None:
    validator = nca_test_validator(nca_anchors, unknown=UnknownPolicy.ACCEPT)
    challenge = b"<login><nonce>0f3a9c</nonce></login>"
    signed = sign_xml(challenge, FileKeyStore(PROD_AUTH), "Qwerty12", purpose=KeyPurpose.AUTH, at=INSIDE_2018)
    assert reason(signed, validator, purpose=KeyPurpose.AUTH, at=INSIDE_2018) is None
    assert reason(signed, validator, purpose=KeyPurpose.SIGN, at=INSIDE_2018) == "wrong_purpose"


@needs_nca
def test_the_signing_key_is_refused_for_login(nca_anchors: Path) -> None:
    validator = nca_test_validator(nca_anchors, unknown=UnknownPolicy.ACCEPT)
    signed = sign_xml(b"<login/>", FileKeyStore(PROD_SIGN), "Qwerty12", at=INSIDE_2018)
    assert reason(signed, validator, purpose=KeyPurpose.AUTH, at=INSIDE_2018) == "wrong_purpose"
    with pytest.raises(KeyRefusedError) as caught:
        sign_xml(b"<login/>", FileKeyStore(PROD_SIGN), "Qwerty12", purpose=KeyPurpose.AUTH, at=INSIDE_2018)
    assert caught.value.code == "wrong_purpose"


@needs_nca
def test_an_expired_certificate_is_refused_at_the_present_time(nca_anchors: Path) -> None:
    with pytest.raises(KeyRefusedError) as caught:
        sign_xml(APPLICATION, FileKeyStore(PROD_SIGN), "Qwerty12")
    assert caught.value.code == "certificate_expired"
    signed = sign_xml(APPLICATION, FileKeyStore(PROD_SIGN), "Qwerty12", at=INSIDE_2018)
    validator = nca_test_validator(nca_anchors, unknown=UnknownPolicy.ACCEPT)
    assert reason(signed, validator) == "certificate_expired"


@needs_nca
def test_a_certificate_not_yet_valid_is_refused() -> None:
    early = datetime(2018, 1, 1, tzinfo=INSIDE_2018.tzinfo)
    with pytest.raises(KeyRefusedError) as caught:
        sign_xml(APPLICATION, FileKeyStore(PROD_SIGN), "Qwerty12", at=early)
    assert caught.value.code == "certificate_not_yet_valid"


@needs_nca
def test_production_mode_refuses_the_test_persons_iin(nca_anchors: Path) -> None:
    signed = sign_xml(APPLICATION, FileKeyStore(PROD_SIGN), "Qwerty12", at=INSIDE_2018)
    production = nca_test_validator(
        nca_anchors, unknown=UnknownPolicy.ACCEPT, mode=TrustMode.PRODUCTION
    )
    result = verify_xml(signed, production, at=INSIDE_2018)
    assert result.reason is not None and result.reason.value == "invalid_iin"
    assert result.check is not None and result.check.chain.ok  # the chain itself is NCA's production one


@needs_nca
def test_a_revoked_key_is_refused_before_signing_and_when_verifying(nca_anchors: Path) -> None:
    validator = nca_test_validator(nca_anchors, RSA_TEST_CRL, unknown=UnknownPolicy.ACCEPT)
    store = FileKeyStore(TEST / "KEY_INDIVIDUAL_SIGN_REVOKED_2004.p12")
    with pytest.raises(KeyRefusedError) as caught:
        sign_xml(APPLICATION, store, "Qwerty12", validator=validator, at=INSIDE_2022)
    assert caught.value.code == "revoked"
    signed = sign_xml(APPLICATION, store, "Qwerty12", at=INSIDE_2022)  # no validator: dates and purpose only
    assert reason(signed, validator, at=INSIDE_2022) == "revoked"


@needs_nca
def test_unknown_revocation_follows_the_policy(nca_anchors: Path) -> None:
    signed = sign_xml(APPLICATION, FileKeyStore(PROD_SIGN), "Qwerty12", at=INSIDE_2018)
    assert (
        reason(signed, nca_test_validator(nca_anchors, unknown=UnknownPolicy.REFUSE), at=INSIDE_2018)
        == "revocation_unknown"
    )
    accept = nca_test_validator(nca_anchors, unknown=UnknownPolicy.ACCEPT)
    assert reason(signed, accept, at=INSIDE_2018) is None


def test_a_signer_with_another_iin_is_refused(
    demo_pki: DemoPki, demo_validator: CertificateValidator
) -> None:
    signed = demo_sign(demo_pki)
    other = demo_pki.keys[3].iin
    assert reason(signed, demo_validator, expected_iin=other) == "iin_mismatch"
    assert reason(signed, demo_validator, expected_iin=demo_pki.keys[1].iin) is None


def test_a_key_of_another_pki_is_untrusted(demo_pki: DemoPki, nca_anchors: Path) -> None:
    signed = demo_sign(demo_pki)
    assert reason(signed, nca_test_validator(nca_anchors, unknown=UnknownPolicy.ACCEPT)) == "untrusted_issuer"


# -- tampering and wrapping -------------------------------------------------------------------------


def test_a_document_altered_after_signing_is_refused(
    demo_pki: DemoPki, demo_validator: CertificateValidator
) -> None:
    signed = demo_sign(demo_pki)
    altered = signed.replace("Нұрислам".encode(), "Нурислам".encode())
    assert altered != signed
    assert reason(altered, demo_validator) == "digest_mismatch"
    attribute = signed.replace(b'iin="220403520013"', b'iin="220403520014"')
    assert reason(attribute, demo_validator) == "digest_mismatch"


def test_a_changed_signature_value_is_refused(
    demo_pki: DemoPki, demo_validator: CertificateValidator
) -> None:
    root = etree.fromstring(demo_sign(demo_pki))
    value = root.find(".//ds:SignatureValue", NS)
    raw = bytearray(base64.b64decode(value.text))
    raw[10] ^= 0x01
    value.text = base64.b64encode(bytes(raw)).decode()
    assert reason(etree.tostring(root), demo_validator) == "bad_signature"


def test_another_certificate_in_keyinfo_is_refused(
    demo_pki: DemoPki, demo_validator: CertificateValidator
) -> None:
    root = etree.fromstring(demo_sign(demo_pki, index=0))
    other = etree.fromstring(demo_sign(demo_pki, index=1))
    mine = root.find(".//ds:X509Certificate", NS)
    mine.text = other.find(".//ds:X509Certificate", NS).text
    assert reason(etree.tostring(root), demo_validator) == "bad_signature"


def test_a_second_reference_is_refused(demo_pki: DemoPki, demo_validator: CertificateValidator) -> None:
    root = etree.fromstring(demo_sign(demo_pki))
    info = root.find(".//ds:SignedInfo", NS)
    reference = info.find("ds:Reference", NS)
    second = etree.fromstring(etree.tostring(reference))
    second.set("URI", "#payload")
    info.append(second)
    assert reason(etree.tostring(root), demo_validator) == "bad_reference"


def test_a_reference_to_one_element_is_refused(
    demo_pki: DemoPki, demo_validator: CertificateValidator, tmp_path: Path
) -> None:
    """Signature wrapping: a valid signature over one element, an unsigned one beside it."""
    key = demo_pki.keys[1]
    p12 = pkcs12.load_pkcs12(key.file.read_bytes(), key.password.encode())
    doc = etree.fromstring(b'<request><order Id="signed"><amount>10</amount></order></request>')
    signed = XMLSigner(c14n_algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315").sign(
        doc, key=p12.key, cert=[p12.cert.certificate], reference_uri="#signed"
    )
    untouched = etree.tostring(signed)
    wrapped = etree.fromstring(b"<request><order><amount>1000000</amount></order><w/></request>")
    wrapped.find("w").append(signed.find("order"))
    wrapped.append(signed.find("ds:Signature", NS))
    assert reason(etree.tostring(wrapped), demo_validator) == "bad_reference"
    # and the untouched element-reference signature is refused too: it does not cover the document
    assert reason(untouched, demo_validator) == "bad_reference"


def test_a_signature_moved_into_a_wrapper_is_refused(
    demo_pki: DemoPki, demo_validator: CertificateValidator
) -> None:
    root = etree.fromstring(demo_sign(demo_pki))
    signature = root[-1]
    evil = etree.Element("{urn:kiosk:application}wrapper")
    evil.append(signature)
    root.append(evil)
    assert reason(etree.tostring(root), demo_validator) == "signature_not_enveloped"
    outer = etree.Element("envelope")
    outer.append(etree.fromstring(demo_sign(demo_pki)))
    assert reason(etree.tostring(outer), demo_validator) == "signature_not_enveloped"


def test_two_signatures_are_refused(demo_pki: DemoPki, demo_validator: CertificateValidator) -> None:
    root = etree.fromstring(demo_sign(demo_pki))
    root.append(etree.fromstring(etree.tostring(root[-1])))
    assert reason(etree.tostring(root), demo_validator) == "multiple_signatures"


def test_an_extra_transform_is_refused(demo_pki: DemoPki, demo_validator: CertificateValidator) -> None:
    root = etree.fromstring(demo_sign(demo_pki))
    transforms = root.find(".//ds:Transforms", NS)
    etree.SubElement(
        transforms, f"{{{DS}}}Transform", Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116"
    )
    assert reason(etree.tostring(root), demo_validator) == "bad_reference"


@pytest.mark.parametrize(
    ("document", "code"),
    [
        (b"<doc>unsigned</doc>", "no_signature"),
        (b"<doc><unclosed></doc>", "malformed_xml"),
        (b"", "malformed_xml"),
        (b'<?xml version="1.0"?><!DOCTYPE doc [<!ENTITY e "x">]><doc>&e;</doc>', "malformed_xml"),
        (b'<?xml version="1.0"?><!DOCTYPE doc SYSTEM "file:///etc/passwd"><doc/>', "malformed_xml"),
        (
            b'<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><d>&b;</d>',
            "malformed_xml",
        ),
    ],
)
def test_bad_documents_are_refused_with_a_reason(
    document: bytes, code: str, demo_validator: CertificateValidator
) -> None:
    assert reason(document, demo_validator) == code


def test_the_untrusted_parser_resolves_no_external_entity(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xxe = f'<!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]><d>&x;</d>'.encode()
    with pytest.raises(XmlInputError):
        parse_untrusted_xml(xxe)


def test_signing_refuses_dtds_and_signed_documents(demo_pki: DemoPki) -> None:
    key = demo_pki.keys[1]
    store = FileKeyStore(key.file)
    with pytest.raises(XmlInputError) as caught:
        sign_xml(b'<!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>', store, key.password)
    assert caught.value.code == "malformed_xml"
    with pytest.raises(XmlInputError):
        sign_xml(demo_sign(demo_pki), store, key.password)


def test_comments_are_not_signed_content(demo_pki: DemoPki, demo_validator: CertificateValidator) -> None:
    """URI="" excludes comments (XML-DSig §4.4.3.2): ours carry none, and added ones do not matter."""
    signed = demo_sign(demo_pki, b"<doc><!-- draft --><a>1</a><!-- end --></doc>")
    assert b"<!--" not in signed
    commented = signed.replace(b"<a>1</a>", b"<a>1</a><!-- added later -->")
    assert reason(commented, demo_validator) is None


# -- interoperability with xmlsec1 ---------------------------------------------------------------------


def xmlsec1_verify(document: bytes, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "signed.xml"
    path.write_bytes(document)
    return subprocess.run(
        [XMLSEC1, "--verify", *extra, str(path)], capture_output=True, text=True, timeout=30
    )


def signer_pem(document: bytes, tmp_path: Path) -> str:
    text = etree.fromstring(document).find(".//ds:X509Certificate", NS).text
    pem = tmp_path / "signer.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n" + text.strip() + "\n-----END CERTIFICATE-----\n")
    return str(pem)


@needs_xmlsec1
def test_xmlsec1_accepts_our_signature(demo_pki: DemoPki, tmp_path: Path) -> None:
    signed = demo_sign(demo_pki)
    result = xmlsec1_verify(signed, tmp_path, "--pubkey-cert-pem", signer_pem(signed, tmp_path))
    assert result.returncode == 0, result.stderr
    chained = xmlsec1_verify(
        signed, tmp_path, "--trusted-pem", str(demo_pki.root), "--untrusted-pem", str(demo_pki.intermediate)
    )
    assert chained.returncode == 0, chained.stderr


@needs_xmlsec1
@needs_nca
def test_xmlsec1_accepts_a_signature_by_the_real_nca_key(tmp_path: Path) -> None:
    signed = sign_xml(APPLICATION, FileKeyStore(PROD_SIGN), "Qwerty12", at=INSIDE_2018)
    result = xmlsec1_verify(
        signed,
        tmp_path,
        "--pubkey-cert-pem",
        signer_pem(signed, tmp_path),
        "--verification-gmt-time",
        "2019-01-15+00:00:00",
    )
    assert result.returncode == 0, result.stderr


@needs_xmlsec1
def test_xmlsec1_agrees_on_tampering_and_comments(demo_pki: DemoPki, tmp_path: Path) -> None:
    signed = demo_sign(demo_pki)
    cert = signer_pem(signed, tmp_path)
    altered = signed.replace("Нұрислам".encode(), "Нурислам".encode())
    assert xmlsec1_verify(altered, tmp_path, "--pubkey-cert-pem", cert).returncode != 0
    commented = signed.replace(b"<queue>", b"<!-- later --><queue>")
    assert xmlsec1_verify(commented, tmp_path, "--pubkey-cert-pem", cert).returncode == 0


@needs_xmlsec1
def test_we_accept_a_document_signed_by_xmlsec1(
    demo_pki: DemoPki, demo_validator: CertificateValidator, tmp_path: Path
) -> None:
    """The portals' side: an NCALayer-shaped template signed by another implementation."""
    key = demo_pki.keys[3]
    p12 = pkcs12.load_pkcs12(key.file.read_bytes(), key.password.encode())
    key_pem = tmp_path / "key.pem"
    key_pem.write_bytes(
        p12.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    cert_pem = tmp_path / "cert.pem"
    cert_pem.write_bytes(p12.cert.certificate.public_bytes(serialization.Encoding.PEM))
    template = APPLICATION.replace(
        b"</application>",
        (
            f'<ds:Signature xmlns:ds="{DS}"><ds:SignedInfo>'
            '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>'
            '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
            '<ds:Reference URI=""><ds:Transforms>'
            '<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>'
            '<ds:Transform Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"/>'
            '</ds:Transforms><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'
            "<ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/>"
            "<ds:KeyInfo><ds:X509Data/></ds:KeyInfo></ds:Signature></application>"
        ).encode(),
    )
    source = tmp_path / "template.xml"
    source.write_bytes(template.replace(b"<queue>", b"<!-- a comment --><queue>"))
    out = tmp_path / "theirs.xml"
    run = subprocess.run(
        [XMLSEC1, "--sign", "--privkey-pem", f"{key_pem},{cert_pem}", "--output", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert run.returncode == 0, run.stderr
    theirs = out.read_bytes()
    result = verify_xml(theirs, demo_validator)
    assert result.valid, result.reason
    assert result.signer is not None and result.signer.iin == key.iin


def test_the_signature_is_over_sha256_digestinfo(demo_pki: DemoPki) -> None:
    """What a card computes: PKCS#1 v1.5 over DigestInfo(SHA-256) of the canonical SignedInfo."""
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15

    from kiosk.eds.keystore import digest_info

    root = etree.fromstring(demo_sign(demo_pki))
    info = etree.tostring(root.find(".//ds:SignedInfo", NS), method="c14n")
    value = base64.b64decode(root.find(".//ds:SignatureValue", NS).text)
    cert = FileKeyStore(demo_pki.keys[1].file).list_keys(demo_pki.keys[1].password)[0].certificate
    recovered = cert.certificate.public_key().recover_data_from_signature(value, PKCS1v15(), None)
    hasher = hashes.Hash(hashes.SHA256())
    hasher.update(info)
    assert recovered == digest_info(hasher.finalize(), hashes.SHA256())


def test_exclusive_c14n_signatures_from_other_signers_verify(
    demo_pki: DemoPki, demo_validator: CertificateValidator
) -> None:
    """SPEC §2 allows exclusive or inclusive C14N: a signxml-made exclusive signature verifies."""
    key = demo_pki.keys[1]
    p12 = pkcs12.load_pkcs12(key.file.read_bytes(), key.password.encode())
    doc = etree.fromstring(b'<k:doc xmlns:k="urn:k" xmlns:x="urn:x"><k:a x:attr="1">t</k:a></k:doc>')
    signed = XMLSigner(c14n_algorithm="http://www.w3.org/2001/10/xml-exc-c14n#").sign(
        doc, key=p12.key, cert=[p12.cert.certificate]
    )
    assert signed.find(".//ds:Reference", NS).get("URI") == ""
    result = verify_xml(etree.tostring(signed), demo_validator)
    assert result.valid, result.reason
