"""How the service checks a signed document: one interface, the EDS implementation behind it.

The service asks a :class:`SignatureVerifier` for the verified content of a document and the
signer's identity; the verifier checks the XML signature, the certificate chain to a
trusted root, the certificate's validity at the signing time, its revocation, and that the
key is of the wanted purpose (AUTH for login, signing for requests). Every refusal is a
:class:`~kiosk.central.errors.CentralError` with a signature code.
"""

from __future__ import annotations

import abc
import enum
from dataclasses import dataclass
from datetime import datetime

from lxml import etree


class Purpose(enum.Enum):
    """What the key must be for."""

    AUTH = "auth"
    """Login: an AUTH_RSA key (or a key good for both)."""
    SIGN = "sign"
    """A state-changing request: a signing (RSA256) key (or a key good for both)."""


@dataclass(frozen=True)
class VerifiedDocument:
    """The content a valid signature covers and who made it."""

    root: etree._Element
    """The signed element, as the verifier parsed it (read the request from this only)."""
    signer_iin: str
    certificate_serial: str
    signer_name: str = ""
    signer_bin: str | None = None
    """The organisation's BIN of an organisation (legal entity) certificate."""
    signer_roles: tuple[str, ...] = ()
    """The certificate's extended key usages, NCA's role OIDs among them (1.2.398.3.3.4.1.2.*
    for an organisation's employee)."""
    signer_organisation: str | None = None


class SignatureVerifier(abc.ABC):
    """Verifies signed XML documents for the service."""

    @abc.abstractmethod
    def verify(self, document: bytes, purpose: Purpose, at: datetime) -> VerifiedDocument:
        """The verified content of ``document`` signed for ``purpose``, valid at ``at``.

        Raises CentralError (signature_invalid, certificate_untrusted, certificate_expired,
        certificate_not_yet_valid, certificate_revoked, revocation_unknown,
        auth_key_for_signing, signing_key_for_auth, certificate_no_iin, request_malformed).
        """
