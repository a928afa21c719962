"""The demo PKI: a CA named like NCA's but marked DEMO, and keys for the demo register.

Lets a newcomer go through the whole flow without a real key. Layout of the directory::

    index.json                       what is where (see :class:`DemoPki`)
    ca/root.pem, ca/nca.pem          the demo root and intermediate certificates
    ca/root.key.pem, ca/nca.key.pem  their keys, encrypted with the demo password
    ca/nca.crl                       the intermediate's CRL (DER), revoking one SIGN key
    keys/<IIN>/AUTH_RSA256_<id>.p12  an AUTH key per adult of the demo register
    keys/<IIN>/RSA256_<id>.p12       a SIGN key per adult of the demo register

The PKCS#12 files use the same legacy algorithms as NCA's (3DES, SHA-1 MAC, 1024 rounds).
Children of the register get no keys: they do not sign.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from kiosk.domain.demo_register import DEMO_ADULTS, Person
from kiosk.eds.certificate import (
    POLICY_AUTH_INDIVIDUAL,
    POLICY_SIGN_INDIVIDUAL,
    ROLE_INDIVIDUAL,
    KeyPurpose,
    NcaCertificate,
)
from kiosk.eds.errors import TrustAnchorsMissingError

DEMO_PASSWORD = "Qwerty12"  # noqa: S105 - public by design, like NCA's test keys
INDEX_FORMAT = 1
ROOT_NAME = "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ DEMO"
INTERMEDIATE_NAME = "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) DEMO"
DEMO_BASE_URL = "http://demo.pki.invalid"  # .invalid never resolves: no demo URL reaches a network
KEY_BITS = 2048
_USER_YEARS = 3
_RENEW_BEFORE = timedelta(days=30)


@dataclass(frozen=True)
class DemoKey:
    file: Path
    password: str
    purpose: KeyPurpose
    iin: str
    name: str
    serial: str
    revoked: bool


@dataclass(frozen=True)
class DemoPki:
    """A generated demo PKI, read from its ``index.json``."""

    directory: Path
    root: Path
    intermediate: Path
    crl: Path
    valid_until: datetime
    keys: tuple[DemoKey, ...]

    def key(self, iin: str, purpose: KeyPurpose) -> DemoKey:
        for key in self.keys:
            if key.iin == iin and key.purpose is purpose:
                return key
        raise KeyError(f"no demo {purpose.value} key for {iin}")

    @property
    def revoked(self) -> tuple[DemoKey, ...]:
        return tuple(key for key in self.keys if key.revoked)


def default_demo_pki_dir() -> Path:
    """Where the embedded default keeps its demo PKI (the user's data directory)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("balabaqsha-kiosk")) / "demo-pki"


def load_demo_pki(directory: Path) -> DemoPki:
    """Read ``index.json``; ValueError/OSError when it is missing or not ours."""
    directory = Path(directory)
    index = json.loads((directory / "index.json").read_text(encoding="utf-8"))
    if index.get("format") != INDEX_FORMAT:
        raise ValueError("unknown demo PKI index format")
    keys = tuple(
        DemoKey(
            file=directory / item["file"],
            password=item["password"],
            purpose=KeyPurpose(item["purpose"]),
            iin=item["iin"],
            name=item["name"],
            serial=item["serial"],
            revoked=bool(item["revoked"]),
        )
        for item in index["keys"]
    )
    return DemoPki(
        directory=directory,
        root=directory / index["root"],
        intermediate=directory / index["intermediate"],
        crl=directory / index["crl"],
        valid_until=datetime.fromisoformat(index["valid_until"]),
        keys=keys,
    )


def demo_ca_certificates(directory: Path) -> list[NcaCertificate]:
    """The demo root and intermediate (the demo trust mode's anchors)."""
    try:
        pki = load_demo_pki(directory)
        return [
            NcaCertificate.from_bytes(pki.root.read_bytes()),
            NcaCertificate.from_bytes(pki.intermediate.read_bytes()),
        ]
    except (OSError, ValueError, KeyError) as exc:
        raise TrustAnchorsMissingError(f"no demo PKI in {directory}") from exc


def demo_crls(directory: Path) -> list[bytes]:
    """The demo CA's CRLs (empty when the directory holds no demo PKI)."""
    try:
        return [load_demo_pki(directory).crl.read_bytes()]
    except (OSError, ValueError, KeyError):
        return []


def ensure_demo_pki(directory: Path, password: str = DEMO_PASSWORD) -> Path:
    """The demo PKI directory, generated only when missing, unreadable or about to expire."""
    directory = Path(directory)
    try:
        pki = load_demo_pki(directory)
        fresh = (
            pki.valid_until - _RENEW_BEFORE > datetime.now(timezone.utc)
            and all(k.file.is_file() and k.password == password for k in pki.keys)
            and pki.root.is_file()
            and pki.intermediate.is_file()
            and pki.crl.is_file()
        )
    except (OSError, ValueError, KeyError):
        fresh = False
    if not fresh:
        generate_demo_pki(directory, password)
    return directory


# -- generation ------------------------------------------------------------------------


def _name(common_name: str, *extra: x509.NameAttribute) -> x509.Name:
    if len(common_name.encode("utf-8")) > 64:
        raise ValueError("common name longer than 64 bytes")
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name), *extra])


