"""Revocation: CRLs from the cache and from files, OCSP and CRL fetching when online."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509 import ocsp
from cryptography.x509.oid import NameOID
from nca_material import RSA_TEST_CRL, TEST, needs_nca

from kiosk.eds.certificate import NcaCertificate
from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.revocation import RevocationChecker, RevocationStatus
from kiosk.eds.trust import read_certificates

NOW = datetime.now(timezone.utc)


@dataclass
class DemoCa:
    cert: x509.Certificate
    key: rsa.RSAPrivateKey
    nca: NcaCertificate


@pytest.fixture(scope="module")
def demo_ca(demo_pki: DemoPki) -> DemoCa:
    key = serialization.load_pem_private_key(
        (demo_pki.directory / "ca" / "nca.key.pem").read_bytes(), demo_pki.keys[0].password.encode()
    )
    assert isinstance(key, rsa.RSAPrivateKey)
    cert = x509.load_pem_x509_certificate(demo_pki.intermediate.read_bytes())
    return DemoCa(cert, key, NcaCertificate.from_x509(cert))


def demo_cert(demo_pki: DemoPki, index: int) -> NcaCertificate:
    key = demo_pki.keys[index]
    return FileKeyStore(key.file).list_keys(key.password)[0].certificate


def crl(
    ca: DemoCa,
    revoked: list[int],
    *,
    signer: rsa.RSAPrivateKey | None = None,
    last: datetime = NOW - timedelta(hours=1),
    next_: datetime = NOW + timedelta(days=1),
) -> bytes:
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.cert.subject)
        .last_update(last)
        .next_update(next_)
    )
    for serial in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(serial)
            .revocation_date(NOW - timedelta(minutes=30))
            .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False)
            .build()
        )
    return builder.sign(signer or ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def no_network(url: str, body: bytes | None, content_type: str | None, timeout: float) -> bytes:
    raise AssertionError(f"network used while offline: {url}")


# -- CRLs, offline ----------------------------------------------------------------------------------


def test_a_crl_listing_the_serial_says_revoked(demo_pki: DemoPki, demo_ca: DemoCa) -> None:
    cert = demo_cert(demo_pki, 0)
    checker = RevocationChecker(crls=[crl(demo_ca, [cert.certificate.serial_number])], fetch=no_network)
    result = checker.check(cert, demo_ca.nca, NOW)
    assert result.status is RevocationStatus.REVOKED
    assert result.reason == "key_compromise" and result.source == "crl"
    # revoked after the moment asked about: good at that moment
    earlier = checker.check(cert, demo_ca.nca, NOW - timedelta(hours=2))
    assert earlier.status is RevocationStatus.GOOD


def test_a_fresh_crl_without_the_serial_says_good(demo_pki: DemoPki, demo_ca: DemoCa) -> None:
    cert = demo_cert(demo_pki, 0)
    result = RevocationChecker(crls=[crl(demo_ca, [])]).check(cert, demo_ca.nca, NOW)
    assert result.status is RevocationStatus.GOOD


def test_a_stale_crl_proves_nothing_but_still_revokes(demo_pki: DemoPki, demo_ca: DemoCa) -> None:
    cert = demo_cert(demo_pki, 0)
    stale = crl(demo_ca, [], last=NOW - timedelta(days=10), next_=NOW - timedelta(days=3))
    assert RevocationChecker(crls=[stale]).check(cert, demo_ca.nca, NOW).status is RevocationStatus.UNKNOWN
    stale_listing = crl(
        demo_ca,
        [cert.certificate.serial_number],
        last=NOW - timedelta(days=10),
        next_=NOW - timedelta(days=3),
    )
    result = RevocationChecker(crls=[stale_listing]).check(cert, demo_ca.nca, NOW)
    assert result.status is RevocationStatus.REVOKED


def test_a_forged_crl_is_ignored(demo_pki: DemoPki, demo_ca: DemoCa) -> None:
    cert = demo_cert(demo_pki, 0)
    mallory = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = crl(demo_ca, [cert.certificate.serial_number], signer=mallory)
    result = RevocationChecker(crls=[forged]).check(cert, demo_ca.nca, NOW)
    assert result.status is RevocationStatus.UNKNOWN


def test_the_cache_directory_is_read(tmp_path: Path, demo_pki: DemoPki, demo_ca: DemoCa) -> None:
    cert = demo_cert(demo_pki, 2)
    (tmp_path / "demo.crl").write_bytes(crl(demo_ca, [cert.certificate.serial_number]))
    (tmp_path / "notes.txt").write_text("not a CRL")
    result = RevocationChecker(tmp_path, fetch=no_network).check(cert, demo_ca.nca, NOW)
    assert result.status is RevocationStatus.REVOKED


@needs_nca
def test_ncas_crl_in_the_cache_directory(tmp_path: Path) -> None:
    shutil.copy(RSA_TEST_CRL, tmp_path / "nca_rsa_test.crl")
    [entry] = FileKeyStore(TEST / "KEY_INDIVIDUAL_AUTH_REVOKED_2004.p12").list_keys("Qwerty12")
    [issuer] = read_certificates((TEST / "NCA_2004_RSA_CERT.pem").read_bytes())
    result = RevocationChecker(tmp_path).check(entry.certificate, issuer, NOW)
    assert result.status is RevocationStatus.REVOKED and result.reason == "superseded"


# -- online: OCSP and CRL fetching against a local responder ---------------------------------------


@dataclass
class Responder:
    ca: DemoCa
    leaf: x509.Certificate | None = None
    ocsp_status: str = "good"  # good | revoked | off | forged | slow
    crl: bytes = b""
    hits: list[str] = field(default_factory=list)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def ocsp_answer(self, body: bytes) -> bytes:
        request = ocsp.load_der_ocsp_request(body)
        nonce = request.extensions.get_extension_for_class(x509.OCSPNonce).value
        assert self.leaf is not None
        revoked = self.ocsp_status == "revoked"
        builder = (
            ocsp.OCSPResponseBuilder()
            .add_response(
                cert=self.leaf,
                issuer=self.ca.cert,
                algorithm=hashes.SHA1(),  # noqa: S303 - OCSP CertID
                cert_status=ocsp.OCSPCertStatus.REVOKED if revoked else ocsp.OCSPCertStatus.GOOD,
                this_update=NOW - timedelta(minutes=1),
                next_update=NOW + timedelta(hours=1),
                revocation_time=NOW - timedelta(minutes=10) if revoked else None,
                revocation_reason=x509.ReasonFlags.key_compromise if revoked else None,
            )
            .add_extension(nonce, critical=False)
        )
        if self.ocsp_status == "forged":  # a responder the CA never delegated to
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "FORGED OCSP")])
            forged = (
                x509.CertificateBuilder()
                .subject_name(name)
                .issuer_name(name)
                .public_key(key.public_key())
                .serial_number(1)
                .not_valid_before(NOW - timedelta(days=1))
                .not_valid_after(NOW + timedelta(days=1))
                .sign(key, hashes.SHA256())
            )
            builder = builder.responder_id(ocsp.OCSPResponderEncoding.HASH, forged).certificates([forged])
            return builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
        builder = builder.responder_id(ocsp.OCSPResponderEncoding.HASH, self.ca.cert)
        return builder.sign(self.ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


@pytest.fixture
def responder(demo_ca: DemoCa) -> Iterator[Responder]:
    state = Responder(demo_ca)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _reply(self, status: int, body: bytes, content_type: str) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the timeout test)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.hits.append("ocsp")
            if state.ocsp_status == "off":
                self._reply(503, b"", "text/plain")
                return
            if state.ocsp_status == "slow":
                time.sleep(1)
            self._reply(200, state.ocsp_answer(body), "application/ocsp-response")

        def do_GET(self) -> None:
            state.hits.append("crl")
            self._reply(200, state.crl, "application/pkix-crl")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    state.leaf = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, "ОНЛАЙН ТЕСТ"),
                    x509.NameAttribute(NameOID.SERIAL_NUMBER, "IIN900517410012"),
                ]
            )
        )
        .issuer_name(demo_ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=30))
        .add_extension(
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        [x509.UniformResourceIdentifier(state.url("/crl/demo.crl"))], None, None, None
                    )
                ]
            ),
            critical=False,
        )
        .add_extension(
            x509.AuthorityInformationAccess(
                [
                    x509.AccessDescription(
                        x509.AuthorityInformationAccessOID.OCSP,
                        x509.UniformResourceIdentifier(state.url("/ocsp")),
                    )
                ]
            ),
            critical=False,
        )
        .sign(demo_ca.key, hashes.SHA256())
    )
    state.crl = crl(demo_ca, [])
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_ocsp_good(responder: Responder) -> None:
    leaf = NcaCertificate.from_x509(responder.leaf)
    result = RevocationChecker(online=True).check(leaf, responder.ca.nca, NOW)
    assert result.status is RevocationStatus.GOOD and result.source == "ocsp"
    assert responder.hits == ["ocsp"]


def test_ocsp_revoked(responder: Responder) -> None:
    responder.ocsp_status = "revoked"
    leaf = NcaCertificate.from_x509(responder.leaf)
    result = RevocationChecker(online=True).check(leaf, responder.ca.nca, NOW)
    assert result.status is RevocationStatus.REVOKED
    assert (result.source, result.reason) == ("ocsp", "key_compromise")


@pytest.mark.parametrize("ocsp_status", ["off", "forged"])
def test_without_a_usable_ocsp_answer_the_crl_is_fetched_and_cached(
    responder: Responder, tmp_path: Path, ocsp_status: str
) -> None:
    responder.ocsp_status = ocsp_status
    leaf = NcaCertificate.from_x509(responder.leaf)
    cache = tmp_path / "crl-cache"
    checker = RevocationChecker(cache, online=True)
    result = checker.check(leaf, responder.ca.nca, NOW)
    assert result.status is RevocationStatus.GOOD and result.source == "crl"
    assert responder.hits == ["ocsp", "crl"]
    assert [p.suffix for p in cache.iterdir()] == [".crl"]
    # a fresh cached CRL is not fetched again
    assert checker.check(leaf, responder.ca.nca, NOW).status is RevocationStatus.GOOD
    assert responder.hits.count("crl") == 1
    # and it serves offline runs too
    offline = RevocationChecker(cache, fetch=no_network).check(leaf, responder.ca.nca, NOW)
    assert offline.status is RevocationStatus.GOOD


def test_a_slow_responder_times_out_into_unknown(responder: Responder) -> None:
    responder.ocsp_status = "slow"
    responder.crl = b"not a crl"
    leaf = NcaCertificate.from_x509(responder.leaf)
    started = time.monotonic()
    result = RevocationChecker(online=True, timeout=0.3).check(leaf, responder.ca.nca, NOW)
    assert time.monotonic() - started < 1.5
    assert result.status is RevocationStatus.UNKNOWN


def test_offline_means_no_network(responder: Responder) -> None:
    leaf = NcaCertificate.from_x509(responder.leaf)
    result = RevocationChecker(online=False, fetch=no_network).check(leaf, responder.ca.nca, NOW)
    assert result.status is RevocationStatus.UNKNOWN
    assert responder.hits == []
