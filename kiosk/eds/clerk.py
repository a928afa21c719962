"""Who may take a kiosk out of kiosk mode: a service-centre employee, proven by their own key.

The kiosk asks the clerk to sign a fresh challenge with an authentication (AUTH) key; the
signature is verified like a login's (chain to a trusted root, validity, revocation, the key
matching its certificate) and the certificate must be an organisation employee's whose BIN is
one of the configured service-centre organisations and, when a list of clerks is configured,
whose IIN is on it. Nothing here knows Qt.
"""

from __future__ import annotations

import enum
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from lxml import etree

from kiosk.eds.certificate import ROLE_ORGANISATION, KeyPurpose, NcaCertificate
from kiosk.eds.errors import EdsError, KeyRefusedError, Reason
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import parse_untrusted_xml, verify_xml

GOV4C_BIN = "160440007161"
"""НАО «Государственная корпорация «Правительство для граждан»», which runs the ЦОНs."""

RELEASE_NAMESPACE = "urn:kz:balabaqsha:kiosk:1"
_DIGITS_12 = re.compile(r"^\d{12}$")


class ClerkRefusal(enum.Enum):
    """Why a valid key still may not release the kiosk. Values are stable codes."""

    NOT_AN_EMPLOYEE = "not_an_employee"
    OTHER_ORGANISATION = "other_organisation"
    NOT_LISTED = "not_listed"
    WRONG_CHALLENGE = "wrong_challenge"


class ClerkRefusedError(EdsError):
    """The key is sound, but its owner may not take the kiosk out of kiosk mode."""

    code = "clerk_refused"

    def __init__(self, refusal: ClerkRefusal) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal


def twelve_digit_list(text: str, what: str) -> tuple[str, ...]:
    """``"a, b"`` → ``("a", "b")``; ValueError naming ``what`` when one is not 12 digits."""
    items = tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())
    wrong = [item for item in items if not _DIGITS_12.match(item)]
    if wrong:
        raise ValueError(f"{what}: not 12 digits: {', '.join(wrong)}")
    return items


@dataclass(frozen=True)
class ClerkPolicy:
    """The organisations (BINs) whose employees are clerks here, and optionally who exactly."""

    bins: tuple[str, ...] = (GOV4C_BIN,)
    iins: tuple[str, ...] = ()
    """Empty: every employee of those organisations."""

    def refusal(self, cert: NcaCertificate) -> ClerkRefusal | None:
        """Why ``cert``'s owner is not a clerk of this kiosk, or None."""
        employee = ROLE_ORGANISATION in cert.extended_key_usage  # NCA's role, not only an OU
        if not employee or cert.bin is None or cert.iin is None:
            return ClerkRefusal.NOT_AN_EMPLOYEE
        if cert.bin not in self.bins:
            return ClerkRefusal.OTHER_ORGANISATION
        if self.iins and cert.iin not in self.iins:
            return ClerkRefusal.NOT_LISTED
        return None


def release_challenge(service_centre: str = "", now: datetime | None = None) -> bytes:
    """A fresh document for the clerk to sign: a random nonce, the time and the desk."""
    root = etree.Element(f"{{{RELEASE_NAMESPACE}}}kiosk_release", nsmap={None: RELEASE_NAMESPACE})
    root.set("nonce", secrets.token_hex(16))
    root.set("created", (now or datetime.now(timezone.utc)).isoformat(timespec="seconds"))
    if service_centre:
        root.set("service_centre", service_centre)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _nonce(document: bytes) -> str | None:
    root = parse_untrusted_xml(document)
    if root.tag != f"{{{RELEASE_NAMESPACE}}}kiosk_release":
        return None
    return root.get("nonce")


def verify_clerk(signed: bytes, challenge: bytes, validator: CertificateValidator,
                 policy: ClerkPolicy) -> NcaCertificate:
    """The clerk's certificate, if ``signed`` is ``challenge`` signed by a clerk's AUTH key.

    Raises :class:`KeyRefusedError` for a bad signature or certificate and
    :class:`ClerkRefusedError` for a sound key of someone who is not a clerk here.
    """
    outcome = verify_xml(signed, validator, purpose=KeyPurpose.AUTH)
    if not outcome.valid or outcome.signer is None:
        raise KeyRefusedError(outcome.reason or Reason.BAD_SIGNATURE)
    expected = _nonce(challenge)
    if expected is None or _nonce(signed) != expected:
        raise ClerkRefusedError(ClerkRefusal.WRONG_CHALLENGE)
    refusal = policy.refusal(outcome.signer)
    if refusal is not None:
        raise ClerkRefusedError(refusal)
    return outcome.signer