def _ca_name(common_name: str) -> x509.Name:
    return _name(
        common_name,
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "DEMO"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
    )


def _person_name(person: Person) -> x509.Name:
    surname, name = person.surname.upper(), person.name.upper()
    return _name(
        f"{surname} {name}",
        x509.NameAttribute(NameOID.SURNAME, surname),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{person.iin}"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
        x509.NameAttribute(NameOID.GIVEN_NAME, person.patronymic.upper()),
    )


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


def _ca_certificate(
    subject: x509.Name,
    key: rsa.RSAPrivateKey,
    issuer: x509.Name,
    issuer_key: rsa.RSAPrivateKey,
    start: datetime,
    end: datetime,
    path_length: int | None,
) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
        )
        .sign(issuer_key, hashes.SHA256())
    )


def _user_certificate(
    person: Person,
    purpose: KeyPurpose,
    key: rsa.RSAPrivateKey,
    ca_cert: x509.Certificate,
    ca_key: rsa.RSAPrivateKey,
    start: datetime,
    end: datetime,
) -> x509.Certificate:
    sign = purpose is KeyPurpose.SIGN
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=sign,
        key_encipherment=not sign,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    eku = [
        ExtendedKeyUsageOID.EMAIL_PROTECTION if sign else ExtendedKeyUsageOID.CLIENT_AUTH,
        x509.ObjectIdentifier(ROLE_INDIVIDUAL),
    ]
    policy = POLICY_SIGN_INDIVIDUAL if sign else POLICY_AUTH_INDIVIDUAL
    return (
        x509.CertificateBuilder()
        .subject_name(_person_name(person))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage(eku), critical=False)
        .add_extension(
            x509.CertificatePolicies(
                [x509.PolicyInformation(x509.ObjectIdentifier(policy), [f"{DEMO_BASE_URL}/cps"])]
            ),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .add_extension(
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        [x509.UniformResourceIdentifier(f"{DEMO_BASE_URL}/crl/nca_rsa_demo.crl")],
                        None,
                        None,
                        None,
                    )
                ]
            ),
            critical=False,
        )
        .add_extension(
            x509.AuthorityInformationAccess(
                [
                    x509.AccessDescription(
                        x509.AuthorityInformationAccessOID.CA_ISSUERS,
                        x509.UniformResourceIdentifier(f"{DEMO_BASE_URL}/cert/nca_rsa_demo.cer"),
                    ),
                    x509.AccessDescription(
                        x509.AuthorityInformationAccessOID.OCSP,
                        x509.UniformResourceIdentifier(f"{DEMO_BASE_URL}/ocsp/"),
                    ),
                ]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )


def nca_style_pkcs12(alias: str, key: rsa.RSAPrivateKey, cert: x509.Certificate, password: str) -> bytes:
    """A PKCS#12 file with NCA's legacy algorithms (3DES, SHA-1 MAC, 1024 rounds)."""
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(1024)
        .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
        .hmac_hash(hashes.SHA1())  # noqa: S303 - what NCA's containers use
        .build(password.encode("utf-8"))
    )
    return pkcs12.serialize_key_and_certificates(alias.encode(), key, cert, None, encryption)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _encrypted_pem(key: rsa.RSAPrivateKey, password: str) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password.encode("utf-8")),
    )


