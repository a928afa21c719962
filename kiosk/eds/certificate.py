"""The NCA certificate as the kiosk sees it: who owns the key, what it is for, its algorithm.

This is what the signing dialog shows as «Данные выбранного ключа». NCA subjects look like
``CN=SURNAME NAME, SURNAME=…, SERIALNUMBER=IIN<12 digits>, C=KZ, GIVENNAME=<patronymic>``;
a legal entity adds ``O=<organisation>, OU=BIN<12 digits>``. GOST certificates parse here
even though `cryptography` cannot load their public keys.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timezone

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID

from kiosk.eds import der


class KeyPurpose(enum.Enum):
    """What a key may be used for; values are stable codes."""

    AUTH = "auth"
    SIGN = "sign"
    BOTH = "both"

    def allows(self, wanted: KeyPurpose) -> bool:
        """Whether a key of this purpose may be used for ``wanted`` (AUTH or SIGN)."""
        return self is KeyPurpose.BOTH or self is wanted


class KeyAlgorithm(enum.Enum):
    """The public-key algorithm of a certificate; values are stable codes."""

    RSA = "rsa"
    GOST2004 = "gost2004"  # GOST 34.310-2004 (KZ)
    GOST2015 = "gost2015"  # GOST R 34.10-2015 (KZ profile)
    OTHER = "other"


class Validity(enum.Enum):
    VALID = "valid"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"


# NCA object identifiers
OID_RSA = "1.2.840.113549.1.1.1"
_GOST2004_PREFIX = "1.2.398.3.10.1.1.1"
_GOST2015_PREFIX = "1.2.398.3.10.1.1.2"
POLICY_SIGN_LEGAL = "1.2.398.3.3.2.1"
POLICY_AUTH_LEGAL = "1.2.398.3.3.2.2"
POLICY_SIGN_INDIVIDUAL = "1.2.398.3.3.2.3"
POLICY_AUTH_INDIVIDUAL = "1.2.398.3.3.2.4"
ROLE_INDIVIDUAL = "1.2.398.3.3.4.1.1"
ROLE_ORGANISATION = "1.2.398.3.3.4.1.2"
_SIGN_POLICIES = {POLICY_SIGN_LEGAL, POLICY_SIGN_INDIVIDUAL}
_AUTH_POLICIES = {POLICY_AUTH_LEGAL, POLICY_AUTH_INDIVIDUAL}


def utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime (naive values are taken as UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def algorithm_of(oid: str) -> KeyAlgorithm:
    if oid == OID_RSA:
        return KeyAlgorithm.RSA
    if oid.startswith(_GOST2004_PREFIX):
        return KeyAlgorithm.GOST2004
    if oid.startswith(_GOST2015_PREFIX):
        return KeyAlgorithm.GOST2015
    return KeyAlgorithm.OTHER


_DN_LABELS = {
    "2.5.4.3": "CN",
    "2.5.4.4": "SURNAME",
    "2.5.4.5": "SERIALNUMBER",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.9": "STREET",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "2.5.4.12": "T",
    "2.5.4.15": "BUSINESSCATEGORY",
    "2.5.4.42": "GIVENNAME",
    "1.2.840.113549.1.9.1": "E",
    "0.9.2342.19200300.100.1.25": "DC",
    "0.9.2342.19200300.100.1.1": "UID",
}
OID_CN = "2.5.4.3"
OID_SURNAME = "2.5.4.4"
OID_SERIAL_NUMBER = "2.5.4.5"
OID_ORGANISATION = "2.5.4.10"
OID_ORGANISATIONAL_UNIT = "2.5.4.11"
OID_GIVEN_NAME = "2.5.4.42"
OID_EMAIL = "1.2.840.113549.1.9.1"


@dataclass(frozen=True)
class DistinguishedName:
    """A subject or issuer name, read from the DER in its encoded order.

    Read here rather than through `cryptography`'s ``Name``, which warns about NCA's long
    Cyrillic common names (over 64 UTF-8 bytes) and turns them into test failures.
    ``der`` is the exact encoding, used to match issuers to subjects.
    """

    der: bytes = field(repr=False)
    attributes: tuple[tuple[str, str], ...]

    @classmethod
    def from_tlv(cls, tlv: der.Tlv) -> DistinguishedName:
        tlv.expect(der.SEQUENCE)
        attributes = []
        for rdn in tlv.children():
            for pair in rdn.expect(der.SET).children():
                try:
                    attributes.append((pair.child(0).oid(), pair.child(1).text()))
                except der.DerError:
                    continue  # a value that is not a string: not shown
        return cls(tlv.raw, tuple(attributes))

    def get(self, oid: str) -> str | None:
        for key, value in self.attributes:
            if key == oid and value.strip():
                return value.strip()
        return None

    def __str__(self) -> str:
        return ", ".join(f"{_DN_LABELS.get(oid, oid)}={value}" for oid, value in self.attributes)


@dataclass(frozen=True)
class TbsParts:
    issuer: DistinguishedName
    subject: DistinguishedName
    public_key_oid: str
    public_key: bytes = field(repr=False)
    extensions: CertificateExtensions


def tbs_parts(cert: x509.Certificate) -> TbsParts:
    """Issuer, subject and public key, read from the to-be-signed part of ``cert``."""
    tbs = der.parse(cert.tbs_certificate_bytes)
    kids = tbs.children()
    offset = 1 if kids[0].is_context else 0
    spki = kids[offset + 5]
    return TbsParts(
        issuer=DistinguishedName.from_tlv(kids[offset + 2]),
        subject=DistinguishedName.from_tlv(kids[offset + 4]),
        public_key_oid=spki.child(0).child(0).oid(),
        public_key=spki.child(1).bit_string(),
        extensions=read_extensions(tbs),
    )


def _tagged_number(value: str | None, prefix: str) -> str | None:
    if value and value.upper().startswith(prefix) and value[len(prefix) :].isdigit():
        return value[len(prefix) :]
    return None


def _key_size(cert: x509.Certificate, algorithm: KeyAlgorithm, public_key: bytes) -> int | None:
    try:
        if algorithm is KeyAlgorithm.RSA:
            return cert.public_key().key_size  # type: ignore[union-attr]
        if algorithm in (KeyAlgorithm.GOST2004, KeyAlgorithm.GOST2015):
            point = der.parse(public_key).octets() if public_key[:1] == b"\x04" else public_key
            return len(point) * 8 // 2  # the public key is the point (x, y)
        return None
    except (ValueError, UnsupportedAlgorithm):  # DerError is a ValueError; the size is informative
        return None


_KEY_USAGE_BITS = (
    "digital_signature",
    "content_commitment",
    "key_encipherment",
    "data_encipherment",
    "key_agreement",
    "key_cert_sign",
    "crl_sign",
    "encipher_only",
    "decipher_only",
)
_EXT_KEY_USAGE = "2.5.29.15"
_EXT_EKU = "2.5.29.37"
_EXT_POLICIES = "2.5.29.32"
_EXT_CRL_DP = "2.5.29.31"
_EXT_AIA = "1.3.6.1.5.5.7.1.1"
_EXT_BASIC_CONSTRAINTS = "2.5.29.19"
_EXT_SAN = "2.5.29.17"
_KNOWN_EXTENSIONS = frozenset(
    {
        _EXT_KEY_USAGE,
        _EXT_EKU,
        _EXT_POLICIES,
        _EXT_CRL_DP,
        _EXT_AIA,
        _EXT_BASIC_CONSTRAINTS,
        _EXT_SAN,
        "2.5.29.14",
        "2.5.29.35",
        "2.5.29.46",
        "2.5.29.9",
        "2.5.29.16",
        "2.5.29.18",
    }
)
_AIA_OCSP = "1.3.6.1.5.5.7.48.1"
_AIA_CA_ISSUERS = "1.3.6.1.5.5.7.48.2"
_GN_EMAIL = 0x81
_GN_URI = 0x86


@dataclass(frozen=True)
class CertificateExtensions:
    """The extensions the EDS code needs, read from the DER.

    Read here rather than through ``cryptography``'s ``Certificate.extensions``, which
    decodes the issuer names inside NCA's authority key identifiers and warns about their
    long Cyrillic common names (a warning is an error in the test suite, noise elsewhere).
    ``unknown_critical`` lists critical extensions this code does not understand (or could
    not parse): a chain containing one is refused, as RFC 5280 asks.
    """

    key_usage: frozenset[str] = frozenset()
    extended_key_usage: frozenset[str] = frozenset()
    policies: frozenset[str] = frozenset()
    crl_urls: tuple[str, ...] = ()
    ocsp_urls: tuple[str, ...] = ()
    ca_issuer_urls: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    is_ca: bool = False
    unknown_critical: tuple[str, ...] = ()


def _general_names(names: der.Tlv, tag: int) -> list[str]:
    return [name.content.decode("ascii", "replace") for name in names.children() if name.tag == tag]


def _true(tlv: der.Tlv) -> bool:
    return tlv.tag == 0x01 and tlv.content not in (b"", b"\x00")


def read_extensions(tbs: der.Tlv) -> CertificateExtensions:
    """Parse the extensions of a TBSCertificate."""
    block = next((kid for kid in tbs.children() if kid.tag == 0xA3), None)
    if block is None:
        return CertificateExtensions()
    key_usage: frozenset[str] = frozenset()
    eku: frozenset[str] = frozenset()
    policies: frozenset[str] = frozenset()
    crl: list[str] = []
    ocsp: list[str] = []
    ca_issuers: list[str] = []
    emails: list[str] = []
    is_ca = False
    unknown_critical: list[str] = []
    for extension in block.child(0, der.SEQUENCE).children():
        kids = extension.children()
        if len(kids) < 2:
            raise der.DerError("malformed extension")
        oid = kids[0].oid()
        critical = len(kids) == 3 and _true(kids[1])
        try:
            value = der.parse(kids[-1].octets())
            if oid == _EXT_KEY_USAGE:
                bits = value.bit_string()
                key_usage = frozenset(
                    flag
                    for index, flag in enumerate(_KEY_USAGE_BITS)
                    if index // 8 < len(bits) and bits[index // 8] & (0x80 >> (index % 8))
                )
            elif oid == _EXT_EKU:
                eku = frozenset(kid.oid() for kid in value.children())
            elif oid == _EXT_POLICIES:
                policies = frozenset(kid.child(0).oid() for kid in value.children())
            elif oid == _EXT_CRL_DP:
                for point in value.children():
                    for name in (p for p in point.children() if p.tag == 0xA0):  # distributionPoint
                        for full in (n for n in name.children() if n.tag == 0xA0):  # fullName
                            crl.extend(_general_names(full, _GN_URI))
            elif oid == _EXT_AIA:
                for description in value.children():
                    method, location = description.child(0).oid(), description.child(1)
                    if location.tag == _GN_URI and method in (_AIA_OCSP, _AIA_CA_ISSUERS):
                        url = location.content.decode("ascii", "replace")
                        (ocsp if method == _AIA_OCSP else ca_issuers).append(url)
            elif oid == _EXT_BASIC_CONSTRAINTS:
                is_ca = bool(value.children()) and _true(value.children()[0])
            elif oid == _EXT_SAN:
                emails = _general_names(value, _GN_EMAIL)
            elif critical and oid not in _KNOWN_EXTENSIONS:
                unknown_critical.append(oid)
        except der.DerError:
            if critical:
                unknown_critical.append(oid)
    return CertificateExtensions(
        key_usage=key_usage,
        extended_key_usage=eku,
        policies=policies,
        crl_urls=tuple(crl),
        ocsp_urls=tuple(ocsp),
        ca_issuer_urls=tuple(ca_issuers),
        emails=tuple(emails),
        is_ca=is_ca,
        unknown_critical=tuple(unknown_critical),
    )


def purpose_of(key_usage: frozenset[str], eku: frozenset[str], policies: frozenset[str]) -> KeyPurpose:
    """AUTH, SIGN or BOTH, from keyUsage, extendedKeyUsage and the NCA policies.

    NCA's signing keys carry nonRepudiation, EKU emailProtection and a signing policy;
    authentication keys carry keyEncipherment, EKU clientAuth and an authentication
    policy; GOST 2015 keys carry both sets and serve both purposes.
    """
    sign = (
        "content_commitment" in key_usage
        or ExtendedKeyUsageOID.EMAIL_PROTECTION.dotted_string in eku
        or bool(policies & _SIGN_POLICIES)
    )
    auth = (
        "key_encipherment" in key_usage
        or "key_agreement" in key_usage
        or ExtendedKeyUsageOID.CLIENT_AUTH.dotted_string in eku
        or bool(policies & _AUTH_POLICIES)
    )
    if sign and not auth:
        return KeyPurpose.SIGN
    if auth and not sign:
        return KeyPurpose.AUTH
    return KeyPurpose.BOTH


def serial_hex(serial: int) -> str:
    """A serial number as NCA's tools print it: lower-case hex without leading zeros."""
    return format(serial, "x")


