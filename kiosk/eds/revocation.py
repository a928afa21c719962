"""Revocation: CRLs from a cache directory (refreshed when online) and OCSP when online.

The answer is ``good``, ``revoked`` (with date and reason) or ``unknown`` — no fresh data —
and what to do with ``unknown`` is a setting (:class:`UnknownPolicy`). Kiosks are often
offline: CRLs then come from the cache directory (files dropped there by an administrator
or saved by earlier online checks) and from CRL files given for one run.

A CRL counts only when its signature verifies with the certificate's issuer. A CRL whose
signature this version cannot check (GOST) may still show a certificate *revoked* — the
safe direction — but never *good*.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import re
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509 import ocsp

from kiosk.eds import der
from kiosk.eds.certificate import DistinguishedName, NcaCertificate, utc

log = logging.getLogger("kiosk.eds")

MAX_CRL_BYTES = 200 << 20  # NCA's full CRLs are large
MAX_OCSP_BYTES = 1 << 20
_CLOCK_SKEW = timedelta(minutes=5)

Fetch = Callable[[str, "bytes | None", "str | None", float], bytes]
"""fetch(url, body, content_type, timeout) -> response body; GET when body is None."""


class RevocationStatus(enum.Enum):
    GOOD = "good"
    REVOKED = "revoked"
    UNKNOWN = "unknown"


class UnknownPolicy(enum.Enum):
    """What to do when revocation cannot be checked (no fresh CRL, no OCSP)."""

    ACCEPT = "accept"
    REFUSE = "refuse"


@dataclass(frozen=True)
class RevocationResult:
    status: RevocationStatus
    revoked_at: datetime | None = None
    reason: str | None = None  # CRL reason: "key_compromise", "superseded", "certificate_hold", …
    source: str | None = None  # "crl" or "ocsp"
    this_update: datetime | None = None
    next_update: datetime | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "status": self.status.value,
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "reason": self.reason,
            "source": self.source,
        }


UNKNOWN = RevocationResult(RevocationStatus.UNKNOWN)


def http_fetch(url: str, body: bytes | None, content_type: str | None, timeout: float) -> bytes:
    """GET (or POST ``body``) over HTTP(S) with a timeout; the size is capped."""
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise OSError(f"unsupported URL scheme: {url}")
    headers = {"Content-Type": content_type} if content_type else {}
    method = "POST" if body else "GET"
    request = urllib.request.Request(url, data=body, headers=headers, method=method)  # noqa: S310

    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked
        data = response.read(MAX_CRL_BYTES + 1)
    if len(data) > MAX_CRL_BYTES:
        raise OSError("response too large")
    return data


def load_crl(data: bytes) -> x509.CertificateRevocationList:
    """A CRL in DER or PEM; ValueError when it is neither."""
    if data.lstrip().startswith(b"-----BEGIN"):
        return x509.load_pem_x509_crl(data)
    return x509.load_der_x509_crl(data)


@dataclass(frozen=True)
class _Crl:
    crl: x509.CertificateRevocationList
    issuer: bytes  # the issuer name exactly as encoded
    is_delta: bool
    origin: str


def _wrap(crl: x509.CertificateRevocationList, origin: str) -> _Crl:
    kids = der.parse(crl.tbs_certlist_bytes).children()
    offset = 1 if kids[0].tag == der.INTEGER else 0
    issuer = DistinguishedName.from_tlv(kids[offset + 1]).der
    try:
        crl.extensions.get_extension_for_class(x509.DeltaCRLIndicator)
        is_delta = True
    except x509.ExtensionNotFound:
        is_delta = False
    return _Crl(crl, issuer, is_delta, origin)


def _cache_name(url: str) -> str:
    tail = re.sub(r"[^A-Za-z0-9._-]", "_", urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1]) or "crl"
    return f"{hashlib.sha256(url.encode()).hexdigest()[:12]}_{tail}"


class CrlStore:
    """The CRLs known to this process: a cache directory plus CRLs added for one run."""

    def __init__(self, cache_dir: Path | None = None, crls: Iterable[bytes] = ()) -> None:
        self._dir = cache_dir
        self._extra: list[_Crl] = []
        self._files: dict[Path, tuple[int, int, _Crl | None]] = {}
        for data in crls:
            self.add(data)

    def add(self, data: bytes, origin: str = "given") -> None:
        """Use this CRL for the rest of the run (ValueError when it is not a CRL)."""
        self._extra.append(_wrap(load_crl(data), origin))

    def save(self, url: str, data: bytes) -> None:
        """Keep a CRL fetched from ``url`` in the cache directory."""
        if self._dir is None:
            self.add(data, url)
            return
        self._dir.mkdir(parents=True, exist_ok=True)
        target = self._dir / _cache_name(url)
        temporary = target.with_suffix(".part")
        temporary.write_bytes(data)
        os.replace(temporary, target)

    def cached_for(self, url: str) -> _Crl | None:
        if self._dir is None:
            return None
        return self._load_file(self._dir / _cache_name(url))

    def _load_file(self, path: Path) -> _Crl | None:
        try:
            stat = path.stat()
        except OSError:
            return None
        known = self._files.get(path)
        if known is not None and known[:2] == (stat.st_mtime_ns, stat.st_size):
            return known[2]
        wrapped: _Crl | None = None
        if stat.st_size <= MAX_CRL_BYTES:
            try:
                wrapped = _wrap(load_crl(path.read_bytes()), str(path))
            except (ValueError, OSError):
                log.warning("CRL cache: %s is not a CRL", path.name)
        self._files[path] = (stat.st_mtime_ns, stat.st_size, wrapped)
        return wrapped

    def for_issuer(self, issuer_name: bytes) -> list[_Crl]:
        found = [c for c in self._extra if c.issuer == issuer_name]
        if self._dir is not None and self._dir.is_dir():
            for path in sorted(self._dir.iterdir()):
                if path.suffix.lower() in (".part",) or not path.is_file():
                    continue
                wrapped = self._load_file(path)
                if wrapped is not None and wrapped.issuer == issuer_name:
                    found.append(wrapped)
        return found


def _reason(entry: x509.RevokedCertificate) -> str | None:
    try:
        return entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.name
    except (x509.ExtensionNotFound, ValueError):
        return None


def _crl_signed_by(crl: x509.CertificateRevocationList, issuer: NcaCertificate | None) -> bool | None:
    """True/False for a checked signature, None when it cannot be checked."""
    if issuer is None:
        return None
    try:
        public_key = issuer.certificate.public_key()
    except (UnsupportedAlgorithm, ValueError):
        return None
    try:
        return bool(crl.is_signature_valid(public_key))  # type: ignore[arg-type]
    except (UnsupportedAlgorithm, TypeError, ValueError):
        return None


class RevocationChecker:
    """Answers good / revoked / unknown for a certificate at a moment."""

    def __init__(
        self,
        cache_dir: Path | None = None,
        *,
        online: bool = False,
        timeout: float = 5.0,
        crls: Iterable[bytes] = (),
        fetch: Fetch | None = None,
    ) -> None:
        self.crls = CrlStore(cache_dir, crls)
        self.online = online
        self.timeout = timeout
        self._fetch: Fetch = fetch or http_fetch
        self._verified: dict[tuple[bytes, bytes], bool | None] = {}  # (CRL signature, issuer) -> verdict

    def _crl_verified(self, item: _Crl, issuer: NcaCertificate | None) -> bool | None:
        key = (item.crl.signature, issuer.der if issuer is not None else b"")
        if key not in self._verified:
            self._verified[key] = _crl_signed_by(item.crl, issuer)
        return self._verified[key]

    def check(self, cert: NcaCertificate, issuer: NcaCertificate | None, at: datetime) -> RevocationResult:
        moment = utc(at)
        if self.online and issuer is not None:
            answer = self._ocsp(cert, issuer, moment)
            if answer is not None and answer.status is not RevocationStatus.UNKNOWN:
                return answer
            self._refresh_crls(cert, issuer)
        return self._from_crls(cert, issuer, moment)

    # -- CRLs ----------------------------------------------------------------------------

    def _from_crls(
        self, cert: NcaCertificate, issuer: NcaCertificate | None, moment: datetime
    ) -> RevocationResult:
        serial = cert.certificate.serial_number
        good: RevocationResult | None = None
        for item in self.crls.for_issuer(cert.issuer_name.der):
            verified = self._crl_verified(item, issuer)
            if verified is False:
                log.warning("CRL %s: signature does not verify, ignored", item.origin)
                continue
            entry = item.crl.get_revoked_certificate_by_serial_number(serial)
            if entry is not None:
                reason = _reason(entry)
                if reason == "remove_from_crl":
                    continue
                revoked_at = entry.revocation_date_utc
                if revoked_at <= moment:
                    return RevocationResult(
                        RevocationStatus.REVOKED,
                        revoked_at,
                        reason,
                        "crl",
                        item.crl.last_update_utc,
                        item.crl.next_update_utc,
                    )
            if verified and not item.is_delta and self._covers(item.crl, cert, moment):
                good = RevocationResult(
                    RevocationStatus.GOOD,
                    None,
                    None,
                    "crl",
                    item.crl.last_update_utc,
                    item.crl.next_update_utc,
                )
        return good or UNKNOWN

    @staticmethod
    def _covers(crl: x509.CertificateRevocationList, cert: NcaCertificate, moment: datetime) -> bool:
        """Whether a CRL that does not list ``cert`` proves it was not revoked at ``moment``."""
        next_update = crl.next_update_utc
        if next_update is None or moment > next_update:
            return False  # stale for that moment
        # CAs drop expired certificates from their CRLs: only a CRL issued while the
        # certificate was still valid says anything about it.
        return crl.last_update_utc <= cert.not_after

    def _refresh_crls(self, cert: NcaCertificate, issuer: NcaCertificate) -> None:
        now = datetime.now(timezone.utc)
        for url in cert.crl_urls:
            cached = self.crls.cached_for(url)
            if cached is not None and cached.crl.next_update_utc and cached.crl.next_update_utc > now:
                continue
            try:
                data = self._fetch(url, None, None, self.timeout)
                crl = load_crl(data)
            except (OSError, ValueError) as exc:
                log.info("CRL %s: not fetched (%s)", url, type(exc).__name__)
                continue
            if _crl_signed_by(crl, issuer) is False:
                log.warning("CRL %s: signature does not verify, not cached", url)
                continue
            self.crls.save(url, data)

    # -- OCSP ----------------------------------------------------------------------------

    def _ocsp(
        self, cert: NcaCertificate, issuer: NcaCertificate, moment: datetime
    ) -> RevocationResult | None:
        for url in cert.ocsp_urls:
            try:
                return self._ocsp_once(url, cert, issuer, moment)
            except (OSError, ValueError, UnsupportedAlgorithm, InvalidSignature) as exc:
                log.info("OCSP %s: no answer (%s)", url, type(exc).__name__)
        return None

    def _ocsp_once(
        self, url: str, cert: NcaCertificate, issuer: NcaCertificate, moment: datetime
    ) -> RevocationResult | None:
        nonce = os.urandom(16)
        request = (
            ocsp.OCSPRequestBuilder()
            .add_certificate(cert.certificate, issuer.certificate, hashes.SHA1())  # noqa: S303 - OCSP CertID
            .add_extension(x509.OCSPNonce(nonce), critical=False)
            .build()
        )
        body = self._fetch(
            url, request.public_bytes(serialization.Encoding.DER), "application/ocsp-request", self.timeout
        )
        if len(body) > MAX_OCSP_BYTES:
            raise ValueError("OCSP response too large")
        response = ocsp.load_der_ocsp_response(body)
        if response.response_status is not ocsp.OCSPResponseStatus.SUCCESSFUL:
            return None
        if not self._ocsp_signed(response, issuer):
            raise InvalidSignature("OCSP response signature")
        if response.serial_number != cert.certificate.serial_number:
            raise ValueError("OCSP response for another certificate")
        try:
            echoed = response.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce
        except x509.ExtensionNotFound:
            echoed = None
        if echoed is not None and echoed != nonce:
            raise ValueError("OCSP nonce mismatch")
        now = datetime.now(timezone.utc)
        if response.this_update_utc > now + _CLOCK_SKEW:
            raise ValueError("OCSP response from the future")
        if response.next_update_utc is not None and response.next_update_utc < now - _CLOCK_SKEW:
            return None  # stale
        status = response.certificate_status
        if status is ocsp.OCSPCertStatus.GOOD:
            return RevocationResult(
                RevocationStatus.GOOD,
                source="ocsp",
                this_update=response.this_update_utc,
                next_update=response.next_update_utc,
            )
        if status is ocsp.OCSPCertStatus.REVOKED:
            revoked_at = response.revocation_time_utc
            reason = response.revocation_reason.name if response.revocation_reason else None
            if revoked_at is not None and revoked_at > moment:
                return RevocationResult(
                    RevocationStatus.GOOD, source="ocsp", this_update=response.this_update_utc
                )
            return RevocationResult(
                RevocationStatus.REVOKED,
                revoked_at,
                reason,
                "ocsp",
                response.this_update_utc,
                response.next_update_utc,
            )
        return None

    @staticmethod
    def _ocsp_signed(response: ocsp.OCSPResponse, issuer: NcaCertificate) -> bool:
        """The response is signed by the issuer itself or by a responder it delegated to."""
        algorithm = response.signature_hash_algorithm
        if algorithm is None:
            return False
        signers = [issuer.certificate]
        for candidate in response.certificates:
            try:
                candidate.verify_directly_issued_by(issuer.certificate)
                usage = candidate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
            except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm, x509.ExtensionNotFound):
                continue
            if x509.oid.ExtendedKeyUsageOID.OCSP_SIGNING in usage:
                signers.append(candidate)
        for signer in signers:
            try:
                key = signer.public_key()
            except (UnsupportedAlgorithm, ValueError):
                continue
            if not isinstance(key, rsa.RSAPublicKey):
                continue
            try:
                key.verify(response.signature, response.tbs_response_bytes, padding.PKCS1v15(), algorithm)
                return True
            except InvalidSignature:
                continue
        return False
