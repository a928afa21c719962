"""The NCA certificate model, the PKCS#12 reader under it, and the keystore interface."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.serialization import pkcs12 as crypto_pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from kiosk.eds import der, rc2
from kiosk.eds.certificate import (
    POLICY_AUTH_INDIVIDUAL,
    POLICY_SIGN_LEGAL,
    KeyPurpose,
    NcaCertificate,
    Validity,
    purpose_of,
)
from kiosk.eds.demo_pki import DemoPki, nca_style_pkcs12
from kiosk.eds.errors import KeyNotFoundError, SigningError
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.keystore import KeyEntry, KeyStore, StoreKind, digest_info
from kiosk.eds.pkcs12 import Pkcs12FormatError, Pkcs12PasswordError, read_pkcs12, verify_mac

NOW = datetime.now(timezone.utc)
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_cert(subject: list[x509.NameAttribute], *extensions: x509.ExtensionType) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name(subject))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ҰКО 3.0 (RSA TEST)")]))
        .public_key(KEY.public_key())
        .serial_number(0x0ABC)
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=1))
    )
    for extension in extensions:
        builder = builder.add_extension(extension, critical=False)
    return builder.sign(KEY, hashes.SHA256())


def test_a_legal_entity_certificate() -> None:
    cert = NcaCertificate.from_x509(
        make_cert(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, "ӨМІРЗАҚОВ ҒАЛЫМ"),
                x509.NameAttribute(NameOID.SURNAME, "ӨМІРЗАҚОВ"),
                x509.NameAttribute(NameOID.SERIAL_NUMBER, "IIN850809310041"),
                x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, 'ТОО "БАЛАБАҚША"'),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "BIN190140012345"),
                x509.NameAttribute(NameOID.GIVEN_NAME, "ҮСЕНҰЛЫ"),
                x509.NameAttribute(NameOID.EMAIL_ADDRESS, "galym@example.kz"),
            ],
            x509.CertificatePolicies(
                [x509.PolicyInformation(x509.ObjectIdentifier(POLICY_SIGN_LEGAL), None)]
            ),
        )
    )
    assert (cert.iin, cert.bin, cert.organisation, cert.email) == (
        "850809310041",
        "190140012345",
        'ТОО "БАЛАБАҚША"',
        "galym@example.kz",
    )
    assert (cert.surname, cert.name, cert.patronymic) == ("ӨМІРЗАҚОВ", "ҒАЛЫМ", "ҮСЕНҰЛЫ")
    assert cert.is_legal_entity and cert.purpose is KeyPurpose.SIGN
    assert cert.serial == "abc" and cert.key_size == 2048 and cert.algorithm.value == "rsa"
    assert cert.subject.startswith("CN=ӨМІРЗАҚОВ ҒАЛЫМ, SURNAME=ӨМІРЗАҚОВ, SERIALNUMBER=IIN850809310041")
    assert cert.issuer == "ҰКО 3.0 (RSA TEST)"
    assert cert.full_name == "ӨМІРЗАҚОВ ҒАЛЫМ ҮСЕНҰЛЫ"


def test_names_without_a_surname_attribute_and_email_from_the_alternative_name() -> None:
    cert = NcaCertificate.from_x509(
        make_cert(
            [x509.NameAttribute(NameOID.COMMON_NAME, "ИВАНОВА ОЛЬГА")],
            x509.SubjectAlternativeName([x509.RFC822Name("olga@example.kz")]),
        )
    )
    assert (cert.surname, cert.name, cert.patronymic, cert.iin) == ("ИВАНОВА", "ОЛЬГА", None, None)
    assert cert.email == "olga@example.kz"


def test_validity_at_a_moment() -> None:
    cert = NcaCertificate.from_x509(make_cert([x509.NameAttribute(NameOID.COMMON_NAME, "A B")]))
    assert cert.validity_at(NOW) is Validity.VALID
    assert cert.validity_at(NOW + timedelta(days=2)) is Validity.EXPIRED
    assert cert.validity_at((NOW - timedelta(days=2)).replace(tzinfo=None)) is Validity.NOT_YET_VALID


@pytest.mark.parametrize(
    ("usage", "eku", "policies", "purpose"),
    [
        (
            {"digital_signature", "key_encipherment"},
            {ExtendedKeyUsageOID.CLIENT_AUTH.dotted_string},
            set(),
            KeyPurpose.AUTH,
        ),
        (
            {"digital_signature", "content_commitment"},
            {ExtendedKeyUsageOID.EMAIL_PROTECTION.dotted_string},
            set(),
            KeyPurpose.SIGN,
        ),
        ({"digital_signature", "content_commitment", "key_encipherment"}, set(), set(), KeyPurpose.BOTH),
        ({"digital_signature", "content_commitment", "key_agreement"}, set(), set(), KeyPurpose.BOTH),
        ({"digital_signature"}, set(), {POLICY_AUTH_INDIVIDUAL}, KeyPurpose.AUTH),
        ({"digital_signature"}, set(), {POLICY_SIGN_LEGAL}, KeyPurpose.SIGN),
        (set(), set(), set(), KeyPurpose.BOTH),
    ],
)
def test_purpose_from_usage_eku_and_policies(
    usage: set[str], eku: set[str], policies: set[str], purpose: KeyPurpose
) -> None:
    assert purpose_of(frozenset(usage), frozenset(eku), frozenset(policies)) is purpose


def test_purpose_allows() -> None:
    assert KeyPurpose.BOTH.allows(KeyPurpose.SIGN) and KeyPurpose.BOTH.allows(KeyPurpose.AUTH)
    assert KeyPurpose.SIGN.allows(KeyPurpose.SIGN) and not KeyPurpose.SIGN.allows(KeyPurpose.AUTH)
    assert not KeyPurpose.AUTH.allows(KeyPurpose.SIGN)


# -- PKCS#12 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "bits", "plain", "cipher"),
    [  # RFC 2268 section 5
        ("0000000000000000", 63, "0000000000000000", "ebb773f993278eff"),
        ("ffffffffffffffff", 64, "ffffffffffffffff", "278b27e42e2f0d49"),
        ("3000000000000000", 64, "1000000000000001", "30649edf9be7d2c2"),
        ("88", 64, "0000000000000000", "61a8a244adacccf0"),
    ],
)
def test_rc2_test_vectors(key: str, bits: int, plain: str, cipher: str) -> None:
    subkeys = rc2.expand_key(bytes.fromhex(key), bits)
    assert rc2.encrypt_block(subkeys, bytes.fromhex(plain)).hex() == cipher
    assert rc2.decrypt_block(subkeys, bytes.fromhex(cipher)).hex() == plain


def test_our_reader_and_cryptography_agree(demo_pki: DemoPki) -> None:
    key = demo_pki.keys[0]
    data = key.file.read_bytes()
    ours = read_pkcs12(data, key.password)
    theirs = crypto_pkcs12.load_pkcs12(data, key.password.encode())
    assert [c.der for c in ours.certificates] == [
        theirs.cert.certificate.public_bytes(serialization.Encoding.DER)
    ]
    loaded = serialization.load_der_private_key(ours.keys[0].private_key_info, None)
    assert loaded.public_key().public_numbers() == theirs.key.public_key().public_numbers()
    assert verify_mac(data, key.password) is True and verify_mac(data, "wrong") is False


def test_modern_containers_pbes2_aes(tmp_path: Path) -> None:
    cert = make_cert(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "ЖҰМАБАЕВ ЕРЛАН"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, "IIN881102310026"),
        ],
        x509.KeyUsage(True, True, False, False, False, False, False, False, False),
    )
    data = crypto_pkcs12.serialize_key_and_certificates(
        b"modern", KEY, cert, None, serialization.BestAvailableEncryption(b"s3cret")
    )
    contents = read_pkcs12(data, "s3cret")
    assert contents.keys[0].friendly_name == "modern"
    with pytest.raises(Pkcs12PasswordError):
        read_pkcs12(data, "wrong")
    path = tmp_path / "modern.p12"
    path.write_bytes(data)
    [entry] = FileKeyStore(path).list_keys("s3cret")
    assert entry.alias == "modern" and entry.can_sign and entry.purpose is KeyPurpose.SIGN


def test_a_container_our_reader_does_not_know_falls_back_to_cryptography(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_pki: DemoPki
) -> None:
    key = demo_pki.keys[1]

    def unknown(data: bytes, password: str) -> None:
        raise Pkcs12FormatError("pretend")

    monkeypatch.setattr("kiosk.eds.pkcs12.read_pkcs12", unknown)
    store = FileKeyStore(key.file)
    [entry] = store.list_keys(key.password)
    assert entry.can_sign and entry.certificate.iin == key.iin
    assert len(store.sign(entry.alias, b"data", key.password)) == 256


@pytest.mark.parametrize(
    "data",
    [b"\x30", b"\x30\x85\x00\x00\x00\x00\x01", b"\x1f\x01\x00", b"\x04\x80\x00\x00", b"\x30\x80\x02\x01\x01"],
)
def test_the_der_reader_refuses_malformed_input(data: bytes) -> None:
    with pytest.raises(der.DerError):
        der.parse(data)


def test_the_der_reader_reads_ber_indefinite_lengths() -> None:
    tlv = der.parse(bytes.fromhex("3080020105248004016104016200000000"))
    integer, octets = tlv.children()
    assert integer.integer() == 5
    assert octets.octets() == b"ab"


# -- the keystore interface ------------------------------------------------------------------------


class CardLikeStore(KeyStore):
    """A store that can only sign a DigestInfo, as an ID card does: the interface must suffice."""

    kind = StoreKind.ID_CARD

    def __init__(self, private_key: rsa.RSAPrivateKey, cert: NcaCertificate) -> None:
        self._key, self._cert = private_key, cert
        self.signed: list[bytes] = []

    @property
    def location(self) -> str:
        return "virtual reader 0"

    def list_keys(self, secret: str | None = None) -> list[KeyEntry]:
        return [KeyEntry("card", self._cert, True)]

    def sign_digest(
        self, alias: str, digest: bytes, secret: str, algorithm: hashes.HashAlgorithm | None = None
    ) -> bytes:
        if alias != "card":
            raise KeyNotFoundError(alias)
        block = digest_info(digest, algorithm or hashes.SHA256())
        self.signed.append(block)
        # what the card does: raw RSA over the padded DigestInfo
        size = self._key.key_size // 8
        padded = b"\x00\x01" + b"\xff" * (size - len(block) - 3) + b"\x00" + block
        numbers = self._key.private_numbers()
        value = pow(int.from_bytes(padded, "big"), numbers.d, numbers.public_numbers.n)
        return value.to_bytes(size, "big")


def test_a_card_like_store_signs_xml_that_verifies(demo_pki: DemoPki, demo_validator: object) -> None:
    from kiosk.eds.xmldsig import sign_xml, verify_xml

    key = demo_pki.keys[3]
    p12 = crypto_pkcs12.load_pkcs12(key.file.read_bytes(), key.password.encode())
    card = CardLikeStore(p12.key, NcaCertificate.from_x509(p12.cert.certificate))
    signed = sign_xml(b"<doc>card</doc>", card, "1234")
    assert len(card.signed) == 1 and card.signed[0].startswith(
        bytes.fromhex("3031300d0609608648016503040201")
    )
    result = verify_xml(signed, demo_validator)  # type: ignore[arg-type]
    assert result.valid, result.reason


def test_a_store_whose_key_does_not_match_its_certificate_fails_to_sign(demo_pki: DemoPki) -> None:
    from kiosk.eds.xmldsig import sign_xml

    key = demo_pki.keys[3]
    p12 = crypto_pkcs12.load_pkcs12(key.file.read_bytes(), key.password.encode())
    card = CardLikeStore(KEY, NcaCertificate.from_x509(p12.cert.certificate))
    with pytest.raises(SigningError) as caught:
        sign_xml(b"<doc/>", card, "1234")
    assert caught.value.code == "signing_failed"


def test_digest_info_matches_cryptographys_pkcs1(demo_pki: DemoPki) -> None:
    key = demo_pki.keys[1]
    store = FileKeyStore(key.file)
    [entry] = store.list_keys(key.password)
    signature = store.sign(entry.alias, b"payload", key.password)
    hasher = hashes.Hash(hashes.SHA256())
    hasher.update(b"payload")
    public = entry.certificate.certificate.public_key()
    assert public.recover_data_from_signature(signature, PKCS1v15(), None) == digest_info(
        hasher.finalize(), hashes.SHA256()
    )
    with pytest.raises(ValueError):
        digest_info(b"short", hashes.SHA256())


def test_nca_style_containers_use_legacy_algorithms(demo_pki: DemoPki) -> None:
    data = demo_pki.keys[0].file.read_bytes()
    assert bytes.fromhex("2a864886f70d010c0103") in data  # pbeWithSHAAnd3-KeyTripleDES-CBC
    assert nca_style_pkcs12  # the same writer the demo PKI uses
