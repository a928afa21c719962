"""Demo keys for kindergarten staff: organisation certificates issued by the demo CA.

NCA issues a legal entity's employee a certificate whose subject carries the employee's IIN
(``SERIALNUMBER=IIN…``), the organisation's name (``O``) and BIN (``OU=BIN…``), and whose
extended key usage carries the role OIDs of an organisation's employee
(``1.2.398.3.3.4.1.2`` and a sub-role such as ``.1`` first head or ``.5`` employee). This
module issues such a key from the demo PKI (:mod:`kiosk.eds.demo_pki`) for demos and tests;
production staff use their own NCA keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from kiosk.eds.certificate import POLICY_AUTH_LEGAL, POLICY_SIGN_LEGAL, ROLE_ORGANISATION, KeyPurpose
from kiosk.eds.clerk import GOV4C_BIN
from kiosk.eds.demo_pki import DEMO_PASSWORD, load_demo_pki, nca_style_pkcs12

ROLE_FIRST_HEAD = ROLE_ORGANISATION + ".1"
ROLE_EMPLOYEE = ROLE_ORGANISATION + ".5"


@dataclass(frozen=True)
class StaffKey:
    """A staff member's PKCS#12 key file issued by the demo CA."""

    file: Path
    password: str
    iin: str
    bin: str
    serial: str


def issue_staff_key(pki_dir: Path, out: Path, *, iin: str, bin: str, organisation: str,
                    surname: str = "ҚЫЗМЕТКЕР", name: str = "DEMO",
                    purpose: KeyPurpose = KeyPurpose.SIGN,
                    roles: tuple[str, ...] = (ROLE_ORGANISATION, ROLE_EMPLOYEE),
                    password: str = DEMO_PASSWORD, ca_password: str = DEMO_PASSWORD,
                    valid_days: int = 365, now: datetime | None = None) -> StaffKey:
    """Issue an organisation employee's key from the demo intermediate CA into ``out``."""
    pki = load_demo_pki(pki_dir)
    ca_cert = x509.load_pem_x509_certificate(pki.intermediate.read_bytes())
    ca_key = serialization.load_pem_private_key(
        (pki_dir / "ca" / "nca.key.pem").read_bytes(), ca_password.encode("utf-8"))
    assert isinstance(ca_key, rsa.RSAPrivateKey)
    now = now or datetime.now(timezone.utc)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, f"{surname} {name}"),
        x509.NameAttribute(NameOID.SURNAME, surname),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{iin}"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64]),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"BIN{bin}"),
    ])
    sign = purpose is KeyPurpose.SIGN
    usage = x509.KeyUsage(digital_signature=True, content_commitment=sign,
                          key_encipherment=not sign, data_encipherment=False,
                          key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False)
    eku = [ExtendedKeyUsageOID.EMAIL_PROTECTION if sign else ExtendedKeyUsageOID.CLIENT_AUTH,
           *(x509.ObjectIdentifier(role) for role in roles)]
    policy = POLICY_SIGN_LEGAL if sign else POLICY_AUTH_LEGAL
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(min(now + timedelta(days=valid_days), ca_cert.not_valid_after_utc))
            .add_extension(usage, critical=True)
            .add_extension(x509.ExtendedKeyUsage(eku), critical=False)
            .add_extension(x509.CertificatePolicies(
                [x509.PolicyInformation(x509.ObjectIdentifier(policy), None)]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    key_id = x509.SubjectKeyIdentifier.from_public_key(key.public_key()).digest.hex()
    prefix = "RSA256" if sign else "AUTH_RSA256"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{prefix}_{key_id}.p12"
    path.write_bytes(nca_style_pkcs12(key_id, key, cert, password))
    return StaffKey(path, password, iin, bin, format(cert.serial_number, "x"))


DEMO_CLERK_IIN = "880412407312"
"""The demo service-centre clerk (not in the demo register: a clerk, not an applicant)."""
DEMO_CLERK_FOLDER = "clerk"


def ensure_demo_clerk_key(pki_dir: Path) -> Path:
    """The demo clerk's AUTH key (an employee of the ЦОН operator), issued once per demo PKI:
    it takes a demo kiosk out of kiosk mode."""
    folder = pki_dir / DEMO_CLERK_FOLDER
    existing = sorted(folder.glob("AUTH_RSA256_*.p12")) if folder.is_dir() else []
    issued_after_pki = (pki_dir / "index.json").stat().st_mtime
    if existing and existing[0].stat().st_mtime >= issued_after_pki:
        return existing[0]
    for stale in existing:  # from a demo CA generated anew since
        stale.unlink()
    return issue_staff_key(pki_dir, folder, iin=DEMO_CLERK_IIN, bin=GOV4C_BIN,
                           organisation="НАО «Правительство для граждан» DEMO",
                           surname="ОПЕРАТОР", name="ЦОН DEMO", purpose=KeyPurpose.AUTH,
                           valid_days=365 * 3).file
