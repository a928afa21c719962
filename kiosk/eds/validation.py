"""Judging a certificate: algorithm, validity, purpose, IIN, chain and revocation in one place.

Used before signing (refuse a key the central side would refuse anyway), when verifying a
signature, and to show the state of each key in the signing dialog.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography import x509

from kiosk.domain.iin import is_valid_iin
from kiosk.eds.certificate import KeyPurpose, NcaCertificate, Validity, utc
from kiosk.eds.errors import Reason
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.revocation import Fetch, RevocationChecker, RevocationResult, RevocationStatus, UnknownPolicy
from kiosk.eds.trust import ChainResult, ChainStatus, TrustAnchors, TrustMode, build_chain, load_anchors


@dataclass(frozen=True)
class CertificateCheck:
    """Everything known about one certificate at one moment, and the verdict."""

    certificate: NcaCertificate
    at: datetime
    validity: Validity
    chain: ChainResult
    revocation: RevocationResult
    iin_ok: bool
    refusal: Reason | None

    @property
    def ok(self) -> bool:
        return self.refusal is None

    def to_dict(self) -> dict[str, object]:
        return {
            "validity": self.validity.value,
            "chain": self.chain.status.value,
            "revocation": self.revocation.status.value,
            "revoked_at": self.revocation.revoked_at.isoformat() if self.revocation.revoked_at else None,
            "revocation_reason": self.revocation.reason,
            "refusal": self.refusal.value if self.refusal else None,
        }


def iin_acceptable(iin: str | None, mode: TrustMode) -> bool:
    """A valid IIN; in test mode any 12 digits (NCA's test persons fail the checksum)."""
    if iin is None:
        return False
    if mode.accepts_test_iins:
        return len(iin) == 12 and iin.isascii() and iin.isdigit()
    return is_valid_iin(iin)


_VALIDITY_REASONS = {
    Validity.EXPIRED: Reason.CERTIFICATE_EXPIRED,
    Validity.NOT_YET_VALID: Reason.CERTIFICATE_NOT_YET_VALID,
}


def key_refusal(cert: NcaCertificate, purpose: KeyPurpose | None, at: datetime) -> Reason | None:
    """What refuses a key before any trust data is consulted: its algorithm, dates and purpose."""
    if not cert.can_sign_in_this_version:
        return Reason.UNSUPPORTED_ALGORITHM
    validity = cert.validity_at(at)
    if validity is not Validity.VALID:
        return _VALIDITY_REASONS[validity]
    if purpose is not None and not cert.purpose.allows(purpose):
        return Reason.WRONG_PURPOSE
    return None


class CertificateValidator:
    """Checks certificates against an :class:`EdsPolicy` (trust anchors, CRLs, OCSP)."""

    def __init__(
        self,
        policy: EdsPolicy,
        *,
        crls: Iterable[bytes] = (),
        anchors: TrustAnchors | None = None,
        fetch: Fetch | None = None,
    ) -> None:
        self.policy = policy
        self.anchors = anchors or load_anchors(policy.trust_mode, policy.demo_pki_dir, policy.anchors_dir)
        extra_crls = list(crls)
        if policy.trust_mode is TrustMode.DEMO and policy.demo_pki_dir is not None:
            from kiosk.eds.demo_pki import demo_crls

            extra_crls.extend(demo_crls(policy.demo_pki_dir))
        self.revocation = RevocationChecker(
            policy.crl_cache_dir,
            online=policy.online,
            timeout=policy.network_timeout,
            crls=extra_crls,
            fetch=fetch,
        )

    def check(
        self,
        cert: NcaCertificate,
        *,
        purpose: KeyPurpose | None = None,
        at: datetime | None = None,
        extra_certs: Sequence[x509.Certificate | NcaCertificate] = (),
        expected_iin: str | None = None,
    ) -> CertificateCheck:
        """Judge ``cert`` at ``at`` (now by default) for ``purpose`` (any when None)."""
        moment = utc(at) if at is not None else datetime.now(timezone.utc)
        extra = [c if isinstance(c, NcaCertificate) else NcaCertificate.from_x509(c) for c in extra_certs]
        validity = cert.validity_at(moment)
        chain = build_chain(cert, self.anchors, moment, extra)
        issuer = chain.issuer
        if issuer is None:
            known = self.anchors.issuers_of(cert, extra)
            issuer = known[0] if known else None
        revocation = self.revocation.check(cert, issuer, moment)
        iin_ok = iin_acceptable(cert.iin, self.policy.trust_mode)

        refusal = key_refusal(cert, purpose, moment) or self._trust_refusal(
            cert, iin_ok, expected_iin, chain, revocation
        )
        return CertificateCheck(cert, moment, validity, chain, revocation, iin_ok, refusal)

    def _trust_refusal(
        self,
        cert: NcaCertificate,
        iin_ok: bool,
        expected_iin: str | None,
        chain: ChainResult,
        revocation: RevocationResult,
    ) -> Reason | None:
        if not iin_ok:
            return Reason.INVALID_IIN
        if expected_iin is not None and cert.iin != expected_iin:
            return Reason.IIN_MISMATCH
        if chain.status is not ChainStatus.OK:
            return Reason(chain.status.value)
        if revocation.status is RevocationStatus.REVOKED:
            return Reason.REVOKED
        if (
            revocation.status is RevocationStatus.UNKNOWN
            and self.policy.unknown_revocation is UnknownPolicy.REFUSE
        ):
            return Reason.REVOCATION_UNKNOWN
        return None