def generate_demo_pki(
    directory: Path,
    password: str = DEMO_PASSWORD,
    persons: tuple[Person, ...] = DEMO_ADULTS,
    *,
    now: datetime | None = None,
) -> DemoPki:
    """Generate the whole demo PKI into ``directory`` (replacing an earlier one there)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    now = now or datetime.now(timezone.utc)
    start = now - timedelta(days=1)
    user_end = now + timedelta(days=365 * _USER_YEARS)
    with tempfile.TemporaryDirectory(dir=directory, prefix=".demo-pki-") as scratch:
        work = Path(scratch)
        root_key, ca_key = _new_key(), _new_key()
        root_name, ca_name = _ca_name(ROOT_NAME), _ca_name(INTERMEDIATE_NAME)
        root = _ca_certificate(
            root_name, root_key, root_name, root_key, start, now + timedelta(days=365 * 20), None
        )
        intermediate = _ca_certificate(
            ca_name, ca_key, root_name, root_key, start, now + timedelta(days=365 * 10), 0
        )
        _write(work / "ca" / "root.pem", root.public_bytes(serialization.Encoding.PEM))
        _write(work / "ca" / "nca.pem", intermediate.public_bytes(serialization.Encoding.PEM))
        _write(work / "ca" / "root.key.pem", _encrypted_pem(root_key, password))
        _write(work / "ca" / "nca.key.pem", _encrypted_pem(ca_key, password))

        entries = []
        revoked: list[x509.RevokedCertificate] = []
        for number, person in enumerate(persons):
            for purpose in (KeyPurpose.AUTH, KeyPurpose.SIGN):
                key = _new_key()
                cert = _user_certificate(person, purpose, key, intermediate, ca_key, start, user_end)
                key_id = x509.SubjectKeyIdentifier.from_public_key(key.public_key()).digest.hex()
                prefix = "AUTH_RSA256" if purpose is KeyPurpose.AUTH else "RSA256"
                relative = f"keys/{person.iin}/{prefix}_{key_id}.p12"
                _write(work / relative, nca_style_pkcs12(key_id, key, cert, password))
                is_revoked = purpose is KeyPurpose.SIGN and number == len(persons) - 1
                if is_revoked:
                    revoked.append(
                        x509.RevokedCertificateBuilder()
                        .serial_number(cert.serial_number)
                        .revocation_date(now - timedelta(hours=1))
                        .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False)
                        .build()
                    )
                entries.append(
                    {
                        "file": relative,
                        "password": password,
                        "purpose": purpose.value,
                        "iin": person.iin,
                        "name": f"{person.surname} {person.name} {person.patronymic}",
                        "serial": format(cert.serial_number, "x"),
                        "revoked": is_revoked,
                    }
                )
        crl = x509.CertificateRevocationListBuilder().issuer_name(ca_name).last_update(start)
        crl = crl.next_update(user_end).add_extension(x509.CRLNumber(1), critical=False)
        for item in revoked:
            crl = crl.add_revoked_certificate(item)
        _write(
            work / "ca" / "nca.crl",
            crl.sign(ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER),
        )
        index = {
            "format": INDEX_FORMAT,
            "created": now.isoformat(),
            "valid_until": user_end.isoformat(),
            "root": "ca/root.pem",
            "intermediate": "ca/nca.pem",
            "crl": "ca/nca.crl",
            "keys": entries,
        }
        (work / "index.json").write_text(
            json.dumps(index, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        for part in ("ca", "keys"):
            if (directory / part).exists():
                shutil.rmtree(directory / part)
            (work / part).rename(directory / part)
        (work / "index.json").replace(directory / "index.json")
    return load_demo_pki(directory)
