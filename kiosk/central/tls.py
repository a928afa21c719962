"""TLS of the central service: the region's CA, device enrolment, mutual TLS under uvicorn.

The region keeps one small CA (``init-ca``): it signs the service's server certificate and
one client certificate per kiosk (``enrol-device``). The service is served with
``ssl.CERT_REQUIRED`` against that CA, so only enrolled kiosks complete the handshake; the
client certificate is then passed to the app (``scope["extensions"]["tls"]``) and looked
up in the ``devices`` table, so a device can also be revoked without reissuing the CA.
Keys are ECDSA P-256 (fast to generate, supported by every TLS stack the kiosks use).
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from kiosk.central import models
from kiosk.central.api import TLS_SCOPE_KEY

CA_CERT, CA_KEY = "ca.pem", "ca.key"
SERVER_CERT, SERVER_KEY = "server.pem", "server.key"
CA_YEARS, LEAF_YEARS = 10, 2


@dataclass(frozen=True)
class CaFiles:
    """Where a region CA's files are."""

    directory: Path

    @property
    def cert(self) -> Path:
        return self.directory / CA_CERT

    @property
    def key(self) -> Path:
        return self.directory / CA_KEY

    @property
    def server_cert(self) -> Path:
        return self.directory / SERVER_CERT

    @property
    def server_key(self) -> Path:
        return self.directory / SERVER_KEY


@dataclass(frozen=True)
class IssuedCertificate:
    """A certificate and its private key, PEM."""

    cert_pem: bytes
    key_pem: bytes

    @property
    def der(self) -> bytes:
        """The certificate, DER (as the TLS handshake shows it)."""
        return x509.load_pem_x509_certificate(self.cert_pem).public_bytes(
            serialization.Encoding.DER)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    path.chmod(0o600)
    path.write_bytes(data)


def _builder(subject: x509.Name, issuer: x509.Name, public: Any, now: datetime,
             years: int) -> x509.CertificateBuilder:
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(public).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=365 * years)))


def _load_ca(files: CaFiles) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    cert = x509.load_pem_x509_certificate(files.cert.read_bytes())
    key = serialization.load_pem_private_key(files.key.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("the region CA key is not an EC key")
    return cert, key


def _leaf(files: CaFiles, common_name: str, usage: x509.ObjectIdentifier,
          alt_names: list[x509.GeneralName], years: int = LEAF_YEARS) -> IssuedCertificate:
    ca_cert, ca_key = _load_ca(files)
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(timezone.utc)
    builder = (_builder(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]),
                        ca_cert.subject, key.public_key(), now, years)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(True, False, False, False, True, False, False,
                                            False, False), critical=True)
               .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   ca_key.public_key()), critical=False))
    if alt_names:
        builder = builder.add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
    cert = builder.sign(ca_key, hashes.SHA256())
    return IssuedCertificate(cert.public_bytes(serialization.Encoding.PEM), _key_pem(key))


def _alt_name(name: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        return x509.DNSName(name)


def init_ca(directory: Path, region_name: str, server_names: list[str]) -> CaFiles:
    """Create the region CA and the service's server certificate (refuses to overwrite)."""
    files = CaFiles(Path(directory))
    if files.cert.exists() or files.key.exists():
        raise FileExistsError(f"a region CA already exists in {directory}")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, region_name),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"{region_name} kiosk CA")])
    now = datetime.now(timezone.utc)
    cert = (_builder(name, name, key.public_key(), now, CA_YEARS)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                         False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    _write_private(files.key, _key_pem(key))
    files.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    names = server_names or ["localhost", "127.0.0.1"]
    server = _leaf(files, names[0], ExtendedKeyUsageOID.SERVER_AUTH,
                   [_alt_name(n) for n in names])
    files.server_cert.write_bytes(server.cert_pem)
    _write_private(files.server_key, server.key_pem)
    return files


def issue_device_certificate(ca_dir: Path, device_id: str) -> IssuedCertificate:
    """A TLS client certificate for a kiosk, signed by the region CA."""
    return _leaf(CaFiles(Path(ca_dir)), device_id, ExtendedKeyUsageOID.CLIENT_AUTH, [])


def enrol_device(session: Session, device_id: str, certificate_der: bytes, *, name: str = "",
                 region_kato: str = "", now: datetime | None = None) -> models.Device:
    """Record a device and its client certificate (a re-enrolment replaces the certificate)."""
    cert = x509.load_der_x509_certificate(certificate_der)
    row = session.get(models.Device, device_id) or models.Device(id=device_id)
    row.name = name or row.name or ""
    row.region_kato = region_kato or row.region_kato or ""
    row.certificate_serial = format(cert.serial_number, "x")
    row.certificate_sha256 = hashlib.sha256(certificate_der).hexdigest()
    row.enrolled_at = now or datetime.now(timezone.utc)
    row.revoked_at = None
    session.add(row)
    session.flush()
    return row


def revoke_device(session: Session, device_id: str, now: datetime | None = None) -> bool:
    """Refuse a device from now on; False when no such device is enrolled."""
    row = session.get(models.Device, device_id)
    if row is None:
        return False
    row.revoked_at = now or datetime.now(timezone.utc)
    return True


class _WithPeerCertificate:
    """Passes the connection's client certificate to the app in the ASGI scope."""

    def __init__(self, app: ASGIApp, der: bytes | None) -> None:
        self.app = app
        self.der = der

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.der and scope["type"] == "http":
            scope.setdefault("extensions", {})["tls"] = {TLS_SCOPE_KEY: self.der}
        await self.app(scope, receive, send)


class PeerCertificateProtocol(H11Protocol):
    """uvicorn's h11 protocol, giving each request the TLS client certificate it came with."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        ssl_object = transport.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
        self.app = _WithPeerCertificate(self.app, der)  # type: ignore[assignment]