@dataclass(frozen=True)
class NcaCertificate:
    """An X.509 certificate read the NCA way. Build it with :meth:`from_x509`."""

    certificate: x509.Certificate = field(repr=False, compare=False)
    der: bytes = field(repr=False)
    subject_name: DistinguishedName
    issuer_name: DistinguishedName
    common_name: str | None
    iin: str | None
    bin: str | None
    surname: str | None
    name: str | None
    patronymic: str | None
    organisation: str | None
    email: str | None
    purpose: KeyPurpose
    algorithm: KeyAlgorithm
    algorithm_oid: str
    key_size: int | None
    serial: str
    not_before: datetime
    not_after: datetime
    extensions: CertificateExtensions = field(default_factory=CertificateExtensions, repr=False)

    @classmethod
    def from_x509(cls, cert: x509.Certificate) -> NcaCertificate:
        try:
            parts = tbs_parts(cert)
        except der.DerError as exc:
            raise ValueError(f"unreadable certificate: {exc}") from exc
        subject = parts.subject
        common_name = subject.get(OID_CN)
        surname = subject.get(OID_SURNAME)
        words = (common_name or "").split()
        name: str | None = None
        if surname and common_name and common_name.upper().startswith(surname.upper() + " "):
            name = common_name[len(surname) :].strip() or None
        elif len(words) >= 2:
            name = " ".join(words[1:])
        if surname is None and words:
            surname = words[0]
        ext = parts.extensions
        email = subject.get(OID_EMAIL) or (ext.emails[0] if ext.emails else None)
        algorithm = algorithm_of(parts.public_key_oid)
        return cls(
            certificate=cert,
            der=cert.public_bytes(Encoding.DER),
            subject_name=subject,
            issuer_name=parts.issuer,
            common_name=common_name,
            iin=_tagged_number(subject.get(OID_SERIAL_NUMBER), "IIN"),
            bin=_tagged_number(subject.get(OID_ORGANISATIONAL_UNIT), "BIN"),
            surname=surname,
            name=name,
            patronymic=subject.get(OID_GIVEN_NAME),
            organisation=subject.get(OID_ORGANISATION),
            email=email,
            purpose=purpose_of(ext.key_usage, ext.extended_key_usage, ext.policies),
            algorithm=algorithm,
            algorithm_oid=parts.public_key_oid,
            key_size=_key_size(cert, algorithm, parts.public_key),
            serial=serial_hex(cert.serial_number),
            not_before=cert.not_valid_before_utc,
            not_after=cert.not_valid_after_utc,
            extensions=ext,
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> NcaCertificate:
        """Parse a certificate in DER or PEM."""
        if data.lstrip().startswith(b"-----BEGIN"):
            return cls.from_x509(x509.load_pem_x509_certificate(data))
        return cls.from_x509(x509.load_der_x509_certificate(data))

    @property
    def key_usage(self) -> frozenset[str]:
        return self.extensions.key_usage

    @property
    def extended_key_usage(self) -> frozenset[str]:
        return self.extensions.extended_key_usage

    @property
    def policies(self) -> frozenset[str]:
        return self.extensions.policies

    @property
    def crl_urls(self) -> tuple[str, ...]:
        return self.extensions.crl_urls

    @property
    def ocsp_urls(self) -> tuple[str, ...]:
        return self.extensions.ocsp_urls

    @property
    def is_ca(self) -> bool:
        """A CA certificate: basicConstraints cA, and keyCertSign when keyUsage is present."""
        ext = self.extensions
        return ext.is_ca and (not ext.key_usage or "key_cert_sign" in ext.key_usage)

    @property
    def subject(self) -> str:
        """The owner's distinguished name, in certificate order (for display)."""
        return str(self.subject_name)

    @property
    def issuer(self) -> str:
        """The issuer's common name (what the portals show as the issuer)."""
        return self.issuer_name.get(OID_CN) or str(self.issuer_name)

    @property
    def is_self_issued(self) -> bool:
        return self.subject_name.der == self.issuer_name.der

    @property
    def is_legal_entity(self) -> bool:
        return self.bin is not None or ROLE_ORGANISATION in self.extended_key_usage

    @property
    def can_sign_in_this_version(self) -> bool:
        """Whether this version has the cryptography to use the key (RSA only)."""
        return self.algorithm is KeyAlgorithm.RSA

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.name, self.patronymic) if part)

    def validity_at(self, moment: datetime) -> Validity:
        at = utc(moment)
        if at < self.not_before:
            return Validity.NOT_YET_VALID
        if at > self.not_after:
            return Validity.EXPIRED
        return Validity.VALID

    def summary(self) -> dict[str, object]:
        """The data the signing dialog shows, JSON-ready."""
        return {
            "purpose": self.purpose.value,
            "algorithm": self.algorithm.value,
            "key_size": self.key_size,
            "iin": self.iin,
            "bin": self.bin,
            "surname": self.surname,
            "name": self.name,
            "patronymic": self.patronymic,
            "organisation": self.organisation,
            "email": self.email,
            "subject": self.subject,
            "serial": self.serial,
            "issuer": self.issuer,
            "issuer_dn": str(self.issuer_name),
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
        }
