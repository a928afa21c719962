"""The service's signature verifier built on ``kiosk.eds`` (XML-DSig, chain, revocation).

:func:`verifier_from_settings` builds it for the configured trust mode: production trusts
NCA's roots only, test adds NCA's test roots, demo trusts the demo PKI in the data dir.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kiosk.central.envelope import refused_if_malformed
from kiosk.central.errors import CentralError, ErrorCode
from kiosk.central.protocol import parse_document
from kiosk.central.signatures import Purpose, SignatureVerifier, VerifiedDocument
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.errors import Reason
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.revocation import UnknownPolicy
from kiosk.eds.trust import TrustMode
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import verify_xml
from kiosk.settings import Settings

_BY_REASON: dict[Reason, ErrorCode] = {
    Reason.CERTIFICATE_EXPIRED: ErrorCode.CERTIFICATE_EXPIRED,
    Reason.CERTIFICATE_NOT_YET_VALID: ErrorCode.CERTIFICATE_NOT_YET_VALID,
    Reason.INVALID_IIN: ErrorCode.CERTIFICATE_NO_IIN,
    Reason.IIN_MISMATCH: ErrorCode.SIGNER_NOT_APPLICANT,
    Reason.UNTRUSTED_ISSUER: ErrorCode.CERTIFICATE_UNTRUSTED,
    Reason.CHAIN_INVALID: ErrorCode.CERTIFICATE_UNTRUSTED,
    Reason.CHAIN_EXPIRED: ErrorCode.CERTIFICATE_UNTRUSTED,
    Reason.REVOKED: ErrorCode.CERTIFICATE_REVOKED,
    Reason.REVOCATION_UNKNOWN: ErrorCode.REVOCATION_UNKNOWN,
    Reason.MALFORMED_XML: ErrorCode.REQUEST_MALFORMED,
}


def error_for(reason: Reason, purpose: Purpose) -> CentralError:
    """The service error for an EDS refusal (``reason`` kept as a parameter)."""
    if reason is Reason.WRONG_PURPOSE:
        code = (ErrorCode.AUTH_KEY_FOR_SIGNING if purpose is Purpose.SIGN
                else ErrorCode.SIGNING_KEY_FOR_AUTH)
    else:
        code = _BY_REASON.get(reason, ErrorCode.SIGNATURE_INVALID)
    return CentralError(code, reason=reason.value)


class EdsSignatureVerifier(SignatureVerifier):
    """Verifies with :func:`kiosk.eds.xmldsig.verify_xml` and a certificate validator."""

    def __init__(self, validator: CertificateValidator) -> None:
        self._validator = validator

    def verify(self, document: bytes, purpose: Purpose, at: datetime) -> VerifiedDocument:
        wanted = KeyPurpose.SIGN if purpose is Purpose.SIGN else KeyPurpose.AUTH
        result = verify_xml(document, self._validator, purpose=wanted, at=at)
        if not result.valid or result.signer is None or result.signed_xml is None:
            raise error_for(result.reason or Reason.BAD_SIGNATURE, purpose)
        signer = result.signer
        if not signer.iin:
            raise CentralError(ErrorCode.CERTIFICATE_NO_IIN)
        with refused_if_malformed():
            root = parse_document(result.signed_xml)
        return VerifiedDocument(root=root, signer_iin=signer.iin,
                                certificate_serial=signer.serial, signer_name=signer.full_name,
                                signer_bin=signer.bin,
                                signer_roles=tuple(sorted(signer.extended_key_usage)),
                                signer_organisation=signer.organisation)


def demo_pki_dir(settings: Settings) -> Path:
    """Where the demo PKI of these settings lives."""
    return settings.data_path / "demo-pki"


def eds_policy(settings: Settings) -> EdsPolicy:
    """The EDS policy of the settings' ``[eds]`` section."""
    mode = TrustMode(settings.eds.environment)
    return EdsPolicy(
        trust_mode=mode,
        environment_is_production=mode is TrustMode.PRODUCTION,
        crl_cache_dir=settings.crl_cache_path,
        online=settings.eds.online_revocation,
        unknown_revocation=UnknownPolicy(settings.eds.unknown_revocation),
        demo_pki_dir=demo_pki_dir(settings) if mode is TrustMode.DEMO else None,
        anchors_dir=None if mode is TrustMode.DEMO else settings.anchors_path,
    )


def verifier_from_settings(settings: Settings) -> EdsSignatureVerifier:
    """The verifier for the configured trust mode (demo mode creates the demo PKI if missing).

    Production and test trust read NCA's certificates from the settings' anchors directory
    (raises :class:`kiosk.eds.errors.TrustAnchorsMissingError` when it holds none).
    """
    policy = eds_policy(settings)
    if policy.trust_mode is TrustMode.DEMO and policy.demo_pki_dir is not None:
        from kiosk.eds.demo_pki import ensure_demo_pki

        ensure_demo_pki(policy.demo_pki_dir)
    return EdsSignatureVerifier(CertificateValidator(policy))
