"""Typed EDS errors and the stable reason codes the UI translates.

Every exception carries a ``code`` (a short ASCII string that never changes once
published); the UI maps codes to messages in the user's language. No message here is meant
for a citizen, and none ever contains a password, a PIN or key material.
"""

from __future__ import annotations

import enum


class Reason(enum.Enum):
    """Why a key, a certificate or a signature is refused. Values are stable codes."""

    # the certificate and its key
    UNSUPPORTED_ALGORITHM = "unsupported_algorithm"
    CERTIFICATE_EXPIRED = "certificate_expired"
    CERTIFICATE_NOT_YET_VALID = "certificate_not_yet_valid"
    WRONG_PURPOSE = "wrong_purpose"
    INVALID_IIN = "invalid_iin"
    IIN_MISMATCH = "iin_mismatch"
    # the chain to a trusted root
    UNTRUSTED_ISSUER = "untrusted_issuer"
    CHAIN_INVALID = "chain_invalid"
    CHAIN_EXPIRED = "chain_expired"
    # revocation
    REVOKED = "revoked"
    REVOCATION_UNKNOWN = "revocation_unknown"
    # the XML signature itself
    MALFORMED_XML = "malformed_xml"
    NO_SIGNATURE = "no_signature"
    MULTIPLE_SIGNATURES = "multiple_signatures"
    SIGNATURE_NOT_ENVELOPED = "signature_not_enveloped"
    BAD_REFERENCE = "bad_reference"
    NO_CERTIFICATE = "no_certificate"
    BAD_CERTIFICATE = "bad_certificate"
    DIGEST_MISMATCH = "digest_mismatch"
    BAD_SIGNATURE = "bad_signature"


class EdsError(Exception):
    """Base of every EDS error; ``code`` is stable and safe to show to the UI layer."""

    code: str = "eds_error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


class StoreNotFoundError(EdsError):
    """The key store (file, card, token) is not there."""

    code = "store_not_found"


class StoreRemovedError(EdsError):
    """The key store went away between listing its keys and using one (file deleted, card pulled)."""

    code = "store_removed"


class StoreCorruptError(EdsError):
    """The store exists but is not a key container this version can read."""

    code = "store_corrupt"


class PasswordRequiredError(EdsError):
    """The store needs a password or PIN for this operation and none was given."""

    code = "password_required"


class WrongPasswordError(EdsError):
    """Wrong password or PIN; ``tries_left`` when the card says how many remain."""

    code = "wrong_password"

    def __init__(self, detail: str = "", tries_left: int | None = None) -> None:
        super().__init__(detail)
        self.tries_left = tries_left


class KeyLockedError(EdsError):
    """The PIN is blocked (no tries left) or the key is otherwise locked."""

    code = "key_locked"


class KeyNotFoundError(EdsError):
    """No key with the requested alias in the store."""

    code = "key_not_found"


class UnsupportedKeyError(EdsError):
    """The key exists but this version cannot sign with it (GOST keys, unknown types)."""

    code = "unsupported_key_type"

    def __init__(self, detail: str = "", algorithm: str | None = None) -> None:
        super().__init__(detail)
        self.algorithm = algorithm


class KeyRefusedError(EdsError):
    """The key or its certificate is refused; ``code`` is the :class:`Reason` value."""

    code = "key_refused"

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(detail or reason.value)
        self.reason = reason
        self.code = reason.value


class SigningError(EdsError):
    """The store failed while computing a signature (card error, broken key)."""

    code = "signing_failed"


class XmlInputError(EdsError):
    """The XML to sign is not well-formed or uses DTDs or entities."""

    code = Reason.MALFORMED_XML.value


class TrustModeNotAllowedError(EdsError):
    """A test or demo trust mode was asked for where the configuration says production."""

    code = "trust_mode_not_allowed"


class TrustAnchorsMissingError(EdsError):
    """The trust anchors of the chosen mode cannot be loaded (e.g. no demo PKI generated)."""

    code = "trust_anchors_missing"
